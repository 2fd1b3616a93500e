"""The administrator's forms for one account: a new account, its name and role, and a new
password that its holder must change at the next sign-in.

Each form checks what it can at once (the two passwords the same), writes through
the session off the GUI thread, and stays open with the refusal's words when the service
refuses (a name taken, an invalid IIN, the last administrator).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import Role
from desktop.services.users import AccountView, NewUser
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.labels import role_name
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.marks import show_read_only
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["AccountDialog", "ResetPasswordDialog"]


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class _Form(QDialog):
    """A form that writes once through the session and closes when the write succeeded."""

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.actor
        self.users = session.services.users
        self.form = QFormLayout()
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def save(self) -> Operation | None:
        raise NotImplementedError

    def _passwords_differ(self, first: QLineEdit, second: QLineEdit) -> bool:
        """Say so when the two passwords differ (the service refuses a short one)."""
        if first.text() != second.text():
            self.message.show_message(self.tr("The two passwords differ."))
            return True
        return False

    def _write(self, work: Callable[[], Any]) -> Operation:
        op = self.session.write(lambda _progress: work(), Change.USERS)
        op.succeeded.connect(while_alive(self, lambda _result: self.accept()))
        op.failed.connect(while_alive(self, lambda _text, exc: self.message.show_message(
            error_text(exc))))
        op.finished.connect(while_alive(self, lambda: self.buttons.setEnabled(True)))
        self.buttons.setEnabled(False)
        self.message.clear_message()
        op.start()
        return op


def _role_box(parent: QWidget, current: Role | None) -> QComboBox:
    box = QComboBox(parent)
    for role in Role:
        box.addItem(role_name(role), role.value)
    if current is not None:
        box.setCurrentIndex(box.findData(current.value))
    return box


class AccountDialog(_Form):
    """A new account (``account`` None), or the name and role of an existing one."""

    def __init__(self, session: Session, account: AccountView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.account = account
        self.username = QLineEdit(self)
        self.username.setMaxLength(64)
        self.full_name = QLineEdit(self)
        self.full_name.setMaxLength(300)
        self.role = _role_box(self, account.role if account else Role.CLERK)
        self.iin = QLineEdit(self)
        self.iin.setMaxLength(12)
        self.password = _password_field(self, self.tr("Password"))
        self.repeat = _password_field(self, self.tr("Password again"))
        self.form.addRow(self.tr("&User name:"), self.username)
        self.form.addRow(self.tr("&Full name:"), self.full_name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&IIN:"), self.iin)
        if account is None:
            self.setWindowTitle(self.tr("New account"))
            self.iin.setPlaceholderText(self.tr("12 digits; needed to sign"))
            self.form.addRow(self.tr("&Password:"), self.password)
            self.form.addRow(self.tr("&Once more:"), self.repeat)
        else:
            self.setWindowTitle(self.tr("Account %1").replace("%1", account.username))
            self.username.setText(account.username)
            show_read_only(self.username, True)
            self.full_name.setText(account.full_name)
            self.iin.setText(account.iin or "")
            show_read_only(self.iin, True)
            self.password.hide()
            self.repeat.hide()
            self.full_name.setFocus()
        self.resize(460, self.sizeHint().height())

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def save(self) -> Operation | None:
        users, actor, role = self.users, self.actor, self.chosen_role()
        full_name = self.full_name.text()
        if self.account is None:
            if self._passwords_differ(self.password, self.repeat):
                return None
            new = NewUser(self.username.text(), full_name, role, self.password.text(),
                          self.iin.text().strip() or None)
            return self._write(lambda: users.create_user(actor, new))
        user_id = self.account.id
        return self._write(lambda: users.update(actor, user_id, full_name=full_name,
                                                role=role))


class ResetPasswordDialog(_Form):
    """A new password for somebody else's account; they change it at the next sign-in."""

    def __init__(self, session: Session, account: AccountView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.account = account
        self.setWindowTitle(self.tr("Reset the password of %1").replace("%1",
                                                                      account.full_name))
        self.password = _password_field(self, self.tr("New password"))
        self.repeat = _password_field(self, self.tr("New password again"))
        self.form.addRow(self.tr("&New password:"), self.password)
        self.form.addRow(self.tr("&Once more:"), self.repeat)
        note = QLabel(self.tr("Give the password to its holder in person; they must choose "
                              "a new one when they next sign in."), self)
        note.setWordWrap(True)
        self.form.addRow("", note)

    def save(self) -> Operation | None:
        if self._passwords_differ(self.password, self.repeat):
            return None
        users, actor, user_id = self.users, self.actor, self.account.id
        password = self.password.text()
        return self._write(lambda: users.reset_password(actor, user_id, password))
