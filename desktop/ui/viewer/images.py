"""Loading page images for the viewer off the GUI thread, into a byte-bounded cache.

The decoding itself (draft scales, levels, the cache) is :mod:`desktop.documents.viewing`;
this module runs it through the :class:`~desktop.ui.kit.operations.Operation` runner and turns
the result into a :class:`QImage` on the worker thread, so the GUI thread only paints.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from desktop.documents.viewing import (
    DEFAULT_BUDGET,
    SOURCE,
    DecodedPage,
    PageCache,
    PageKey,
    Tier,
    decode,
    fit_size,
    preview_reduction,
)
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.ui.kit.operations import Operation, Progress

__all__ = ["LoadedImage", "PageLoader", "ViewerPage", "to_qimage"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ViewerPage:
    """What the viewer needs to know of a page before any of its pixels are loaded."""

    id: int
    width: int
    height: int
    position: int

    @property
    def size(self) -> tuple[int, int]:
        return self.width, self.height


@dataclass(frozen=True)
class LoadedImage:
    """A decoded level of a page, ready to paint; ``buffer`` owns the pixels."""

    image: QImage
    buffer: bytes
    reduction: int

    @property
    def nbytes(self) -> int:
        return len(self.buffer)


def to_qimage(decoded: DecodedPage) -> LoadedImage:
    """Wrap the decoded pixels in a QImage without another copy (3 or 1 bytes a pixel)."""
    image = decoded.image
    buffer = image.tobytes()
    if image.mode == "RGB":
        fmt, per_line = QImage.Format.Format_RGB888, image.width * 3
    else:
        fmt, per_line = QImage.Format.Format_Grayscale8, image.width
    qimage = QImage(buffer, image.width, image.height, per_line, fmt)
    return LoadedImage(qimage, buffer, decoded.reduction)


@dataclass(frozen=True)
class _Result:
    page_id: int
    loaded: LoadedImage
    source: bytes | None
    """The stored bytes when the worker had to read them from the database."""
    seconds: float


class PageLoader(QObject):
    """Decodes pages at the levels the viewer asks for and keeps them in a :class:`PageCache`.

    Requests for a level already cached or on its way are ignored; a request for a page that
    is no longer wanted when its turn comes is cancelled before it decodes anything.
    """

    imageReady = Signal(int, int)
    """``(page_id, reduction)``: a level of the page is in the cache."""
    failed = Signal(int, str)
    """``(page_id, message)``."""

    def __init__(self, documents: DocumentService, actor: Actor,
                 budget: int = DEFAULT_BUDGET, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents = documents
        self._actor = actor
        self.cache: PageCache[LoadedImage | bytes] = PageCache(budget)
        self._running: dict[PageKey, Operation] = {}
        self._jobs: dict[QObject, tuple[PageKey, Tier, Operation]] = {}
        self._wanted: frozenset[int] = frozenset()

    # -- what is wanted ------------------------------------------------------------------

    def set_wanted(self, page_ids: set[int], pinned: set[int]) -> None:
        """Pages whose requests may run (others are cancelled), and those never evicted."""
        self._wanted = frozenset(page_ids)
        self.cache.pin(pinned)
        for key, op in list(self._running.items()):
            if key.page_id not in self._wanted:
                op.cancel()

    def preview_level(self, page: ViewerPage, box: tuple[int, int]) -> int:
        return preview_reduction(page.size, fit_size(page.size, box))

    def image(self, page_id: int, level: int) -> LoadedImage | None:
        value = self.cache.get(PageKey(page_id, level))
        return value if isinstance(value, LoadedImage) else None

    def best(self, page_id: int, zoom: float) -> LoadedImage | None:
        """The coarsest cached level fine enough for *zoom*, else the finest one cached."""
        levels = self.cache.levels(page_id)
        if not levels:
            return None
        fine_enough = [r for r in levels if 1 / r >= zoom * 0.999]
        return self.image(page_id, max(fine_enough) if fine_enough else min(levels))

    def is_loading(self, page_id: int | None = None) -> bool:
        return any(page_id is None or k.page_id == page_id for k in self._running)

    def forget(self, page_id: int) -> None:
        """Drop what is cached of a page whose image was changed."""
        self.cache.drop_page(page_id)

    # -- loading -------------------------------------------------------------------------

    def request(self, page: ViewerPage, level: int, preview: bool = False) -> bool:
        """Decode *page* at reduction *level* in the background; False when not needed."""
        key = PageKey(page.id, level)
        if key in self.cache or key in self._running:
            return False
        source = self.cache.get(PageKey(page.id, SOURCE))
        data = source if isinstance(source, bytes) else None
        tier = Tier.PREVIEW if preview else Tier.FULL if level == 1 else Tier.REFINED
        started = time.perf_counter()
        documents, actor = self._documents, self._actor

        def work(progress: Progress) -> _Result:
            progress.check()
            raw = data if data is not None else documents.page_image(actor, page.id)
            progress.check()
            loaded = to_qimage(decode(raw, level))
            return _Result(page.id, loaded, None if data is not None else raw,
                           time.perf_counter() - started)

        op = Operation(work)  # not parented: it may outlive the loader by a moment
        self._running[key] = op
        self._jobs[op.signals] = (key, tier, op)
        # Bound methods of the loader: Qt drops the connections if the loader goes first.
        op.succeeded.connect(self._done)
        op.failed.connect(self._failed)
        op.finished.connect(self._finished)
        op.start()
        return True

    def _job(self) -> tuple[PageKey, Tier, Operation] | None:
        return self._jobs.get(self.sender())

    @Slot(object)
    def _done(self, result: _Result) -> None:
        job = self._job()
        if job is None:
            return
        key, tier, _op = job
        if result.source is not None:
            self.cache.put(PageKey(key.page_id, SOURCE), result.source, len(result.source),
                           Tier.SOURCE)
        if self.cache.put(key, result.loaded, result.loaded.nbytes, tier):
            log.debug("page %s at 1/%s decoded in %.3f s", key.page_id, key.level,
                      result.seconds)
            self.imageReady.emit(key.page_id, key.level)

    @Slot(str, object)
    def _failed(self, message: str, _exc: object) -> None:
        job = self._job()
        if job is None:
            return
        log.warning("page %s could not be shown: %s", job[0].page_id, message)
        self.failed.emit(job[0].page_id, message)

    @Slot()
    def _finished(self) -> None:
        job = self._jobs.pop(self.sender(), None)
        if job is not None and self._running.get(job[0]) is job[2]:
            del self._running[job[0]]
