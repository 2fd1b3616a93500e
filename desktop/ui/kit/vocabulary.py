"""The words of the examination form: field names, choice names, and values as text.

The record keeps stable codes (:mod:`desktop.domain.examination_rules`) and terms of the
controlled vocabulary (:mod:`desktop.domain.vocabulary`); this module turns them into the
interface language, for the form, the conflict dialog and messages.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.domain.documents import PageKind
from desktop.domain.drafts import Problem
from desktop.domain.examination_rules import (
    BILINGUAL_FIELDS,
    MAX_ANNEX_DETAILS,
    TERM_FIELDS,
    AnnexLack,
    Completeness,
    ConditionGrade,
    CulturalValue,
    Dimension,
    LengthUnit,
    Originality,
    PageRole,
    Recommendation,
    WeightUnit,
)
from desktop.domain.languages import DOCUMENT_LANGS
from desktop.domain.vocabulary import Vocabulary, bundled_vocabulary
from desktop.messages import sentence
from desktop.messages.terms import term
from desktop.ui.kit.labels import page_kind_name
from desktop.ui.kit.language import interface_language

__all__ = [
    "annex_lack_name",
    "choice_name",
    "display_value",
    "field_name",
    "format_number",
    "language_name",
    "page_label",
    "parse_number",
    "problem_text",
    "term_name",
]

translate = QCoreApplication.translate
"""Short, and still found by ``pyside6-lupdate`` (it reads ``translate("Context", "text")``)."""


_CHOICE_CONTEXT = "ExaminationChoice"
_CHOICES: dict[StrEnum, str] = {
    Originality.ORIGINAL: QT_TRANSLATE_NOOP("ExaminationChoice", "Original"),
    Originality.COPY: QT_TRANSLATE_NOOP("ExaminationChoice", "Copy"),
    Dimension.HEIGHT: QT_TRANSLATE_NOOP("ExaminationChoice", "Height"),
    Dimension.WIDTH: QT_TRANSLATE_NOOP("ExaminationChoice", "Width"),
    Dimension.DEPTH: QT_TRANSLATE_NOOP("ExaminationChoice", "Depth"),
    Dimension.LENGTH: QT_TRANSLATE_NOOP("ExaminationChoice", "Length"),
    Dimension.DIAMETER: QT_TRANSLATE_NOOP("ExaminationChoice", "Diameter"),
    Dimension.THICKNESS: QT_TRANSLATE_NOOP("ExaminationChoice", "Thickness"),
    LengthUnit.MM: QT_TRANSLATE_NOOP("ExaminationChoice", "mm"),
    LengthUnit.CM: QT_TRANSLATE_NOOP("ExaminationChoice", "cm"),
    LengthUnit.M: QT_TRANSLATE_NOOP("ExaminationChoice", "m"),
    WeightUnit.G: QT_TRANSLATE_NOOP("ExaminationChoice", "g"),
    WeightUnit.KG: QT_TRANSLATE_NOOP("ExaminationChoice", "kg"),
    ConditionGrade.GOOD: QT_TRANSLATE_NOOP("ExaminationChoice", "Good"),
    ConditionGrade.FAIR: QT_TRANSLATE_NOOP("ExaminationChoice", "Fair"),
    ConditionGrade.POOR: QT_TRANSLATE_NOOP("ExaminationChoice", "Poor"),
    ConditionGrade.UNACCEPTABLE: QT_TRANSLATE_NOOP("ExaminationChoice", "Unacceptable"),
    Completeness.COMPLETE: QT_TRANSLATE_NOOP("ExaminationChoice", "Complete"),
    Completeness.INCOMPLETE: QT_TRANSLATE_NOOP("ExaminationChoice", "Incomplete"),
    Completeness.FRAGMENTED: QT_TRANSLATE_NOOP("ExaminationChoice", "Fragmented"),
    CulturalValue.HAS: QT_TRANSLATE_NOOP("ExaminationChoice", "Has cultural value"),
    CulturalValue.HAS_NOT: QT_TRANSLATE_NOOP("ExaminationChoice", "Has no cultural value"),
    Recommendation.RECOMMENDED: QT_TRANSLATE_NOOP("ExaminationChoice", "Recommended"),
    Recommendation.NOT_RECOMMENDED: QT_TRANSLATE_NOOP("ExaminationChoice", "Not recommended"),
    PageRole.OVERALL: QT_TRANSLATE_NOOP("ExaminationChoice", "Overall view"),
    PageRole.DETAIL: QT_TRANSLATE_NOOP("ExaminationChoice", "Detail"),
    PageRole.INSCRIPTION: QT_TRANSLATE_NOOP("ExaminationChoice", "Inscription"),
    PageRole.MARK: QT_TRANSLATE_NOOP("ExaminationChoice", "Mark"),
    PageRole.DAMAGE: QT_TRANSLATE_NOOP("ExaminationChoice", "Damage"),
    PageRole.REPAIR: QT_TRANSLATE_NOOP("ExaminationChoice", "Repair"),
}

ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "originality": Originality, "weight_unit": WeightUnit, "condition": ConditionGrade,
    "completeness": Completeness, "cultural_value": CulturalValue,
    "recommendation": Recommendation,
}


_ANNEX_CONTEXT = "AnnexLack"
_ANNEX_LACKS: dict[str, str] = {
    "agreed": QT_TRANSLATE_NOOP("AnnexLack", "no agreed result yet"),
    AnnexLack.OVERALL_VIEW: QT_TRANSLATE_NOOP("AnnexLack", "no overall view chosen"),
    AnnexLack.SCALE: QT_TRANSLATE_NOOP("AnnexLack", "none shows a scale"),
    AnnexLack.TOO_MANY_DETAILS: QT_TRANSLATE_NOOP("AnnexLack", "more than %1 details chosen"),
}


def annex_lack_name(code: str) -> str:
    """What an item's choice of photos for the identification annex lacks, in words."""
    source = _ANNEX_LACKS.get(code)
    if source is None:
        return code
    return translate(_ANNEX_CONTEXT, source).replace("%1", str(MAX_ANNEX_DETAILS))


def field_name(field: str) -> str:
    """A record field's label (``title`` → "Name"); unknown codes stay as they are."""
    return term("field", field, translate)


def choice_name(value: StrEnum | str, enum: type[StrEnum] | None = None) -> str:
    """The name of a choice; *enum* resolves a plain string code."""
    if enum is not None and not isinstance(value, StrEnum):
        value = enum(value)
    source = _CHOICES.get(value) if isinstance(value, StrEnum) else None
    return translate(_CHOICE_CONTEXT, source) if source else str(value)


_LANGUAGES: dict[str, str] = {
    "kk": QT_TRANSLATE_NOOP("ExaminationValue", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("ExaminationValue", "Russian"),
}


def language_name(lang: str) -> str:
    """A document language's name: "Kazakh", "Russian"."""
    return translate("ExaminationValue", _LANGUAGES[lang])


def term_name(kind: str, value: Any, vocabulary: Vocabulary | None = None) -> str:
    """A term's text in the interface language; text kept from before the vocabulary is
    shown as written, marked as not a term."""
    if isinstance(value, dict):
        text = next((value[lang] for lang in DOCUMENT_LANGS if value.get(lang)), "")
        return translate("ExaminationValue", "«%1» (not in the vocabulary)").replace(
            "%1", text)
    if not value:
        return ""
    return (vocabulary or bundled_vocabulary()).label(kind, str(value), interface_language())


def format_number(value: float | None) -> str:
    """A measurement as the interface's locale writes it, without trailing zeros."""
    if value is None:
        return ""
    text = f"{value:.6g}" if abs(value) < 1e15 else str(value)
    return text.replace(".", QLocale().decimalPoint())


def parse_number(text: str) -> float | None:
    """A number typed with a point or a comma; None when empty or not a number."""
    text = text.strip().replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def page_label(position: int, kind: PageKind | str) -> str:
    """How a page is named in lists and links: "Page 3 · Photo"."""
    return translate("ExaminationValue", "Page %1 · %2").replace(
        "%1", str(position)).replace("%2", page_kind_name(PageKind(kind)))


def _measurement_text(m: dict[str, Any]) -> str:
    text = (f"{choice_name(m['dimension'], Dimension)} {format_number(m.get('value'))} "
            f"{choice_name(m['unit'], LengthUnit)}")
    return f"{text} ({m['note']})" if m.get("note") else text


def _page_text(p: dict[str, Any], page_label: dict[int, str]) -> str:
    parts = [page_label.get(p["page_id"], f"#{p['page_id']}"),
             choice_name(p["role"], PageRole)]
    if p.get("shows_scale"):
        parts.append(translate("ExaminationValue", "with a scale"))
    if p.get("for_annex"):
        parts.append(translate("ExaminationValue", "for the annex"))
    if p.get("note"):
        parts.append(p["note"])
    return ", ".join(parts)


def display_value(field: str, value: Any, page_label: dict[int, str] | None = None,
                  vocabulary: Vocabulary | None = None) -> str:
    """A field's JSON value (see ``record_to_json``) as one readable text: a text in both
    languages as a line per language, terms by their names."""
    if value is None or value == "" or value == []:
        return "—"
    if field in BILINGUAL_FIELDS and isinstance(value, dict):
        lines = [f"{language_name(lang)}: {value[lang]}" for lang in DOCUMENT_LANGS
                 if value.get(lang)]
        return "\n".join(lines) or "—"
    if field in TERM_FIELDS:
        return ", ".join(term_name(field, v, vocabulary)
                         for v in (value if isinstance(value, list) else [value]))
    if field in ENUM_FIELDS:
        return choice_name(value, ENUM_FIELDS[field])
    if field == "measurements":
        return "\n".join(_measurement_text(m) for m in value)
    if field == "pages":
        return "\n".join(_page_text(p, page_label or {}) for p in value)
    if field == "weight_value":
        return format_number(value)
    return str(value)


def problem_text(problem: Problem) -> str:
    """"Dimensions: Must be more than 0 and at most 1000." in the interface language."""
    reason = sentence(problem.key, problem.values, translate) or problem.message
    return f"{field_name(problem.field.split('.')[0])}: {reason}"
