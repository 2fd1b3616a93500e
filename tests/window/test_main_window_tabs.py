"""Applications open in tabs of the main window; clerks start new ones with Ctrl+N."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.services.examination import ExaminationService
from desktop.storage.database import Database
from desktop.ui.application import ApplicationView
from desktop.ui.kit.session import Change
from desktop.ui.main_window import MainWindow
from desktop.ui.registration import RegistrationDialog
from desktop.ui.registry.model import ROW_ID_ROLE
from tests.support.desk import Case, make_case, settle, type_text
from tests.support.sessions import session_for


def _window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(session_for(db, actor))
    qtbot.addWidget(window, before_close_func=lambda w: settle(qtbot, w))
    window.show()
    qtbot.waitExposed(window)
    return window


def _row_of(window: MainWindow, application_id: int) -> QModelIndex:
    model = window.registry.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ROW_ID_ROLE) == application_id:
            return index
    raise AssertionError(f"application {application_id} is not in the registry")


def test_enter_on_a_row_opens_the_application_in_its_own_tab(
        qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case) -> None:
    other = make_case(sqlite_db, team, serial=4, examine=False)
    window = _window(qtbot, sqlite_db, team["member"])
    tabs = window.tabs
    assert tabs.count() == 3 and tabs.widget(0) is window.start \
        and tabs.widget(1) is window.registry and tabs.widget(2) is window.tracking
    for fixed in (0, 1, 2):
        assert tabs.tabBar().tabButton(fixed, QTabBar.ButtonPosition.RightSide) is None

    table = window.registry.table
    table.setFocus()
    table.setCurrentIndex(_row_of(window, case.application_id))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert tabs.count() == 4
    view = tabs.currentWidget()
    assert isinstance(view, ApplicationView) and view.application_id == case.application_id
    assert tabs.tabText(3) == case.number

    window._row_activated(_row_of(window, other.application_id))  # a double-click
    assert tabs.count() == 5 and tabs.currentIndex() == 4
    # Opening one that is open already brings its tab forward.
    assert window.open_application(case.application_id) is view
    assert tabs.count() == 5 and tabs.currentWidget() is view

    for fixed in (0, 1, 2):  # the start page, the registry and the exports abroad stay
        window.close_tab(fixed)
    assert tabs.count() == 5
    window.close_tab(tabs.indexOf(view))
    assert tabs.count() == 4
    assert [v.application_id for v in window.application_views()] == [other.application_id]


def test_closing_keeps_what_was_typed(qtbot: QtBot, sqlite_db: Database,
                                      team: dict[str, Actor], case: Case) -> None:
    window = _window(qtbot, sqlite_db, team["member"])
    view = window.open_application(case.application_id)
    type_text(view.form.editor.binders["title"].widget.editors["kk"],  # type: ignore[attr-defined]
              "Домбыра")
    # The draft is written off the GUI thread: wait for the write's announcement, not a time.
    with qtbot.waitSignal(window.session.changed, timeout=30_000,
                          check_params_cb=lambda kind, _ids: kind == Change.DRAFT):
        window.close_tab(window.tabs.indexOf(view))
    draft = ExaminationService(sqlite_db).load_draft(team["member"], case.item_ids[0],
                                                     view.form.choice.kind)  # type: ignore[union-attr]
    assert draft is not None and draft.form_state["fields"]["title"] == {"kk": "Домбыра",
                                                                          "ru": ""}


def test_new_application_is_for_clerks(qtbot: QtBot, sqlite_db: Database,
                                       team: dict[str, Actor], case: Case) -> None:
    member = _window(qtbot, sqlite_db, team["member"])
    assert not member.new_action.isVisible() and not member.new_action.isEnabled()
    assert member.new_application() is None

    clerk = _window(qtbot, sqlite_db, team["clerk"])
    assert clerk.new_action.isEnabled()
    assert clerk.new_action.shortcut().toString() == "Ctrl+N"
    clerk.new_action.trigger()
    dialog = clerk.registration_dialog
    assert isinstance(dialog, RegistrationDialog) and dialog.isVisible()
    # What the session and the dialog announce once it has registered one: the registry
    # reloads and the new application opens in its tab.
    fresh = make_case(sqlite_db, team, serial=5, examine=False)
    before = clerk.registry.model.total
    clerk.session.notify(Change.APPLICATION, [fresh.application_id])
    dialog.registered.emit(fresh.number, fresh.application_id)
    assert clerk.registry.model.total == before + 1
    current = clerk.tabs.currentWidget()
    assert isinstance(current, ApplicationView) and current.application_id == fresh.application_id
    assert clerk.statusBar().currentMessage() == f"Application {fresh.number} registered"
    dialog.reject()
    assert clerk.registration_dialog is None
