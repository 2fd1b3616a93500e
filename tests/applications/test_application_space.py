"""The application view at 1280×720: the viewer only where it helps, each tab's division of
the width kept, an empty application that says what to do, and Ctrl+Z on the Documents tab."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.ui.application import ApplicationView
from desktop.ui.application.view import Tab
from desktop.ui.kit import settings
from tests.support.desk import Case, make_case, settle
from tests.support.sessions import session_for

OpenView = Callable[[str, int], ApplicationView]
SIZE = (1280, 720)


@pytest.fixture
def open_view(qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor]) -> OpenView:
    def make(user: str, application_id: int) -> ApplicationView:
        view = ApplicationView(session_for(sqlite_db, team[user]), application_id)
        qtbot.addWidget(view, before_close_func=lambda w: settle(qtbot, w))
        view.resize(*SIZE)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitActive(view)
        return view

    return make


def _show_tab(qtbot: QtBot, view: ApplicationView, tab: int) -> None:
    with qtbot.waitSignal(view.tabs.currentChanged):
        view.tabs.setCurrentIndex(tab)


def _drag_handle(qtbot: QtBot, view: ApplicationView, x: int) -> None:
    """Drag the splitter's handle with the mouse to *x* (in the splitter)."""
    handle = view.splitter.handle(1)
    qtbot.waitUntil(lambda: handle.isVisible() and view.viewer.width() > 100)
    middle = handle.rect().center()
    target = handle.mapFrom(view.splitter, QPoint(x, middle.y()))
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    QTest.mouseMove(handle, target)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=target)


def _whole_width(qtbot: QtBot, view: ApplicationView) -> None:
    """The tabs take the splitter's whole width once the layout has run."""
    qtbot.waitUntil(lambda: view.tabs.width() >= view.splitter.width() - 2)


def test_the_viewer_stands_beside_documents_and_examination_only(
    qtbot: QtBot, open_view: OpenView, case: Case,
) -> None:
    view = open_view("clerk", case.application_id)
    assert view.tabs.currentIndex() == Tab.SUMMARY
    assert not view.viewer.isVisible()
    _whole_width(qtbot, view)

    _show_tab(qtbot, view, Tab.DOCUMENTS)
    assert view.viewer.isVisible()
    assert not view.viewer.strip.isVisible()  # the tab has its own thumbnails
    assert view.documents.view.isVisible()

    _show_tab(qtbot, view, Tab.EXAMINATION)
    assert view.viewer.isVisible() and view.viewer.strip.isVisible()

    for tab in (Tab.CONCLUSION, Tab.HISTORY):
        _show_tab(qtbot, view, tab)
        assert not view.viewer.isVisible()
        _whole_width(qtbot, view)


def test_each_viewer_tab_keeps_its_own_division_of_the_width(
    qtbot: QtBot, open_view: OpenView, case: Case,
) -> None:
    view = open_view("clerk", case.application_id)
    _show_tab(qtbot, view, Tab.DOCUMENTS)
    total = sum(view.splitter.sizes())
    _drag_handle(qtbot, view, total // 3)
    documents = view.splitter.sizes()
    assert abs(documents[0] - total // 3) <= 8

    _show_tab(qtbot, view, Tab.EXAMINATION)
    examination = view.splitter.sizes()
    assert abs(examination[0] - documents[0]) > 50  # its own, not the Documents tab's
    _drag_handle(qtbot, view, 2 * total // 3)
    examination = view.splitter.sizes()

    _show_tab(qtbot, view, Tab.HISTORY)
    _show_tab(qtbot, view, Tab.DOCUMENTS)
    assert view.splitter.sizes() == documents
    _show_tab(qtbot, view, Tab.EXAMINATION)
    assert view.splitter.sizes() == examination

    store = QSettings()
    assert not settings.DOCUMENTS_SPLITTER.get().isEmpty()
    assert not settings.EXAMINATION_SPLITTER.get().isEmpty()
    assert store.value("application_view/splitter") is None


def test_a_new_application_says_how_to_bring_its_pages(
    qtbot: QtBot, open_view: OpenView, sqlite_db: Database, team: dict[str, Actor],
) -> None:
    empty = make_case(sqlite_db, team, pages=0, serial=7, examine=False)
    view = open_view("clerk", empty.application_id)
    _show_tab(qtbot, view, Tab.DOCUMENTS)
    state = view.viewer.empty
    assert state.isVisible() and not view.viewer.canvas.isVisible()
    assert state.heading.text() == "No pages yet"
    assert state.hint.text().startswith("Import files (Ctrl+I) or scan")
    names = [b.text() for b in state.buttons if b.isVisible()]
    assert names == ["Import files", "Scan"]
    assert "Ctrl+I" in view.documents.message.text()

    # Ctrl+I, with the focus in the viewer, opens the file dialog.
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.viewer.canvas.setFocus()  # the focus in the viewer, not in the Documents tab
    keys = QKeySequence("Ctrl+I")[0]
    QTest.keyClick(view.viewer, keys.key(), keys.keyboardModifiers())
    qtbot.waitUntil(lambda: any(isinstance(w, QFileDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QFileDialog):
            widget.reject()

    member = open_view("member", empty.application_id)
    _show_tab(qtbot, member, Tab.DOCUMENTS)
    assert member.viewer.empty.isVisible() and not member.viewer.empty.offers
    assert member.viewer.empty.hint.text() == \
        "The clerk imports or scans this application's documents."


def test_ctrl_z_on_the_documents_tab_takes_back_a_rotation(
    qtbot: QtBot, open_view: OpenView, sqlite_db: Database, team: dict[str, Actor],
) -> None:
    fresh = make_case(sqlite_db, team, serial=8, examine=False)
    view = open_view("clerk", fresh.application_id)
    _show_tab(qtbot, view, Tab.DOCUMENTS)
    panel = view.documents
    panel.select_page(fresh.page_ids[0])
    before = panel.selected_page()
    panel.rotate_left_action.trigger()
    qtbot.waitUntil(lambda: not panel.busy and panel.selected_page().version == 2)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    QTest.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not panel.busy and panel.selected_page().version == 3)
    assert panel.selected_page().sha256 == before.sha256
    assert panel.message.text() == "Undone: Rotate page 1 (Photo) left."
