"""Reading the text of scanned pages (OCR) in worker processes, and what was read.

Tesseract is slow (seconds a page) and a crash of it must not take the program along, so the
pages are read in a pool of worker processes (started with *spawn*, as the verify pool is),
a few handed out at a time; each reading is stored in its own short transaction as it
arrives, so a cancel or a failure keeps every page read before it. A page that cannot be
read is marked with the reason, never dropped; when Tesseract is not installed nothing is
marked: the pages wait, unread, until it is. The workers, and the Tesseract each starts,
run below the desk's priority: reading is background work, and at the same priority it
took the cores from the window's thread on a busy machine.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop import reports
from desktop.documents import ocr
from desktop.domain.crosscheck import CHECKED_KINDS, Discrepancy, ReadPage, cross_check
from desktop.domain.documents import PageKind
from desktop.domain.errors import NotFoundError
from desktop.domain.ocr import OCR_KINDS, OcrError, OcrStatus, Word, matching_words, search_terms
from desktop.domain.roles import Action
from desktop.domain.text import fold
from desktop.models.applicant import Applicant
from desktop.models.application import Application
from desktop.models.base import utcnow
from desktop.models.document import DocumentPage
from desktop.models.page_text import PageText
from desktop.priority import run_in_the_background
from desktop.services.actor import Actor
from desktop.services.disclosures import record_disclosure
from desktop.storage.blobs import BlobStore, DatabaseBlobStore
from desktop.storage.database import Database

__all__ = ["PageReading", "PageTextService", "ReadReport", "ScansPdf"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_Outcome = tuple[str, str, list[list[Any]]]
"""What a worker sends back: ``(status, text or reason, words)``."""



@dataclass(frozen=True)
class ReadReport:
    read: int = 0
    failed: tuple[tuple[int, str], ...] = ()
    """``(page id, reason)`` of each page that could not be read (it is marked)."""
    cancelled: bool = False
    missing: tuple[str, ...] = ()
    """What OCR lacks here (``tesseract``, a language model); nothing was read then."""

    def not_installed(self) -> OcrError:
        """The refusal that says OCR is missing, for the window and the command line."""
        return OcrError(f"OCR is not installed (missing: {', '.join(self.missing)})",
                        ", ".join(self.missing), reason="not_installed")


@dataclass(frozen=True)
class ScansPdf:
    """The searchable PDF of an application's scans and how much of it is searchable."""

    data: bytes
    pages: int
    with_text: int
    """Pages whose present image was read: their text lies under them."""
    unread: int
    """Pages not read yet (``read-scans`` or the window's reading reads them)."""
    failed: int
    """Pages the engine could not read (marked; reading again will not help)."""


@dataclass(frozen=True)
class PageReading:
    page_id: int
    status: OcrStatus
    text: str
    words: tuple[Word, ...]
    reason: str | None
    current: bool
    """Read from the page's present image (False: it changed since, a new reading is due)."""


def reading_pool(workers: int) -> ProcessPoolExecutor:
    """The worker processes that read pages, each lowered below the program's priority
    before its first page (so is the Tesseract it starts): reading keeps a core busy for
    seconds, work no one waits on, and should not compete with the window's thread or
    whatever else the clerk runs."""
    return ProcessPoolExecutor(max_workers=workers,
                               mp_context=multiprocessing.get_context("spawn"),
                               initializer=run_in_the_background)


def _read(data: bytes, dpi: int | None) -> _Outcome:
    """In a worker process: read one page; a failure comes back as its reason."""
    try:
        reading = ocr.read_image(data, dpi)
    except OcrError as exc:
        return (OcrStatus.FAILED.value, str(exc)[:500], [])
    except Exception as exc:  # a damaged image, a crash of the engine: mark the page
        log.exception("a page could not be read")
        return (OcrStatus.FAILED.value, f"{type(exc).__name__}: {exc}"[:500], [])
    words = [[w.text, w.left, w.top, w.width, w.height] for w in reading.words]
    return (OcrStatus.READ.value, reading.text, words)


@dataclass(frozen=True)
class _Job:
    page_id: int
    sha256: str
    dpi: int | None


class PageTextService:
    def __init__(self, db: Database, blobs: BlobStore | None = None, *, workers: int = 1
                 ) -> None:
        self.db = db
        self.blobs: BlobStore = blobs or DatabaseBlobStore()
        self.workers = max(1, workers)

    @staticmethod
    def missing() -> tuple[str, ...]:
        """What OCR lacks on this computer; empty when it works."""
        return ocr.engine_problem() or ()

    # -- reading ----------------------------------------------------------------------------

    def unread(self, actor: Actor, application_id: int) -> list[int]:
        """The application's pages with writing whose present image has no reading yet."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            rows = s.execute(
                select(DocumentPage.id)
                .outerjoin(PageText, PageText.page_id == DocumentPage.id)
                .where(DocumentPage.application_id == application_id,
                       DocumentPage.deleted_at.is_(None),
                       DocumentPage.kind.in_([k.value for k in OCR_KINDS]),
                       (PageText.page_id.is_(None))
                       | (PageText.blob_sha256 != DocumentPage.blob_sha256))
                .order_by(DocumentPage.position)
            ).scalars()
            return list(rows)

    def read_application(self, actor: Actor, application_id: int, *,
                         progress: Progress | None = None,
                         cancelled: Cancelled | None = None) -> ReadReport:
        """Read every page of the application that is due (see :meth:`unread`)."""
        return self.read_pages(actor, self.unread(actor, application_id), progress=progress,
                               cancelled=cancelled)

    def read_pages(self, actor: Actor, page_ids: Sequence[int], *,
                   progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> ReadReport:
        """Read *page_ids* (photos among them are skipped) and store each reading."""
        actor.require(Action.IMPORT_DOCUMENTS)
        jobs = self._jobs(page_ids)
        if not jobs:
            return ReadReport()
        missing = self.missing()
        if missing:
            log.warning("OCR is not installed (missing: %s); %d page(s) stay unread",
                        ", ".join(missing), len(jobs))
            return ReadReport(missing=missing)
        read, failed, done = 0, [], 0
        stopped = False
        for job, (status, text, words) in self._results(jobs, cancelled):
            self._store(job, status, text, words)
            done += 1
            if status == OcrStatus.READ:
                read += 1
            else:
                failed.append((job.page_id, text))
                log.warning("page %s could not be read: %s", job.page_id, text)
            if progress is not None:
                progress(done, len(jobs))
        if done < len(jobs):
            stopped = True
        log.info("read %d page(s), %d failed%s", read, len(failed),
                 " (cancelled)" if stopped else "")
        return ReadReport(read, tuple(failed), stopped)

    def _jobs(self, page_ids: Sequence[int]) -> list[_Job]:
        if not page_ids:
            return []
        with self.db.read() as s:
            pages = s.execute(
                select(DocumentPage.id, DocumentPage.blob_sha256, DocumentPage.dpi)
                .where(DocumentPage.id.in_(list(page_ids)),
                       DocumentPage.deleted_at.is_(None),
                       DocumentPage.kind.in_([k.value for k in OCR_KINDS]))
            ).all()
        order = {page_id: i for i, page_id in enumerate(page_ids)}
        return sorted((_Job(*p) for p in pages), key=lambda j: order[j.page_id])

    def _load(self, job: _Job) -> bytes:
        with self.db.read() as s:
            return self.blobs.get(s, job.sha256)

    def _results(self, jobs: list[_Job], cancelled: Cancelled | None
                 ) -> Iterator[tuple[_Job, _Outcome]]:
        """Each job with its outcome, in order; stops early once *cancelled*."""
        pool = reading_pool(self.workers)
        window: deque[tuple[_Job, Future[_Outcome]]] = deque()
        pending = iter(jobs)
        try:
            while True:
                while len(window) < self.workers * 2:
                    job = next(pending, None)
                    if job is None:
                        break
                    window.append((job, pool.submit(_read, self._load(job), job.dpi)))
                if not window or (cancelled is not None and cancelled()):
                    return
                job, future = window.popleft()
                yield job, future.result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _store(self, job: _Job, status: str, text: str, words: list[list[Any]]) -> None:
        with self.db.write() as s:
            page = s.get(DocumentPage, job.page_id)
            if page is None or page.blob_sha256 != job.sha256:
                return  # changed while it was read: it is due again
            row = s.get(PageText, job.page_id) or PageText(page_id=job.page_id)
            row.blob_sha256 = job.sha256
            row.status = OcrStatus(status)
            read = status == OcrStatus.READ
            row.reason = None if read else text
            row.text = text if read else ""
            row.search_text = fold(text) if read else ""
            row.words = words
            row.read_at = utcnow()
            s.add(row)

    # -- what was read ----------------------------------------------------------------------

    def reading(self, actor: Actor, page_id: int) -> PageReading | None:
        """The page's reading, or ``None`` when it was never read."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            found = s.execute(
                select(PageText, DocumentPage.blob_sha256)
                .join(DocumentPage, DocumentPage.id == PageText.page_id)
                .where(PageText.page_id == page_id)
            ).one_or_none()
            if found is None:
                return None
            row, sha256 = found
            return PageReading(row.page_id, OcrStatus(row.status), row.text, _words(row.words),
                               row.reason, row.blob_sha256 == sha256)

    def found_words(self, actor: Actor, page_id: int, search: str) -> list[Word]:
        """The words of the page that the registry's search for *search* matched."""
        reading = self.reading(actor, page_id)
        if reading is None or not reading.current:
            return []
        return matching_words(reading.words, search_terms(search))

    def discrepancies(self, actor: Actor, application_id: int) -> list[Discrepancy]:
        """Where the form and the identity document, as read, differ from the registered
        IIN/BIN, surname and document number (see :mod:`desktop.domain.crosscheck`)."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            applicant = s.execute(
                select(Applicant).join(Application, Application.applicant_id == Applicant.id)
                .where(Application.id == application_id)
            ).scalar_one_or_none()
            if applicant is None:
                raise NotFoundError(f"no application with id {application_id}",
                                    application_id, reason="application_id")
            rows = s.execute(
                select(DocumentPage.position, DocumentPage.kind, PageText.text)
                .join(PageText, PageText.page_id == DocumentPage.id)
                .where(DocumentPage.application_id == application_id,
                       DocumentPage.deleted_at.is_(None),
                       DocumentPage.kind.in_([k.value for k in CHECKED_KINDS]),
                       PageText.status == OcrStatus.READ.value,
                       PageText.blob_sha256 == DocumentPage.blob_sha256)
            ).all()
            pages = [ReadPage(position, PageKind(kind), text) for position, kind, text in rows]
            return cross_check(applicant.iin_bin, applicant.surname,
                               applicant.id_document_number, pages)

    def scans_pdf(self, actor: Actor, application_id: int) -> ScansPdf:
        """The application's scans (not the photos of items) as one searchable PDF/A-3b,
        the text read from each page laid invisibly under its image; a disclosure. A page
        not read yet goes in as its image alone: the result counts them, to be said."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            number = s.execute(select(Application.number).where(
                Application.id == application_id)).scalar_one_or_none()
            if number is None:
                raise NotFoundError(f"no application with id {application_id}",
                                    application_id, reason="application_id")
            rows = s.execute(
                select(DocumentPage, PageText)
                .outerjoin(PageText, (PageText.page_id == DocumentPage.id)
                           & (PageText.blob_sha256 == DocumentPage.blob_sha256))
                .where(DocumentPage.application_id == application_id,
                       DocumentPage.deleted_at.is_(None),
                       DocumentPage.kind.in_([k.value for k in OCR_KINDS]))
                .order_by(DocumentPage.position)
            ).all()
            pages = [reports.ScanPage(self.blobs.get(s, page.blob_sha256), page.width_px,
                              page.height_px, page.dpi or 300,
                              _words(reading.words) if reading is not None else ())
                     for page, reading in rows]
            statuses: list[OcrStatus | None] = [
                reading.status if reading is not None else None for _page, reading in rows]
        if not pages:
            raise NotFoundError(f"application {number} has no scanned pages", number,
                                reason="scans")
        data = reports.searchable_pdf(pages, title=number, lang="kk")
        record_disclosure(self.db, actor, "document",
                          {"document": "scans", "pages": len(pages)},
                          application_id=application_id)
        return ScansPdf(data, len(pages), statuses.count(OcrStatus.READ),
                        statuses.count(None), statuses.count(OcrStatus.FAILED))


def _words(stored: list[Any]) -> tuple[Word, ...]:
    return tuple(Word(str(w[0]), *(int(v) for v in w[1:5])) for w in stored)
