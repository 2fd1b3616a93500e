"""Creating the administrator of an empty database, the first time the application starts,
and choosing the region whose commission it serves; the window then opens on Users and seats
for the accounts and the commission's seats (the first start's three steps)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
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

from desktop.domain.identity import IdentityError, parse_iin
from desktop.domain.regions import available_profiles, load_profile
from desktop.domain.roles import Role
from desktop.services.actor import Actor
from desktop.services.passwords import MIN_LENGTH
from desktop.services.settings import DEFAULT_REGION
from desktop.services.users import AccountError, NewUser, UserService
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.language import interface_language
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["FirstAdminDialog"]

log = logging.getLogger(__name__)


class FirstAdminDialog(QDialog):
    """Ask for the administrator's account; every bad field is marked at once, inline.

    After ``accepted``, :attr:`admin` is the new administrator.
    """

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self.admin: Actor | None = None
        self.setWindowTitle(self.tr("Create the administrator"))

        intro = QLabel(self.tr(
            "The database has no accounts yet. Choose the region whose commission this office "
            "serves and create the administrator, who then adds the clerks and the "
            "commission's members and gives them their seats."
        ), self)
        intro.setWordWrap(True)

        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Region"))
        lang = interface_language()
        for code in available_profiles():
            self.region.addItem(load_profile(code).name.get(lang), code)
        self.region.setCurrentIndex(max(self.region.findData(DEFAULT_REGION), 0))

        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.iin = QLineEdit(self)
        self.iin.setMaxLength(12)
        self.iin.setPlaceholderText(self.tr("optional"))
        self.password = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self.tr("&Region:"), self.region)
        self._errors: dict[QLineEdit, InlineMessage] = {}
        for label, accessible, field in (
            (self.tr("&User name:"), self.tr("User name"), self.username),
            (self.tr("&Full name:"), self.tr("Full name"), self.full_name),
            (self.tr("&IIN:"), self.tr("IIN"), self.iin),
            (self.tr("&Password:"), self.tr("Password"), self.password),
            (self.tr("&Repeat the password:"), self.tr("Repeat the password"), self.repeat),
        ):
            field.setAccessibleName(accessible)
            error = InlineMessage(self)
            self._errors[field] = error
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(field)
            cell.addWidget(error)
            caption = QLabel(label, self)  # a layout gets no buddy: the & must find the field
            caption.setBuddy(field)
            form.addRow(caption, cell)
            field.textEdited.connect(error.clear_message)
        self.message = InlineMessage(self)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.create_button.clicked.connect(self._create)
        self.cancel_button.clicked.connect(self.reject)
        self.username.setFocus()

    def _problems(self) -> dict[QLineEdit, str]:
        """Each bad field with what is wrong with it, checked here so it reads translated."""
        problems: dict[QLineEdit, str] = {}
        if not self.username.text().strip():
            problems[self.username] = self.tr("Enter a user name.")
        if not self.full_name.text().strip():
            problems[self.full_name] = self.tr("Enter the administrator's full name.")
        iin = self.iin.text().strip()
        if iin:
            try:
                parse_iin(iin)
            except IdentityError as exc:
                problems[self.iin] = error_text(exc)
        if len(self.password.text()) < MIN_LENGTH:
            problems[self.password] = self.tr(
                "The password must have at least %n character(s).", "", MIN_LENGTH)
        elif self.repeat.text() != self.password.text():
            problems[self.repeat] = self.tr("The passwords do not match.")
        return problems

    @Slot()
    def _create(self) -> None:
        self.message.clear_message()
        problems = self._problems()
        for field, error in self._errors.items():
            error.show_message(problems.get(field, ""))
        if problems:
            next(iter(problems)).setFocus()
            return
        new = NewUser(
            username=self.username.text().strip(),
            full_name=self.full_name.text().strip(),
            role=Role.ADMIN,
            password=self.password.text(),
            iin=self.iin.text().strip() or None,
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.admin = self._users.create_first_admin(new, region=self.region.currentData())
        except AccountError as exc:
            log.info("the first administrator was refused: %s", exc)
            self.message.show_message(
                self.tr("The account was not created. %1").replace("%1", error_text(exc))
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        log.info("created the first administrator")
        self.accept()
