"""The sign-in and first-administrator dialogs, driven without blocking (open() and click())."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.domain.roles import Role
from desktop.services.users import MAX_FAILED_LOGINS, UserService
from desktop.storage.database import Database
from desktop.ui.first_admin_dialog import FirstAdminDialog
from desktop.ui.kit import settings
from desktop.ui.login_dialog import LoginDialog
from tests.support.staff import PASSWORD, STAFF


def _login_dialog(qtbot: QtBot, db: Database) -> LoginDialog:
    dialog = LoginDialog(UserService(db))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _sign_in(dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.sign_in_button.click()


def test_wrong_password_is_refused_inline(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = _login_dialog(qtbot, sqlite_db)
    _sign_in(dialog, "clerk", "not the password")
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.actor is None
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Wrong user name or password."
    assert dialog.password.text() == ""
    assert dialog.focusWidget() is dialog.password
    assert settings.LAST_USERNAME.get() == ""


def test_a_wrong_password_typed_before_the_database_opened_is_refused_once_it_is(
        qtbot: QtBot, sqlite_db: Database) -> None:
    """Sign in pressed while the database still opens waits; the refusal comes when it is
    open, and the dialog can be used again."""
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    _sign_in(dialog, "clerk", "not the password")
    assert not dialog.sign_in_button.isEnabled()
    assert dialog.message.text() == ("The database is still opening: you will be signed in "
                                     "as soon as it is open.")
    dialog.set_users(UserService(sqlite_db))
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.message.text() == "Wrong user name or password."
    assert dialog.sign_in_button.isEnabled()
    _sign_in(dialog, "clerk", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "clerk"


def test_unknown_user_gets_the_same_message(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = _login_dialog(qtbot, sqlite_db)
    _sign_in(dialog, "nobody", PASSWORD)
    assert dialog.message.text() == "Wrong user name or password."


def test_empty_user_name_is_not_sent(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = _login_dialog(qtbot, sqlite_db)
    _sign_in(dialog, "  ", PASSWORD)
    assert dialog.message.text() == "Enter your user name."
    assert dialog.focusWidget() is dialog.username


def test_locked_account_has_its_own_message(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = _login_dialog(qtbot, sqlite_db)
    for _ in range(MAX_FAILED_LOGINS):
        _sign_in(dialog, "member", "wrong password")
    _sign_in(dialog, "member", PASSWORD)
    assert dialog.isVisible()
    assert "locked" in dialog.message.text()


def test_right_password_signs_in_and_is_remembered(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = _login_dialog(qtbot, sqlite_db)
    _sign_in(dialog, "clerk", "wrong")
    with qtbot.waitSignal(dialog.accepted):
        _sign_in(dialog, "clerk", PASSWORD)
    assert not dialog.isVisible()
    assert dialog.actor is not None
    assert dialog.actor.username == "clerk"
    assert dialog.actor.full_name == STAFF["clerk"][0]
    assert dialog.message.isHidden()
    assert settings.LAST_USERNAME.get() == "clerk"

    again = _login_dialog(qtbot, sqlite_db)
    assert again.username.text() == "clerk"
    assert again.focusWidget() is again.password


def _first_admin_dialog(qtbot: QtBot, db: Database) -> FirstAdminDialog:
    dialog = FirstAdminDialog(UserService(db))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _visible_errors(dialog: FirstAdminDialog) -> dict[str, str]:
    return {
        field.accessibleName(): error.text()
        for field, error in dialog._errors.items()
        if error.isVisible()
    }


def test_first_admin_marks_every_bad_field(qtbot: QtBot, empty_db: Database) -> None:
    dialog = _first_admin_dialog(qtbot, empty_db)
    dialog.create_button.click()
    assert dialog.isVisible()
    assert _visible_errors(dialog) == {
        "User name": "Enter a user name.",
        "Full name": "Enter the administrator's full name.",
        "Password": "The password must have at least 12 characters.",
    }
    assert not UserService(empty_db).has_users()


def test_first_admin_checks_iin_and_repeat(qtbot: QtBot, empty_db: Database) -> None:
    dialog = _first_admin_dialog(qtbot, empty_db)
    dialog.username.setText("admin")
    dialog.full_name.setText("Әкімші Жанат")
    dialog.iin.setText("791028302729")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "x")
    dialog.create_button.click()
    errors = _visible_errors(dialog)
    assert set(errors) == {"IIN", "Repeat the password"}
    assert "check digit" in errors["IIN"]
    assert errors["Repeat the password"] == "The passwords do not match."
    assert dialog.admin is None


def test_first_admin_is_created(qtbot: QtBot, empty_db: Database) -> None:
    dialog = _first_admin_dialog(qtbot, empty_db)
    dialog.username.setText(" admin ")
    dialog.full_name.setText("Әкімші Жанат")
    dialog.iin.setText("791028302728")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.create_button.click()
    assert dialog.admin is not None
    assert dialog.admin.username == "admin"
    assert dialog.admin.role == Role.ADMIN
    assert UserService(empty_db).login("admin", PASSWORD).iin == "791028302728"


def test_first_admin_refused_by_the_service(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = _first_admin_dialog(qtbot, sqlite_db)  # this database already has users
    dialog.username.setText("another")
    dialog.full_name.setText("Басқа Әкімші")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.create_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == ("The account was not created. The database has accounts "
                                     "already.")
