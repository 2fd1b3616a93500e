"""File ▸ Export: the registry or the journal of conclusions for a period, to XLSX or CSV."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services.exports import ExportKind, Period
from desktop.ui.kit import settings
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.language import interface_language
from desktop.ui.kit.operations import Operation, Progress, run_with_progress
from desktop.ui.kit.session import Session
from desktop.ui.kit.widgets import DateField, InlineMessage

__all__ = ["ExportDialog"]

log = logging.getLogger(__name__)


class ExportDialog(QDialog):
    """Choose what and which period; the file is written off the GUI thread with a
    progress bar and Cancel, and the dialog says how many rows went where."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = session.services.exports
        self.actor = session.actor
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Export"))

        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Registry of requests (received in the period)"),
                          ExportKind.REGISTRY.value)
        self.kind.addItem(self.tr("Journal of conclusions (dated in the period)"),
                          ExportKind.JOURNAL.value)
        self.kind.setAccessibleName(self.tr("What to export"))
        today = QDate.currentDate()
        self.start = DateField(QDate(today.year(), 1, 1), self)
        self.end = DateField(today, self)
        for edit, name in ((self.start, self.tr("Period from")),
                           (self.end, self.tr("Period to"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setAccessibleName(name)
        self.language = QComboBox(self)
        for code, name in (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.language.setAccessibleName(self.tr("Language of the column headers"))
        self.message = InlineMessage(self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.kind)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow(self.tr("&Headers in:"), self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def choose(self, kind: ExportKind, start: QDate, end: QDate) -> None:
        """Start from *kind* and a period (the journal screen opens it on its own)."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.start.setDate(start)
        self.end.setDate(end)

    def period(self) -> Period:
        return Period(date(*self.start.date().getDate()), date(*self.end.date().getDate()))

    @Slot()
    def _choose_file(self) -> None:
        kind = ExportKind(self.kind.currentData())
        folder = settings.start_folder(settings.EXPORT_FOLDER.get())
        suggested = Path(folder) / f"{kind.value}-{self.start.date().toString('yyyyMMdd')}-" \
                                   f"{self.end.date().toString('yyyyMMdd')}.xlsx"
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(suggested),
            self.tr("Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)"))
        if target:
            self.export_to(Path(target))

    def export_to(self, path: Path) -> Operation | None:
        """Write the export to *path* in the background (tests call this directly)."""
        self.message.clear_message()
        self.result_label.clear()
        try:
            period = self.period()
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return None
        settings.EXPORT_FOLDER.set(str(path.parent))
        kind, lang = ExportKind(self.kind.currentData()), self.language.currentData()

        def work(progress: Progress) -> int:
            return self.service.export(self.actor, kind, period, path, lang=lang,
                                       progress=lambda done, total: progress.update(done,
                                                                                    total),
                                       cancelled=progress.cancelled)

        op = Operation(work)
        op.succeeded.connect(lambda count: self.result_label.setText(
            self.tr("%n row(s) written to %1", "", int(count)).replace("%1", str(path))))
        op.failed.connect(lambda text, _exc: self.message.show_message(text))
        self.operation = op
        run_with_progress(op, self, self.tr("Exporting…"))
        return op
