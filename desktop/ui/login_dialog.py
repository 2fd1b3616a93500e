"""Signing in: user name and password, refused inline with the reason."""

from __future__ import annotations

import logging

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
        self.message = InlineMessage(self)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
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
        self.accept()

    def _refuse(self, text: str, focus: QLineEdit) -> None:
        self.password.clear()
        self.message.show_message(text)
        focus.setFocus()
