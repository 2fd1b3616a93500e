"""Changing one's own password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.passwords import MIN_LENGTH
from desktop.services.users import AuthenticationError
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["PasswordDialog"]


class PasswordDialog(QDialog):
    """The current password, the new one twice; refusals are shown, the dialog stays."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the password"))
        self.session = session
        self.users = session.services.users
        self.actor = session.actor
        self.current = self._field(self.tr("Current password"))
        self.new = self._field(self.tr("New password"))
        self.repeat = self._field(self.tr("New password again"))
        self.message = InlineMessage(self)
        form = QFormLayout()
        form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Once more:"), self.repeat)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                  | QDialogButtonBox.StandardButton.Cancel,
                                                  self)
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def change(self) -> Operation | None:
        """Check the two new ones here, then change it off the GUI thread (the password is
        hashed there, which takes a moment); the dialog closes once it is changed."""
        if self.new.text() != self.repeat.text():
            self.message.show_message(self.tr("The two new passwords differ."))
            return None
        if len(self.new.text()) < MIN_LENGTH:
            self.message.show_message(self.tr("The new password needs at least %n "
                                              "character(s).", "", MIN_LENGTH))
            return None
        users, actor = self.users, self.actor
        current, new = self.current.text(), self.new.text()
        op = self.session.write(lambda _p: users.change_password(actor, current, new),
                                Change.ACCOUNT)
        session, said = self.session, self.tr("Your password is changed.")
        op.succeeded.connect(lambda _result: session.announce(said))  # the dialog has closed
        op.succeeded.connect(while_alive(self, lambda _result: self.accept()))
        op.failed.connect(while_alive(self, lambda _text, exc: self._refused(exc)))
        op.finished.connect(while_alive(self, lambda: self.buttons.setEnabled(True)))
        self.buttons.setEnabled(False)
        op.start()
        return op

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, AuthenticationError):
            self.current.clear()
            self.current.setFocus()
        self.message.show_message(error_text(exc))
