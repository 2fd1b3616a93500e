"""The interface's own settings, declared once with their defaults (QSettings, INI format).

Every key the UI stores is a :class:`Setting` here, so the full list, the defaults and the
types are in one place. :func:`upgrade` brings settings written by an older version up to
:data:`VERSION`; add a step there whenever a key is renamed or its meaning changes.

A desk is often shared: what belongs to one person (the key file they sign with, the folders
they last used) is stored under their user name (``users/<name>/…``) and read back only while
they are signed in (:func:`set_user`); the next person starts from the defaults.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Generic, TypeVar
from urllib.parse import quote

from PySide6.QtCore import QByteArray, QSettings

__all__ = [
    "BACKUP_FOLDER",
    "COLOR_SCHEME",
    "COMPARISON_SPLITTER",
    "DOCUMENTS_IMPORT_FOLDER",
    "DOCUMENTS_READ_TEXT",
    "DOCUMENTS_SPLITTER",
    "EXAMINATION_SPLITTER",
    "LANGUAGE",
    "LAST_USERNAME",
    "MAIN_WINDOW_GEOMETRY",
    "MAIN_WINDOW_STATE",
    "SCAN_DEVICE",
    "SCAN_MODE",
    "SCAN_RESOLUTION",
    "SCAN_SOURCE",
    "SIGNED_IN_BEFORE",
    "VERSION",
    "VIEWER_FIT",
    "Setting",
    "current_user",
    "header_state",
    "set_user",
    "start_folder",
    "upgrade",
]

log = logging.getLogger(__name__)

T = TypeVar("T")

VERSION = 4
_VERSION_KEY = "meta/settings_version"
_USERS_GROUP = "users"

_user = ""
"""The signed-in user's name; empty while nobody is signed in."""


def set_user(username: str) -> None:
    """Whose personal settings are read and written from now on ("" for nobody)."""
    global _user
    _user = username


def current_user() -> str:
    return _user


def start_folder(remembered: str = "") -> str:
    """Where a file dialog opens: the folder this user chose last, else their Documents
    folder (their home without one); never the last folder of the process, which may be
    the previous user's."""
    if remembered:
        return remembered
    import platformdirs  # only when a file is chosen: not at start

    documents = Path(platformdirs.user_documents_dir())
    return str(documents if documents.is_dir() else Path.home())


class Setting(Generic[T]):
    """One stored value: its key, its default and the type it is read back as.

    A *personal* one is kept for each user apart; while nobody is signed in it reads as
    its default and is not written.
    """

    def __init__(self, key: str, default: T, kind: type[T], *, personal: bool = False) -> None:
        self.key = key
        self.default = default
        self.kind = kind
        self.personal = personal

    def _stored_key(self) -> str | None:
        if not self.personal:
            return self.key
        if not _user:
            return None
        return f"{_USERS_GROUP}/{quote(_user, safe='')}/{self.key}"

    def get(self) -> T:
        key = self._stored_key()
        if key is None:
            return self.default
        value = QSettings().value(key, self.default, type=self.kind)
        return value if value is not None else self.default

    def set(self, value: T) -> None:
        key = self._stored_key()
        if key is None:
            log.debug("%s not kept: nobody is signed in", self.key)
            return
        QSettings().setValue(key, value)

    def reset(self) -> None:
        key = self._stored_key()
        if key is not None:
            QSettings().remove(key)

    def __repr__(self) -> str:
        return f"Setting({self.key!r})"


LANGUAGE = Setting("ui/language", "", str)
"""The interface language ("kk", "ru", "en"); empty means the system's."""
COLOR_SCHEME = Setting("ui/color_scheme", "system", str)
"""Light or dark: "system" (follow the system's colour scheme), "light" or "dark"."""
LAST_USERNAME = Setting("login/last_username", "", str)
SIGNED_IN_BEFORE = Setting("login/signed_in_before", False, bool)
"""Somebody has signed in on this desk: the next start asks for the sign-in at once,
while the database opens, instead of after it (when it may still have no accounts)."""
MAIN_WINDOW_GEOMETRY = Setting("main_window/geometry", QByteArray(), QByteArray)
MAIN_WINDOW_STATE = Setting("main_window/state", QByteArray(), QByteArray)
COMPARISON_SPLITTER = Setting("comparison/splitter", QByteArray(), QByteArray)
DOCUMENTS_IMPORT_FOLDER = Setting("documents/import_folder", "", str, personal=True)
"""The folder the clerk last imported scans from; the file dialog opens there."""
DOCUMENTS_READ_TEXT = Setting("documents/read_text", True, bool)
"""Read the text of changed pages (OCR) in the documents panel; off on a computer too slow
for it (``read-scans`` reads them later)."""
EXPORT_FOLDER = Setting("exports/folder", "", str, personal=True)
BACKUP_FOLDER = Setting("backups/folder", "", str, personal=True)
"""The folder the administrator last backed up to."""
SCAN_DEVICE = Setting("scanning/device", "", str)
"""The SANE name of the scanner used last (e.g. "epson2:libusb:001:004")."""
SCAN_RESOLUTION = Setting("scanning/resolution", 300, int)
SCAN_MODE = Setting("scanning/mode", "gray", str)
"""A :class:`desktop.scanning.ScanMode` value."""
SCAN_SOURCE = Setting("scanning/source", "flatbed", str)
"""A :class:`desktop.scanning.ScanSource` value."""
SIGN_KEY_FILE = Setting("signing/key_file", "", str, personal=True)
"""The last .p12 key file chosen for signing (the path only, never the password)."""
SIGN_WITH_TOKEN = Setting("signing/with_token", False, bool, personal=True)
SIGN_TOKEN_MODULE = Setting("signing/token_module", "", str)
SIGN_TOKEN_LABEL = Setting("signing/token_label", "", str, personal=True)
SIGN_TSA_URL = Setting("signing/tsa_url", "", str)
SIGN_WITH_NCALAYER = Setting("signing/with_ncalayer", False, bool, personal=True)
"""The last signature went through NCALayer (it comes before SIGN_WITH_TOKEN)."""
SIGN_NCALAYER_URL = Setting("signing/ncalayer_url", "wss://127.0.0.1:13579", str)
DOCUMENTS_SPLITTER = Setting("application_view/documents_splitter", QByteArray(), QByteArray)
"""How the Documents tab divides its width between the pages and the scan viewer."""
EXAMINATION_SPLITTER = Setting("application_view/examination_splitter", QByteArray(),
                               QByteArray)
"""How the Examination tab divides its width between the form and the scan viewer."""
VIEWER_FIT = Setting("viewer/fit", "page", str)
"""How the viewer fits a page it opens: "page", "width" or "none" (keep the zoom)."""

_OLD_HEADERS = ("registry/header_state", "tracking/header_state")
"""Before version 3 a list kept one header for every language."""


def header_state(name: str, language: str) -> Setting[QByteArray]:
    """The columns of the list *name* (widths, order, sort) as the user left them in
    *language*: widths that fit one language's titles clip another's."""
    return Setting(f"{name}/header/{language}", QByteArray(), QByteArray)


_PERSONAL = (DOCUMENTS_IMPORT_FOLDER, EXPORT_FOLDER, SIGN_KEY_FILE, SIGN_WITH_TOKEN,
             SIGN_TOKEN_LABEL, SIGN_WITH_NCALAYER)


def upgrade() -> None:
    """Migrate settings stored by an older version, then record the current version."""
    store = QSettings()
    found = int(store.value(_VERSION_KEY, 0, type=int) or 0)
    if found > VERSION:
        log.warning("settings were written by a newer version (%s > %s)", found, VERSION)
        return
    if found < 2:
        # The personal settings were kept for the whole desk: whose they were is unknown,
        # and offering one person's key file to the next is what version 2 ends.
        for setting in _PERSONAL:
            store.remove(setting.key)
    if found < 3:
        # Widths made for one language (mostly English) clipped the others' titles.
        for key in _OLD_HEADERS:
            store.remove(key)
    if found < 4:
        # One splitter for every tab became one for each tab that shows the viewer.
        store.remove("application_view/splitter")
    if found != VERSION:
        store.setValue(_VERSION_KEY, VERSION)
