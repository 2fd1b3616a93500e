"""Users and seats: the administrator's tab for the office's accounts and the commission's
composition (File → Users and seats…).

The accounts' list shows each one's role, state (active, locked after failed sign-ins,
disabled, a password to change), last sign-in and failed attempts; the buttons add one,
change its name and role, disable or enable it, lift its lock and reset its password. Under
it, the commission's seats. Everything goes through the services, which check the
permission, refuse what would leave the office without an administrator, and audit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kazakhstan_time import kazakhstan_time
from desktop.services.users import AccountView
from desktop.ui.admin.account_dialog import AccountDialog, ResetPasswordDialog
from desktop.ui.admin.seats import SeatsPanel
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.keyed_table import KeyedTable
from desktop.ui.kit.labels import role_name
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.theme import Tone, set_tone, tone_colour
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["UsersWidget"]



class UsersWidget(QWidget):
    """The accounts and the seats, read again whenever the administrator changes them."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.actor
        self.users = session.services.users
        self.accounts: list[AccountView] = []
        self.title = QLabel(self)
        self.table = KeyedTable(7, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())

        self.add_button, self.edit_button, self.active_button, self.unlock_button, \
            self.reset_button = (QPushButton(self) for _ in range(5))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        self.reset_button.clicked.connect(self.reset_password)
        self.message = InlineMessage(self)
        self.first_steps = QLabel(self)
        self.first_steps.setWordWrap(True)
        set_tone(self.first_steps, Tone.NOTE)
        self.first_steps.hide()
        self.seats = SeatsPanel(session, self)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button,
                       self.unlock_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget(self)
        accounts = QVBoxLayout(top)
        accounts.setContentsMargins(0, 0, 0, 0)
        accounts.addWidget(self.first_steps)
        accounts.addWidget(self.title)
        accounts.addWidget(self.table, 1)
        accounts.addLayout(buttons)
        accounts.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.seats)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.table.itemSelectionChanged.connect(self._selected)
        session.changed.connect(while_alive(self, self._changed))
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("<b>Accounts</b>"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Full name"), self.tr("User name"), self.tr("Role"), self.tr("State"),
            self.tr("Last sign-in"), self.tr("Failed sign-ins"), self.tr("IIN")])
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Name and role…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.reset_button.setText(self.tr("&Reset the password…"))
        self.first_steps.setText(self.tr(
            "The commission has no seats yet. Add the accounts of the clerks, the members, the "
            "chairperson and the official who signs the certificates (Add…), then give each "
            "member, the chairperson and the official a seat below: a conclusion is drafted "
            "only when one chairperson sits on the commission."))
        self.seats.retranslate_ui()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _changed(self, kind: str, _ids: object) -> None:
        if kind == Change.USERS:
            self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the accounts and the seats again."""
        try:
            self.accounts = self.users.accounts(self.actor)
            seats = self.session.services.seats.list_seats(self.actor)
        except Exception as exc:  # a lost connection: say so, keep what is shown
            self.message.show_message(error_text(exc))
            return
        self._fill()
        self.seats.load(seats, self.accounts)
        self.first_steps.setVisible(not seats)

    def _state(self, account: AccountView) -> tuple[str, Tone | None]:
        if not account.active:
            return self.tr("Disabled"), Tone.HINT
        if account.locked_until is not None:
            until = kazakhstan_time(account.locked_until).strftime("%H:%M")
            return self.tr("Locked until %1").replace("%1", until), Tone.ERROR
        if account.must_change_password:
            return self.tr("Active; must change the password"), Tone.WARNING
        return self.tr("Active"), None

    def _fill(self) -> None:
        rows, tones = [], {}
        for row, account in enumerate(self.accounts):
            state, tone = self._state(account)
            last = (kazakhstan_time(account.last_sign_in_at).strftime("%d.%m.%Y %H:%M")
                    if account.last_sign_in_at else self.tr("never"))
            rows.append((account.id, (account.full_name, account.username,
                                      role_name(account.role), state, last,
                                      str(account.failed_logins), account.iin or "")))
            if tone is not None:
                tones[(row, 3)] = tone_colour(tone)
        self.table.set_rows(rows, tones)
        self._selected()

    def selected(self) -> AccountView | None:
        user_id = self.table.chosen_key()
        return next((a for a in self.accounts if a.id == user_id), None)

    def select_user(self, username: str) -> None:
        account = next((a for a in self.accounts if a.username == username), None)
        if account is not None:
            self.table.choose(account.id)

    @Slot()
    def _selected(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.active_button, self.unlock_button,
                       self.reset_button):
            button.setEnabled(account is not None)
        own = account is not None and account.id == self.actor.user_id
        self.active_button.setText(self.tr("&Enable") if account is not None
                                   and not account.active else self.tr("&Disable"))
        self.active_button.setEnabled(account is not None and not own)
        self.reset_button.setEnabled(account is not None and not own)
        self.unlock_button.setEnabled(account is not None and (
            account.locked_until is not None or account.failed_logins > 0))

    # -- the actions -----------------------------------------------------------------------

    @Slot()
    def add(self) -> AccountDialog:
        dialog = AccountDialog(self.session, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def edit(self) -> AccountDialog | None:
        account = self.selected()
        if account is None:
            return None
        dialog = AccountDialog(self.session, account, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def reset_password(self) -> ResetPasswordDialog | None:
        account = self.selected()
        if account is None:
            return None
        dialog = ResetPasswordDialog(self.session, account, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def toggle_active(self) -> Operation | None:
        account = self.selected()
        if account is None:
            return None
        users, actor, active = self.users, self.actor, not account.active
        return self._write(lambda: users.set_active(actor, account.id, active))

    @Slot()
    def unlock(self) -> Operation | None:
        account = self.selected()
        if account is None:
            return None
        users, actor = self.users, self.actor
        return self._write(lambda: users.unlock(actor, account.id))

    def _write(self, work: Callable[[], Any]) -> Operation:
        op = self.session.write(lambda _progress: work(), Change.USERS)
        op.failed.connect(while_alive(self, lambda _text, exc: self.message.show_message(
            error_text(exc))))
        self.message.clear_message()
        op.start()
        return op

