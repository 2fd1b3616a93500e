"""The examination form's fields, declared once, and the binders between widgets and values.

:data:`FIELDS` says, for every content field of :class:`ExaminationRecord`, which section it
belongs to and which kind of editor shows it; the form is built from that list. A binder
owns one editor and speaks the record's JSON values (see ``record_to_json``): text, a text
in Kazakh and Russian, a term of the vocabulary or a list of them, a choice code or None, a
whole year, a number, or a list of rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from PySide6.QtCore import QObject, QRegularExpression, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain.examination_rules import (
    Completeness,
    ConditionGrade,
    CulturalValue,
    Originality,
    Recommendation,
    WeightUnit,
)
from desktop.domain.vocabulary import Vocabulary
from desktop.ui.examination.rows import MeasurementRows, PageLinkRows
from desktop.ui.kit.language_editors import BilingualEdit, TermChoice, TermList
from desktop.ui.kit.marks import show_read_only
from desktop.ui.kit.retranslate import translated
from desktop.ui.kit.vocabulary import (
    choice_name,
    field_name,
    format_number,
    parse_number,
)

__all__ = ["FIELDS", "SECTIONS", "Binder", "FieldSpec", "Kind", "make_binder"]


class Kind(Enum):
    LINE = "line"
    LINES = "lines"
    """A line in Kazakh and one in Russian."""
    TEXTS = "texts"
    """A few lines in Kazakh and in Russian."""
    TERM = "term"
    TERMS = "terms"
    CHOICE = "choice"
    YEAR = "year"
    NUMBER = "number"
    MEASUREMENTS = "measurements"
    PAGES = "pages"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    section: str
    enum: type[StrEnum] | None = None


SECTIONS: tuple[str, ...] = (
    "identification", "description", "measurements", "condition", "pages", "assessment",
)

_L, _L2, _T2, _C, _Y, _N = (Kind.LINE, Kind.LINES, Kind.TEXTS, Kind.CHOICE, Kind.YEAR,
                            Kind.NUMBER)
FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("object_type", Kind.TERM, "identification"),
    FieldSpec("title", _L2, "identification"),
    FieldSpec("originality", _C, "identification", Originality),
    FieldSpec("maker_name", _L, "identification"),
    FieldSpec("maker", _L2, "identification"),
    FieldSpec("dating", _L2, "identification"),
    FieldSpec("year_from", _Y, "identification"),
    FieldSpec("year_to", _Y, "identification"),
    FieldSpec("place_of_creation", _L2, "identification"),
    FieldSpec("subject", _T2, "identification"),
    FieldSpec("material", Kind.TERMS, "description"),
    FieldSpec("technique", Kind.TERMS, "description"),
    FieldSpec("inscriptions", _T2, "description"),
    FieldSpec("features", _T2, "description"),
    FieldSpec("description", _T2, "description"),
    FieldSpec("measurements", Kind.MEASUREMENTS, "measurements"),
    FieldSpec("weight_value", _N, "measurements"),
    FieldSpec("weight_unit", _C, "measurements", WeightUnit),
    FieldSpec("condition", _C, "condition", ConditionGrade),
    FieldSpec("completeness", _C, "condition", Completeness),
    FieldSpec("condition_note", _T2, "condition"),
    FieldSpec("hazards", _T2, "condition"),
    FieldSpec("pages", Kind.PAGES, "pages"),
    FieldSpec("cultural_value", _C, "assessment", CulturalValue),
    FieldSpec("recommendation", _C, "assessment", Recommendation),
    FieldSpec("remarks", _T2, "assessment"),
)


class Binder(QObject):
    """One field's editor. ``edited(field, value, typing)`` fires on the user's changes only;
    *typing* marks keystrokes in text, which the undo stack merges."""

    edited = Signal(str, object, bool)

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        super().__init__(widget)
        self.spec = spec
        self.widget = widget
        self._setting = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show *value* without reporting it as an edit."""
        if self.value() == value:
            return
        self._setting = True
        try:
            self._show(value)
        finally:
            self._setting = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def mark(self, paths: set[str], style: str) -> None:
        """Outline the editor when a problem names the field (*paths*: the problems'
        fields below this one, e.g. "ru" of "subject.ru"; empty: none)."""
        self.widget.setStyleSheet(style if paths else "")

    def focus_target(self) -> QWidget:
        """The widget that takes the focus for the field (its label's buddy)."""
        return self.widget

    def focus(self) -> None:
        self.focus_target().setFocus()

    def _emit(self, typing: bool) -> None:
        if not self._setting:
            self.edited.emit(self.spec.name, self.value(), typing)


class _LineBinder(Binder):
    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, QLineEdit(parent))
        self.edit: QLineEdit = self.widget  # type: ignore[assignment]
        self.edit.textEdited.connect(self._typed)

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self._emit(True)

    def value(self) -> Any:
        return self.edit.text()

    def _show(self, value: Any) -> None:
        self.edit.setText(value or "")

    def set_read_only(self, read_only: bool) -> None:
        show_read_only(self.edit, read_only)


class _ChoiceBinder(Binder):
    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        assert spec.enum is not None
        super().__init__(spec, QComboBox(parent))
        self.combo: QComboBox = self.widget  # type: ignore[assignment]
        self.combo.addItem("—", None)
        members = list(spec.enum)
        for member in members:
            self.combo.addItem("", member.value)
        translated(self.combo, lambda: [self.combo.setItemText(i, choice_name(member))
                                        for i, member in enumerate(members, start=1)])
        self.combo.currentIndexChanged.connect(lambda _i: self._emit(False))

    def value(self) -> Any:
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(0, index))


class _NumberBinder(Binder):
    """A year (whole, may be negative: BC) or a weight (a point or a comma)."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, QLineEdit(parent))
        self.edit: QLineEdit = self.widget  # type: ignore[assignment]
        pattern = r"-?\d{0,5}" if spec.kind == Kind.YEAR else r"\d{0,7}([.,]\d{0,4})?"
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern),
                                                           self.edit))
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0") * 12 + 16)
        self.edit.textEdited.connect(lambda _t: self._emit(True))

    def value(self) -> Any:
        number = parse_number(self.edit.text())
        if number is None or self.spec.kind != Kind.YEAR:
            return number
        return int(number)

    def _show(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value) if self.spec.kind == Kind.YEAR
                          else format_number(value))

    def set_read_only(self, read_only: bool) -> None:
        show_read_only(self.edit, read_only)


class _RowsBinder(Binder):
    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        rows = MeasurementRows(parent) if spec.kind == Kind.MEASUREMENTS else PageLinkRows(parent)
        super().__init__(spec, rows)
        self.rows = rows
        self.rows.edited.connect(lambda typing: self._emit(typing))

    def value(self) -> Any:
        return self.rows.value()

    def _show(self, value: Any) -> None:
        self.rows.set_value(value or [])

    def set_read_only(self, read_only: bool) -> None:
        self.rows.set_read_only(read_only)


class _BilingualBinder(Binder):
    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, BilingualEdit(field_name(spec.name), spec.kind == Kind.TEXTS,
                                             parent))
        self.edit: BilingualEdit = self.widget  # type: ignore[assignment]
        self.edit.edited.connect(self._emit)

    def value(self) -> Any:
        return self.edit.value()

    def _show(self, value: Any) -> None:
        self.edit.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.set_read_only(read_only)

    def mark(self, paths: set[str], style: str) -> None:
        self.edit.mark(set(self.edit.editors) if "" in paths else paths, style)

    def focus_target(self) -> QWidget:
        return next(iter(self.edit.editors.values()))


class _TermBinder(Binder):
    """One term (TermChoice) or a list of them (TermList) of the field's kind."""

    def __init__(self, spec: FieldSpec, parent: QWidget, vocabulary: Vocabulary) -> None:
        editor: TermChoice | TermList = (
            TermChoice(spec.name, vocabulary, parent) if spec.kind == Kind.TERM
            else TermList(spec.name, field_name(spec.name), vocabulary, parent))
        super().__init__(spec, editor)
        self.editor = editor
        editor.edited.connect(self._emit)

    def value(self) -> Any:
        return self.editor.value()

    def _show(self, value: Any) -> None:
        self.editor.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        if isinstance(self.editor, TermList):
            self.editor.set_read_only(read_only)
        else:
            self.editor.setEnabled(not read_only)

    def mark(self, paths: set[str], style: str) -> None:
        self.focus_target().setStyleSheet(style if paths else "")

    def focus_target(self) -> QWidget:
        return self.editor.list if isinstance(self.editor, TermList) else self.editor


def make_binder(spec: FieldSpec, parent: QWidget, vocabulary: Vocabulary) -> Binder:
    match spec.kind:
        case Kind.LINE:
            return _LineBinder(spec, parent)
        case Kind.LINES | Kind.TEXTS:
            return _BilingualBinder(spec, parent)
        case Kind.TERM | Kind.TERMS:
            return _TermBinder(spec, parent, vocabulary)
        case Kind.CHOICE:
            return _ChoiceBinder(spec, parent)
        case Kind.YEAR | Kind.NUMBER:
            return _NumberBinder(spec, parent)
        case _:
            return _RowsBinder(spec, parent)
