"""Two photos side by side for the return check: the examination's and the returned item's.

Each side is a :class:`~desktop.ui.viewer.canvas.PageCanvas` (the scan viewer's canvas: wheel
zoom around the pointer, drag to pan). The two move together: zooming or panning one view
does the same to the other, so the member looks at the same part of the item in both.

The photos may differ in resolution, so "the same" is relative to each photo: the zoom as a
multiple of the zoom that fits the whole photo, and the place as a fraction of the photo's
width and height. Two photos of one size thus get the same zoom and the same scroll bars.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.viewing import reduction_for_zoom
from desktop.ui.viewer.canvas import FitMode, PageCanvas
from desktop.ui.viewer.images import LoadedImage

__all__ = ["PhotoPair"]

log = logging.getLogger(__name__)

_WARNING_STYLE = ("#SimilarityResult { background: #fff4cc; border: 1px solid #e0c060;"
                  " border-radius: 4px; } #SimilarityResult QLabel { color: #3b2a00;"
                  " font-weight: bold; }")
_PLAIN_STYLE = ("#SimilarityResult { border: 1px solid palette(mid); border-radius: 4px; }")
_PLACEHOLDER_STYLE = "background: #5f6368; color: #e8eaed;"  # the canvas's own grey


class _Levels:
    """A photo for the canvas: the full image, or a halved copy (made once) when the zoom
    shows fewer pixels, so a 24-megapixel photo is not scaled down at every paint."""

    def __init__(self, image: QImage, canvas: PageCanvas) -> None:
        self._image = image
        self._canvas = canvas
        self._levels: dict[int, LoadedImage] = {1: LoadedImage(image, b"", 1)}

    def __call__(self, zoom: float) -> LoadedImage:
        reduction = reduction_for_zoom(zoom * self._canvas.devicePixelRatioF())
        loaded = self._levels.get(reduction)
        if loaded is None:
            size = self._image.size() / reduction
            scaled = self._image.scaled(
                QSize(max(1, size.width()), max(1, size.height())),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
            loaded = self._levels[reduction] = LoadedImage(scaled, b"", reduction)
        return loaded


class PhotoPair(QWidget):
    """The original photo on the left, the returned item's on the right, zoomed and panned
    together; a caption under each and the similarity result above them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Photos to compare"))
        self._following = False
        self.original_view = PageCanvas(self)
        self.original_view.setAccessibleName(self.tr("Original photo"))
        self.returned_view = PageCanvas(self)
        self.returned_view.setAccessibleName(self.tr("Photo of the returned item"))
        self.original_caption = self._caption(self.tr("Original photo, from the examination"))
        self.returned_caption = self._caption(self.tr("The returned item"))
        self._placeholders: dict[PageCanvas, QStackedWidget] = {}

        self.result = QFrame(self)
        self.result.setObjectName("SimilarityResult")
        self.result.setAccessibleName(self.tr("Similarity of the photos"))
        self.warning_icon = QLabel(self.result)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.warning_icon.setPixmap(icon.pixmap(QSize(size, size) * 1.5))
        self.warning_icon.setAccessibleName(self.tr("Warning"))
        self.result_label = QLabel(self.result)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self.result)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.result_label, 1)
        self.warning = False
        self.result.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.result, 1)
        top.addStretch(0)  # keeps the buttons on the right while there is no result
        top.addLayout(self._make_buttons())
        sides = QHBoxLayout()
        sides.setSpacing(6)
        for view, caption in ((self.original_view, self.original_caption),
                              (self.returned_view, self.returned_caption)):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(self._with_placeholder(view), 1)
            column.addWidget(caption)
            column.addSpacing(2)
            sides.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(sides, 1)

        for view in (self.original_view, self.returned_view):
            view.zoomChanged.connect(lambda _zoom, v=view: self._follow(v))
            view.horizontalScrollBar().valueChanged.connect(lambda _value, v=view:
                                                            self._follow(v))
            view.verticalScrollBar().valueChanged.connect(lambda _value, v=view:
                                                          self._follow(v))
        self.set_photos(None, None)

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _with_placeholder(self, view: PageCanvas) -> QStackedWidget:
        """The view, or in its place a "No photo" sign while it has nothing to show."""
        stack = QStackedWidget(self)
        empty = QLabel(self.tr("No photo"), stack)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setStyleSheet(_PLACEHOLDER_STYLE)
        stack.addWidget(view)
        stack.addWidget(empty)
        self._placeholders[view] = stack
        return stack

    def _make_buttons(self) -> QHBoxLayout:
        self._zoom_actions: list[QAction] = []
        row = QHBoxLayout()
        row.setSpacing(2)

        def button(text: str, keys: list[QKeySequence], slot: object) -> QToolButton:
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shown})")
            action.triggered.connect(slot)
            self.addAction(action)
            self._zoom_actions.append(action)
            widget = QToolButton(self)
            widget.setDefaultAction(action)
            widget.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
            return widget

        zoom_in = [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")]
        zoom_out = [QKeySequence("Ctrl+-")]
        self.zoom_out_button = button(self.tr("Zoom out"), zoom_out, self.zoom_out)
        self.zoom_in_button = button(self.tr("Zoom in"), zoom_in, self.zoom_in)
        self.fit_button = button(self.tr("Fit"), [QKeySequence("Ctrl+0")], self.fit)
        self.fit_button.setToolTip(self.tr("Show both photos whole") + " (Ctrl+0)")
        return row

    # -- content -------------------------------------------------------------------------

    def set_photos(self, original: QImage | None, returned: QImage | None) -> None:
        """Show *original* on the left and *returned* on the right (None or a null image: no
        photo), both fitted whole. Each image must own its pixels (``QImage.copy()`` one that
        was made over a Python buffer): the views paint from it as long as it is shown."""
        for view, image in ((self.original_view, original), (self.returned_view, returned)):
            stack = self._placeholders[view]
            view.fit_mode = FitMode.PAGE
            if image is None or image.isNull():
                view.set_page(None, lambda _zoom: None)
                stack.setCurrentIndex(1)
            else:
                view.set_page((image.width(), image.height()), _Levels(image, view))
                stack.setCurrentIndex(0)
        shown = self.original_view.item is not None or self.returned_view.item is not None
        for action in self._zoom_actions:
            action.setEnabled(shown)

    def set_captions(self, original: str, returned: str) -> None:
        """The texts under the photos: what each shows, when and by whom it was taken."""
        self.original_caption.setText(original)
        self.returned_caption.setText(returned)
        self.original_view.setAccessibleDescription(original)
        self.returned_view.setAccessibleDescription(returned)

    def set_similarity(self, text: str, warning: bool) -> None:
        """Show how alike the photos are; *warning* marks a pair worth a closer look (amber,
        with a warning sign). An empty *text* hides the area."""
        self.warning = warning
        self.result_label.setText(text)
        self.warning_icon.setVisible(warning)
        self.result.setStyleSheet(_WARNING_STYLE if warning else _PLAIN_STYLE)
        self.result.setAccessibleDescription(
            self.tr("Warning: %1").replace("%1", text) if warning else text)
        self.result.setVisible(bool(text))

    # -- zoom, together ------------------------------------------------------------------

    @Slot()
    def zoom_in(self) -> None:
        self._active().zoom_in()

    @Slot()
    def zoom_out(self) -> None:
        self._active().zoom_out()

    @Slot()
    def fit(self) -> None:
        self.original_view.fit_page()
        self.returned_view.fit_page()

    def _active(self) -> PageCanvas:
        """The view the keys and buttons zoom (the other follows): the focused one, else the
        original photo's, whichever has a photo."""
        left, right = self.original_view, self.returned_view
        if right.item is not None and (right.hasFocus() or left.item is None):
            return right
        return left

    def _follow(self, source: PageCanvas) -> None:
        """Bring the other view to *source*'s zoom and place, relative to each photo."""
        if self._following or source.item is None:
            return
        target = self.returned_view if source is self.original_view else self.original_view
        if target.item is None:
            return
        self._following = True
        try:
            if source.fit_mode == FitMode.NONE:
                relative = source.zoom / source.fit_page_zoom()
                target.set_zoom(relative * target.fit_page_zoom())
            elif target.fit_mode != source.fit_mode:
                target.fit_mode = source.fit_mode
                target.refit()
            seen = source.mapToScene(source.viewport().rect()).boundingRect().center()
            page = source.sceneRect()
            fraction_x = (seen.x() - page.left()) / page.width()
            fraction_y = (seen.y() - page.top()) / page.height()
            other = target.sceneRect()
            target.centerOn(other.left() + fraction_x * other.width(),
                            other.top() + fraction_y * other.height())
        finally:
            self._following = False
