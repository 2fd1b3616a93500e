"""An application's history: the audit events about it, oldest first, in words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.domain.workflow import Status
from desktop.services.audit_log import AuditEntry
from desktop.ui.kit.vocabulary import field_name
from desktop.ui.labels import audit_action_name, format_date, status_name

__all__ = ["HistoryList", "describe_event"]

class History(QObject):
    """The translation context of the history's details.

    ``History.tr(text, "", n)`` is the form ``pyside6-lupdate`` reads as a plural (numerus)
    message; ``QCoreApplication.translate`` with *n* is not recognised as one.
    """

_SKIP = {"item", "sha256", "version"}



def _status(value: Any) -> str:
    try:
        return status_name(Status(value))
    except ValueError:
        return str(value)


def describe_event(entry: AuditEntry, names: Mapping[int, str] | None = None) -> str:
    """The details column: what changed, as far as the event says."""
    before, after = entry.before or {}, entry.after or {}
    action = entry.action
    if "status" in after and "status" in before:
        text = f"{_status(before['status'])} → {_status(after['status'])}"
        if after.get("reason"):
            text += "\n" + History.tr("Reason: %1").replace("%1", str(after["reason"]))
        return text
    if action == "application.assign":
        member = after.get("assigned_member_id")
        if not member:
            return History.tr("nobody")
        return (names or {}).get(member, str(member))
    if action.startswith("examination."):
        fields = [field_name(k) for k in after if k not in _SKIP]
        prefix = (History.tr("item %1: ").replace("%1", str(after["item"]))
                  if "item" in after else "")
        return prefix + ", ".join(fields)
    if action == "document.import":
        pages = len(after.get("pages") or [])
        return History.tr("%1: %n page(s)", "", pages).replace(
            "%1", str(after.get("file", "")))
    if action == "document.import_rejected":
        return f"{after.get('file', '')}: {after.get('reason', '')}"
    if action == "application.register":
        return str(after.get("number", ""))
    shown = {k: v for k, v in after.items() if k not in _SKIP}
    return ", ".join(f"{k}: {v}" for k, v in shown.items())


class HistoryList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("History of the application"))
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Action"),
                              self.tr("Details")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(True)
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

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
