"""Every page tool can be taken back with Ctrl+Z (and done again with Ctrl+Shift+Z), and a
page's kind can be changed after the import: the undo stack of the documents panel."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.documents import PageKind
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
    panel.activateWindow()  # shortcuts reach only the active window (under X as well)
    qtbot.waitActive(panel)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    return panel


def _key(qtbot: QtBot, panel: DocumentsPanel, key: QKeySequence.StandardKey) -> None:
    """Press the platform's keys for *key* in the strip, as the clerk does.

    The panel is made the active window again first: the suite's other workers share the
    X display, and a window of theirs shown in between takes the focus, and with it the
    shortcuts (once in a full run, the undo never reached the panel)."""
    panel.activateWindow()
    qtbot.waitActive(panel)
    combination = QKeySequence(key)[0]
    QTest.keyClick(panel.view, combination.key(), combination.keyboardModifiers())
    wait_idle(qtbot, panel)


def _actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(select(AuditEvent.action).where(
            AuditEvent.action.like("document.%")).order_by(AuditEvent.seq)).scalars())


def test_rotation_is_undone_and_redone_with_the_keyboard(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, service: DocumentService, app_id: int,
    three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[1])
    original = panel.selected_page()
    assert not panel.undo_action.isEnabled() and panel.undo_action.text() == "&Undo"

    panel.rotate_right_action.trigger()
    wait_idle(qtbot, panel)
    turned = panel.selected_page()
    assert (turned.width, turned.height) == (original.height, original.width)
    assert panel.undo_action.text() == "&Undo: Rotate page 2 (Photo) right"
    assert panel.undo_button.isVisible()

    _key(qtbot, panel, QKeySequence.StandardKey.Undo)
    back = panel.selected_page()
    assert back.id == original.id
    assert (back.sha256, back.width, back.height) == (original.sha256, original.width,
                                                      original.height)
    assert panel.message.text() == "Undone: Rotate page 2 (Photo) right."
    assert panel.redo_action.text() == "&Redo: Rotate page 2 (Photo) right"
    assert not panel.undo_action.isEnabled()

    _key(qtbot, panel, QKeySequence.StandardKey.Redo)
    again = panel.selected_page()
    assert (again.sha256, again.width) == (turned.sha256, turned.width)
    # The stored image of the import is the one undo came back to: never rewritten.
    assert service.page_image(clerk, original.id) != b""
    assert _actions(sqlite_db)[-3:] == ["document.rotate", "document.revert", "document.revert"]


def test_every_tool_is_undone_in_turn(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[0])
    start = [(p.id, p.sha256, p.kind) for p in panel.model.pages()]

    panel.deskew_action.trigger()
    wait_idle(qtbot, panel)
    panel.move_later_action.trigger()
    wait_idle(qtbot, panel)
    panel.kind_actions[PageKind.ID].trigger()
    wait_idle(qtbot, panel)
    assert panel.selected_page().kind == PageKind.ID
    assert panel.message.text() == "Marked page 2 (Form) as «ID document»."
    panel.select_page(three_pages[1])
    panel.tools.delete_now(panel.selected_page())
    wait_idle(qtbot, panel)
    assert panel.model.rowCount() == 2

    texts = []
    while panel.undo_action.isEnabled():
        texts.append(panel.undo_action.text())
        panel.undo_action.trigger()
        wait_idle(qtbot, panel)
        assert not panel.error.isVisible(), panel.error.text()
    assert texts == [
        "&Undo: Delete page 1 (Photo)",
        "&Undo: Mark page 2 (Form) as «ID document»",
        "&Undo: Move page 1 (Form) to place 2",
        "&Undo: Straighten page 1 (Form)",
    ]
    assert [(p.id, p.sha256, p.kind) for p in panel.model.pages()] == start


def test_the_kind_menu_shows_the_page_s_kind_and_nobody_else_gets_it(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int, three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[1])
    assert panel.kind_action.isEnabled()
    assert [k for k, a in panel.kind_actions.items() if a.isChecked()] == [PageKind.PHOTO]
    assert panel.kind_action in panel.view.actions()  # the strip's context menu has it
    panel.select_page(None)
    assert not panel.kind_action.isEnabled()


def test_a_refused_undo_empties_the_stack_and_says_why(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, service: DocumentService, app_id: int,
    three_pages: list[int],
) -> None:
    panel = _panel(qtbot, sqlite_db, clerk, app_id, three_pages[0])
    panel.rotate_left_action.trigger()
    wait_idle(qtbot, panel)
    page = panel.selected_page()
    service.rotate(clerk, page.id, 180, expected_version=page.version)  # another desktop

    panel.undo_action.trigger()
    wait_idle(qtbot, panel)
    assert "changed by someone else" in panel.error.text()
    assert panel.tools.undo_stack.count() == 0 and not panel.undo_action.isEnabled()
