"""Pages to import, and the documents panel to import them in."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.ui.documents import DocumentsPanel
from tests.documents import samples
from tests.support.sessions import session_for

__all__ = ["form_page", "make_panel", "photo_file", "wait_idle"]


def form_page(tmp_path: Path, name: str, seed: int = 1) -> Path:
    """A small typed page as a PNG (grayscale, 150 dpi)."""
    return samples.write(tmp_path, name, samples.png_bytes(
        samples.text_page((620, 877), seed=seed), dpi=150))


def photo_file(tmp_path: Path, name: str, seed: int = 1) -> Path:
    return samples.write(tmp_path, name, samples.jpeg_bytes(samples.photo(seed=seed), dpi=150))


def make_panel(qtbot: QtBot, db: Database, actor: Actor, app_id: int) -> DocumentsPanel:
    panel = DocumentsPanel(session_for(db, actor), app_id)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def wait_idle(qtbot: QtBot, panel: DocumentsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
