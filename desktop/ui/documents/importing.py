"""Importing files into an application: the kind and dpi of each file, the work, the summary.

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
    QHeaderView,
    QLabel,
    QListWidget,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.documents import count_pages
from desktop.documents.errors import FileRefused
from desktop.documents.probe import probe
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
    "ImportEntry",
    "ImportJob",
    "ImportOptionsDialog",
    "ImportOutcome",
    "ImportSummaryDialog",
    "file_filters",
    "suggest_entry",
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

PDF_DPI = 200
"""PDF pages are rendered at this resolution by default: sharp text, modest files."""
IMAGE_DPI = 300
"""What an image that does not record its resolution is taken to be, unless changed."""


def file_filters() -> list[str]:
    """The file dialog's filters, translated."""
    return [
        DocumentImport.tr("Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)"),
        DocumentImport.tr("JPEG images (*.jpg *.jpeg)"),
        DocumentImport.tr("PNG images (*.png)"),
        DocumentImport.tr("TIFF images (*.tif *.tiff)"),
        DocumentImport.tr("PDF documents (*.pdf)"),
    ]


@dataclass(frozen=True)
class ImportEntry:
    """One file of a batch: what its pages are and the resolution they are stored at."""

    path: Path
    kind: PageKind
    dpi: int
    own_dpi: bool = False
    """The file records *dpi* itself (nothing was asked)."""


def suggest_entry(path: Path | str, kinds: Sequence[PageKind] = DOCUMENT_KINDS) -> ImportEntry:
    """A sensible default for one file: its own dpi when it has one, a kind from its look."""
    path = Path(path)
    facts = probe(path)
    kind = facts.kind if facts.kind in kinds else kinds[0]
    if facts.dpi is not None:
        return ImportEntry(path, kind, min(MAX_DPI, max(MIN_DPI, facts.dpi)), own_dpi=True)
    return ImportEntry(path, kind, PDF_DPI if facts.pdf else IMAGE_DPI)


class ImportOptionsDialog(QDialog):
    """Asks, file by file, what the pages are, and the resolution of those that do not say."""

    KIND, RESOLUTION = 1, 2

    def __init__(self, paths: Sequence[Path | str], parent: QWidget | None = None,
                 kinds: Sequence[PageKind] = DOCUMENT_KINDS) -> None:
        super().__init__(parent)
        self.setObjectName("ImportOptionsDialog")
        self.setWindowTitle(self.tr("Import files"))
        self.paths = [Path(p) for p in paths]
        self.suggested = [suggest_entry(p, kinds) for p in self.paths]

        self.files_label = QLabel(self.tr(
            "Choose what each file is. The resolution is asked only for files that do not "
            "record their own."), self)
        self.files_label.setWordWrap(True)
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableWidget(len(self.paths), 3, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setAccessibleName(self.tr("Files to import"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Kind of pages"), self.tr("Resolution")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (self.KIND, self.RESOLUTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.kind_boxes: list[QComboBox] = []
        self.dpi_boxes: list[QSpinBox | None] = []
        for row, entry in enumerate(self.suggested):
            self._add_row(row, entry, kinds)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.files_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(680, min(520, 170 + 36 * len(self.paths)))

    def _add_row(self, row: int, entry: ImportEntry, kinds: Sequence[PageKind]) -> None:
        name = QTableWidgetItem(shown(entry.path.name, keep_lines=False))
        name.setToolTip(shown(str(entry.path), keep_lines=False))
        self.table.setItem(row, 0, name)
        kind = QComboBox(self.table)
        kind.setAccessibleName(self.tr("Kind of pages of %1").replace("%1", name.text()))
        for value in kinds:
            kind.addItem(page_kind_name(value), value.value)
        kind.setCurrentIndex(max(0, kind.findData(entry.kind.value)))
        self.table.setCellWidget(row, self.KIND, kind)
        self.kind_boxes.append(kind)
        if entry.own_dpi:
            own = QTableWidgetItem(self.tr("%1 dpi, from the file").replace(
                "%1", str(entry.dpi)))
            own.setToolTip(self.tr("The file records its resolution; it is kept."))
            self.table.setItem(row, self.RESOLUTION, own)
            self.dpi_boxes.append(None)
            return
        dpi = QSpinBox(self.table)
        dpi.setAccessibleName(self.tr("Resolution of %1").replace("%1", name.text()))
        dpi.setRange(MIN_DPI, MAX_DPI)
        dpi.setSingleStep(50)
        dpi.setSuffix(self.tr(" dpi"))
        dpi.setValue(entry.dpi)
        dpi.setToolTip(self.tr("PDF pages are drawn at this resolution; an image that does "
                               "not record its own is taken to have it."))
        self.table.setCellWidget(row, self.RESOLUTION, dpi)
        self.dpi_boxes.append(dpi)

    def entries(self) -> list[ImportEntry]:
        """What was chosen, file by file, in the order the files were given."""
        return [replace(entry, kind=PageKind(kind.currentData()),
                        dpi=entry.dpi if dpi is None else dpi.value())
                for entry, kind, dpi in zip(self.suggested, self.kind_boxes, self.dpi_boxes,
                                            strict=True)]


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
                 entries: Sequence[ImportEntry], label_format: str) -> None:
        self.service = service
        self.actor = actor
        self.application_id = application_id
        self.entries = list(entries)
        self.paths = [e.path for e in self.entries]
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
        for number, (entry, pages) in enumerate(zip(self.entries, expected, strict=True), 1):
            path = entry.path
            if progress.cancelled():
                self.outcome.cancelled = True
                break
            label = self._label(number, path)
            progress.update(before, total, label)

            def step(done: int, _total: int, before: int = before, label: str = label) -> None:
                progress.update(before + done, total, label)

            report = self.service.import_files(
                self.actor, self.application_id, [path], entry.kind, entry.dpi,
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
