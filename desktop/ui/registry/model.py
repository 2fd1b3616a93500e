"""The registry as a Qt table model: a thin, paged adapter over :class:`RegistryService`.

The model never holds the whole registry. It keeps the total count of the current query and
the rows fetched so far; the view asks for more through ``canFetchMore``/``fetchMore`` as the
user scrolls, one page at a time. A new query (search, filter, sort) resets the model and
loads its first page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.services.actor import Actor
from desktop.services.registry import (
    COUNT_CAP,
    RegistryQuery,
    RegistryRow,
    RegistryService,
    SortKey,
)
from desktop.ui.kit.labels import deadline_colours, deadline_text, format_date, status_name
from desktop.ui.kit.paged_model import AnyIndex, PagedTableModel

__all__ = ["DEFAULT_PAGE_SIZE", "ROW_ID_ROLE", "Column", "RegistryModel"]

DEFAULT_PAGE_SIZE = 200
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The application's database id, for actions on the selected row."""

_ROOT = QModelIndex()


class Column(IntEnum):
    NUMBER = 0
    RECEIVED = 1
    APPLICANT = 2
    IIN_BIN = 3
    ITEMS = 4
    PAGES = 5
    STATUS = 6
    DEADLINE = 7
    ASSIGNED = 8


SORT_KEYS: dict[Column, SortKey] = {
    Column.NUMBER: SortKey.NUMBER,
    Column.RECEIVED: SortKey.RECEIVED,
    Column.APPLICANT: SortKey.APPLICANT,
    Column.STATUS: SortKey.STATUS,
    Column.DEADLINE: SortKey.DEADLINE,
}
"""The columns the service can sort by; the others are not sortable."""

_INITIAL_ORDER: dict[Column, Qt.SortOrder] = {
    Column.RECEIVED: Qt.SortOrder.DescendingOrder,  # newest first
}


_NUMERIC = {Column.ITEMS, Column.PAGES}

Today = Callable[[], date | None]


def _display(row: RegistryRow, column: Column) -> str:
    match column:
        case Column.NUMBER:
            return row.number
        case Column.RECEIVED:
            return format_date(row.received)
        case Column.APPLICANT:
            return row.applicant
        case Column.IIN_BIN:
            return row.iin_bin
        case Column.ITEMS:
            return str(row.items)
        case Column.PAGES:
            return str(row.pages)
        case Column.STATUS:
            return status_name(row.status)
        case Column.DEADLINE:
            return deadline_text(row.deadline)
        case Column.ASSIGNED:
            return row.assigned_member or ""


class RegistryModel(PagedTableModel[RegistryRow]):
    """Applications matching a :class:`RegistryQuery`, fetched page by page; counted up to
    :data:`COUNT_CAP` (a name fragment can match tens of thousands: "more than 200")."""

    count_cap = COUNT_CAP

    def __init__(
        self,
        service: RegistryService,
        actor: Actor,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        today: Today = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(page_size, parent)
        self._service = service
        self._actor = actor
        self._today = today
        self._query = RegistryQuery()
        self._load_first_page()

    # -- the query ---------------------------------------------------------------------------

    @property
    def query(self) -> RegistryQuery:
        return self._query

    def set_query(self, query: RegistryQuery) -> None:
        """Show *query*'s applications from the first page (a no-op if nothing changed)."""
        if query != self._query:
            self._query = query
            self.refresh()

    def count_rows(self) -> int:
        return self._service.count(self._actor, self._query, today=self._today(),
                                   cap=self.count_cap)

    def read_rows(self, offset: int, limit: int, last: RegistryRow | None) -> list[RegistryRow]:
        # By key, not by offset: the next page costs the same however far the user scrolled.
        return self._service.page(self._actor, self._query, offset, limit, today=self._today(),
                                  after=last.key if last is not None else None,
                                  found=self.total)

    # -- the table ---------------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return _display(row, column)
            case Qt.ItemDataRole.BackgroundRole | Qt.ItemDataRole.ForegroundRole:
                colours = deadline_colours(row.deadline)
                if column != Column.DEADLINE or colours is None:
                    return None
                background, text = colours
                return QBrush(QColor(background if role == Qt.ItemDataRole.BackgroundRole
                                     else text))
            case Qt.ItemDataRole.TextAlignmentRole if column in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            case Qt.ItemDataRole.ToolTipRole if column in (Column.APPLICANT, Column.STATUS):
                return _display(row, column)  # the whole text of a narrowed column
            case _ if role == ROW_ID_ROLE:
                return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[column]
        if role == Qt.ItemDataRole.InitialSortOrderRole and column in SORT_KEYS:
            return _INITIAL_ORDER.get(column, Qt.SortOrder.AscendingOrder)
        return None

    def retranslate(self) -> None:
        """Show the titles and cells in the interface language again (nothing is re-read)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Column) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def _titles(self) -> dict[Column, str]:
        return {
            Column.NUMBER: self.tr("Number"),
            Column.RECEIVED: self.tr("Received"),
            Column.APPLICANT: self.tr("Applicant"),
            Column.IIN_BIN: self.tr("IIN/BIN"),
            Column.ITEMS: self.tr("Items"),
            Column.PAGES: self.tr("Pages"),
            Column.STATUS: self.tr("Status"),
            Column.DEADLINE: self.tr("Deadline"),
            Column.ASSIGNED: self.tr("Assigned member"),
        }

    # -- sorting -----------------------------------------------------------------------------

    @staticmethod
    def is_sortable(column: int) -> bool:
        return 0 <= column < len(Column) and Column(column) in SORT_KEYS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the service for another order; columns without a sort key are ignored."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        self.set_query(replace(
            self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder
        ))

    def sort_column(self) -> tuple[Column, Qt.SortOrder]:
        """The column and order of the current query, for the header's sort indicator."""
        column = next(c for c, k in SORT_KEYS.items() if k == self._query.sort)
        order = Qt.SortOrder.DescendingOrder if self._query.descending else (
            Qt.SortOrder.AscendingOrder
        )
        return column, order
