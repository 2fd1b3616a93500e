"""Reading the text of the pages (OCR) after the clerk changed them.

After an import, a scan or a page tool, the pages whose present image has no reading yet
are read in the background (the service hands them to worker processes), with the panel's
progress dialog and its Cancel; pages read before a cancel keep their text. The panel only
speaks when something needs saying: OCR is not installed, or a page could not be read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.ui.kit import settings
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation, Progress

if TYPE_CHECKING:
    from desktop.services.page_text import ReadReport
    from desktop.ui.documents.panel import DocumentsPanel

__all__ = ["TextReading"]


class TextReading(QObject):
    done = Signal()
    """A reading ended (read, failed, missing or cancelled): what was read may be new."""

    def __init__(self, panel: DocumentsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.due = False
        """Pages changed while the panel was busy: read once it is idle."""
        self.last: ReadReport | None = None

    def after_change(self) -> None:
        if not self.panel.editable or not settings.DOCUMENTS_READ_TEXT.get():
            return
        self.due = True
        if not self.panel.busy:
            self.start()

    def when_idle(self) -> None:
        if self.due and not self.panel.busy:
            self.start()

    def start(self) -> Operation:
        self.due = False
        panel = self.panel
        service, actor, app_id = (panel.session.services.page_text, panel.actor,
                                  panel.application_id)

        def work(progress: Progress) -> ReadReport:
            return service.read_application(actor, app_id, progress=progress.update,
                                            cancelled=progress.cancelled)

        op = Operation(work, panel)
        op.succeeded.connect(while_alive(panel, self._done))
        op.failed.connect(while_alive(panel, panel.operation_failed))
        op.finished.connect(while_alive(panel, self.done.emit))
        return panel.run(op, self.tr("Reading the text of the pages"))

    def _done(self, report: ReadReport) -> None:
        self.last = report
        if report.missing:
            self.panel.show_message(error_text(report.not_installed()))
        elif report.failed:
            self.panel.reload()  # the pages' tooltips say which
            self.panel.show_message(self.tr(
                "Pages whose text could not be read: %1. The scans are kept as they are."
            ).replace("%1", str(len(report.failed))))
