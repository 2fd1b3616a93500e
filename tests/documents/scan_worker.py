"""Scans with SANE's ``test`` backend in a process of its own, and prints what happened.

SANE reads ``SANE_CONFIG_DIR`` once, at its first ``init()``; running the scans here lets
the test choose the configuration without depending on what the test process did before.

    python -m tests.documents.scan_worker DATABASE_URL CASE...   (cases below)
"""

from __future__ import annotations

import json
import sys
from typing import Any

from sqlalchemy import select

from desktop.models.user import User
from desktop.scanning import (
    ScanMode,
    ScannerError,
    ScanSettings,
    ScanSource,
    available,
    list_devices,
    scan_pages,
)
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.storage.database import Database

DEVICE = "test:0"


def _clerk(db: Database) -> Actor:
    with db.read() as s:
        return Actor.of(s.execute(select(User).where(User.username == "clerk")).scalar_one())


def _store(db: Database, app_id: int, settings: ScanSettings, name: str,
           cancel_on_page: int | None = None) -> dict[str, Any]:
    stop = {"now": False}

    def progress(page: int, done: int, total: int) -> None:
        # Cancel while the page is half read, as a user pressing "Stop" would.
        if cancel_on_page is not None and page == cancel_on_page and done * 2 >= total:
            stop["now"] = True

    report = DocumentService(db).import_images(
        _clerk(db), app_id, scan_pages(settings, progress, lambda: stop["now"]),
        kind="form", dpi=300, source_name=name, cancelled=lambda: stop["now"])
    return {"pages": len(report.page_ids), "cancelled": report.cancelled,
            "rejections": report.rejections}


def _errors() -> list[str]:
    messages = []
    for settings in (ScanSettings(DEVICE, resolution=5000),
                     ScanSettings("nosuchbackend:0"),):
        try:
            list(scan_pages(settings))
        except ScannerError as exc:
            messages.append(str(exc))
    return messages


def main(argv: list[str]) -> int:
    url, app_id, *cases = argv
    db = Database(url)
    out: dict[str, Any] = {}
    for case in cases:
        if case == "devices":
            out[case] = {"available": bool(available()),
                         "devices": [d.name for d in list_devices()]}
        elif case == "flatbed":
            out[case] = _store(db, int(app_id), ScanSettings(
                DEVICE, 100, ScanMode.COLOR, ScanSource.FLATBED), "flatbed")
        elif case == "adf":
            out[case] = _store(db, int(app_id), ScanSettings(
                DEVICE, 75, ScanMode.LINEART, ScanSource.ADF), "adf")
        elif case == "cancel":
            out[case] = _store(db, int(app_id), ScanSettings(
                DEVICE, 75, ScanMode.GRAY, ScanSource.ADF), "cancel", cancel_on_page=3)
        elif case == "errors":
            out[case] = _errors()
        elif case == "missing":
            sys.modules["sane"] = None  # type: ignore[assignment]  # as if not installed
            state = available()
            try:
                list_devices()
                error = ""
            except ScannerError as exc:
                error = str(exc)
            out[case] = {"available": bool(state), "reason": state.reason, "error": error}
        else:
            raise SystemExit(f"unknown case {case!r}")
    db.dispose()
    sys.stdout.write(json.dumps(out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
