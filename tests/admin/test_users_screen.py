"""The administrator's Users and seats tab, driven as a user would, on both backends through
the real services: a new account signs in, a disabled one is refused, a locked one unlocked,
a reset password changed at the next sign-in, a member seated."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.domain.seats import SeatKind
from desktop.services.actor import Actor
from desktop.services.users import MAX_FAILED_LOGINS, AuthenticationError, UserService
from desktop.storage.database import Database
from desktop.ui.admin.users import UsersWidget
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from tests.support.sessions import session_for, written
from tests.support.staff import PASSWORD


@pytest.fixture
def screen(qtbot: QtBot, db: Database, staff: dict[str, Actor]) -> UsersWidget:
    window = MainWindow(session_for(db, staff["admin"]))
    qtbot.addWidget(window)
    assert window.users_action.isVisible()
    widget = window.open_users()
    assert widget is not None and window.tabs.currentWidget() is widget
    assert window.open_users() is widget  # one tab
    return widget


def _sign_in(qtbot: QtBot, db: Database, username: str, password: str) -> LoginDialog:
    dialog = LoginDialog(UserService(db), username=username)
    qtbot.addWidget(dialog)
    dialog.password.setText(password)
    dialog.sign_in_button.click()
    return dialog


def _row(widget: UsersWidget, username: str) -> list[str]:
    for row in range(widget.table.rowCount()):
        if widget.table.item(row, 1).text() == username:
            return [widget.table.item(row, c).text() for c in range(widget.table.columnCount())]
    raise AssertionError(f"{username} is not listed")


def test_add_a_user_and_sign_in_as_them(qtbot: QtBot, db: Database, screen: UsersWidget
                                        ) -> None:
    dialog = screen.add()
    dialog.username.setText("zhanar")
    dialog.full_name.setText("Жанар Қасымова")
    dialog.role.setCurrentIndex(dialog.role.findData("member"))
    dialog.iin.setText("750303300261")  # the check digit is wrong
    dialog.password.setText("Zhanar-2026!")
    dialog.repeat.setText("Zhanar-2026?")
    assert dialog.save() is None
    assert dialog.message.text() == "The two passwords differ."
    dialog.repeat.setText("Zhanar-2026!")
    assert not written(qtbot, screen.session, dialog.save())
    assert dialog.message.text().startswith("The IIN is not valid:") and dialog.isVisible()
    dialog.iin.setText("750303300260")
    assert written(qtbot, screen.session, dialog.save())
    assert _row(screen, "zhanar")[:5] == ["Жанар Қасымова", "zhanar", "Commission member",
                                          "Active; must change the password", "never"]
    login = _sign_in(qtbot, db, "zhanar", "Zhanar-2026!")  # the administrator's password:
    assert login.actor is None and not login.new_password.isHidden()  # she chooses her own
    login.new_password.setText("Zhanar-own-2026")
    login.repeat.setText("Zhanar-own-2026")
    login.sign_in_button.click()
    assert login.result() == QDialog.DialogCode.Accepted and login.actor is not None
    assert login.actor.role == "member"
    screen.reload()
    assert _row(screen, "zhanar")[4] != "never"  # the last sign-in, in Kazakhstan's time


def test_disable_refuses_the_sign_in_and_enable_allows_it(qtbot: QtBot, db: Database,
                                                         screen: UsersWidget) -> None:
    screen.select_user("admin")
    assert not screen.active_button.isEnabled()  # nobody disables themselves
    screen.select_user("clerk")
    assert screen.active_button.text() == "&Disable"
    assert written(qtbot, screen.session, screen.toggle_active())
    assert _row(screen, "clerk")[3] == "Disabled"
    login = _sign_in(qtbot, db, "clerk", PASSWORD)
    assert login.actor is None
    assert login.message.text() == "This account is disabled. Ask the administrator."
    screen.select_user("clerk")
    assert screen.active_button.text() == "&Enable"
    assert written(qtbot, screen.session, screen.toggle_active())
    assert _sign_in(qtbot, db, "clerk", PASSWORD).actor is not None


def test_unlock_lifts_the_lock_of_failed_sign_ins(qtbot: QtBot, db: Database,
                                                  screen: UsersWidget) -> None:
    users = UserService(db)
    for _attempt in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            users.login("member", "not-the-password")
    with pytest.raises(AuthenticationError) as locked:
        users.login("member", PASSWORD)
    assert locked.value.reason == "locked"
    screen.reload()
    assert _row(screen, "member")[3].startswith("Locked until ")
    screen.select_user("member")
    assert screen.unlock_button.isEnabled()
    assert written(qtbot, screen.session, screen.unlock())
    assert _row(screen, "member")[3] == "Active"
    assert users.login("member", PASSWORD).username == "member"


def test_a_reset_password_is_changed_at_the_next_sign_in(qtbot: QtBot, db: Database,
                                                         screen: UsersWidget) -> None:
    screen.select_user("admin")
    assert not screen.reset_button.isEnabled()  # one's own is changed, not reset
    screen.select_user("member2")
    dialog = screen.reset_password()
    assert dialog is not None
    dialog.password.setText("Temporary-1234")
    dialog.repeat.setText("Temporary-1234")
    assert written(qtbot, screen.session, dialog.save())
    assert _row(screen, "member2")[3] == "Active; must change the password"
    login = _sign_in(qtbot, db, "member2", "Temporary-1234")
    assert login.actor is None and not login.new_password.isHidden()
    assert login.result() != QDialog.DialogCode.Accepted
    login.new_password.setText("Temporary-1234")
    login.repeat.setText("Temporary-1234")
    login.sign_in_button.click()
    assert login.message.text() == ("Choose a password other than the one the administrator "
                                    "gave.")
    login.new_password.setText("Own-choice-2026")
    login.repeat.setText("Own-choice-2026")
    login.sign_in_button.click()
    assert login.result() == QDialog.DialogCode.Accepted
    assert login.actor is not None and not login.actor.must_change_password
    assert not UserService(db).login("member2", "Own-choice-2026").must_change_password


def test_seat_a_member_and_end_the_seat(qtbot: QtBot, db: Database, staff: dict[str, Actor],
                                        screen: UsersWidget) -> None:
    panel = screen.seats
    assert panel.table.rowCount() == 0  # the seeded office has accounts, no seats
    assert not screen.first_steps.isHidden()  # so the tab says what to do
    panel.holder.setCurrentIndex(panel.holder.findData(staff["member"].user_id))
    panel.seat.setCurrentIndex(panel.seat.findData(SeatKind.MEMBER.value))
    panel.since.setDate(QDate(2026, 1, 5))
    assert written(qtbot, screen.session, panel.add())
    assert panel.outcome.text() == "Ахметов Ерболат holds the seat «Member» from 05.01.2026."
    assert screen.first_steps.isHidden()
    assert [panel.table.item(0, c).text() for c in range(4)] == [
        "Member", "Ахметов Ерболат", "05.01.2026", "open-ended"]
    # The same person cannot hold a second seat at once; a clerk cannot hold a signing one.
    panel.seat.setCurrentIndex(panel.seat.findData(SeatKind.CHAIR.value))
    assert not written(qtbot, screen.session, panel.add())
    assert panel.message.text() == ("Ахметов Ерболат holds a seat of the commission from "
                                    "05.01.2026 already: end that seat first.")
    panel.holder.setCurrentIndex(panel.holder.findData(staff["clerk"].user_id))
    assert not written(qtbot, screen.session, panel.add())
    assert panel.message.text() == "Серікова Айгүл cannot sign, so cannot hold a seat that signs."
    seats = screen.session.services.seats.list_seats(staff["admin"])
    assert [(v.username, v.seat, v.holds_on(date.today())) for v in seats] == [
        ("member", SeatKind.MEMBER, date.today() >= date(2026, 1, 5))]
    panel.select_seat(seats[0].id)
    panel.end_day.setDate(QDate(2026, 12, 31))
    assert written(qtbot, screen.session, panel.end())
    assert panel.table.item(0, 3).text() == "31.12.2026"
    assert not panel.end_button.isEnabled() or panel.selected() is None
