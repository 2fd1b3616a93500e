"""A table model that holds the count of a query and the rows fetched so far.

The view asks for more through ``canFetchMore``/``fetchMore`` as the user scrolls, one page
at a time; a new query resets the model and loads its first page. Subclasses say how to
count and how to read a page (:meth:`count_rows`, :meth:`read_rows`); the registry and the
exports-abroad list are two of them. A count may stop at a cap (:attr:`count_cap`): the total
is then "more than the cap" until the pages read reach the end.
"""

from __future__ import annotations

import logging
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal

__all__ = ["AnyIndex", "PagedTableModel"]

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
R = TypeVar("R")


class PagedTableModel(QAbstractTableModel, Generic[R]):
    totalChanged = Signal(int)
    """How many rows the current query has, after each reset (and when the end of a query
    counted only up to its cap is reached)."""

    count_cap: int | None = None
    """Set by a subclass whose :meth:`count_rows` stops counting past this many (it gives at
    most cap + 1): the rows are then read on, page by page, while the pages come back full."""

    def __init__(self, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.page_size = page_size
        self._rows: list[R] = []
        self._total = 0
        self._open = False
        """The count stopped at the cap, and the pages read have not reached the end."""

    # -- what subclasses provide ---------------------------------------------------------

    def count_rows(self) -> int:
        """How many rows the query has (at most :attr:`count_cap` + 1 when it is set)."""
        raise NotImplementedError

    def read_rows(self, offset: int, limit: int, last: R | None) -> list[R]:
        """*limit* rows from *offset*; *last* is the row before them (None on page one)."""
        raise NotImplementedError

    # -- the rows ------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many rows the query has (the rows fetched may be fewer); while
        :attr:`total_known` is False, cap + 1: more than :attr:`count_cap` rows."""
        return self._total

    @property
    def total_known(self) -> bool:
        return not self._open

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def refresh(self) -> None:
        """Forget the fetched rows and load the first page of the query again."""
        self.beginResetModel()
        try:
            self._load_first_page()
        finally:
            self.endResetModel()
        self.totalChanged.emit(self._total)

    def _load_first_page(self) -> None:
        self._total = self.count_rows()
        self._open = self.count_cap is not None and self._total > self.count_cap
        wanted = self.page_size if self._open else min(self.page_size, self._total)
        self._rows = self.read_rows(0, wanted, None) if wanted else []
        if len(self._rows) < wanted:
            # All there are (past a cap), or rows went away between the count and the page.
            self._total = len(self._rows)
            self._open = False

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and (self._open or len(self._rows) < self._total)

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        offset = len(self._rows)
        limit = self.page_size if self._open else min(self.page_size, self._total - offset)
        rows = self.read_rows(offset, limit, self._rows[-1] if self._rows else None)
        if len(rows) < limit:
            if not self._open:
                # The list shrank since the count; stop asking for rows that are not there.
                log.info("%s: page at %s gave %s of %s rows", type(self).__name__, offset,
                         len(rows), limit)
            self._total = offset + len(rows)
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if self._open and len(rows) < limit:
            self._open = False  # the end of a query counted only up to its cap: now known
            self.totalChanged.emit(self._total)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)
