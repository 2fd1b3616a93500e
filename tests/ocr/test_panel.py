"""The documents panel reads the text of new pages in the background, and says when it
cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.page_text import PageTextService
from desktop.storage.database import Database
from tests.support.pages import make_panel

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_imported_pages_are_read_in_the_background(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], app_id: int,
        scanned: dict[str, Path]) -> None:
    clerk = staff["clerk"]
    panel = make_panel(qtbot, db, clerk, app_id)

    panel.start_import([scanned["kk"]], PageKind.FORM, 300)
    qtbot.waitUntil(lambda: panel.reading.last is not None and not panel.busy,
                    timeout=120_000)

    assert panel.reading.last is not None and panel.reading.last.read == 1
    assert PageTextService(db).unread(clerk, app_id) == []
    assert panel.message.text() == "1 page stored from 1 file."  # nothing more to say


def test_without_tesseract_the_import_completes_and_the_panel_says_so(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], app_id: int,
        scanned: dict[str, Path], no_tesseract: None) -> None:
    panel = make_panel(qtbot, db, staff["clerk"], app_id)

    panel.start_import([scanned["ru"]], PageKind.ID, 300)
    qtbot.waitUntil(lambda: panel.reading.last is not None and not panel.busy,
                    timeout=60_000)

    assert panel.model.rowCount() == 1
    assert panel.message.text() == ("OCR is not installed (missing: tesseract): the pages "
                                    "are stored without their text.")


def test_a_page_whose_text_cannot_be_read_is_marked_in_the_strip(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], app_id: int,
        scanned: dict[str, Path], broken_tesseract: None) -> None:
    panel = make_panel(qtbot, db, staff["clerk"], app_id)

    panel.start_import([scanned["kk"]], PageKind.FORM, 300)
    qtbot.waitUntil(lambda: panel.reading.last is not None and not panel.busy,
                    timeout=60_000)

    assert panel.message.text() == ("Pages whose text could not be read: 1. The scans are "
                                    "kept as they are.")
    tooltip = panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("Its text could not be read (OCR); the scan is kept as it is.")
    assert panel.model.rowCount() == 1
