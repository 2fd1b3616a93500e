"""What a clerk (or a portal package) submits to register an application, and its checks.

Validation collects every problem instead of stopping at the first, so a form can mark all
bad fields at once and a rejected package lists everything that is wrong with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.applications import ApplicantKind, Channel, PaperDocument
from desktop.domain.errors import Detail, DomainError
from desktop.domain.identity import IdentityError, parse_bin, parse_iin

__all__ = [
    "ApplicantData",
    "ApplicationData",
    "ItemData",
    "Problem",
    "ValidationFailed",
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


def validate_application(d: ApplicationData, today: date | None = None) -> list[Problem]:
    """Every problem with *d*; an empty list means it can be registered."""
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
    if d.export_from and d.export_until and d.export_until < d.export_from:
        problems.append(Problem("export_until", "order", "is before the start of the export",
                                (d.export_from.strftime("%d.%m.%Y"),)))
    known = {p.value for p in PaperDocument}
    for code in d.paper_documents:
        if code not in known:
            problems.append(Problem("paper_documents", "unknown", f"unknown document '{code}'",
                                    (code,)))
    return problems
