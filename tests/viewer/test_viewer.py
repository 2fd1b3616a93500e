"""The scan viewer: zoom, fit, rotate, paging, the help, and refining a large scan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.storage.database import Database
from desktop.ui.viewer import ScanViewer
from desktop.ui.viewer.canvas import ZOOM_STEP, FitMode
from tests.support.desk import Case, make_case, page_image, settle
from tests.support.sessions import session_for


def _painted(viewer: ScanViewer) -> bool:
    item = viewer.canvas.item
    return item is not None and item.painted_reduction is not None


@pytest.fixture
def viewer(qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor],
           case: Case) -> ScanViewer:
    widget = ScanViewer(session_for(sqlite_db, team["member"]))
    qtbot.addWidget(widget, before_close_func=lambda w: settle(qtbot, w))
    widget.resize(800, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_application(case.application_id)
    qtbot.waitUntil(lambda: _painted(widget), timeout=5000)
    return widget


def _on_screen(viewer: ScanViewer) -> tuple[float, float]:
    """The page's width and height on the viewport, in pixels."""
    assert viewer.canvas.item is not None
    rect = viewer.canvas.mapFromScene(viewer.canvas.item.boundingRect()).boundingRect()
    return rect.width(), rect.height()


def test_zoom_keys_change_the_scale(qtbot: QtBot, viewer: ScanViewer) -> None:
    canvas = viewer.canvas
    fitted = canvas.zoom
    assert canvas.fit_mode == FitMode.PAGE
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom == pytest.approx(fitted * ZOOM_STEP)
    assert canvas.fit_mode == FitMode.NONE
    qtbot.keyClick(canvas, Qt.Key.Key_Equal)  # "+" without Shift
    assert canvas.zoom == pytest.approx(fitted * ZOOM_STEP ** 2)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.zoom == pytest.approx(fitted * ZOOM_STEP)
    qtbot.keyClick(canvas, Qt.Key.Key_1)
    assert canvas.zoom == pytest.approx(1.0)
    assert viewer.zoom_label.text() == "100 %"
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.zoom == pytest.approx(fitted)
    width, height = _on_screen(viewer)
    area = canvas.viewport().size()
    assert height <= area.height() + 1 and width <= area.width() + 1
    assert height >= area.height() - 2 or width >= area.width() - 2  # it fills one side


def test_fit_width_fits_the_width(qtbot: QtBot, viewer: ScanViewer) -> None:
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_W)
    assert viewer.canvas.fit_mode == FitMode.WIDTH

    def fits_the_width() -> bool:  # once the vertical scroll bar has taken its room
        width = _on_screen(viewer)[0]
        return viewer.canvas.viewport().width() - 3 <= width <= \
            viewer.canvas.viewport().width() + 1

    qtbot.waitUntil(fits_the_width)
    # A portrait page is taller than the view: it scrolls.
    assert _on_screen(viewer)[1] > viewer.canvas.viewport().height()
    assert viewer.canvas.horizontalScrollBar().maximum() <= 1
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_F)
    assert viewer.canvas.fit_mode == FitMode.PAGE


def test_the_wheel_zooms_around_the_pointer(qtbot: QtBot, viewer: ScanViewer) -> None:
    canvas = viewer.canvas
    qtbot.keyClick(canvas, Qt.Key.Key_1)
    point = QPoint(canvas.viewport().width() // 3, canvas.viewport().height() // 3)
    under = canvas.mapToScene(point)
    before = canvas.zoom
    event = QWheelEvent(QPointF(point), QPointF(canvas.viewport().mapToGlobal(point)),
                        QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas.viewport(), event)
    assert canvas.zoom == pytest.approx(before * ZOOM_STEP)
    after = canvas.mapFromScene(under)
    assert abs(after.x() - point.x()) <= 1 and abs(after.y() - point.y()) <= 1


def test_next_and_previous_page(qtbot: QtBot, viewer: ScanViewer, case: Case) -> None:
    assert viewer.page_label.text() == "Page 1 of 3"
    with qtbot.waitSignal(viewer.pageChanged) as shown:
        qtbot.keyClick(viewer.canvas, Qt.Key.Key_PageDown)
    assert shown.args == [case.page_ids[1]]
    assert viewer.page_label.text() == "Page 2 of 3"
    qtbot.waitUntil(lambda: _painted(viewer), timeout=5000)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_PageDown)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_PageDown)  # already the last page
    assert viewer.current_page_id() == case.page_ids[2]
    assert not viewer.next_action.isEnabled()
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_PageUp)
    assert viewer.page_label.text() == "Page 2 of 3"
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Home)
    assert viewer.current_page_id() == case.page_ids[0]
    assert not viewer.previous_action.isEnabled()
    # The thumbnail strip follows, and picking a thumbnail shows that page.
    strip = viewer.strip
    assert strip.currentIndex().row() == 0
    with qtbot.waitSignal(viewer.pageChanged) as shown:
        strip.setCurrentIndex(viewer.strip_index(case.page_ids[2]))
    assert shown.args == [case.page_ids[2]]
    assert viewer.page_label.text() == "Page 3 of 3"
    qtbot.keyClick(strip, Qt.Key.Key_PageUp)  # the keys work in the strip too
    assert viewer.page_label.text() == "Page 2 of 3"


def test_rotating_turns_the_view_not_the_page(qtbot: QtBot, viewer: ScanViewer,
                                              sqlite_db: Database, team: dict[str, Actor],
                                              case: Case) -> None:
    before = DocumentService(sqlite_db).list_pages(team["member"], case.application_id)[0]
    width, height = _on_screen(viewer)
    assert height > width  # a portrait page
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_R)
    assert viewer.canvas.rotation == 90
    turned_w, turned_h = _on_screen(viewer)
    assert turned_w > turned_h  # lying on its side, still fitted
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.canvas.rotation == 270
    after = DocumentService(sqlite_db).list_pages(team["member"], case.application_id)[0]
    assert (after.sha256, after.width, after.height, after.version) == \
        (before.sha256, before.width, before.height, before.version)


def test_help_overlay_lists_the_shortcuts(qtbot: QtBot, viewer: ScanViewer) -> None:
    assert not viewer.help.isVisible()
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_F1)
    assert viewer.help.isVisible()
    keys = [keys for keys, _what in viewer.help.rows()]
    for expected in ("F", "W", "1", "0", "F1  or  ?"):
        assert expected in keys
    assert "Zoom in / out" in viewer.help.label.text()
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Escape)
    assert not viewer.help.isVisible()
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Question)
    assert viewer.help.isVisible()


def test_a_large_scan_shows_a_preview_then_refines_on_zoom(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor]) -> None:
    big = make_case(sqlite_db, team, pages=0, serial=2, examine=False)
    scan = page_image((3200, 4400), 5, "large")
    scan.info["dpi"] = (300, 300)
    report = DocumentService(sqlite_db).import_images(team["clerk"], big.application_id,
                                                      [scan], PageKind.FORM, dpi=300)
    assert report.ok
    viewer = ScanViewer(session_for(sqlite_db, team["member"]))
    qtbot.addWidget(viewer, before_close_func=lambda w: settle(qtbot, w))
    viewer.resize(700, 800)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.set_application(big.application_id)
    qtbot.waitUntil(lambda: _painted(viewer), timeout=5000)
    item = viewer.canvas.item
    assert item is not None
    assert item.painted_reduction is not None and item.painted_reduction >= 4  # a preview
    page_id = report.page_ids[0]
    assert viewer.loader.cache.levels(page_id) == [item.painted_reduction]
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_1)  # 100 %: every pixel is needed
    qtbot.waitUntil(lambda: item.painted_reduction == 1, timeout=10_000)
    assert 1 in viewer.loader.cache.levels(page_id)
    assert viewer.is_refined_for_zoom()
    assert "first_frame" in viewer.timings and "full_frame" in viewer.timings
    assert viewer.timings["first_frame"] < viewer.timings["full_frame"]
