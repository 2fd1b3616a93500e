"""What the certificate for the right to temporarily export says, as plain frozen data.

The certificate (КУӘЛІК / СВИДЕТЕЛЬСТВО) is the local executive body's document, issued on
the commission's agreed conclusion: who holds it, which items (each with its quantity in
words and its identification photo), where they go, why and for how long, by when they
come back, and the conclusion it rests on. Like the other documents it checks itself when
made and raises :class:`ReportDataError` naming the field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.reports.data import (
    ApplicantData,
    ItemData,
    Signatory,
    _check_header,
    _check_items,
    _date,
    _text,
)
from desktop.reports.errors import ReportDataError

__all__ = ["CertificateData"]

_MAX_TEXT = 10_000


@dataclass(frozen=True)
class CertificateData:
    """The certificate in one language.

    ``items`` reuse the conclusion's item data: the certificate prints each item's name,
    quantity, identification (material, size, date, maker) and overall photo.
    """

    number: str
    date: dt.date
    lang: str
    executive_body: str
    """The local executive body (the akimat), as the conclusion's header has it."""
    department: str
    """The body under it that issues the certificate (the culture department)."""
    city: str
    applicant: ApplicantData
    """The holder of the certificate."""
    holder_address: str
    purpose: str
    destination_country: str
    destination_place: str
    export_from: dt.date | None
    return_by: dt.date
    """The last day of the temporary export: the items are back in Kazakhstan by then."""
    items: tuple[ItemData, ...]
    conclusion_number: str
    conclusion_date: dt.date
    issuer_body: str
    issuer_position: str
    """The official's position, printed beside their signature."""
    official: Signatory
    """The official who signs it, alone."""

    def __post_init__(self) -> None:
        _check_header(self, self.official)
        _text("holder_address", self.holder_address, limit=2000)
        _text("purpose", self.purpose, required=True, limit=_MAX_TEXT)
        _text("destination_country", self.destination_country, required=True)
        _text("destination_place", self.destination_place)
        _date("export_from", self.export_from, optional=True)
        _date("return_by", self.return_by)
        if self.export_from and self.export_from > self.return_by:
            raise ReportDataError("return_by", f"{self.return_by} is before the start of the "
                                               f"export {self.export_from}",
                                  f"{self.return_by:%d.%m.%Y}", f"{self.export_from:%d.%m.%Y}",
                                  reason="export_order")
        _check_items(self, "certificate")
        _text("conclusion_number", self.conclusion_number, required=True, limit=64)
        _date("conclusion_date", self.conclusion_date)
        _text("issuer_body", self.issuer_body, required=True)
        _text("issuer_position", self.issuer_position, required=True)
