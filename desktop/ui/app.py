"""Starting the desktop application: database, first administrator, sign-in, main window.

Environment:

``EXPORT_COMMISSION_DB``
    The database URL when none is given (see :mod:`desktop.storage.database`).
``EXPORT_COMMISSION_AUTOLOGIN=username:password``
    Sign in as this user without the login dialog. Meant for screenshots and benchmarks on
    demo databases only: anything that can read the process environment can read the
    password. A refused sign-in is logged and the login dialog is shown as usual.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop import __version__
from desktop.resources import resources_dir
from desktop.services.actor import Actor
from desktop.services.users import AuthenticationError, UserService
from desktop.storage.database import APP_NAME, Database
from desktop.ui import settings
from desktop.ui.first_admin_dialog import FirstAdminDialog
from desktop.ui.language import install_translators
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow

__all__ = [
    "AUTOLOGIN_ENV",
    "EXIT_DATABASE",
    "autologin",
    "configure_application",
    "install_translators",
    "load_fonts",
    "open_database",
    "run",
    "run_gui",
    "sign_in",
]

translate = QCoreApplication.translate
"""Short, and still found by ``pyside6-lupdate`` (it reads ``translate("Context", "text")``)."""

log = logging.getLogger(__name__)

AUTOLOGIN_ENV = "EXPORT_COMMISSION_AUTOLOGIN"
QUIT_WHEN_SHOWN_ENV = "EXPORT_COMMISSION_QUIT_WHEN_SHOWN"
"""Set (with autologin) to measure a cold start: the program ends once the window painted."""
EXIT_DATABASE = 2
"""The exit code when the database cannot be opened or brought up to date."""



def configure_application() -> None:
    """Names and the settings format; call once a Q(Core)Application exists."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    settings.upgrade()


def load_fonts() -> None:
    """Make the bundled DejaVu fonts available, so Kazakh letters render on any system."""
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load the font %s", path)


def _debugging() -> bool:
    """Tracebacks go to the log only when asked for (``-v``); the user gets a message box."""
    return log.isEnabledFor(logging.DEBUG)


def _show_error(text: str, exc: BaseException, parent: QWidget | None = None) -> None:
    lines = str(exc).strip().splitlines() or [type(exc).__name__]
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Application", "Expert commission"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(lines[0])
    if len(lines) > 1:
        box.setDetailedText("\n".join(lines))
    box.exec()


def open_database(url: str | None, parent: QWidget | None = None) -> Database | None:
    """Open and migrate the database, or explain why not in a message box and return None."""
    try:
        db = Database(url)
    except Exception as exc:  # a bad URL, a missing driver, an unwritable folder
        log.error("could not open the database: %s", exc, exc_info=_debugging())
        _show_error(translate("Application", "The database could not be opened."), exc, parent)
        return None
    try:
        db.migrate()
    except Exception as exc:  # an unreachable server, a read-only or damaged file
        log.error("could not prepare the database %s: %s", db.display_url, exc,
                  exc_info=_debugging())
        db.dispose()
        _show_error(
            translate("Application", "The database %1 could not be opened or brought up to "
                      "date.").replace("%1", db.display_url),
            exc,
            parent,
        )
        return None
    return db


def autologin(users: UserService) -> Actor | None:
    """Sign in from ``EXPORT_COMMISSION_AUTOLOGIN``, if it is set and accepted."""
    value = os.environ.get(AUTOLOGIN_ENV)
    if not value:
        return None
    username, sep, password = value.partition(":")
    if not sep:
        log.warning("%s must be username:password; ignored", AUTOLOGIN_ENV)
        return None
    try:
        actor = users.login(username, password)
    except AuthenticationError as exc:
        log.warning("automatic sign-in as %r refused: %s", username, exc)
        return None
    log.info("signed in automatically as %r", username)
    return actor


def sign_in(db: Database, parent: QWidget | None = None) -> Actor | None:
    """The first administrator if the database has none, then the sign-in; None if cancelled."""
    users = UserService(db)
    username = ""
    if not users.has_users():
        first = FirstAdminDialog(users, parent)
        if first.exec() != QDialog.DialogCode.Accepted or first.admin is None:
            return None
        username = first.admin.username
    actor = autologin(users)
    if actor is not None:
        return actor
    dialog = LoginDialog(users, parent, username=username)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def quit_after_first_paint(window: QWidget) -> None:
    """End the event loop once *window* has painted for the first time (benchmarks)."""
    window.installEventFilter(_FirstPaint(window))


def run_gui(db_url: str | None) -> int:
    """Run the application on *db_url* (None: the default database); the exit code."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
    assert isinstance(app, QApplication)
    configure_application()
    load_fonts()
    install_translators(app)
    db = open_database(db_url)
    if db is None:
        return EXIT_DATABASE
    try:
        try:
            actor = sign_in(db)
            window = MainWindow(db, actor) if actor is not None else None
        except Exception as exc:  # the database failed after opening (a server went away)
            log.error("the start failed: %s", exc, exc_info=_debugging())
            _show_error(translate("Application", "The application could not start."), exc)
            return EXIT_DATABASE
        if window is None:
            return 0  # the user cancelled
        window.show()
        if os.environ.get(QUIT_WHEN_SHOWN_ENV):
            quit_after_first_paint(window)
        return int(app.exec())
    finally:
        db.dispose()


def run() -> int:
    """The ``export-commission-gui`` entry point: the default database, no arguments."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return run_gui(None)
