"""The scan viewer on A3 pages at 600 dpi (about 70 megapixels each)."""

from __future__ import annotations

import io
import os
import statistics
import time

from PIL import Image

from benchmarks.data import Workspace
from benchmarks.harness import Result, interleaved, peak_mb, spread_ms
from desktop.documents.viewing import PageCache, PageKey, Tier, decode_preview

SCREEN = (1400, 850)
"""The viewer's area on a laptop screen, the size a page is fitted into."""
OPEN_TARGET_MS, OPEN_RATIO = 250.0, 1.3
FLIP_TARGET_MS, PEAK_TARGET_MB = 60.0, 600.0


def _floor(data: bytes) -> None:
    """Pillow alone: decode the JPEG at the draft scale that fits the screen."""
    with Image.open(io.BytesIO(data)) as img:
        img.draft("RGB", SCREEN)
        img.load()


def run(ws: Workspace, quick: bool) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QPixmap

    from desktop.ui.viewer.images import to_qimage

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPixmap needs one)
    paths = sorted(ws.scans.glob("a3-*.jpg"))
    pages = [p.read_bytes() for p in paths]
    sizes = []
    for data in pages:
        with Image.open(io.BytesIO(data)) as img:
            sizes.append(img.size)

    def ours() -> None:
        shown = decode_preview(pages[0], sizes[0], SCREEN)
        QPixmap.fromImage(to_qimage(shown).image)

    runs = interleaved(ours, lambda: _floor(pages[0]), 9)
    results = [runs.result("viewer: open an A3 600 dpi JPEG to the first frame",
                           f"≤ {OPEN_TARGET_MS:.0f} ms, ratio ≤ {OPEN_RATIO}", OPEN_RATIO,
                           ms_target=OPEN_TARGET_MS)]

    cache: PageCache[object] = PageCache()
    for page_id, (data, size) in enumerate(zip(pages, sizes, strict=True)):
        shown = decode_preview(data, size, SCREEN)
        image = to_qimage(shown)
        cache.put(PageKey(page_id, shown.reduction), image, image.nbytes, Tier.PREVIEW)
    flips = []
    for page_id in list(range(len(pages))) * 2:
        start = time.perf_counter()
        entry = next(cache.get(PageKey(page_id, level)) for level in cache.levels(page_id))
        QPixmap.fromImage(entry.image)  # what the canvas does with the page it shows
        flips.append((time.perf_counter() - start) * 1000)
    flip = statistics.median(flips)
    peak = peak_mb()
    results.append(Result(f"viewer: page through {len(pages)} such pages (warm cache)", flip,
                          None, None, f"≤ {FLIP_TARGET_MS:.0f} ms per flip, peak ≤ "
                          f"{PEAK_TARGET_MB:.0f} MB", peak,
                          flip <= FLIP_TARGET_MS and peak <= PEAK_TARGET_MB,
                          spread=spread_ms(flips)))
    return results
