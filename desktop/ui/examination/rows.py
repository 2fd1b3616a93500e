"""Editors for the record's lists: the measurements, and the pages linked to the item.

Each row is a line of ordinary widgets in a grid (not a table with cell editors), so Tab
walks through them in reading order and every widget has its own accessible name. The value
is a list of dicts, as ``record_to_json`` writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.examination_rules import MAX_MEASUREMENTS, Dimension, LengthUnit, PageRole
from desktop.ui.kit.marks import show_read_only
from desktop.ui.kit.retranslate import translated
from desktop.ui.kit.theme import Tone, set_tone
from desktop.ui.kit.vocabulary import choice_name, format_number, parse_number

__all__ = ["MeasurementRows", "PageLinkRows"]


@dataclass
class _Column:
    key: str
    title: str
    make: Callable[[], QWidget]
    get: Callable[[QWidget], Any]
    put: Callable[[QWidget, Any], None]
    typing: bool
    stretch: int = 0


def _combo(parent: QWidget, members: list[Any]) -> QComboBox:
    combo = QComboBox(parent)
    for member in members:
        combo.addItem("", member.value)
    translated(combo, lambda: [combo.setItemText(i, choice_name(member))
                               for i, member in enumerate(members)])
    return combo


def _check(parent: QWidget, text: Callable[[], str]) -> QCheckBox:
    box = QCheckBox(parent)
    translated(box, lambda: box.setText(text()))
    return box


def _set_combo(widget: QWidget, value: Any) -> None:
    assert isinstance(widget, QComboBox)
    widget.setCurrentIndex(max(0, widget.findData(value)))


class _Rows(QWidget):
    """A grid of rows with a remove button each; subclasses say what the columns are."""

    edited = Signal(bool)
    """The user changed the list; True for typing (merged by the undo stack)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = self._columns()
        self._rows: list[dict[str, QWidget]] = []
        self._read_only = False
        self.key_filter: QObject | None = None
        """Installed on every text field of new rows (the form's undo keys)."""
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.headers: list[QLabel] = []
        for col, column in enumerate(self.columns):
            header = QLabel(self)
            set_tone(header, Tone.HINT)
            self.grid.addWidget(header, 0, col)
            self.grid.setColumnStretch(col, column.stretch)
            self.headers.append(header)
        self.empty = QLabel(self)
        set_tone(self.empty, Tone.HINT)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons)
        self._update_empty()
        translated(self, self._retranslate)

    def _retranslate(self) -> None:
        """The column titles, the empty list's words and the rows' names in the interface
        language (the rows' own words follow by themselves)."""
        for column, fresh, header in zip(self.columns, self._columns(), self.headers,
                                         strict=True):
            column.title = fresh.title
            header.setText(fresh.title)
        self.empty.setText(self._empty_text())
        for index in range(len(self._rows)):
            self._name_row(index)

    def _name_row(self, index: int) -> None:
        row = self._rows[index]
        for column in self.columns:
            row[column.key].setAccessibleName(f"{column.title} {index + 1}")
        row["remove"].setToolTip(self.tr("Remove the row"))
        row["remove"].setAccessibleName(self.tr("Remove row %1").replace("%1", str(index + 1)))

    # -- to override ---------------------------------------------------------------------

    def _columns(self) -> list[_Column]:
        raise NotImplementedError

    def _empty_text(self) -> str:
        raise NotImplementedError

    def _describe_row(self, index: int) -> str:
        return str(index + 1)

    # -- the value -----------------------------------------------------------------------

    def value(self) -> list[dict[str, Any]]:
        return [{c.key: c.get(row[c.key]) for c in self.columns} for row in self._rows]

    def set_value(self, value: list[dict[str, Any]]) -> None:
        while len(self._rows) > len(value):
            self._remove_widgets(len(self._rows) - 1)
        while len(self._rows) < len(value):
            self._add_widgets()
        for row, values in zip(self._rows, value, strict=True):
            self._put(row, values)
        self._update_empty()

    def _put(self, row: dict[str, QWidget], values: dict[str, Any]) -> None:
        for column in self.columns:
            if column.key not in values:
                continue
            widget = row[column.key]
            blocked = widget.blockSignals(True)
            try:
                column.put(widget, values[column.key])
            finally:
                widget.blockSignals(blocked)

    def append(self, values: dict[str, Any]) -> None:
        """Add a row as the user does: one edit, whatever the row's first values."""
        self._add_widgets()
        self._put(self._rows[-1], values)
        self._update_empty()
        self.edited.emit(False)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in self._rows:
            for key, widget in row.items():
                if isinstance(widget, QLineEdit):
                    show_read_only(widget, read_only)
                elif key != "page_id":  # still shows the page in the viewer
                    widget.setEnabled(not read_only)
        for i in range(self.buttons.count()):
            entry = self.buttons.itemAt(i)
            button = entry.widget() if entry is not None else None
            if button is not None:
                button.setEnabled(not read_only)

    def row_widgets(self, index: int) -> dict[str, QWidget]:
        return self._rows[index]

    def __len__(self) -> int:
        return len(self._rows)

    # -- rows ----------------------------------------------------------------------------

    def _add_widgets(self) -> None:
        index = len(self._rows)
        row: dict[str, QWidget] = {}
        for col, column in enumerate(self.columns):
            widget = column.make()
            self._connect(widget, column.typing)
            if isinstance(widget, QLineEdit) and self.key_filter is not None:
                widget.installEventFilter(self.key_filter)
            self.grid.addWidget(widget, index + 1, col)
            row[column.key] = widget
        remove = QToolButton(self)
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.clicked.connect(lambda _=False, b=remove: self._remove_clicked(b))
        self.grid.addWidget(remove, index + 1, len(self.columns))
        row["remove"] = remove
        self._rows.append(row)
        self._name_row(index)
        if self._read_only:
            self.set_read_only(True)

    def _connect(self, widget: QWidget, typing: bool) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: self.edited.emit(typing))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self.edited.emit(False))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _c: self.edited.emit(False))

    def _remove_widgets(self, index: int) -> None:
        row = self._rows.pop(index)
        for widget in row.values():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        # Later rows move up one grid line, keeping their order.
        for i in range(index, len(self._rows)):
            for col, column in enumerate(self.columns):
                self.grid.addWidget(self._rows[i][column.key], i + 1, col)
            self.grid.addWidget(self._rows[i]["remove"], i + 1, len(self.columns))
            self._name_row(i)

    def _remove_clicked(self, button: QToolButton) -> None:
        for i, row in enumerate(self._rows):
            if row["remove"] is button:
                self._remove_widgets(i)
                self._update_empty()
                self.edited.emit(False)
                return

    def _update_empty(self) -> None:
        self.empty.setVisible(not self._rows)


class MeasurementRows(_Rows):
    """Dimension, value, unit and a note per measurement, and the weight beside them."""

    def _columns(self) -> list[_Column]:
        def value_edit() -> QWidget:
            edit = QLineEdit(self)
            edit.setValidator(QRegularExpressionValidator(
                QRegularExpression(r"\d{0,6}([.,]\d{0,3})?"), edit))
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 10 + 16)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            return edit

        return [
            _Column("dimension", self.tr("Dimension"),
                    lambda: _combo(self, list(Dimension)),
                    lambda w: w.currentData(), _set_combo, False),  # type: ignore[attr-defined]
            _Column("value", self.tr("Value"), value_edit,
                    lambda w: parse_number(w.text()),  # type: ignore[attr-defined]
                    lambda w, v: w.setText(format_number(v)),  # type: ignore[attr-defined]
                    True),
            _Column("unit", self.tr("Unit"), lambda: _combo(self, list(LengthUnit)),
                    lambda w: w.currentData(), _set_combo, False),  # type: ignore[attr-defined]
            _Column("note", self.tr("Note"), lambda: QLineEdit(self),
                    lambda w: w.text(),  # type: ignore[attr-defined]
                    lambda w, v: w.setText(v or ""), True, 1),  # type: ignore[attr-defined]
        ]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QPushButton(self)
        translated(self.add_button, lambda: self.add_button.setText(self.tr("Add a dimension")))
        self.add_button.clicked.connect(self._add_clicked)
        self.buttons.addWidget(self.add_button)
        self.buttons.addStretch(1)

    def _empty_text(self) -> str:
        return self.tr("No dimensions yet.")

    @Slot()
    def _add_clicked(self) -> None:
        if len(self) >= MAX_MEASUREMENTS:
            return
        used = {row["dimension"] for row in self.value()}
        free = next((d for d in (Dimension.HEIGHT, Dimension.WIDTH, Dimension.DEPTH)
                     if d.value not in used), Dimension.LENGTH)
        self.append({"dimension": free.value, "unit": LengthUnit.CM.value})
        self._rows[-1]["value"].setFocus()


class PageLinkRows(_Rows):
    """Pages that show the item: what each shows, whether it has a scale, for the annex."""

    pageRequested = Signal(int)
    """The user wants to see this page in the viewer."""

    def _columns(self) -> list[_Column]:
        def page_button() -> QWidget:
            button = QPushButton(self)
            button.setFlat(True)
            translated(button, lambda: button.setToolTip(self.tr("Show in the viewer")))
            button.setProperty("page_id", 0)
            button.clicked.connect(lambda _=False, b=button: self.pageRequested.emit(
                int(b.property("page_id"))))
            return button

        def put_page(widget: QWidget, page_id: Any) -> None:
            assert isinstance(widget, QPushButton)
            widget.setProperty("page_id", int(page_id or 0))
            widget.setText(self._labels.get(int(page_id or 0), f"#{page_id}"))

        def check(text: Callable[[], str]) -> Callable[[], QWidget]:
            return lambda: _check(self, text)

        return [
            _Column("page_id", self.tr("Page"), page_button,
                    lambda w: int(w.property("page_id")), put_page, False),
            _Column("role", self.tr("Shows"), lambda: _combo(self, list(PageRole)),
                    lambda w: w.currentData(), _set_combo, False),  # type: ignore[attr-defined]
            _Column("shows_scale", self.tr("Scale"), check(lambda: self.tr("scale")),
                    lambda w: w.isChecked(),  # type: ignore[attr-defined]
                    lambda w, v: w.setChecked(bool(v)), False),  # type: ignore[attr-defined]
            _Column("for_annex", self.tr("Annex"), check(lambda: self.tr("annex")),
                    lambda w: w.isChecked(),  # type: ignore[attr-defined]
                    lambda w, v: w.setChecked(bool(v)), False),  # type: ignore[attr-defined]
            _Column("note", self.tr("Note"), lambda: QLineEdit(self),
                    lambda w: w.text(),  # type: ignore[attr-defined]
                    lambda w, v: w.setText(v or ""), True, 1),  # type: ignore[attr-defined]
        ]

    def __init__(self, parent: QWidget | None = None) -> None:
        self._labels: dict[int, str] = {}
        self._viewer_page: int | None = None
        super().__init__(parent)
        self.picker = QComboBox(self)
        self.link_button = QPushButton(self)
        self.link_button.clicked.connect(self._link_picked)
        self.link_shown_button = QPushButton(self)
        translated(self.link_button, self._name_link_buttons)
        self.link_shown_button.clicked.connect(self._link_shown)
        self.buttons.addWidget(self.picker, 1)
        self.buttons.addWidget(self.link_button)
        self.buttons.addWidget(self.link_shown_button)
        self._fill_picker()

    def _name_link_buttons(self) -> None:
        self.picker.setAccessibleName(self.tr("Page to link"))
        self.link_button.setText(self.tr("Link"))
        self.link_shown_button.setText(self.tr("Link the page in the viewer"))

    def _empty_text(self) -> str:
        return self.tr("No photos or pages linked yet.")

    def set_pages(self, labels: dict[int, str]) -> None:
        """The application's pages (id → "Page 3 · Photo") that can be linked."""
        self._labels = dict(labels)
        for row in self._rows:
            button = row["page_id"]
            assert isinstance(button, QPushButton)
            page_id = int(button.property("page_id"))
            button.setText(self._labels.get(page_id, f"#{page_id}"))
        self._fill_picker()

    def labels(self) -> dict[int, str]:
        return dict(self._labels)

    def set_viewer_page(self, page_id: int | None) -> None:
        self._viewer_page = page_id or None
        self._update_link_buttons()

    def set_value(self, value: list[dict[str, Any]]) -> None:
        super().set_value(value)
        self._fill_picker()

    def _fill_picker(self) -> None:
        linked = {row["page_id"] for row in self.value()}
        self.picker.clear()
        for page_id, label in self._labels.items():
            if page_id not in linked:
                self.picker.addItem(label, page_id)
        self._update_link_buttons()

    def _update_link_buttons(self) -> None:
        linked = {row["page_id"] for row in self.value()}
        self.link_button.setEnabled(not self._read_only and self.picker.count() > 0)
        self.link_shown_button.setEnabled(
            not self._read_only and self._viewer_page is not None
            and self._viewer_page in self._labels and self._viewer_page not in linked)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.picker.setEnabled(not read_only)
        self._update_link_buttons()

    def link(self, page_id: int) -> None:
        """Link *page_id* as the user does (an overall view until they say otherwise)."""
        if page_id in {row["page_id"] for row in self.value()}:
            return
        self.append({"page_id": page_id, "role": PageRole.OVERALL.value,
                     "shows_scale": False, "for_annex": False, "note": ""})
        self._fill_picker()

    @Slot()
    def _link_picked(self) -> None:
        page_id = self.picker.currentData()
        if page_id is not None:
            self.link(int(page_id))

    @Slot()
    def _link_shown(self) -> None:
        if self._viewer_page is not None:
            self.link(self._viewer_page)

    def _remove_clicked(self, button: QToolButton) -> None:
        super()._remove_clicked(button)
        self._fill_picker()
