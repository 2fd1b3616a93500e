"""The editors of the registration form and the declarative field rows built from them.

A form section lists its fields as :class:`FieldSpec` (path, label, editor kind, required);
:class:`FieldRow` turns one into a label, an editor and an inline message, and gives the
section one way to read, fill and mark any field. The paths are those of
:class:`desktop.domain.drafts.Problem` (``applicant.surname``), so a problem finds its row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.countries import countries
from desktop.ui.kit.labels import format_date
from desktop.ui.kit.language import interface_language
from desktop.ui.kit.marks import mark_required
from desktop.ui.kit.widgets import InlineMessage

__all__ = [
    "CONTEXT",
    "CountryEditor",
    "DateEditor",
    "EditorKind",
    "FieldRow",
    "FieldSpec",
    "LineEditor",
    "TextBlockEditor",
]

translate = QCoreApplication.translate
"""Short, and still found by ``pyside6-lupdate`` (it reads ``translate("Context", "text")``)."""

CONTEXT = "Registration"
"""The translation context of the form's declared labels (QT_TRANSLATE_NOOP)."""

_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")
_EARLIEST = date(1800, 1, 1)



class LineEditor(QLineEdit):
    """One line of text."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, max_length: int | None = None) -> None:
        super().__init__(parent)
        if max_length:
            self.setMaxLength(max_length)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")

    def input_problem(self) -> str:
        return ""


class TextBlockEditor(QPlainTextEdit):
    """A few lines (an address, requisites, the purpose); Tab moves on, it is not typed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")

    def input_problem(self) -> str:
        return ""


class DateEditor(QLineEdit):
    """A date typed as dd.mm.yyyy (or ddmmyyyy); empty means "not given".

    Typing is faster than a spin box, and an empty field is possible: most dates on the form
    are optional. Leaving the field rewrites what was typed as dd.mm.yyyy.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.]{0,10}"), self))
        self.setPlaceholderText(translate("Registration", "dd.mm.yyyy"))
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self.textChanged.connect(self.changed)

    def value(self) -> date | None:
        """The date, or None when the field is empty or not a date."""
        text = self.text().strip()
        match = _DOTTED.fullmatch(text) or _DIGITS.fullmatch(text)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        return value if value >= _EARLIEST else None

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value) if value else "")

    def input_problem(self) -> str:
        if self.text().strip() and self.value() is None:
            return translate("Registration", "Not a date: write it as dd.mm.yyyy.")
        return ""

    def focusOutEvent(self, event: QFocusEvent) -> None:
        value = self.value()
        if value is not None and self.text() != format_date(value):
            self.set_value(value)
        super().focusOutEvent(event)


class CountryEditor(QComboBox):
    """A country chosen by typing part of its name in the interface language."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, exclude: frozenset[str] = frozenset()
                 ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # Sized for a typical name, not the longest one in the list (that is 40+ letters).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.addItem("", "")
        for code, name in countries(interface_language(), exclude=exclude):
            self.addItem(name, code)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(translate("Registration", "Type to search…"))
        self.editTextChanged.connect(self.changed)

    def _index(self) -> int:
        text = self.currentText().strip()
        if not text:
            return 0
        return self.findText(text, Qt.MatchFlag.MatchFixedString)

    def value(self) -> str:
        """The ISO code, "" when empty or when the text names no country of the list."""
        index = self._index()
        return str(self.itemData(index)) if index > 0 else ""

    def set_value(self, code: str | None) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(max(index, 0))
        self.setEditText(self.itemText(max(index, 0)))

    def input_problem(self) -> str:
        if self._index() < 0:
            return translate("Registration", "Choose a country from the list.")
        return ""


class EditorKind(Enum):
    LINE = LineEditor
    BLOCK = TextBlockEditor
    DATE = DateEditor
    COUNTRY = CountryEditor


@dataclass(frozen=True)
class FieldSpec:
    """One field of the form: the problem path it answers to, its label and its editor."""

    path: str
    label: str
    """Untranslated, marked with ``QT_TRANSLATE_NOOP("Registration", …)``."""
    kind: EditorKind = EditorKind.LINE
    required: bool = False
    max_length: int | None = None
    exclude: frozenset[str] = frozenset()
    """Countries left out of a country field's list."""

    @property
    def name(self) -> str:
        """The last part of the path: the attribute of the domain dataclass."""
        return self.path.rsplit(".", 1)[-1]


Editor = LineEditor | TextBlockEditor | DateEditor | CountryEditor


class FieldRow:
    """A field's label, editor and inline message; knows whether the clerk has touched it."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        self.spec = spec
        self.title = translate(CONTEXT, spec.label)
        self.editor: Editor
        if spec.kind is EditorKind.COUNTRY:
            self.editor = CountryEditor(parent, spec.exclude)
        elif spec.kind is EditorKind.LINE:
            self.editor = LineEditor(parent, spec.max_length)
        else:
            self.editor = spec.kind.value(parent)
        self.editor.setObjectName(spec.path)
        self.editor.setAccessibleName(self.title)
        self.label = QLabel(parent)
        mark_required(self.label, f"{self.title}{' *' if spec.required else ''}:")
        self.label.setBuddy(self.editor)
        self.message = InlineMessage(parent)
        self._parent = parent
        self._container: QWidget | None = None
        self.touched = False

    @property
    def container(self) -> QWidget:
        """The editor with its message below it, for a form layout's field column.

        Built on first use: a section that places the editor and the message itself (two
        dates on one line) never asks for it.
        """
        if self._container is None:
            self._container = QWidget(self._parent)
            box = QVBoxLayout(self._container)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(self.editor)
            box.addWidget(self.message)
        return self._container

    def value(self) -> object:
        return self.editor.value()

    def set_value(self, value: object) -> None:
        self.editor.set_value(value)  # type: ignore[arg-type]

    def input_problem(self) -> str:
        """What is wrong with the typed text itself (not a date, not a country)."""
        return self.editor.input_problem()

    def is_empty(self) -> bool:
        """Nothing but spaces typed."""
        text = self.editor.currentText() if isinstance(self.editor, QComboBox) else \
            self.editor.toPlainText() if isinstance(self.editor, QPlainTextEdit) else \
            self.editor.text()
        return not text.strip()

    def show_problem(self, text: str) -> None:
        self.message.show_message(text)
        self.editor.setAccessibleDescription(text)
