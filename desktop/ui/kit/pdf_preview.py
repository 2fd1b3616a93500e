"""A document shown page under page, from bytes in memory, with zoom and page controls.

QtPdf is loaded with the first document shown, not with the screen that holds the preview:
signing in and opening an application do not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSpinBox, QToolBar, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.ui.kit.icons import icon

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

__all__ = ["MAX_ZOOM", "MIN_ZOOM", "ZOOM_STEP", "PdfPreview"]

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class PdfPreview(QWidget):
    """The preview of the commission's documents (the Conclusion tab and the journal).

    The document is made before the view and is no child of it: Qt deletes children in
    the order they were made, and a document closed after its view is gone would tell the
    dead view that its status changed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf: QPdfDocument | None = None
        self.view: QPdfView | None = None
        self._buffer: QBuffer | None = None
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.fit_action = self._action("fit-width", self.fit_width)
        self.fit_action.setCheckable(True)
        self.fit_action.setChecked(True)
        self.zoom_out_action = self._action("zoom-out", self.zoom_out,
                                            QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = self._action("zoom-in", self.zoom_in,
                                           QKeySequence.StandardKey.ZoomIn)
        self.toolbar.addSeparator()
        self.previous_action = self._action("previous", self.previous_page)
        self.page = QSpinBox(self)
        self.page.setMinimum(1)
        self.page.setKeyboardTracking(False)
        self.page.valueChanged.connect(self.go_to)
        self.toolbar.addWidget(self.page)
        self.of_pages = QLabel(self)
        self.toolbar.addWidget(self.of_pages)
        self.next_action = self._action("next", self.next_page)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.toolbar)
        self._layout.addWidget(self.placeholder, 1)
        self.retranslate_ui()
        self._update_controls()

    def _action(self, name: str, slot: object,
                key: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(icon(name), "", self)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        if key is not None:
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toolbar.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        for action, text in ((self.fit_action, self.tr("Fit to width")),
                             (self.zoom_out_action, self.tr("Zoom out")),
                             (self.zoom_in_action, self.tr("Zoom in")),
                             (self.previous_action, self.tr("Previous page")),
                             (self.next_action, self.tr("Next page"))):
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)
        self.page.setAccessibleName(self.tr("Page"))
        self.placeholder.setText(self.tr("No document to show."))
        self._update_controls()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        if self.view is not None:
            self.view.setAccessibleName(name)

    def _ensure_view(self) -> QPdfView:
        """The document and its view, made (and QtPdf loaded) the first time one is shown."""
        if self.view is not None:
            return self.view
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.pdf = QPdfDocument(self)
        view = QPdfView(self)
        view.setDocument(self.pdf)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(self.accessibleName())
        view.pageNavigator().currentPageChanged.connect(lambda _page: self._update_controls())
        self.pdf.pageCountChanged.connect(lambda _count: self._update_controls())
        self.setFocusProxy(view)
        self.placeholder.hide()
        self._layout.addWidget(view, 1)
        self.view = view
        return view

    def show_pdf(self, data: bytes) -> None:
        """Show *data* (the document keeps its own copy of the bytes while it is shown).

        The same page stays in sight when the document is shown again (another language,
        or a reload after a signature), so the view is never left scrolled past its end.
        """
        view = self._ensure_view()
        assert self.pdf is not None
        keep = view.pageNavigator().currentPage()
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self.go_to(min(keep, max(0, self.page_count - 1)) + 1)
        self._update_controls()

    def clear(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
        self._update_controls()

    @property
    def page_count(self) -> int:
        return self.pdf.pageCount() if self.pdf is not None else 0

    @property
    def current_page(self) -> int:
        """The page in sight, 1 for the first (0 with no document)."""
        if self.view is None or not self.page_count:
            return 0
        return self.view.pageNavigator().currentPage() + 1

    # -- zoom and pages -------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """The scale the pages are drawn at now (1: their printed size)."""
        view = self.view
        if view is None or self.pdf is None or not self.page_count:
            return 1.0
        if view.zoomMode() != view.ZoomMode.FitToWidth:
            return float(view.zoomFactor())
        margins = view.documentMargins()
        width = view.viewport().width() - margins.left() - margins.right()
        points = self.pdf.pagePointSize(max(0, self.current_page - 1)).width()
        return width / (points * view.logicalDpiX() / 72) if points > 0 else 1.0

    @Slot()
    def fit_width(self) -> None:
        if self.view is not None:
            self.view.setZoomMode(self.view.ZoomMode.FitToWidth)
        self._update_controls()

    def set_zoom(self, factor: float) -> None:
        if self.view is None:
            return
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.view.setZoomMode(self.view.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._update_controls()

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    @Slot(int)
    def go_to(self, number: int) -> None:
        """Bring page *number* (1 for the first) to the top of the view."""
        if self.view is None or not 1 <= number <= self.page_count:
            return
        navigator = self.view.pageNavigator()
        if navigator.currentPage() != number - 1:
            navigator.jump(number - 1, QPointF(), navigator.currentZoom())

    @Slot()
    def next_page(self) -> None:
        self.go_to(self.current_page + 1)

    @Slot()
    def previous_page(self) -> None:
        self.go_to(self.current_page - 1)

    def _update_controls(self) -> None:
        if self.pdf is not None and not isValid(self.pdf):
            return  # the preview is being deleted: its view reports its document gone
        count, current = self.page_count, self.current_page
        has = count > 0
        fitted = self.view is not None and \
            self.view.zoomMode() == self.view.ZoomMode.FitToWidth
        self.fit_action.setChecked(fitted or self.view is None)
        for action in (self.fit_action, self.zoom_in_action, self.zoom_out_action):
            action.setEnabled(has)
        self.zoom_in_action.setEnabled(has and self.zoom < MAX_ZOOM * 0.999)
        self.zoom_out_action.setEnabled(has and self.zoom > MIN_ZOOM * 1.001)
        self.previous_action.setEnabled(has and current > 1)
        self.next_action.setEnabled(has and current < count)
        self.page.blockSignals(True)
        self.page.setMaximum(max(1, count))
        self.page.setValue(max(1, current))
        self.page.blockSignals(False)
        self.page.setEnabled(count > 1)
        self.of_pages.setText(self.tr("of %1").replace("%1", str(count)) if has else "")
