"""Signing in: user name and password, refused inline with the reason; a password the
administrator reset is replaced here before the window opens."""

from __future__ import annotations

import logging
from dataclasses import replace

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
from desktop.services.actor import Actor
from desktop.services.passwords import MIN_LENGTH
from desktop.services.users import UserService
from desktop.ui.kit import settings
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["LoginDialog"]

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Ask for the credentials until the service accepts them or the user cancels.

    The user name field starts with *username*, else the last one that signed in here.
    After ``accepted``, :attr:`actor` is the signed-in user and the user name is remembered
    for the next time.
    """

    def __init__(
        self, users: UserService, parent: QWidget | None = None, *, username: str = ""
    ) -> None:
        super().__init__(parent)
        self._users = users
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

    @Slot()
    def _sign_in(self) -> None:
        if self._signed_in is not None:
            self._change_password(self._signed_in)
            return
        username = self.username.text().strip()
        if not username:
            self._refuse(self.tr("Enter your user name."), self.username)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = self._users.login(username, self.password.text())
        except DomainError as exc:
            # Not the name typed: it may be a password typed into the wrong field.
            log.info("sign-in refused: %s", getattr(exc, "reason", ""))
            self._refuse(error_text(exc), self.password)
            return
        except Exception as exc:  # the database itself failed: say so, keep the dialog
            log.exception("sign-in failed")
            self._refuse(self.tr("Sign-in failed. %1").replace("%1", error_text(exc)),
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
        if len(new) < MIN_LENGTH:
            self.message.show_message(self.tr("The new password needs at least %n "
                                              "character(s).", "", MIN_LENGTH))
            return
        if new == self.password.text():
            self.message.show_message(self.tr("Choose a password other than the one the "
                                              "administrator gave."))
            return
        try:
            self._users.change_password(actor, self.password.text(), new)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        self.actor = replace(actor, must_change_password=False)
        self.message.clear_message()
        self.accept()

    def _refuse(self, text: str, focus: QLineEdit) -> None:
        self.password.clear()
        self.message.show_message(text)
        focus.setFocus()
