"""Starting the desktop application: database, first administrator, sign-in, main window.

The main window appears first, as a frame, and the database opens behind it on a worker
thread (loading the database layer is most of a cold start). On a desk where somebody has
signed in before, the sign-in is asked for at once, over the frame, and the password is
typed while the database opens; at a first start the first administrator or the sign-in
is asked for once it is open. Then the window fills. So this module imports the database
layer only where it is used.

Environment:

``EXPORT_COMMISSION_DB``
    The database URL when none is given.
``EXPORT_COMMISSION_AUTOLOGIN=username:password``
    Sign in as this user without the login dialog. Meant for screenshots and benchmarks on
    demo databases only: anything that can read the process environment can read the
    password. A refused sign-in is logged and the login dialog is shown as usual.
``EXPORT_COMMISSION_QUIT_WHEN_SHOWN=shown|ready``
    For benchmarks: end the program once the window has painted for the first time
    (``shown``, or ``1``), or once it has painted with the registry filled (``ready``).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from desktop import APP_NAME, __version__
from desktop.resources import resources_dir
from desktop.ui.kit import settings
from desktop.ui.kit.language import install_translators
from desktop.ui.kit.theme import SYSTEM, color_scheme, install_color_scheme
from desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from desktop.services.actor import Actor
    from desktop.services.services import Services
    from desktop.services.users import UserService
    from desktop.ui.login_dialog import LoginDialog

__all__ = [
    "AUTOLOGIN_ENV",
    "EXIT_DATABASE",
    "apply_appearance",
    "autologin",
    "configure_application",
    "freeze_startup_objects",
    "hand_the_lock_over_sooner",
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
FIRST_PAINT_WAIT_MS = 1000
"""The database opens after the window's first paint, or after this long without one."""
READS_END_WAIT_MS = 30_000
"""How long the end waits for reads still running on workers."""



def configure_application() -> None:
    """Names and the settings format; call once a Q(Core)Application exists."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    settings.upgrade()


LOCK_SWITCH_INTERVAL_S = 0.001
"""How long a worker running Python code keeps the interpreter lock from the window."""


def hand_the_lock_over_sooner() -> None:
    """Make a worker thread running Python code give the interpreter lock to the window's
    thread after 1 ms instead of Python's 5.

    Each time the window's thread wakes (a timer, an input event) it needs the lock, and
    waits the switch interval for a worker that holds it; on a busy machine that wait and
    the worker's own wait for a core add up. Measured with the event loop's 5 ms timer
    while a worker runs a pure-Python loop, on the 2-core machine at load 8: the longest
    stall was 60 ms at 5 ms and 44 ms at 1 ms (median of 8; an idle event loop, 22 ms).
    The workers' own throughput did not measurably change.
    """
    sys.setswitchinterval(LOCK_SWITCH_INTERVAL_S)


def load_fonts() -> None:
    """Make the bundled DejaVu fonts available, so Kazakh letters render on any system."""
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load the font %s", path)


def apply_appearance(app: QApplication) -> None:
    """The window icon, and the light or dark palette the settings ask for (following the
    system's colour scheme from now on when they ask for the system's)."""
    install_color_scheme(app)
    set_window_icon(app)


def set_window_icon(app: QApplication) -> None:
    """The application's icon (drawn from SVG: the window may show before it)."""
    from desktop.ui.kit.icons import application_icon

    app.setWindowIcon(application_icon())


def _debugging() -> bool:
    """Tracebacks go to the log only when asked for (``-v``); the user gets a message box."""
    return log.isEnabledFor(logging.DEBUG)


def _show_error(text: str, exc: BaseException, parent: QWidget | None = None) -> None:
    """What failed, and why in words."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.kit.errors import error_text

    box = QMessageBox(QMessageBox.Icon.Critical, translate("Application", "Expert commission"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(error_text(exc))
    box.exec()


class _Opened:
    """What the worker that opens the database hands back: its services, or why not."""

    def __init__(self) -> None:
        self.services: Services | None = None
        self.failure: tuple[str, BaseException] | None = None
        self.has_users = False
        self.actor: Actor | None = None


def _open(url: str | None, opened: _Opened, *, sign_in_automatically: bool = False) -> None:
    """Open and migrate the database into *opened*, or record the failure (no Qt here:
    it may run on a worker thread)."""
    from desktop.services.services import Services

    try:
        services = Services.connect(url)
    except Exception as exc:  # a bad URL, a missing driver, an unwritable folder
        log.error("could not open the database: %s", exc, exc_info=_debugging())
        opened.failure = (translate("Application", "The database could not be opened."), exc)
        return
    try:
        services.migrate()
        opened.has_users = services.users.has_users()
        if sign_in_automatically and opened.has_users:
            opened.actor = autologin(services.users)
    except Exception as exc:  # an unreachable server, a read-only or damaged file
        log.error("could not prepare the database %s: %s", services.display_url, exc,
                  exc_info=_debugging())
        services.dispose()
        opened.failure = (translate("Application",
                                     "The database %1 could not be opened or brought up to date.")
                          .replace("%1", services.display_url), exc)
        return
    opened.services = services


def open_database(url: str | None, parent: QWidget | None = None) -> Services | None:
    """Open and migrate the database, or explain why not in a message box and return None."""
    opened = _Opened()
    _open(url, opened)
    if opened.failure is not None:
        _show_error(*opened.failure, parent)
    return opened.services


def autologin(users: UserService) -> Actor | None:
    """Sign in from ``EXPORT_COMMISSION_AUTOLOGIN``, if it is set and accepted."""
    from desktop.services.users import AuthenticationError

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
        log.warning("automatic sign-in refused: %s", exc.reason)
        return None
    log.info("signed in automatically as user %s", actor.user_id)
    return actor


def sign_in(services: Services, parent: QWidget | None = None, *,
            has_users: bool | None = None) -> Actor | None:
    """The first administrator if the database has none, then the sign-in; None if cancelled."""
    from PySide6.QtWidgets import QDialog

    from desktop.ui.first_admin_dialog import FirstAdminDialog
    from desktop.ui.login_dialog import LoginDialog

    users = services.users
    username = ""
    if not (users.has_users() if has_users is None else has_users):
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
    """Calls *then* (on the next turn of the event loop) once the watched window painted."""

    def __init__(self, parent: QObject, then: Callable[[], object]) -> None:
        super().__init__(parent)
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def _load_first_screens() -> None:
    """Import what the window shows first once signed in (the start page and its charts,
    the registry, the tracking list), while the password is typed: on the worker that
    opened the database, before the sign-in needs them. No widget is made here."""
    import desktop.ui.dashboard
    import desktop.ui.registry
    import desktop.ui.returns.tracking  # noqa: F401


def after_first_paint(window: QWidget, then: Callable[[], object]) -> None:
    """Run *then* once *window* has painted for the first time."""
    window.installEventFilter(_FirstPaint(window, then))


def quit_after_first_paint(window: QWidget) -> None:
    """End the event loop once *window* has painted for the first time (benchmarks)."""
    after_first_paint(window, QApplication.quit)


def freeze_startup_objects() -> None:
    """Exempt what exists once the window is up from the cycle collector's full passes.

    A full collection cannot be interrupted, whichever thread triggers it: when a worker
    that allocates a lot (laying out a PDF) triggers one, it walks every object of the
    process, Qt's wrappers and the loaded libraries included, and the GUI thread waits
    for it (about 100 ms, measured by ``python -m benchmarks --only stalls``). The modules,
    classes and widgets made at start-up live as long as the process anyway; frozen, they
    are no longer walked and a full collection takes a few milliseconds. Garbage made
    before this point is not collected (start-up makes little).
    """
    gc.freeze()
    if log.isEnabledFor(logging.DEBUG):  # counting walks every object
        log.debug("%d start-up objects frozen", gc.get_freeze_count())


class _Start(QObject):
    """The start after the window is shown: the database opens on a worker thread; the
    sign-in (asked for at once where somebody signed in before) and the window's session
    follow on the GUI thread."""

    opened = Signal()

    def __init__(self, app: QApplication, window: MainWindow, url: str | None, *,
                 system_colours_later: bool = False) -> None:
        super().__init__(window)
        self.app = app
        self.system_colours_later = system_colours_later
        """Asking the system for its colour scheme builds every enum of PySide's ``Qt``
        namespace (about 20 ms): done after the first paints, in the platform's palette."""
        self.window = window
        self.url = url
        self.result = _Opened()
        self.exit_code = 0
        self.begun = False
        self.opening = False
        self.dialog: LoginDialog | None = None
        """The sign-in, while it is asked for."""
        self.opened.connect(self._continue)  # emitted on the worker: queued to this thread

    def begin(self) -> None:
        if self.begun:
            return
        self.begun = True
        if settings.SIGNED_IN_BEFORE.get() and not os.environ.get(AUTOLOGIN_ENV):
            # The sign-in first: loading the database layer holds the interpreter most of
            # the time, and would hold back the dialog's first paint.
            self._ask_sign_in(None)
            assert self.dialog is not None
            after_first_paint(self.dialog, self._open_behind)
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._open_behind)  # a dialog never exposed
        else:
            self._open_behind()

    def _open_behind(self) -> None:
        if self.opening:
            return
        self.opening = True
        if self.system_colours_later:
            install_color_scheme(self.app)
        threading.Thread(target=self._work, name="open-database", daemon=True).start()

    def _work(self) -> None:
        _open(self.url, self.result, sign_in_automatically=True)
        if self.result.services is not None:
            _load_first_screens()
        self.opened.emit()

    def _ask_sign_in(self, users: UserService | None) -> None:
        """The sign-in over the frame; without *users* while the database opens."""
        from desktop.ui.login_dialog import LoginDialog

        self.window.wait_for_sign_in()
        self.dialog = LoginDialog(users, self.window)
        self.dialog.accepted.connect(self._signed_in)
        self.dialog.rejected.connect(lambda: self._end(0))  # the user cancelled
        self.dialog.open()

    def _drop_sign_in(self) -> None:
        """Close the sign-in asked for too early (the database failed, or has no accounts
        yet) without it counting as the user's cancel."""
        if self.dialog is not None:
            self.dialog.accepted.disconnect()
            self.dialog.rejected.disconnect()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _continue(self) -> None:
        opened, window = self.result, self.window
        set_window_icon(self.app)  # drawn from SVG: not before the first paints
        if opened.failure is not None or opened.services is None:
            self._drop_sign_in()
            text = translate("Application", "The database could not be opened.")
            _show_error(*(opened.failure or (text, RuntimeError("no database"))), window)
            self._end(EXIT_DATABASE)
            return
        if opened.actor is not None:
            self._drop_sign_in()
            self._open_session(opened.actor)
        elif not opened.has_users:
            self._drop_sign_in()
            self._first_start(opened.services)
        elif self.dialog is not None:
            self.dialog.set_users(opened.services.users)
        else:
            self._ask_sign_in(opened.services.users)

    def _first_start(self, services: Services) -> None:
        """No account yet: the first administrator, then their sign-in."""
        self.window.wait_for_sign_in()
        try:
            actor = sign_in(services, self.window, has_users=False)
        except Exception as exc:  # the database failed after opening (a server went away)
            self._fail(exc)
            return
        if actor is None:
            self._end(0)  # the user cancelled
            return
        self._open_session(actor)

    def _signed_in(self) -> None:
        assert self.dialog is not None and self.dialog.actor is not None
        actor, self.dialog = self.dialog.actor, None
        self._open_session(actor)

    def _open_session(self, actor: Actor) -> None:
        from desktop.ui.kit.session import Session

        services, window = self.result.services, self.window
        assert services is not None
        try:
            window.open_session(Session(services, actor, window))
            if not self.result.has_users:  # a first start: the accounts and seats come next
                window.open_users()
        except Exception as exc:  # the database failed after opening (a server went away)
            self._fail(exc)
            return
        settings.SIGNED_IN_BEFORE.set(True)
        freeze_startup_objects()
        if os.environ.get(QUIT_WHEN_SHOWN_ENV) == "ready":
            quit_after_first_paint(window)
            window.update()

    def _fail(self, exc: BaseException) -> None:
        log.error("the start failed: %s", exc, exc_info=_debugging())
        _show_error(translate("Application", "The application could not start."), exc,
                    self.window)
        self._end(EXIT_DATABASE)

    def _end(self, code: int) -> None:
        self.exit_code = code
        self.app.exit(code)


def run_gui(db_url: str | None) -> int:
    """Run the application on *db_url* (None: the default database); the exit code."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
    assert isinstance(app, QApplication)
    configure_application()
    hand_the_lock_over_sooner()
    load_fonts()
    install_translators(app)
    system_colours_later = color_scheme() == SYSTEM
    if not system_colours_later:  # a palette chosen in the settings: before anything shows
        install_color_scheme(app)
    window = MainWindow()
    start = _Start(app, window, db_url, system_colours_later=system_colours_later)
    if os.environ.get(QUIT_WHEN_SHOWN_ENV) in ("1", "shown"):
        quit_after_first_paint(window)
    else:
        # The database opens once the window is on screen: its imports would otherwise
        # hold the interpreter while the first frame is painted.
        after_first_paint(window, start.begin)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, start.begin)  # a window never exposed
    window.show()
    try:
        code = int(app.exec())
    finally:
        window.close()  # waits for the writes still queued
        # Reads still running on workers (the start page's figures) end before the
        # database and the interpreter do: Python code on a pool thread during the
        # interpreter's shutdown crashes the process.
        if not QThreadPool.globalInstance().waitForDone(READS_END_WAIT_MS):
            log.warning("reads still running at exit")
        if start.result.services is not None:
            start.result.services.dispose()
    return code or start.exit_code


def run() -> int:
    """The ``export-commission-gui`` entry point: the default database, no arguments."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return run_gui(None)
