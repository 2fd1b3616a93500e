"""The viewer's core without Qt: which scale to decode at, decoding, the byte-bounded cache."""

from __future__ import annotations

import io
import sys

import pytest
from PIL import Image

from desktop.documents.viewing import (
    SOURCE,
    PageCache,
    PageKey,
    Tier,
    UnreadablePage,
    decode,
    decode_preview,
    draft_reduction,
    fit_size,
    image_bytes,
    preview_reduction,
    reduction_for_zoom,
)
from tests.support.desk import jpeg_bytes, page_image

pytestmark = pytest.mark.usefixtures("qapp")  # Qt objects: private settings, English

A3_600 = (7016, 9921)
"""An A3 sheet scanned at 600 dpi."""


def test_fit_size_keeps_the_aspect_and_never_enlarges() -> None:
    assert fit_size(A3_600, (1400, 1000)) == (707, 1000)
    assert fit_size((800, 600), (1400, 1000)) == (800, 600)
    assert fit_size((4000, 1000), (1000, 1000)) == (1000, 250)


@pytest.mark.parametrize(("target", "expected"), [
    ((7016, 9921), 1),   # full size wanted: no reduction
    ((3508, 4961), 2),   # exactly half
    ((3509, 4961), 1),   # a pixel more than half: half would be too small
    ((707, 1000), 8),    # a screen-sized fit: libjpeg's strongest reduction
    ((1754, 2481), 4),
    ((1755, 100), 2),    # the width decides
])
def test_draft_reduction_is_the_strongest_that_still_covers_the_target(
        target: tuple[int, int], expected: int) -> None:
    assert draft_reduction(A3_600, target) == expected


def test_draft_reduction_matches_what_pillow_decodes() -> None:
    data = jpeg_bytes(page_image((2000, 1400), 1))
    for target in ((1900, 1300), (1000, 700), (600, 400), (200, 100)):
        expected = draft_reduction((2000, 1400), target)
        image = Image.open(io.BytesIO(data))
        image.draft("RGB", target)
        assert image.size == (-(-2000 // expected), -(-1400 // expected)), target


def test_preview_reduction_and_zoom_levels() -> None:
    assert preview_reduction(A3_600, (707, 1000)) == 8  # 9 is not a draft × reduce
    assert preview_reduction(A3_600, (300, 400)) == 16  # 1/8 draft, then halved
    assert preview_reduction((4800, 4800), (800, 800)) == 4  # 6 would need a full decode
    assert preview_reduction((800, 600), (1400, 1000)) == 1
    assert [reduction_for_zoom(z) for z in (0.05, 0.125, 0.2, 0.3, 0.5, 0.51, 1.0, 4.0)] == \
        [8, 8, 4, 2, 2, 1, 1, 1]


def test_a_large_jpeg_is_previewed_without_decoding_it_whole() -> None:
    data = jpeg_bytes(page_image((4000, 5600), 2))
    preview = decode_preview(data, (4000, 5600), (1000, 700))
    # Fitted into 1000×700 the page is 500×700; the preview covers that and is far
    # smaller than the page (a 1/8 draft, not the 22 megapixels).
    assert preview.image.width >= 500 and preview.image.height >= 700
    assert preview.image.width * preview.image.height < 4000 * 5600 / 16
    assert preview.reduction == 8
    assert preview.full_size == (4000, 5600)
    assert preview.scale == pytest.approx(1 / 8, rel=0.01)
    full = decode(data, 1)
    assert full.image.size == (4000, 5600) and full.reduction == 1
    assert full.nbytes == 4000 * 5600 * 3


def test_png_pages_reduce_and_bilevel_becomes_gray() -> None:
    page = Image.new("1", (1600, 1200), 1)
    out = io.BytesIO()
    page.save(out, "PNG")
    decoded = decode(out.getvalue(), 4)
    assert decoded.image.mode == "L"
    assert decoded.image.size == (400, 300)
    assert decoded.reduction == 4
    assert image_bytes(decoded.image) == 400 * 300


def test_damaged_bytes_are_a_clear_error() -> None:
    data = jpeg_bytes(page_image((400, 300), 3))
    with pytest.raises(UnreadablePage, match="cannot be decoded"):
        decode(data[: len(data) // 3] + b"\x00" * 10)
    with pytest.raises(UnreadablePage):
        decode(b"not an image")


# -- the cache -------------------------------------------------------------------------------

def test_the_cache_evicts_full_resolution_first_then_least_recently_used() -> None:
    cache: PageCache[str] = PageCache(budget=1000)
    cache.put(PageKey(1, 8), "preview 1", 100, Tier.PREVIEW)
    cache.put(PageKey(1, 1), "full 1", 500, Tier.FULL)
    cache.put(PageKey(2, 8), "preview 2", 100, Tier.PREVIEW)
    cache.put(PageKey(2, SOURCE), b"jpeg 2", 200, Tier.SOURCE)
    assert cache.bytes == 900
    # 300 more bytes: the full-resolution image goes, though it is not the oldest entry.
    assert cache.put(PageKey(3, 2), "half 3", 300, Tier.REFINED)
    assert PageKey(1, 1) not in cache
    assert cache.bytes == 700
    cache.get(PageKey(1, 8))  # page 1's preview is used again: page 2's is now the oldest
    cache.put(PageKey(4, 8), "preview 4", 100, Tier.PREVIEW)
    cache.put(PageKey(5, 8), "preview 5", 450, Tier.PREVIEW)
    # Sources went before refined levels, refined levels before previews, oldest first.
    assert PageKey(2, SOURCE) not in cache and PageKey(3, 2) not in cache
    assert PageKey(1, 8) in cache and PageKey(2, 8) in cache
    assert cache.bytes <= 1000
    assert cache.stats().evictions == 3


def test_pinned_pages_stay_and_oversized_entries_are_not_kept() -> None:
    cache: PageCache[str] = PageCache(budget=1000)
    cache.pin({7})
    cache.put(PageKey(7, 1), "full 7", 900, Tier.FULL)
    assert not cache.put(PageKey(8, 1), "full 8", 900, Tier.FULL)  # cannot evict page 7
    assert PageKey(7, 1) in cache and PageKey(8, 1) not in cache
    assert cache.put(PageKey(8, 8), "preview 8", 100, Tier.PREVIEW)
    cache.pin({8})  # page 7 is no longer on screen: its full image goes at the next put
    cache.put(PageKey(9, 8), "preview 9", 100, Tier.PREVIEW)
    assert PageKey(7, 1) not in cache
    assert cache.levels(8) == [8]


def test_a_fifty_page_walk_stays_within_the_budget() -> None:
    """Page through fifty large scans as the viewer does: a preview for each, the full
    image of every fifth (zoomed in), the neighbours prefetched. The cache's own count never
    exceeds its budget, and what is on screen is always there."""
    pages = [jpeg_bytes(page_image((3000, 4200), n), quality=80) for n in range(6)]
    full_size = (3000, 4200)
    budget = 120 * 1024 * 1024
    cache: PageCache[Image.Image | bytes] = PageCache(budget)
    box = (1200, 800)
    for page_id in range(50):
        data = pages[page_id % len(pages)]
        cache.pin({page_id})
        cache.put(PageKey(page_id, SOURCE), data, len(data), Tier.SOURCE)
        preview = decode_preview(data, full_size, box)
        assert cache.put(PageKey(page_id, preview.reduction), preview.image, preview.nbytes,
                         Tier.PREVIEW)
        if page_id % 5 == 0:
            full = decode(data, 1)
            assert cache.put(PageKey(page_id, 1), full.image, full.nbytes, Tier.FULL)
        nxt = page_id + 1
        ahead = decode_preview(pages[nxt % len(pages)], full_size, box)
        cache.put(PageKey(nxt, ahead.reduction), ahead.image, ahead.nbytes, Tier.PREVIEW)
        assert cache.bytes <= budget
        assert cache.levels(page_id), f"page {page_id} was evicted while on screen"
    stats = cache.stats()
    assert stats.peak <= budget
    assert stats.peak > 3 * 4200 * 3000  # several full images were held at once
    assert stats.evictions > 0
    sys.stdout.write(f"50-page walk: cache peak {stats.peak / 2**20:.1f} MiB of "
                     f"{budget / 2**20:.0f} MiB, {stats.evictions} evictions\n")
