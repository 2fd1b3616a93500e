"""Editors for what the documents print in their own language: a text in Kazakh and
Russian side by side, and terms chosen from the controlled vocabulary.

Each speaks the record's JSON values (see ``record_to_json``): ``{"kk": …, "ru": …}`` for a
text, a code (or text kept from before the vocabulary, ``{"kk": …, "ru": …}``) for a term,
a list of those for a term list. ``edited(typing)`` fires on the user's changes only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.languages import DOCUMENT_LANGS
from desktop.domain.text import fold, sort_key
from desktop.domain.vocabulary import Vocabulary
from desktop.ui.kit.marks import show_read_only
from desktop.ui.kit.retranslate import translated
from desktop.ui.kit.theme import Tone, set_tone
from desktop.ui.kit.vocabulary import language_name, term_name

__all__ = ["BilingualEdit", "TermChoice", "TermList"]

_CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _value_key(value: Any) -> str:
    """A hashable key for a term value (a code, or text from before the vocabulary)."""
    if isinstance(value, dict):
        return "text:" + "|".join(str(value.get(lang, "")) for lang in DOCUMENT_LANGS)
    return str(value)


class BilingualEdit(QWidget):
    """One text in Kazakh and in Russian, side by side, each under its language's name."""

    edited = Signal(bool)

    def __init__(self, name: str, multi_line: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.multi_line = multi_line
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        for col, lang in enumerate(DOCUMENT_LANGS):
            caption = QLabel(self)
            translated(caption, lambda c=caption, code=lang: c.setText(language_name(code)))
            set_tone(caption, Tone.HINT)
            editor: QLineEdit | QPlainTextEdit
            if multi_line:
                editor = QPlainTextEdit(self)
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 14)
                editor.textChanged.connect(self._typed)
            else:
                editor = QLineEdit(self)
                editor.textEdited.connect(self._typed)
            editor.setAccessibleName(f"{name} ({language_name(lang)})")
            caption.setBuddy(editor)
            grid.addWidget(caption, 0, col)
            grid.addWidget(editor, 1, col)
            grid.setColumnStretch(col, 1)
            self.editors[lang] = editor
        self._setting = False

    @Slot()
    def _typed(self) -> None:
        if not self._setting:
            self.edited.emit(True)

    def value(self) -> dict[str, str]:
        return {lang: e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()
                for lang, e in self.editors.items()}

    def set_value(self, value: Any) -> None:
        texts = value if isinstance(value, dict) else {}
        self._setting = True
        try:
            for lang, editor in self.editors.items():
                text = str(texts.get(lang) or "")
                if isinstance(editor, QPlainTextEdit):
                    if editor.toPlainText() != text:
                        editor.setPlainText(text)
                elif editor.text() != text:
                    editor.setText(text)
        finally:
            self._setting = False

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            show_read_only(editor, read_only)

    def mark(self, langs: set[str], style: str) -> None:
        """Outline the editors of *langs* with *style* (the others plain)."""
        for lang, editor in self.editors.items():
            editor.setStyleSheet(style if lang in langs else "")


class TermChoice(QComboBox):
    """One term of a kind (the object type), by its name in the interface language."""

    edited = Signal(bool)

    def __init__(self, kind: str, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.addItem("—", "")
        for term in sorted(vocabulary.terms(kind), key=lambda t: sort_key(
                term_name(kind, t.code, vocabulary))):
            self.addItem(term_name(kind, term.code, vocabulary), term.code)
        self._terms = self.count()
        self._setting = False
        self.currentIndexChanged.connect(self._chosen)

    @Slot(int)
    def _chosen(self, _index: int) -> None:
        if not self._setting:
            self.edited.emit(False)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self._setting = True
        try:
            while self.count() > self._terms:  # text kept from before the vocabulary
                self.removeItem(self._terms)
            if isinstance(value, dict):
                self.addItem(term_name(self.kind, value), value)
                self.setCurrentIndex(self._terms)
            else:
                self.setCurrentIndex(max(0, self.findData(value or "")))
        finally:
            self._setting = False


class TermList(QWidget):
    """Terms of a kind (materials, techniques), ticked in a list with a filter; the value
    keeps the order they were ticked in, which is the order the documents print."""

    edited = Signal(bool)

    def __init__(self, kind: str, name: str, vocabulary: Vocabulary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.vocabulary = vocabulary
        self.chosen: list[Any] = []
        self.filter = QLineEdit(self)
        translated(self.filter,
                   lambda: self.filter.setPlaceholderText(self.tr("Find a term…")))
        self.filter.setAccessibleName(self.tr("Find a term: %1").replace("%1", name))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(name)
        self.list.setFixedHeight(self.list.fontMetrics().height() * 7 + 12)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Chosen: %1").replace("%1", name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.summary)
        self._setting = False
        self._fill([])
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._ticked)

    def _item(self, value: Any) -> QListWidgetItem:
        item = QListWidgetItem(term_name(self.kind, value, self.vocabulary))
        item.setData(_CODE_ROLE, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        if isinstance(value, dict):
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
        return item

    def _fill(self, legacy: list[Any]) -> None:
        """Every term of the kind by name; text from before the vocabulary first."""
        self.list.clear()
        for value in legacy:
            self.list.addItem(self._item(value))
        terms = sorted(self.vocabulary.terms(self.kind),
                       key=lambda t: sort_key(term_name(self.kind, t.code, self.vocabulary)))
        for term in terms:
            self.list.addItem(self._item(term.code))

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    @Slot(str)
    def _filter(self, text: str) -> None:
        wanted = fold(text)
        for item in self.items():
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    @Slot(QListWidgetItem)
    def _ticked(self, item: QListWidgetItem) -> None:
        if self._setting:
            return
        value = item.data(_CODE_ROLE)
        key = _value_key(value)
        keys = [_value_key(v) for v in self.chosen]
        if item.checkState() == Qt.CheckState.Checked and key not in keys:
            self.chosen.append(value)
        elif item.checkState() != Qt.CheckState.Checked and key in keys:
            del self.chosen[keys.index(key)]
        self._show_summary()
        self.edited.emit(False)

    def _show_summary(self) -> None:
        names = [term_name(self.kind, v, self.vocabulary) for v in self.chosen]
        self.summary.setText(self.tr("Chosen: %1").replace("%1", ", ".join(names))
                             if names else self.tr("Nothing chosen"))

    def value(self) -> list[Any]:
        return list(self.chosen)

    def set_value(self, value: Any) -> None:
        values = list(value) if isinstance(value, list) else []
        self._setting = True
        try:
            legacy = [v for v in values if isinstance(v, dict)]
            shown_legacy = [i.data(_CODE_ROLE) for i in self.items()
                            if isinstance(i.data(_CODE_ROLE), dict)]
            if legacy != shown_legacy:
                self._fill(legacy)
            keys = {_value_key(v) for v in values}
            for item in self.items():
                checked = _value_key(item.data(_CODE_ROLE)) in keys
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)
            self.chosen = values
            self._show_summary()
        finally:
            self._setting = False

    def set_read_only(self, read_only: bool) -> None:
        self._setting = True
        try:
            for item in self.items():
                flags = item.flags()
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable if read_only
                              else flags | Qt.ItemFlag.ItemIsUserCheckable)
        finally:
            self._setting = False
