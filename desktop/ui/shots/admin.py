"""The administrator's and the chairperson's desk for :mod:`desktop.ui.shots.screenshots`,
built on a demo database: the journal of documents, the backups (one made into a temporary
folder first, so the dialog names a last backup), the trusted certificates, and the
administrator's start page."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.roles import Role
from desktop.ui.backup_dialog import BackupDialog
from desktop.ui.journal import JournalWidget
from desktop.ui.main_window import MainWindow
from desktop.ui.shots.application import staff_actor
from desktop.ui.trust_dialog import TrustDialog

if TYPE_CHECKING:
    from desktop.ui.shots.context import Context

__all__ = ["admin_start_page", "admin_start_ready", "backup_dialog", "journal",
           "journal_ready", "trust_dialog"]

BACKUP_FOLDER = Path(tempfile.gettempdir()) / "export-commission-backups"


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


def backup_dialog(ctx: Context) -> QWidget:
    """The administrator's Backups dialog after a backup made a moment ago."""
    admin = staff_actor(ctx, Role.ADMIN)
    BACKUP_FOLDER.mkdir(exist_ok=True)
    made = ctx.services.backups.make(admin, BACKUP_FOLDER)
    made.path.unlink()  # the picture needs the record of it, not the copy
    dialog = BackupDialog(ctx.session(admin))
    dialog.folder.setText(str(BACKUP_FOLDER))
    return dialog


def trust_dialog(ctx: Context) -> QWidget:
    """The trusted roots (the demo's own) as the administrator sees them."""
    return TrustDialog(ctx.session(staff_actor(ctx, Role.ADMIN)))


def admin_start_page(ctx: Context) -> QWidget:
    """The administrator's start page: their boxes above the lists every role sees."""
    return MainWindow(ctx.session(staff_actor(ctx, Role.ADMIN)))


def admin_start_ready(widget: QWidget) -> bool:
    assert isinstance(widget, MainWindow)
    start = widget.start
    return start.figures is not None and start.admin is not None and \
        start.admin.overview is not None
