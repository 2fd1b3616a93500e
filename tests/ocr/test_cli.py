"""``import-scans`` reads the text of the pages before it returns, unless ``--no-ocr``."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.actor import Actor
from desktop.services.page_text import PageTextService
from desktop.services.registration import Registered
from desktop.storage.database import Database
from tests.support.staff import PASSWORD

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def url(db: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)
    return db.url.render_as_string(hide_password=False)


def test_import_scans_reads_the_pages(url: str, db: Database, staff: dict[str, Actor],
                                      registered: Registered, app_id: int, scanned: dict[str, Path],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", url, "import-scans", registered.number, str(scanned["kk"]),
                 "--user", "clerk"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "read the text of 1 page(s)" in out.out
    assert PageTextService(db).unread(staff["clerk"], app_id) == []


def test_no_ocr_leaves_the_pages_unread(url: str, db: Database, staff: dict[str, Actor],
                                        registered: Registered, app_id: int,
                                        scanned: dict[str, Path]) -> None:
    assert main(["--db", url, "import-scans", registered.number, str(scanned["kk"]),
                 "--user", "clerk", "--no-ocr"]) == 0
    assert len(PageTextService(db).unread(staff["clerk"], app_id)) == 1


def test_without_tesseract_the_import_completes_and_says_so(
        url: str, db: Database, staff: dict[str, Actor], registered: Registered, app_id: int,
        scanned: dict[str, Path], no_tesseract: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", url, "--lang", "en", "import-scans", registered.number,
                 str(scanned["ru"]), "--user", "clerk"])
    out = capsys.readouterr()
    assert code == 0
    assert "stored 1 page(s)" in out.out
    assert out.err.strip() == ("OCR is not installed (missing: tesseract): the pages are "
                               "stored without their text.")
    assert len(PageTextService(db).unread(staff["clerk"], app_id)) == 1


def test_read_scans_reads_what_was_stored_unread(
        url: str, db: Database, staff: dict[str, Actor], registered: Registered, app_id: int,
        scanned: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "import-scans", registered.number, str(scanned["kk"]),
                 "--user", "clerk", "--no-ocr"]) == 0

    assert main(["--db", url, "read-scans", registered.number, "--user", "clerk"]) == 0

    assert "read the text of 1 page(s)" in capsys.readouterr().out
    assert PageTextService(db).unread(staff["clerk"], app_id) == []
