"""Fixtures for the documents panel: a registered application and three pages in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application
from tests.support.pages import form_page, photo_file


@pytest.fixture
def service(sqlite_db: Database) -> DocumentService:
    return DocumentService(sqlite_db)


@pytest.fixture
def app_id(sqlite_db: Database, clerk: Actor) -> int:
    return RegistrationService(sqlite_db).register(clerk, application(items=2)).application_id


@pytest.fixture
def three_pages(service: DocumentService, clerk: Actor, app_id: int, tmp_path: Path) -> list[int]:
    """Pages 1–3 of the application: a form, a photo, a form."""
    files = [form_page(tmp_path, "one.png", 1), photo_file(tmp_path, "two.jpg"),
             form_page(tmp_path, "three.png", 3)]
    ids: list[int] = []
    for path, kind in zip(files, (PageKind.FORM, PageKind.PHOTO, PageKind.FORM), strict=True):
        ids += service.import_files(clerk, app_id, [path], kind, dpi=150).page_ids
    return ids
