"""Fixtures for document tests: a registered application, the service, three pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.registration import Registered, RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application
from tests.support.pages import form_page, photo_file


@pytest.fixture(autouse=True)
def _no_reading_in_the_panel(request: pytest.FixtureRequest) -> None:
    """These panels are about the pages; reading their text is tested in ``tests/ocr``."""
    if "qtbot" in request.fixturenames:
        from desktop.ui.kit import settings

        settings.DOCUMENTS_READ_TEXT.set(False)


@pytest.fixture
def registered(db: Database, staff: dict[str, Actor]) -> Registered:
    return RegistrationService(db).register(staff["clerk"], application(items=2))


@pytest.fixture
def app_id(registered: Registered) -> int:
    return registered.application_id


@pytest.fixture
def service(db: Database) -> DocumentService:
    return DocumentService(db)


@pytest.fixture
def three_pages(service: DocumentService, staff: dict[str, Actor], app_id: int,
                tmp_path: Path) -> list[int]:
    """Pages 1–3 of the application: a form, a photo, a form (stored by the clerk)."""
    files = [form_page(tmp_path, "one.png", 1), photo_file(tmp_path, "two.jpg"),
             form_page(tmp_path, "three.png", 3)]
    clerk = staff["clerk"]
    ids: list[int] = []
    for path, kind in zip(files, (PageKind.FORM, PageKind.PHOTO, PageKind.FORM), strict=True):
        ids += service.import_files(clerk, app_id, [path], kind, dpi=150).page_ids
    return ids
