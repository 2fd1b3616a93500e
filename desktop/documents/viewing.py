"""Decoding stored pages for the viewer, fast and within a memory budget (no Qt).

A stored page can be a 70-megapixel JPEG (an A3 sheet at 600 dpi). Decoding it whole takes
about half a second and some 280 MB, and a screen shows one or two megapixels of it. So the
viewer asks first for a *preview*: the page reduced to about the size it is shown at, which
libjpeg decodes directly at 1/2, 1/4 or 1/8 scale (``Image.draft``) and an integer
``reduce`` brings the rest of the way. Only when the user zooms in beyond the preview's
scale does it ask for a finer *level*: 1/4, 1/2 or the full resolution, whichever is the
coarsest that still shows every pixel at that zoom.

Decoded images are kept in a :class:`PageCache`, an LRU bounded by bytes rather than by
entries: a walk through fifty pages never holds more than its budget, and full-resolution
images, the largest and the cheapest to do without, are evicted first.

Levels are written as *reductions*: ``1`` is the full resolution, ``4`` a quarter of the
width and height (a sixteenth of the pixels).
"""

from __future__ import annotations

import io
import logging
import math
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Generic, NamedTuple, TypeVar

from PIL import Image

from desktop.domain.errors import DomainError

__all__ = [
    "DEFAULT_BUDGET",
    "DRAFT_REDUCTIONS",
    "SOURCE",
    "CacheStats",
    "DecodedPage",
    "PageCache",
    "PageKey",
    "Tier",
    "UnreadablePage",
    "decode",
    "decode_preview",
    "draft_reduction",
    "fit_size",
    "image_bytes",
    "preview_reduction",
    "reduction_for_zoom",
]

log = logging.getLogger(__name__)

DRAFT_REDUCTIONS = (1, 2, 4, 8)
"""The scales libjpeg decodes at directly (1/1, 1/2, 1/4, 1/8)."""
DEFAULT_BUDGET = 300 * 1024 * 1024
"""Enough for a full-resolution A3 colour page (210 MB) next to the previews around it."""

_DISPLAY_MODES = ("L", "RGB")


class UnreadablePage(DomainError):
    """The stored bytes of a page cannot be decoded (they were checked when stored, so this
    means the database was changed behind the application's back)."""

    code = "unreadable_page"


# -- choosing the scale ----------------------------------------------------------------------

def fit_size(full: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """*full* scaled down (never up) to fit in *box*, keeping its aspect ratio."""
    width, height = full
    scale = min(1.0, box[0] / width, box[1] / height)
    return max(1, math.floor(width * scale)), max(1, math.floor(height * scale))


def _reduced(full: tuple[int, int], reduction: int) -> tuple[int, int]:
    return math.ceil(full[0] / reduction), math.ceil(full[1] / reduction)


def draft_reduction(full: tuple[int, int], target: tuple[int, int]) -> int:
    """The strongest JPEG draft reduction (1, 2, 4 or 8) that still gives at least *target*.

    This is what ``Image.draft`` chooses for the same request; the viewer computes it itself
    to know the scale before anything is decoded.
    """
    best = 1
    for reduction in DRAFT_REDUCTIONS:
        width, height = _reduced(full, reduction)
        if width >= target[0] and height >= target[1]:
            best = reduction
    return best


def preview_reduction(full: tuple[int, int], target: tuple[int, int]) -> int:
    """The strongest reduction that still gives at least *target*, and that :func:`decode`
    reaches exactly: a draft scale times a whole ``reduce`` factor (6 becomes 4 = 4×1, 24
    stays 8×3), so no JPEG is decoded at full size for a preview."""
    target_w, target_h = max(1, target[0]), max(1, target[1])
    wanted = max(1, min(full[0] // target_w, full[1] // target_h))
    draft = max(r for r in DRAFT_REDUCTIONS if r <= wanted)
    return draft * (wanted // draft)


def reduction_for_zoom(zoom: float) -> int:
    """The coarsest draft level that shows every pixel at *zoom* (1.0 = 100 %)."""
    best = 1
    for reduction in DRAFT_REDUCTIONS:
        if 1 / reduction >= zoom:
            best = reduction
    return best


def image_bytes(image: Image.Image) -> int:
    """The bytes the image's pixels take once handed to the screen (1 or 3 per pixel)."""
    return image.width * image.height * len(image.getbands())


# -- decoding --------------------------------------------------------------------------------

@dataclass(frozen=True)
class DecodedPage:
    """A page decoded at some reduction, in mode ``L`` or ``RGB``."""

    image: Image.Image
    reduction: int
    full_size: tuple[int, int]

    @property
    def scale(self) -> float:
        """The decoded width over the full width (1.0 at full resolution)."""
        return self.image.width / self.full_size[0]

    @property
    def nbytes(self) -> int:
        return image_bytes(self.image)


def _display_mode(image: Image.Image) -> Image.Image:
    if image.mode in _DISPLAY_MODES:
        return image
    if image.mode in ("1", "LA", "I", "F") or image.mode.startswith("I;"):
        return image.convert("L")
    return image.convert("RGB")


def decode(data: bytes, reduction: int = 1) -> DecodedPage:
    """Decode *data* (a stored JPEG or PNG) reduced by about *reduction* in each direction.

    A JPEG is decoded at the nearest draft scale at or below *reduction* and reduced the rest
    of the way; other formats are decoded whole and then reduced.
    """
    if reduction < 1:
        raise ValueError("the reduction must be at least 1")
    try:
        image = Image.open(io.BytesIO(data))
        full = image.size
        draft = 1
        if image.format == "JPEG" and reduction > 1:
            draft = max(r for r in DRAFT_REDUCTIONS if r <= reduction)
            target = _reduced(full, draft)
            mode = "L" if image.mode == "L" else "RGB"
            image.draft(mode, target)
            draft = max(1, round(full[0] / image.width))
        image.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise UnreadablePage(f"the stored page image cannot be decoded: {exc}", exc,
                             reason="undecodable") from exc
    shown = _display_mode(image)
    rest = reduction // draft
    if rest > 1:
        shown = shown.reduce(rest)
    return DecodedPage(shown, draft * max(1, rest), full)


def decode_preview(data: bytes, full: tuple[int, int], box: tuple[int, int]) -> DecodedPage:
    """The page reduced to about the size it takes when fitted into *box* (screen pixels)."""
    return decode(data, preview_reduction(full, fit_size(full, box)))


# -- the cache -------------------------------------------------------------------------------

class PageKey(NamedTuple):
    page_id: int
    level: int
    """The reduction of a decoded image, or :data:`SOURCE` for the stored bytes."""


SOURCE = 0


class Tier(IntEnum):
    """Which entries go first when the budget is exceeded (lowest first, LRU within)."""

    FULL = 0
    """Full-resolution images: the largest by far, and decoded again only on deep zoom."""
    SOURCE = 1
    """The stored (compressed) bytes, kept to refine without another database read."""
    REFINED = 2
    """Intermediate levels (1/2, 1/4) decoded for a zoom between the preview and 100 %."""
    PREVIEW = 3
    """Screen-sized previews: small, and what paging back and forth shows at once."""


V = TypeVar("V")


@dataclass
class _Entry(Generic[V]):
    value: V
    nbytes: int
    tier: Tier


@dataclass(frozen=True)
class CacheStats:
    bytes: int
    peak: int
    entries: int
    evictions: int


class PageCache(Generic[V]):
    """Decoded pages by :class:`PageKey`, bounded by a byte budget, least recently used out.

    The entries of *pinned* pages (the one on screen) are never evicted: the viewer holds
    them anyway, so dropping them would free nothing. Not thread-safe: the viewer uses it
    from the GUI thread only.
    """

    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        if budget <= 0:
            raise ValueError("the budget must be positive")
        self.budget = budget
        self._entries: OrderedDict[PageKey, _Entry[V]] = OrderedDict()
        self._bytes = 0
        self._peak = 0
        self._evictions = 0
        self._pinned: frozenset[int] = frozenset()

    # -- reading -------------------------------------------------------------------------

    def get(self, key: PageKey) -> V | None:
        """The value, marked as just used; None when it is not cached."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._entries.move_to_end(key)
        return entry.value

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def levels(self, page_id: int) -> list[int]:
        """The decoded levels held for *page_id*, finest first (the source not included)."""
        return sorted(k.level for k in self._entries if k.page_id == page_id and k.level)

    @property
    def bytes(self) -> int:
        return self._bytes

    def stats(self) -> CacheStats:
        return CacheStats(self._bytes, self._peak, len(self._entries), self._evictions)

    # -- writing -------------------------------------------------------------------------

    def pin(self, page_ids: Iterable[int]) -> None:
        """Protect these pages' entries from eviction (replacing the previous set)."""
        self._pinned = frozenset(page_ids)
        self._shrink()

    def put(self, key: PageKey, value: V, nbytes: int, tier: Tier) -> bool:
        """Store *value*, first evicting others until it fits; False if it was not kept.

        Room is made before the entry goes in, so the cache never holds more than its
        budget, except for the entries of pinned pages (the page on screen is held anyway).
        An unpinned entry larger than all that can be freed is not kept.
        """
        if nbytes < 0:
            raise ValueError("nbytes must not be negative")
        self.discard(key)
        self._shrink(self.budget - nbytes)
        if self._bytes + nbytes > self.budget and key.page_id not in self._pinned:
            log.debug("%s (%d bytes) does not fit in the page cache", key, nbytes)
            return False
        self._entries[key] = _Entry(value, nbytes, tier)
        self._bytes += nbytes
        self._peak = max(self._peak, self._bytes)
        return True

    def discard(self, key: PageKey) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= entry.nbytes

    def drop_page(self, page_id: int) -> None:
        """Forget everything of *page_id* (its image changed)."""
        for key in [k for k in self._entries if k.page_id == page_id]:
            self.discard(key)

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0

    def _shrink(self, limit: int | None = None) -> None:
        """Evict, lowest tier and least recently used first, until at most *limit* bytes
        (default: the budget) are held or only pinned entries are left."""
        limit = self.budget if limit is None else limit
        if self._bytes <= limit:
            return
        for tier in Tier:
            for key in [k for k, e in self._entries.items() if e.tier == tier]:
                if self._bytes <= limit:
                    return
                if key.page_id in self._pinned:
                    continue
                self.discard(key)
                self._evictions += 1
                log.debug("evicted %s from the page cache", key)
