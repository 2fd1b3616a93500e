"""The act of the return check (ҚАЙТАРУДЫ ТЕКСЕРУ АКТІСІ / АКТ ПРОВЕРКИ ВОЗВРАТА).

The same letterhead, QR code and footer as the conclusion; then the export it closes (the
application, the conclusion that agreed it, the country and the period), a table per item
(when and by whom it was presented, or the document of its loss, and the member's verdict
with the fields that differ), the overall finding, and the signature places.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.reports.conclusion import applicant_details
from desktop.reports.data import ReturnActData, ReturnedItem
from desktop.reports.digest import attachment_name, canonical_json, content_digest, qr_payload
from desktop.reports.layout import RenderedPdf, Sheet, Span
from desktop.reports.wording import Wording, long_date, short_date, wording

__all__ = ["render_return_act"]


@dataclass(frozen=True)
class _ActWording:
    title: str
    conclusion: str
    intro: str
    returned: str
    presented_by: str
    place: str
    lost: str
    lost_document: str
    result: str
    matches: str
    differs: str
    differences: str
    note: str
    all_match: str
    some_differ: str
    fields: dict[str, str]
    """Labels of the compared fields (codes of :data:`desktop.reports.data.COMPARED`)."""


def _fields(w: Wording, technique: str, damage: str) -> dict[str, str]:
    return {"object_type": w.object_type, "title": w.title, "material": w.material,
            "technique": technique, "measurements": w.dimensions, "weight_value": w.weight,
            "inscriptions": w.inscriptions, "features": w.features, "condition": w.condition,
            "condition_note": damage, "completeness": w.completeness, "hazards": w.hazards}


_ACT = {
    "kk": _ActWording(
        title="ҚАЙТАРУДЫ ТЕКСЕРУ АКТІСІ",
        conclusion="Қорытынды",
        intro=("Сараптама комиссиясы уақытша әкетілген мәдени құндылықтардың қайтарылуын "
               "тексеріп, оларды сараптама кезінде тіркелген сипаттамасымен және "
               "фотосуреттерімен салыстырды:"),
        returned="Қайтарылған күні",
        presented_by="Ұсынған",
        place="Ұсынылған жері",
        lost="Қайтарылмады (жоғалған)",
        lost_document="Жоғалуын растайтын құжат",
        result="Тексеру нәтижесі",
        matches="сараптама кезінде тіркелген затқа сәйкес келеді",
        differs="сараптама кезінде тіркелген заттан өзгеше",
        differences="Айырмашылықтар",
        note="Ескертпе",
        all_match=("Қорытынды: қайтарылған барлық заттар сараптама комиссиясы тіркеген "
                   "күйінде қайтарылды."),
        some_differ=("Қорытынды: кейбір заттар сараптама кезінде тіркелгеннен өзгеше; "
                     "айырмашылықтары жоғарыда көрсетілген."),
        fields=_fields(wording("kk"), "Орындалу техникасы", "Зақымдары мен қалпына келтірулері"),
    ),
    "ru": _ActWording(
        title="АКТ ПРОВЕРКИ ВОЗВРАТА",
        conclusion="Заключение",
        intro=("Экспертная комиссия проверила возврат временно вывезенных культурных "
               "ценностей и сравнила их с описанием и фотографиями, зафиксированными при "
               "экспертизе:"),
        returned="Дата возврата",
        presented_by="Представил",
        place="Место представления",
        lost="Не возвращён (утрачен)",
        lost_document="Документ об утрате",
        result="Результат проверки",
        matches="соответствует предмету, зафиксированному при экспертизе",
        differs="отличается от предмета, зафиксированного при экспертизе",
        differences="Расхождения",
        note="Примечание",
        all_match=("Вывод: все возвращённые предметы возвращены в состоянии, "
                   "зафиксированном экспертной комиссией."),
        some_differ=("Вывод: некоторые предметы отличаются от зафиксированного при "
                     "экспертизе; расхождения указаны выше."),
        fields=_fields(wording("ru"), "Техника исполнения", "Повреждения и реставрации"),
    ),
}

_LABEL = 52.0


def _item_rows(item: ReturnedItem, a: _ActWording) -> list[tuple[str, list[Span]]]:
    if item.outcome == "lost":
        rows = [(a.lost, [Span(short_date(item.returned_on), bold=True)]),
                (a.lost_document, [Span(item.note)])]
        return rows
    rows = [(a.returned, [Span(short_date(item.returned_on))]),
            (a.presented_by, [Span(item.presented_by)]),
            (a.place, [Span(item.place)])]
    if item.note:
        rows.append((a.note, [Span(item.note)]))
    verdict = a.matches if item.result == "matches" else a.differs
    rows.append((a.result, [Span(verdict, bold=True)]))
    if item.differences:
        rows.append((a.differences, [Span("; ".join(a.fields[code]
                                                    for code in item.differences))]))
    if item.check_note:
        rows.append((a.note, [Span(item.check_note)]))
    return rows


def render_return_act(data: ReturnActData, *, created: datetime | None = None) -> RenderedPdf:
    """The act as a PDF/A-3b file with an empty signature field per signatory."""
    w, a = wording(data.lang), _ACT[data.lang]
    title = f"{a.title} № {data.number}"
    sheet = Sheet(lang=data.lang, footer_title=title, digest=content_digest(data),
                  page_format=w.page)
    sheet.header(body=data.executive_body, commission=w.commission, title=a.title,
                 number=data.number, note="", city=w.city.format(city=data.city),
                 day=long_date(data.date, data.lang), qr_text=qr_payload(data),
                 department=data.department)
    sheet.field(w.applicant, [Span(data.applicant.name, bold=True)], label_width=_LABEL)
    sheet.field(w.applicant_data, applicant_details(data.applicant, w), label_width=_LABEL)
    sheet.field(w.application, [Span(w.application_ref.format(
        number=data.application_number, date=short_date(data.application_date)))],
        label_width=_LABEL)
    sheet.field(a.conclusion, [Span(w.application_ref.format(
        number=data.conclusion_number, date=short_date(data.conclusion_date)))],
        label_width=_LABEL)
    place = ", ".join(p for p in (data.destination_country, data.destination_place) if p)
    sheet.field(w.destination, [Span(place)], label_width=_LABEL)
    if data.export_from or data.export_until:
        period = " ".join(part for part in (
            w.period_from.format(date=short_date(data.export_from)) if data.export_from
            else "",
            w.period_until.format(date=short_date(data.export_until)) if data.export_until
            else "") if part)
        sheet.field(w.period, [Span(period)], label_width=_LABEL)
    sheet.space(4)
    sheet.paragraph([Span(a.intro)])
    for item in data.items:
        sheet.space(3)
        quantity = f" × {item.quantity}" if item.quantity > 1 else ""
        sheet.heading(f"{item.position}. {item.name}{quantity}", keep=20)
        sheet.table(_item_rows(item, a), label_width=_LABEL)
    sheet.space(4)
    sheet.paragraph([Span(a.all_match if data.all_match else a.some_differ, bold=True)])
    groups = [(w.members, list(data.members))] if data.members else []
    sheet.signatures([*groups, (w.chair, [data.chair])], caption=w.signature_caption,
                     seal=w.seal, locked=data.chair.field)
    return sheet.finish(title=title, author=data.executive_body, attachment=canonical_json(data),
                        attachment_name=attachment_name(data), created=created)
