"""Choosing the key to sign with: a .p12 file and its password, a PKCS#11 token and PIN, or
NCALayer (which asks for the key in its own window).

A key file is checked (its password, and whether its key may sign) in the signing process
(:mod:`desktop.signing.key_process`), which the dialog starts as it opens: opening a
``.p12`` holds the interpreter lock for tens of milliseconds, and the window must not wait.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import signing
from desktop.signing.errors import CertificateRefused
from desktop.signing.ncalayer import DEFAULT_URL, NcaLayerKey
from desktop.signing.trust_profile import default_timestamp_url
from desktop.ui.kit import settings
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.language import interface_language
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.widgets import InlineMessage

if TYPE_CHECKING:
    from desktop.signing import KeyVerdict, Pkcs11Key, Pkcs12Key, SigningKey

__all__ = ["SignDialog"]


class SignDialog(QDialog):
    """Ask for the signer's key; :attr:`key` and :attr:`timestamp_url` after ``accepted``."""

    FILE, TOKEN, NCALAYER = range(3)

    key_checked = Signal()
    """A key file's check has ended: accepted, or refused with a message."""

    def __init__(self, parent: QWidget | None, signer_name: str, number: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign %1").replace("%1", number))
        self.setMinimumWidth(480)
        self.key: SigningKey | None = None
        self.timestamp_url: str | None = None
        intro = QLabel(self.tr("%1 signs the conclusion %2 with their electronic digital "
                               "signature (EDS).").replace("%1", signer_name)
                       .replace("%2", number), self)
        intro.setWordWrap(True)

        self.path = QLineEdit(settings.SIGN_KEY_FILE.get(), self)
        self.path.setAccessibleName(self.tr("Key file"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Key password"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_page = QWidget(self)
        file_form = QFormLayout(file_page)
        file_form.addRow(self.tr("Key file (.p12):"), row)
        file_form.addRow(self.tr("Password:"), self.password)

        module = settings.SIGN_TOKEN_MODULE.get() or str(signing.find_pkcs11_module() or "")
        self.module = QLineEdit(module, self)
        self.module.setAccessibleName(self.tr("PKCS#11 library"))
        self.token = QLineEdit(settings.SIGN_TOKEN_LABEL.get(), self)
        self.token.setAccessibleName(self.tr("Token label"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        token_page = QWidget(self)
        token_form = QFormLayout(token_page)
        token_form.addRow(self.tr("PKCS#11 library:"), self.module)
        token_form.addRow(self.tr("Token label:"), self.token)
        token_form.addRow(self.tr("PIN:"), self.pin)

        self.ncalayer_url = QLineEdit(settings.SIGN_NCALAYER_URL.get(), self)
        self.ncalayer_url.setAccessibleName(self.tr("NCALayer address"))
        ncalayer_note = QLabel(self.tr("NCALayer, the national certification centre's "
                                       "program, must be running: it asks for the key (a "
                                       "GOST key file, Kaztoken, an ID card…) and its "
                                       "password in its own window."), self)
        ncalayer_note.setWordWrap(True)
        ncalayer_page = QWidget(self)
        ncalayer_form = QFormLayout(ncalayer_page)
        ncalayer_form.addRow(ncalayer_note)
        ncalayer_form.addRow(self.tr("Address:"), self.ncalayer_url)

        self.source = QTabWidget(self)
        self.source.addTab(file_page, self.tr("Key &file"))
        self.source.addTab(token_page, self.tr("&Token"))
        self.source.addTab(ncalayer_page, self.tr("&NCALayer"))
        self.source.setCurrentIndex(
            self.NCALAYER if settings.SIGN_WITH_NCALAYER.get()
            else self.TOKEN if settings.SIGN_WITH_TOKEN.get() else self.FILE)
        # The office's own service when one was typed, else the trust profile's (NCA RK).
        self.tsa = QLineEdit(settings.SIGN_TSA_URL.get() or default_timestamp_url() or "", self)
        self.tsa.setAccessibleName(self.tr("Time-stamp server"))
        self.tsa.setPlaceholderText(self.tr("optional, e.g. http://tsp.pki.gov.kz"))
        tsa_form = QFormLayout()
        tsa_form.addRow(self.tr("Time-stamp server:"), self.tsa)
        self.message = InlineMessage(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = buttons.addButton(self.tr("Sign"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self._checking: Pkcs12Key | None = None
        """The key file being checked in the signing process."""
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.source)
        layout.addLayout(tsa_form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.source.currentChanged.connect(self._warm_up)
        self._warm_up(self.source.currentIndex())

    @Slot(int)
    def _warm_up(self, page: int) -> None:
        if page == self.FILE:  # the signing process loads while the signer types
            signing.warm_up()

    def _browse(self) -> None:
        start = settings.start_folder(str(Path(self.path.text()).parent)
                                      if self.path.text() else "")
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("The signing key"), start,
            self.tr("Keys (*.p12 *.pfx);;All files (*)"))
        if chosen:
            self.path.setText(chosen)
            self.password.setFocus()

    def _accept(self) -> None:
        chosen = self.source.currentIndex()
        if chosen == self.FILE:
            self._check_file_key()
            return
        key = self._token_key() if chosen == self.TOKEN else self._ncalayer_key()
        if key is not None:
            self._take(key, chosen)

    def _take(self, key: SigningKey, chosen: int) -> None:
        self.timestamp_url = self.tsa.text().strip() or None
        settings.SIGN_TSA_URL.set(self.tsa.text().strip())
        settings.SIGN_WITH_TOKEN.set(chosen == self.TOKEN)
        settings.SIGN_WITH_NCALAYER.set(chosen == self.NCALAYER)
        self.key = key
        self.accept()

    def _check_file_key(self) -> None:
        """Check the key file in the signing process; :meth:`_file_checked` or
        :meth:`_file_refused` goes on."""
        if self._checking is not None:
            return
        path = Path(self.path.text().strip())
        if not path.is_file():
            self.message.show_message(self.tr("Choose the key file (.p12)."))
            return
        if not self.password.text():
            self.message.show_message(self.tr("Enter the key's password."))
            return
        key = self._checking = signing.Pkcs12Key(path, self.password.text())
        self.message.clear_message()
        self.sign_button.setEnabled(False)
        self.sign_button.setText(self.tr("Checking the key…"))
        op = Operation(lambda _progress: signing.inspect_key_file_apart(key.path,
                                                                        key.password), self)
        op.succeeded.connect(self._file_checked)
        op.failed.connect(self._file_refused)
        op.start()

    def reject(self) -> None:
        self._checking = None  # a check still running is forgotten: nothing gets signed
        super().reject()

    def _checked(self) -> Pkcs12Key | None:
        """The key whose check ended (None if the dialog was cancelled meanwhile)."""
        key, self._checking = self._checking, None
        self.sign_button.setEnabled(True)
        self.sign_button.setText(self.tr("Sign"))
        self.key_checked.emit()
        return key

    @Slot(object)
    def _file_checked(self, verdict: KeyVerdict) -> None:
        key = self._checked()
        if key is None:
            return
        if not verdict.fit:
            # The same verdict as "keys inspect": a login key, an expired or a GOST key is
            # refused here, before the signing starts.
            implied = {"no-non-repudiation"} if "auth-key" in verdict.reasons else set()
            self.message.show_message("\n".join(
                error_text(CertificateRefused.because(r, verdict))
                for r in verdict.reasons if r not in implied))
            return
        settings.SIGN_KEY_FILE.set(str(key.path))
        self._take(key, self.FILE)

    @Slot(str, object)
    def _file_refused(self, text: str, _exc: object) -> None:
        if self._checked() is not None:
            self.message.show_message(text)

    def _ncalayer_key(self) -> NcaLayerKey | None:
        url = self.ncalayer_url.text().strip() or DEFAULT_URL
        if not url.startswith(("wss://", "ws://")):
            self.message.show_message(self.tr("NCALayer's address starts with wss://, "
                                              "e.g. %1").replace("%1", DEFAULT_URL))
            return None
        settings.SIGN_NCALAYER_URL.set(url)
        return NcaLayerKey(url=url, locale=interface_language())

    def _token_key(self) -> Pkcs11Key | None:
        module = Path(self.module.text().strip())
        if not module.is_file():
            self.message.show_message(self.tr("The PKCS#11 library was not found: %1")
                                      .replace("%1", str(module)))
            return None
        if not self.token.text().strip() or not self.pin.text():
            self.message.show_message(self.tr("Enter the token's label and PIN."))
            return None
        settings.SIGN_TOKEN_MODULE.set(str(module))
        settings.SIGN_TOKEN_LABEL.set(self.token.text().strip())
        return signing.Pkcs11Key(module, self.token.text().strip(), self.pin.text())
