"""Two versions of one record side by side, when someone else saved it first.

Nothing is overwritten silently: the user sees every field of their version and the stored
one, the differences marked, and chooses to save theirs on top, take the stored one, or go
back to the form and think again.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.examination_rules import CONTENT_FIELDS, ExaminationConflict, record_to_json
from desktop.domain.vocabulary import Vocabulary
from desktop.ui.kit.labels import format_date
from desktop.ui.kit.screen import fit_to_screen
from desktop.ui.kit.vocabulary import display_value, field_name

__all__ = ["ConflictChoice", "ConflictDialog"]

_DIFFERENT = QColor("#fff0b3")
_DIFFERENT_TEXT = QColor("#3b2a00")


class ConflictChoice(IntEnum):
    """The dialog's result codes (``QDialog.finished``)."""

    CANCEL = 0
    KEEP_MINE = 2
    TAKE_THEIRS = 3


class ConflictDialog(QDialog):
    def __init__(self, conflict: ExaminationConflict, page_labels: dict[int, str] | None = None,
                 vocabulary: Vocabulary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.vocabulary = vocabulary
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        self.setObjectName("ConflictDialog")
        theirs = conflict.theirs
        when = ""
        if theirs.updated_at is not None:
            local = theirs.updated_at.astimezone()
            when = f"{format_date(local.date())} {local:%H:%M}"
        base = (self.tr("you started a new record") if conflict.expected_version is None
                else self.tr("you opened version %1").replace(
                    "%1", str(conflict.expected_version)))
        self.summary = QLabel(
            self.tr("%1 saved this record (version %2) at %3, after %4. Compare the two "
                    "versions: the differences are marked.")
            .replace("%1", theirs.updated_by_name).replace("%2", str(theirs.version))
            .replace("%3", when).replace("%4", base), self)
        self.summary.setWordWrap(True)

        self.only_differences = QCheckBox(self.tr("Show only the differences"), self)
        self.table = QTableWidget(0, 3, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setAccessibleName(self.tr("Both versions, field by field"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Your version"),
            self.tr("Saved by %1").replace("%1", theirs.updated_by_name),
        ])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._fill(page_labels or {})

        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("Keep mine (save over theirs)"), self)
        self.take_button = QPushButton(self.tr("Take theirs (discard mine)"), self)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Back to the form"))
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.keep_button.clicked.connect(lambda: self.done(ConflictChoice.KEEP_MINE))
        self.take_button.clicked.connect(lambda: self.done(ConflictChoice.TAKE_THEIRS))
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_differences)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.only_differences.toggled.connect(self._filter)
        fit_to_screen(self, 900, 620)

    def _fill(self, page_labels: dict[int, str]) -> None:
        mine = record_to_json(self.conflict.mine)
        theirs = record_to_json(self.conflict.theirs)
        changed = set(self.conflict.changed)
        self.table.setRowCount(len(CONTENT_FIELDS))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, name in enumerate(CONTENT_FIELDS):
            cells = [field_name(name),
                     display_value(name, mine[name], page_labels, self.vocabulary),
                     display_value(name, theirs[name], page_labels, self.vocabulary)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, name)
                if name in changed:
                    item.setBackground(QBrush(_DIFFERENT))
                    item.setForeground(QBrush(_DIFFERENT_TEXT))
                    if col == 0:
                        item.setFont(bold)
                        item.setToolTip(self.tr("The versions differ here"))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the columns have their real widths only now

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def differing_fields(self) -> list[str]:
        """The fields marked as different, in form order."""
        return [name for name in CONTENT_FIELDS if name in self.conflict.changed]

    def is_marked(self, field: str) -> bool:
        row = CONTENT_FIELDS.index(field)
        item = self.table.item(row, 1)
        return item is not None and item.background().color() == _DIFFERENT

    @Slot(bool)
    def _filter(self, only: bool) -> None:
        for row, name in enumerate(CONTENT_FIELDS):
            self.table.setRowHidden(row, only and name not in self.conflict.changed)
