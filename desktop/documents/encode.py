"""Turning a decoded page into the bytes that are stored: resolution, colour mode, format.

How a page is stored, and why:

* **Bilevel** pages (mode ``1``, or grayscale that holds only black and white, as a scanner's
  line-art mode gives): **PNG**, 1 bit per pixel. Lossless and small — an A4 text page at
  300 dpi is some 50–150 KB — while JPEG would smear the letter edges and still be larger.
* **Grayscale** pages (and colour scans of black-and-white documents, which carry no colour
  worth keeping): **grayscale JPEG**, quality 85. A PNG of an 8-bit scan stores the paper's
  grain losslessly and is five to ten times larger, for no gain in legibility.
* **Colour** pages and photographs: **JPEG**, quality 85, 4:2:0 — the usual setting for
  photographs, visually lossless at this resolution.

Pages finer than the chosen dpi are downscaled to it; coarser pages keep their pixels and
their own dpi (upscaling adds bytes, not detail). The dpi is written into the file and onto
the page record. Encoding is deterministic, so the same input gives the same bytes and the
blob store keeps them once.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageChops

__all__ = [
    "JPEG_QUALITY",
    "THUMBNAIL_SIZE",
    "EncodedPage",
    "encode_page",
    "fit_resolution",
    "load_stored",
    "looks_gray",
    "normalise",
    "prepare_page",
    "print_photo",
    "thumbnail_bytes",
]

JPEG_QUALITY = 85
THUMBNAIL_SIZE = (240, 240)
THUMBNAIL_QUALITY = 80
WHITE: dict[str, int | tuple[int, int, int]] = {"1": 1, "L": 255, "RGB": (255, 255, 255)}

# A colour scan counts as gray when fewer than 0.2 % of its pixels differ between the
# channels by more than this: JPEG noise on gray paper stays well under it.
_CHROMA_THRESHOLD = 24
_CHROMA_SHARE = 0.002
_CHECK_SIZE = (512, 512)


@dataclass(frozen=True)
class EncodedPage:
    data: bytes
    media_type: str
    thumbnail: bytes
    width: int
    height: int
    dpi: int | None


def _flatten(img: Image.Image) -> Image.Image:
    """Composite an image with transparency onto white paper."""
    rgba = img.convert("RGBA")
    paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(paper, rgba).convert("RGB")


def _sixteen_bit_to_gray(img: Image.Image) -> Image.Image:
    # Pillow's own I;16 → L conversion clips at 255; scale the full range instead.
    return img.convert("I").point(lambda v: v * (1 / 256)).convert("L")


def _has_grays(img: Image.Image) -> bool:
    return sum(img.histogram()[1:255]) > 0


def _is_bilevel(img: Image.Image) -> bool:
    # A sample of real pixels (nearest neighbour invents no gray) rejects a gray page
    # cheaply; only a page whose sample is black and white is checked whole.
    step = max(1, min(img.size) // 256)
    if step > 1 and _has_grays(img.resize((img.width // step, img.height // step),
                                          Image.Resampling.NEAREST)):
        return False
    return not _has_grays(img)


def looks_gray(img: Image.Image) -> bool:
    """Whether a colour image holds no real colour (a colour scan of a text page)."""
    # reduce() averages blocks straight into a small image: no copy of the whole page.
    factor = max(1, max(img.size) // max(_CHECK_SIZE))
    sample = img.reduce(factor) if factor > 1 else img
    r, g, b = sample.split()
    spread = ImageChops.lighter(ImageChops.lighter(ImageChops.difference(r, g),
                                                   ImageChops.difference(g, b)),
                                ImageChops.difference(r, b))
    histogram = spread.histogram()
    coloured = sum(histogram[_CHROMA_THRESHOLD:])
    return coloured <= _CHROMA_SHARE * sample.width * sample.height


def normalise(img: Image.Image, *, keep_colour: bool = True) -> Image.Image:
    """The page in mode ``1``, ``L`` or ``RGB``: transparency on white, 16 bit to 8 bit.

    With *keep_colour* false, a colour image without real colour becomes grayscale.
    """
    mode = img.mode
    if mode in ("1", "L", "RGB"):
        out = img
    elif mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        out = _sixteen_bit_to_gray(img)
    elif mode == "F":
        out = img.convert("L")
    elif mode in ("LA", "La", "PA", "RGBA", "RGBa") or (
        mode == "P" and "transparency" in img.info
    ):
        out = _flatten(img)
        if mode in ("LA", "La"):
            out = out.convert("L")
    else:  # P, CMYK, YCbCr, LAB, HSV, RGBX
        out = img.convert("RGB")
    if out.mode == "RGB" and not keep_colour and looks_gray(out):
        out = out.convert("L")
    if out.mode == "L" and _is_bilevel(out):
        out = out.convert("1", dither=Image.Dither.NONE)
    return out


def fit_resolution(
    img: Image.Image, source_dpi: float | None, target_dpi: int
) -> tuple[Image.Image, int | None]:
    """Downscale to *target_dpi* when the page is finer; otherwise keep it and its dpi."""
    if source_dpi is None:
        return img, None
    if source_dpi <= target_dpi * 1.01:
        return img, round(source_dpi)
    scale = target_dpi / source_dpi
    size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
    if img.mode == "1":
        gray = img.convert("L").resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        return gray.point(lambda v: 255 if v >= 128 else 0).convert("1"), target_dpi
    return img.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0), target_dpi


def thumbnail_bytes(img: Image.Image) -> bytes:
    """A JPEG of at most 240×240 pixels for lists and page strips."""
    thumb = img.convert("L") if img.mode == "1" else img.copy()
    thumb.thumbnail(THUMBNAIL_SIZE, Image.Resampling.LANCZOS, reducing_gap=2.0)
    out = io.BytesIO()
    thumb.save(out, "JPEG", quality=THUMBNAIL_QUALITY)
    return out.getvalue()


def encode_page(img: Image.Image, dpi: int | None,
                preview: Image.Image | None = None) -> EncodedPage:
    """Store *img* (mode ``1``, ``L`` or ``RGB``) as PNG or JPEG, with its thumbnail (made
    from *preview*, a smaller decode of the same page, when there is one)."""
    if img.mode not in WHITE:
        raise ValueError(f"normalise the page first (mode {img.mode})")
    extra = {"dpi": (dpi, dpi)} if dpi else {}
    if img.mode == "1":
        data = _saved(img, "PNG", **extra)
        media_type = "image/png"
    else:
        data = _saved(img, "JPEG", quality=JPEG_QUALITY, optimize=True, **extra)
        media_type = "image/jpeg"
    return EncodedPage(data, media_type, thumbnail_bytes(preview or img),
                       img.width, img.height, dpi)


def _saved(img: Image.Image, kind: str, **params: Any) -> bytes:
    """*img* encoded as *kind*, through a temporary file: Pillow holds the interpreter
    lock while it encodes into memory but not into a file, and a page is encoded on a
    worker thread while the window's thread must keep running (an A4 page at 300 dpi:
    40–70 ms in one hold). Small images (thumbnails) are not worth the file."""
    with tempfile.TemporaryFile() as out:
        img.save(out, kind, **params)
        out.seek(0)
        return out.read()


def prepare_page(
    img: Image.Image, source_dpi: float | None, target_dpi: int, *, keep_colour: bool = True,
    preview: Image.Image | None = None, original: bytes | None = None,
) -> EncodedPage:
    """Normalise, fit to *target_dpi* and encode one decoded page.

    *original* is the JPEG that *img* was decoded from as it is: when the page needs no
    change (no other colour mode, no lower resolution) those bytes are stored instead of
    a re-encoding, which is faster and loses nothing. *preview* is a small decode of the
    page to make the thumbnail from.
    """
    page = normalise(img, keep_colour=keep_colour)
    page, dpi = fit_resolution(page, source_dpi, target_dpi)
    if original is None or page is not img:
        encoded = encode_page(page, dpi, preview)
    else:
        encoded = EncodedPage(original, "image/jpeg", thumbnail_bytes(preview or page),
                              page.width, page.height, dpi)
    return encoded


def load_stored(data: bytes) -> Image.Image:
    """A stored page's image, fully decoded, for a page tool to work on."""
    img = Image.open(io.BytesIO(data))
    img.load()
    return normalise(img)


def print_photo(data: bytes, size: Callable[[int, int], tuple[int, int]],
                dpi: int) -> tuple[bytes, int, int]:
    """A stored page as an RGB JPEG for print: ``size(width, height)`` gives the pixel size
    it should have; the JPEG decoder's reduction does most of the downscaling.

    Returns the JPEG bytes and their pixel size. Deterministic, like :func:`encode_page`.
    """
    img: Image.Image = Image.open(io.BytesIO(data))
    width, height = size(*img.size)
    if img.format == "JPEG":
        img.draft("RGB", (width, height))
    img.load()
    img = normalise(img)
    img = img.convert("RGB") if img.mode != "RGB" else img
    if img.size != (width, height):
        img = img.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    return _saved(img, "JPEG", quality=JPEG_QUALITY, optimize=True, dpi=(dpi, dpi)), \
        width, height
