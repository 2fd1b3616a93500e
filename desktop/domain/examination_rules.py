"""The examination of an item as plain data, and its rules (no database, no Qt).

What the commission records for each item follows annex 5 item 6 of the regulation, the
Object ID checklist (what police and customs use to recognise an object) and the SPECTRUM
condition check. The same :class:`ExaminationRecord` carries a member's opinion and the
commission's agreed result; the UI edits it, the service validates and stores it.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from desktop.domain.drafts import Problem, ValidationFailed
from desktop.domain.errors import ConflictError, DomainError

__all__ = [
    "CONTENT_FIELDS",
    "FIELD_LABELS",
    "MAX_ANNEX_DETAILS",
    "REQUIRED_FOR_EXAMINED",
    "AnnexChoice",
    "AnnexLack",
    "Completeness",
    "ConditionGrade",
    "CulturalValue",
    "Dimension",
    "ExaminationClosed",
    "ExaminationConflict",
    "ExaminationError",
    "ExaminationIncomplete",
    "ExaminationKind",
    "ExaminationRecord",
    "LengthUnit",
    "Measurement",
    "Missing",
    "Originality",
    "PageLink",
    "PageRole",
    "Recommendation",
    "ValidationFailed",
    "WeightUnit",
    "annex_choice",
    "changed_fields",
    "describe_missing",
    "missing_required",
    "record_from_json",
    "record_to_json",
    "validate_record",
]


class ExaminationKind(StrEnum):
    OPINION = "opinion"
    """One member's view of one item (one per member per item)."""
    AGREED = "agreed"
    """The commission's result, recorded by the chairperson (one per item)."""
    RETURN = "return"
    """The item examined again when it comes back from abroad (one per item)."""


class Originality(StrEnum):
    ORIGINAL = "original"
    COPY = "copy"


class Dimension(StrEnum):
    HEIGHT = "height"
    WIDTH = "width"
    DEPTH = "depth"
    LENGTH = "length"
    DIAMETER = "diameter"
    THICKNESS = "thickness"


class LengthUnit(StrEnum):
    MM = "mm"
    CM = "cm"
    M = "m"


class WeightUnit(StrEnum):
    G = "g"
    KG = "kg"


class ConditionGrade(StrEnum):
    """SPECTRUM-like condition term; the overall grade is that of the worst part."""

    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"
    UNACCEPTABLE = "unacceptable"


class Completeness(StrEnum):
    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    FRAGMENTED = "fragmented"


class CulturalValue(StrEnum):
    HAS = "has"
    HAS_NOT = "has_not"


class Recommendation(StrEnum):
    RECOMMENDED = "recommended"
    NOT_RECOMMENDED = "not_recommended"


class PageRole(StrEnum):
    """What a linked photo or scan page shows of the item (Object ID's photographs)."""

    OVERALL = "overall"
    DETAIL = "detail"
    INSCRIPTION = "inscription"
    MARK = "mark"
    DAMAGE = "damage"
    REPAIR = "repair"


@dataclass(frozen=True)
class Measurement:
    dimension: Dimension
    value: float
    unit: LengthUnit
    note: str = ""
    """What was measured when it is not obvious, e.g. "with the stand"."""


@dataclass(frozen=True)
class PageLink:
    page_id: int
    role: PageRole = PageRole.OVERALL
    shows_scale: bool = False
    for_annex: bool = False
    """Chosen for the identification annex of the conclusion."""
    note: str = ""


MAX_ANNEX_DETAILS = 3
"""Detail photos printed beside an item's overall view in the identification annex."""


class AnnexLack(StrEnum):
    """What an item's choice of photos for the identification annex still lacks."""

    OVERALL_VIEW = "overall_view"
    """No overall view is chosen: the annex page would show no picture of the object."""
    SCALE = "scale"
    """None of the chosen photos shows a scale, so the printed size cannot be judged."""
    TOO_MANY_DETAILS = "too_many_details"
    """More detail photos are chosen than the page holds; only the first ones print."""


@dataclass(frozen=True)
class AnnexChoice:
    """The photos of one item that its annex page prints, and what the choice lacks."""

    overall: PageLink | None
    details: tuple[PageLink, ...]
    lacks: tuple[AnnexLack, ...]


def annex_choice(pages: tuple[PageLink, ...] | list[PageLink]) -> AnnexChoice:
    """The annex photos among *pages*, in their order: the first overall view chosen for
    the annex, and up to :data:`MAX_ANNEX_DETAILS` other chosen photos (a second overall
    view counts as a detail)."""
    chosen = [p for p in pages if p.for_annex]
    overall = next((p for p in chosen if p.role == PageRole.OVERALL), None)
    others = [p for p in chosen if p is not overall]
    details = tuple(others[:MAX_ANNEX_DETAILS])
    lacks = []
    if overall is None:
        lacks.append(AnnexLack.OVERALL_VIEW)
    if not any(p.shows_scale for p in (*([overall] if overall else []), *details)):
        lacks.append(AnnexLack.SCALE)
    if len(others) > MAX_ANNEX_DETAILS:
        lacks.append(AnnexLack.TOO_MANY_DETAILS)
    return AnnexChoice(overall, details, tuple(lacks))


@dataclass(frozen=True)
class ExaminationRecord:
    """One opinion or agreed result on one item: a snapshot, never an ORM object.

    Text is stored exactly as given. The fields after ``remarks`` describe the stored
    record; the service fills them when reading and ignores them when saving, except
    ``author_id`` of an opinion, which must be the saving member's own.
    """

    kind: ExaminationKind
    originality: Originality | None = None
    object_type: str = ""
    title: str = ""
    subject: str = ""
    maker: str = ""
    dating: str = ""
    """Time of creation as written: a date or a period ("late 19th century")."""
    year_from: int | None = None
    year_to: int | None = None
    place_of_creation: str = ""
    material: str = ""
    technique: str = ""
    measurements: tuple[Measurement, ...] = ()
    weight_value: float | None = None
    weight_unit: WeightUnit | None = None
    inscriptions: str = ""
    features: str = ""
    """Distinguishing features."""
    condition: ConditionGrade | None = None
    condition_note: str = ""
    """Damages and restorations."""
    completeness: Completeness | None = None
    hazards: str = ""
    description: str = ""
    pages: tuple[PageLink, ...] = ()
    cultural_value: CulturalValue | None = None
    recommendation: Recommendation | None = None
    remarks: str = ""

    item_id: int | None = None
    author_id: int | None = None
    author_name: str = ""
    version: int | None = None
    updated_at: datetime | None = None
    updated_by_name: str = ""


_META = {"kind", "item_id", "author_id", "author_name", "version", "updated_at",
         "updated_by_name"}
CONTENT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(ExaminationRecord) if f.name not in _META
)
"""The fields a user edits, in form order: what saves, audits and conflicts compare."""

SINGLE_LINE_LIMITS = {
    "object_type": 500, "title": 500, "maker": 500, "dating": 500, "place_of_creation": 500,
    "material": 1000, "technique": 1000,
}
MULTI_LINE_LIMITS = {
    "subject": 10_000, "inscriptions": 10_000, "features": 10_000, "condition_note": 10_000,
    "hazards": 10_000, "description": 10_000, "remarks": 10_000,
}
NOTE_LIMIT = 500
MAX_MEASUREMENTS = 30
MAX_PAGES = 200
MAX_LENGTH = 100_000.0
"""The largest measurement accepted in any unit (100 km is a typing error, not an item)."""
MAX_WEIGHT = 1_000_000.0
EARLIEST_YEAR = -10_000

_ENUMS: dict[str, type[StrEnum]] = {
    "originality": Originality, "weight_unit": WeightUnit, "condition": ConditionGrade,
    "completeness": Completeness, "cultural_value": CulturalValue,
    "recommendation": Recommendation,
}

REQUIRED_FOR_EXAMINED: tuple[str, ...] = (
    "originality", "object_type", "title", "material", "technique", "measurements",
    "condition", "cultural_value", "recommendation",
)
"""What the agreed result of every item needs before the application is "examined"."""

FIELD_LABELS: dict[str, str] = {
    "agreed": "no agreed result",
    "originality": "original or copy",
    "object_type": "object type",
    "title": "name",
    "material": "material",
    "technique": "technique",
    "measurements": "dimensions",
    "condition": "state of preservation",
    "cultural_value": "cultural value",
    "recommendation": "recommendation",
}
"""English names for messages and logs; the UI translates the field codes itself."""


class ExaminationError(DomainError):
    code = "examination"


class ExaminationClosed(ExaminationError):
    """The application is not under examination, so its records cannot change."""

    code = "examination_closed"

    def __init__(self, number: str, status: str) -> None:
        super().__init__(
            f"application {number} is in the status '{status}'; examination records can be "
            "saved only while it is 'under_examination'"
        )
        self.number = number
        self.status = status


@dataclass(frozen=True)
class Missing:
    """A required field the agreed result of an item lacks (``agreed``: no agreed result)."""

    position: int
    item_name: str
    field: str


def describe_missing(missing: list[Missing]) -> str:
    """``item 2 «Домбыра»: material, dimensions; item 3 «…»: no agreed result``."""
    by_item: dict[tuple[int, str], list[str]] = {}
    for m in missing:
        by_item.setdefault((m.position, m.item_name), []).append(FIELD_LABELS.get(m.field, m.field))
    return "; ".join(
        f"item {pos} «{name}»: {', '.join(labels)}" for (pos, name), labels in by_item.items()
    )


class ExaminationIncomplete(ExaminationError):
    code = "examination_incomplete"

    def __init__(self, missing: list[Missing]) -> None:
        super().__init__(f"the examination is not complete: {describe_missing(missing)}")
        self.missing = missing


class ExaminationConflict(ConflictError):
    """Someone saved the record after the caller read it; both versions travel with it.

    ``mine`` is what the caller tried to save (nothing of it was written), ``theirs`` the
    stored record with its version, author of the change and time.
    """

    def __init__(self, mine: ExaminationRecord, theirs: ExaminationRecord,
                 expected_version: int | None) -> None:
        saved_at = theirs.updated_at.isoformat(timespec="seconds") if theirs.updated_at else "?"
        base = "no record" if expected_version is None else f"version {expected_version}"
        super().__init__(
            f"the {theirs.kind} record was saved by {theirs.updated_by_name} at {saved_at} "
            f"(version {theirs.version}) after you opened {base}; compare the two and save "
            "again on top of theirs if yours should stand"
        )
        self.mine = mine
        self.theirs = theirs
        self.expected_version = expected_version
        self.changed = changed_fields(mine, theirs)

    @property
    def their_version(self) -> int:
        assert self.theirs.version is not None
        return self.theirs.version

    @property
    def saved_by(self) -> str:
        return self.theirs.updated_by_name

    @property
    def saved_at(self) -> datetime | None:
        return self.theirs.updated_at


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [{f.name: _json_value(getattr(v, f.name)) for f in fields(v)} for v in value]
    if isinstance(value, StrEnum):
        return value.value
    return value


def record_to_json(record: ExaminationRecord) -> dict[str, Any]:
    """The content fields as JSON-ready values (for the audit, drafts and comparisons)."""
    return {name: _json_value(getattr(record, name)) for name in CONTENT_FIELDS}


def record_from_json(kind: ExaminationKind, data: dict[str, Any]) -> ExaminationRecord:
    """The inverse of :func:`record_to_json`; unknown keys are ignored.

    Raises :class:`ValidationFailed` naming the field whose value cannot be read.
    """
    values: dict[str, Any] = {}
    for name in CONTENT_FIELDS:
        if name not in data:
            continue
        try:
            values[name] = _from_json_value(name, data[name])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationFailed([Problem(name, "unreadable", f"cannot be read: {exc}")]) \
                from exc
    return ExaminationRecord(kind=ExaminationKind(kind), **values)


def _from_json_value(name: str, value: Any) -> Any:
    if name in _ENUMS and value is not None:
        return _ENUMS[name](value)
    if name == "measurements":
        return tuple(Measurement(Dimension(m["dimension"]), float(m["value"]),
                                 LengthUnit(m["unit"]), m.get("note", "")) for m in value)
    if name == "pages":
        return tuple(PageLink(int(p["page_id"]), PageRole(p["role"]),
                              bool(p.get("shows_scale")), bool(p.get("for_annex")),
                              p.get("note", "")) for p in value)
    return value


def changed_fields(a: ExaminationRecord, b: ExaminationRecord) -> tuple[str, ...]:
    """The content fields whose values differ, in form order."""
    ja, jb = record_to_json(a), record_to_json(b)
    return tuple(name for name in CONTENT_FIELDS if ja[name] != jb[name])


def _check_text(problems: list[Problem], path: str, value: object, limit: int,
                multi_line: bool) -> None:
    if not isinstance(value, str):
        problems.append(Problem(path, "type", "must be text"))
        return
    if len(value) > limit:
        problems.append(Problem(path, "too_long",
                                f"is {len(value)} characters long; the limit is {limit}"))
        return
    allowed = "\t\n\r" if multi_line else ""
    for i, ch in enumerate(value):
        category = unicodedata.category(ch)
        if (category == "Cc" and ch not in allowed) or category == "Cs":
            kind = "a line break" if ch in "\n\r" else "the control character"
            problems.append(Problem(
                path, "control_chars",
                f"contains {kind} U+{ord(ch):04X} at position {i + 1}; remove it",
            ))
            return


def _check_enum(problems: list[Problem], path: str, value: object,
                enum: type[StrEnum], required: bool = False) -> None:
    if value is None:
        if required:
            problems.append(Problem(path, "required", "is required"))
        return
    known = [e.value for e in enum]
    if not isinstance(value, str) or value not in known:
        problems.append(Problem(path, "unknown", f"'{value}' is not one of {', '.join(known)}"))


def _check_number(problems: list[Problem], path: str, value: object, limit: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(Problem(path, "type", "must be a number"))
    elif not math.isfinite(value) or not 0 < value <= limit:
        problems.append(Problem(path, "range", f"must be more than 0 and at most {limit:g}"))


def _check_years(problems: list[Problem], r: ExaminationRecord, today: date) -> None:
    for name in ("year_from", "year_to"):
        year = getattr(r, name)
        if year is None:
            continue
        if isinstance(year, bool) or not isinstance(year, int):
            problems.append(Problem(name, "type", "must be a whole year"))
        elif not EARLIEST_YEAR <= year <= today.year:
            problems.append(Problem(name, "range",
                                    f"must be between {EARLIEST_YEAR} and {today.year}"))
    if (isinstance(r.year_from, int) and isinstance(r.year_to, int)
            and r.year_from > r.year_to):
        problems.append(Problem("year_to", "order", "is earlier than the year from"))


def _check_measurements(problems: list[Problem], r: ExaminationRecord) -> None:
    if len(r.measurements) > MAX_MEASUREMENTS:
        problems.append(Problem("measurements", "too_many",
                                f"at most {MAX_MEASUREMENTS} measurements"))
    for i, m in enumerate(r.measurements, start=1):
        _check_enum(problems, f"measurements.{i}.dimension", m.dimension, Dimension, True)
        _check_number(problems, f"measurements.{i}.value", m.value, MAX_LENGTH)
        _check_enum(problems, f"measurements.{i}.unit", m.unit, LengthUnit, True)
        _check_text(problems, f"measurements.{i}.note", m.note, NOTE_LIMIT, False)
    if r.weight_value is not None:
        _check_number(problems, "weight_value", r.weight_value, MAX_WEIGHT)
        if r.weight_unit is None:
            problems.append(Problem("weight_unit", "required", "is required with a weight"))
    elif r.weight_unit is not None:
        problems.append(Problem("weight_value", "required", "is required with a weight unit"))


def _check_pages(problems: list[Problem], r: ExaminationRecord) -> None:
    if len(r.pages) > MAX_PAGES:
        problems.append(Problem("pages", "too_many", f"at most {MAX_PAGES} linked pages"))
    seen: set[int] = set()
    for i, link in enumerate(r.pages, start=1):
        if isinstance(link.page_id, bool) or not isinstance(link.page_id, int):
            problems.append(Problem(f"pages.{i}.page_id", "type", "must be a page id"))
        elif link.page_id in seen:
            problems.append(Problem(f"pages.{i}.page_id", "duplicate",
                                    f"page {link.page_id} is linked twice"))
        else:
            seen.add(link.page_id)
        _check_enum(problems, f"pages.{i}.role", link.role, PageRole, True)
        _check_text(problems, f"pages.{i}.note", link.note, NOTE_LIMIT, False)


def validate_record(record: ExaminationRecord, today: date | None = None) -> list[Problem]:
    """Every problem with *record*'s values; an empty list means it can be stored.

    Nothing is required here: a record may be saved half done. What the application needs
    before it is "examined" is :func:`missing_required`.
    """
    today = today or date.today()
    problems: list[Problem] = []
    _check_enum(problems, "kind", record.kind, ExaminationKind, True)
    for name, limit in SINGLE_LINE_LIMITS.items():
        _check_text(problems, name, getattr(record, name), limit, False)
    for name, limit in MULTI_LINE_LIMITS.items():
        _check_text(problems, name, getattr(record, name), limit, True)
    for name, enum in _ENUMS.items():
        if name != "weight_unit":
            _check_enum(problems, name, getattr(record, name), enum)
    _check_enum(problems, "weight_unit", record.weight_unit, WeightUnit)
    _check_years(problems, record, today)
    _check_measurements(problems, record)
    _check_pages(problems, record)
    return problems


def missing_required(record: ExaminationRecord) -> list[str]:
    """The codes of :data:`REQUIRED_FOR_EXAMINED` that *record* leaves empty, in order."""
    missing = []
    for name in REQUIRED_FOR_EXAMINED:
        value = getattr(record, name)
        if value is None or (isinstance(value, str) and not value.strip()) or value == ():
            missing.append(name)
    return missing
