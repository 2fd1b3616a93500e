"""An application's history: the audit events about it, oldest first, in words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.services.audit_log import AuditEntry
from desktop.ui.kit.history import describe_event
from desktop.ui.kit.labels import audit_action_name, format_date
from desktop.ui.kit.retranslate import translated

__all__ = ["HistoryList"]


class HistoryList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(True)
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        translated(self, self._retranslate)

    def _retranslate(self) -> None:
        """The headers in the interface language (the rows follow with the view's
        :meth:`set_entries`)."""
        self.setAccessibleName(self.tr("History of the application"))
        self.setHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Action"),
                              self.tr("Details")])

    def set_entries(self, entries: Sequence[AuditEntry],
                    names: Mapping[int, str] | None = None) -> None:
        self.clear()
        for entry in entries:
            local = entry.at.astimezone()
            line = QTreeWidgetItem([
                f"{format_date(local.date())} {local:%H:%M}", entry.username or "—",
                audit_action_name(entry.action), describe_event(entry, names),
            ])
            line.setToolTip(2, entry.action)
            line.setToolTip(3, line.text(3))
            self.addTopLevelItem(line)
        last = self.topLevelItem(self.topLevelItemCount() - 1)
        if last is not None:
            self.scrollToItem(last)

    def action_texts(self) -> list[str]:
        """The translated action of every row, oldest first (for tests and screen readers)."""
        lines = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [line.text(2) for line in lines if line is not None]
