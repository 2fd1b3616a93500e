"""The calendar dialog says which running deadlines an amendment moves before it is made,
and the preview changes nothing; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.roles import PermissionDenied
from desktop.services.applications import ApplicationService
from desktop.services.calendar import CalendarService
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from desktop.ui.calendar_dialog import CalendarDialog
from tests.support.factories import application
from tests.support.sessions import session_for, wait_for_writes


def test_the_moves_are_shown_before_the_amendment(qtbot: QtBot, db: Database, staff) -> None:
    registered = RegistrationService(db).register(staff["clerk"], application(
        received=date(2026, 9, 1)))
    due = ApplicationService(db).detail(staff["clerk"], registered.application_id).result_due
    assert due == date(2026, 9, 15)
    service = CalendarService(db)
    [move] = service.preview(staff["admin"], date(2026, 9, 14), False)
    assert (move.number, move.stage, move.before, move.after) == (
        registered.number, "result", date(2026, 9, 15), date(2026, 9, 16))
    [earlier] = service.preview(staff["admin"], date(2026, 9, 6), True)  # a Sunday worked
    assert earlier.after == date(2026, 9, 14)
    assert service.preview(staff["admin"], date(2026, 10, 14), False) == ()  # after it
    with pytest.raises(PermissionDenied):
        service.preview(staff["clerk"], date(2026, 9, 14), False)
    assert ApplicationService(db).detail(staff["clerk"],
                                         registered.application_id).result_due == due

    session = session_for(db, staff["admin"])
    dialog = CalendarDialog(session, year=2026)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(0)  # a day off
    dialog.day.setDate(dialog.day.date().fromString("14.09.2026", "dd.MM.yyyy"))
    assert dialog.moves.text() == ("This amendment moves 1 running deadline:\n"
                                   f"{registered.number}: 15.09.2026 → 16.09.2026")
    dialog.day.setDate(dialog.day.date().fromString("14.10.2026", "dd.MM.yyyy"))
    assert dialog.moves.text() == "This amendment moves no running deadline."

    dialog.day.setDate(dialog.day.date().fromString("14.09.2026", "dd.MM.yyyy"))
    dialog.note.setText("Government decree No. 000")
    with qtbot.waitSignal(session.changed, timeout=20_000):
        dialog.add()
    wait_for_writes(qtbot, session)
    assert ApplicationService(db).detail(staff["clerk"], registered.application_id
                                         ).result_due == date(2026, 9, 16)
    assert dialog.moves.text() == "This amendment moves no running deadline."  # made already
