"""How pages are stored, and the page tools on plain images (no database)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from desktop.documents import PageEditError, crop, deskew, estimate_skew, grayscale, rotate
from desktop.documents.encode import (
    THUMBNAIL_SIZE,
    encode_page,
    fit_resolution,
    normalise,
    prepare_page,
)
from desktop.documents.tools import otsu_threshold
from tests.documents import samples


def _open(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def test_bilevel_pages_are_stored_as_one_bit_png() -> None:
    page = samples.text_page().point(lambda v: 0 if v < 128 else 255)
    encoded = prepare_page(page, 300, 300)
    stored = _open(encoded.data)
    assert encoded.media_type == "image/png"
    assert stored.mode == "1"
    assert stored.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    assert len(encoded.data) < 120_000


def test_gray_pages_are_grayscale_jpeg_and_colour_stays_colour() -> None:
    gray = prepare_page(samples.text_page(), 150, 300)
    assert gray.media_type == "image/jpeg"
    assert _open(gray.data).mode == "L"
    colour = prepare_page(samples.photo(), 150, 300, keep_colour=True)
    assert _open(colour.data).mode == "RGB"


def test_colour_scan_of_a_black_and_white_form_becomes_gray_unless_kept() -> None:
    form = samples.text_page(mode="RGB")
    assert _open(prepare_page(form, 150, 300, keep_colour=False).data).mode == "L"
    assert _open(prepare_page(form, 150, 300, keep_colour=True).data).mode == "RGB"
    # Real colour is never dropped.
    assert _open(prepare_page(samples.photo(), 150, 300, keep_colour=False).data).mode == "RGB"


def test_finer_pages_are_downscaled_and_coarser_keep_their_dpi() -> None:
    page = samples.text_page((2480, 3508))
    smaller, dpi = fit_resolution(page, 600, 300)
    assert smaller.size == (1240, 1754)
    assert dpi == 300
    same, dpi = fit_resolution(page, 200, 300)
    assert same is page
    assert dpi == 200
    unknown, dpi = fit_resolution(page, None, 300)
    assert unknown is page
    assert dpi is None


def test_modes_are_normalised() -> None:
    transparent = Image.new("RGBA", (10, 10), (0, 0, 0, 0))
    assert normalise(transparent).getpixel((5, 5)) in (255, (255, 255, 255))
    deep = Image.new("I;16", (4, 1))
    deep.putpixel((0, 0), 32768)
    deep.putpixel((1, 0), 65535)
    gray = normalise(deep)
    assert gray.mode == "L"
    assert gray.getpixel((0, 0)) == 128  # scaled, not clipped to 255
    assert normalise(Image.new("CMYK", (4, 4))).mode == "RGB"


def test_encoding_is_deterministic_and_has_a_thumbnail() -> None:
    first = prepare_page(samples.photo((2000, 1500)), 300, 300)
    second = prepare_page(samples.photo((2000, 1500)), 300, 300)
    assert first.data == second.data
    thumb = _open(first.thumbnail)
    assert thumb.format == "JPEG"
    assert max(thumb.size) == max(THUMBNAIL_SIZE)
    assert thumb.size == (240, 180)


def test_rotate_by_quarter_turns() -> None:
    img = samples.photo((300, 200))
    assert rotate(img, 90).size == (200, 300)
    assert rotate(img, 90).getpixel((20, 299 - 20))[0] > 180  # the marker went bottom-left
    assert rotate(img, 270).getpixel((199 - 20, 20))[0] > 180  # … or top-right
    assert rotate(img, -90).tobytes() == rotate(img, 270).tobytes()
    assert rotate(img, 180).getpixel((299 - 20, 199 - 20))[0] > 180
    with pytest.raises(PageEditError, match="90, 180 or 270 degrees, not 45"):
        rotate(img, 45)


def test_crop_checks_the_box() -> None:
    img = samples.photo((300, 200))
    assert crop(img, (10, 20, 110, 220 - 40)).size == (100, 160)
    with pytest.raises(PageEditError, match="outside the page"):
        crop(img, (0, 0, 301, 200))
    with pytest.raises(PageEditError, match="smaller than 16×16"):
        crop(img, (0, 0, 10, 200))


def test_grayscale_refuses_a_gray_page() -> None:
    assert grayscale(samples.photo()).mode == "L"
    with pytest.raises(PageEditError, match="already in grayscale"):
        grayscale(samples.text_page())


def test_otsu_separates_ink_from_paper() -> None:
    img = Image.new("L", (100, 100), 230)
    img.paste(30, (0, 0, 100, 20))
    assert 30 <= otsu_threshold(img) < 230


@pytest.mark.parametrize("angle", [0.0, 0.4, 1.5, -2.3, 4.0, -6.7, 9.2])
def test_deskew_estimate_is_within_half_a_degree(angle: float) -> None:
    page = samples.text_page(seed=7)
    crooked = page.rotate(angle, Image.Resampling.BICUBIC, fillcolor=255)
    # As a scanner would deliver it: JPEG-compressed.
    scanned = _open(encode_page(crooked, 150).data)
    assert estimate_skew(scanned) == pytest.approx(angle, abs=0.5)
    straight, corrected = deskew(scanned)
    assert corrected == pytest.approx(angle, abs=0.5)
    assert straight.size == scanned.size
    assert estimate_skew(straight) == pytest.approx(0, abs=0.5)


def test_deskew_leaves_a_blank_page_alone() -> None:
    blank = Image.new("L", (800, 1100), 250)
    assert estimate_skew(blank) == 0.0
    assert deskew(blank) == (blank, 0.0)
    with pytest.raises(PageEditError, match="beyond the ±10°"):
        deskew(blank, 15.0)
