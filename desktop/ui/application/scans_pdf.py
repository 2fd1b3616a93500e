"""Saving an application's scans as one searchable PDF/A, for the record (any role that views).

The file is made off the GUI thread (each scan is embedded, the text read from it laid
beneath) with a progress dialog; where it went, or why it did not, is said in the
application's own message lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desktop.ui.kit import settings
from desktop.ui.kit.icons import icon
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation, Progress, run_with_progress
from desktop.ui.kit.retranslate import translated
from desktop.ui.kit.theme import Tone

if TYPE_CHECKING:
    from desktop.services.page_text import ScansPdf
    from desktop.ui.application.view import ApplicationView

__all__ = ["ScansPdfButton"]


class ScansPdfButton(QPushButton):
    def __init__(self, view: ApplicationView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setIcon(icon("export"))
        translated(self, lambda: (
            self.setText(self.tr("Scans as searchable &PDF…")),
            self.setToolTip(self.tr("Save the application's scans as one PDF/A file whose "
                                    "text can be searched and copied"))))
        self.clicked.connect(self.choose_file)
        self.dialog: QFileDialog | None = None

    @Slot()
    def choose_file(self) -> QFileDialog:
        name = f"{self.view.number}-scans.pdf"
        dialog = QFileDialog(self, self.tr("Save the scans as a searchable PDF"),
                             str(Path(settings.start_folder()) / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.fileSelected.connect(lambda chosen: self.save_to(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, path: Path) -> Operation:
        view = self.view
        service, actor, app_id = (view.session.services.page_text, view.actor,
                                  view.application_id)

        def work(_progress: Progress) -> tuple[Path, ScansPdf]:
            pdf = service.scans_pdf(actor, app_id)
            path.write_bytes(pdf.data)
            return path, pdf

        op = Operation(work, self)
        op.succeeded.connect(while_alive(view, self._saved))
        op.failed.connect(while_alive(view, self._not_saved))
        self.setEnabled(False)
        op.finished.connect(while_alive(self, lambda: self.setEnabled(True)))
        run_with_progress(op, view, self.tr("Writing the searchable PDF"))
        return op

    def _saved(self, result: tuple[Path, ScansPdf]) -> None:
        """Where the file went; and, when some pages went in without their text, how many
        and why, as a warning: such a file cannot be searched for them."""
        path, pdf = result
        said = self.tr("Saved to %1").replace("%1", str(path))
        self.view.message.clear_message()
        self.view.info.setText(said)
        self.view.info.show()
        if pdf.with_text < pdf.pages:
            said = f"{said}. {self.untexted(pdf)}"
            self.view.message.show_message(self.untexted(pdf), Tone.WARNING)
        self.view.session.announce(said)

    def untexted(self, pdf: ScansPdf) -> str:
        said = [self.tr("The text of %1 of %2 page(s) is in the file.")
                .replace("%1", str(pdf.with_text)).replace("%2", str(pdf.pages))]
        if pdf.unread:
            said.append(self.tr("%1 page(s) have not been read yet (OCR) and carry no "
                                "text: read them with the command read-scans %2, then save "
                                "the PDF again.")
                        .replace("%1", str(pdf.unread)).replace("%2", self.view.number))
        if pdf.failed:
            said.append(self.tr("%1 page(s) could not be read.").replace("%1",
                                                                         str(pdf.failed)))
        return " ".join(said)

    def _not_saved(self, message: str, exc: object) -> None:
        """*message* is the refusal in words (no scans, say); a file that cannot be written
        is said with the system's reason."""
        if isinstance(exc, OSError):
            message = self.tr("The file cannot be written (%1).").replace(
                "%1", exc.strerror or type(exc).__name__)
        self.view.message.show_message(self.tr("Not saved. %1").replace("%1", message))
