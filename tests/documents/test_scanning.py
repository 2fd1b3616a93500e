"""Scanning through SANE's ``test`` backend, stored through the import path.

The system's ``dll.conf`` leaves the test backend disabled, so each run gets a config folder
of its own (``SANE_CONFIG_DIR``) and scans in a child process, where ``sane.init()`` sees it.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop.models.document import Blob
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]
GLASS_MM = 200.0  # the test backend's scan area is 200 × 200 mm at most


@pytest.fixture
def sane_config(tmp_path: Path) -> Path:
    folder = tmp_path / "sane.d"
    folder.mkdir()
    (folder / "dll.conf").write_text("test\n")
    (folder / "test.conf").write_text('number_of_devices 1\ntest-picture "Color pattern"\n')
    return folder


def _worker(config: Path, url: str, app_id: int, *cases: str) -> dict[str, Any]:
    env = dict(os.environ, SANE_CONFIG_DIR=str(config))
    done = subprocess.run(
        [sys.executable, "-m", "tests.documents.scan_worker", url, str(app_id), *cases],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def _pixels(resolution: int) -> int:
    return int(GLASS_MM / 25.4 * resolution)


def test_flatbed_adf_and_cancel(
    db: Database, staff: dict[str, Actor], app_id: int, sane_config: Path,
) -> None:
    url = db.url.render_as_string(hide_password=False)
    with db.read() as s:
        blobs_before = s.execute(select(func.count()).select_from(Blob)).scalar_one()
    result = _worker(sane_config, url, app_id, "devices", "flatbed", "adf", "cancel")

    assert result["devices"] == {"available": True, "devices": ["test:0"]}
    assert result["flatbed"] == {"pages": 1, "cancelled": False, "rejections": []}
    # The feeder of the test backend holds ten sheets.
    assert result["adf"] == {"pages": 10, "cancelled": False, "rejections": []}
    # Cancelled while the third sheet was being read: two pages, nothing of the third.
    assert result["cancel"] == {"pages": 2, "cancelled": True, "rejections": []}

    service = DocumentService(db)
    pages = service.list_pages(staff["clerk"], app_id)
    assert len(pages) == 13
    assert [p.position for p in pages] == list(range(1, 14))
    flatbed, adf, cancelled = pages[0], pages[1:11], pages[11:]
    assert (flatbed.width, flatbed.height, flatbed.dpi) == (_pixels(100), _pixels(100), 100)
    assert flatbed.source_name == "flatbed #1"
    colour = Image.open(io.BytesIO(service.page_image(staff["member"], flatbed.id)))
    assert (colour.format, colour.mode) == ("JPEG", "RGB")
    assert {(p.width, p.height, p.dpi) for p in adf} == {(_pixels(75), _pixels(75), 75)}
    line_art = Image.open(io.BytesIO(service.page_image(staff["member"], adf[0].id)))
    assert (line_art.format, line_art.mode) == ("PNG", "1")
    assert [p.source_name for p in cancelled] == ["cancel #1", "cancel #2"]
    with db.read() as s:
        blobs = s.execute(select(func.count()).select_from(Blob)).scalar_one()
    # Each stored page has its image and thumbnail; the feeder's sheets are identical
    # test pictures, so they share blobs; the cancelled third sheet left none.
    stored = {p.sha256 for p in pages} | {p.thumbnail_sha256 for p in pages}
    assert blobs - blobs_before == len(stored)


def test_settings_errors_name_the_problem(
    sqlite_db: Database, sane_config: Path,
) -> None:
    url = sqlite_db.url.render_as_string(hide_password=False)
    [resolution, device] = _worker(sane_config, url, 0, "errors")["errors"]
    assert resolution == "the scanner test:0 scans at 1 to 1200 dpi, not 5000"
    assert device.startswith("cannot open the scanner nosuchbackend:0")


def test_without_python_sane_scanning_is_off_with_a_reason(
    sqlite_db: Database, sane_config: Path,
) -> None:
    url = sqlite_db.url.render_as_string(hide_password=False)
    missing = _worker(sane_config, url, 0, "missing")["missing"]
    assert missing["available"] is False
    assert "scanning needs the python-sane package" in missing["reason"]
    assert missing["error"] == missing["reason"]
