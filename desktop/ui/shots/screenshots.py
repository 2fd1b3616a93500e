"""Screenshots of the application's screens for the documentation.

    EXPORT_COMMISSION_AUTOLOGIN=clerk:Clerk-Demo-2026 \\
        python -m desktop.ui.shots docs/screenshots --db sqlite:////tmp/shots.sqlite3

Signs in from ``EXPORT_COMMISSION_AUTOLOGIN`` (a demo account, see :mod:`desktop.ui.app`),
shows each screen in :data:`SHOTS`, waits until its data is there, saves ``<name>.png`` into
the output folder and quits. The user's own settings are neither read nor changed, so the
pictures do not depend on how somebody last left the window; they are taken in the light
palette, whatever the system's colour scheme, except the screens that show the dark one. To
add a screen, add a :class:`Shot`.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QSettings,
    QThread,
    QThreadPool,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.roles import Role
from desktop.services.registry import RegistryQuery
from desktop.ui.app import (
    AUTOLOGIN_ENV,
    apply_appearance,
    autologin,
    configure_application,
    load_fonts,
    open_database,
)
from desktop.ui.audit import AuditWidget
from desktop.ui.calendar_dialog import CalendarDialog
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.kit import settings
from desktop.ui.kit.language import install_translators
from desktop.ui.kit.screen import FRAME_ALLOWANCE
from desktop.ui.kit.theme import DARK, LIGHT, SYSTEM, apply_color_scheme
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import DEFAULT_SIZE, MainWindow
from desktop.ui.registration import RegistrationDialog
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.shots import admin as admin_shots
from desktop.ui.shots import admin_users as admin_user_shots
from desktop.ui.shots import application as desk_shots
from desktop.ui.shots import attendance as attendance_shots
from desktop.ui.shots import conclusions as conclusion_shots
from desktop.ui.shots import documents as documents_shots
from desktop.ui.shots import returns as return_shots
from desktop.ui.shots.context import Context
from desktop.ui.survey_dialog import SurveyDialog

__all__ = ["SHOTS", "Shot", "main", "take"]

log = logging.getLogger(__name__)

TIMEOUT_MS = 15_000
SETTLE_MS = 300
"""Events are processed this long after a screen is ready, so layout and painting finish."""


@dataclass(frozen=True)
class Shot:
    """One screen: its file name, how to build it, and when it shows its data."""

    name: str
    build: Callable[[Context], QWidget]
    ready: Callable[[QWidget], bool] = lambda _widget: True
    size: tuple[int, int] | None = None
    scheme: str = LIGHT
    """The palette it is shown in: ``light`` or ``dark``."""


def _login(ctx: Context) -> QWidget:
    return LoginDialog(ctx.services.users, username=ctx.actor.username)


def _main_window(ctx: Context) -> QWidget:
    """The registry tab of the main window."""
    window = MainWindow(ctx.session())
    window.tabs.setCurrentWidget(window.registry)
    return window


def _start_page(ctx: Context) -> QWidget:
    """The chairperson's start page: conclusions to sign, late requests and exports, the
    year in charts."""
    return MainWindow(ctx.session(desk_shots.staff_actor(ctx, Role.CHAIR)))


def _start_page_loaded(widget: QWidget) -> bool:
    assert isinstance(widget, MainWindow)
    return widget.start.figures is not None


def _survey_dialog(ctx: Context) -> QWidget:
    """The quality survey of the newest application, as the clerk records it."""
    (row,) = ctx.services.registry.page(ctx.actor, RegistryQuery(), 0, 1)
    return SurveyDialog(ctx.session(), row.id)


def _export_dialog(ctx: Context) -> QWidget:
    return ExportDialog(ctx.session())


def _audit_journal(ctx: Context) -> QWidget:
    """The audit journal as the chairperson reads it."""
    window = MainWindow(ctx.session(desk_shots.staff_actor(ctx, Role.CHAIR)))
    window.open_audit()
    return window


def _audit_loaded(widget: QWidget) -> bool:
    assert isinstance(widget, MainWindow)
    audit = widget.tabs.currentWidget()
    return isinstance(audit, AuditWidget) and audit.table.rowCount() > 0


def _registration_form(ctx: Context) -> QWidget:
    """The clerk's empty Annex 4 form, as a new application starts."""
    return RegistrationDialog(ctx.session())


def _registry_loaded(widget: QWidget) -> bool:
    assert isinstance(widget, MainWindow)
    return widget.registry.model.rowCount() > 0


def _main_window_shortcuts(ctx: Context) -> QWidget:
    """The registry with the keyboard help (F1) over it, once the window is shown."""
    window = MainWindow(ctx.session())
    window.tabs.setCurrentWidget(window.registry)
    QTimer.singleShot(0, window.show_shortcuts)
    return window


def _shortcuts_shown(widget: QWidget) -> bool:
    assert isinstance(widget, MainWindow)
    overlay = widget.shortcut_overlay
    return _registry_loaded(widget) and overlay is not None and overlay.isVisible()


def _file_menu(ctx: Context) -> QWidget:
    """The File menu, with Sign out (switch user) for a shared desk."""
    window = MainWindow(ctx.session())
    menu = window.file_menu
    menu.window_kept = window  # the menu lives as long as the window does
    return menu


def _settings_dialog(_ctx: Context) -> QWidget:
    return SettingsDialog()


SMALL_SCREEN = (1366, 768 - FRAME_ALLOWANCE.height())
"""A window maximised on a 1366×768 screen (an office's common laptop), its frame aside."""
SAMPLE_AMENDMENT = date(2026, 12, 31)


def _calendar_dialog(ctx: Context) -> QWidget:
    """The administrator's calendar of the year, with one amendment made (an example: the
    last day of the year a day off, which moves none of the demo's deadlines)."""
    admin = desk_shots.staff_actor(ctx, Role.ADMIN)
    ctx.services.calendar.add(admin, SAMPLE_AMENDMENT, False, "Үлгі: Үкімет қаулысы / "
                              "Пример: постановление Правительства")
    dialog = CalendarDialog(ctx.session(admin), year=SAMPLE_AMENDMENT.year)
    dialog.show_day(SAMPLE_AMENDMENT)
    return dialog


def _calendar_loaded(widget: QWidget) -> bool:
    assert isinstance(widget, CalendarDialog)
    return widget.table.rowCount() > 0


SHOTS: tuple[Shot, ...] = (
    Shot("login", _login),
    Shot("main-window", _main_window, _registry_loaded, DEFAULT_SIZE),
    Shot("start-page", _start_page, _start_page_loaded, DEFAULT_SIZE),
    Shot("registration-form", _registration_form),
    Shot("start-page-1366", _start_page, _start_page_loaded, SMALL_SCREEN),
    Shot("registration-form-1366", _registration_form, size=(1000, SMALL_SCREEN[1])),
    Shot("main-window-1366", _main_window, _registry_loaded, SMALL_SCREEN),
    Shot("examination-form-1366", desk_shots.examination_form, desk_shots.view_ready,
         SMALL_SCREEN),
    Shot("documents-panel", documents_shots.documents_panel, documents_shots.panel_ready,
         documents_shots.PANEL_SIZE),
    Shot("import-dialog", documents_shots.import_dialog),
    Shot("import-progress", documents_shots.import_progress,
         documents_shots.import_progress_ready),
    Shot("scan-dialog", documents_shots.scan_dialog, documents_shots.scan_dialog_ready),
    Shot("application-view", desk_shots.application_view, desk_shots.view_ready,
         DEFAULT_SIZE),
    Shot("documents-tab-1366", desk_shots.documents_tab, desk_shots.view_ready, SMALL_SCREEN),
    Shot("viewer", desk_shots.viewer, desk_shots.viewer_ready, desk_shots.VIEWER_SIZE),
    Shot("examination-form", desk_shots.examination_form, desk_shots.view_ready,
         DEFAULT_SIZE),
    Shot("conflict-dialog", desk_shots.conflict_dialog),
    Shot("refuse-dialog", desk_shots.refuse_dialog),
    Shot("refused-step", desk_shots.refused_step, desk_shots.refused_step_ready, DEFAULT_SIZE),
    Shot("tracking-list", return_shots.tracking_list, return_shots.tracking_ready,
         DEFAULT_SIZE),
    Shot("return-tab", return_shots.return_tab, desk_shots.view_ready, DEFAULT_SIZE),
    Shot("comparison-dialog", return_shots.comparison_dialog, return_shots.comparison_ready,
         return_shots.COMPARISON_SIZE),
    Shot("return-note-dialog", return_shots.note_dialog),
    Shot("conclusion-tab", conclusion_shots.conclusion_tab,
         conclusion_shots.conclusion_tab_ready, DEFAULT_SIZE),
    Shot("conclusion-tab-1366", conclusion_shots.conclusion_tab,
         conclusion_shots.conclusion_tab_ready, SMALL_SCREEN),
    Shot("certificate-tab", conclusion_shots.certificate_tab,
         conclusion_shots.conclusion_tab_ready, DEFAULT_SIZE),
    Shot("sign-dialog", conclusion_shots.sign_dialog),
    Shot("verify-dialog", conclusion_shots.verify_dialog, conclusion_shots.verify_ready),
    Shot("survey-dialog", _survey_dialog),
    Shot("export-dialog", _export_dialog),
    Shot("audit-journal", _audit_journal, _audit_loaded, DEFAULT_SIZE),
    Shot("journal", admin_shots.journal, admin_shots.journal_ready, DEFAULT_SIZE),
    Shot("start-page-admin", admin_shots.admin_start_page, admin_shots.admin_start_ready,
         DEFAULT_SIZE),
    Shot("backup-dialog", admin_shots.backup_dialog),
    Shot("trust-dialog", admin_shots.trust_dialog),
    Shot("settings-dialog", _settings_dialog),
    Shot("file-menu", _file_menu),
    Shot("calendar-dialog", _calendar_dialog, _calendar_loaded),
    Shot("users-tab", admin_user_shots.users_tab, admin_user_shots.users_tab_ready,
         DEFAULT_SIZE),
    Shot("attendance-dialog", attendance_shots.attendance_dialog),
    Shot("waiver-dialog", attendance_shots.waiver_dialog),
    Shot("main-window-shortcuts", _main_window_shortcuts, _shortcuts_shown, DEFAULT_SIZE),
    Shot("main-window-shortcuts-dark", _main_window_shortcuts, _shortcuts_shown, DEFAULT_SIZE,
         scheme=DARK),
    Shot("main-window-dark", _main_window, _registry_loaded, DEFAULT_SIZE, scheme=DARK),
    Shot("application-view-dark", desk_shots.application_view, desk_shots.view_ready,
         DEFAULT_SIZE, scheme=DARK),
    Shot("examination-form-dark", desk_shots.examination_form, desk_shots.view_ready,
         DEFAULT_SIZE, scheme=DARK),
    # Last: it registers a request when the demo has none without pages.
    Shot("empty-application-1366", desk_shots.empty_application, desk_shots.empty_ready,
         SMALL_SCREEN),
)


def _process_events_until(condition: Callable[[], bool], timeout_ms: int) -> bool:
    timer = QElapsedTimer()
    timer.start()
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if condition():
            return True
        if timer.hasExpired(timeout_ms):
            return False
        QThread.msleep(10)


def take(shot: Shot, ctx: Context, outdir: Path, suffix: str = "") -> Path:
    """Show *shot*'s screen, wait for its data, save it as PNG and close it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_color_scheme(app, shot.scheme)
    widget = shot.build(ctx)
    try:
        if shot.size:
            widget.resize(*shot.size)
        widget.show()
        if not _process_events_until(lambda: widget.isVisible() and shot.ready(widget),
                                     TIMEOUT_MS):
            raise TimeoutError(f"the screen {shot.name!r} was not ready in {TIMEOUT_MS} ms")
        _process_events_until(lambda: False, SETTLE_MS)
        path = outdir / f"{shot.name}{suffix}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        log.info("saved %s (%sx%s)", path, widget.width(), widget.height())
        return path
    finally:
        widget.close()
        widget.deleteLater()
        if shot.scheme != LIGHT:
            apply_color_scheme(app, LIGHT)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.ui.shots", description=__doc__.splitlines()[0]
    )
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    parser.add_argument("--db", metavar="URL", help="database URL (a demo database)")
    parser.add_argument("--language", default="", help="interface language (kk, ru, en)")
    parser.add_argument("--suffix", default="",
                        help="added to each file name: --suffix=-kk gives main-window-kk.png")
    parser.add_argument("--light-only", action="store_true",
                        help="leave out the screens shown in the dark palette")
    parser.add_argument("--only", action="append", metavar="NAME",
                        choices=[s.name for s in SHOTS], help="take only these screens")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setStyle("Fusion")  # the same look on every machine
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="ec-screenshots-") as private:
        # Private settings: the pictures never depend on, or change, the user's own.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, private)
        configure_application()
        settings.LANGUAGE.set(args.language)
        load_fonts()
        install_translators(app)
        apply_appearance(app)
        services = open_database(args.db)
        if services is None:
            return 2
        try:
            actor = autologin(services.users)
            if actor is None:
                log.error("set %s=username:password for a demo account", AUTOLOGIN_ENV)
                return 2
            args.outdir.mkdir(parents=True, exist_ok=True)
            ctx = Context(services, actor)
            for shot in SHOTS:
                if (not args.only or shot.name in args.only) \
                        and not (args.light_only and shot.scheme == DARK):
                    take(shot, ctx, args.outdir, args.suffix)
        finally:
            QThreadPool.globalInstance().waitForDone()  # background work still on the database
            services.dispose()
            apply_color_scheme(app, SYSTEM)  # the palette as it was (tests run this in-process)
    return 0
