"""The journal's table: a page of documents at a time over :class:`JournalService`."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QObject, Qt

from desktop.services.actor import Actor
from desktop.services.journal import JournalEntry, JournalFilter, JournalService
from desktop.ui.kit.labels import document_kind_name, document_status_name, format_date
from desktop.ui.kit.paged_model import AnyIndex, PagedTableModel

__all__ = ["ENTRY_ROLE", "Column", "JournalModel"]

PAGE_SIZE = 200
_ROOT = QModelIndex()
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`JournalEntry`."""


class Column(IntEnum):
    NUMBER = 0
    DATE = 1
    KIND = 2
    APPLICATION = 3
    APPLICANT = 4
    STATUS = 5
    SIGNATURES = 6


class JournalModel(PagedTableModel[JournalEntry]):
    """The documents the filter selects, newest first (nothing until refreshed)."""

    def __init__(self, service: JournalService, actor: Actor,
                 parent: QObject | None = None) -> None:
        super().__init__(PAGE_SIZE, parent)
        self._service = service
        self._actor = actor
        self._filter = JournalFilter()

    @property
    def filter(self) -> JournalFilter:
        return self._filter

    def set_filter(self, query: JournalFilter, *, read: bool = True) -> None:
        """Keep *query*; read its first page now unless *read* is false (a hidden tab)."""
        self._filter = query
        if read:
            self.refresh()

    def count_rows(self) -> int:
        return self._service.count(self._actor, self._filter)

    def read_rows(self, offset: int, limit: int,
                  last: JournalEntry | None) -> list[JournalEntry]:
        return self._service.page(self._actor, self._filter, offset, limit)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def _text(self, entry: JournalEntry, column: Column) -> str:
        match column:
            case Column.NUMBER:
                return entry.number
            case Column.DATE:
                return format_date(entry.issued_on)
            case Column.KIND:
                return document_kind_name(entry.kind)
            case Column.APPLICATION:
                return entry.application_number
            case Column.APPLICANT:
                return entry.applicant
            case Column.STATUS:
                status = document_status_name(entry.status)
                if entry.corrects_number:
                    return self.tr("%1 (corrects %2)").replace("%1", status).replace(
                        "%2", entry.corrects_number)
                return status
            case Column.SIGNATURES:
                return self.tr("%1 of %2").replace("%1", str(entry.signed)).replace(
                    "%2", str(len(entry.signers)))

    def _signers(self, entry: JournalEntry) -> str:
        """Who signs, and when each one signed (the tooltip of the signatures)."""
        lines = []
        for signer in entry.signers:
            when = (signer.signed_at.astimezone().strftime("%d.%m.%Y %H:%M") if signer.signed_at
                    else self.tr("not signed yet"))
            lines.append(f"{signer.full_name}: {when}")
        return "\n".join(lines)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.SIGNATURES:
                return self._signers(entry)
            return self._text(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIGNATURES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.NUMBER: self.tr("Number"), Column.DATE: self.tr("Date"),
            Column.KIND: self.tr("Document"), Column.APPLICATION: self.tr("Application"),
            Column.APPLICANT: self.tr("Applicant"), Column.STATUS: self.tr("Status"),
            Column.SIGNATURES: self.tr("Signatures"),
        }
        return titles[Column(section)]
