"""Drives the panel's scan dialog against SANE's ``test`` backend, in a process of its own.

SANE reads ``SANE_CONFIG_DIR`` once, at its first ``init()`` in a process; the test process
may have started SANE already with the system's configuration (where the test backend is
off), so the scans run here. Prints one JSON line with what the dialog and the panel showed.

    python -m tests.documents.scan_dialog_worker DATABASE_URL APPLICATION_ID SETTINGS_DIR
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, QThread
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.scanning import ScanMode, ScanSource
from desktop.storage.database import Database
from desktop.ui.app import configure_application
from desktop.ui.documents import DocumentsPanel
from desktop.ui.documents.scan_dialog import ScanDialog
from desktop.ui.kit import settings
from desktop.ui.kit.language import apply_language
from desktop.ui.kit.operations import Operation
from tests.support.operations import started_with
from tests.support.sessions import session_for
from tests.support.staff import actor_for


def _wait(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        if timer.hasExpired(timeout_ms):
            raise TimeoutError("the scan dialog did not finish in time")
        QCoreApplication.processEvents()
        QThread.msleep(5)


def _choose(dialog: ScanDialog, resolution: int, mode: ScanMode, source: ScanSource) -> None:
    dialog.resolution.setCurrentIndex(dialog.resolution.findData(resolution))
    dialog.mode.setCurrentIndex(dialog.mode.findData(mode.value))
    dialog.source.setCurrentIndex(dialog.source.findData(source.value))


def _outcome(dialog: ScanDialog, panel: DocumentsPanel) -> dict[str, Any]:
    return {"status": dialog.status.text(), "error": dialog.error.text(),
            "pages": panel.model.rowCount()}


resume = threading.Event()
"""Lets the held scan go on: set once Cancel is pressed."""
held_operations: list[Operation] = []
"""What :func:`main` cancels should the run fail."""


def main(argv: list[str]) -> int:
    try:
        return _drive(argv)
    finally:  # a run that failed ends with its traceback, not with the test's timeout:
        for op in held_operations:  # the feeder of SANE's test scanner never runs empty
            op.cancel()
        resume.set()


def _drive(argv: list[str]) -> int:
    url, app_id, settings_dir = argv
    app = QApplication(sys.argv[:1])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    configure_application()
    apply_language(app, "en")  # as tests/conftest.py gives every Qt test
    settings.DOCUMENTS_READ_TEXT.set(False)  # as tests/documents/conftest.py: pages only
    db = Database(url)
    out: dict[str, Any] = {}
    panel = DocumentsPanel(session_for(db, actor_for(db, "clerk")), int(app_id))
    panel.show()
    out["scan_enabled"] = panel.scan_action.isEnabled()
    panel.scan_action.trigger()
    dialog = panel.scan_dialog
    assert dialog is not None
    _wait(lambda: dialog.device.count() > 0 and not dialog.busy)
    out["devices"] = [dialog.device.itemData(i) for i in range(dialog.device.count())]
    out["listed"] = dialog.status.text()

    # One colour page from the flatbed, pressing the dialog's Scan button.
    _choose(dialog, 150, ScanMode.COLOR, ScanSource.FLATBED)
    dialog.kind.setCurrentIndex(dialog.kind.findData("photo"))
    dialog.scan_button.click()
    _wait(lambda: not dialog.busy)
    out["flatbed"] = _outcome(dialog, panel)
    out["flatbed"]["kinds"] = sorted({p.kind.value for p in panel.model.pages()})

    # The feeder, cancelled from the progress dialog while the third sheet is read.
    _choose(dialog, 150, ScanMode.GRAY, ScanSource.ADF)
    dialog.kind.setCurrentIndex(dialog.kind.findData("form"))
    reached = threading.Event()

    def hold(_done: int, _total: int, label: str) -> None:
        if label.startswith("Scanning page 3 ") and not reached.is_set():
            reached.set()
            # Until Cancel is pressed, however long a busy machine takes to get there: a
            # bounded wait let the third sheet finish and be stored (seen at load 10).
            resume.wait()

    op = started_with(hold, dialog.start_scan)
    assert op is not None
    held_operations.append(op)
    _wait(reached.is_set)
    _wait(lambda: dialog.progress_dialog.labelText().startswith("Scanning page 3 "))
    out["label"] = dialog.progress_dialog.labelText()
    button = dialog.progress_dialog.findChild(QPushButton)
    assert button is not None
    button.click()
    resume.set()
    _wait(lambda: not dialog.busy)
    out["cancelled"] = _outcome(dialog, panel)

    # A scanner that went away after it was listed.
    dialog.device.addItem("Unplugged", "nosuchbackend:0")
    dialog.device.setCurrentIndex(dialog.device.count() - 1)
    dialog.scan_button.click()
    _wait(lambda: not dialog.busy)
    out["unplugged"] = _outcome(dialog, panel)

    dialog.reject()
    panel.close()
    db.dispose()
    del app
    sys.stdout.write(json.dumps(out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
