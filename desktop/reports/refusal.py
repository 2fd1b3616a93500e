"""The motivated refusal (ДӘЛЕЛДІ БАС ТАРТУ / МОТИВИРОВАННЫЙ ОТКАЗ).

The same letterhead, QR code and footer as the conclusion; then the applicant, the
application refused, the ground of the refusal from the closed list with the commission's
reasons as numbered paragraphs, how to appeal, and the chairperson's signature place.
"""

from __future__ import annotations

from datetime import datetime

from desktop.reports.conclusion import applicant_details
from desktop.reports.data import RefusalData
from desktop.reports.digest import attachment_name, canonical_json, content_digest, qr_payload
from desktop.reports.layout import RenderedPdf, Sheet, Span
from desktop.reports.wording import long_date, short_date, wording

__all__ = ["render_refusal"]


def render_refusal(data: RefusalData, *, created: datetime | None = None) -> RenderedPdf:
    """The refusal as a PDF/A-3b file with the chairperson's empty signature field."""
    w = wording(data.lang)
    title = f"{w.refusal_title} № {data.number}"
    sheet = Sheet(lang=data.lang, footer_title=title, digest=content_digest(data),
                  page_format=w.page)
    sheet.header(body=data.executive_body, commission=w.commission, title=w.refusal_title,
                 number=data.number, note="", city=w.city.format(city=data.city),
                 day=long_date(data.date, data.lang), qr_text=qr_payload(data),
                 department=data.department)
    label = 46.0
    sheet.field(w.applicant, [Span(data.applicant.name, bold=True)],
                label_width=label)
    sheet.field(w.applicant_data, applicant_details(data.applicant, w),
                label_width=label)
    sheet.field(w.application, [Span(w.application_ref.format(
        number=data.application_number, date=short_date(data.application_date)))],
        label_width=label)
    sheet.space(5)
    sheet.paragraph([Span(w.refusal_intro)])
    sheet.space(2)
    ground = w.codes[f"ground.{data.ground}"]
    sheet.field(w.refusal_ground, [Span(ground[:1].upper() + ground[1:], bold=True)],
                label_width=label)
    if data.reasons:
        sheet.space(2)
        sheet.paragraph([Span(w.refusal_reasons + ":", bold=True)])
    for i, reason in enumerate(data.reasons, start=1):
        sheet.space(1.2)
        sheet.paragraph([Span(reason, prefix=f"{i})")], indent=4)
    sheet.space(5)
    sheet.paragraph([Span(data.appeal)])
    sheet.signatures([(w.chair, [data.chair])], caption=w.signature_caption, seal=w.seal,
                     locked=data.chair.field)
    return sheet.finish(title=title, author=data.executive_body, attachment=canonical_json(data),
                        attachment_name=attachment_name(data), created=created)
