"""The list of items to export: a small table model over ``ItemData`` and its editor widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.drafts import MAX_QUANTITY, ItemData
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["NAME", "QUANTITY", "ItemsEditor", "ItemsModel"]

NAME, QUANTITY = 0, 1
_PROBLEM_BACKGROUND = QColor("#fde7e4")
_PROBLEM_TEXT = QColor("#3d0a0e")
"""Dark text on the pale red, so a marked cell reads on a dark palette too."""

Index = QModelIndex | QPersistentModelIndex


class ItemsModel(QAbstractTableModel):
    """Rows of (name, quantity), editable; cells with a problem are tinted with a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[ItemData] = []
        self._problems: dict[tuple[int, int], str] = {}

    # -- the table ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self.tr("Name of the item") if section == NAME else self.tr("Quantity")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        problem = self._problems.get((index.row(), index.column()))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.name if index.column() == NAME else item.quantity
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return _PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return _PROBLEM_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._items[index.row()]
        if index.column() == NAME:
            if item.name == str(value):
                return True  # an editor left as it was: nothing was typed
            item.name = str(value)
        else:
            try:
                quantity = int(value)
            except (TypeError, ValueError):
                return False
            if item.quantity == quantity:
                return True
            item.quantity = quantity
        self.dataChanged.emit(index, index)
        return True

    # -- the list -----------------------------------------------------------------------------

    def items(self) -> list[ItemData]:
        """Copies of the rows, in order."""
        return [ItemData(item.name, item.quantity) for item in self._items]

    def set_items(self, items: list[ItemData]) -> None:
        self.beginResetModel()
        self._items = [ItemData(item.name, item.quantity) for item in items]
        self._problems = {}
        self.endResetModel()

    def add(self, row: int | None = None) -> int:
        """Insert an empty item (at the end by default); its row."""
        row = len(self._items) if row is None else max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, ItemData("", 1))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); its new row (unchanged at either end)."""
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        # beginMoveRows wants the row *before which* the moved one lands.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        return target

    def set_problems(self, problems: dict[tuple[int, int], str]) -> None:
        """Problems by (row, column), shown as a tint and a tooltip."""
        if problems == self._problems:
            return
        self._problems = dict(problems)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])


class _QuantityDelegate(QStyledItemDelegate):
    """The quantity is typed in a spin box. Tab in a cell moves to the next cell as in a
    spreadsheet, but past the last cell (Shift+Tab: before the first) it leaves the table
    for the buttons under it, instead of going round the rows again."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QWidget) \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            view = self.parent()
            forward = event.key() == Qt.Key.Key_Tab \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if isinstance(view, QAbstractItemView) and _at_the_edge(view, forward):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                view.setFocus(Qt.FocusReason.TabFocusReason)
                QWidget.focusNextPrevChild(view, forward)
                return True
        return super().eventFilter(editor, event)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index
                     ) -> QWidget:
        if index.column() != QUANTITY:
            return super().createEditor(parent, option, index)
        editor = QSpinBox(parent)
        editor.setRange(1, MAX_QUANTITY)
        editor.setAccessibleName(self.tr("Quantity"))
        return editor


def _at_the_edge(view: QAbstractItemView, forward: bool) -> bool:
    """Whether the current cell is the last (forward) or the first cell of the table."""
    index, model = view.currentIndex(), view.model()
    if not index.isValid():
        return True
    if forward:
        return index.row() == model.rowCount() - 1 and index.column() == model.columnCount() - 1
    return index.row() == 0 and index.column() == 0


class ItemsEditor(QWidget):
    """The table with Add, Remove, Up and Down; starts with one empty row to type into."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ItemsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("items")
        self.view.setModel(self.model)
        self.view.setItemDelegate(_QuantityDelegate(self.view))
        self.view.setAccessibleName(self.tr("Items to export"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setCornerButtonEnabled(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QUANTITY, QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setMinimumHeight(self.fontMetrics().height() * 8)

        self.add_button = QPushButton(self.tr("Add item"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
        self.message = InlineMessage(self)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.model.dataChanged.connect(self._data_changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved,
                       self.model.modelReset):
            signal.connect(self._model_changed)
        self.model.add()
        self.touched = False
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def clear(self) -> None:
        """One empty row, as on a new form."""
        self.model.set_items([ItemData("", 1)])
        self.select_row(0)
        self.touched = False

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int = NAME) -> None:
        self.view.setCurrentIndex(self.model.index(row, column))

    @Slot()
    def add_item(self) -> None:
        """Append an empty row (after the current one) and start typing its name."""
        current = self.current_row()
        row = self.model.add(current + 1 if current >= 0 else None)
        self.select_row(row)
        self.view.setFocus()
        self.view.edit(self.model.index(row, NAME))

    @Slot()
    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.select_row(self.model.move(row, delta), self.view.currentIndex().column())

    def _data_changed(self, _first: QModelIndex, _last: QModelIndex, roles: list[int]) -> None:
        if not roles or Qt.ItemDataRole.EditRole in roles or Qt.ItemDataRole.DisplayRole in roles:
            self._model_changed()  # an edit, not the problem tint

    @Slot()
    def _model_changed(self) -> None:
        self.touched = True
        self._update_buttons()
        self.changed.emit()

    @Slot()
    def _update_buttons(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
