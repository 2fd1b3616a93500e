"""The identification annex: a page per item with its photos and Object ID description."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import subprocess
from functools import cache

import pytest

from desktop.reports import (
    PRINT_DPI,
    ReportDataError,
    canonical_json,
    content_digest,
    print_pixels,
    render_conclusion,
)
from desktop.reports.annex import print_size
from tests.reports.test_digest_and_pdfa import check_pdfa_structure
from tests.support import pdftools
from tests.support import report_samples as samples

log = logging.getLogger(__name__)


@cache
def _pdf(count: int, lang: str, without: tuple[int, ...] = ()) -> bytes:
    data = samples.photographed(count, lang, without=without)
    return render_conclusion(data, created=samples.CREATED).pdf


def _images(pdf: bytes) -> list[dict[str, str]]:
    """``pdfimages -list``: one row per image placed on a page."""
    out = subprocess.run(["pdfimages", "-list", "-"], input=pdf, capture_output=True,
                         check=True, timeout=60).stdout.decode().splitlines()
    names = out[0].split()
    return [dict(zip(names, line.split(), strict=False)) for line in out[2:]]


def _page_text(pdf: bytes, page: int) -> str:
    return " ".join(pdftools.text(pdf, first=page, last=page).split())


def _page_count(pdf: bytes) -> int:
    return len(pdftools.pages(pdf))


@pytest.mark.parametrize(("size", "expected"), [
    ((4000, 3000), (125.0, 93.75)),   # a camera's landscape photo: 12.5 × 9.4 cm
    ((3000, 4000), (93.75, 125.0)),   # upright
    ((2000, 2000), (125.0, 125.0)),
    ((3000, 1500), (170.0, 85.0)),    # a long object: the text width bounds it
])
def test_the_overall_view_prints_at_least_9_by_12_cm(size: tuple[int, int],
                                                     expected: tuple[float, float]) -> None:
    assert print_size(*size, "overall") == pytest.approx(expected)


def test_photos_are_prepared_for_print_not_kept_at_full_size() -> None:
    assert print_pixels(4000, 3000, "overall") == (984, 738)   # 125 mm at 200 dpi
    assert print_pixels(4000, 3000, "detail") == (399, 299)    # 38 mm high at 200 dpi
    assert print_pixels(640, 480, "overall") == (640, 480)     # never enlarged


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_each_item_has_its_page_with_its_place_among_all(lang: str) -> None:
    pdf = _pdf(3, lang, without=(3,))
    body = _page_count(render_conclusion(samples.conclusion(3, lang),
                                         created=samples.CREATED).pdf)
    assert _page_count(pdf) == body + 3
    data = samples.conclusion(3, lang)
    for place, item in enumerate(data.items, start=1):
        page = _page_text(pdf, body + place)
        ours, other = (f"{place}-зат, барлығы 3", f"Предмет {place} из 3")[::1 if lang == "kk"
                                                                            else -1]
        assert ours in page and other not in page
        assert f"№ {data.number}" in page and item.name in page
        # Object ID's labels in the document's language only.
        labels = {"kk": ("Заттың түрі", "Материалы"), "ru": ("Вид предмета", "Материал и")}
        assert all(label in page for label in labels[lang])
        assert not any(label in page for label in labels["ru" if lang == "kk" else "kk"])
    last = _page_text(pdf, body + 3)
    assert {"kk": "Фотосурет таңдалмаған", "ru": "Фотография не выбрана"}[lang] in last


def test_photos_are_embedded_as_jpeg_at_print_resolution() -> None:
    pdf = _pdf(3, "kk", without=(3,))
    images = _images(pdf)
    assert len(images) == 2 * 4, "an overall view and three details for items 1 and 2"
    assert {i["enc"] for i in images} == {"jpeg"}, "JPEGs go in as they are"
    overall = [i for i in images if int(i["width"]) > 900]
    assert len(overall) == 2
    for image in overall:
        assert int(image["x-ppi"]) == PRINT_DPI
        width_mm = int(image["width"]) / int(image["x-ppi"]) * 25.4
        height_mm = int(image["height"]) / int(image["y-ppi"]) * 25.4
        assert width_mm >= 120 and height_mm >= 90


def test_the_annex_is_rendered_and_readable(tmp_path) -> None:
    pdf = _pdf(3, "kk", without=(3,))
    check_pdfa_structure(pdf)
    body = _page_count(render_conclusion(samples.conclusion(3, "kk"),
                                         created=samples.CREATED).pdf)
    image = pdftools.page_image(pdf, dpi=40, page=body + 1)
    # The upper half of the first annex page is the photo: mostly not white paper.
    top = image.convert("L").crop((0, image.height // 8, image.width, image.height // 2))
    histogram = top.histogram()
    assert sum(histogram[:240]) > 0.5 * sum(histogram)


def test_the_digest_covers_every_photo() -> None:
    data = samples.photographed(2, "kk")
    photo = data.items[0].detail_photos[1]
    assert f"sha256:{hashlib.sha256(photo.jpeg).hexdigest()}".encode() in canonical_json(data)
    swapped = dataclasses.replace(photo, jpeg=samples.annex_photo(
        samples.camera_photo(99), photo.role).jpeg)
    item = dataclasses.replace(data.items[0], detail_photos=(
        data.items[0].detail_photos[0], swapped, data.items[0].detail_photos[2]))
    changed = dataclasses.replace(data, items=(item, *data.items[1:]))
    assert content_digest(changed) != content_digest(data)


def test_without_photos_there_is_no_annex() -> None:
    pdf = render_conclusion(samples.conclusion(3, "kk"), created=samples.CREATED).pdf
    assert "қосымшасы" not in pdftools.text(pdf)
    assert not _images(pdf)


def test_ten_items_stay_a_few_megabytes() -> None:
    pdf = _pdf(10, "ru")
    log.info("a ten-item conclusion with 40 photos: %d bytes", len(pdf))
    assert len(_images(pdf)) == 40
    assert len(pdf) < 4_000_000


def test_a_photo_that_is_not_a_jpeg_is_refused() -> None:
    photo = samples.annex_photo(samples.camera_photo(1, (800, 600)))
    with pytest.raises(ReportDataError, match="overall photo: must be JPEG bytes"):
        dataclasses.replace(photo, jpeg=b"\x89PNG\r\n\x1a\n")
    item = samples.conclusion(1).items[0]
    with pytest.raises(ReportDataError, match="at most 3, got 4"):
        dataclasses.replace(item, detail_photos=(photo,) * 4)
