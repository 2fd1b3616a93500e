"""The registry from the keyboard: Enter opens the single hit or goes to the list, Down goes
to the list, and Tab reaches the list through each filter once (the search's "in scanned
papers" beside it first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from tests.support.desk import active_window
from tests.support.factories import individual
from tests.support.registry import APPLICATIONS


def _registry(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = active_window(qtbot, db, actor)
    window.tabs.setCurrentWidget(window.registry)
    window.registry.search.setFocus()
    return window


def test_enter_opens_the_single_hit(qtbot: QtBot, registry_db: Database, clerk: Actor) -> None:
    window = _registry(qtbot, registry_db, clerk)
    search = window.registry.search
    qtbot.keyClicks(search, individual(4).iin_bin)  # Ахметов's, one application
    qtbot.keyClick(search, Qt.Key.Key_Return)  # at once, without waiting for the pause
    (view,) = window.application_views()
    assert window.tabs.currentWidget() is view
    assert view.applicant_label.text().startswith("Ахметов Ерболат")


def test_enter_and_down_move_to_the_list(qtbot: QtBot, registry_db: Database,
                                         clerk: Actor) -> None:
    window = _registry(qtbot, registry_db, clerk)
    registry = window.registry
    qtbot.keyClick(registry.search, Qt.Key.Key_Return)  # every application: several hits
    assert window.application_views() == []
    assert QApplication.focusWidget() is registry.table
    assert registry.table.currentIndex().row() == 0
    qtbot.keyClick(registry.table, Qt.Key.Key_Down)  # the arrows move in the list
    assert registry.table.currentIndex().row() == 1

    registry.search.setFocus()
    qtbot.keyClick(registry.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is registry.table
    assert registry.table.currentIndex().row() == 1  # where the user left it
    qtbot.keyClick(registry.table, Qt.Key.Key_Return)
    assert len(window.application_views()) == 1  # Enter in the list opens the row


def test_tab_reaches_the_list_through_each_filter_once(qtbot: QtBot, registry_db: Database,
                                                       clerk: Actor) -> None:
    window = _registry(qtbot, registry_db, clerk)
    registry = window.registry
    assert registry.model.rowCount() == APPLICATIONS
    visited: list[QWidget] = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is registry.table:
            break
    assert visited == [registry.in_scans, registry.status_filter, registry.overdue_only,
                       registry.received_from, registry.received_until, registry.table]
