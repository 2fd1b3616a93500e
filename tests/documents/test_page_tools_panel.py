"""The page tools through the panel's actions: the strip follows every change."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models.audit import AuditEvent
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.storage.database import Database
from desktop.ui.documents import DocumentsPanel
from tests.support.backends import sqlite_db_url  # noqa: F401 (the fixture: SQLite alone)
from tests.support.pages import make_panel, wait_idle


def _panel(qtbot: QtBot, db: Database, clerk: Actor, app_id: int,
           select_id: int) -> DocumentsPanel:
    panel = make_panel(qtbot, db, clerk, app_id)
    panel.select_page(select_id)
    assert panel.selected_page() is not None
    return panel


def _sources(panel: DocumentsPanel) -> list[str | None]:
    return [p.source_name for p in panel.model.pages()]


def _actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(select(AuditEvent.action).where(
            AuditEvent.action.like("document.%")).order_by(AuditEvent.seq)).scalars())


def test_rotate_right_turns_the_page_and_its_thumbnail(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[1])
    model = panel.model
    qtbot.waitUntil(lambda: model.thumbnail_ready(1), timeout=10_000)
    before = model.data(model.index(1), Qt.ItemDataRole.DecorationRole).toImage()
    assert before.pixelColor(75, 45).alpha() == 0  # landscape: 150 × 100 at the bottom
    changed: list[bool] = []
    panel.session.changed.connect(lambda _kind, _ids: changed.append(True))

    assert panel.rotate_right_action.isEnabled()
    panel.rotate_right_action.trigger()
    wait_idle(qtbot, panel)

    page = panel.selected_page()
    assert page is not None and page.id == three_pages[1]
    assert (page.width, page.height, page.version) == (600, 900, 2)
    assert changed == [True]
    assert panel.message.text() == "Rotated page 2 (Photo)."
    qtbot.waitUntil(lambda: model.thumbnail_ready(1), timeout=10_000)
    after = model.data(model.index(1), Qt.ItemDataRole.DecorationRole)
    assert isinstance(after, QPixmap)
    image = after.toImage()
    # Portrait now: 100 × 150, centred (x 25 to 125), the full height of the cell.
    assert image.pixelColor(10, 75).alpha() == 0 and image.pixelColor(75, 2).alpha() == 255
    # Turned clockwise: the red marker of the top-left corner is now top-right.
    top_right = image.pixelColor(125 - 4, 3)
    assert top_right.red() > 180 and top_right.green() < 80
    assert _actions(sqlite_db)[-1] == "document.rotate"


def test_move_earlier_and_later(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[0])
    assert not panel.move_earlier_action.isEnabled()  # already first
    panel.move_later_action.trigger()
    wait_idle(qtbot, panel)
    assert _sources(panel) == ["two.jpg", "one.png", "three.png"]
    assert panel.selected_page().id == three_pages[0]

    panel.select_page(three_pages[2])
    assert not panel.move_later_action.isEnabled()  # already last
    panel.move_earlier_action.trigger()
    wait_idle(qtbot, panel)
    assert _sources(panel) == ["two.jpg", "three.png", "one.png"]
    assert [panel.model.data(panel.model.index(r)) for r in range(3)] == [
        "1 · Photo", "2 · Form", "3 · Form"]


def test_dragging_a_page_in_the_strip_moves_it(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[2])
    model = panel.model
    data = model.mimeData([model.index(2)])
    # What the strip does when page 3 is dropped onto page 1.
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0))
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0))
    wait_idle(qtbot, panel)
    assert _sources(panel) == ["three.png", "one.png", "two.jpg"]
    assert _actions(sqlite_db)[-1] == "document.move"


def test_delete_asks_first_and_undo_brings_the_page_back_in_place(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[1])
    changed: list[bool] = []
    panel.session.changed.connect(lambda _kind, _ids: changed.append(True))

    panel.delete_action.trigger()
    box = panel.tools.confirm_box
    assert box is not None and box.isVisible()
    assert box.text() == "Delete page 2 (Photo) from this application?"
    box.button(QMessageBox.StandardButton.No).click()
    assert not panel.busy and panel.model.rowCount() == 3

    panel.delete_action.trigger()
    panel.tools.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, panel)
    assert _sources(panel) == ["one.png", "three.png"]
    assert panel.message.text() == "Deleted page 2 (Photo)."
    assert panel.undo_action.isEnabled() and panel.undo_button.isVisible()
    assert changed == [True]

    panel.undo_button.click()
    wait_idle(qtbot, panel)
    assert _sources(panel) == ["one.png", "two.jpg", "three.png"]
    assert panel.selected_page().id == three_pages[1]
    assert not panel.undo_action.isEnabled() and not panel.undo_button.isVisible()
    assert changed == [True, True]
    assert _actions(sqlite_db)[-3:] == ["document.delete", "document.restore", "document.move"]


def test_a_change_made_elsewhere_meanwhile_is_not_overwritten(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, service: DocumentService, app_id: int,
    three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[0])
    stale = panel.selected_page()
    # Another desktop turns the page while this one still shows version 1.
    service.rotate(clerk, three_pages[0], 180, expected_version=stale.version)

    panel.rotate_left_action.trigger()
    wait_idle(qtbot, panel)

    assert panel.error.isVisible()
    assert "changed by someone else" in panel.error.text()
    page = panel.selected_page()
    assert page is not None and page.id == stale.id and page.version == 2  # reloaded
    assert _actions(sqlite_db).count("document.rotate") == 1


def test_crop_through_its_dialog(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, service: DocumentService, app_id: int,
    three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[1])
    panel.crop_action.trigger()
    wait_idle(qtbot, panel)
    dialog = panel.tools.crop_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing chosen yet

    # Drag a rectangle with the mouse over the left half of the photo.
    canvas = dialog.canvas
    target = canvas._target()
    start = target.topLeft().toPoint()
    end = (target.topLeft() + target.bottomRight()) / 2
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(canvas, end.toPoint())
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end.toPoint())
    box = dialog.box()
    assert box is not None
    assert box[:2] == (0, 0)
    assert abs(box[2] - 450) <= 3 and abs(box[3] - 300) <= 3
    assert ok.isEnabled()

    dialog.set_box(0, 0, 400, 300)  # exact numbers for the check below
    ok.click()
    wait_idle(qtbot, panel)
    page = panel.selected_page()
    assert (page.width, page.height) == (400, 300)
    stored = Image.open(io.BytesIO(service.page_image(clerk, page.id)))
    assert stored.size == (400, 300)
    assert _actions(sqlite_db)[-1] == "document.crop"


def test_grayscale_and_deskew(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, service: DocumentService, app_id: int,
    three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[1])
    panel.grayscale_action.trigger()
    wait_idle(qtbot, panel)
    image = Image.open(io.BytesIO(service.page_image(clerk, three_pages[1])))
    assert image.mode == "L"
    # Again: the service refuses, and the panel shows why.
    panel.grayscale_action.trigger()
    wait_idle(qtbot, panel)
    assert panel.error.text() == "The page is already in shades of gray."

    panel.select_page(three_pages[0])
    panel.deskew_action.trigger()
    wait_idle(qtbot, panel)
    assert panel.message.text() == "Straightened page 1 (Form)."
    assert _actions(sqlite_db)[-1] == "document.deskew"


def test_enter_on_a_thumbnail_activates_the_page(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[2])
    panel.view.setFocus()
    with qtbot.waitSignal(panel.pageActivated, timeout=2000) as blocker:
        QTest.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == [three_pages[2]]
    assert not panel.busy
