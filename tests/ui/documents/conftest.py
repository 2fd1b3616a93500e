"""Fixtures for the documents panel: a registered application, sample files, a clean pool."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from desktop.ui.documents import DocumentsPanel
from tests.documents import samples
from tests.factories import application
from tests.support.sessions import session_for


@pytest.fixture(autouse=True)
def _idle_pool(sqlite_db: Database) -> Iterator[None]:
    """Let background reads finish before the database of the test goes away."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def service(sqlite_db: Database) -> DocumentService:
    return DocumentService(sqlite_db)


@pytest.fixture
def app_id(sqlite_db: Database, clerk: Actor) -> int:
    return RegistrationService(sqlite_db).register(clerk, application(items=2)).application_id


def form_page(tmp_path: Path, name: str, seed: int = 1) -> Path:
    """A small typed page as a PNG (grayscale, 150 dpi)."""
    return samples.write(tmp_path, name, samples.png_bytes(
        samples.text_page((620, 877), seed=seed), dpi=150))


def photo_file(tmp_path: Path, name: str, seed: int = 1) -> Path:
    return samples.write(tmp_path, name, samples.jpeg_bytes(samples.photo(seed=seed), dpi=150))


@pytest.fixture
def three_pages(service: DocumentService, clerk: Actor, app_id: int, tmp_path: Path) -> list[int]:
    """Pages 1–3 of the application: a form, a photo, a form."""
    files = [form_page(tmp_path, "one.png", 1), photo_file(tmp_path, "two.jpg"),
             form_page(tmp_path, "three.png", 3)]
    ids: list[int] = []
    for path, kind in zip(files, (PageKind.FORM, PageKind.PHOTO, PageKind.FORM), strict=True):
        ids += service.import_files(clerk, app_id, [path], kind, dpi=150).page_ids
    return ids


def make_panel(qtbot: QtBot, db: Database, actor: Actor, app_id: int) -> DocumentsPanel:
    panel = DocumentsPanel(session_for(db, actor), app_id)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def wait_idle(qtbot: QtBot, panel: DocumentsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
