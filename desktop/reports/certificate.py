"""The certificate for the right to temporarily export cultural valuables
(КУӘЛІК / СВИДЕТЕЛЬСТВО на право временного вывоза культурных ценностей).

No official form of it could be found (see ``docs/certificate.md``); it is laid out from
what the service standard and the regulations require of it: the same letterhead, QR code
and footer as the conclusion; the holder; the body that issues it and the conclusion it
rests on; where the items go, why, for how long and by when they come back; each item in a
framed block with its identification photo, its quantity in words and its description; the
holder's obligation to bring the items back; the official's signature place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.reports.annex import PRINT_DPI
from desktop.reports.certificate_data import CertificateData
from desktop.reports.conclusion import applicant_details, item_rows
from desktop.reports.data import ItemData
from desktop.reports.digest import attachment_name, canonical_json, content_digest, qr_payload
from desktop.reports.layout import SIGNATURE_ROW, RenderedPdf, Sheet, Span
from desktop.reports.wording import Wording, long_date, short_date, wording
from desktop.reports.words import quantity_in_words

__all__ = ["PHOTO_BOX", "certificate_photo_pixels", "render_certificate"]

PHOTO_BOX = 46.0
"""The square (mm) each item's identification photo is fitted into."""
_MM_PER_INCH = 25.4
_PAD, _GAP, _SIZE = 2.0, 4.0, 9.0
_LABEL = 52.0


@dataclass(frozen=True)
class _CertificateWording:
    title: str
    subtitle: str
    intro: str
    holder: str
    address: str
    issuer: str
    basis_label: str
    basis: str
    """A format with ``{number}`` and ``{date}``."""
    purpose: str
    return_by: str
    items: str
    quantity: str
    obligation: str
    """A format with ``{date}``."""


_CERTIFICATE = {
    "kk": _CertificateWording(
        title="КУӘЛІК",
        subtitle="мәдени құндылықтарды уақытша әкету құқығына",
        intro=("Осы куәлік төменде аталған мәдени құндылықтарды Қазақстан Республикасынан "
               "уақытша әкету құқығын куәландырады."),
        holder="Куәлік иесі",
        address="Мекенжайы",
        issuer="Куәлікті берген орган",
        basis_label="Негіздеме",
        basis=("Мәдени құндылықтарды уақытша әкету жөніндегі сараптама комиссиясының "
               "{date} № {number} қорытындысы"),
        purpose="Уақытша әкетудің мақсаты",
        return_by="Қайтарып әкелу мерзімі",
        items="Уақытша әкетуге рұқсат етілген мәдени құндылықтар",
        quantity="Саны",
        obligation=("Куәлік иесі жоғарыда аталған мәдени құндылықтарды {date} кешіктірмей "
                    "Қазақстан Республикасына қайтарып әкелуге және оларды қайтаруды тексеру "
                    "үшін сараптама комиссиясына ұсынуға міндетті."),
    ),
    "ru": _CertificateWording(
        title="СВИДЕТЕЛЬСТВО",
        subtitle="на право временного вывоза культурных ценностей",
        intro=("Настоящее свидетельство удостоверяет право временного вывоза из Республики "
               "Казахстан культурных ценностей, перечисленных ниже."),
        holder="Владелец свидетельства",
        address="Адрес",
        issuer="Орган, выдавший свидетельство",
        basis_label="Основание",
        basis=("Заключение экспертной комиссии по временному вывозу культурных ценностей "
               "№ {number} от {date}"),
        purpose="Цель временного вывоза",
        return_by="Срок обратного ввоза",
        items="Культурные ценности, разрешённые к временному вывозу",
        quantity="Количество",
        obligation=("Владелец свидетельства обязан вернуть указанные культурные ценности в "
                    "Республику Казахстан не позднее {date} и представить их экспертной "
                    "комиссии для проверки возврата."),
    ),
}


def _fit(width_px: int, height_px: int) -> tuple[float, float]:
    """The printed size (mm) of a photo fitted into :data:`PHOTO_BOX`."""
    scale = min(PHOTO_BOX / width_px, PHOTO_BOX / height_px)
    return width_px * scale, height_px * scale


def certificate_photo_pixels(width_px: int, height_px: int, role: str = "overall"
                             ) -> tuple[int, int]:
    """The pixel size to prepare an item's photo at: its printed size at the annex's
    resolution, never more than the original has (``role`` is ignored: one size fits)."""
    del role
    width_mm = _fit(width_px, height_px)[0]
    factor = min(1.0, width_mm / _MM_PER_INCH * PRINT_DPI / width_px)
    return max(1, round(width_px * factor)), max(1, round(height_px * factor))


def _item_spans(item: ItemData, w: Wording, c: _CertificateWording, lang: str) -> list[Span]:
    spans = [Span(item.name, bold=True, prefix=f"{item.position}."),
             Span(f"{c.quantity}: {quantity_in_words(item.quantity, lang)}")]
    for label, values in item_rows(item, w):
        text = "; ".join(v.text for v in values)
        if text != "—":
            spans.append(Span(f"{label}: {text}"))
    return spans


def _item(sheet: Sheet, item: ItemData, w: Wording, c: _CertificateWording,
          lang: str) -> None:
    """One item in a frame: its photo on the left, what identifies it on the right."""
    pdf = sheet.pdf
    left, width = pdf.l_margin, pdf.epw
    text_x = left + PHOTO_BOX + 2 * _PAD + _GAP
    text_w = left + width - _PAD - text_x
    spans = _item_spans(item, w, c, lang)
    text_h = sheet.text_height(spans, text_w, size=_SIZE)
    photo = item.overall_photo
    photo_w, photo_h = _fit(photo.width_px, photo.height_px) if photo else (PHOTO_BOX, 30.0)
    height = max(text_h, photo_h) + 2 * _PAD
    sheet.space(2.5)
    sheet.keep_together(height)
    top = pdf.get_y()
    pdf.set_draw_color(140, 140, 140)
    pdf.set_line_width(0.2)
    pdf.rect(left, top, width, height)
    x = left + _PAD + (PHOTO_BOX - photo_w) / 2
    if photo is not None:
        sheet.image(photo.jpeg, x, top + _PAD, photo_w, photo_h)
    else:
        pdf.set_dash_pattern(dash=1.2, gap=0.8)
        pdf.rect(x, top + _PAD, photo_w, photo_h)
        pdf.set_dash_pattern()
        sheet.text_block([Span(w.no_photo)], x, top + _PAD + photo_h / 2 - 3, photo_w,
                         size=7.5, align="C")
    sheet.text_block(spans, text_x, top + _PAD, text_w, size=_SIZE)
    pdf.set_y(top + height)


def render_certificate(data: CertificateData, *, created: datetime | None = None
                       ) -> RenderedPdf:
    """The certificate as a PDF/A-3b file with the official's empty signature field."""
    w, c = wording(data.lang), _CERTIFICATE[data.lang]
    title = f"{c.title} № {data.number}"
    sheet = Sheet(lang=data.lang, footer_title=title, digest=content_digest(data),
                  page_format=w.page)
    sheet.header(body=data.executive_body, department=data.department, commission="",
                 title=c.title, subtitle=c.subtitle, number=data.number, note="",
                 city=w.city.format(city=data.city), day=long_date(data.date, data.lang),
                 qr_text=qr_payload(data))
    sheet.paragraph([Span(c.intro)])
    sheet.space(2)
    sheet.field(c.holder, [Span(data.applicant.name, bold=True)], label_width=_LABEL)
    sheet.field(w.applicant_data, applicant_details(data.applicant, w), label_width=_LABEL)
    if data.holder_address:
        sheet.field(c.address, [Span(data.holder_address)], label_width=_LABEL)
    sheet.field(c.issuer, [Span(data.issuer_body)], label_width=_LABEL)
    sheet.field(c.basis_label, [Span(c.basis.format(
        number=data.conclusion_number, date=short_date(data.conclusion_date)))],
        label_width=_LABEL)
    place = ", ".join(p for p in (data.destination_country, data.destination_place) if p)
    sheet.field(w.destination, [Span(place)], label_width=_LABEL)
    sheet.field(c.purpose, [Span(data.purpose)], label_width=_LABEL)
    period = " ".join(p for p in (
        w.period_from.format(date=short_date(data.export_from)) if data.export_from else "",
        w.period_until.format(date=short_date(data.return_by))) if p)
    sheet.field(w.period, [Span(period)], label_width=_LABEL)
    sheet.field(c.return_by, [Span(short_date(data.return_by), bold=True)],
                label_width=_LABEL)

    items = sorted(data.items, key=lambda item: item.position)
    sheet.heading(f"{c.items}:", keep=40)
    for item in items:
        _item(sheet, item, w, c, data.lang)
    obligation = [Span(c.obligation.format(date=short_date(data.return_by)), bold=True)]
    sheet.space(4)
    # The obligation and the signature under it stay together on one page.
    sheet.keep_together(sheet.text_height(obligation, sheet.pdf.epw) + SIGNATURE_ROW + 16)
    sheet.paragraph(obligation)
    sheet.signatures([(data.issuer_position, [data.official])], caption=w.signature_caption,
                     seal=w.seal, locked=data.official.field)
    return sheet.finish(title=title, author=data.department or data.executive_body,
                        attachment=canonical_json(data), attachment_name=attachment_name(data),
                        created=created)
