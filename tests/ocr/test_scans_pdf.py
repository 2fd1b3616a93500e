"""An application's scans as one searchable PDF/A: the image seen, the text found."""

from __future__ import annotations

import subprocess
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.page_text import PageTextService
from desktop.services.registration import Registered
from desktop.storage.database import Database
from desktop.ui.application import ApplicationView
from tests.support.ocr_pages import KAZAKH, cer
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



def test_the_window_saves_the_scans_pdf(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], registered: Registered,
        scanned: dict[str, Path], tmp_path: Path) -> None:
    clerk = staff["clerk"]
    stored = DocumentService(db).import_files(clerk, registered.application_id,
                                              [scanned["ru"]], PageKind.ID, dpi=300)
    PageTextService(db).read_pages(clerk, stored.page_ids)
    view = ApplicationView(session_for(db, staff["member"]), registered.application_id)
    qtbot.addWidget(view)
    out = tmp_path / "scans.pdf"

    op = view.scans_pdf_button.save_to(out)
    qtbot.waitUntil(lambda: not op.running, timeout=60_000)

    assert view.info.text() == f"Saved to {out}"
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Берлин" in text


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
