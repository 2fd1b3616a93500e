"""The journal screen: every numbered document, filtered by period, kind and status, with
the chosen one's signers, its PDF in the preview, its check, a copy saved, and the export.

The chairperson, the members and the administrator open it from View ▸ Journal of
documents. Choosing a row shows the document in the preview; Enter opens its application.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.errors import DomainError
from desktop.services.exports import ExportKind
from desktop.services.journal import JournalEntry, JournalFilter
from desktop.ui.journal.model import ENTRY_ROLE, Column, JournalModel
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.labels import document_kind_name, document_status_name
from desktop.ui.kit.pdf_preview import PdfPreview
from desktop.ui.kit.read_when_shown import ReadWhenShown
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.widgets import DateField, InlineMessage

__all__ = ["JournalWidget"]

log = logging.getLogger(__name__)

_LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class JournalWidget(ReadWhenShown):
    """The journal tab; nothing is read until it is first shown."""

    openRequested = Signal(int)
    """The user wants the document's application (its id)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, (Change.CONCLUSION, Change.RETURNS, Change.APPLICATION),
                         parent)
        self.setObjectName("JournalWidget")
        self.session = session
        self.actor = session.actor
        self.documents = session.services.conclusions
        self.model = JournalModel(session.services.journal, session.actor, self)

        today = QDate.currentDate()
        self.start = DateField(QDate(today.year(), 1, 1), self)
        self.end = DateField(QDate(today.year(), 12, 31), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.kind = QComboBox(self)
        self.status = QComboBox(self)
        for combo in (self.kind, self.status):  # measured again in each language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.start_label, self.end_label = QLabel(self), QLabel(self)
        self.kind_label, self.status_label = QLabel(self), QLabel(self)
        for label, buddy in ((self.start_label, self.start), (self.end_label, self.end),
                             (self.kind_label, self.kind), (self.status_label, self.status)):
            label.setBuddy(buddy)
        self.total_label = QLabel(self)
        self.export_button = QPushButton(self)

        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((Column.NUMBER, 140), (Column.DATE, 85), (Column.KIND, 120),
                              (Column.APPLICATION, 130), (Column.APPLICANT, 200),
                              (Column.STATUS, 150)):
            header.resizeSection(column, width)

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.signers = QLabel(self)
        self.signers.setWordWrap(True)
        self.signers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.language = QComboBox(self)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.verify_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.message = InlineMessage(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.preview = PdfPreview(self)

        filters = QHBoxLayout()
        for widget in (self.start_label, self.start, self.end_label, self.end,
                       self.kind_label, self.kind, self.status_label, self.status):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.total_label)
        filters.addWidget(self.export_button)
        actions = QHBoxLayout()
        for widget in (self.language_label, self.language, self.verify_button,
                       self.save_button, self.open_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.heading)
        side_layout.addWidget(self.signers)
        side_layout.addLayout(actions)
        side_layout.addWidget(self.message)
        side_layout.addWidget(self.info)
        side_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.start.dateChanged.connect(self.apply_filter)
        self.end.dateChanged.connect(self.apply_filter)
        self.kind.activated.connect(self.apply_filter)
        self.status.activated.connect(self.apply_filter)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.view.activated.connect(self._activated)
        self.model.totalChanged.connect(self._show_total)
        self.model.modelReset.connect(lambda: self._show_entry(None))
        self.language.currentIndexChanged.connect(lambda _i: self._show_document())
        self.verify_button.clicked.connect(self.verify)
        self.save_button.clicked.connect(self._save)
        self.open_button.clicked.connect(self._open_application)
        self.export_button.clicked.connect(self.export)
        self.retranslate_ui()
        self._show_entry(None)

    # -- words ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.start_label.setText(self.tr("&From:"))
        self.end_label.setText(self.tr("&To:"))
        self.kind_label.setText(self.tr("&Document:"))
        self.status_label.setText(self.tr("&Status:"))
        self.start.setAccessibleName(self.tr("Dated from"))
        self.end.setAccessibleName(self.tr("Dated to"))
        self._fill(self.kind, [(document_kind_name(k), k) for k in ConclusionKind])
        self._fill(self.status, [(document_status_name(s), s) for s in ConclusionStatus])
        self.language_label.setText(self.tr("&Language:"))
        self.verify_button.setText(self.tr("&Verify…"))
        self.save_button.setText(self.tr("Save &PDF…"))
        self.open_button.setText(self.tr("Open the &application"))
        self.export_button.setText(self.tr("E&xport the journal…"))
        self.view.setAccessibleName(self.tr("Journal of documents"))
        self.preview.setAccessibleName(self.tr("Preview of the document"))
        self._show_total(self.model.total)
        self._show_entry(self.current)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def _fill(self, combo: QComboBox, choices: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for text, value in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- reading ----------------------------------------------------------------------------

    def query(self) -> JournalFilter:
        """The filter the fields say (a period that ends before it starts is refused)."""
        kind, status = self.kind.currentData(), self.status.currentData()
        return JournalFilter(
            start=date(*self.start.date().getDate()), end=date(*self.end.date().getDate()),
            kinds=frozenset({ConclusionKind(kind)}) if kind else frozenset(),
            statuses=frozenset({ConclusionStatus(status)}) if status else frozenset())

    @Slot()
    def apply_filter(self) -> None:
        self.message.clear_message()
        try:
            query = self.query()
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        self.model.set_filter(query, read=self.due_now())  # else read when shown

    @Slot()
    def refresh(self) -> None:
        """Read the journal again (F5, a document signed or drafted elsewhere)."""
        self.apply_filter()

    @Slot(int)
    def _show_total(self, total: int) -> None:
        self.total_label.setText(self.tr("%n document(s)", "", total))

    # -- the chosen document ----------------------------------------------------------------

    @property
    def current(self) -> JournalEntry | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].data(ENTRY_ROLE) if rows else None

    def select_number(self, number: str) -> bool:
        """Choose the row of the document numbered *number* among those fetched."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).number == number:
                self.view.selectRow(row)
                return True
        return False

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_args: object) -> None:
        self._show_entry(self.current)

    def _show_entry(self, entry: JournalEntry | None) -> None:
        self.message.clear_message()
        self.info.clear()
        for button in (self.verify_button, self.save_button, self.open_button):
            button.setEnabled(entry is not None)
        self.language.setEnabled(entry is not None)
        if entry is None:
            self.heading.setText(self.tr("Choose a document in the journal."))
            self.signers.clear()
            self.language.blockSignals(True)
            self.language.clear()
            self.language.blockSignals(False)
            self.preview.clear()
            return
        self.heading.setText(self.tr("%1 %2 of %3 · %4").replace(
            "%1", document_kind_name(entry.kind)).replace("%2", entry.number)
            .replace("%3", entry.issued_on.strftime("%d.%m.%Y"))
            .replace("%4", document_status_name(entry.status)))
        lines = []
        for signer in entry.signers:
            if signer.signed_at is None:
                lines.append(self.tr("%1: not signed yet").replace("%1", signer.full_name))
            else:
                lines.append(self.tr("%1: signed %2").replace("%1", signer.full_name).replace(
                    "%2", signer.signed_at.astimezone().strftime("%d.%m.%Y %H:%M")))
        self.signers.setText("\n".join(lines) or self.tr("No signers."))
        chosen = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        for lang in entry.languages:
            self.language.addItem(_LANGUAGES.get(lang, lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language.blockSignals(False)
        self.verify_button.setEnabled(bool(entry.languages))
        self.save_button.setEnabled(bool(entry.languages))
        self._show_document()

    def _show_document(self) -> None:
        entry, lang = self.current, self.language.currentData()
        self.preview.clear()
        if entry is None or lang is None:
            return
        try:
            self.preview.show_pdf(self.documents.document(self.actor, entry.id, lang))
        except DomainError as exc:
            self.message.show_message(error_text(exc))

    # -- actions ----------------------------------------------------------------------------

    @Slot()
    def verify(self) -> QWidget | None:
        """Check the chosen document's signatures in the verify dialog."""
        from desktop.ui.conclusions.verify_dialog import VerifyDialog

        entry, lang = self.current, self.language.currentData()
        if entry is None or lang is None:
            return None
        self.message.clear_message()
        try:
            data = self.documents.document(self.actor, entry.id, lang)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return None
        dialog = VerifyDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.verify_stored(f"{entry.number} ({lang})", data)
        dialog.open()
        return dialog

    @Slot()
    def _save(self) -> None:
        entry, lang = self.current, self.language.currentData()
        if entry is None or lang is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), f"{entry.number}-{lang}.pdf",
            self.tr("PDF documents (*.pdf)"))
        if target:
            self.save_to(Path(target))

    def save_to(self, path: Path) -> bool:
        """Write the chosen document, as it stands, to *path*."""
        entry, lang = self.current, self.language.currentData()
        if entry is None or lang is None:
            return False
        self.message.clear_message()
        try:
            path.write_bytes(self.documents.document(self.actor, entry.id, lang))
        except DomainError as exc:
            self.message.show_message(self.tr("Not saved. %1").replace("%1", error_text(exc)))
            return False
        except OSError as exc:
            self.message.show_message(self.tr("Not saved. %1").replace(
                "%1", self.tr("The file cannot be written (%1).").replace(
                    "%1", exc.strerror or type(exc).__name__)))
            return False
        self.info.setText(self.tr("Saved to %1").replace("%1", str(path)))
        return True

    @Slot()
    def _open_application(self) -> None:
        entry = self.current
        if entry is not None:
            self.openRequested.emit(entry.application_id)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is not None:
            self.openRequested.emit(entry.application_id)

    @Slot()
    def export(self) -> QWidget:
        """The export dialog, set to the journal and this period."""
        from desktop.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.choose(ExportKind.JOURNAL, self.start.date(), self.end.date())
        dialog.open()
        return dialog
