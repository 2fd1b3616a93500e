"""Importing files into an application: the kind and dpi question, the work, the summary.

The work runs in an :class:`~desktop.ui.kit.operations.Operation`. It hands the files to
:meth:`DocumentService.import_files` one at a time, so the progress dialog can name the file
being read; the service stores each file whole or not at all, so a cancel between or inside
files never leaves half a file behind.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.documents import count_pages
from desktop.documents.errors import FileRefused
from desktop.domain.documents import DOCUMENT_KINDS, PageKind
from desktop.domain.errors import DomainError, Refusal
from desktop.domain.text import shown
from desktop.services.actor import Actor
from desktop.services.documents import MAX_DPI, MIN_DPI, DocumentService
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.labels import page_kind_name
from desktop.ui.kit.operations import Progress

__all__ = [
    "IMPORT_SUFFIXES",
    "ImportJob",
    "ImportOptionsDialog",
    "ImportOutcome",
    "ImportSummaryDialog",
    "file_filters",
    "suggest_options",
    "summary_text",
]

log = logging.getLogger(__name__)

class DocumentImport(QObject):
    """The translation context of the import's file filters and summary.

    ``DocumentImport.tr(text, "", n)`` is the form ``pyside6-lupdate`` reads as a plural (numerus)
    message; ``QCoreApplication.translate`` with *n* is not recognised as one.
    """

IMPORT_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf"})
"""What the file dialog offers; the service still checks every file's content."""

_PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg"})
PDF_DPI = 200
"""PDF pages are rendered at this resolution by default: sharp text, modest files."""
IMAGE_DPI = 300


def file_filters() -> list[str]:
    """The file dialog's filters, translated."""
    return [
        DocumentImport.tr("Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)"),
        DocumentImport.tr("JPEG images (*.jpg *.jpeg)"),
        DocumentImport.tr("PNG images (*.png)"),
        DocumentImport.tr("TIFF images (*.tif *.tiff)"),
        DocumentImport.tr("PDF documents (*.pdf)"),
    ]


def suggest_options(paths: Sequence[Path | str]) -> tuple[PageKind, int]:
    """Sensible defaults: camera JPEGs are photos at 300 dpi; PDFs are forms at 200 dpi."""
    suffixes = {Path(p).suffix.lower() for p in paths}
    if suffixes and suffixes <= _PHOTO_SUFFIXES:
        return PageKind.PHOTO, IMAGE_DPI
    if ".pdf" in suffixes:
        return PageKind.FORM, PDF_DPI
    return PageKind.FORM, IMAGE_DPI


class ImportOptionsDialog(QDialog):
    """Asks what the files are (the page kind) and at which resolution to store them."""

    def __init__(self, paths: Sequence[Path | str], parent: QWidget | None = None,
                 kinds: Sequence[PageKind] = DOCUMENT_KINDS) -> None:
        super().__init__(parent)
        self.setObjectName("ImportOptionsDialog")
        self.setWindowTitle(self.tr("Import files"))
        self.paths = [Path(p) for p in paths]
        kind, dpi = suggest_options(self.paths)

        names = ", ".join(shown(p.name, keep_lines=False) for p in self.paths[:3])
        if len(self.paths) > 3:
            names += self.tr(" and %1 more").replace("%1", str(len(self.paths) - 3))
        heading = self.tr("%n file(s): ", "", len(self.paths))
        self.files_label = QLabel(heading + names, self)
        self.files_label.setWordWrap(True)
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Page kind"))
        for value in kinds:
            self.kind.addItem(page_kind_name(value), value.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))

        self.dpi = QSpinBox(self)
        self.dpi.setAccessibleName(self.tr("Resolution"))
        self.dpi.setRange(MIN_DPI, MAX_DPI)
        self.dpi.setSingleStep(50)
        self.dpi.setSuffix(self.tr(" dpi"))
        self.dpi.setValue(dpi)
        self.dpi.setToolTip(self.tr(
            "PDF pages are rendered at this resolution; finer images are reduced to it."))

        form = QFormLayout()
        form.addRow(self.tr("&Kind of pages:"), self.kind)
        form.addRow(self.tr("&Resolution:"), self.dpi)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.files_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[PageKind, int]:
        return PageKind(self.kind.currentData()), self.dpi.value()


@dataclass
class ImportOutcome:
    """What a batch did, file by file; complete even when it was cancelled or failed."""

    files: int
    page_ids: list[int] = field(default_factory=list)
    files_stored: int = 0
    rejections: list[tuple[str, DomainError]] = field(default_factory=list)
    cancelled: bool = False


class ImportJob:
    """The import's work function for an :class:`Operation`; keeps its outcome readable.

    The outcome stays available after a cancel (the operation then reports no result) and
    after a failure (the pages stored before it are still stored).
    """

    def __init__(self, service: DocumentService, actor: Actor, application_id: int,
                 paths: Sequence[Path | str], kind: PageKind, dpi: int,
                 label_format: str) -> None:
        self.service = service
        self.actor = actor
        self.application_id = application_id
        self.paths = [Path(p) for p in paths]
        self.kind = kind
        self.dpi = dpi
        self.label_format = label_format
        """"%1 (file %2 of %3)", translated on the GUI thread."""
        self.outcome = ImportOutcome(len(self.paths))

    def _label(self, number: int, path: Path) -> str:
        return (self.label_format.replace("%1", shown(path.name, keep_lines=False))
                .replace("%2", str(number))
                .replace("%3", str(len(self.paths))))

    def __call__(self, progress: Progress) -> ImportOutcome:
        expected = [count_pages(p, self.service.limits) for p in self.paths]
        total = sum(expected)
        before = 0
        for number, (path, pages) in enumerate(zip(self.paths, expected, strict=True), 1):
            if progress.cancelled():
                self.outcome.cancelled = True
                break
            label = self._label(number, path)
            progress.update(before, total, label)

            def step(done: int, _total: int, before: int = before, label: str = label) -> None:
                progress.update(before + done, total, label)

            report = self.service.import_files(
                self.actor, self.application_id, [path], self.kind, self.dpi,
                progress=step, cancelled=progress.cancelled)
            self.outcome.page_ids.extend(report.page_ids)
            self.outcome.rejections.extend(report.rejections)
            if report.page_ids:
                self.outcome.files_stored += 1
            if report.cancelled:
                self.outcome.cancelled = True
                break
            before += pages
            progress.update(before, total, label)
        return self.outcome


class ImportSummaryDialog(QDialog):
    """How many pages were stored, and each file that was not, with the reason."""

    def __init__(self, outcome: ImportOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportSummaryDialog")
        self.setWindowTitle(self.tr("Import finished"))
        self.outcome = outcome
        self.heading = QLabel(summary_text(outcome), self)
        self.heading.setWordWrap(True)
        self.file_list = QListWidget(self)
        self.file_list.setAccessibleName(self.tr("Files not imported"))
        self.file_list.setWordWrap(True)
        for name, refusal in outcome.rejections:
            self.file_list.addItem(error_text(_short_name(refusal, name)))
            self.file_list.item(self.file_list.count() - 1).setToolTip(name)
        self.file_list.setVisible(bool(outcome.rejections))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)  # Enter closes
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        if outcome.rejections:
            layout.addWidget(QLabel(self.tr("Not imported:"), self))
        layout.addWidget(self.file_list, 1)
        layout.addWidget(buttons)
        self.resize(560, 320 if outcome.rejections else 120)

    def lines(self) -> list[str]:
        """The rejected files as listed (for tests and accessibility)."""
        return [self.file_list.item(i).text() for i in range(self.file_list.count())]


def _short_name(refusal: DomainError, name: str) -> Refusal | DomainError:
    """The refusal of a file, naming it without its folder (the tooltip has the path)."""
    if not isinstance(refusal, FileRefused):
        return refusal
    stored = Refusal.of(refusal)
    return replace(stored, values=(Path(name).name, *stored.values[1:]))


def summary_text(outcome: ImportOutcome) -> str:
    """"5 pages stored from 2 files." / "Cancelled: 1 file stored, the rest not imported."."""
    pages, files = len(outcome.page_ids), outcome.files_stored
    if outcome.cancelled:
        return DocumentImport.tr("Cancelled: %n file(s) stored, the rest not imported.", "", files)
    text = DocumentImport.tr("%n page(s) stored", "", pages)
    text += DocumentImport.tr(" from %n file(s).", "", files) if pages else "."
    if rejected := len(outcome.rejections):
        text += " " + DocumentImport.tr("%n file(s) not imported.", "", rejected)
    return text
