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
from desktop.domain.errors import ConflictError, Detail, DomainError
from desktop.domain.languages import DOCUMENT_LANGS, NO_TEXT, Bilingual, guess_language
from desktop.domain.vocabulary import Vocabulary

__all__ = [
    "BILINGUAL_FIELDS",
    "CONTENT_FIELDS",
    "FIELD_LABELS",
    "MAX_ANNEX_DETAILS",
    "REQUIRED_FOR_EXAMINED",
    "TERM_FIELDS",
    "AnnexChoice",
    "AnnexLack",
    "Coded",
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
    "GapKind",
    "LanguagesIncomplete",
    "LengthUnit",
    "Measurement",
    "Missing",
    "Originality",
    "PageLink",
    "PageRole",
    "Recommendation",
    "Untranslated",
    "ValidationFailed",
    "WeightUnit",
    "annex_choice",
    "changed_fields",
    "describe_missing",
    "describe_untranslated",
    "field_from_json",
    "field_to_json",
    "language_gaps",
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


Coded = str | Bilingual
"""A value of a term field: the code of a vocabulary term (``silver``), or text written
before the vocabulary existed, kept until a member replaces it with a term."""


@dataclass(frozen=True)
class ExaminationRecord:
    """One opinion or agreed result on one item: a snapshot, never an ORM object.

    What the documents print is in both their languages: a term field holds codes of the
    vocabulary, a text field a :class:`Bilingual` text; a name (``maker_name``) is written
    once. Text is stored exactly as given. The fields after ``remarks`` describe the stored
    record; the service fills them when reading and ignores them when saving, except
    ``author_id`` of an opinion, which must be the saving member's own.
    """

    kind: ExaminationKind
    originality: Originality | None = None
    object_type: Coded = ""
    title: Bilingual = NO_TEXT
    subject: Bilingual = NO_TEXT
    maker_name: str = ""
    """The author's or maker's name, written once (a proper name is not translated)."""
    maker: Bilingual = NO_TEXT
    """The maker when no name is known: "unknown master", a workshop, a school."""
    dating: Bilingual = NO_TEXT
    """Time of creation as written: a date or a period ("late 19th century")."""
    year_from: int | None = None
    year_to: int | None = None
    place_of_creation: Bilingual = NO_TEXT
    material: tuple[Coded, ...] = ()
    technique: tuple[Coded, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    weight_value: float | None = None
    weight_unit: WeightUnit | None = None
    inscriptions: Bilingual = NO_TEXT
    features: Bilingual = NO_TEXT
    """Distinguishing features."""
    condition: ConditionGrade | None = None
    condition_note: Bilingual = NO_TEXT
    """Damages and restorations."""
    completeness: Completeness | None = None
    hazards: Bilingual = NO_TEXT
    description: Bilingual = NO_TEXT
    pages: tuple[PageLink, ...] = ()
    cultural_value: CulturalValue | None = None
    recommendation: Recommendation | None = None
    remarks: Bilingual = NO_TEXT

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
    "title": 500, "maker_name": 500, "maker": 500, "dating": 500, "place_of_creation": 500,
}
MULTI_LINE_LIMITS = {
    "subject": 10_000, "inscriptions": 10_000, "features": 10_000, "condition_note": 10_000,
    "hazards": 10_000, "description": 10_000, "remarks": 10_000,
}
BILINGUAL_FIELDS: tuple[str, ...] = (
    "title", "subject", "maker", "dating", "place_of_creation", "inscriptions", "features",
    "condition_note", "hazards", "description", "remarks",
)
"""The text fields kept in Kazakh and in Russian, in form order."""
TERM_FIELDS: tuple[str, ...] = ("object_type", "material", "technique")
"""The fields whose values are vocabulary terms; each is named as its kind of term."""
MAX_TERMS = 20
"""Terms one material or technique field may list."""
_CODE_SHAPE = "abcdefghijklmnopqrstuvwxyz0123456789_"
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
    "subject": "subject",
    "maker": "maker",
    "dating": "date or period",
    "place_of_creation": "place of creation",
    "material": "material",
    "technique": "technique",
    "measurements": "dimensions",
    "inscriptions": "inscriptions",
    "features": "distinguishing features",
    "condition": "state of preservation",
    "condition_note": "damage and repairs",
    "hazards": "hazards",
    "description": "description",
    "cultural_value": "cultural value",
    "recommendation": "recommendation",
    "remarks": "remarks",
    "purpose": "purpose",
    "occupation": "occupation",
}
"""English names for messages and logs; the UI translates the field codes itself."""


class ExaminationError(DomainError):
    code = "examination"


class ExaminationClosed(ExaminationError):
    """The application is not under examination, so its records cannot change."""

    code = "examination_closed"
    terms = ("", "status")

    def __init__(self, number: str, status: str) -> None:
        super().__init__(
            f"application {number} is in the status '{status}'; examination records can be "
            "saved only while it is 'under_examination'", number, status
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
    """The agreed results lack required fields; a detail names each (item, field)."""

    code = "examination_incomplete"

    def __init__(self, missing: list[Missing]) -> None:
        super().__init__(f"the examination is not complete: {describe_missing(missing)}",
                         details=[Detail("examination_incomplete.no_result"
                                         if m.field == "agreed" else
                                         "examination_incomplete.field",
                                         (str(m.position), m.item_name, m.field),
                                         terms=("", "", "field")) for m in missing])
        self.missing = missing


class ExaminationConflict(ConflictError):
    """Someone saved the record after the caller read it; both versions travel with it.

    ``mine`` is what the caller tried to save (nothing of it was written), ``theirs`` the
    stored record with its version, author of the change and time.
    """

    reason = "examination"

    def __init__(self, mine: ExaminationRecord, theirs: ExaminationRecord,
                 expected_version: int | None) -> None:
        saved_at = theirs.updated_at.isoformat(timespec="seconds") if theirs.updated_at else "?"
        base = "no record" if expected_version is None else f"version {expected_version}"
        super().__init__(
            f"the {theirs.kind} record was saved by {theirs.updated_by_name} at {saved_at} "
            f"(version {theirs.version}) after you opened {base}; compare the two and save "
            "again on top of theirs if yours should stand",
            theirs.updated_by_name
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


def field_to_json(value: Any) -> Any:
    """A field's value as :func:`record_to_json` writes it."""
    if isinstance(value, Bilingual):
        return value.to_json()
    if isinstance(value, tuple):
        return [field_to_json(v) if isinstance(v, str | Bilingual)
                else {f.name: field_to_json(getattr(v, f.name)) for f in fields(v)}
                for v in value]
    if isinstance(value, StrEnum):
        return value.value
    return value


def record_to_json(record: ExaminationRecord) -> dict[str, Any]:
    """The content fields as JSON-ready values (for the audit, drafts and comparisons):
    a bilingual text is ``{"kk": …, "ru": …}``, a term its code (text from before the
    vocabulary: ``{"kk": …, "ru": …}``), a term list a list of those."""
    return {name: field_to_json(getattr(record, name)) for name in CONTENT_FIELDS}


def record_from_json(kind: ExaminationKind, data: dict[str, Any]) -> ExaminationRecord:
    """The inverse of :func:`record_to_json`; unknown keys are ignored.

    Values written before the two languages were kept apart (plain text for a bilingual
    field or a term) are read as text in the language they look like.
    Raises :class:`ValidationFailed` naming the field whose value cannot be read.
    """
    values: dict[str, Any] = {}
    for name in CONTENT_FIELDS:
        if name not in data:
            continue
        try:
            values[name] = field_from_json(name, data[name])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationFailed([Problem(name, "unreadable", f"cannot be read: {exc}")]) \
                from exc
    return ExaminationRecord(kind=ExaminationKind(kind), **values)


def is_code(value: str) -> bool:
    """Whether *value* has the shape of a vocabulary code (not of text)."""
    return bool(value) and value[0].isascii() and value[0].isalpha() \
        and all(ch in _CODE_SHAPE for ch in value)


def _coded(value: Any) -> Coded:
    if isinstance(value, str):
        return value if not value or is_code(value) else Bilingual(**{guess_language(value):
                                                                     value})
    return Bilingual.from_json(value)


def field_from_json(name: str, value: Any) -> Any:
    """The value of field *name* from its JSON form (see :func:`record_from_json`)."""
    if name in _ENUMS and value is not None:
        return _ENUMS[name](value)
    if name in BILINGUAL_FIELDS:
        return Bilingual.from_json(value)
    if name == "object_type":
        return _coded(value)
    if name in TERM_FIELDS:
        if isinstance(value, str):  # one text, from before the vocabulary
            return (_coded(value),) if value else ()
        return tuple(_coded(v) for v in value)
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
                                f"is {len(value)} characters long; the limit is {limit}",
                                (str(limit),)))
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
        problems.append(Problem(path, "positive_range",
                                f"must be more than 0 and at most {limit:g}", (f"{limit:g}",)))


def _check_years(problems: list[Problem], r: ExaminationRecord, today: date) -> None:
    for name in ("year_from", "year_to"):
        year = getattr(r, name)
        if year is None:
            continue
        if isinstance(year, bool) or not isinstance(year, int):
            problems.append(Problem(name, "type", "must be a whole year"))
        elif not EARLIEST_YEAR <= year <= today.year:
            problems.append(Problem(name, "range",
                                    f"must be between {EARLIEST_YEAR} and {today.year}",
                                    (str(EARLIEST_YEAR), str(today.year))))
    if (isinstance(r.year_from, int) and isinstance(r.year_to, int)
            and r.year_from > r.year_to):
        problems.append(Problem("year_to", "order", "is earlier than the year from",
                                (str(r.year_from),)))


def _check_measurements(problems: list[Problem], r: ExaminationRecord) -> None:
    if len(r.measurements) > MAX_MEASUREMENTS:
        problems.append(Problem("measurements", "too_many",
                                f"at most {MAX_MEASUREMENTS} measurements",
                                (str(MAX_MEASUREMENTS),)))
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
        problems.append(Problem("pages", "too_many", f"at most {MAX_PAGES} linked pages",
                                (str(MAX_PAGES),)))
    seen: set[int] = set()
    for i, link in enumerate(r.pages, start=1):
        if isinstance(link.page_id, bool) or not isinstance(link.page_id, int):
            problems.append(Problem(f"pages.{i}.page_id", "type", "must be a page id"))
        elif link.page_id in seen:
            problems.append(Problem(f"pages.{i}.page_id", "duplicate",
                                    f"page {link.page_id} is linked twice",
                                    (str(link.page_id),)))
        else:
            seen.add(link.page_id)
        _check_enum(problems, f"pages.{i}.role", link.role, PageRole, True)
        _check_text(problems, f"pages.{i}.note", link.note, NOTE_LIMIT, False)


def _check_bilingual(problems: list[Problem], path: str, value: object, limit: int,
                     multi_line: bool) -> None:
    if not isinstance(value, Bilingual):
        problems.append(Problem(path, "type", "must be text in Kazakh and Russian"))
        return
    for lang in DOCUMENT_LANGS:
        _check_text(problems, f"{path}.{lang}", value.get(lang), limit, multi_line)


def _check_term(problems: list[Problem], path: str, kind: str, value: object,
                vocabulary: Vocabulary | None) -> None:
    if isinstance(value, Bilingual):  # text from before the vocabulary: kept, not checked
        _check_bilingual(problems, path, value, 1000, False)
    elif not isinstance(value, str) or (value and not is_code(value)):
        problems.append(Problem(path, "type", "must be a term of the vocabulary"))
    elif value and vocabulary is not None and vocabulary.get(kind, value) is None:
        problems.append(Problem(path, "unknown", f"'{value}' is not a {kind} of the "
                                                 "vocabulary"))


def _check_terms(problems: list[Problem], r: ExaminationRecord,
                 vocabulary: Vocabulary | None) -> None:
    _check_term(problems, "object_type", "object_type", r.object_type, vocabulary)
    for name in ("material", "technique"):
        values = getattr(r, name)
        if not isinstance(values, tuple):
            problems.append(Problem(name, "type", "must be a list of terms"))
            continue
        if len(values) > MAX_TERMS:
            problems.append(Problem(name, "too_many", f"at most {MAX_TERMS} terms"))
        for i, value in enumerate(values, start=1):
            _check_term(problems, f"{name}.{i}", name, value, vocabulary)
            if not value or value in values[:i - 1]:
                problems.append(Problem(f"{name}.{i}", "duplicate",
                                        "is empty or listed twice"))


def validate_record(record: ExaminationRecord, today: date | None = None,
                    vocabulary: Vocabulary | None = None) -> list[Problem]:
    """Every problem with *record*'s values; an empty list means it can be stored.

    Nothing is required here: a record may be saved half done. What the application needs
    before it is "examined" is :func:`missing_required` and :func:`language_gaps`. Codes
    are checked against *vocabulary* when it is given.
    """
    today = today or date.today()
    problems: list[Problem] = []
    _check_enum(problems, "kind", record.kind, ExaminationKind, True)
    for name, limit in SINGLE_LINE_LIMITS.items():
        if name in BILINGUAL_FIELDS:
            _check_bilingual(problems, name, getattr(record, name), limit, False)
        else:
            _check_text(problems, name, getattr(record, name), limit, False)
    for name, limit in MULTI_LINE_LIMITS.items():
        _check_bilingual(problems, name, getattr(record, name), limit, True)
    _check_terms(problems, record, vocabulary)
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
        if value is None or not value or (isinstance(value, str) and not value.strip()):
            missing.append(name)
    return missing


class GapKind(StrEnum):
    """Why a field of an agreed result cannot be printed in every document language."""

    LANGUAGE = "language"
    """A text is written in one language and not in the other (``detail``: the lacking
    language)."""
    FREE_TEXT = "free_text"
    """A term field holds text from before the vocabulary (``detail``: the text); a term
    of the vocabulary must replace it."""
    UNKNOWN_TERM = "unknown_term"
    """A code the vocabulary does not have (``detail``: the code)."""


@dataclass(frozen=True)
class Untranslated:
    """A text that a document could not print in its language: a field of an item's agreed
    result, or (``position`` 0, ``item_name`` the application's number) the application's
    purpose or the applicant's occupation as the documents word them."""

    position: int
    item_name: str
    field: str
    kind: GapKind
    detail: str


def language_gaps(record: ExaminationRecord, vocabulary: Vocabulary,
                  langs: tuple[str, ...] = DOCUMENT_LANGS) -> list[tuple[str, GapKind, str]]:
    """``(field, kind, detail)`` for every value of *record* that a document in one of
    *langs* could not print wholly in its language, in form order."""
    gaps: list[tuple[str, GapKind, str]] = []
    for name in CONTENT_FIELDS:
        value = getattr(record, name)
        if name in BILINGUAL_FIELDS:
            gaps += [(name, GapKind.LANGUAGE, lang) for lang in value.lacking(langs)]
        elif name in TERM_FIELDS:
            for term in (value,) if name == "object_type" else value:
                if isinstance(term, Bilingual):
                    text = next(term.get(lang) for lang in DOCUMENT_LANGS if term.get(lang))
                    gaps.append((name, GapKind.FREE_TEXT, text))
                elif term and vocabulary.get(name, term) is None:
                    gaps.append((name, GapKind.UNKNOWN_TERM, term))
    return gaps


def describe_untranslated(gaps: list[Untranslated]) -> str:
    """``item 2 «Домбыра»: subject (ru), material «қарағай» (not a term)`` in English."""
    by_item: dict[tuple[int, str], list[str]] = {}
    for gap in gaps:
        label = FIELD_LABELS.get(gap.field, gap.field)
        text = {GapKind.LANGUAGE: f"{label} ({gap.detail})",
                GapKind.FREE_TEXT: f"{label} «{gap.detail}» (not a term of the vocabulary)",
                GapKind.UNKNOWN_TERM: f"{label} {gap.detail} (unknown term)"}[gap.kind]
        by_item.setdefault((gap.position, gap.item_name), []).append(text)
    return "; ".join(
        f"{f'item {pos} «{name}»' if pos else f'application {name}'}: {', '.join(texts)}"
        for (pos, name), texts in by_item.items()
    )


class LanguagesIncomplete(ExaminationError):
    """The documents cannot be printed wholly in each of their languages yet."""

    reason = "languages_incomplete"

    def __init__(self, gaps: list[Untranslated]) -> None:
        described = describe_untranslated(gaps)
        super().__init__(f"the agreed results are not in every document language yet: "
                         f"{described}",
                         details=[Detail(_GAP_KEYS[g.kind, g.detail if g.kind == GapKind.LANGUAGE
                                                   else "", bool(g.position)],
                                         (str(g.position), g.item_name, g.field, g.detail),
                                         terms=("", "", "field"))
                                  for g in gaps])
        self.gaps = gaps


_GAP_KEYS = {
    (GapKind.LANGUAGE, "kk", True): "untranslated.no_kk",
    (GapKind.LANGUAGE, "ru", True): "untranslated.no_ru",
    (GapKind.FREE_TEXT, "", True): "untranslated.free_text",
    (GapKind.UNKNOWN_TERM, "", True): "untranslated.unknown_term",
    (GapKind.LANGUAGE, "kk", False): "untranslated.texts_no_kk",
    (GapKind.LANGUAGE, "ru", False): "untranslated.texts_no_ru",
}
"""The sentence of each kind of gap, in an item's record or (position 0) in the
application's own texts: a text lacking one of the documents' languages, a term missing."""
