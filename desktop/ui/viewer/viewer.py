"""The scan viewer: one page at a time, a toolbar, a thumbnail strip and the help overlay.

Paging shows a screen-sized preview at once (decoded at a reduced scale off the GUI thread)
and prefetches the neighbours' previews; zooming in beyond the preview's scale asks for the
level that zoom needs, decoded in the background while the preview stays on screen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.viewing import reduction_for_zoom
from desktop.domain.ocr import Word
from desktop.ui.kit import settings
from desktop.ui.kit.empty_state import EmptyState
from desktop.ui.kit.icons import icon
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.retranslate import translated
from desktop.ui.kit.session import Session
from desktop.ui.viewer.canvas import FitMode, PageCanvas
from desktop.ui.viewer.help import HelpOverlay
from desktop.ui.viewer.images import LoadedImage, PageLoader, ViewerPage
from desktop.ui.viewer.strip import ThumbnailStrip

__all__ = ["REFINE_DELAY_MS", "ScanViewer"]

log = logging.getLogger(__name__)

REFINE_DELAY_MS = 150
"""Zooming pauses this long before a finer level is decoded (the wheel sends many steps)."""
_MIN_BOX = (640, 480)

_ZOOM_KEYS = {Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_Underscore}


class ScanViewer(QWidget):
    """Shows the pages of one application; :meth:`set_application` or :meth:`set_pages`."""

    pageChanged = Signal(int)
    """The id of the page now shown (0: none)."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 loader: PageLoader | None = None) -> None:
        super().__init__(parent)
        self._documents = session.services.documents
        self._actor = session.actor
        self.loader = loader or PageLoader(self._documents, self._actor, parent=self)
        self.loader.setParent(self)
        self.pages: list[ViewerPage] = []
        self._hashes: dict[int, str] = {}
        self.index = -1
        self.timings: dict[str, float] = {}
        """Seconds from showing the current page to its first and its refined frame."""
        self._shown_at = 0.0
        self.application_id: int | None = None
        self.search = ""
        """Words to mark on each page (the registry's search in the scanned papers)."""
        self.found: dict[int, int] = {}
        """How many words each page shown so far has marked (page id → count)."""
        self._page_text = session.services.page_text

        self.canvas = PageCanvas(self)
        try:
            self.canvas.fit_mode = FitMode(settings.VIEWER_FIT.get())
        except ValueError:
            log.info("unknown viewer fit %r ignored", settings.VIEWER_FIT.get())
        self.help = HelpOverlay(self.canvas)
        self.empty = EmptyState(self)
        """Shown instead of the page while the application has none."""
        self.empty.hide()
        self.strip = ThumbnailStrip(self._documents, self._actor, self)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.hide()

        self.page_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.toolbar = self._make_toolbar()

        status = QHBoxLayout()
        status.setContentsMargins(6, 0, 6, 0)
        status.addWidget(self.page_label)
        status.addStretch(1)
        status.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.message)
        layout.addLayout(status)
        layout.addWidget(self.strip)

        self._refine_timer = QTimer(self)
        self._refine_timer.setSingleShot(True)
        self._refine_timer.setInterval(REFINE_DELAY_MS)
        self._refine_timer.timeout.connect(self._refine)
        self.canvas.zoomChanged.connect(self._zoom_changed)
        self.loader.imageReady.connect(self._image_ready)
        self.loader.failed.connect(self._image_failed)
        self.strip.pageActivated.connect(self.show_page_id)
        for watched in (self.canvas, self.strip):
            watched.installEventFilter(self)
        translated(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Scan viewer"))
        self.canvas.setAccessibleName(self.tr("Page"))
        self.page_label.setAccessibleName(self.tr("Page number"))
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.toolbar.setWindowTitle(self.tr("Viewer"))
        texts = {
            "previous": self.tr("Previous page"), "next": self.tr("Next page"),
            "zoom-out": self.tr("Zoom out"), "zoom-in": self.tr("Zoom in"),
            "fit-page": self.tr("Fit the page"), "fit-width": self.tr("Fit the width"),
            "actual-size": self.tr("Actual size"),
            "rotate-left": self.tr("Turn the view left"),
            "rotate-right": self.tr("Turn the view right"), "help": self.tr("Shortcuts"),
        }
        for name, (act, key) in self._actions.items():
            # The text names the button for screen readers; the key is in the tooltip.
            act.setText(texts[name])
            act.setToolTip(f"{texts[name]} ({key})")
        self.help.label.setText(self.help.text())
        self._update_labels()

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._actions: dict[str, tuple[QAction, str]] = {}

        def action(name: str, key: str, slot: object) -> QAction:
            act = QAction(icon(name), "", self)
            act.triggered.connect(slot)
            bar.addAction(act)
            self._actions[name] = (act, key)
            return act

        self.previous_action = action("previous", "PgUp", self.previous_page)
        self.next_action = action("next", "PgDn", self.next_page)
        bar.addSeparator()
        action("zoom-out", "−", self.canvas.zoom_out)
        action("zoom-in", "+", self.canvas.zoom_in)
        action("fit-page", "F", self.canvas.fit_page)
        action("fit-width", "W", self.canvas.fit_width)
        action("actual-size", "1", self.canvas.actual_size)
        bar.addSeparator()
        action("rotate-left", "Shift+R", lambda: self.canvas.rotate_view(-90))
        action("rotate-right", "R", lambda: self.canvas.rotate_view(90))
        bar.addSeparator()
        action("help", "F1", self.help.toggle)
        return bar

    # -- pages ---------------------------------------------------------------------------

    def set_application(self, application_id: int, current_id: int | None = None) -> None:
        """Show the application's pages (read again: call after pages change)."""
        self.application_id = application_id
        infos = self._documents.list_pages(self._actor, application_id)
        for info in infos:
            if self._hashes.get(info.id, info.sha256) != info.sha256:
                self.loader.forget(info.id)  # a page tool changed its image
            self._hashes[info.id] = info.sha256
        keep = current_id if current_id is not None else self.current_page_id()
        self.strip.set_application(application_id)
        self.set_pages([ViewerPage(i.id, i.width, i.height, i.position) for i in infos], keep)

    def set_pages(self, pages: Sequence[ViewerPage], current_id: int | None = None) -> None:
        self.pages = list(pages)
        ids = [p.id for p in self.pages]
        if not self.pages:
            self.index = -1
            self._show_current()
            return
        self.index = ids.index(current_id) if current_id in ids else 0
        self._show_current()

    @property
    def current_page(self) -> ViewerPage | None:
        return self.pages[self.index] if 0 <= self.index < len(self.pages) else None

    def current_page_id(self) -> int | None:
        page = self.current_page
        return page.id if page else None

    @Slot(int)
    def show_page_id(self, page_id: int) -> None:
        for i, page in enumerate(self.pages):
            if page.id == page_id:
                self.show_index(i)
                return
        log.info("page %s is not among the viewer's pages", page_id)

    def show_index(self, index: int) -> None:
        if not self.pages:
            return
        index = max(0, min(index, len(self.pages) - 1))
        if index != self.index:
            self.index = index
            self._show_current()

    @Slot()
    def next_page(self) -> None:
        self.show_index(self.index + 1)

    @Slot()
    def previous_page(self) -> None:
        self.show_index(self.index - 1)

    def _show_current(self) -> None:
        page = self.current_page
        self.message.hide()
        self.timings = {}
        self._shown_at = time.perf_counter()
        if page is None:
            self.loader.set_wanted(set(), set())
            self.canvas.set_page(None, lambda _zoom: None)
            self._update_labels()
            self.pageChanged.emit(0)
            return
        neighbours = {p.id for p in self.pages[max(0, self.index - 1):self.index + 2]}
        self.loader.set_wanted(neighbours, {page.id})
        self.canvas.set_page(page.size, self._image_for)
        self.strip.select_page(page.id)
        box = self._box()
        self.loader.request(page, self.loader.preview_level(page, box), preview=True)
        for other in self.pages[max(0, self.index - 1):self.index + 2]:
            if other.id != page.id:
                self.loader.request(other, self.loader.preview_level(other, box), preview=True)
        self._refine_timer.start()
        self._update_labels()
        self._mark_found(page.id)
        self.pageChanged.emit(page.id)

    def highlight(self, search: str) -> None:
        """Mark the words of *search* on every page shown from now on ("" : none)."""
        self.search = search
        self.found = {}
        page = self.current_page
        if page is not None:
            self._mark_found(page.id)

    def _mark_found(self, page_id: int) -> None:
        if not self.search:
            self.canvas.set_highlights([])
            return
        service, actor, search = self._page_text, self._actor, self.search
        op = Operation(lambda _p: service.found_words(actor, page_id, search), self)

        def found(words: list[Word]) -> None:
            self.found[page_id] = len(words)
            if self.current_page_id() == page_id and self.search == search:
                self.canvas.set_highlights([(w.left, w.top, w.width, w.height)
                                            for w in words])

        op.succeeded.connect(while_alive(self, found))
        op.finished.connect(op.deleteLater)
        op.start()

    def _image_for(self, zoom: float) -> LoadedImage | None:
        page = self.current_page
        if page is None:
            return None
        loaded = self.loader.best(page.id, zoom * self.devicePixelRatioF())
        if loaded is not None:
            elapsed = time.perf_counter() - self._shown_at
            self.timings.setdefault("first_frame", elapsed)
            if loaded.reduction == 1:
                self.timings.setdefault("full_frame", elapsed)
        return loaded

    def _box(self) -> tuple[int, int]:
        area = self.canvas.maximumViewportSize() * self.devicePixelRatioF()
        return max(area.width(), _MIN_BOX[0]), max(area.height(), _MIN_BOX[1])

    # -- refining ------------------------------------------------------------------------

    @Slot(float)
    def _zoom_changed(self, _zoom: float) -> None:
        self._update_labels()
        self._refine_timer.start()

    @Slot()
    def _refine(self) -> None:
        """Ask for a finer level when the zoom shows more than the cached ones hold."""
        page = self.current_page
        if page is None or not self.loader.cache.levels(page.id):
            return
        zoom = self.canvas.zoom * self.devicePixelRatioF()
        levels = self.loader.cache.levels(page.id)
        if any(1 / r >= zoom * 0.999 for r in levels):
            return
        # Every cached level is too coarse for this zoom, so the level it needs is finer
        # than any of them: decode that one (once the preview is in, to show something first).
        if not self.loader.is_loading(page.id):
            self.loader.request(page, reduction_for_zoom(zoom))

    @Slot(int, int)
    def _image_ready(self, page_id: int, _level: int) -> None:
        if page_id == self.current_page_id():
            self.canvas.repaint_page()
            self._refine_timer.start()

    @Slot(int, str)
    def _image_failed(self, page_id: int, message: str) -> None:
        if page_id == self.current_page_id():
            self.message.setText(self.tr("The page cannot be shown. %1").replace("%1", message))
            self.message.show()

    def is_refined_for_zoom(self) -> bool:
        """True when the cached levels of the current page suffice for the zoom."""
        page = self.current_page
        if page is None:
            return True
        zoom = self.canvas.zoom * self.devicePixelRatioF()
        return any(1 / r >= zoom * 0.999 for r in self.loader.cache.levels(page.id))

    # -- labels and keys -----------------------------------------------------------------

    def set_empty_actions(self, actions: Sequence[QAction]) -> None:
        """The actions offered while there are no pages (importing and scanning)."""
        self.empty.set_actions(actions)
        self._update_labels()

    def _show_empty(self, empty: bool) -> None:
        self.canvas.setVisible(not empty)
        self.toolbar.setVisible(not empty)  # nothing to zoom or turn
        self.empty.setVisible(empty)
        if not empty:
            return
        self.empty.update_buttons()
        if self.empty.offers:
            keys = " ".join(b.defaultAction().shortcut().toString(
                QKeySequence.SequenceFormat.NativeText) for b in self.empty.buttons[:1])
            hint = self.tr("Import files (%1) or scan the paper documents; files can also be "
                           "dropped on the Documents tab.").replace("%1", keys)
        else:
            hint = self.tr("The clerk imports or scans this application's documents.")
        self.empty.say(self.tr("No pages yet"), hint)

    def _update_labels(self) -> None:
        page = self.current_page
        self._show_empty(page is None)
        if page is None:
            self.page_label.setText("")
            self.zoom_label.setText("")
        else:
            self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.index + 1))
                                    .replace("%2", str(len(self.pages))))
            self.zoom_label.setText(f"{round(self.canvas.zoom * 100)} %")
        self.previous_action.setEnabled(self.index > 0)
        self.next_action.setEnabled(0 <= self.index < len(self.pages) - 1)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Do what *event*'s key means in the viewer; False when it means nothing here."""
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier))
        if ctrl:
            return False
        canvas = self.canvas
        if key == Qt.Key.Key_F1 or event.text() == "?":
            self.help.toggle()
        elif key == Qt.Key.Key_Escape and self.help.isVisible():
            self.help.hide()
        elif key in _ZOOM_KEYS:
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                canvas.zoom_in()
            else:
                canvas.zoom_out()
        elif key == Qt.Key.Key_0:
            canvas.fit_page()
        elif key == Qt.Key.Key_1:
            canvas.actual_size()
        elif key == Qt.Key.Key_F:
            canvas.fit_page()
        elif key == Qt.Key.Key_W:
            canvas.fit_width()
        elif key == Qt.Key.Key_R:
            canvas.rotate_view(-90 if shift else 90)
        elif key == Qt.Key.Key_PageDown:
            self.next_page()
        elif key == Qt.Key.Key_PageUp:
            self.previous_page()
        elif key == Qt.Key.Key_Home:
            self.show_index(0)
        elif key == Qt.Key.Key_End:
            self.show_index(len(self.pages) - 1)
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_F1 and not event.modifiers():
            # F1 is the main window's shortcut too; here it means the viewer's own help.
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and self.handle_key(event):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def is_idle(self) -> bool:
        """Nothing is being decoded and every thumbnail of the strip is in."""
        return not self.loader.is_loading() and not self.strip.thumbnails.loading

    def save_state(self) -> None:
        """Remember how pages are fitted, for the next viewer."""
        settings.VIEWER_FIT.set(self.canvas.fit_mode.value)

    def strip_index(self, page_id: int) -> QModelIndex:
        return self.strip.index_of(page_id)
