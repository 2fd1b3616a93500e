"""The main window and the registry widget: status bar, rows, search, filters, header."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.domain.workflow import Status
from desktop.services.actor import Actor
from desktop.services.registry import SortKey
from desktop.storage.database import Database
from desktop.ui.kit import settings
from desktop.ui.main_window import MainWindow
from desktop.ui.registry.model import Column, RegistryModel
from desktop.ui.registry.view import NO_DATE, SEARCH_DELAY_MS
from tests.support.factories import individual
from tests.support.registry import APPLICATIONS, PEOPLE, TODAY
from tests.support.sessions import session_for
from tests.support.staff import STAFF


def _window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(session_for(db, actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_status_bar_and_rows(qtbot: QtBot, registry_db: Database, clerk: Actor) -> None:
    window = _window(qtbot, registry_db, clerk)
    assert STAFF["clerk"][0] in window.user_label.text()
    assert "Clerk" in window.user_label.text()
    # A local database by its file name; where it is, in the tooltip.
    assert window.database_label.text() == "Database: commission.sqlite3"
    assert window.database_label.toolTip() == registry_db.display_url
    registry = window.registry
    assert registry.model.rowCount() == APPLICATIONS  # fewer than one page
    assert registry.table.model() is registry.model
    assert registry.count_label.text() == f"{APPLICATIONS} applications"
    assert registry.search.accessibleName() == "Search applications"
    assert registry.table.accessibleName() == "Registry of applications"
    header = registry.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.RECEIVED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_other_roles_are_named(qtbot: QtBot, sqlite_db: Database) -> None:
    from tests.support.staff import actor_for

    window = _window(qtbot, sqlite_db, actor_for(sqlite_db, "chair"))
    assert "Chairperson" in window.user_label.text()
    assert window.registry.model.rowCount() == 0
    assert window.registry.count_label.text() == "0 applications"


def test_search_waits_for_typing_to_pause(
    qtbot: QtBot, registry_db: Database, clerk: Actor
) -> None:
    window = _window(qtbot, registry_db, clerk)
    registry = window.registry
    iin = individual(4).iin_bin  # Ахметов's
    # Each keystroke only (re)starts the pause timer: checked with no event processed
    # between the keystroke and the check, so no timer can have fired on a slow machine.
    registry.search.insert(iin[:-1])
    assert registry.model.query.text == "" and registry._search_timer.isActive()
    assert registry._search_timer.interval() == SEARCH_DELAY_MS
    with qtbot.waitSignal(registry.model.modelReset, timeout=30_000):
        registry.search.insert(iin[-1])
        assert registry.model.query.text == ""  # still waiting for the pause
    assert registry.model.query.text == iin
    assert registry.model.rowCount() == 1
    assert registry.count_label.text() == "1 application"
    assert registry.model.row_at(0).applicant == "Ахметов Ерболат"

    registry.search.clear()
    for letter in "ұлжан":  # typed one letter at a time, in Kazakh and lower case
        registry.search.insert(letter)
    qtbot.waitUntil(lambda: registry.model.query.text == "ұлжан")
    assert [registry.model.row_at(r).applicant for r in range(registry.model.rowCount())] == [
        "Өтепова Ұлжан"
    ]


def test_a_count_past_its_cap_says_more_than(
    qtbot: QtBot, registry_db: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name fragment can match tens of thousands of applications: the registry counts
    to a cap and says "more than" until the list is read to its end."""
    monkeypatch.setattr(RegistryModel, "count_cap", 3)
    registry = _window(qtbot, registry_db, clerk).registry
    registry.model.page_size = 5
    registry.refresh()
    assert registry.count_label.text() == "More than 3 applications"
    while registry.model.canFetchMore(QModelIndex()):
        registry.model.fetchMore(QModelIndex())
    assert registry.count_label.text() == f"{APPLICATIONS} applications"


def test_status_filter_and_overdue_only(
    qtbot: QtBot, registry_db: Database, clerk: Actor
) -> None:
    window = _window(qtbot, registry_db, clerk)
    registry = window.registry
    combo = registry.status_filter
    assert combo.count() == len(Status) + 1
    assert combo.itemText(0) == "All statuses"
    combo.setCurrentIndex(combo.findData(Status.REFUSED.value))
    assert registry.model.query.statuses == frozenset({Status.REFUSED})
    assert registry.model.rowCount() == 0
    combo.setCurrentIndex(0)
    assert registry.model.rowCount() == APPLICATIONS
    registry.overdue_only.click()
    assert registry.model.query.overdue_only
    # The real today is after the fixture's dates, so every registered one is overdue now.
    assert registry.model.rowCount() == APPLICATIONS


def test_period_of_receipt_filters_the_registry(
    qtbot: QtBot, registry_db: Database, clerk: Actor
) -> None:
    window = _window(qtbot, registry_db, clerk)
    registry = window.registry
    assert registry.received_from.text() == "any"
    registry.received_from.setDate(QDate(TODAY - timedelta(days=15)))
    assert registry.model.query.received_from == TODAY - timedelta(days=15)
    expected = [p for p in PEOPLE if p[2] >= TODAY - timedelta(days=15)]
    assert registry.model.rowCount() == len(expected) + 1  # and the company
    registry.received_until.setDate(QDate(TODAY - timedelta(days=10)))
    assert registry.model.rowCount() == len(
        [p for p in expected if p[2] <= TODAY - timedelta(days=10)])
    registry.received_from.setDate(NO_DATE)
    registry.received_until.setDate(NO_DATE)
    assert registry.model.query.received_from is None
    assert registry.model.rowCount() == APPLICATIONS


def test_header_sorts_through_the_service(
    qtbot: QtBot, registry_db: Database, clerk: Actor
) -> None:
    window = _window(qtbot, registry_db, clerk)
    registry = window.registry
    header = registry.table.horizontalHeader()
    header.setSortIndicator(Column.APPLICANT, Qt.SortOrder.AscendingOrder)
    assert registry.model.query.sort == SortKey.APPLICANT
    assert not registry.model.query.descending
    header.setSortIndicator(Column.ITEMS, Qt.SortOrder.AscendingOrder)  # not sortable
    assert registry.model.query.sort == SortKey.APPLICANT
    assert header.sortIndicatorSection() == Column.APPLICANT


def test_window_and_header_state_survive_a_restart(
    qtbot: QtBot, registry_db: Database, clerk: Actor
) -> None:
    window = _window(qtbot, registry_db, clerk)
    window.resize(700, 500)  # the offscreen platform's screen is only 800x600
    header = window.registry.table.horizontalHeader()
    header.resizeSection(Column.APPLICANT, 333)
    header.setSortIndicator(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
    window.close()
    assert not settings.MAIN_WINDOW_GEOMETRY.get().isEmpty()
    assert not settings.header_state("registry", "en").get().isEmpty()

    again = _window(qtbot, registry_db, clerk)
    assert again.size().width() == 700
    again_header = again.registry.table.horizontalHeader()
    assert again_header.sectionSize(Column.APPLICANT) == 333
    assert again.registry.model.query.sort == SortKey.DEADLINE
    assert again_header.sortIndicatorSection() == Column.DEADLINE


def test_menu_actions(qtbot: QtBot, registry_db: Database, clerk: Actor) -> None:
    window = _window(qtbot, registry_db, clerk)
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.refresh_action.shortcut().toString() == "F5"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    window.tabs.setCurrentWidget(window.registry)  # F5 reads the tab shown again
    with qtbot.waitSignal(window.registry.model.modelReset):
        window.refresh_action.trigger()
    window.quit_action.trigger()
    assert not window.isVisible()
