"""The return of temporarily exported items: per-item returns, their check, the export's state.

A temporary export ends only when every item is back in Kazakhstan in the state the
commission recorded, or is accounted for otherwise (a documented loss). Each item's return
is a row here; the member's return examination is an ordinary examination record of kind
``return`` (the same structure as the original), and the comparison of the two is a pure
function below, so the service, the act and the screen agree on what differs.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from desktop.domain.examination_rules import ExaminationRecord, record_to_json
from desktop.domain.workflow import Status

__all__ = [
    "COMPARED_FIELDS",
    "DUE_SOON_DAYS",
    "CheckResult",
    "ExportState",
    "FieldComparison",
    "ReturnOutcome",
    "compare_records",
    "export_state",
]

DUE_SOON_DAYS = 30
"""An export due back within this many days is shown as "due soon"."""


class ReturnOutcome(StrEnum):
    RETURNED = "returned"
    """The item was presented back to the commission."""
    LOST = "lost"
    """Accounted for otherwise: lost, destroyed or seized, on the strength of a document."""


class CheckResult(StrEnum):
    MATCHES = "matches"
    DIFFERS = "differs"


class ExportState(StrEnum):
    """Where an agreed temporary export stands, for the tracking list and the dashboard."""

    ABROAD = "abroad"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    RETURNED = "returned"
    """Every item is back or accounted for; the return check or its act is pending."""
    CLOSED = "closed"
    """The return act is signed."""


def export_state(status: Status | str, due: date | None, items: int, back: int,
                 today: date) -> ExportState | None:
    """The state of an application's export; None when it is not an agreed export."""
    if status == Status.CLOSED:
        return ExportState.CLOSED
    if status != Status.ISSUED_AGREED:
        return None
    if items and back >= items:
        return ExportState.RETURNED
    if due is None:
        return ExportState.ABROAD
    if due < today:
        return ExportState.OVERDUE
    if due <= today + timedelta(days=DUE_SOON_DAYS):
        return ExportState.DUE_SOON
    return ExportState.ABROAD


# -- comparing the original record with the return record -------------------------------

COMPARED_FIELDS: tuple[str, ...] = (
    "object_type", "title", "material", "technique", "measurements", "weight_value",
    "inscriptions", "features", "condition", "condition_note", "completeness", "hazards",
)
"""What describes the object itself; opinions (value, recommendation) are not compared."""

LENGTH_TOLERANCE = 0.02
"""Two measurements of the same side agree within 2 % (and at least 2 mm)."""
MIN_LENGTH_TOLERANCE_MM = 2.0
WEIGHT_TOLERANCE = 0.02
"""Two weighings agree within 2 % (and at least 1 g)."""

_MM = {"mm": 1.0, "cm": 10.0, "m": 1000.0}
_GRAMS = {"g": 1.0, "kg": 1000.0}


@dataclass(frozen=True)
class FieldComparison:
    field: str
    original: Any
    """The field's value in the original record, as in :func:`record_to_json`."""
    returned: Any
    differs: bool


def _fold(value: Any) -> str:
    text = unicodedata.normalize("NFC", str(value or "")).casefold()
    return " ".join(text.split())


def _same_text(a: Any, b: Any) -> bool:
    """Two texts alike as a reader sees them; texts in both languages
    (``{"kk": …, "ru": …}``) agree in every language written on both sides, and at least
    one language is written on both."""
    if isinstance(a, dict) and isinstance(b, dict):
        common = [lang for lang in a if _fold(a.get(lang)) and _fold(b.get(lang))]
        return bool(common) and all(_fold(a[lang]) == _fold(b[lang]) for lang in common)
    return _fold(a) == _fold(b)


def _same_terms(a: Any, b: Any) -> bool:
    """Two term lists name the same terms, in any order (text from before the vocabulary
    compared as text)."""
    def keys(values: list[Any]) -> set[str]:
        return {_fold(v) if isinstance(v, str) else "|".join(_fold(t) for t in v.values())
                for v in values}
    return keys(a if isinstance(a, list) else [a]) == keys(b if isinstance(b, list) else [b])


def _blank(value: Any) -> bool:
    if isinstance(value, dict):
        return not any(_fold(v) for v in value.values())
    return value in ("", None, [])


def _close(a: float, b: float, tolerance: float, minimum: float) -> bool:
    return abs(a - b) <= max(minimum, tolerance * max(abs(a), abs(b)))


def _same_measurements(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    def by_dimension(rows: list[dict[str, Any]]) -> dict[str, list[float]]:
        sides: dict[str, list[float]] = {}
        for m in rows:
            sides.setdefault(m["dimension"], []).append(m["value"] * _MM[m["unit"]])
        return {k: sorted(v) for k, v in sides.items()}
    sa, sb = by_dimension(a), by_dimension(b)
    if sa.keys() != sb.keys() or any(len(sa[k]) != len(sb[k]) for k in sa):
        return False
    return all(_close(x, y, LENGTH_TOLERANCE, MIN_LENGTH_TOLERANCE_MM)
               for k in sa for x, y in zip(sa[k], sb[k], strict=True))


def _grams(record: dict[str, Any]) -> float | None:
    value, unit = record["weight_value"], record["weight_unit"]
    return None if value is None or unit is None else value * _GRAMS[unit]


def compare_records(original: ExaminationRecord,
                    returned: ExaminationRecord) -> tuple[FieldComparison, ...]:
    """Field by field, whether the return record describes the object the original did.

    Texts are compared without regard to case and spacing; measurements per dimension in
    millimetres and weights in grams, within the tolerances above, so a re-measurement
    that reads 30.1 cm for 30 cm is not a difference. A field empty on both sides is left
    out. The weight is compared in grams and shown with its unit by the caller.
    """
    a, b = record_to_json(original), record_to_json(returned)
    rows = []
    for name in COMPARED_FIELDS:
        if name == "measurements":
            if not a[name] and not b[name]:
                continue
            same = _same_measurements(a[name], b[name])
        elif name == "weight_value":
            ga, gb = _grams(a), _grams(b)
            if ga is None and gb is None:
                continue
            same = ga is not None and gb is not None and _close(ga, gb, WEIGHT_TOLERANCE, 1.0)
        else:
            if _blank(a[name]) and _blank(b[name]):
                continue
            same = _same_terms(a[name], b[name]) if name in ("material", "technique") \
                else _same_text(a[name], b[name])
        rows.append(FieldComparison(name, a[name], b[name], not same))
    return tuple(rows)
