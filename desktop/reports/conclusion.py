"""The conclusion (ҚОРЫТЫНДЫ / ЗАКЛЮЧЕНИЕ) laid out as annex 5 of the regulation has it.

Points 1–5 are label/value rows; point 6 describes each item in a bordered table of its
own (an item is never split between pages when it fits on one), so one item and ten items
read the same way. The conclusion lists each item's cultural value and the recommendation
on its temporary export, then the overall result, then the chairperson and the members,
each with a place for their electronic signature. The identification annex
(:mod:`desktop.reports.annex`) follows, inside the same signed file.
"""

from __future__ import annotations

from datetime import datetime

from desktop.reports.annex import add_annex
from desktop.reports.data import ApplicantData, ConclusionData, ItemData
from desktop.reports.digest import attachment_name, canonical_json, content_digest, qr_payload
from desktop.reports.layout import SIGNATURE_ROW, RenderedPdf, Sheet, Span
from desktop.reports.wording import Wording, decimal, long_date, short_date, wording
from desktop.reports.words import quantity_in_words

__all__ = ["applicant_details", "item_rows", "render_conclusion"]

_DASH = "—"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def applicant_details(applicant: ApplicantData, w: Wording) -> list[Span]:
    """Point 2: citizenship and identity document, or a company's BIN and requisites."""
    if applicant.kind == "company":
        parts = [
            f"{w.bin} {applicant.iin_bin}" if applicant.iin_bin else "",
            f"{_capital(w.requisites)}: {applicant.requisites}" if applicant.requisites else "",
        ]
    else:
        document = ""
        if applicant.id_document_number:
            document = f"{_capital(w.id_document)} {applicant.id_document_number}"
            if applicant.id_document_issued:
                document += f", {w.issued} {short_date(applicant.id_document_issued)}"
        parts = [
            f"{_capital(w.citizenship)}: {applicant.citizenship}" if applicant.citizenship
            else "",
            document,
            f"{w.iin} {applicant.iin_bin}" if applicant.iin_bin else "",
        ]
    return [Span(p) for p in parts if p] or [Span(_DASH)]


def _purpose(data: ConclusionData, w: Wording) -> list[Span]:
    spans = [Span(data.purpose)]
    place = ", ".join(p for p in (data.destination_country, data.destination_place) if p)
    spans.append(Span(f"{w.destination}: {place}"))
    period = [w.period_from.format(date=short_date(data.export_from)) if data.export_from
              else "",
              w.period_until.format(date=short_date(data.export_until)) if data.export_until
              else ""]
    if any(period):
        spans.append(Span(f"{w.period}: {' '.join(p for p in period if p)}"))
    return spans


def item_rows(item: ItemData, w: Wording) -> list[tuple[str, list[Span]]]:
    """Point 6 for one item: label and value rows (the certificate prints them too)."""
    d = item.description
    codes = w.codes

    def joined(*parts: str, sep: str = ", ") -> list[Span]:
        return [Span(sep.join(p for p in parts if p) or _DASH)]

    rows = [
        (w.originality, joined(codes[d.originality] if d.originality else "")),
        (w.maker, joined(d.maker)),
        (w.created, joined(d.dating, d.place_of_creation)),
        (w.material, joined(d.material, d.technique, sep="; ")),
        (w.dimensions, joined(*(f"{codes[m.dimension]} {decimal(m.value)} {codes[m.unit]}"
                                for m in d.measurements), sep="; ")),
        (w.weight, joined(f"{decimal(d.weight.value)} {codes[d.weight.unit]}" if d.weight
                          else "")),
        (w.condition, joined(codes[d.condition] if d.condition else "",
                             codes[d.completeness] if d.completeness else "",
                             d.condition_note, sep="; ")),
    ]
    if d.remarks:
        rows.append((w.remarks, [Span(d.remarks)]))
    return rows


def _finding(item: ItemData, w: Wording) -> Span:
    d = item.description
    value = w.codes[d.cultural_value] if d.cultural_value else _DASH
    advice = w.codes[d.recommendation] if d.recommendation else _DASH
    return Span(f"{item.name}: {value}; {advice}.", prefix=f"{item.position})")


def render_conclusion(data: ConclusionData, *, created: datetime | None = None) -> RenderedPdf:
    """The conclusion as a PDF/A-3b file with an empty signature field per signatory.

    ``created`` is the file's creation time (default: now); the same data and ``created``
    give the same bytes.
    """
    w = wording(data.lang)
    items = sorted(data.items, key=lambda item: item.position)
    title = f"{w.conclusion_title} № {data.number}"
    sheet = Sheet(lang=data.lang, footer_title=title, digest=content_digest(data),
                  page_format=w.page)
    note = w.corrects.format(number=data.corrects.number, date=short_date(data.corrects.date)) \
        if data.corrects else ""
    sheet.header(body=data.executive_body, commission=w.commission, title=w.conclusion_title,
                 number=data.number, note=note, city=w.city.format(city=data.city),
                 day=long_date(data.date, data.lang), qr_text=qr_payload(data),
                 department=data.department)

    sheet.field(f"1. {w.applicant}", [Span(data.applicant.name, bold=True)])
    sheet.field(f"2. {w.applicant_data}", applicant_details(data.applicant, w))
    sheet.field(f"3. {w.occupation}", [Span(data.applicant.occupation or _DASH)])
    sheet.field(f"4. {w.purpose}", _purpose(data, w))
    sheet.field(f"5. {w.submitted}", [
        Span(f"{item.name} — {quantity_in_words(item.quantity, data.lang)}",
             prefix=f"{item.position})")
        for item in items
    ])

    tables = [item_rows(item, w) for item in items]
    heights = [sheet.table_height(rows, 58.0) + 8 for rows in tables]
    sheet.heading(f"6. {w.description}:", keep=heights[0])
    for item, rows, height in zip(items, tables, heights, strict=True):
        sheet.space(1.5)
        sheet.keep_together(height)
        sheet.paragraph([Span(f"{item.name}", True, prefix=f"6.{item.position}.")])
        sheet.space(0.8)
        sheet.table(rows)

    findings = [_finding(item, w) for item in items]
    overall = Span(f"{w.overall}: {w.agreed if data.agreed else w.not_agreed}", bold=True)
    sheet.heading(f"{w.conclusion}:", keep=(len(findings) + 3) * 5.0 + SIGNATURE_ROW + 5)
    sheet.paragraph(findings, indent=4)
    sheet.space(2)
    sheet.paragraph([overall], indent=4)
    if data.remarks:
        sheet.space(1)
        sheet.paragraph([Span(data.remarks)], indent=4)

    if data.absent:
        sheet.space(2)
        sheet.paragraph([Span(w.attendance.format(
            present=len(data.members), seated=len(data.members) + len(data.absent),
            absent=", ".join(data.absent)))], indent=4)

    groups = [(w.chair, [data.chair])]
    if data.members:
        groups.append((w.members, list(data.members)))
    sheet.signatures(groups, caption=w.signature_caption, seal=w.seal, locked=data.chair.field)
    add_annex(sheet, data)
    return sheet.finish(title=title, author=data.executive_body, attachment=canonical_json(data),
                        attachment_name=attachment_name(data), created=created)
