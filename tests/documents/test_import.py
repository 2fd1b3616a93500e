"""Importing files into an application: one transaction per file, on both backends."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select, update

from desktop.documents import DecodeLimits
from desktop.domain.documents import PageKind
from desktop.domain.errors import NotFoundError
from desktop.domain.roles import PermissionDenied
from desktop.models.application import Application, Item
from desktop.models.audit import AuditEvent
from desktop.models.document import Blob, DocumentPage
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService, DocumentsLocked
from desktop.storage.blobs import BlobCorrupted
from desktop.storage.database import Database
from tests.documents import samples


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def _events(db: Database, action: str) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.execute(select(AuditEvent).where(AuditEvent.action == action)
                              .order_by(AuditEvent.seq)).scalars())


def test_a_mixed_batch_stores_the_good_files_and_names_the_bad(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    good_jpeg = samples.write(tmp_path, "form.jpg",
                              samples.jpeg_bytes(samples.text_page(), dpi=150))
    empty = samples.write(tmp_path, "empty.png", b"")
    data = samples.jpeg_bytes(samples.photo(), dpi=150)
    truncated = samples.write(tmp_path, "cut.jpg", data[: len(data) // 2])
    garbage = samples.write(tmp_path, "notes.pdf.txt", b"not an image at all")
    tiff = samples.write(tmp_path, "three.tif", samples.tiff_bytes(
        [samples.text_page((600, 850), seed=i) for i in range(3)], dpi=100))
    whole = samples.tiff_bytes([samples.photo((300, 200), seed=i) for i in range(3)])
    broken_tiff = samples.write(tmp_path, "broken.tif", whole[: len(whole) - 2000])
    blobs_before = _count(db, Blob)
    calls: list[tuple[int, int]] = []

    report = service.import_files(
        staff["clerk"], app_id, [good_jpeg, empty, truncated, garbage, tiff, broken_tiff],
        PageKind.FORM, dpi=150, progress=lambda done, total: calls.append((done, total)))

    assert [name for name, _ in report.rejections] == [
        str(empty), str(truncated), str(garbage), str(broken_tiff)]
    assert [refusal.reason for _, refusal in report.rejections] == [
        "empty", "truncated", "unknown_format", "damaged"]
    reasons = [refusal.problem for _, refusal in report.rejections]
    assert reasons[0] == "the file is empty"
    assert "truncated" in reasons[1]
    assert "unknown format" in reasons[2]
    assert "damaged" in reasons[3]
    assert not report.ok
    pages = service.list_pages(staff["clerk"], app_id)
    assert [p.id for p in pages] == report.page_ids
    assert [p.position for p in pages] == [1, 2, 3, 4]
    assert [p.source_name for p in pages] == ["form.jpg"] + ["three.tif"] * 3
    assert [(p.width, p.height, p.dpi) for p in pages[1:]] == [(600, 850, 100)] * 3
    # Every stored page has its image and a thumbnail; nothing of the bad files was kept.
    assert _count(db, Blob) - blobs_before == 8
    assert calls[-1] == (4, 8)  # 8 pages expected from the headers, 4 stored
    assert [e.after["file"] for e in _events(db, "document.import")] == ["form.jpg",
                                                                         "three.tif"]
    rejected = _events(db, "document.import_rejected")
    assert [(e.after["file"], e.application_id) for e in rejected] == [
        ("empty.png", app_id), ("cut.jpg", app_id), ("notes.pdf.txt", app_id),
        ("broken.tif", app_id)]


def test_pdf_pages_are_stored_at_the_chosen_dpi(
    staff: dict[str, Actor], service: DocumentService, app_id: int, tmp_path: Path,
) -> None:
    pdf = samples.write(tmp_path, "letter.pdf", samples.pdf_bytes(
        [samples.text_page((144, 216)), Image.new("RGB", (288, 144), (30, 90, 200))]))
    report = service.import_files(staff["clerk"], app_id, [pdf], "other", dpi=150)
    assert report.ok
    pages = service.list_pages(staff["clerk"], app_id)
    assert [(p.width, p.height, p.dpi) for p in pages] == [(300, 450, 150), (600, 300, 150)]
    stored = Image.open(io.BytesIO(service.page_image(staff["member"],
                                                                    pages[1].id)))
    assert stored.size == (600, 300)
    assert stored.info["dpi"] == pytest.approx((150, 150), abs=0.01)


def test_a_decompression_bomb_is_rejected_and_nothing_is_stored(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    bomb = samples.write(tmp_path, "bomb.png", samples.png_bomb_bytes())
    blobs = _count(db, Blob)
    report = service.import_files(staff["clerk"], app_id, [bomb], PageKind.PHOTO)
    [(name, refusal)] = report.rejections
    assert name == str(bomb)
    assert "too large to decode safely" in str(refusal)
    assert report.page_ids == []
    assert _count(db, DocumentPage) == 0
    assert _count(db, Blob) == blobs
    # A configured limit below Pillow's own is honoured too.
    big = samples.write(tmp_path, "big.png", samples.png_bytes(Image.new("L", (3000, 2000))))
    small_limit = DocumentService(db, limits=DecodeLimits(max_pixels=5_000_000))
    [(_, refusal)] = small_limit.import_files(staff["clerk"], app_id, [big], "form").rejections
    assert "3000×2000 pixels" in str(refusal)
    assert refusal.reason == "too_many_pixels"


def test_the_same_file_twice_is_stored_once(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    path = samples.write(tmp_path, "id.jpg", samples.jpeg_bytes(samples.photo(), dpi=300))
    blobs = _count(db, Blob)
    first = service.import_files(staff["clerk"], app_id, [path], PageKind.ID)
    second = service.import_files(staff["clerk"], app_id, [path, path], PageKind.ID)
    pages = service.list_pages(staff["clerk"], app_id)
    assert len(pages) == 3
    assert {p.sha256 for p in pages} == {pages[0].sha256}
    assert first.page_ids + second.page_ids == [p.id for p in pages]
    assert _count(db, Blob) - blobs == 2  # one image, one thumbnail


def test_reading_checks_the_hash(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    path = samples.write(tmp_path, "form.png", samples.png_bytes(samples.text_page()))
    [page_id] = service.import_files(staff["clerk"], app_id, [path], "form").page_ids
    [page] = service.list_pages(staff["member"], app_id)
    image = service.page_image(staff["member"], page_id)
    assert Image.open(io.BytesIO(image)).size == samples.A4_150
    thumb = service.thumbnail(staff["chair"], page_id)
    assert Image.open(io.BytesIO(thumb)).format == "JPEG"
    with db.write() as s:
        s.execute(update(Blob).where(Blob.sha256 == page.sha256)
                  .values(data=image[:-1] + b"\0"))
    with pytest.raises(BlobCorrupted, match=page.sha256):
        service.page_image(staff["member"], page_id)
    with db.write() as s:
        s.execute(update(Blob).where(Blob.sha256 == page.thumbnail_sha256).values(data=b"x"))
    with pytest.raises(BlobCorrupted):
        service.thumbnail(staff["member"], page_id)


def test_cancel_drops_the_file_being_read_whole(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    first = samples.write(tmp_path, "first.jpg", samples.jpeg_bytes(samples.photo(seed=1)))
    tiff = samples.write(tmp_path, "long.tif", samples.tiff_bytes(
        [samples.photo((400, 300), seed=10 + i) for i in range(4)]))
    last = samples.write(tmp_path, "last.jpg", samples.jpeg_bytes(samples.photo(seed=3)))
    done: list[int] = []
    blobs = _count(db, Blob)

    report = service.import_files(
        staff["clerk"], app_id, [first, tiff, last], PageKind.PHOTO,
        progress=lambda d, _total: done.append(d),
        cancelled=lambda: len(done) >= 3,  # stop after the TIFF's second page
    )

    assert report.cancelled
    assert not report.ok
    pages = service.list_pages(staff["clerk"], app_id)
    assert [p.source_name for p in pages] == ["first.jpg"]
    assert report.page_ids == [pages[0].id]
    assert _count(db, Blob) - blobs == 2  # no orphan blob of the TIFF's encoded pages
    assert _count(db, DocumentPage) == 1


def test_members_cannot_import_and_targets_are_checked(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    path = samples.write(tmp_path, "a.jpg", samples.jpeg_bytes(samples.photo()))
    with pytest.raises(PermissionDenied):
        service.import_files(staff["member"], app_id, [path], "photo")
    with pytest.raises(NotFoundError, match="no application with id 999999"):
        service.import_files(staff["clerk"], 999_999, [path], "photo")
    with pytest.raises(NotFoundError, match="has no item with id 999999"):
        service.import_files(staff["clerk"], app_id, [path], "photo", item_id=999_999)
    with pytest.raises(Exception, match="unknown page kind 'selfie'"):
        service.import_files(staff["clerk"], app_id, [path], "selfie")
    with pytest.raises(Exception, match="72 to 1200 dpi, not 5000"):
        service.import_files(staff["clerk"], app_id, [path], "photo", dpi=5000)
    assert _count(db, DocumentPage) == 0
    with db.read() as s:
        item_id = s.execute(select(Item.id).where(Item.application_id == app_id)
                            .order_by(Item.position)).scalars().first()
    [page_id] = service.import_files(staff["clerk"], app_id, [path], "photo",
                                     item_id=item_id).page_ids
    with db.read() as s:
        assert s.get(DocumentPage, page_id).item_id == item_id  # type: ignore[union-attr]


def test_a_decided_application_takes_no_more_pages(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    with db.write() as s:
        s.execute(update(Application).where(Application.id == app_id)
                  .values(status="refused"))
    path = samples.write(tmp_path, "late.jpg", samples.jpeg_bytes(samples.photo()))
    with pytest.raises(DocumentsLocked, match="is decided"):
        service.import_files(staff["clerk"], app_id, [path], "photo")


def test_import_images_shares_the_storing_path(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
) -> None:
    scans = []
    for seed in range(3):
        img = samples.text_page((2480, 3508), seed=seed)
        img.info["dpi"] = (600.0, 600.0)
        scans.append(img)
    report = service.import_images(staff["clerk"], app_id, iter(scans), "form", dpi=300,
                                   source_name="scanner")
    assert report.ok
    pages = service.list_pages(staff["clerk"], app_id)
    assert [(p.width, p.height, p.dpi) for p in pages] == [(1240, 1754, 300)] * 3
    assert [p.source_name for p in pages] == ["scanner #1", "scanner #2", "scanner #3"]
    assert len(_events(db, "document.import")) == 3


def test_a_jpeg_that_needs_no_change_is_stored_as_it_came(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    data = samples.jpeg_bytes(samples.photo((1200, 800)), dpi=300)
    turned = samples.jpeg_bytes(samples.photo((1200, 800)), dpi=300, orientation=6)
    form = samples.jpeg_bytes(samples.text_page(mode="RGB"), dpi=150)
    paths = [samples.write(tmp_path, name, content) for name, content in
             (("photo.jpg", data), ("turned.jpg", turned), ("form.jpg", form))]

    report = service.import_files(staff["clerk"], app_id, paths[:2], PageKind.PHOTO)
    report.page_ids += service.import_files(staff["clerk"], app_id, paths[2:],
                                            PageKind.FORM, dpi=150).page_ids

    photo, upright, gray = (service.page_image(staff["clerk"], i) for i in report.page_ids)
    assert photo == data, "an upright colour photo at its resolution is not re-encoded"
    assert upright != turned
    with Image.open(io.BytesIO(upright)) as img:
        assert img.size == (800, 1200)  # turned as EXIF says, then encoded
        # The red corner marker was top-left before turning by 90° clockwise: now top-right.
        red = img.convert("RGB").getpixel((img.width - 20, 20))
        assert red[0] > 180 and red[1] < 80
    with Image.open(io.BytesIO(gray)) as img:
        assert img.mode in ("L", "1"), "a colour scan of a text page is kept in gray"
    for page_id in report.page_ids:
        with Image.open(io.BytesIO(service.thumbnail(staff["clerk"], page_id))) as thumb:
            assert max(thumb.size) == 240
