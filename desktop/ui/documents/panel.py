"""The documents of one application: a strip of page thumbnails and the clerk's tools.

Everyone who may view an application sees the strip; clerks (``Action.IMPORT_DOCUMENTS``)
also get the toolbar: import files (file dialog or drag and drop), scan, and the page tools.
Every change runs in the background through the operation runner and ends with a reload of
the strip and a :attr:`Change.DOCUMENTS` of the session, which the other screens hear.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import scanning
from desktop.domain.documents import DOCUMENT_KINDS, PageKind
from desktop.domain.errors import ConflictError
from desktop.domain.roles import Action
from desktop.services.documents import PageInfo
from desktop.ui.documents.importing import (
    IMPORT_SUFFIXES,
    ImportEntry,
    ImportJob,
    ImportOptionsDialog,
    ImportOutcome,
    ImportSummaryDialog,
    file_filters,
    summary_text,
)
from desktop.ui.documents.page_tools import PageTools
from desktop.ui.documents.reading import TextReading
from desktop.ui.documents.scan_dialog import ScanDialog
from desktop.ui.documents.thumbnails import PageThumbnailModel
from desktop.ui.kit import settings
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.icons import icon
from desktop.ui.kit.labels import page_kind_name
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation, Progress, run_with_progress
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["DocumentsPanel", "dropped_files"]

log = logging.getLogger(__name__)


def dropped_files(event: QDropEvent) -> list[Path]:
    """The local files (and the importable files of dropped folders) a drag carries."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    found: list[Path] = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir()
                                if p.is_file() and p.suffix.lower() in IMPORT_SUFFIXES))
        else:
            found.append(path)
    return found


class DocumentsPanel(QWidget):
    """Thumbnails of an application's pages, with import, scan and page tools for clerks."""

    pageActivated = Signal(int)
    """A page was double-clicked or Enter was pressed on it (its id)."""

    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentsPanel")
        self.session = session
        self.service = session.services.documents
        self.actor = actor = session.actor
        self.application_id = application_id
        self.editable = actor.can(Action.IMPORT_DOCUMENTS)
        """Pages may be imported, scanned and edited (the clerk)."""
        self.kinds: tuple[PageKind, ...] = DOCUMENT_KINDS
        """What imported and scanned pages may be: photos on return in the return mode."""
        self._operation: Operation | None = None
        self.options_dialog: ImportOptionsDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self.scan_dialog: ScanDialog | None = None
        self.progress_dialog: QWidget | None = None

        self.model = PageThumbnailModel(self.service, actor, application_id, parent=self)
        self.model.set_reorderable(self.editable)
        self.view = self._make_view()

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self._empty_hint = ""
        self.error = InlineMessage(self)
        self.undo_button = QToolButton(self)

        self.tools = PageTools(self)
        self.reading = TextReading(self)
        self.toolbar = QToolBar(self)
        # Icons for the page tools (their names are tooltips and accessible names); import
        # and scan, the clerk's first steps, keep their words beside the icon.
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._create_actions()
        for action in (self.import_action, self.scan_action):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        messages = QHBoxLayout()
        messages.setContentsMargins(0, 0, 0, 0)
        messages.addWidget(self.message, 1)
        messages.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(messages)

        self.toolbar.setVisible(self.editable)
        self.setAcceptDrops(self.can_import)
        self.view.viewport().installEventFilter(self)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self.update_actions)
        self.model.modelReset.connect(self.update_actions)
        self.model.moveRequested.connect(self.tools.move_to)
        self._show_empty_hint()
        self.update_actions()

    def _make_view(self) -> QListView:
        view = QListView(self)
        view.setAccessibleName(self.tr("Document pages"))
        view.setModel(self.model)
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setFlow(QListView.Flow.LeftToRight)
        view.setWrapping(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setMovement(QListView.Movement.Static)  # reordering goes through the service
        view.setUniformItemSizes(True)
        view.setSpacing(6)
        icon = self.model.icon_size
        view.setIconSize(icon)
        view.setGridSize(QSize(icon.width() + 24, icon.height() + view.fontMetrics().height()
                               + 20))
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        if self.editable:
            view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            view.setDefaultDropAction(Qt.DropAction.MoveAction)
            view.setDropIndicatorShown(True)
        return view

    def _action(self, text: Callable[[], str], slot: Callable[[], Any],
                shortcut: QKeySequence | None = None,
                tip: Callable[[], str] | None = None) -> QAction:
        """An action named by *text* and *tip* (functions: named again in a new language)."""
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._names.append((action, text, tip))
        self.addAction(action)
        return action

    def _name_actions(self) -> None:
        """The actions' names and tooltips in the interface language."""
        self.toolbar.setWindowTitle(self.tr("Documents"))
        for action, text, tip in self._names:
            action.setText(text())
            if tip is not None:
                action.setToolTip(tip())
        self.kind_menu.setTitle(self.tr("&Kind of page"))
        self.kind_action.setToolTip(self.tr("Say what the page is: form, identity document, "
                                            "photo or other"))
        for kind, choice in self.kind_actions.items():
            choice.setText(page_kind_name(kind))
        availability = scanning.available()
        if availability:
            self.scan_action.setToolTip(self.tr("Scan paper documents into this application"))
        else:
            self.scan_action.setToolTip(self.tr("Scanning is not available. %1").replace(
                "%1", error_text(availability.problem) if availability.problem else ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "scan_action"):
            self._name_actions()
            self.update_actions()  # what Undo and Redo take back, in the new language
            self.view.setAccessibleName(self.tr("Document pages"))
            if self.message.text() == self._empty_hint:
                self.message.clear()
            self._show_empty_hint()
        super().changeEvent(event)

    def _create_actions(self) -> None:
        tools = self.tools
        self._names: list[tuple[QAction, Callable[[], str], Callable[[], str] | None]] = []
        self.import_action = self._action(
            lambda: self.tr("&Import files…"), self.choose_files, QKeySequence("Ctrl+I"),
            tip=lambda: self.tr("Import scans, photos and PDFs (or drop files here)"))
        # Ctrl+I wherever the import is offered: here, and in the viewer of an empty
        # application (the button there is the same action).
        self.import_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.scan_action = self._action(lambda: self.tr("&Scan…"), self.open_scanner)
        self.rotate_left_action = self._action(
            lambda: self.tr("Rotate &left"), tools.rotate_left,
            tip=lambda: self.tr("Turn the page a quarter turn counter-clockwise"))
        self.rotate_right_action = self._action(
            lambda: self.tr("Rotate &right"), tools.rotate_right,
            tip=lambda: self.tr("Turn the page a quarter turn clockwise"))
        self.crop_action = self._action(lambda: self.tr("&Crop…"), tools.crop,
                                        tip=lambda: self.tr("Keep only a part of the page"))
        self.deskew_action = self._action(
            lambda: self.tr("Des&kew"), tools.deskew,
            tip=lambda: self.tr("Straighten a crooked scan"))
        self.grayscale_action = self._action(
            lambda: self.tr("&Grayscale"), tools.to_grayscale,
            tip=lambda: self.tr("Turn a colour scan into shades of grey"))
        self.move_earlier_action = self._action(
            lambda: self.tr("Move &earlier"), tools.move_earlier,
            tip=lambda: self.tr("Move the page one place earlier"))
        self.move_later_action = self._action(
            lambda: self.tr("Move la&ter"), tools.move_later,
            tip=lambda: self.tr("Move the page one place later"))
        self.delete_action = self._action(
            lambda: self.tr("&Delete"), tools.delete,
            QKeySequence(QKeySequence.StandardKey.Delete),
            tip=lambda: self.tr("Delete the page (%1)").replace("%1", QKeySequence(
                QKeySequence.StandardKey.Delete).toString(
                    QKeySequence.SequenceFormat.NativeText)))
        self.undo_action = self._action(lambda: self.tr("&Undo"), tools.undo,
                                        QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self._action(lambda: self.tr("&Redo"), tools.redo,
                                        QKeySequence(QKeySequence.StandardKey.Redo))
        self.kind_menu = QMenu(self)
        self.kind_actions: dict[PageKind, QAction] = {}
        for kind in DOCUMENT_KINDS:
            choice = self.kind_menu.addAction("")
            choice.setCheckable(True)
            choice.triggered.connect(lambda _checked=False, k=kind: tools.set_kind(k))
            self.kind_actions[kind] = choice
        self.kind_action = self.kind_menu.menuAction()
        for action, name in (
            (self.import_action, "import"), (self.scan_action, "scan"),
            (self.rotate_left_action, "rotate-left"), (self.rotate_right_action, "rotate-right"),
            (self.crop_action, "crop"), (self.deskew_action, "deskew"),
            (self.grayscale_action, "grayscale"), (self.move_earlier_action, "move-earlier"),
            (self.move_later_action, "move-later"), (self.delete_action, "delete"),
            (self.undo_action, "undo"), (self.redo_action, "redo"),
            (self.kind_action, "page-kind"),
        ):
            action.setIcon(icon(name))
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setVisible(False)

        self.scan_available = bool(scanning.available())
        self._name_actions()

        self.page_actions = [
            self.rotate_left_action, self.rotate_right_action, self.crop_action,
            self.deskew_action, self.grayscale_action, self.move_earlier_action,
            self.move_later_action, self.delete_action, self.kind_action,
        ]
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.scan_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)  # in sight on a narrow tab, not in »
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        for action in self.page_actions[:5]:
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in self.page_actions[5:]:
            self.toolbar.addAction(action)
        kind_button = self.toolbar.widgetForAction(self.kind_action)
        if isinstance(kind_button, QToolButton):
            kind_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        if self.editable:
            self.view.addActions(self.page_actions)
        else:
            for action in [self.import_action, self.scan_action, self.undo_action,
                           self.redo_action, *self.page_actions]:
                action.setVisible(False)
        stack = self.tools.undo_stack
        for signal in (stack.indexChanged, stack.cleanChanged):
            # The stack may outlive the strip while the panel is being destroyed.
            signal.connect(while_alive(self.view, lambda *_args: self.update_actions()))

    def first_actions(self) -> list[QAction]:
        """What an application without pages offers: importing and scanning."""
        return [self.import_action, self.scan_action]

    # -- state ----------------------------------------------------------------------------------

    @property
    def can_import(self) -> bool:
        return self.editable or self.kinds == (PageKind.RETURN_PHOTO,)

    def set_return_photos(self, on: bool) -> None:
        """While an agreed export is open, import and scan only photos of returned items
        (anyone who registers returns may; the other pages stay as they were decided)."""
        on = on and self.actor.can(Action.REGISTER_RETURN)
        self.kinds = (PageKind.RETURN_PHOTO,) if on else DOCUMENT_KINDS
        for action in (self.import_action, self.scan_action):
            action.setVisible(self.can_import)
        self.toolbar.setVisible(self.can_import)
        self.setAcceptDrops(self.can_import)
        self._show_empty_hint()
        self.update_actions()

    @property
    def busy(self) -> bool:
        """An import, a scan or a page tool is running."""
        return self._operation is not None

    def selected_page(self) -> PageInfo | None:
        rows = self.view.selectionModel().selectedIndexes()
        return self.model.page(rows[0].row()) if rows else None

    def select_page(self, page_id: int | None) -> None:
        row = None if page_id is None else self.model.row_of(page_id)
        if row is None:
            self.view.clearSelection()
            return
        self.view.setCurrentIndex(self.model.index(row))

    @Slot()
    def update_actions(self) -> None:
        idle = self.editable and self._operation is None
        page = self.selected_page()
        count = self.model.rowCount()
        importing = self.can_import and self._operation is None
        self.import_action.setEnabled(importing)
        self.scan_action.setEnabled(importing and self.scan_available)
        for action in self.page_actions:
            action.setEnabled(idle and page is not None)
        if page is not None:
            self.move_earlier_action.setEnabled(idle and page.position > 1)
            self.move_later_action.setEnabled(idle and page.position < count)
            self.kind_action.setEnabled(idle and page.kind in DOCUMENT_KINDS)
            for kind, choice in self.kind_actions.items():
                choice.setChecked(kind == page.kind)
        self._name_undo(idle)

    def _name_undo(self, idle: bool) -> None:
        """"Undo: Rotate page 2 (Form) left": the actions say what they take back."""
        stack = self.tools.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(self.tr("&Undo: %1").replace("%1", undo) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo: %1").replace("%1", redo) if redo
                                 else self.tr("&Redo"))
        for action, key in ((self.undo_action, QKeySequence.StandardKey.Undo),
                            (self.redo_action, QKeySequence.StandardKey.Redo)):
            shortcut = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")
        self.undo_action.setEnabled(idle and stack.canUndo())
        self.redo_action.setEnabled(idle and stack.canRedo())
        self.undo_button.setVisible(self.editable and stack.canUndo())

    @Slot()
    def reload(self, select: int | None = None) -> None:
        """Read the pages again, keeping (or moving to) the selected page."""
        current = self.selected_page()
        keep = select if select is not None else (current.id if current else None)
        self.model.forget_failures()
        self.model.reload()
        self.select_page(keep)
        self._show_empty_hint()

    def _show_empty_hint(self) -> None:
        hint = (self.tr("No pages yet. Import files (Ctrl+I), scan, or drop files here.")
                if self.can_import else self.tr("No pages yet."))
        self._empty_hint = hint
        if self.model.rowCount() == 0 and not self.message.text():
            self.show_message(hint)
        elif self.model.rowCount() and self.message.text() == hint:
            self.message.clear()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.error.clear_message()

    def show_error(self, text: str) -> None:
        self.message.clear()
        self.error.show_message(text)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.pageActivated.emit(self.model.page_id(index.row()))

    # -- running operations ---------------------------------------------------------------------

    def run(self, op: Operation, title: str, *, delay_ms: int = 500) -> Operation:
        """Run *op* with the progress dialog; the tools stay disabled until it ends.

        If the panel goes away meanwhile (the application view closed), the work is asked
        to stop (an import keeps the files it finished) and its reports are dropped.
        """
        self._operation = op

        def abandon() -> None:
            op.progressed.disconnect()  # its progress dialog went with the panel
            op.cancel()

        self.destroyed.connect(abandon)
        op.finished.connect(while_alive(self, lambda: self.destroyed.disconnect(abandon)))
        op.finished.connect(while_alive(self, self._operation_finished))
        self.update_actions()
        self.progress_dialog = run_with_progress(op, self, title, delay_ms=delay_ms)
        return op

    @Slot()
    def _operation_finished(self) -> None:
        op, self._operation = self._operation, None
        if op is not None and isValid(op) and op.parent() is self:
            op.deleteLater()  # a read of its own; a write is the session's to delete
        self.update_actions()
        self.reading.when_idle()

    def write(self, work: Callable[[Progress], Any]) -> Operation:
        """*work* as a write of the session (not started): once it has succeeded, every
        screen hears that the application's documents changed."""
        return self.session.write(work, Change.DOCUMENTS, [self.application_id])

    def changed(self, select: int | None = None, message: str = "") -> None:
        """After a change: reload the strip and say what happened."""
        self.reload(select)
        if message:
            self.show_message(message)
        self.reading.after_change()

    def stored_anyway(self) -> None:
        """Tell every screen about pages a cancelled or failed import stored before it
        stopped (its write did not succeed, so the session said nothing)."""
        self.session.notify(Change.DOCUMENTS, [self.application_id])

    def operation_failed(self, message: str, exc: object) -> None:
        if isinstance(exc, ConflictError):
            self.reload()
            self.show_error(self.tr(
                "This page was changed by someone else meanwhile; the pages have been reloaded. "
                "Look at it again and repeat the change if it is still needed."))
            self.stored_anyway()  # by someone else: the other screens read them again too
        else:
            self.show_error(message)

    # -- importing ------------------------------------------------------------------------------

    @Slot()
    def choose_files(self) -> QFileDialog:
        """The file dialog (multi-select); it remembers the folder of the last import."""
        dialog = QFileDialog(self, self.tr("Import scans and photos"),
                             settings.start_folder(settings.DOCUMENTS_IMPORT_FOLDER.get()))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(file_filters())
        dialog.filesSelected.connect(self._files_chosen)
        dialog.open()
        return dialog

    @Slot(list)
    def _files_chosen(self, names: Sequence[str]) -> None:
        if names:
            settings.DOCUMENTS_IMPORT_FOLDER.set(str(Path(names[0]).parent))
        self.ask_import(list(names))

    def ask_import(self, paths: Sequence[Path | str]) -> ImportOptionsDialog | None:
        """Ask for each file's kind (and dpi, when it has none), then import *paths*."""
        if not paths or not self.can_import or self.busy:
            return None
        dialog = ImportOptionsDialog(paths, self, kinds=self.kinds)
        self.options_dialog = dialog

        dialog.accepted.connect(lambda: self.import_entries(dialog.entries()))

        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def start_import(self, paths: Sequence[Path | str], kind: PageKind | str,
                     dpi: int) -> Operation:
        """Import *paths* as pages of one *kind*, at *dpi* where a file does not say."""
        return self.import_entries([ImportEntry(Path(p), PageKind(kind), dpi) for p in paths])

    def import_entries(self, entries: Sequence[ImportEntry]) -> Operation:
        """Import the files in the background; a summary (or a message) follows.

        What the file dialog and a drop lead to once each file's kind is chosen.
        """
        job = ImportJob(self.service, self.actor, self.application_id, entries,
                        self.tr("Importing %1 (file %2 of %3)"))
        op = self.write(job)
        op.succeeded.connect(while_alive(self, lambda _outcome: self._import_ended(job.outcome)))
        op.cancelled.connect(while_alive(self, lambda: self._import_ended(job.outcome,
                                                                          cancelled=True)))
        op.failed.connect(while_alive(self, lambda message, exc: self._import_failed(
            job.outcome, message, exc)))
        return self.run(op, self.tr("Importing documents"))

    def _import_ended(self, outcome: ImportOutcome, *, cancelled: bool = False) -> None:
        first = outcome.page_ids[0] if outcome.page_ids else None
        text = summary_text(outcome)
        self.changed(first, text) if outcome.page_ids else self.show_message(text)
        if cancelled and outcome.page_ids:
            self.stored_anyway()
        if outcome.rejections or outcome.cancelled:
            summary = ImportSummaryDialog(outcome, self)
            self.summary_dialog = summary
            summary.open()

    def _import_failed(self, outcome: ImportOutcome, message: str, exc: object) -> None:
        if outcome.page_ids:
            self.changed(outcome.page_ids[0])
            self.stored_anyway()
        self.operation_failed(message, exc)

    # -- scanning -------------------------------------------------------------------------------

    @Slot()
    def open_scanner(self) -> ScanDialog | None:
        if not (self.can_import and self.scan_available) or self.busy:
            return None
        dialog = ScanDialog(self.session, self.application_id, self, kinds=self.kinds)
        self.scan_dialog = dialog
        dialog.pagesStored.connect(lambda n: self.changed(
            message=self.tr("%n scanned page(s) stored.", "", n)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- dropping files -------------------------------------------------------------------------

    def _accepts(self, event: QDropEvent) -> bool:
        return self.can_import and not self.busy and bool(dropped_files(event))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDropEvent) -> None:  # type: ignore[override]
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
            self.ask_import(dropped_files(event))
        else:
            super().dropEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files dropped on the strip import; the strip keeps its own page drags."""
        if watched is self.view.viewport() and event.type() in (
                QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)
            mime = event.mimeData()
            if mime is not None and mime.hasUrls():
                if event.type() == QEvent.Type.Drop:
                    self.dropEvent(event)
                elif self._accepts(event):
                    event.acceptProposedAction()
                else:
                    event.ignore()
                return True
        return super().eventFilter(watched, event)
