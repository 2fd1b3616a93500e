"""Starting the application: database errors, automatic sign-in, the whole start and quit."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.workflow import Status
from desktop.services.users import UserService
from desktop.storage.database import Database
from desktop.ui import app as ui_app
from desktop.ui.kit import language, settings
from desktop.ui.kit.labels import status_name
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.shots.screenshots import main as screenshots_main
from tests.support.staff import PASSWORD, STAFF

UI_PACKAGE = Path(ui_app.__file__).parent


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes record their text instead of blocking the test."""
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.mark.parametrize("url", [
    "nonsense://server/db",  # no such dialect
    "sqlite:////proc/no-such-folder/x.sqlite3",  # a folder nobody can create
])
def test_bad_database_is_reported_not_raised(
    url: str, qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    assert ui_app.open_database(url) is None
    assert len(message_boxes) == 1
    text, reason = message_boxes[0]
    assert "could not be opened" in text
    assert reason


def test_unmigratable_database_is_reported(
    tmp_path: Path, qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    path = tmp_path / "not-a-database.sqlite3"
    path.write_bytes(b"this is not an SQLite file" * 100)
    assert ui_app.run_gui(f"sqlite:///{path}") == ui_app.EXIT_DATABASE
    text, reason = message_boxes[0]
    assert str(path) in text
    assert "not a database" in reason


def test_an_installation_without_migrations_is_named_in_the_users_words(
    tmp_path: Path, qtbot: QtBot, message_boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a SQL error on a missing table: which folder the installation lacks."""
    from desktop.storage import schema

    empty = tmp_path / "migrations"
    (empty / "versions").mkdir(parents=True)
    (empty / "env.py").write_text("", encoding="utf-8")
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", empty)
    assert ui_app.open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}") is None
    _, reason = message_boxes[0]
    assert reason == (f"The installation is incomplete: {empty / 'versions'} holds no "
                      "migration, so the database cannot be set up. Install the program again.")


def test_autologin(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    users = UserService(sqlite_db)
    monkeypatch.delenv(ui_app.AUTOLOGIN_ENV, raising=False)
    assert ui_app.autologin(users) is None
    monkeypatch.setenv(ui_app.AUTOLOGIN_ENV, "clerk")
    assert ui_app.autologin(users) is None
    monkeypatch.setenv(ui_app.AUTOLOGIN_ENV, "clerk:wrong")
    assert ui_app.autologin(users) is None
    assert "refused" in caplog.text
    monkeypatch.setenv(ui_app.AUTOLOGIN_ENV, f"clerk:{PASSWORD}")
    actor = ui_app.autologin(users)
    assert actor is not None and actor.username == "clerk"


def test_run_gui_shows_the_main_window(
    sqlite_url: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ui_app.AUTOLOGIN_ENV, f"chair:{PASSWORD}")
    seen: list[str] = []
    shells: list[str] = []

    def windows() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]

    def first_look() -> None:
        # The window is up before the database is open: a frame that says so.
        shells.extend(w.opening.text() for w in windows() if not w.session_open)

    def look_and_quit() -> None:
        shown = windows()
        if shown and not all(w.session_open for w in shown):
            QTimer.singleShot(20, look_and_quit)  # the database is still opening
            return
        seen.extend(w.user_label.text() for w in shown)
        for window in shown:
            window.close()  # the last window closed ends app.exec()
        if not shown:
            # Only when the test fails: QApplication.exit() would also stop every later
            # event loop if a quit-on-last-window event were still queued.
            QApplication.exit(1)

    QTimer.singleShot(0, first_look)
    QTimer.singleShot(0, look_and_quit)
    assert ui_app.run_gui(sqlite_url) == 0
    assert shells == ["Opening the database…"]
    assert seen == [f"{STAFF['chair'][0]} · Chairperson"]
    assert not settings.MAIN_WINDOW_GEOMETRY.get().isEmpty()  # saved on close
    # A worker running Python code hands the lock to the window's thread after 1 ms.
    assert sys.getswitchinterval() == pytest.approx(ui_app.LOCK_SWITCH_INTERVAL_S)


def test_the_sign_in_is_asked_for_while_the_database_opens(
    sqlite_url: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where somebody signed in before, the password is typed while the database opens;
    Sign in pressed before it is open waits for it, and then signs in."""
    monkeypatch.delenv(ui_app.AUTOLOGIN_ENV, raising=False)
    settings.SIGNED_IN_BEFORE.set(True)
    opening = threading.Event()
    really_open = ui_app._open

    def held_open(*args: object, **kwargs: object) -> None:
        opening.wait(timeout=60)  # until the test has pressed Sign in
        really_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ui_app, "_open", held_open)
    seen: dict[str, object] = {}

    def dialogs() -> list[LoginDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, LoginDialog) and w.isVisible()]

    def type_and_press() -> None:
        if not dialogs():
            QTimer.singleShot(20, type_and_press)  # the window has not painted yet
            return
        (dialog,) = dialogs()
        seen["open before"] = dialog.database_open
        dialog.username.setText("chair")
        dialog.password.setText(PASSWORD)
        dialog.sign_in_button.click()
        seen["said"] = dialog.message.text()
        seen["button"] = dialog.sign_in_button.isEnabled()
        opening.set()
        QTimer.singleShot(0, look_and_quit)

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible() and w.session_open]
        if not windows:
            QTimer.singleShot(20, look_and_quit)  # the database is still opening
            return
        (window,) = windows
        seen["user"] = window.user_label.text()
        window.close()

    QTimer.singleShot(0, type_and_press)
    assert ui_app.run_gui(sqlite_url) == 0
    assert seen["open before"] is False
    assert seen["said"] == ("The database is still opening: you will be signed in as soon "
                            "as it is open.")
    assert seen["button"] is False  # pressed once: not twice
    assert seen["user"] == f"{STAFF['chair'][0]} · Chairperson"


def test_the_sign_in_asked_for_early_gives_way_to_the_first_administrator(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk that signed in before, pointed at a new database: the first administrator is
    asked for, not a sign-in nobody could pass."""
    monkeypatch.delenv(ui_app.AUTOLOGIN_ENV, raising=False)
    settings.SIGNED_IN_BEFORE.set(True)
    seen: list[str] = []

    def look_and_quit() -> None:
        shown = [type(w).__name__ for w in QApplication.topLevelWidgets()
                 if w.isVisible() and type(w).__name__ in ("LoginDialog", "FirstAdminDialog")]
        if "FirstAdminDialog" not in shown:
            seen[:] = shown
            QTimer.singleShot(20, look_and_quit)  # the database is still opening
            return
        seen[:] = shown
        for w in QApplication.topLevelWidgets():
            if type(w).__name__ == "FirstAdminDialog":
                w.reject()  # cancelling the first start ends the program

    QTimer.singleShot(0, look_and_quit)
    assert ui_app.run_gui(f"sqlite:///{tmp_path / 'new.sqlite3'}") == 0
    assert seen == ["FirstAdminDialog"]


def test_the_sign_in_shows_before_the_database_layer_loads() -> None:
    """What the sign-in dialog needs loads without SQLAlchemy and the models: it can be on
    screen while they load."""
    script = ("import sys\n"
              "import desktop.ui.app, desktop.ui.login_dialog\n"
              "print(' '.join(sorted(n for n in sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300,
                          check=True)
    loaded = done.stdout.split()
    assert "desktop.ui.login_dialog" in loaded
    assert [n for n in loaded if n.split(".")[0] in ("sqlalchemy", "alembic")
            or n.startswith(("desktop.models", "desktop.storage"))] == []


_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context><name>Status</name>
<message><source>Registered</source><translation>Тіркелді</translation></message>
</context>
</TS>
"""


@pytest.fixture
def restore_locale(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)
    language.apply_language(qapp, "en")  # as tests/conftest.py leaves every Qt test


def test_translation_is_installed_when_present(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_locale: None
) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    folder = tmp_path / "translations"
    folder.mkdir()
    (tmp_path / "kk.ts").write_text(_TS, encoding="utf-8")
    subprocess.run([lrelease, str(tmp_path / "kk.ts"), "-qm",
                    str(folder / "export_commission_kk.qm")], check=True, capture_output=True)
    monkeypatch.setattr(language, "translations_dir", lambda: str(folder))

    settings.LANGUAGE.set("ru")  # no file of ours for Russian: English, and no error
    loaded = ui_app.install_translators(qapp)
    assert not any("export_commission" in f for f in loaded)
    assert status_name(Status.REGISTERED) == "Registered"

    settings.LANGUAGE.set("kk")
    loaded = ui_app.install_translators(qapp)
    assert str(folder / "export_commission_kk.qm") in loaded
    assert status_name(Status.REGISTERED) == "Тіркелді"


def test_screenshots(
    sqlite_url: str, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ui_app.AUTOLOGIN_ENV, f"clerk:{PASSWORD}")
    assert screenshots_main([str(tmp_path), "--db", sqlite_url, "--only", "login"]) == 0
    assert (tmp_path / "login.png").read_bytes().startswith(b"\x89PNG")
    assert not (tmp_path / "main-window.png").exists()


def test_ui_never_imports_sqlalchemy() -> None:
    offenders = []
    for path in UI_PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "sqlalchemy"]
    assert not offenders
