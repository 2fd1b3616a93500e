"""A read-only table of a few objects, one per row, each known by its key (an id).

The administrator's accounts and seats are short lists read whole; a row is chosen, and
after the list is read again the same object stays chosen wherever its row went.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

__all__ = ["KeyedTable"]

_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class KeyedTable(QTableWidget):
    """Whole rows, one chosen at a time, never edited in place."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it

    def set_rows(self, rows: Sequence[tuple[Hashable, Sequence[str]]],
                 tones: dict[tuple[int, int], QBrush] | None = None) -> None:
        """One row per ``(key, texts)``; ``tones`` colours the text of some cells (by row
        and column). The row that was chosen stays chosen when its key is still there."""
        chosen = self.chosen_key()
        self.setRowCount(len(rows))
        for row, (key, texts) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(_KEY_ROLE, key)
                if tones and (brush := tones.get((row, column))) is not None:
                    item.setForeground(brush)
                self.setItem(row, column, item)
        if chosen is not None:
            self.choose(chosen)

    def chosen_key(self) -> Hashable | None:
        """The key of the chosen row, or None."""
        model = self.selectionModel()
        rows = model.selectedRows() if model is not None else []
        item = self.item(rows[0].row(), 0) if rows else None
        return item.data(_KEY_ROLE) if item is not None else None

    def choose(self, key: Hashable) -> bool:
        """Choose the row of ``key``; False when no row has it."""
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(_KEY_ROLE) == key:
                self.selectRow(row)
                return True
        return False
