"""Signing in: user name and password, refused inline with the reason; a password the
administrator reset is replaced here before the window opens.

At a cold start the dialog is shown while the database is still opening (loading the
database layer is most of a start): the user types while it loads, and a sign-in asked for
before it is open waits for it. So this module imports the database layer only for types.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.ui.kit import settings
from desktop.ui.kit.theme import Tone
from desktop.ui.kit.widgets import InlineMessage

if TYPE_CHECKING:
    from desktop.services.actor import Actor
    from desktop.services.users import UserService

__all__ = ["LoginDialog"]

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Ask for the credentials until the service accepts them or the user cancels.

    The user name field starts with *username*, else the last one that signed in here.
    After ``accepted``, :attr:`actor` is the signed-in user and the user name is remembered
    for the next time. Without *users* the database is still opening: the dialog takes the
    credentials, and signs in once :meth:`set_users` hands it the open database's users.
    """

    def __init__(
        self, users: UserService | None, parent: QWidget | None = None, *, username: str = ""
    ) -> None:
        super().__init__(parent)
        self._users = users
        self._waiting = False
        """Sign in was pressed before the database was open."""
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in"))

        heading = QLabel(self.tr("Expert commission on the temporary export of cultural "
                                 "valuables"), self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.new_password = QLineEdit(self)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setAccessibleName(self.tr("New password"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("New password again"))
        self.message = InlineMessage(self)
        self._signed_in: Actor | None = None
        """Signed in with a password that must be changed before the window opens."""

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.reset_note = QLabel(self.tr("The administrator reset your password: choose a new "
                                         "one to go on."), self)
        self.reset_note.setWordWrap(True)
        form.addRow(self.reset_note)
        form.addRow(self.tr("&New password:"), self.new_password)
        form.addRow(self.tr("&Once more:"), self.repeat)
        self._form = form
        for row in (self.reset_note, self.new_password, self.repeat):
            form.setRowVisible(row, False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        # Sign in is a button click, not the dialog's accept(): a refusal keeps it open.
        self.sign_in_button.clicked.connect(self._sign_in)
        self.cancel_button.clicked.connect(self.reject)

        last = username or settings.LAST_USERNAME.get()
        self.username.setText(last)
        (self.password if last else self.username).setFocus()

    @property
    def database_open(self) -> bool:
        return self._users is not None

    def set_users(self, users: UserService) -> None:
        """The database is open: sign in now if the user already asked to."""
        self._users = users
        if self._waiting:
            self._waiting = False
            self.sign_in_button.setEnabled(True)
            self._sign_in()

    @Slot()
    def _sign_in(self) -> None:
        if self._signed_in is not None:
            self._change_password(self._signed_in)
            return
        username = self.username.text().strip()
        if not username:
            self._refuse(self.tr("Enter your user name."), self.username)
            return
        if self._users is None:
            self._waiting = True
            self.sign_in_button.setEnabled(False)
            self.message.show_message(self.tr("The database is still opening: you will be "
                                              "signed in as soon as it is open."), Tone.NOTE)
            self.adjustSize()  # room for the message's lines
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = self._users.login(username, self.password.text())
        except DomainError as exc:
            # Not the name typed: it may be a password typed into the wrong field.
            log.info("sign-in refused: %s", getattr(exc, "reason", ""))
            self._refuse(_words(exc), self.password)
            return
        except Exception as exc:  # the database itself failed: say so, keep the dialog
            log.exception("sign-in failed")
            self._refuse(self.tr("Sign-in failed. %1").replace("%1", _words(exc)),
                         self.password)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        settings.LAST_USERNAME.set(username)
        self.message.clear_message()
        if self.actor.must_change_password:
            self._ask_new_password(self.actor)
            return
        self.accept()

    def _ask_new_password(self, actor: Actor) -> None:
        """Keep the dialog open for the new password; the window waits for it."""
        self._signed_in, self.actor = actor, None
        self.username.setReadOnly(True)
        self.password.setReadOnly(True)
        for row in (self.reset_note, self.new_password, self.repeat):
            self._form.setRowVisible(row, True)
        self.new_password.setFocus()

    def _change_password(self, actor: Actor) -> None:
        new = self.new_password.text()
        if new != self.repeat.text():
            self.message.show_message(self.tr("The two new passwords differ."))
            return
        from desktop.services.passwords import MIN_LENGTH

        if len(new) < MIN_LENGTH:
            self.message.show_message(self.tr("The new password needs at least %n "
                                              "character(s).", "", MIN_LENGTH))
            return
        if new == self.password.text():
            self.message.show_message(self.tr("Choose a password other than the one the "
                                              "administrator gave."))
            return
        assert self._users is not None  # signed in, so the database is open
        try:
            self._users.change_password(actor, self.password.text(), new)
        except DomainError as exc:
            self.message.show_message(_words(exc))
            return
        self.actor = replace(actor, must_change_password=False)
        self.message.clear_message()
        self.accept()

    def _refuse(self, text: str, focus: QLineEdit) -> None:
        self.password.clear()
        self.message.show_message(text)
        self.adjustSize()
        focus.setFocus()


def _words(exc: BaseException) -> str:
    """A refusal in the user's words; the catalogue loads with the first one (the dialog is
    shown before it is needed)."""
    from desktop.ui.kit.errors import error_text

    return error_text(exc)
