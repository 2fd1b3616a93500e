"""The administrator's and the chairperson's desk for :mod:`desktop.ui.shots.screenshots`:
the journal of documents, built on a demo database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.roles import Role
from desktop.ui.journal import JournalWidget
from desktop.ui.main_window import MainWindow
from desktop.ui.shots.application import staff_actor

if TYPE_CHECKING:
    from desktop.ui.shots.context import Context

__all__ = ["journal", "journal_ready"]


def journal(ctx: Context) -> QWidget:
    """The chairperson's journal of this year's documents, an issued conclusion chosen."""
    window = MainWindow(ctx.session(staff_actor(ctx, Role.CHAIR)))
    widget = window.open_journal()
    assert widget is not None
    widget.start.setDate(QDate(2000, 1, 1))
    return window


def _journal(widget: QWidget) -> JournalWidget | None:
    assert isinstance(widget, MainWindow)
    current = widget.tabs.currentWidget()
    return current if isinstance(current, JournalWidget) else None


def journal_ready(widget: QWidget) -> bool:
    """The rows are read; the first issued conclusion is chosen and shown in the preview."""
    journal = _journal(widget)
    if journal is None or journal.model.rowCount() == 0:
        return False
    if journal.current is None:
        for row in range(journal.model.rowCount()):
            entry = journal.model.row_at(row)
            if entry.kind == ConclusionKind.CONCLUSION and \
                    entry.status == ConclusionStatus.ISSUED:
                journal.view.selectRow(row)
                break
        else:
            journal.view.selectRow(0)
    return journal.preview.page_count > 0
