"""Changing one's own password from the File menu."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.services.users import UserService
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from tests.support.sessions import session_for, written
from tests.support.staff import PASSWORD, actor_for


def test_change_password_refuses_then_changes(qtbot: QtBot, sqlite_db: Database) -> None:
    window = MainWindow(session_for(sqlite_db, actor_for(sqlite_db, "member")))
    qtbot.addWidget(window)
    dialog = window.change_password()
    dialog.current.setText("wrong-one")
    dialog.new.setText("New-secret-77")
    dialog.repeat.setText("New-secret-78")
    dialog.change()
    assert dialog.message.text() == "The two new passwords differ." and dialog.isVisible()
    dialog.repeat.setText("New-secret-77")
    assert not written(qtbot, window.session, dialog.change())
    assert dialog.message.text() == "The current password is wrong."
    assert dialog.current.text() == "" and dialog.isVisible()
    dialog.current.setText(PASSWORD)
    assert written(qtbot, window.session, dialog.change())
    assert not isValid(dialog) or not dialog.isVisible()  # closed (and deleted on close)
    assert window.statusBar().currentMessage() == "Your password is changed."
    assert UserService(sqlite_db).login("member", "New-secret-77").username == "member"
