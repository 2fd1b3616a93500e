"""Import keeps only the document: a picture's own bytes, nothing appended after its end; a
pipe, a device or a folder refused before it is opened; a file too large refused by its
size; control characters in a file's name shown as escapes."""

from __future__ import annotations

import io
import os
import threading
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from desktop.cli import main
from desktop.documents.source import DEFAULT_MAX_BYTES, jpeg_end
from desktop.domain.documents import PageKind
from desktop.models.document import Blob
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.registration import Registered
from desktop.storage.database import Database
from tests.documents import samples
from tests.support.staff import PASSWORD


def _smuggled_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("payload.exe", b"MZ" + b"\x90" * 4096 + b"SMUGGLED-PAYLOAD")
    return out.getvalue()


def _stored(db: Database, service: DocumentService, actor: Actor, app_id: int) -> list[bytes]:
    with db.read() as s:
        return [service.blobs.get(s, page.sha256)
                for page in service.list_pages(actor, app_id)]


def _all_blob_bytes(db: Database) -> list[bytes]:
    with db.read() as s:
        return list(s.execute(select(Blob.data)).scalars())


def test_a_jpeg_is_stored_without_the_zip_appended_to_it(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    picture = samples.jpeg_bytes(samples.photo())
    path = samples.write(tmp_path, "holiday.jpg", picture + _smuggled_zip())

    report = service.import_files(staff["clerk"], app_id, [path], PageKind.PHOTO)

    assert report.ok, report.rejections
    assert _stored(db, service, staff["clerk"], app_id) == [picture]  # byte for byte
    assert not any(b"SMUGGLED-PAYLOAD" in data or b"payload.exe" in data
                   for data in _all_blob_bytes(db))


def test_a_huge_appended_tail_is_neither_read_nor_stored(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    """200 MB after the picture (a sparse file: nothing is written on disk): the import
    reads the picture only, so it is quick and the blob is the picture's size."""
    picture = samples.jpeg_bytes(samples.photo())
    path = samples.write(tmp_path, "padded.jpg", picture + _smuggled_zip())
    with path.open("r+b") as fh:
        fh.truncate(200 * 1024 * 1024)

    started = time.monotonic()
    report = service.import_files(staff["clerk"], app_id, [path], PageKind.PHOTO)

    assert report.ok, report.rejections
    assert time.monotonic() - started < 30  # the 200 MB tail was never scanned byte by byte
    assert _stored(db, service, staff["clerk"], app_id) == [picture]


def test_a_file_over_the_size_limit_is_refused_before_it_is_opened(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    path = samples.write(tmp_path, "enormous.jpg", samples.jpeg_bytes(samples.photo()))
    with path.open("r+b") as fh:
        fh.truncate(DEFAULT_MAX_BYTES + 1024 * 1024)  # sparse: 257 MB without writing them

    report = service.import_files(staff["clerk"], app_id, [path], PageKind.PHOTO)

    [(name, refusal)] = report.rejections
    assert name == str(path)
    assert (refusal.reason, refusal.values) == ("too_big", (str(path), "257", "256"))
    assert service.list_pages(staff["clerk"], app_id) == []


def test_png_and_pdf_pages_are_drawn_again_so_nothing_appended_survives(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    smuggled = _smuggled_zip()
    png = samples.write(tmp_path, "form.png", samples.png_bytes(samples.text_page()) + smuggled)
    pdf = samples.write(tmp_path, "form.pdf",
                        samples.pdf_bytes([samples.text_page((144, 216))]) + smuggled)

    report = service.import_files(staff["clerk"], app_id, [png, pdf], PageKind.FORM, dpi=150)

    assert report.ok, report.rejections
    assert len(report.page_ids) == 2
    assert not any(b"SMUGGLED-PAYLOAD" in data for data in _all_blob_bytes(db))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_named_jpg_is_refused_at_once_not_waited_on(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    good = samples.write(tmp_path, "good.jpg", samples.jpeg_bytes(samples.photo()))
    reports = []
    worker = threading.Thread(target=lambda: reports.append(service.import_files(
        staff["clerk"], app_id, [fifo, tmp_path, good], PageKind.PHOTO)))
    worker.start()
    worker.join(60)
    if worker.is_alive():  # it opened the pipe: let it go, then fail
        with fifo.open("wb"):
            pass
        worker.join()
        pytest.fail("the import waited on a named pipe")
    [report] = reports
    assert [(name, refusal.reason) for name, refusal in report.rejections] == [
        (str(fifo), "special"), (str(tmp_path), "folder")]
    assert len(report.page_ids) == 1


def test_a_device_is_refused_without_being_read(
    staff: dict[str, Actor], service: DocumentService, app_id: int,
) -> None:
    device = Path(os.devnull)
    report = service.import_files(staff["clerk"], app_id, [device], PageKind.PHOTO)
    assert [(name, refusal.reason) for name, refusal in report.rejections] == [
        (str(device), "special")]


def test_control_characters_in_a_name_reach_the_terminal_as_escapes(
    db: Database, staff: dict[str, Actor], registered: Registered, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    url = db.url.render_as_string(hide_password=False)
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)
    hostile = samples.write(tmp_path, "scan\x1b[2J\x1b]0;owned\x07.jpg", b"not a picture")
    mirrored = samples.write(tmp_path, "photo\u202egpj.exe",
                             samples.jpeg_bytes(samples.photo()))

    code = main(["--db", url, "import-scans", registered.number, str(hostile), str(mirrored),
                 "--kind", "photo", "--user", "clerk"])

    captured = capsys.readouterr()
    assert code == 2
    assert "\x1b" not in captured.err + captured.out and "\x07" not in captured.err
    assert "scan\\x1b[2J\\x1b]0;owned\\x07.jpg" in captured.err
    [page] = DocumentService(db).list_pages(staff["clerk"], registered.application_id)
    assert page.source_name == "photo\\u202egpj.exe"


def test_the_import_summary_shows_a_name_s_escapes(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.documents.errors import ImportRejected
    from desktop.ui.documents.importing import ImportOutcome, ImportSummaryDialog

    service_name = "scan\\x1b[2J.jpg"  # as the service names it
    outcome = ImportOutcome(1)
    outcome.rejections.append(
        (service_name, ImportRejected(service_name, "the file is empty", reason="empty")))
    dialog = ImportSummaryDialog(outcome)
    qtbot.addWidget(dialog)
    assert dialog.lines() == ["scan\\x1b[2J.jpg: the file is empty."]


# -- where a JPEG ends ---------------------------------------------------------------------

def test_the_end_of_a_jpeg_skips_a_thumbnail_s_end_marker_inside_its_segments() -> None:
    picture = samples.jpeg_bytes(samples.photo((320, 200)))
    # An APP1 segment holding a whole small JPEG (as EXIF thumbnails do): its own end
    # marker is not the picture's end.
    thumb = samples.jpeg_bytes(samples.photo((32, 20)))
    app1 = b"\xff\xe1" + (len(thumb) + 2).to_bytes(2, "big") + thumb
    with_thumb = picture[:2] + app1 + picture[2:]
    assert jpeg_end(with_thumb + b"trailing junk \xff\xd9") == len(with_thumb)
    assert Image.open(io.BytesIO(with_thumb[:jpeg_end(with_thumb)])).size == (320, 200)


def test_the_end_of_a_progressive_jpeg_with_restart_markers() -> None:
    out = io.BytesIO()
    samples.photo((640, 480)).save(out, "JPEG", progressive=True, restart_marker_rows=1)
    data = out.getvalue()
    assert jpeg_end(data + b"\xff\xd8\xff\xe0 another picture") == len(data)


def test_a_file_that_is_not_a_whole_jpeg_has_no_end() -> None:
    picture = samples.jpeg_bytes(samples.photo())
    assert jpeg_end(picture[:-2]) is None
    assert jpeg_end(picture[: len(picture) // 2]) is None
    assert jpeg_end(b"\x89PNG\r\n\x1a\n") is None
