"""Scanned documents and photos of an application: import, page tools, viewing.

Each imported file is one transaction: its pages are decoded and encoded first, one page
at a time, into a temporary spool, and then written together in one short transaction. So a
rejected, failing or cancelled file leaves nothing behind (no page, no orphan blob), and the
database's write lock is never held while a long PDF is being rendered.

Page tools (rotate, crop, deskew, grayscale) write the new image as a new blob and keep the
old one, so the audit's before/after hashes always point at real bytes.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.documents import tools
from desktop.documents.decode import (
    DecodeLimits,
    SourcePage,
    check_size,
    count_pages,
    image_dpi,
    open_document,
)
from desktop.documents.encode import EncodedPage, encode_page, load_stored, thumbnail_bytes
from desktop.documents.errors import ImportRejected
from desktop.documents.spool import ImportCancelled, PageSpool
from desktop.domain.documents import DOCUMENT_KINDS, PageKind
from desktop.domain.errors import ConflictError, DomainError, NotFoundError, Refusal
from desktop.domain.ocr import OcrStatus
from desktop.domain.roles import Action
from desktop.domain.text import shown
from desktop.domain.workflow import FINAL_STATUSES, Status
from desktop.models.application import Application, Item
from desktop.models.audit import AuditEvent
from desktop.models.base import utcnow
from desktop.models.document import Blob, DocumentPage
from desktop.models.page_text import PageText
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.storage.blobs import BlobStore, DatabaseBlobStore
from desktop.storage.database import Database

__all__ = [
    "MAX_DPI",
    "MIN_DPI",
    "DocumentService",
    "DocumentsLocked",
    "ImportReport",
    "PageInfo",
]

log = logging.getLogger(__name__)

MIN_DPI, MAX_DPI = 72, 1200

Progress = Callable[[int, int], None]
"""``progress(done, total)`` in pages; ``total`` is 0 while unknown (a scanner's feeder)."""
Cancelled = Callable[[], bool]


class DocumentsLocked(DomainError):
    """The application's documents can no longer change (it is decided)."""

    code = "documents_locked"
    terms = ("", "status")


@dataclass(frozen=True)
class PageInfo:
    id: int
    application_id: int
    item_id: int | None
    position: int
    kind: PageKind
    width: int
    height: int
    dpi: int | None
    source_name: str | None
    sha256: str
    thumbnail_sha256: str | None
    version: int
    created_at: datetime
    text_status: OcrStatus | None = None
    """How reading its present image's text went (None: not read, or not asked); filled by
    :meth:`DocumentService.list_pages`."""

    @classmethod
    def of(cls, page: DocumentPage, text_status: str | None = None) -> PageInfo:
        return cls(page.id, page.application_id, page.item_id, page.position,
                   PageKind(page.kind), page.width_px, page.height_px, page.dpi,
                   page.source_name, page.blob_sha256, page.thumbnail_sha256, page.version,
                   page.created_at, OcrStatus(text_status) if text_status else None)


@dataclass
class ImportReport:
    page_ids: list[int] = field(default_factory=list)
    """The stored pages, in order."""
    rejections: list[tuple[str, DomainError]] = field(default_factory=list)
    """``(file, refusal)`` for every file that was not stored: the refusal says why."""
    cancelled: bool = False
    """The user stopped the batch; files stored before stay stored."""

    @property
    def ok(self) -> bool:
        return not self.rejections and not self.cancelled


class _Tracker:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = 0

    def step(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)


@dataclass(frozen=True)
class _Target:
    application_id: int
    item_id: int | None
    kind: PageKind
    dpi: int

    @property
    def keeps_colour(self) -> bool:
        """Photos and identity documents keep their colour; a colour scan of a form
        without real colour is stored as grayscale."""
        return self.kind in (PageKind.PHOTO, PageKind.ID)


class DocumentService:
    def __init__(
        self, db: Database, blobs: BlobStore | None = None, limits: DecodeLimits | None = None
    ) -> None:
        self.db = db
        self.blobs: BlobStore = blobs or DatabaseBlobStore()
        self.limits = limits or DecodeLimits()

    # -- import ---------------------------------------------------------------------------

    def import_files(
        self,
        actor: Actor,
        application_id: int,
        paths: Sequence[Path | str],
        kind: PageKind | str,
        dpi: int = 300,
        item_id: int | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Store every page of every file; a bad file is rejected alone, the rest go on.

        *dpi* is the resolution PDF pages are rendered at and the one recorded for images
        that do not carry their own; finer images are reduced to it.
        """
        target = self._target(actor, application_id, kind, dpi, item_id)
        paths = list(paths)
        total = sum(count_pages(p, self.limits) for p in paths)
        tracker = _Tracker(progress, total)
        report = ImportReport()
        for path in paths:
            name = shown(str(path), keep_lines=False)  # how messages and the audit name it

            def pages(path: Path | str = path, name: str = name) -> Iterator[SourcePage]:
                with open_document(path, dpi=target.dpi, limits=self.limits, name=name,
                                   keep_colour=target.keeps_colour) as reader:
                    for page in reader:
                        if page.dpi is None:  # the file does not say: take the one given
                            page.dpi = float(target.dpi)
                        yield page

            source_name = shown(Path(path).name, keep_lines=False)
            if not self._import_one(actor, target, name, source_name, pages(), report,
                                    tracker, cancelled):
                break
        return report

    def import_images(
        self,
        actor: Actor,
        application_id: int,
        images: Iterable[Image.Image],
        kind: PageKind | str,
        dpi: int = 300,
        item_id: int | None = None,
        source_name: str = "scan",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Store images that are already decoded (a scanner's pages), each on its own.

        An image's resolution is read from ``image.info["dpi"]``. The iterable is consumed
        lazily, so a scanner keeps scanning while earlier pages are stored.
        """
        target = self._target(actor, application_id, kind, dpi, item_id)
        tracker = _Tracker(progress, 0)
        report = ImportReport()
        source = iter(images)
        for number in itertools.count(1):
            name = f"{source_name} #{number}"
            try:
                image = next(source)
            except StopIteration:
                break
            except DomainError as exc:  # the scanner jammed: keep what was stored so far
                self._reject(actor, target, report, name, exc)
                break
            page = SourcePage(image, image_dpi(image.info), 1)

            def pages(page: SourcePage = page, name: str = name) -> Iterator[SourcePage]:
                check_size(name, page.image.width, page.image.height, self.limits,
                           "the image")
                yield page

            if not self._import_one(actor, target, name, name, pages(), report, tracker,
                                    cancelled):
                break
        if cancelled is not None and cancelled():
            report.cancelled = True  # the source may have stopped on its own (a scanner)
        return report

    def _target(
        self, actor: Actor, application_id: int, kind: PageKind | str, dpi: int,
        item_id: int | None,
    ) -> _Target:
        try:
            page_kind = PageKind(kind)
        except ValueError as exc:
            known = ", ".join(k.value for k in PageKind)
            raise DomainError(f"unknown page kind {kind!r} (known: {known})", kind, known,
                              reason="page_kind") from exc
        actor.require(Action.REGISTER_RETURN if page_kind == PageKind.RETURN_PHOTO
                      else Action.IMPORT_DOCUMENTS)
        if not MIN_DPI <= dpi <= MAX_DPI:
            raise DomainError(f"the resolution must be {MIN_DPI} to {MAX_DPI} dpi, not {dpi}",
                              MIN_DPI, MAX_DPI, dpi, reason="dpi")
        with self.db.read() as s:
            self._application(s, application_id, item_id, kind=page_kind)
        return _Target(application_id, item_id, page_kind, dpi)

    def _import_one(
        self, actor: Actor, target: _Target, name: str, source_name: str,
        pages: Iterator[SourcePage], report: ImportReport, tracker: _Tracker,
        cancelled: Cancelled | None,
    ) -> bool:
        """Import one file into *report*; False when the batch was cancelled."""
        try:
            with PageSpool() as spool:
                spool.fill(pages, target.dpi, keep_colour=target.keeps_colour,
                           step=tracker.step, cancelled=cancelled)
                ids = self._write(actor, target, source_name, spool)
            report.page_ids.extend(ids)
            return True
        except ImportCancelled:
            report.cancelled = True
            log.info("an import into application %s was cancelled; nothing of the file was "
                     "stored", target.application_id)
            return False
        except ImportRejected as exc:
            refusal: DomainError = exc
        except DomainError:
            raise  # the application vanished or was decided meanwhile: stop the batch
        except Exception as exc:  # a file must not take the batch down with it
            log.exception("an import into application %s failed", target.application_id)
            refusal = ImportRejected(name, f"could not be stored ({type(exc).__name__}: {exc})",
                                     type(exc).__name__, reason="not_stored")
        self._reject(actor, target, report, name, refusal, source_name)
        return True

    def _reject(
        self, actor: Actor, target: _Target, report: ImportReport, name: str,
        refusal: DomainError, source_name: str | None = None,
    ) -> None:
        report.rejections.append((name, refusal))
        with self.db.write() as s:
            audit.record(s, actor, "document.import_rejected", entity="application",
                         entity_id=target.application_id,
                         application_id=target.application_id,
                         after={"file": source_name or name, "reason": str(refusal),
                                "refusal": Refusal.of(refusal).as_dict()})
        log.info("a file for application %s was rejected: %s", target.application_id,
                 refusal.reason)

    def _write(
        self, actor: Actor, target: _Target, source_name: str, spool: PageSpool
    ) -> list[int]:
        with self.db.write() as s:
            app = self._application(s, target.application_id, target.item_id, lock=True,
                                    kind=target.kind)
            position = self._last_position(s, app.id)
            pages: list[DocumentPage] = []
            for entry in spool.pages:
                data, thumb = spool.read(entry)
                position += 1
                page = DocumentPage(
                    application_id=app.id, item_id=target.item_id, position=position,
                    kind=target.kind.value, width_px=entry.width, height_px=entry.height,
                    dpi=entry.dpi, source_name=source_name[:500], created_by_id=actor.user_id,
                    blob_sha256=self.blobs.put(s, data, entry.media_type),
                    thumbnail_sha256=self.blobs.put(s, thumb, "image/jpeg"),
                )
                s.add(page)
                s.flush()
                _release_blob_bytes(s)
                pages.append(page)
            audit.record(
                s, actor, "document.import", entity="application", entity_id=app.id,
                application_id=app.id,
                after={"file": source_name, "kind": target.kind.value, "dpi": target.dpi,
                       "pages": [p.id for p in pages],
                       "sha256": [p.blob_sha256 for p in pages]},
            )
            log.info("stored %d page(s) in application %s", len(pages), app.number)
            return [p.id for p in pages]

    # -- reading --------------------------------------------------------------------------

    def application_id(self, actor: Actor, number: str) -> int:
        """The id of the application registered under *number* (e.g. AKM-2026-00001)."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            found = s.execute(
                select(Application.id).where(Application.number == number.strip().upper())
            ).scalar_one_or_none()
        if found is None:
            raise NotFoundError(f"no application with the number {number!r}", number.strip(),
                                reason="application")
        return found

    def list_pages(self, actor: Actor, application_id: int) -> list[PageInfo]:
        """The application's pages in order; deleted pages are not listed."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            pages = self._live_pages(s, application_id)
            read = {page_id: status for page_id, status in s.execute(
                select(PageText.page_id, PageText.status)
                .join(DocumentPage, DocumentPage.id == PageText.page_id)
                .where(DocumentPage.application_id == application_id,
                       PageText.blob_sha256 == DocumentPage.blob_sha256))}
            return [PageInfo.of(p, read.get(p.id)) for p in pages]

    def page_image(self, actor: Actor, page_id: int) -> bytes:
        """The stored image (JPEG or PNG), its hash checked."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            return self.blobs.get(s, self._page(s, page_id).blob_sha256)

    def thumbnail(self, actor: Actor, page_id: int) -> bytes:
        """A JPEG of at most 240×240 pixels, its hash checked."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            page = self._page(s, page_id)
            if page.thumbnail_sha256 is not None:
                return self.blobs.get(s, page.thumbnail_sha256)
            return thumbnail_bytes(load_stored(self.blobs.get(s, page.blob_sha256)))

    # -- page tools -----------------------------------------------------------------------

    def rotate(self, actor: Actor, page_id: int, degrees: int, *,
               expected_version: int) -> PageInfo:
        """Turn the page counter-clockwise by 90, 180 or 270 degrees."""
        return self._edit(actor, page_id, expected_version, "rotate",
                          lambda img: (tools.rotate(img, degrees), {"degrees": degrees}))

    def crop(self, actor: Actor, page_id: int, box: Sequence[int], *,
             expected_version: int) -> PageInfo:
        """Keep the rectangle ``(left, top, right, bottom)`` in the page's pixels."""
        return self._edit(actor, page_id, expected_version, "crop",
                          lambda img: (tools.crop(img, box), {"box": [int(v) for v in box]}))

    def deskew(self, actor: Actor, page_id: int, *, expected_version: int) -> PageInfo:
        """Straighten a crooked scan by its estimated skew (within ±10°)."""

        def straighten(img: Image.Image) -> tuple[Image.Image, dict[str, Any]]:
            result, angle = tools.deskew(img)
            return result, {"angle": angle}

        return self._edit(actor, page_id, expected_version, "deskew", straighten)

    def to_grayscale(self, actor: Actor, page_id: int, *, expected_version: int) -> PageInfo:
        return self._edit(actor, page_id, expected_version, "grayscale",
                          lambda img: (tools.grayscale(img), {}))

    def _edit(
        self, actor: Actor, page_id: int, expected_version: int, action: str,
        change: Callable[[Image.Image], tuple[Image.Image, dict[str, Any]]],
    ) -> PageInfo:
        actor.require(Action.IMPORT_DOCUMENTS)
        with self.db.write() as s:
            page = self._editable_page(s, page_id, expected_version)
            before = {"sha256": page.blob_sha256, "width": page.width_px,
                      "height": page.height_px, "version": page.version}
            image, details = change(load_stored(self.blobs.get(s, page.blob_sha256)))
            encoded = encode_page(image, page.dpi)
            self._set_image(s, page, encoded)
            s.flush()
            audit.record(s, actor, f"document.{action}", entity="document_page",
                         entity_id=page.id, application_id=page.application_id, before=before,
                         after={"sha256": page.blob_sha256, "width": page.width_px,
                                "height": page.height_px, "version": page.version, **details})
            return PageInfo.of(page)

    def restore_image(self, actor: Actor, page_id: int, sha256: str, *,
                      expected_version: int) -> PageInfo:
        """Show the page as one of its earlier images again (the undo of a page tool).

        Only an image this page has had is accepted: its journal names every image before
        and after each change. The bytes of every image stay as they were stored.
        """
        actor.require(Action.IMPORT_DOCUMENTS)
        with self.db.write() as s:
            page = self._editable_page(s, page_id, expected_version)
            if sha256 not in self._images_of(s, page):
                raise DomainError(f"page {page.id} never had the image {sha256}", page.position,
                                  reason="page_image")
            before = {"sha256": page.blob_sha256, "width": page.width_px,
                      "height": page.height_px, "version": page.version}
            image = load_stored(self.blobs.get(s, sha256))
            thumbnail = self.blobs.put(s, thumbnail_bytes(image), "image/jpeg")
            page.blob_sha256, page.thumbnail_sha256 = sha256, thumbnail
            page.width_px, page.height_px = image.width, image.height
            s.flush()
            audit.record(s, actor, "document.revert", entity="document_page",
                         entity_id=page.id, application_id=page.application_id, before=before,
                         after={"sha256": page.blob_sha256, "width": page.width_px,
                                "height": page.height_px, "version": page.version})
            return PageInfo.of(page)

    @staticmethod
    def _images_of(s: Session, page: DocumentPage) -> set[str]:
        """Every image the page has shown: the one it has and those its journal names."""
        found = {page.blob_sha256}
        for before, after in s.execute(
            select(AuditEvent.before, AuditEvent.after).where(
                AuditEvent.entity == "document_page", AuditEvent.entity_id == str(page.id))
        ):
            for values in (before, after):
                if isinstance(values, dict) and isinstance(values.get("sha256"), str):
                    found.add(values["sha256"])
        return found

    def set_kind(self, actor: Actor, page_id: int, kind: PageKind | str, *,
                 expected_version: int) -> PageInfo:
        """Say what the page is (a form, an ID document, a photo …); its image stays."""
        actor.require(Action.IMPORT_DOCUMENTS)
        new = _document_kind(kind)
        with self.db.write() as s:
            page = self._editable_page(s, page_id, expected_version)
            old = PageKind(page.kind)
            if old not in DOCUMENT_KINDS:
                raise DomainError(f"page {page.position} is a {old.value}; its kind stays",
                                  page.position, reason="page_kind_fixed")
            if old == new:
                return PageInfo.of(page)
            page.kind = new
            s.flush()
            audit.record(s, actor, "document.kind", entity="document_page", entity_id=page.id,
                         application_id=page.application_id, before={"kind": old.value},
                         after={"kind": new.value, "version": page.version})
            return PageInfo.of(page)

    def _set_image(self, s: Session, page: DocumentPage, encoded: EncodedPage) -> None:
        # Both blobs first: a put flushes, and the page must change in one UPDATE (one
        # version step).
        image = self.blobs.put(s, encoded.data, encoded.media_type)
        thumbnail = self.blobs.put(s, encoded.thumbnail, "image/jpeg")
        page.blob_sha256, page.thumbnail_sha256 = image, thumbnail
        page.width_px, page.height_px = encoded.width, encoded.height

    def move_page(self, actor: Actor, page_id: int, position: int, *,
                  expected_version: int) -> list[PageInfo]:
        """Put the page at *position* (1 = first); the others close up. The new order."""
        actor.require(Action.IMPORT_DOCUMENTS)
        with self.db.write() as s:
            page = self._editable_page(s, page_id, expected_version)
            pages = self._live_pages(s, page.application_id)
            if not 1 <= position <= len(pages):
                raise DomainError(f"position {position} is outside the pages 1 to {len(pages)}",
                                  position, len(pages), reason="page_position")
            old = page.position
            pages.remove(page)
            pages.insert(position - 1, page)
            _renumber(pages)
            s.flush()
            audit.record(s, actor, "document.move", entity="document_page", entity_id=page.id,
                         application_id=page.application_id, before={"position": old},
                         after={"position": page.position})
            return [PageInfo.of(p) for p in pages]

    def delete_page(self, actor: Actor, page_id: int, *,
                    expected_version: int) -> list[PageInfo]:
        """Remove the page from the application (its bytes stay); the remaining pages."""
        actor.require(Action.IMPORT_DOCUMENTS)
        with self.db.write() as s:
            page = self._editable_page(s, page_id, expected_version)
            page.deleted_at = utcnow()
            page.deleted_by_id = actor.user_id
            pages = [p for p in self._live_pages(s, page.application_id) if p.id != page.id]
            _renumber(pages)
            s.flush()
            audit.record(s, actor, "document.delete", entity="document_page", entity_id=page.id,
                         application_id=page.application_id,
                         before={"position": page.position, "sha256": page.blob_sha256},
                         after={"deleted": True})
            return [PageInfo.of(p) for p in pages]

    def restore_page(self, actor: Actor, page_id: int) -> PageInfo:
        """Bring a deleted page back, as the application's last page."""
        actor.require(Action.IMPORT_DOCUMENTS)
        with self.db.write() as s:
            page = s.get(DocumentPage, page_id)
            if page is None or page.deleted_at is None:
                raise NotFoundError(f"no deleted page with id {page_id}", page_id,
                                    reason="deleted_page")
            app = self._application(s, page.application_id, None, lock=True)
            page.position = self._last_position(s, app.id) + 1
            page.deleted_at = None
            page.deleted_by_id = None
            s.flush()
            audit.record(s, actor, "document.restore", entity="document_page",
                         entity_id=page.id, application_id=app.id,
                         after={"position": page.position, "sha256": page.blob_sha256})
            return PageInfo.of(page)

    # -- helpers --------------------------------------------------------------------------

    def _application(
        self, s: Session, application_id: int, item_id: int | None, *, lock: bool = False,
        kind: PageKind | None = None,
    ) -> Application:
        """The application, locked for writing pages when *lock*; refuse a decided one,
        except photos of returned items (*kind* ``return_photo``) on an agreed export."""
        stmt = select(Application).where(Application.id == application_id)
        if lock:
            stmt = stmt.with_for_update()  # appenders queue up, so positions never collide
        app = s.execute(stmt).scalar_one_or_none()
        if app is None:
            raise NotFoundError(f"no application with id {application_id}", application_id,
                                reason="application_id")
        if kind == PageKind.RETURN_PHOTO:
            if app.status != Status.ISSUED_AGREED:
                raise DocumentsLocked(
                    f"application {app.number} is '{app.status}'; photos of returned items "
                    "are added while its agreed export is open", app.number, app.status,
                    reason="return_photos")
        elif app.status in FINAL_STATUSES:
            raise DocumentsLocked(
                f"application {app.number} is decided ({app.status}); its documents can no "
                "longer be changed", app.number, app.status, reason="decided")
        if item_id is not None:
            item = s.get(Item, item_id)
            if item is None or item.application_id != app.id:
                raise NotFoundError(f"application {app.number} has no item with id {item_id}",
                                    app.number, item_id, reason="application_item")
        return app

    @staticmethod
    def _last_position(s: Session, application_id: int) -> int:
        return int(s.execute(
            select(func.coalesce(func.max(DocumentPage.position), 0)).where(
                DocumentPage.application_id == application_id,
                DocumentPage.deleted_at.is_(None),
            )
        ).scalar_one())

    @staticmethod
    def _live_pages(s: Session, application_id: int) -> list[DocumentPage]:
        return list(s.execute(
            select(DocumentPage)
            .where(DocumentPage.application_id == application_id,
                   DocumentPage.deleted_at.is_(None))
            .order_by(DocumentPage.position, DocumentPage.id)
        ).scalars())

    @staticmethod
    def _page(s: Session, page_id: int) -> DocumentPage:
        page = s.get(DocumentPage, page_id)
        if page is None or page.deleted_at is not None:
            raise NotFoundError(f"no document page with id {page_id}", page_id, reason="page")
        return page

    def _editable_page(self, s: Session, page_id: int, expected_version: int) -> DocumentPage:
        page = self._page(s, page_id)
        app = self._application(s, page.application_id, None, lock=True)
        s.refresh(page)  # the version as of the lock, not as of the first read
        if page.deleted_at is not None:
            raise NotFoundError(f"no document page with id {page_id}", page_id, reason="page")
        if page.version != expected_version:
            raise ConflictError(
                f"page {page.position} of application {app.number} was changed by someone "
                "else; reload it", page.position, app.number, reason="page")
        return page


def _document_kind(kind: PageKind | str) -> PageKind:
    """*kind* when a page of a request may be it (not a photo of a returned item)."""
    try:
        value = PageKind(kind)
    except ValueError:
        value = None
    if value not in DOCUMENT_KINDS:
        known = ", ".join(k.value for k in DOCUMENT_KINDS)
        raise DomainError(f"unknown page kind {kind!r} (known: {known})", str(kind), known,
                          reason="page_kind")
    assert value is not None
    return value


def _renumber(pages: list[DocumentPage]) -> None:
    """Positions 1..n in list order, touching only the pages that move."""
    for number, page in enumerate(pages, start=1):
        if page.position != number:
            page.position = number


def _release_blob_bytes(s: Session) -> None:
    """Drop written blobs from the session so a long file's bytes don't pile up in memory."""
    for obj in list(s.identity_map.values()):
        if isinstance(obj, Blob):
            s.expunge(obj)
