"""Scanning paper documents straight into an application.

The dialog lists SANE's scanners (off the GUI thread: network scanners take seconds), lets the
clerk choose resolution, colour mode, source and page kind, then scans and stores in one
:class:`~desktop.ui.kit.operations.Operation`: each page is stored through
:meth:`DocumentService.import_images` as soon as the scanner delivers it, so a jam or a cancel
keeps the pages already scanned and drops only the one being read.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import scanning
from desktop.domain.documents import DOCUMENT_KINDS, PageKind
from desktop.scanning import ScanMode, ScannerDevice, ScanSettings, ScanSource
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService, ImportReport
from desktop.ui.kit import settings
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.icons import icon
from desktop.ui.kit.labels import page_kind_name, scan_mode_name, scan_source_name
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation, Progress, run_with_progress
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["RESOLUTIONS", "ScanDialog", "ScanJob"]

log = logging.getLogger(__name__)

RESOLUTIONS = (150, 200, 300, 600)
"""Offered for every scanner; the scanner refuses, with a clear message, one it cannot do."""


class ScanJob:
    """Scan and store, for an :class:`Operation`; the report stays readable after a cancel."""

    def __init__(self, service: DocumentService, actor: Actor, application_id: int,
                 scan: ScanSettings, kind: PageKind, label_format: str) -> None:
        self.service = service
        self.actor = actor
        self.application_id = application_id
        self.scan = scan
        self.kind = kind
        self.label_format = label_format
        """"Scanning page %1 (%2 stored)…", translated on the GUI thread."""
        self.report = ImportReport()

    def __call__(self, progress: Progress) -> ImportReport:
        stored = 0

        def scanned(page: int, done: int, total: int) -> None:
            label = self.label_format.replace("%1", str(page)).replace("%2", str(stored))
            progress.update(done, max(total, 0), label)

        def saved(done: int, _total: int) -> None:
            nonlocal stored
            stored = done

        pages = scanning.scan_pages(self.scan, scanned, progress.cancelled)
        self.report = self.service.import_images(
            self.actor, self.application_id, pages, self.kind, dpi=self.scan.resolution,
            source_name="scan", progress=saved, cancelled=progress.cancelled)
        return self.report


class ScanDialog(QDialog):
    """Choose a scanner and its settings, scan, and store the pages in the application."""

    pagesStored = Signal(int)
    """Pages were stored (their number), also after a cancel or a jam."""

    def __init__(self, session: Session, application_id: int, parent: QWidget | None = None,
                 kinds: Sequence[PageKind] = DOCUMENT_KINDS) -> None:
        super().__init__(parent)
        self.setObjectName("ScanDialog")
        self.setWindowTitle(self.tr("Scan documents"))
        self._session = session
        self._service = session.services.documents
        self._actor = session.actor
        self._application_id = application_id
        self._operation: Operation | None = None
        self._job: ScanJob | None = None
        self.devices: list[ScannerDevice] = []
        self.progress_dialog: QProgressDialog | None = None

        self.device = QComboBox(self)
        self.device.setAccessibleName(self.tr("Scanner"))
        self.device.setMinimumContentsLength(28)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Look for scanners again"))
        device_row = QHBoxLayout()
        device_row.addWidget(self.device, 1)
        device_row.addWidget(self.refresh_button)

        self.resolution = QComboBox(self)
        self.resolution.setAccessibleName(self.tr("Resolution"))
        for dpi in RESOLUTIONS:
            self.resolution.addItem(self.tr("%1 dpi").replace("%1", str(dpi)), dpi)
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("Colour mode"))
        for mode in ScanMode:
            self.mode.addItem(scan_mode_name(mode), mode.value)
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Paper source"))
        for source in ScanSource:
            self.source.addItem(scan_source_name(source), source.value)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Page kind"))
        for kind in kinds:
            self.kind.addItem(page_kind_name(kind), kind.value)
        self._restore_settings()

        device_label = QLabel(self.tr("&Scanner:"), self)
        device_label.setBuddy(self.device)
        form = QFormLayout()
        form.addRow(device_label, device_row)
        form.addRow(self.tr("Re&solution:"), self.resolution)
        form.addRow(self.tr("&Colour mode:"), self.mode)
        form.addRow(self.tr("&Paper source:"), self.source)
        form.addRow(self.tr("&Kind of pages:"), self.kind)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.scan_button = self.buttons.addButton(self.tr("S&can"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.scan_button.setIcon(icon("scan"))
        self.scan_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.refresh_button.clicked.connect(self.refresh_devices)
        self.scan_button.clicked.connect(self.start_scan)
        self.device.currentIndexChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- settings -------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        for combo, value in ((self.resolution, settings.SCAN_RESOLUTION.get()),
                             (self.mode, settings.SCAN_MODE.get()),
                             (self.source, settings.SCAN_SOURCE.get())):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.kind.setCurrentIndex(max(0, self.kind.findData(PageKind.FORM.value)))

    def _save_settings(self, scan: ScanSettings) -> None:
        settings.SCAN_DEVICE.set(scan.device)
        settings.SCAN_RESOLUTION.set(scan.resolution)
        settings.SCAN_MODE.set(scan.mode.value)
        settings.SCAN_SOURCE.set(scan.source.value)

    def scan_settings(self) -> ScanSettings | None:
        """What the form says, or None while no scanner is chosen."""
        device = self.device.currentData()
        if not device:
            return None
        return ScanSettings(device, int(self.resolution.currentData()),
                            ScanMode(self.mode.currentData()),
                            ScanSource(self.source.currentData()))

    @property
    def busy(self) -> bool:
        return self._operation is not None

    def _update_buttons(self) -> None:
        idle = self._operation is None
        self.scan_button.setEnabled(idle and bool(self.device.currentData()))
        self.refresh_button.setEnabled(idle)

    # -- devices -------------------------------------------------------------------------------

    @Slot()
    def refresh_devices(self) -> Operation | None:
        """Ask SANE for the scanners (in the background); the list fills when it answers."""
        if self._operation is not None:
            return None
        self.error.clear_message()
        self.status.setText(self.tr("Looking for scanners…"))
        op = Operation(lambda _progress: scanning.list_devices(), self)
        op.succeeded.connect(while_alive(self, self._devices_found))
        op.failed.connect(while_alive(self, self._devices_failed))
        self._run(op)
        return op

    @Slot(object)
    def _devices_found(self, devices: list[ScannerDevice]) -> None:
        self.devices = list(devices)
        remembered = self.device.currentData() or settings.SCAN_DEVICE.get()
        self.device.clear()
        for device in self.devices:
            self.device.addItem(f"{device.label} ({device.name})", device.name)
        index = self.device.findData(remembered)
        if index >= 0:
            self.device.setCurrentIndex(index)
        if self.devices:
            self.status.setText(self.tr("%n scanner(s) found.", "", len(self.devices)))
        else:
            self.status.setText(self.tr(
                "No scanner found. Connect and switch on the scanner, then press Refresh."))

    @Slot(str, object)
    def _devices_failed(self, message: str, _exc: object) -> None:
        self.status.clear()
        self.error.show_message(message)

    # -- scanning ------------------------------------------------------------------------------

    @Slot()
    def start_scan(self) -> Operation | None:
        """Scan with the chosen settings and store the pages; None if nothing to scan with."""
        scan = self.scan_settings()
        if scan is None or self._operation is not None:
            return None
        self._save_settings(scan)
        self.error.clear_message()
        self.status.setText(self.tr("Scanning…"))
        job = ScanJob(self._service, self._actor, self._application_id, scan,
                      PageKind(self.kind.currentData()),
                      self.tr("Scanning page %1 (%2 stored)…"))
        self._job = job
        # A write of the session: the other screens hear of the pages once it succeeded.
        op = self._session.write(job, Change.DOCUMENTS, [self._application_id])
        op.succeeded.connect(while_alive(self, lambda _report: self._scan_ended(job.report)))
        op.cancelled.connect(while_alive(self, lambda: self._scan_ended(job.report)))
        op.failed.connect(while_alive(self, self._scan_failed))
        self._run(op, self.tr("Scanning"))
        return op

    def _scan_ended(self, report: ImportReport) -> None:
        stored = len(report.page_ids)
        text = self.tr("%n page(s) stored.", "", stored)
        if report.cancelled:
            text = self.tr("Scanning cancelled.") + " " + text
        self.status.setText(text)
        if report.rejections:
            # The scanner's own complaint (jam, cover open, no such device) says what to do.
            self.error.show_message("\n".join(
                error_text(refusal) for _name, refusal in report.rejections))
        if stored:
            self.pagesStored.emit(stored)
            if report.cancelled:  # the write did not succeed: say it stored them anyway
                self._session.notify(Change.DOCUMENTS, [self._application_id])

    @Slot(str, object)
    def _scan_failed(self, message: str, _exc: object) -> None:
        self.status.clear()
        self.error.show_message(self.tr("Scanning failed. %1").replace("%1", message))
        if self._job is not None and self._job.report.page_ids:
            self.pagesStored.emit(len(self._job.report.page_ids))
            self._session.notify(Change.DOCUMENTS, [self._application_id])

    def _run(self, op: Operation, title: str | None = None) -> None:
        self._operation = op
        op.finished.connect(while_alive(self, self._finished))
        self._update_buttons()
        if title is None:
            op.start()
        else:
            self.progress_dialog = run_with_progress(op, self, title, delay_ms=0)

    @Slot()
    def _finished(self) -> None:
        op, self._operation = self._operation, None
        if op is not None and isValid(op) and op.parent() is self:
            op.deleteLater()  # a read of its own; a write is the session's to delete
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.devices and self._operation is None and self.device.count() == 0:
            self.refresh_devices()

    def reject(self) -> None:
        if self._operation is not None:
            self._operation.cancel()  # the dialog closes; the scan stops after this page
        super().reject()
