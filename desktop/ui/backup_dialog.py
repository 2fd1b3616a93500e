"""File ▸ Backups (administrator): a verified backup into a chosen folder, and a restore.

Both run off the GUI thread with a progress bar; Cancel stops a backup while it is copied
or checked (nothing is kept) and a restore while the backup is checked (nothing is
replaced); once the database is being replaced the work runs to its end. A restore makes
the same checks as the ``restore`` command: the backup before, the database after, then
every invariant.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services.backups import BackupMade, Restored
from desktop.ui.admin_boxes import last_backup_text
from desktop.ui.kit import settings
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.operations import Operation, Progress, run_with_progress
from desktop.ui.kit.screen import fit_to_screen
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["BackupDialog"]

log = logging.getLogger(__name__)


class BackupDialog(QDialog):
    """Back up and restore the database the window works on."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = session.services.backups
        self.actor = session.actor
        self.operation: Operation | None = None
        self.made: BackupMade | None = None
        self.restored: Restored | None = None
        self.setWindowTitle(self.tr("Backups"))
        fit_to_screen(self, 680, 400)

        self.last_label = QLabel(self)
        self.last_label.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setText(settings.BACKUP_FOLDER.get() or platformdirs.user_documents_dir())
        self.folder.setAccessibleName(self.tr("Folder for the backups"))
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setDefault(True)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"), self)
        self.message = InlineMessage(self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)

        make = QGroupBox(self.tr("Back up"), self)
        row = QHBoxLayout()
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        make_layout = QVBoxLayout(make)
        make_layout.addLayout(row)
        explain = QLabel(self.tr("The copy is checked before it is kept: the database's "
                                 "integrity, every stored file's checksum and the audit "
                                 "journal's chain."), make)
        explain.setWordWrap(True)
        make_layout.addWidget(explain)
        make_layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        back = QGroupBox(self.tr("Restore"), self)
        back_layout = QVBoxLayout(back)
        warning = QLabel(self.tr("A restore replaces everything in the database with the "
                                 "backup. Close the program on every other desk first: "
                                 "while another one has the database open, nothing is "
                                 "replaced. The backup is checked before."), back)
        warning.setWordWrap(True)
        back_layout.addWidget(warning)
        back_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.last_label)
        layout.addWidget(make)
        layout.addWidget(back)
        layout.addWidget(self.message)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.choose_button.clicked.connect(self._choose_folder)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self._choose_backup)
        self.show_last()

    def show_last(self) -> None:
        try:
            self.last_label.setText(last_backup_text(self.service.last(self.actor)))
        except DomainError as exc:
            self.message.show_message(error_text(exc))

    def _stages(self) -> dict[str, str]:
        """The service's stages in words (worded on the GUI thread, before the work)."""
        return {"copy": self.tr("Copying the database…"),
                "verify": self.tr("Checking every stored file…"),
                "restore": self.tr("Replacing the database…"),
                "check": self.tr("Checking the restored database…")}

    # -- backing up -------------------------------------------------------------------------

    @Slot()
    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backups"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    @Slot()
    def back_up(self) -> Operation | None:
        """A verified backup into the folder, under a new name."""
        self.message.clear_message()
        self.result_label.clear()
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            self.message.show_message(self.tr("Choose a folder that exists: %1").replace(
                "%1", self.folder.text().strip() or "—"))
            return None
        settings.BACKUP_FOLDER.set(str(folder))

        def work(progress: Progress) -> BackupMade:
            return self.service.make(self.actor, folder, progress=_reporter(progress, stages),
                                     cancelled=progress.cancelled)

        stages = self._stages()
        op = Operation(work, self)
        op.succeeded.connect(self._made)
        op.failed.connect(lambda text, _exc: self.message.show_message(
            self.tr("No backup was made. %1").replace("%1", text)))
        self.operation = op
        run_with_progress(op, self, self.tr("Backing up…"), delay_ms=0)
        return op

    @Slot(object)
    def _made(self, made: BackupMade) -> None:
        self.made = made
        self.result_label.setText(self.tr(
            "Backed up to %1: %2 stored files and %3 audit events checked.")
            .replace("%1", str(made.path)).replace("%2", str(made.blobs))
            .replace("%3", str(made.audit_events)))
        self.show_last()
        self.session.announce(self.result_label.text())  # the status bar too: the dialog
        self.session.notify(Change.BACKUP)              # may be closed before it is read

    # -- restoring --------------------------------------------------------------------------

    @Slot()
    def _choose_backup(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("A backup to restore"),
                                                self.folder.text())
        if not chosen:
            return
        asked = QMessageBox.question(
            self, self.tr("Restore"),
            self.tr("Replace everything in the database with %1? Whatever was done since "
                    "that backup is lost.").replace("%1", Path(chosen).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if asked == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(chosen))

    def restore_from(self, source: Path) -> Operation:
        """Restore *source* (asked and confirmed already; tests call this directly)."""
        self.message.clear_message()
        self.result_label.clear()

        def work(progress: Progress) -> Restored:
            return self.service.restore(self.actor, source,
                                        progress=_reporter(progress, stages),
                                        cancelled=progress.cancelled)

        stages = self._stages()
        op = Operation(work, self)
        op.succeeded.connect(self._restored)
        op.failed.connect(lambda text, _exc: self.message.show_message(
            self.tr("Nothing was restored. %1").replace("%1", text)))
        self.operation = op
        run_with_progress(op, self, self.tr("Restoring…"), delay_ms=0)
        return op

    @Slot(object)
    def _restored(self, restored: Restored) -> None:
        self.restored = restored
        lines = [self.tr("Restored from %1: %2 stored files and %3 audit events checked.")
                 .replace("%1", restored.source.name).replace("%2", str(restored.blobs))
                 .replace("%3", str(restored.audit_events))]
        if restored.breaches:
            lines.append(self.tr("The restored database breaks %n rule(s); the command "
                                 "'export-commission check' lists them.", "",
                                 len(restored.breaches)))
        lines.append(self.tr("Close the program and start it again, so that every screen "
                             "reads the restored database."))
        self.result_label.setText("\n".join(lines))
        self.session.announce(lines[0])
        for change in (Change.APPLICATION, Change.CONCLUSION, Change.CALENDAR):
            self.session.notify(change)
        self.show_last()


def _reporter(progress: Progress, stages: dict[str, str]) -> Callable[[str, int, int], None]:
    """The service's progress as the progress bar's, each stage in words."""
    return lambda stage, done, total: progress.update(done, total, stages.get(stage, ""))
