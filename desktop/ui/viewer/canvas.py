"""The page canvas: a QGraphicsView that zooms, pans and turns one page.

The scene is laid out in the page's full-resolution pixels, whatever level is decoded: the
page item paints the best image the loader has into that rectangle, so a preview and the
full image sit in exactly the same place and the switch is invisible. Rotation turns the
view only; the stored page stays as it is.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.ui.viewer.images import LoadedImage

__all__ = ["MAX_ZOOM", "ZOOM_STEP", "FitMode", "PageCanvas", "PageItem"]

ZOOM_STEP = 1.25
MAX_ZOOM = 8.0
"""800 %: a 600 dpi scan is then about 5,000 dpi on screen, beyond any use."""
_MIN_ZOOM = 0.01
_BACKGROUND = QColor("#5f6368")
_HIGHLIGHT = QColor(255, 214, 0, 90)
_HIGHLIGHT_EDGE = QColor(230, 120, 0)


class FitMode(Enum):
    PAGE = "page"
    WIDTH = "width"
    NONE = "none"
    """The user chose a zoom; it stays when the window is resized."""


ImageSource = Callable[[float], LoadedImage | None]
"""Given the zoom, the image to paint (the loader's best level), or None."""


class PageItem(QGraphicsItem):
    """The page: its full-size rectangle, painted with whatever level is at hand."""

    def __init__(self, width: int, height: int, source: ImageSource) -> None:
        super().__init__()
        self._rect = QRectF(0, 0, width, height)
        self._source = source
        self.zoom = 1.0
        self.painted_reduction: int | None = None
        """The level painted last (None: nothing yet, only the blank sheet)."""

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        loaded = self._source(self.zoom)
        if loaded is None:
            painter.fillRect(self._rect, QColor("#f4f4f2"))
            self.painted_reduction = None
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self._rect, loaded.image)
        self.painted_reduction = loaded.reduction


class PageCanvas(QGraphicsView):
    """Zoom with the wheel (around the cursor), drag to pan; the keys are the viewer's."""

    zoomChanged = Signal(float)
    """The zoom as a factor of the page's own pixels (1.0 = 100 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(_BACKGROUND)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, _BACKGROUND)
        self.setPalette(palette)
        self.item: PageItem | None = None
        self.marks: list[QGraphicsRectItem] = []
        """The words marked on the page (see :meth:`set_highlights`)."""
        self._zoom = 1.0
        self._rotation = 0
        self.fit_mode = FitMode.PAGE

    # -- the page ------------------------------------------------------------------------

    def set_page(self, size: tuple[int, int] | None, source: ImageSource) -> None:
        """Show a page of *size* full-resolution pixels (None: no page)."""
        scene = self.scene()
        scene.clear()
        self.item = None
        self.marks = []
        if size is None:
            scene.setSceneRect(QRectF())
            return
        self.item = PageItem(size[0], size[1], source)
        self.item.zoom = self._zoom
        scene.addItem(self.item)
        scene.setSceneRect(self.item.boundingRect())
        if self.fit_mode == FitMode.NONE:
            self._apply(self._zoom)
            self.centerOn(self.item.boundingRect().center().x(), 0)
        else:
            self.refit()

    def set_highlights(self, boxes: Sequence[tuple[int, int, int, int]]) -> None:
        """Mark *boxes* ``(left, top, width, height)`` in the page's pixels (words found by a
        search); an empty list takes the marks away."""
        for mark in self.marks:
            if mark.scene() is not None:
                self.scene().removeItem(mark)
        self.marks = []
        if self.item is None:
            return
        for left, top, width, height in boxes:
            mark = QGraphicsRectItem(QRectF(left - 4, top - 4, width + 8, height + 8), self.item)
            mark.setBrush(_HIGHLIGHT)
            mark.setPen(QPen(_HIGHLIGHT_EDGE, 3))
            self.marks.append(mark)

    def repaint_page(self) -> None:
        if self.item is not None:
            self.item.update()

    # -- zoom ----------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def rotation(self) -> int:
        """The view's rotation in degrees clockwise: 0, 90, 180 or 270."""
        return self._rotation

    def _page_size_on_screen(self) -> tuple[float, float]:
        """The page's width and height as the view turns it, at zoom 1."""
        if self.item is None:
            return 1.0, 1.0
        rect = self.item.boundingRect()
        if self._rotation % 180:
            return rect.height(), rect.width()
        return rect.width(), rect.height()

    def fit_page_zoom(self) -> float:
        width, height = self._page_size_on_screen()
        area = self.maximumViewportSize()
        return min(area.width() / width, area.height() / height)

    def fit_width_zoom(self) -> float:
        width, height = self._page_size_on_screen()
        area = self.maximumViewportSize()
        zoom = area.width() / width
        if height * zoom > area.height():  # a vertical scroll bar will take its room
            zoom = (area.width() - self.verticalScrollBar().sizeHint().width()) / width
        return zoom

    def _limits(self) -> tuple[float, float]:
        return min(_MIN_ZOOM, self.fit_page_zoom()), MAX_ZOOM

    def set_zoom(self, zoom: float, anchor: QPoint | None = None,
                 fit: FitMode = FitMode.NONE) -> None:
        """Zoom to *zoom*, keeping the page point under *anchor* (default: the centre)."""
        low, high = self._limits()
        zoom = min(max(zoom, low), high)
        self.fit_mode = fit
        if anchor is None:
            anchor = self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        self._apply(zoom)
        moved = self.mapFromScene(fixed) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())

    def _apply(self, zoom: float) -> None:
        changed = not math.isclose(zoom, self._zoom)
        self._zoom = zoom
        self.setTransform(QTransform().rotate(self._rotation).scale(zoom, zoom))
        if self.item is not None:
            self.item.zoom = zoom
            self.item.update()
        if changed:
            self.zoomChanged.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit_page(self) -> None:
        self.set_zoom(self.fit_page_zoom(), fit=FitMode.PAGE)

    def fit_width(self) -> None:
        self.set_zoom(self.fit_width_zoom(), fit=FitMode.WIDTH)
        if self.item is not None:  # start reading at the top of the page
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def refit(self) -> None:
        if self.fit_mode == FitMode.PAGE:
            self.fit_page()
        elif self.fit_mode == FitMode.WIDTH:
            self.fit_width()

    def rotate_view(self, degrees: int) -> None:
        """Turn the view by a multiple of 90° (positive: clockwise); the page stays as it is."""
        centre = self.mapToScene(self.viewport().rect().center())
        self._rotation = (self._rotation + degrees) % 360
        self._apply(self._zoom)
        if self.fit_mode == FitMode.NONE:
            self.centerOn(centre)
        else:
            self.refit()

    # -- events --------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps or self.item is None:
            super().wheelEvent(event)
            return
        self.set_zoom(self._zoom * ZOOM_STEP ** steps, event.position().toPoint())
        event.accept()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.refit()

    def sizeHint(self) -> QSize:
        return QSize(480, 600)
