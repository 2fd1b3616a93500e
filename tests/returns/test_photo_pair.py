"""The return check's photo pair: two views zoomed and panned together, captions, the result."""

from __future__ import annotations

import pytest
from PIL import Image, ImageEnhance
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.returns import PhotoPair
from desktop.ui.viewer.canvas import ZOOM_STEP, FitMode, PageCanvas
from tests.support.objects import object_photo


def qimage(img: Image.Image) -> QImage:
    rgb = img.convert("RGB")
    return QImage(rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3,
                  QImage.Format.Format_RGB888).copy()


@pytest.fixture(scope="module")
def photo() -> Image.Image:
    return object_photo(3, (1200, 900))


@pytest.fixture
def pair(qtbot: QtBot, photo: Image.Image) -> PhotoPair:
    widget = PhotoPair()
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.activateWindow()  # the zoom shortcuts work in the active window
    qtbot.waitActive(widget)
    widget.set_photos(qimage(photo), qimage(ImageEnhance.Brightness(photo).enhance(1.2)))
    return widget


def _scroll(view: PageCanvas) -> tuple[int, int]:
    return view.horizontalScrollBar().value(), view.verticalScrollBar().value()


def _wheel(view: PageCanvas, point: QPoint, steps: int = 1) -> None:
    event = QWheelEvent(QPointF(point), QPointF(view.viewport().mapToGlobal(point)), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def _mouse(view: PageCanvas, kind: QEvent.Type, point: QPoint,
           buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else \
        Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)),
                        button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def _centre(view: PageCanvas) -> tuple[float, float]:
    """Where the middle of the view is, as a fraction of the photo's width and height."""
    seen = view.mapToScene(view.viewport().rect()).boundingRect().center()
    page = view.sceneRect()
    return (seen.x() - page.left()) / page.width(), (seen.y() - page.top()) / page.height()


def test_the_photos_start_whole_side_by_side(pair: PhotoPair) -> None:
    left, right = pair.original_view, pair.returned_view
    assert left.fit_mode == right.fit_mode == FitMode.PAGE
    assert left.zoom == pytest.approx(left.fit_page_zoom())
    assert left.zoom == pytest.approx(right.zoom)
    assert left.mapToGlobal(QPoint(0, 0)).x() < right.mapToGlobal(QPoint(0, 0)).x()
    assert left.isVisible() and right.isVisible()
    assert pair.original_caption.text() == "Original photo, from the examination"
    assert pair.returned_caption.text() == "The returned item"
    assert pair.zoom_in_button.isEnabled()
    assert not pair.result.isVisible()  # no result yet


def test_the_wheel_on_one_view_zooms_both(pair: PhotoPair) -> None:
    left, right = pair.original_view, pair.returned_view
    fitted = left.zoom
    _wheel(left, QPoint(left.viewport().width() // 3, left.viewport().height() // 4), 2)
    assert left.zoom == pytest.approx(fitted * ZOOM_STEP ** 2)
    assert right.zoom == pytest.approx(left.zoom)
    assert right.fit_mode == FitMode.NONE
    assert _scroll(left) != (0, 0)  # zoomed around the pointer, not the corner
    assert _scroll(right) == _scroll(left)
    _wheel(right, QPoint(right.viewport().width() * 3 // 4, right.viewport().height() // 2))
    assert right.zoom == pytest.approx(fitted * ZOOM_STEP ** 3)
    assert left.zoom == pytest.approx(right.zoom)
    assert _scroll(left) == _scroll(right)


def test_scrolling_one_view_moves_the_other_by_the_same_amount(qtbot: QtBot,
                                                               pair: PhotoPair) -> None:
    left, right = pair.original_view, pair.returned_view
    for _ in range(4):
        qtbot.keyClick(left, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert left.zoom == pytest.approx(left.fit_page_zoom() * ZOOM_STEP ** 4)
    assert right.zoom == pytest.approx(left.zoom)
    x, y = _scroll(right)
    right.horizontalScrollBar().setValue(x + 37)
    right.verticalScrollBar().setValue(y - 23)
    assert _scroll(right) == (x + 37, y - 23)
    assert _scroll(left) == (x + 37, y - 23)
    qtbot.keyClick(left, Qt.Key.Key_Right)  # the view's own keys scroll too
    assert _scroll(left)[0] > x + 37
    assert _scroll(right) == _scroll(left)


def test_dragging_one_view_pans_the_other(pair: PhotoPair) -> None:
    left, right = pair.original_view, pair.returned_view
    left.set_zoom(left.fit_page_zoom() * 3)
    before = _scroll(left)
    assert _scroll(right) == before
    start = QPoint(300, 250)
    _mouse(left, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        _mouse(left, QEvent.Type.MouseMove, start + QPoint(-12 * step, 8 * step),
               Qt.MouseButton.LeftButton)
    _mouse(left, QEvent.Type.MouseButtonRelease, start + QPoint(-60, 40),
           Qt.MouseButton.NoButton)
    assert _scroll(left) == (before[0] + 60, before[1] - 40)  # the photo follows the hand
    assert _scroll(right) == _scroll(left)


def test_the_keys_and_the_fit_button_act_on_both(qtbot: QtBot, pair: PhotoPair) -> None:
    left, right = pair.original_view, pair.returned_view
    fitted = left.zoom
    right.setFocus()
    qtbot.keyClick(right, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(right, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert left.zoom == pytest.approx(fitted * ZOOM_STEP ** 2) == right.zoom
    qtbot.keyClick(right, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert left.zoom == pytest.approx(fitted * ZOOM_STEP) == right.zoom
    qtbot.mouseClick(pair.zoom_in_button, Qt.MouseButton.LeftButton)
    assert left.zoom == pytest.approx(fitted * ZOOM_STEP ** 2) == right.zoom
    qtbot.mouseClick(pair.fit_button, Qt.MouseButton.LeftButton)
    assert left.fit_mode == right.fit_mode == FitMode.PAGE
    assert left.zoom == pytest.approx(fitted) == right.zoom
    qtbot.keyClick(left, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(left, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert left.zoom == pytest.approx(fitted) == right.zoom


def test_photos_of_different_sizes_keep_to_the_same_place(pair: PhotoPair,
                                                          photo: Image.Image) -> None:
    """A photo of half the resolution is zoomed twice as much to show the same part."""
    small = photo.resize((600, 450), Image.Resampling.LANCZOS)
    pair.set_photos(qimage(photo), qimage(small))
    left, right = pair.original_view, pair.returned_view
    _wheel(left, QPoint(left.viewport().width() // 4, left.viewport().height() * 2 // 3), 3)
    assert right.zoom == pytest.approx(left.zoom * 2)
    left.horizontalScrollBar().setValue(left.horizontalScrollBar().value() + 50)
    for a, b in zip(_centre(left), _centre(right), strict=True):
        assert a == pytest.approx(b, abs=0.002)
    # On screen the two move alike: the same scroll, give or take the rounding to pixels.
    assert all(abs(a - b) <= 1 for a, b in zip(_scroll(left), _scroll(right), strict=True))


def test_captions_are_set_and_described(pair: PhotoPair) -> None:
    pair.set_captions("Examination, 12.03.2025", "Returned, 02.09.2025")
    assert pair.original_caption.text() == "Examination, 12.03.2025"
    assert pair.returned_caption.text() == "Returned, 02.09.2025"
    assert pair.returned_view.accessibleDescription() == "Returned, 02.09.2025"
    names = {pair.original_view.accessibleName(), pair.returned_view.accessibleName()}
    assert len(names) == 2 and "" not in names


def _background(pair: PhotoPair) -> QColor:
    """The colour of the result area beside its text (right of the end of the line)."""
    image = pair.result.grab().toImage()
    return image.pixelColor(image.width() - 6, image.height() // 2)


def test_a_warning_shows_in_its_own_style(pair: PhotoPair) -> None:
    pair.set_similarity("Similarity 94 %", warning=False)
    assert pair.result.isVisible() and not pair.warning_icon.isVisible()
    assert pair.result_label.text() == "Similarity 94 %"
    plain = _background(pair)
    pair.set_similarity("Similarity 38 %: the photos differ", warning=True)
    assert pair.result.isVisible() and pair.warning_icon.isVisible()
    assert not pair.warning_icon.pixmap().isNull()
    assert pair.result_label.text() == "Similarity 38 %: the photos differ"
    assert pair.result.accessibleDescription() == "Warning: Similarity 38 %: the photos differ"
    amber = _background(pair)
    assert amber != plain
    assert amber.red() > amber.blue() + 40  # the warning's amber, not the window's grey
    pair.set_similarity("", warning=False)
    assert not pair.result.isVisible()


def test_a_missing_photo_shows_a_sign_and_the_other_still_zooms(pair: PhotoPair,
                                                                photo: Image.Image) -> None:
    pair.set_photos(None, qimage(photo))
    assert not pair.original_view.isVisible() and pair.returned_view.isVisible()
    fitted = pair.returned_view.zoom
    pair.zoom_in()
    assert pair.returned_view.zoom == pytest.approx(fitted * ZOOM_STEP)
    pair.set_photos(None, QImage())  # a null image is no photo either
    assert not pair.returned_view.isVisible()
    assert not pair.zoom_in_button.isEnabled() and not pair.fit_button.isEnabled()
    pair.set_photos(qimage(photo), qimage(photo))
    assert pair.original_view.isVisible() and pair.zoom_in_button.isEnabled()
