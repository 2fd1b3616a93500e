"""The audit journal tab: chair and admin only, filters, the chain check, the head saved."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.models.audit import AuditEvent
from desktop.services.audit_log import witnesses_in_file
from desktop.services.audit_witness import current_head
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from tests.support.factories import application, individual
from tests.support.sessions import session_for
from tests.support.staff import actor_for


def test_audit_journal_for_the_chair_filtered_and_checked(qtbot: QtBot, sqlite_db: Database,
                                                          tmp_path: Path) -> None:
    clerk = actor_for(sqlite_db, "clerk")
    first = RegistrationService(sqlite_db).register(clerk, application(individual(1)))
    RegistrationService(sqlite_db).register(clerk, application(individual(2)))

    window = MainWindow(session_for(sqlite_db, clerk))
    qtbot.addWidget(window)
    assert not window.audit_action.isVisible() and window.open_audit() is None

    window = MainWindow(session_for(sqlite_db, actor_for(sqlite_db, "chair")))
    qtbot.addWidget(window)
    assert window.audit_action.isVisible()
    journal = window.open_audit()
    assert journal is not None and window.tabs.currentWidget() is journal
    assert journal.table.rowCount() == len(journal.entries) > 2
    journal.application.setText(first.number)
    journal.reload()
    assert {e.application_id for e in journal.entries} == {first.application_id}
    journal.application.setText("AKM-0000-99999")
    journal.reload()
    assert "no application with the number" in journal.message.text()
    journal.application.clear()
    journal.user.setText("clerk")
    journal.reload()
    assert journal.entries and {e.username for e in journal.entries} == {"clerk"}

    journal.check_chain()
    assert journal.chain.text().startswith("The chain is intact")
    saved = tmp_path / "head.txt"
    journal.save_head(saved)
    [witness] = witnesses_in_file(saved)
    with sqlite_db.read() as s:
        assert witness.head == current_head(s)
    assert journal.chain.text() == (f"Event {witness.head.seq} is saved as the head in "
                                    "head.txt: keep the file apart from this computer.")
    journal.save_head(tmp_path / "missing" / "head.txt")
    assert journal.message.text().startswith(f"{tmp_path / 'missing' / 'head.txt'} cannot be "
                                             "written: ")
    with sqlite_db.write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.seq == 2).values(username="mallory"))
    journal.check_chain()
    assert "broken at event 2" in journal.chain.text()
