"""Choosing the key to sign with: a .p12 file and its password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.signing import Pkcs12Key
from desktop.ui import settings
from desktop.ui.widgets import InlineMessage

__all__ = ["SignDialog"]


class SignDialog(QDialog):
    """Ask for the signer's ``.p12`` file and password; :attr:`key` after ``accepted``."""

    def __init__(self, parent: QWidget | None, signer_name: str, number: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign %1").replace("%1", number))
        self.key: Pkcs12Key | None = None
        intro = QLabel(self.tr("%1 signs the conclusion %2 with their electronic digital "
                               "signature (EDS).").replace("%1", signer_name)
                       .replace("%2", number), self)
        intro.setWordWrap(True)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Key file"))
        self.path.setText(settings.SIGN_KEY_FILE.get())
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Key password"))
        self.message = InlineMessage(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Key file (.p12):"), row)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = buttons.addButton(self.tr("Sign"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password if self.path.text() else self.path).setFocus()

    def _browse(self) -> None:
        start = str(Path(self.path.text()).parent) if self.path.text() else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("The signing key"), start,
            self.tr("Keys (*.p12 *.pfx);;All files (*)"))
        if chosen:
            self.path.setText(chosen)
            self.password.setFocus()

    def _accept(self) -> None:
        path = Path(self.path.text().strip())
        if not path.is_file():
            self.message.show_message(self.tr("Choose the key file (.p12)."))
            return
        if not self.password.text():
            self.message.show_message(self.tr("Enter the key's password."))
            return
        settings.SIGN_KEY_FILE.set(str(path))
        self.key = Pkcs12Key(path, self.password.text())
        self.accept()

    def refuse(self, text: str) -> None:
        """Show why signing failed; the password is cleared for another try."""
        self.password.clear()
        self.message.show_message(text)
        self.password.setFocus()
