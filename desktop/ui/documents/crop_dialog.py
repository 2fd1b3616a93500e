"""Cropping a page: the page shown whole, a rectangle drawn over it with the mouse.

The dialog works on a preview (the stored page reduced to fit the screen) and answers in the
stored page's own pixels, which is what :meth:`DocumentService.crop` expects.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kit.screen import fit_to_screen

__all__ = ["CropCanvas", "CropDialog"]

MIN_SIDE = 16
"""The smallest crop the page tools accept, in page pixels."""
_SHADE = QColor(0, 0, 0, 110)
_FRAME = QColor("#1a73e8")


class CropCanvas(QWidget):
    """Shows an image scaled to fit; the user drags a rectangle (a rubber band) over it."""

    selectionChanged = Signal()

    def __init__(self, preview: QImage, page_size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = preview
        self._page_size = QSize(page_size)
        self._selection = QRectF()  # in page pixels
        self._anchor: QPointF | None = None
        self.setMouseTracking(False)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 240)
        self.setAccessibleName(self.tr("Page to crop"))

    def sizeHint(self) -> QSize:
        return self._image.size().boundedTo(QSize(900, 900)).expandedTo(QSize(240, 240))

    # -- geometry: widget ↔ page pixels -------------------------------------------------------

    def _target(self) -> QRectF:
        """Where the image is drawn: centred, aspect kept."""
        size = _fit(self._page_size, self.size())
        x = (self.width() - size[0]) / 2
        y = (self.height() - size[1]) / 2
        return QRectF(x, y, size[0], size[1])

    def _to_page(self, point: QPointF) -> QPointF:
        target = self._target()
        sx = self._page_size.width() / target.width()
        sy = self._page_size.height() / target.height()
        x = min(max(point.x() - target.x(), 0.0), target.width()) * sx
        y = min(max(point.y() - target.y(), 0.0), target.height()) * sy
        return QPointF(x, y)

    def _to_widget(self, rect: QRectF) -> QRectF:
        target = self._target()
        sx = target.width() / self._page_size.width()
        sy = target.height() / self._page_size.height()
        return QRectF(target.x() + rect.x() * sx, target.y() + rect.y() * sy,
                      rect.width() * sx, rect.height() * sy)

    # -- the selection ----------------------------------------------------------------------

    def selection(self) -> QRect:
        """The rectangle in page pixels (empty while nothing is selected)."""
        if self._selection.isEmpty():
            return QRect()
        left, top = round(self._selection.left()), round(self._selection.top())
        right = min(round(self._selection.right()), self._page_size.width())
        bottom = min(round(self._selection.bottom()), self._page_size.height())
        return QRect(QPoint(left, top), QSize(right - left, bottom - top))

    def set_selection(self, rect: QRect) -> None:
        bounded = QRectF(rect).intersected(QRectF(0, 0, self._page_size.width(),
                                                   self._page_size.height()))
        self._selection = bounded
        self.update()
        self.selectionChanged.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = self._to_page(event.position())
            self.set_selection(QRect())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._anchor is not None:
            point = self._to_page(event.position())
            self._selection = QRectF(self._anchor, point).normalized()
            self.update()
            self.selectionChanged.emit()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = None
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self._target()
        painter.drawImage(target, self._image)
        if not self._selection.isEmpty():
            chosen = self._to_widget(self._selection)
            # Shade what will be cut away, frame what stays.
            for part in (QRectF(target.left(), target.top(), target.width(),
                                chosen.top() - target.top()),
                         QRectF(target.left(), chosen.bottom(), target.width(),
                                target.bottom() - chosen.bottom()),
                         QRectF(target.left(), chosen.top(), chosen.left() - target.left(),
                                chosen.height()),
                         QRectF(chosen.right(), chosen.top(), target.right() - chosen.right(),
                                chosen.height())):
                if part.width() > 0 and part.height() > 0:
                    painter.fillRect(part, _SHADE)
            painter.setPen(QPen(_FRAME, 2, Qt.PenStyle.DashLine))
            painter.drawRect(chosen)
        painter.end()


def _fit(page: QSize, area: QSize) -> tuple[float, float]:
    """The size *page* takes when scaled (up or down) to fit *area*, aspect kept."""
    if page.isEmpty() or area.isEmpty():
        return 1.0, 1.0
    scale = min(area.width() / page.width(), area.height() / page.height())
    return max(1.0, page.width() * scale), max(1.0, page.height() * scale)


class CropDialog(QDialog):
    """Choose the part of the page to keep; :meth:`box` gives it in page pixels."""

    def __init__(self, preview: QImage, page_size: QSize, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CropDialog")
        self.setWindowTitle(title)
        self.canvas = CropCanvas(preview, page_size, self)
        hint = QLabel(self.tr("Drag a rectangle over the part of the page to keep."), self)
        hint.setWordWrap(True)
        self.size_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Crop"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.size_label)
        layout.addWidget(self.buttons)
        self.canvas.selectionChanged.connect(self._update)
        self._update()
        fit_to_screen(self, 720, 820)

    def box(self) -> tuple[int, int, int, int] | None:
        """``(left, top, right, bottom)`` in page pixels, or None without a usable rectangle."""
        rect = self.canvas.selection()
        if rect.width() < MIN_SIDE or rect.height() < MIN_SIDE:
            return None
        return rect.left(), rect.top(), rect.left() + rect.width(), rect.top() + rect.height()

    def set_box(self, left: int, top: int, right: int, bottom: int) -> None:
        self.canvas.set_selection(QRect(QPoint(left, top), QSize(right - left, bottom - top)))

    def _update(self) -> None:
        box = self.box()
        self.ok_button.setEnabled(box is not None)
        if box is None:
            self.size_label.setText(self.tr("No area chosen yet."))
        else:
            self.size_label.setText(self.tr("Keep %1 × %2 pixels").replace(
                "%1", str(box[2] - box[0])).replace("%2", str(box[3] - box[1])))
