"""What the conclusion (annex 5) and the motivated refusal say, as plain frozen data.

The renderers take these and nothing else: no database, no region profile lookups. The
service that loads an application fills them in, with every text already in the
document's language (country names, citizenship); the codes below are the values of the
enums in :mod:`desktop.domain.examination_rules`, so an examination record maps over
field by field, and the renderer words them in Kazakh or Russian.

Every object checks itself when made and raises :class:`ReportDataError` naming the field.
Lists given for the tuple fields are turned into tuples, so the objects stay hashable.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.examination_rules import MAX_ANNEX_DETAILS, PageRole
from desktop.domain.refusals import RefusalGround
from desktop.reports.errors import ReportDataError

__all__ = [
    "ANNEX_ROLES",
    "APPLICANT_KINDS",
    "CHECK_RESULTS",
    "COMPARED",
    "COMPLETENESS",
    "CONDITIONS",
    "CULTURAL_VALUES",
    "DIMENSIONS",
    "LANGS",
    "LENGTH_UNITS",
    "MAX_QUANTITY",
    "ORIGINALITY",
    "RECOMMENDATIONS",
    "REFUSAL_GROUNDS",
    "RETURN_OUTCOMES",
    "WEIGHT_UNITS",
    "AnnexPhoto",
    "ApplicantData",
    "ConclusionData",
    "Correction",
    "ItemData",
    "ItemDescription",
    "Measure",
    "RefusalData",
    "ReturnActData",
    "ReturnedItem",
    "Signatory",
    "Weight",
]

LANGS = ("kk", "ru")
"""The languages a conclusion is issued in (one language per document)."""
MAX_QUANTITY = 9999

ORIGINALITY = ("original", "copy")
DIMENSIONS = ("height", "width", "depth", "length", "diameter", "thickness")
LENGTH_UNITS = ("mm", "cm", "m")
WEIGHT_UNITS = ("g", "kg")
CONDITIONS = ("good", "fair", "poor", "unacceptable")
COMPLETENESS = ("complete", "incomplete", "fragmented")
CULTURAL_VALUES = ("has", "has_not")
RECOMMENDATIONS = ("recommended", "not_recommended")
APPLICANT_KINDS = ("individual", "company")
RETURN_OUTCOMES = ("returned", "lost")
CHECK_RESULTS = ("matches", "differs")
REFUSAL_GROUNDS = tuple(ground.value for ground in RefusalGround)
"""The grounds of a refusal (the codes of :class:`desktop.domain.refusals.RefusalGround`)."""
COMPARED = ("object_type", "title", "material", "technique", "measurements", "weight_value",
            "inscriptions", "features", "condition", "condition_note", "completeness",
            "hazards")
"""The fields of an examination record a return check compares (their codes)."""
ANNEX_ROLES = tuple(role.value for role in PageRole)
"""What a photo of the identification annex shows (the examination's page roles)."""
_JPEG_MAGIC = b"\xff\xd8\xff"

_MAX_LINE = 500
_MAX_TEXT = 10_000


def _text(where: str, value: Any, *, required: bool = False, limit: int = _MAX_LINE) -> None:
    if not isinstance(value, str):
        raise ReportDataError(where, f"must be text, got {type(value).__name__}",
                              reason="not_text")
    if required and not value.strip():
        raise ReportDataError(where, "must not be empty", reason="empty")
    if len(value) > limit:
        raise ReportDataError(where, f"is {len(value)} characters long; at most {limit}",
                              limit, reason="too_long")
    if any(ord(c) < 0x20 and c not in "\n\t" for c in value):
        raise ReportDataError(where, "contains control characters", reason="control_chars")


def _code(where: str, value: Any, allowed: tuple[str, ...], *, optional: bool = True) -> None:
    if value is None and optional:
        return
    if value not in allowed:
        raise ReportDataError(where, f"must be one of {', '.join(allowed)}; got {value!r}",
                              ", ".join(allowed), value, reason="not_allowed")


def _date(where: str, value: Any, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, dt.date):
        raise ReportDataError(where, f"must be a date, got {value!r}", reason="not_date")


def _positive(where: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not math.isfinite(value) or value <= 0:
        raise ReportDataError(where, f"must be a positive number, got {value!r}",
                              reason="not_positive")


def _check_items(document: object, kind: str) -> tuple[ItemData, ...]:
    """The document's items: at least one, each an :class:`ItemData`, no position twice."""
    items = _tuple(document, "items")
    if not items:
        raise ReportDataError("items", f"a {kind} needs at least one item", reason="no_items")
    positions = set()
    for item in items:
        _of_type("items", item, ItemData)
        if item.position in positions:
            raise ReportDataError("items", f"position {item.position} is used twice",
                                  item.position, reason="position_twice")
        positions.add(item.position)
    return items


def _tuple(obj: object, name: str) -> tuple[Any, ...]:
    value = getattr(obj, name)
    if isinstance(value, list):
        value = tuple(value)
        object.__setattr__(obj, name, value)
    if not isinstance(value, tuple):
        raise ReportDataError(name, f"must be a list, got {type(value).__name__}",
                              reason="not_list")
    return value


def _of_type(where: str, value: Any, kind: type) -> None:
    if not isinstance(value, kind):
        raise ReportDataError(where, f"must be a {kind.__name__}, got {type(value).__name__}",
                              reason="wrong_type")


@dataclass(frozen=True)
class Measure:
    """One measurement: ``dimension`` from :data:`DIMENSIONS`, ``unit`` from
    :data:`LENGTH_UNITS`."""

    dimension: str
    value: float
    unit: str

    def __post_init__(self) -> None:
        _code("measurement dimension", self.dimension, DIMENSIONS, optional=False)
        _positive(f"measurement {self.dimension} value", self.value)
        _code(f"measurement {self.dimension} unit", self.unit, LENGTH_UNITS, optional=False)


@dataclass(frozen=True)
class Weight:
    value: float
    unit: str
    """``g`` or ``kg``."""

    def __post_init__(self) -> None:
        _positive("weight value", self.value)
        _code("weight unit", self.unit, WEIGHT_UNITS, optional=False)


@dataclass(frozen=True)
class AnnexPhoto:
    """A photo of an item for the identification annex, already prepared for print: an
    RGB JPEG (see :func:`desktop.reports.annex.print_pixels` for the size it should have).

    In the document's canonical JSON the image is its SHA-256, so the QR digest covers it.
    """

    jpeg: bytes
    width_px: int
    height_px: int
    role: str = "overall"
    shows_scale: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        _code("photo role", self.role, ANNEX_ROLES, optional=False)
        if not isinstance(self.jpeg, bytes) or not self.jpeg.startswith(_JPEG_MAGIC):
            raise ReportDataError(f"{self.role} photo", "must be JPEG bytes",
                                  reason="not_jpeg")
        for name in ("width_px", "height_px"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ReportDataError(f"{self.role} photo {name}",
                                      f"must be a positive whole number, got {value!r}",
                                      reason="not_positive")
        _text(f"{self.role} photo note", self.note)


@dataclass(frozen=True)
class ItemDescription:
    """Point 6 of the form for one item, and the commission's finding on it.

    ``None`` codes and empty texts print as a dash: the renderer does not decide whether
    a conclusion may be issued with a gap; the service does.
    """

    originality: str | None = None
    object_type: str = ""
    title: str = ""
    subject: str = ""
    """What is depicted or represented (Object ID's "subject")."""
    maker: str = ""
    """The author or maker."""
    dating: str = ""
    """Time of creation as written: a date or a period."""
    place_of_creation: str = ""
    material: str = ""
    technique: str = ""
    measurements: tuple[Measure, ...] = ()
    weight: Weight | None = None
    condition: str | None = None
    """State of preservation: a term from :data:`CONDITIONS`."""
    condition_note: str = ""
    completeness: str | None = None
    inscriptions: str = ""
    features: str = ""
    """Distinguishing features."""
    hazards: str = ""
    summary: str = ""
    """A short free description of the object."""
    cultural_value: str | None = None
    recommendation: str | None = None
    """On temporary export: ``recommended`` or ``not_recommended``."""
    remarks: str = ""

    def __post_init__(self) -> None:
        _code("originality", self.originality, ORIGINALITY)
        for name in ("object_type", "title", "maker", "dating", "place_of_creation"):
            _text(name, getattr(self, name))
        for name in ("material", "technique"):
            _text(name, getattr(self, name), limit=1000)
        for name in ("subject", "condition_note", "inscriptions", "features", "hazards",
                     "summary", "remarks"):
            _text(name, getattr(self, name), limit=_MAX_TEXT)
        for m in _tuple(self, "measurements"):
            _of_type("measurements", m, Measure)
        if self.weight is not None:
            _of_type("weight", self.weight, Weight)
        _code("condition", self.condition, CONDITIONS)
        _code("completeness", self.completeness, COMPLETENESS)
        _code("cultural_value", self.cultural_value, CULTURAL_VALUES)
        _code("recommendation", self.recommendation, RECOMMENDATIONS)


@dataclass(frozen=True)
class ItemData:
    """An item submitted for examination (point 5) with its description (point 6) and the
    photos of its identification annex page (none: the item has no annex page)."""

    position: int
    name: str
    quantity: int
    description: ItemDescription = field(default_factory=ItemDescription)
    overall_photo: AnnexPhoto | None = None
    detail_photos: tuple[AnnexPhoto, ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.position, bool) or not isinstance(self.position, int) \
                or self.position < 1:
            raise ReportDataError("item position", f"must be a whole number from 1, "
                                  f"got {self.position!r}", reason="not_positive")
        _text(f"item {self.position} name", self.name, required=True)
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int) \
                or not 1 <= self.quantity <= MAX_QUANTITY:
            raise ReportDataError(f"item {self.position} quantity",
                                  f"must be a whole number from 1 to {MAX_QUANTITY}, "
                                  f"got {self.quantity!r}", MAX_QUANTITY, reason="quantity")
        _of_type(f"item {self.position} description", self.description, ItemDescription)
        if self.overall_photo is not None:
            _of_type(f"item {self.position} overall photo", self.overall_photo, AnnexPhoto)
        details = _tuple(self, "detail_photos")
        if len(details) > MAX_ANNEX_DETAILS:
            raise ReportDataError(f"item {self.position} detail photos",
                                  f"at most {MAX_ANNEX_DETAILS}, got {len(details)}",
                                  MAX_ANNEX_DETAILS, reason="too_many_photos")
        for photo in details:
            _of_type(f"item {self.position} detail photos", photo, AnnexPhoto)

    @property
    def has_photos(self) -> bool:
        return self.overall_photo is not None or bool(self.detail_photos)


@dataclass(frozen=True)
class ApplicantData:
    """Points 1–3: who applies. An individual has a citizenship and an identity document;
    a company has its requisites (address, bank account…) as one text."""

    name: str
    """Full name (surname, name, patronymic), or the company's name."""
    kind: str = "individual"
    iin_bin: str = ""
    citizenship: str = ""
    """Already in the document's language, e.g. "Қазақстан Республикасы"."""
    id_document_number: str = ""
    """Passport or identity card number."""
    id_document_issued: dt.date | None = None
    requisites: str = ""
    occupation: str = ""

    def __post_init__(self) -> None:
        _text("applicant name", self.name, required=True)
        _code("applicant kind", self.kind, APPLICANT_KINDS, optional=False)
        for name in ("iin_bin", "citizenship", "id_document_number", "occupation"):
            _text(f"applicant {name}", getattr(self, name))
        _text("applicant requisites", self.requisites, limit=2000)
        _date("applicant id_document_issued", self.id_document_issued, optional=True)


@dataclass(frozen=True)
class Signatory:
    """A person who signs, and the name of the empty signature field laid out for them."""

    name: str
    field: str
    iin: str = ""
    """The IIN of the person on the seat, recorded in the field: a signature by anyone
    else (a namesake, even with a trusted certificate) does not verify."""

    def __post_init__(self) -> None:
        _text("signatory name", self.name, required=True)
        if self.iin and not (len(self.iin) == 12 and self.iin.isdigit()):
            raise ReportDataError(f"IIN of {self.name}", f"{self.iin!r} is not 12 digits",
                                  self.iin, reason="signatory_iin")
        _text(f"signature field of {self.name}", self.field, required=True, limit=100)
        if "." in self.field:
            raise ReportDataError(f"signature field of {self.name}",
                                  f"{self.field!r} contains a dot (PDF field names use it "
                                  "to separate levels)", self.field, reason="field_dot")


@dataclass(frozen=True)
class Correction:
    """The earlier conclusion that this one corrects and replaces."""

    number: str
    date: dt.date

    def __post_init__(self) -> None:
        _text("corrected conclusion number", self.number, required=True, limit=64)
        _date("corrected conclusion date", self.date)


def _check_header(data: Any, signatory: Any) -> None:
    """The fields every document opens with (the certificate's too), and who signs last."""
    _text("number", data.number, required=True, limit=64)
    _date("date", data.date)
    _code("lang", data.lang, LANGS, optional=False)
    _text("executive_body", data.executive_body, required=True)
    _text("department", data.department)
    _text("city", data.city, required=True)
    _of_type("applicant", data.applicant, ApplicantData)
    _of_type("chair", signatory, Signatory)


def _check_fields(signatories: list[Signatory]) -> None:
    seen: set[str] = set()
    for person in signatories:
        _of_type("members", person, Signatory)
        if person.field in seen:
            raise ReportDataError(f"signature field of {person.name}",
                                  f"{person.field!r} is given to two signatories",
                                  person.field, reason="field_twice")
        seen.add(person.field)


@dataclass(frozen=True)
class ConclusionData:
    """The conclusion (ҚОРЫТЫНДЫ, annex 5) in one language."""

    number: str
    date: dt.date
    lang: str
    executive_body: str
    """The local executive body (the akimat), from the region profile, as annex 5 heads
    the form; the culture department goes under it in :attr:`department`."""
    city: str
    """The city where it is signed (``signing_city.get(lang)``), without "қаласы"/"г."."""
    applicant: ApplicantData
    purpose: str
    destination_country: str
    """Already in the document's language."""
    destination_place: str
    export_from: dt.date | None
    export_until: dt.date | None
    items: tuple[ItemData, ...]
    agreed: bool
    """The overall conclusion: temporary export agreed or not."""
    chair: Signatory
    members: tuple[Signatory, ...]
    corrects: Correction | None = None
    remarks: str = ""
    """Anything the commission adds to its conclusion (conditions, reservations)."""
    absent: tuple[str, ...] = ()
    """The seated members who did not take part (they do not sign); the members who did
    are :attr:`members`."""
    department: str = ""
    """The culture department under the executive body, printed under it ("": none)."""

    def __post_init__(self) -> None:
        _check_header(self, self.chair)
        _text("purpose", self.purpose, required=True, limit=_MAX_TEXT)
        _text("destination_country", self.destination_country, required=True)
        _text("destination_place", self.destination_place)
        _date("export_from", self.export_from, optional=True)
        _date("export_until", self.export_until, optional=True)
        if self.export_from and self.export_until and self.export_from > self.export_until:
            raise ReportDataError("export_until", f"{self.export_until} is before the start "
                                  f"of the export {self.export_from}",
                                  f"{self.export_until:%d.%m.%Y}", f"{self.export_from:%d.%m.%Y}",
                                  reason="export_order")
        _check_items(self, "conclusion")
        if not isinstance(self.agreed, bool):
            raise ReportDataError("agreed", f"must be true or false, got {self.agreed!r}",
                                  reason="not_bool")
        _check_fields([self.chair, *_tuple(self, "members")])
        if self.corrects is not None:
            _of_type("corrects", self.corrects, Correction)
        _text("remarks", self.remarks, limit=_MAX_TEXT)
        for name in _tuple(self, "absent"):
            _text("absent member", name, required=True)


@dataclass(frozen=True)
class RefusalData:
    """The motivated refusal: the application, the ground of the refusal with the
    commission's reasons, and how to appeal."""

    number: str
    date: dt.date
    lang: str
    executive_body: str
    city: str
    applicant: ApplicantData
    application_number: str
    application_date: dt.date
    ground: str
    """One of :data:`REFUSAL_GROUNDS`."""
    reasons: tuple[str, ...]
    """The commission's words on the ground, a paragraph each (required for "other")."""
    appeal: str
    """The paragraph on how to appeal, in the document's language."""
    chair: Signatory
    department: str = ""

    def __post_init__(self) -> None:
        _check_header(self, self.chair)
        _text("application_number", self.application_number, required=True, limit=64)
        _date("application_date", self.application_date)
        _code("ground", self.ground, REFUSAL_GROUNDS, optional=False)
        reasons = _tuple(self, "reasons")
        if self.ground == "other" and not reasons:
            raise ReportDataError("reasons", "a refusal on another ground must state it",
                                  reason="no_stated_ground")
        for i, reason in enumerate(reasons, start=1):
            _text(f"reason {i}", reason, required=True, limit=_MAX_TEXT)
        _text("appeal", self.appeal, required=True, limit=_MAX_TEXT)


@dataclass(frozen=True)
class ReturnedItem:
    """One item of a return act: how it came back and what the check found."""

    position: int
    name: str
    quantity: int
    outcome: str
    """From :data:`RETURN_OUTCOMES`."""
    returned_on: dt.date
    presented_by: str = ""
    place: str = ""
    note: str = ""
    result: str | None = None
    """From :data:`CHECK_RESULTS`; None for a lost item."""
    differences: tuple[str, ...] = ()
    """Codes from :data:`COMPARED`: where the return record differs from the original."""
    check_note: str = ""

    def __post_init__(self) -> None:
        _positive("position", self.position)
        _text("name", self.name, required=True)
        _positive("quantity", self.quantity)
        _code("outcome", self.outcome, RETURN_OUTCOMES, optional=False)
        _date("returned_on", self.returned_on)
        for name in ("presented_by", "place"):
            _text(name, getattr(self, name))
        _text("note", self.note, limit=_MAX_TEXT)
        _text("check_note", self.check_note, limit=_MAX_TEXT)
        if self.outcome == "returned":
            _code("result", self.result, CHECK_RESULTS, optional=False)
        elif self.result is not None:
            raise ReportDataError("result", "a lost item has no check result",
                                  reason="lost_no_result")
        for code in _tuple(self, "differences"):
            _code("differences", code, COMPARED, optional=False)


@dataclass(frozen=True)
class ReturnActData:
    """The act of the return check in one language: the export it closes, each item's
    return and verdict, and who signs."""

    number: str
    date: dt.date
    lang: str
    executive_body: str
    city: str
    applicant: ApplicantData
    application_number: str
    application_date: dt.date
    conclusion_number: str
    conclusion_date: dt.date
    destination_country: str
    destination_place: str
    export_from: dt.date | None
    export_until: dt.date | None
    items: tuple[ReturnedItem, ...]
    chair: Signatory
    members: tuple[Signatory, ...] = ()
    department: str = ""

    @property
    def all_match(self) -> bool:
        """Every returned item matches its examination (lost items aside)."""
        return all(item.result != "differs" for item in self.items)

    def __post_init__(self) -> None:
        _check_header(self, self.chair)
        _text("application_number", self.application_number, required=True, limit=64)
        _date("application_date", self.application_date)
        _text("conclusion_number", self.conclusion_number, required=True, limit=64)
        _date("conclusion_date", self.conclusion_date)
        _text("destination_country", self.destination_country, required=True)
        _text("destination_place", self.destination_place)
        _date("export_from", self.export_from, optional=True)
        _date("export_until", self.export_until, optional=True)
        items = _tuple(self, "items")
        if not items:
            raise ReportDataError("items", "a return act needs at least one item",
                                  reason="no_items")
        for item in items:
            _of_type("items", item, ReturnedItem)
        _check_fields([self.chair, *_tuple(self, "members")])
