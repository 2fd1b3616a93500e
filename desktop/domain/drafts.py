"""What a clerk (or a portal package) submits to register an application, and its checks.

Validation collects every problem instead of stopping at the first, so a form can mark all
bad fields at once and a rejected package lists everything that is wrong with it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from desktop.domain.applications import ApplicantKind, Channel, PaperDocument
from desktop.domain.errors import Detail, DomainError
from desktop.domain.identity import IdentityError, parse_bin, parse_iin
from desktop.domain.regions import EARLIEST_RECEIVED
from desktop.domain.text import first_invisible, fold

__all__ = [
    "ApplicantData",
    "ApplicationData",
    "DuplicateRequest",
    "ItemData",
    "Problem",
    "ValidationFailed",
    "normalised",
    "same_request",
    "validate_applicant",
    "validate_application",
]

MAX_QUANTITY = 100_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Problem:
    """One bad field: a dotted path (``items.2.name``), a stable code, an English message
    for logs, and the values (a limit, a date) its sentence names."""

    field: str
    code: str
    message: str
    values: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"

    @property
    def key(self) -> str:
        """The catalogue key of its sentence: ``identity.<rule>`` for an IIN or BIN that
        fails a rule, ``problem.<code>`` for the rest."""
        return f"identity.{self.code}" if self.code in IdentityError.RULES \
            else f"problem.{self.code}"


class ValidationFailed(DomainError):
    """Some fields are not acceptable; :attr:`problems` lists each, and each is a detail."""

    code = "validation"

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems),
                         details=[Detail(p.key, p.values, p.field) for p in problems])
        self.problems = problems


class DuplicateRequest(DomainError):
    """The same request is registered already (``values``: its number, its received date)."""

    code = "registration"
    reason = "duplicate"

    def __init__(self, number: str, received: date) -> None:
        super().__init__(f"the same request is registered already as {number} "
                         f"(received {received.isoformat()})", number,
                         received.strftime("%d.%m.%Y"), reason=self.reason)
        self.number = number


@dataclass
class ApplicantData:
    kind: ApplicantKind
    iin_bin: str
    surname: str = ""
    given_name: str = ""
    patronymic: str = ""
    birth_date: date | None = None
    citizenship: str = ""
    id_document_number: str = ""
    id_document_issued: date | None = None
    residence: str = ""
    company_name: str = ""
    requisites: str = ""
    address: str = ""
    phones: str = ""
    occupation: str = ""


@dataclass
class ItemData:
    name: str
    quantity: int = 1


@dataclass
class ApplicationData:
    applicant: ApplicantData
    items: list[ItemData]
    purpose: str
    destination_country: str
    destination_place: str
    received: date
    channel: Channel = Channel.PAPER
    export_from: date | None = None
    export_until: date | None = None
    paper_documents: list[str] = field(default_factory=list)


_LIMITS = {
    "surname": 200, "given_name": 200, "patronymic": 200, "id_document_number": 40,
    "company_name": 500, "phones": 200, "occupation": 500, "residence": 2000,
    "requisites": 2000, "address": 2000,
}


def _text(problems: list[Problem], path: str, value: str, limit: int, required: bool) -> None:
    if required and not value.strip():
        problems.append(Problem(path, "required", "is required"))
    elif len(value) > limit:
        problems.append(Problem(path, "too_long", f"is longer than {limit} characters",
                                (str(limit),)))
    elif _CONTROL.search(value):
        problems.append(Problem(path, "control_chars", "contains control characters"))
    elif found := first_invisible(value):
        # A zero-width character makes two names look alike; a direction override makes a
        # name read differently from what is stored.
        problems.append(Problem(path, "invisible_chars",
                                f"contains the invisible character {found}", (found,)))


def validate_applicant(a: ApplicantData, prefix: str = "applicant") -> list[Problem]:
    problems: list[Problem] = []
    iin_bin = a.iin_bin.strip()
    number_field = f"{prefix}.iin_bin"
    try:
        if a.kind == ApplicantKind.INDIVIDUAL:
            info = parse_iin(iin_bin)
            if a.birth_date and a.birth_date != info.birth_date:
                problems.append(Problem(
                    f"{prefix}.birth_date", "iin_mismatch",
                    f"does not match the birth date in the IIN ({info.birth_date.isoformat()})",
                    (info.birth_date.strftime("%d.%m.%Y"),),
                ))
        else:
            parse_bin(iin_bin)
    except IdentityError as exc:
        problems.append(Problem(number_field, exc.rule, str(exc), exc.values))
    individual = a.kind == ApplicantKind.INDIVIDUAL
    for name, limit in _LIMITS.items():
        required = name in ("surname", "given_name") if individual else name == "company_name"
        _text(problems, f"{prefix}.{name}", getattr(a, name), limit, required)
    if individual and a.citizenship and not re.fullmatch(r"[A-Z]{2}", a.citizenship):
        problems.append(Problem(f"{prefix}.citizenship", "country", "is not a country code"))
    if a.id_document_issued and a.id_document_issued > date.today():
        problems.append(Problem(f"{prefix}.id_document_issued", "future", "is in the future"))
    return problems


def validate_application(d: ApplicationData, today: date | None = None,
                         earliest: date = EARLIEST_RECEIVED) -> list[Problem]:
    """Every problem with *d*; an empty list means it can be registered. *earliest* is the
    first day a request can have been received (the region's rules took effect)."""
    today = today or date.today()
    problems = validate_applicant(d.applicant)
    if not d.items:
        problems.append(Problem("items", "required", "at least one item is required"))
    for i, item in enumerate(d.items, start=1):
        _text(problems, f"items.{i}.name", item.name, 500, True)
        if not 1 <= item.quantity <= MAX_QUANTITY:
            problems.append(Problem(
                f"items.{i}.quantity", "range", f"must be between 1 and {MAX_QUANTITY}",
                ("1", str(MAX_QUANTITY)),
            ))
    _text(problems, "purpose", d.purpose, 4000, True)
    _text(problems, "destination_place", d.destination_place, 500, True)
    if not re.fullmatch(r"[A-Z]{2}", d.destination_country or ""):
        problems.append(Problem("destination_country", "country", "is not a country code"))
    elif d.destination_country == "KZ":
        problems.append(Problem(
            "destination_country", "domestic", "must be a country other than Kazakhstan"
        ))
    if d.received > today:
        problems.append(Problem("received", "future", "is in the future"))
    elif d.received < earliest:
        problems.append(Problem("received", "too_early",
                                f"is before {earliest.isoformat()}, when the rules took effect",
                                (earliest.strftime("%d.%m.%Y"),)))
    if d.export_from and d.export_until and d.export_until < d.export_from:
        problems.append(Problem("export_until", "order", "is before the start of the export",
                                (d.export_from.strftime("%d.%m.%Y"),)))
    known = {p.value for p in PaperDocument}
    for code in d.paper_documents:
        if code not in known:
            problems.append(Problem("paper_documents", "unknown", f"unknown document '{code}'",
                                    (code,)))
    return problems


def _nfc(value: object) -> object:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def _nfc_fields(obj: Any) -> dict[str, Any]:
    return {f.name: _nfc(getattr(obj, f.name)) for f in fields(obj)
            if isinstance(getattr(obj, f.name), str)}


def normalised(d: ApplicationData) -> ApplicationData:
    """*d* with every text in Unicode's composed form (NFC): «ә» typed as «ә» or as «ә»
    plus a combining mark is stored, searched and compared as one letter."""
    return replace(d, **_nfc_fields(d),
                   applicant=replace(d.applicant, **_nfc_fields(d.applicant)),
                   items=[replace(i, **_nfc_fields(i)) for i in d.items])


def _words(text: str) -> str:
    return " ".join(fold(text).split())


def same_request(d: ApplicationData, items: list[tuple[str, int]], purpose: str,
                 destination_country: str, destination_place: str,
                 export_from: date | None, export_until: date | None) -> bool:
    """Whether *d* asks what a registered application (given by its parts) asks: the same
    items in the same order and quantities, for the same purpose, place and period. Case,
    spacing and Unicode form do not count; the applicant is compared by the caller."""
    return (
        [(_words(i.name), i.quantity) for i in d.items]
        == [(_words(name), quantity) for name, quantity in items]
        and _words(d.purpose) == _words(purpose)
        and d.destination_country == destination_country
        and _words(d.destination_place) == _words(destination_place)
        and d.export_from == export_from and d.export_until == export_until
    )
