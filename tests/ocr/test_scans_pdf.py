"""An application's scans as one searchable PDF/A: the image seen, the text found."""

from __future__ import annotations

import os
import subprocess
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.documents.ocr import PROGRAM_VARIABLE
from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.page_text import PageTextService
from desktop.services.registration import Registered
from desktop.storage.database import Database
from desktop.ui.application import ApplicationView
from tests.support.ocr_pages import KAZAKH, cer
from tests.support.ocr_reading import imported_and_read
from tests.support.pages import photo_file
from tests.support.sessions import session_for
from tests.support.staff import PASSWORD

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_the_scans_pdf_carries_the_text_under_the_images(
        db: Database, staff: dict[str, Actor], registered: Registered,
        scanned: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clerk = staff["clerk"]
    documents = DocumentService(db)
    app_id = registered.application_id
    stored = documents.import_files(clerk, app_id, [scanned["kk"]], PageKind.FORM, dpi=300)
    documents.import_files(clerk, app_id, [photo_file(tmp_path, "item.jpg")], PageKind.PHOTO,
                           dpi=150)
    PageTextService(db).read_pages(clerk, stored.page_ids)
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)
    out = tmp_path / "scans.pdf"

    assert main(["--db", db.url.render_as_string(hide_password=False), "scans-pdf",
                 registered.number, "-o", str(out), "--user", "member"]) == 0

    pdf = out.read_bytes()
    with pikepdf.open(BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1  # the scan, not the photo of the item
        meta = doc.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("3", "B")
        assert doc.Root.OutputIntents[0].S == "/GTS_PDFA1"
        box = doc.pages[0].mediabox
        assert round(float(box[2]) / 72 * 25.4) == 210  # the scan's own size, A4 wide
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert cer("\n".join(KAZAKH), text) < 0.03, text
    assert "Ыстамбұл" in text


def test_the_text_beneath_keeps_the_words_apart(
        db: Database, staff: dict[str, Actor], registered: Registered,
        scanned: dict[str, Path], tmp_path: Path) -> None:
    """Copied or extracted, the file's text is the reading's word for word: a word laid
    with the stretching of the word before it overran the next one and the two ran
    together ("дата выдачи" came out as "датавыдачи")."""
    clerk = staff["clerk"]
    stored = DocumentService(db).import_files(clerk, registered.application_id,
                                              [scanned["kk"], scanned["ru"]], PageKind.FORM,
                                              dpi=300)
    service = PageTextService(db)
    assert service.read_pages(clerk, stored.page_ids).read == 2
    readings = [service.reading(clerk, page_id) for page_id in stored.page_ids]
    out = tmp_path / "scans.pdf"
    out.write_bytes(service.scans_pdf(clerk, registered.application_id).data)

    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    read = " ".join(reading.text for reading in readings if reading is not None)
    assert text.split() == read.split()


@pytest.fixture
def partly_read(db: Database, staff: dict[str, Actor], registered: Registered,
                scanned: dict[str, Path], broken_tesseract: None,
                monkeypatch: pytest.MonkeyPatch) -> None:
    """Three pages: the first read, the second not readable (the engine fails on it), the
    third not read yet."""
    clerk = staff["clerk"]
    stored = DocumentService(db).import_files(
        clerk, registered.application_id, [scanned["kk"], scanned["ru"], scanned["kk"]],
        PageKind.FORM, dpi=300)
    first, second, _third = stored.page_ids
    broken = os.environ[PROGRAM_VARIABLE]
    monkeypatch.delenv(PROGRAM_VARIABLE)
    assert PageTextService(db).read_pages(clerk, [first]).read == 1
    monkeypatch.setenv(PROGRAM_VARIABLE, broken)
    assert len(PageTextService(db).read_pages(clerk, [second]).failed) == 1
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)


@pytest.mark.parametrize(("lang", "said"), [
    ("ru", ["%(n)s: сканы записаны в %(out)s; страниц с распознанным текстом: 1 из 3",
            "ещё не распознано страниц: 1, в файле они без текста; распознайте их командой "
            "read-scans %(n)s и запишите PDF заново",
            "страниц, текст которых не удалось распознать: 1; их текста в файле нет"]),
    ("kk", ["%(n)s: сканерленген беттер %(out)s файлына жазылды; 3 беттің 1 бетінде мәтін "
            "бар",
            "әлі оқылмаған беттер: 1, файлда олар мәтінсіз; оларды read-scans %(n)s "
            "командасымен оқып, PDF файлын қайта жазыңыз",
            "мәтінін оқу мүмкін болмаған беттер: 1; олардың мәтіні файлда жоқ"]),
])
def test_the_command_says_how_many_pages_carry_no_text(
        db: Database, registered: Registered, partly_read: None, tmp_path: Path, lang: str,
        said: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "scans.pdf"

    assert main(["--db", db.url.render_as_string(hide_password=False), "--lang", lang,
                 "scans-pdf", registered.number, "-o", str(out), "--user", "member"]) == 0

    values = {"n": registered.number, "out": out}
    assert capsys.readouterr().out.splitlines() == [line % values for line in said]
    with pikepdf.open(out) as doc:
        assert len(doc.pages) == 3  # every page goes in, with its text or without


def test_the_command_says_the_text_is_in_when_every_page_was_read(
        db: Database, staff: dict[str, Actor], registered: Registered,
        scanned: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    clerk = staff["clerk"]
    imported_and_read(db, clerk, registered.application_id, [scanned["ru"]],
                      PageKind.ID)
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)
    out = tmp_path / "scans.pdf"

    assert main(["--db", db.url.render_as_string(hide_password=False), "--lang", "ru",
                 "scans-pdf", registered.number, "-o", str(out), "--user", "member"]) == 0

    assert capsys.readouterr().out.splitlines() == [
        f"{registered.number}: сканы с распознанным текстом записаны в {out}"]


def test_the_window_saves_the_scans_pdf(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], registered: Registered,
        scanned: dict[str, Path], tmp_path: Path) -> None:
    clerk = staff["clerk"]
    imported_and_read(db, clerk, registered.application_id, [scanned["ru"]],
                      PageKind.ID)
    view, out = _saved_from_window(qtbot, db, staff["member"], registered, tmp_path)
    assert view.message.isHidden()  # every page carries its text: nothing to warn of
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Берлин" in text

def test_the_window_says_how_many_pages_carry_no_text(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], registered: Registered,
        partly_read: None, tmp_path: Path) -> None:
    view, out = _saved_from_window(qtbot, db, staff["member"], registered, tmp_path)
    assert view.message.text() == (
        "The text of 1 of 3 page(s) is in the file. 1 page(s) have not been read yet (OCR) "
        f"and carry no text: read them with the command read-scans {registered.number}, "
        "then save the PDF again. 1 page(s) could not be read.")
    assert out.is_file()



def test_the_window_says_when_there_are_no_scans(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], registered: Registered,
        tmp_path: Path) -> None:
    view = ApplicationView(session_for(db, staff["member"]), registered.application_id)
    qtbot.addWidget(view)

    op = view.scans_pdf_button.save_to(tmp_path / "none.pdf")
    qtbot.waitUntil(lambda: not op.running, timeout=30_000)

    assert view.message.text() == (f"Not saved. Application {registered.number} has no "
                                   "scanned pages.")
    assert not (tmp_path / "none.pdf").exists()


def _saved_from_window(qtbot: QtBot, db: Database, member: Actor, registered: Registered,
                       folder: Path) -> tuple[ApplicationView, Path]:
    """The application's window saves its searchable PDF into *folder*, and says so."""
    view = ApplicationView(session_for(db, member), registered.application_id)
    qtbot.addWidget(view)
    out = folder / "scans.pdf"
    op = view.scans_pdf_button.save_to(out)
    qtbot.waitUntil(lambda: not op.running, timeout=60_000)
    assert view.info.text() == f"Saved to {out}"
    return view, out
