"""``export-commission import-scans``: exit codes, messages, and the sign-in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.registration import Registered
from desktop.storage.database import Database
from tests.documents import samples
from tests.support.staff import PASSWORD


@pytest.fixture
def url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def test_all_files_stored_exits_0(
    url: str, db: Database, staff: dict[str, Actor], registered: Registered, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)
    form = samples.write(tmp_path, "form.jpg", samples.jpeg_bytes(samples.text_page(), dpi=150))
    pdf = samples.write(tmp_path, "more.pdf", samples.pdf_bytes([samples.text_page((144, 216))]))
    code = main(["--db", url, "import-scans", registered.number, str(form), str(pdf),
                 "--kind", "form", "--dpi", "150", "--user", "clerk", "--no-ocr"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.strip() == (f"{registered.number}: stored 2 page(s) from 2 of 2 "
                                    "file(s)")
    assert captured.err == ""
    pages = DocumentService(db).list_pages(staff["clerk"], registered.application_id)
    assert [(p.source_name, p.dpi) for p in pages] == [("form.jpg", 150), ("more.pdf", 150)]


def test_a_rejected_file_exits_2_and_the_others_are_stored(
    url: str, db: Database, staff: dict[str, Actor], registered: Registered, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)
    good = samples.write(tmp_path, "photo.jpg", samples.jpeg_bytes(samples.photo()))
    empty = samples.write(tmp_path, "empty.jpg", b"")
    junk = samples.write(tmp_path, "junk.png", b"\x89PNG but not really")
    code = main(["--db", url, "import-scans", registered.number, str(empty), str(good),
                 str(junk), "--kind", "photo", "--user", "clerk"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.splitlines() == [
        f"{empty}: the file is empty.",
        f"{junk}: the format is not known; accepted are JPEG, PNG, TIFF, PDF.",
    ]
    assert "stored 1 page(s) from 1 of 3 file(s)" in captured.out
    [page] = DocumentService(db).list_pages(staff["clerk"], registered.application_id)
    assert page.source_name == "photo.jpg"


def test_unknown_number_wrong_password_and_wrong_role_exit_2(
    url: str, registered: Registered, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    photo = samples.write(tmp_path, "photo.jpg", samples.jpeg_bytes(samples.photo()))
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)
    assert main(["--db", url, "import-scans", "AKM-2026-99999", str(photo),
                 "--user", "clerk"]) == 2
    assert "There is no application with the number AKM-2026-99999." in capsys.readouterr().err
    assert main(["--db", url, "import-scans", registered.number, str(photo),
                 "--user", "member"]) == 2
    assert "Your role (Commission member) may not do this." in capsys.readouterr().err
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", "wrong-password-1")
    assert main(["--db", url, "import-scans", registered.number, str(photo),
                 "--user", "clerk"]) == 2
    assert "Wrong user name or password." in capsys.readouterr().err


def test_without_a_password_and_a_terminal_it_refuses(
    url: str, registered: Registered, tmp_path: Path,
) -> None:
    photo = samples.write(tmp_path, "photo.jpg", samples.jpeg_bytes(samples.photo()))
    env = {k: v for k, v in os.environ.items() if k != "EXPORT_COMMISSION_PASSWORD"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", url, "import-scans", registered.number,
         str(photo), "--user", "clerk"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 2
    assert "No password for clerk: set EXPORT_COMMISSION_PASSWORD" in done.stderr
