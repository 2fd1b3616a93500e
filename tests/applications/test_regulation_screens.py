"""The screens of the regulation's rules: the preliminary deadline in the registry and on
the start page, the working-day calendar, the required documents and who took part."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services import settings
from desktop.services.applications import ApplicationService
from desktop.services.registration import RegistrationService
from desktop.services.registry import RegistryService
from desktop.storage.database import Database
from desktop.ui.calendar_dialog import CalendarDialog
from desktop.ui.kit.labels import DEADLINE_COLOURS
from desktop.ui.registry.model import Column, RegistryModel
from tests.support.factories import application, individual
from tests.support.sessions import session_for, wait_for_writes


def test_the_registry_shows_the_preliminary_deadline_in_its_own_colour(
        qtbot: QtBot, db: Database, staff) -> None:
    with db.write() as s:
        settings.set_region(s, "zhambyl")
    registration = RegistrationService(db)
    registration.register(staff["clerk"], application(individual(1), received=date(2026, 2, 16)))
    registration.register(staff["clerk"], application(individual(2), received=date(2026, 2, 24)))
    model = RegistryModel(RegistryService(db), staff["clerk"], today=lambda: date(2026, 2, 25))
    texts = sorted(str(model.data(model.index(r, Column.DEADLINE))) for r in range(2))
    assert texts == ["Preliminary: 03.03.2026 (4 working days left)",
                     "Preliminary: 23.02.2026 (overdue by 2 working days)"]
    colours = {str(model.data(model.index(r, Column.DEADLINE))):
               model.data(model.index(r, Column.DEADLINE), Qt.ItemDataRole.BackgroundRole)
               .color().name() for r in range(2)}
    assert colours[texts[0]] == DEADLINE_COLOURS["preliminary"][0]
    assert colours[texts[1]] == DEADLINE_COLOURS["overdue"][0]


def test_the_administrator_amends_the_calendar_in_the_window(qtbot: QtBot, db: Database,
                                                            staff) -> None:
    app_id = RegistrationService(db).register(staff["clerk"], application(
        received=date(2026, 9, 1))).application_id
    session = session_for(db, staff["admin"])
    dialog = CalendarDialog(session, year=2026)
    qtbot.addWidget(dialog)
    assert dialog.amend_box.isVisibleTo(dialog)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    assert "23.03.2026" in rows  # Nauryz, from the shipped calendar
    assert dialog.table.item(rows["23.03.2026"], 3).text() == "Nowruz Holiday"
    assert not dialog.add_button.isEnabled()  # no reason yet

    dialog.day.setDate(dialog.day.date().fromString("14.09.2026", "dd.MM.yyyy"))
    dialog.kind.setCurrentIndex(0)  # a day off
    dialog.note.setText("Government decree No. 000")
    assert dialog.add_button.isEnabled()
    with qtbot.waitSignal(session.changed, timeout=20_000):
        dialog.add()
    wait_for_writes(qtbot, session)
    assert dialog.outcome.text() == "14.09.2026 is a day off now. 1 running deadline moved."
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    row = rows["14.09.2026"]
    assert dialog.table.item(row, 2).text() == "day off"
    assert dialog.table.item(row, 3).text() == (
        "amended by Әкімші Админ: Government decree No. 000")
    assert dialog.table.item(row, 0).font().bold()
    assert ApplicationService(db).detail(staff["clerk"], app_id).result_due == date(2026, 9, 16)

    dialog.table.selectRow(row)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(session.changed, timeout=20_000):
        dialog.remove()
    wait_for_writes(qtbot, session)
    assert dialog.outcome.text().startswith("The amendment of 14.09.2026 is withdrawn.")

    clerk = CalendarDialog(session_for(db, staff["clerk"]), year=2026)
    qtbot.addWidget(clerk)
    assert not clerk.amend_box.isVisibleTo(clerk) and not clerk.remove_button.isVisibleTo(clerk)
