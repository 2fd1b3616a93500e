"""Page tools on stored pages: new blobs, version checks, gapless order, soft delete."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from desktop.documents import estimate_skew
from desktop.domain.errors import ConflictError, DomainError, NotFoundError
from desktop.domain.roles import PermissionDenied
from desktop.models.audit import AuditEvent
from desktop.models.document import DocumentPage
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService, PageInfo
from desktop.services.registry import RegistryQuery, RegistryService
from desktop.storage.blobs import DatabaseBlobStore
from desktop.storage.database import Database
from tests.documents import samples


def _import(service: DocumentService, clerk: Actor, app_id: int, tmp_path: Path,
            count: int) -> list[PageInfo]:
    paths = [samples.write(tmp_path, f"p{i}.jpg",
                           samples.jpeg_bytes(samples.photo((600, 400), seed=i), dpi=150))
             for i in range(count)]
    service.import_files(clerk, app_id, paths, "photo", dpi=150)
    return service.list_pages(clerk, app_id)


def _image(service: DocumentService, actor: Actor, page_id: int) -> Image.Image:
    return Image.open(io.BytesIO(service.page_image(actor, page_id)))


def _last_event(db: Database) -> AuditEvent:
    with db.read() as s:
        return s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()


def test_rotate_writes_a_new_blob_and_keeps_the_old(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    clerk = staff["clerk"]
    [page] = _import(service, clerk, app_id, tmp_path, 1)
    turned = service.rotate(clerk, page.id, 90, expected_version=page.version)
    assert (turned.width, turned.height) == (400, 600)
    assert turned.version == page.version + 1
    assert turned.sha256 != page.sha256
    assert turned.thumbnail_sha256 != page.thumbnail_sha256
    assert turned.dpi == 150
    assert _image(service, clerk, page.id).size == (400, 600)
    event = _last_event(db)
    assert event.action == "document.rotate"
    assert event.before["sha256"] == page.sha256
    assert event.after["sha256"] == turned.sha256
    assert event.after["degrees"] == 90
    with db.read() as s:  # the old bytes stay for the audit
        assert DatabaseBlobStore().exists(s, page.sha256)
    # A second edit with the old version is refused: someone else changed the page.
    with pytest.raises(ConflictError, match=r"page 1 of application .* changed by someone"):
        service.rotate(clerk, page.id, 90, expected_version=page.version)
    with pytest.raises(PermissionDenied):
        service.rotate(staff["member"], page.id, 90, expected_version=turned.version)


def test_crop_grayscale_and_their_checks(
    staff: dict[str, Actor], service: DocumentService, app_id: int, tmp_path: Path,
) -> None:
    clerk = staff["clerk"]
    [page] = _import(service, clerk, app_id, tmp_path, 1)
    cropped = service.crop(clerk, page.id, (0, 0, 300, 200), expected_version=page.version)
    assert (cropped.width, cropped.height) == (300, 200)
    with pytest.raises(DomainError, match="outside the page"):
        service.crop(clerk, page.id, (0, 0, 600, 400), expected_version=cropped.version)
    gray = service.to_grayscale(clerk, page.id, expected_version=cropped.version)
    assert _image(service, clerk, page.id).mode == "L"
    with pytest.raises(DomainError, match="already in grayscale"):
        service.to_grayscale(clerk, page.id, expected_version=gray.version)
    with pytest.raises(ConflictError):
        service.crop(clerk, page.id, (0, 0, 100, 100), expected_version=cropped.version)


def test_deskew_straightens_a_stored_scan(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    clerk = staff["clerk"]
    crooked = samples.text_page(seed=3).rotate(3.0, Image.Resampling.BICUBIC, fillcolor=255)
    path = samples.write(tmp_path, "crooked.jpg", samples.jpeg_bytes(crooked, dpi=150))
    service.import_files(clerk, app_id, [path], "form", dpi=150)
    [page] = service.list_pages(clerk, app_id)
    straight = service.deskew(clerk, page.id, expected_version=page.version)
    assert _last_event(db).after["angle"] == pytest.approx(3.0, abs=0.5)
    assert (straight.width, straight.height) == (page.width, page.height)
    assert estimate_skew(_image(service, clerk, page.id)) == pytest.approx(0, abs=0.5)


def test_move_keeps_positions_gapless(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    clerk = staff["clerk"]
    pages = _import(service, clerk, app_id, tmp_path, 4)
    a, b, c, d = (p.id for p in pages)
    order = service.move_page(clerk, a, 3, expected_version=pages[0].version)
    assert [p.id for p in order] == [b, c, a, d]
    assert [p.position for p in order] == [1, 2, 3, 4]
    assert [p.id for p in service.list_pages(clerk, app_id)] == [b, c, a, d]
    assert (_last_event(db).before, _last_event(db).after) == ({"position": 1},
                                                               {"position": 3})
    moved = next(p for p in order if p.id == d)
    order = service.move_page(clerk, d, 1, expected_version=moved.version)
    assert [p.id for p in order] == [d, b, c, a]
    with pytest.raises(DomainError, match="position 5 is outside the pages 1 to 4"):
        service.move_page(clerk, d, 5, expected_version=order[0].version)
    with pytest.raises(ConflictError):
        service.move_page(clerk, d, 2, expected_version=moved.version)


def test_delete_hides_the_page_and_restore_brings_it_back(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    clerk = staff["clerk"]
    pages = _import(service, clerk, app_id, tmp_path, 3)
    registry = RegistryService(db)

    def registry_pages() -> int:
        [row] = registry.page(clerk, RegistryQuery(), 0, 10, today=date.today())
        return row.pages

    assert registry_pages() == 3
    left = service.delete_page(clerk, pages[0].id, expected_version=pages[0].version)
    assert [(p.id, p.position) for p in left] == [(pages[1].id, 1), (pages[2].id, 2)]
    assert [p.id for p in service.list_pages(clerk, app_id)] == [pages[1].id, pages[2].id]
    assert registry_pages() == 2
    event = _last_event(db)
    assert (event.action, event.before["sha256"]) == ("document.delete", pages[0].sha256)
    with db.read() as s:
        row = s.get(DocumentPage, pages[0].id)
        assert row is not None and row.deleted_at is not None
        assert row.deleted_by_id == clerk.user_id
        assert DatabaseBlobStore().exists(s, pages[0].sha256)
    with pytest.raises(NotFoundError):
        service.page_image(clerk, pages[0].id)
    with pytest.raises(NotFoundError):
        service.rotate(clerk, pages[0].id, 90, expected_version=pages[0].version + 1)
    # New pages go after the remaining ones, without a gap.
    more = samples.write(tmp_path, "more.png", samples.png_bytes(samples.text_page()))
    service.import_files(clerk, app_id, [more], "form")
    assert [p.position for p in service.list_pages(clerk, app_id)] == [1, 2, 3]
    restored = service.restore_page(clerk, pages[0].id)
    assert restored.position == 4
    assert [p.position for p in service.list_pages(clerk, app_id)] == [1, 2, 3, 4]
    assert registry_pages() == 4
    with pytest.raises(NotFoundError, match="no deleted page"):
        service.restore_page(clerk, pages[0].id)


def test_a_page_s_kind_changes_and_its_image_goes_back(
    db: Database, staff: dict[str, Actor], service: DocumentService, app_id: int,
    tmp_path: Path,
) -> None:
    """What undo relies on: the kind changes alone, and a page shows an earlier image of its
    own again; the bytes stored at the import are never rewritten."""
    clerk = staff["clerk"]
    first, second = _import(service, clerk, app_id, tmp_path, 2)
    imported = service.page_image(clerk, first.id)

    with pytest.raises(DomainError) as unknown:
        service.set_kind(clerk, first.id, "poster", expected_version=first.version)
    assert unknown.value.reason == "page_kind"
    with pytest.raises(DomainError) as returned:
        service.set_kind(clerk, first.id, "return_photo", expected_version=first.version)
    assert returned.value.reason == "page_kind"
    with pytest.raises(PermissionDenied):
        service.set_kind(staff["member"], first.id, "other", expected_version=first.version)
    marked = service.set_kind(clerk, first.id, "other", expected_version=first.version)
    assert (marked.kind.value, marked.sha256, marked.version) == ("other", first.sha256, 2)
    event = _last_event(db)
    assert (event.action, event.before, event.after) == (
        "document.kind", {"kind": "photo"}, {"kind": "other", "version": 2})

    turned = service.rotate(clerk, first.id, 90, expected_version=marked.version)
    with pytest.raises(DomainError) as foreign:  # an image of another page
        service.restore_image(clerk, first.id, second.sha256, expected_version=turned.version)
    assert foreign.value.reason == "page_image"
    back = service.restore_image(clerk, first.id, first.sha256,
                                 expected_version=turned.version)
    assert (back.sha256, back.width, back.height) == (first.sha256, first.width, first.height)
    assert back.thumbnail_sha256 is not None
    assert service.page_image(clerk, first.id) == imported
    assert _last_event(db).action == "document.revert"
    again = service.restore_image(clerk, first.id, turned.sha256, expected_version=back.version)
    assert (again.width, again.height) == (turned.width, turned.height)
