"""Importing 20 A4 pages at 300 dpi (hash, store, thumbnail) against a bare Pillow loop."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from PIL import Image

from benchmarks.data import Workspace
from benchmarks.harness import Result, interleaved
from benchmarks.scenarios.fixtures import fresh_application
from desktop.domain.documents import PageKind
from desktop.services.documents import DocumentService
from desktop.services.users import UserService
from desktop.storage.database import Database

TARGET_RATIO = 1.5


def _floor(files: list[Path], out: Path) -> None:
    """What any importer must do at least: decode, make a thumbnail, write both."""
    for i, path in enumerate(files):
        with Image.open(path) as img:
            img.load()
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=85)
            (out / f"{i}.jpg").write_bytes(buf.getvalue())
            img.thumbnail((240, 240))
            img.save(out / f"{i}-thumb.jpg", "JPEG", quality=80)


def run(ws: Workspace, quick: bool) -> list[Result]:
    files = sorted(ws.scans.glob("a4-*.jpg"))[: 5 if quick else 20]
    db = Database(ws.db_url)
    clerk = UserService(db).login("clerk", "Clerk-Demo-2026")
    documents = DocumentService(db)
    repeat = 5 if quick else 7

    def ours() -> None:
        app_id = fresh_application(db, clerk)
        report = documents.import_files(clerk, app_id, files, PageKind.FORM, dpi=300)
        assert len(report.page_ids) == len(files), report.rejections

    with tempfile.TemporaryDirectory() as tmp:
        runs = interleaved(ours, lambda: _floor(files, Path(tmp)), repeat)
    db.dispose()
    return [runs.result(f"import {len(files)} A4 300 dpi JPEG pages",
                        f"ratio ≤ {TARGET_RATIO}", TARGET_RATIO)]
