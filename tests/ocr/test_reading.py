"""Reading generated Kazakh and Russian pages: the text, its boxes, failures, re-reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.documents import PageKind
from desktop.domain.ocr import OcrStatus
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.page_text import PageTextService
from desktop.storage.database import Database
from tests.support.ocr_pages import KAZAKH, RUSSIAN, cer
from tests.support.pages import photo_file

MAX_CER = 0.02
"""Twice the worst rate measured on such pages (0.99 %, ``python -m benchmarks --only
ocr``): room for another Tesseract build, and still a reading that search can rely on."""

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_kazakh_and_russian_pages_are_read_within_the_error_rate(
        db: Database, staff: dict[str, Actor], app_id: int, scanned: dict[str, Path]) -> None:
    clerk = staff["clerk"]
    documents = DocumentService(db)
    stored = documents.import_files(clerk, app_id, [scanned["kk"], scanned["ru"]],
                                    PageKind.FORM, dpi=300)
    scans = [p.sha256 for p in documents.list_pages(clerk, app_id)]
    service = PageTextService(db)
    assert service.unread(clerk, app_id) == stored.page_ids
    steps: list[tuple[int, int]] = []

    report = service.read_application(clerk, app_id, progress=lambda *a: steps.append(a))

    assert (report.read, report.failed, report.missing) == (2, (), ())
    assert steps == [(1, 2), (2, 2)]
    kk, ru = (service.reading(clerk, page_id) for page_id in stored.page_ids)
    assert kk is not None and ru is not None
    assert cer("\n".join(KAZAKH), kk.text) < MAX_CER, kk.text
    assert cer("\n".join(RUSSIAN), ru.text) < MAX_CER, ru.text
    assert kk.current and kk.status == OcrStatus.READ
    # the boxes stand where the words are: the IIN's on the third line, left of the middle
    iin = next(w for w in kk.words if w.text.startswith("850412403215"))
    assert 200 < iin.top < 700 and iin.left < 1240 and iin.height > 20
    assert service.unread(clerk, app_id) == []
    # the scans themselves are untouched
    assert [p.sha256 for p in documents.list_pages(clerk, app_id)] == scans


def test_photos_of_items_are_not_read(db: Database, staff: dict[str, Actor], app_id: int,
                                      tmp_path: Path) -> None:
    clerk = staff["clerk"]
    DocumentService(db).import_files(clerk, app_id, [photo_file(tmp_path, "item.jpg")],
                                     PageKind.PHOTO, dpi=150)
    assert PageTextService(db).unread(clerk, app_id) == []


def test_a_rotated_page_is_read_again(db: Database, staff: dict[str, Actor], app_id: int,
                                      scanned: dict[str, Path]) -> None:
    clerk = staff["clerk"]
    documents = DocumentService(db)
    [page_id] = documents.import_files(clerk, app_id, [scanned["ru"]], PageKind.ID,
                                       dpi=300).page_ids
    service = PageTextService(db)
    service.read_pages(clerk, [page_id])
    original = documents.list_pages(clerk, app_id)[0].sha256

    page = documents.rotate(clerk, page_id, 90, expected_version=1)
    page = documents.rotate(clerk, page_id, 270, expected_version=page.version)

    before = service.reading(clerk, page_id)
    assert before is not None and not before.current  # a new image: the old reading is due
    assert service.unread(clerk, app_id) == [page_id]
    service.read_application(clerk, app_id)
    after = service.reading(clerk, page_id)
    assert after is not None and after.current
    assert cer("\n".join(RUSSIAN), after.text) < MAX_CER, after.text
    assert page.sha256 != original  # rotating wrote a new image beside the scan


def test_a_page_that_cannot_be_read_is_marked_with_the_reason(
        db: Database, staff: dict[str, Actor], app_id: int, scanned: dict[str, Path],
        broken_tesseract: None) -> None:
    clerk = staff["clerk"]
    [page_id] = DocumentService(db).import_files(clerk, app_id, [scanned["kk"]],
                                                 PageKind.FORM, dpi=300).page_ids
    service = PageTextService(db)

    report = service.read_pages(clerk, [page_id])

    assert report.read == 0 and [p for p, _ in report.failed] == [page_id]
    reading = service.reading(clerk, page_id)
    assert reading is not None and reading.status == OcrStatus.FAILED
    assert reading.reason and "could not be initialised" in reading.reason
    assert service.unread(clerk, app_id) == []  # marked, not retried on every opening


def test_without_tesseract_nothing_is_read_and_nothing_is_marked(
        db: Database, staff: dict[str, Actor], app_id: int, scanned: dict[str, Path],
        no_tesseract: None) -> None:
    clerk = staff["clerk"]
    stored = DocumentService(db).import_files(clerk, app_id, [scanned["kk"]], PageKind.FORM,
                                              dpi=300)
    service = PageTextService(db)

    report = service.read_application(clerk, app_id)

    assert report.missing == ("tesseract",) and report.read == 0
    assert service.reading(clerk, stored.page_ids[0]) is None
    assert service.unread(clerk, app_id) == stored.page_ids  # read once it is installed
