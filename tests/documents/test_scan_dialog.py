"""Scanning from the panel: off with a reason without SANE; a real scan with its test backend."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import scanning
from desktop.scanning import Availability, ScannerError
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.storage.database import Database
from tests.support.backends import sqlite_db_url  # noqa: F401 (the fixture: SQLite alone)
from tests.support.pages import form_page, make_panel, wait_idle

pytestmark = pytest.mark.usefixtures("qapp")  # Qt objects: private settings, English

ROOT = Path(__file__).resolve().parents[2]

NO_SANE = ScannerError("scanning needs the python-sane package and the SANE library "
                       "(libsane1): No module named 'sane'", "No module named 'sane'",
                       reason="no_sane")


def test_without_sane_scan_is_off_with_the_reason_and_import_still_works(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sqlite_db: Database, clerk: Actor,
    app_id: int, tmp_path: Path,
) -> None:
    # The one simulation: a machine without python-sane cannot be produced on one with it.
    monkeypatch.setattr(scanning, "available", lambda: Availability(False, NO_SANE))
    panel = make_panel(qtbot, sqlite_db, clerk, app_id)
    assert panel.scan_action.isVisible()
    assert not panel.scan_action.isEnabled()
    assert panel.scan_action.toolTip() == (
        "Scanning is not available. Scanning needs the python-sane package and the SANE "
        "library (libsane1): No module named 'sane'")
    assert panel.open_scanner() is None
    assert panel.import_action.isEnabled()

    panel.start_import([form_page(tmp_path, "form.png")], "form", 300)
    wait_idle(qtbot, panel)
    assert panel.model.rowCount() == 1
    assert not panel.scan_action.isEnabled()  # still off after the import


def test_with_sane_the_scan_action_opens_the_dialog(
    qtbot: QtBot, sqlite_db: Database, clerk: Actor, app_id: int,
) -> None:
    state = scanning.available()
    assert state, state.reason  # python-sane is a test dependency
    panel = make_panel(qtbot, sqlite_db, clerk, app_id)
    assert panel.scan_action.isEnabled()
    assert panel.scan_action.toolTip() == "Scan paper documents into this application"
    dialog = panel.open_scanner()
    assert dialog is not None and dialog.isVisible()
    # It asks SANE for the scanners at once, in the background.
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.status.text() or dialog.error.text()
    dialog.reject()


@pytest.fixture
def sane_config(tmp_path: Path) -> Path:
    """SANE's virtual ``test`` scanner (the system's dll.conf leaves it off)."""
    folder = tmp_path / "sane.d"
    folder.mkdir()
    (folder / "dll.conf").write_text("test\n")
    (folder / "test.conf").write_text('number_of_devices 1\ntest-picture "Color pattern"\n')
    return folder


def test_a_real_scan_through_the_dialog_stores_pages(
    sqlite_db: Database, clerk: Actor, app_id: int, sane_config: Path, tmp_path: Path,
) -> None:
    env = dict(os.environ, SANE_CONFIG_DIR=str(sane_config), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "tests.documents.scan_dialog_worker",
         sqlite_db.url.render_as_string(hide_password=False), str(app_id),
         str(tmp_path / "qt-settings-worker")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.splitlines()[-1])

    assert out["scan_enabled"] is True
    assert out["devices"] == ["test:0"]
    assert out["listed"] == "1 scanner found."
    assert out["flatbed"] == {"status": "1 page stored.", "error": "", "pages": 1,
                              "kinds": ["photo"]}
    assert out["label"] == "Scanning page 3 (2 stored)…"
    assert out["cancelled"] == {"status": "Scanning cancelled. 2 pages stored.", "error": "",
                                "pages": 3}
    unplugged = out["unplugged"]
    assert unplugged["status"] == "0 pages stored."
    assert unplugged["error"].startswith(
        "The scanner nosuchbackend:0 cannot be opened: ")
    assert unplugged["pages"] == 3

    pages = DocumentService(sqlite_db).list_pages(clerk, app_id)
    assert [(p.source_name, p.kind.value, p.dpi) for p in pages] == [
        ("scan #1", "photo", 150), ("scan #1", "form", 150), ("scan #2", "form", 150)]
    side = int(200 / 25.4 * 150)  # the test scanner's 200 mm glass at 150 dpi
    assert {(p.width, p.height) for p in pages} == {(side, side)}
