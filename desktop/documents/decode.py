"""Reading scans and photos one page at a time: JPEG, PNG, TIFF (every frame) and PDF.

A file is checked before anything of it is used: it must be readable and not empty, of a
known format, within the pixel and page limits, and decode completely (a truncated image
fails here, not later in a viewer). Every problem becomes one :class:`ImportRejected`
naming the file and the reason.

Pillow's own decompression-bomb guard (``Image.MAX_IMAGE_PIXELS``) is process-wide; it is
left as it is and only its error is turned into a rejection. The limit that decides is the
per-call :class:`DecodeLimits`, checked on the header before any pixel is decoded.
"""

from __future__ import annotations

import logging
import math
import threading
import warnings
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from desktop.documents.encode import THUMBNAIL_SIZE, looks_gray
from desktop.documents.errors import FileRefused, ImportRejected
from desktop.documents.source import DEFAULT_MAX_BYTES, check_file, jpeg_own_bytes, read_head
from desktop.domain.errors import DomainError

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_PIXELS",
    "DecodeLimits",
    "DocumentReader",
    "SourcePage",
    "check_size",
    "count_pages",
    "image_dpi",
    "open_document",
    "pillow_guard",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_PIXELS = 80_000_000
"""An A3 sheet at 600 dpi is 70 megapixels; anything beyond 80 is not a document page."""
DEFAULT_MAX_PAGES = 300

_PIL_FORMATS = ("JPEG", "PNG", "TIFF")  # JPEG covers MPO (camera JPEGs with previews)
_KNOWN = "JPEG, PNG, TIFF, PDF"
_HEAD_BYTES = 1024
_MIN_DPI, _MAX_DPI = 20, 10_000

# What EXIF orientation asks of the pixels to show them upright (as ImageOps.exif_transpose).
_TURNED = {
    2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

# PDFium keeps global state and is not thread-safe: one call at a time in this process.
_PDFIUM_LOCK = threading.RLock()


@dataclass(frozen=True)
class DecodeLimits:
    max_pixels: int = DEFAULT_MAX_PIXELS
    """Largest page (width × height) accepted, checked before decoding."""
    max_pages: int = DEFAULT_MAX_PAGES
    """Most pages (TIFF frames, PDF pages) accepted from one file."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Largest file accepted, checked before the file is opened."""

    def __post_init__(self) -> None:
        if self.max_pixels <= 0 or self.max_pages <= 0 or self.max_bytes <= 0:
            raise ValueError("decode limits must be positive")


@dataclass
class SourcePage:
    """One decoded page, upright, with the resolution of its pixels when the file says it."""

    image: Image.Image
    dpi: float | None
    number: int
    """1-based position in its file."""
    preview: Image.Image | None = None
    """A small decode of the same page (a JPEG's 1/8 scale), for the thumbnail."""
    original: bytes | None = None
    """The file's bytes when ``image`` is exactly what they decode to (an upright JPEG
    decoded in its own colour mode at full size): they can be stored as they are."""


def image_dpi(info: Mapping[Any, Any]) -> float | None:
    """The horizontal resolution recorded in an image's ``info``, when it is plausible."""
    dpi = info.get("dpi")
    if not isinstance(dpi, tuple) or not dpi:
        return None
    try:
        value = float(dpi[0])
    except (TypeError, ValueError):
        return None
    return value if _MIN_DPI <= value <= _MAX_DPI else None


def check_size(name: str, width: int, height: int, limits: DecodeLimits, what: str) -> None:
    """Reject a page of more than ``limits.max_pixels`` pixels."""
    if width * height > limits.max_pixels:
        megapixels, limit = f"{width * height / 1e6:.0f}", f"{limits.max_pixels / 1e6:.0f}"
        raise ImportRejected(
            name,
            f"{what} is {width}×{height} pixels ({megapixels} megapixels), more than the "
            f"limit of {limit} megapixels; it could be a decompression bomb",
            width, height, megapixels, limit, reason="too_many_pixels",
        )


@contextmanager
def pillow_guard(name: str, refuse: type[FileRefused] = ImportRejected,
                 known: str = _KNOWN) -> Iterator[None]:
    """Turn whatever Pillow raises on a bad file into a ``refuse`` naming the file and why.

    Pillow's plugins report damaged data with many exception types (OSError, SyntaxError,
    ValueError, TypeError, struct.error …), so anything but a refusal of ours counts;
    *known* lists the formats accepted, for a file in a format Pillow does not know.
    """
    with warnings.catch_warnings(record=True) as caught:
        # Our own limit decides; Pillow's bomb warning would only repeat it. Its other
        # warnings (corrupt EXIF …) go to the log instead of the user's console.
        warnings.simplefilter("always")
        try:
            yield
        except DomainError:
            raise
        except Image.DecompressionBombError as exc:
            raise refuse(name, f"the image is too large to decode safely: {exc}",
                         reason="too_large") from exc
        except UnidentifiedImageError as exc:
            raise refuse(name, f"not one of {known} (unknown format)", known,
                         reason="unknown_format") from exc
        except MemoryError as exc:
            raise refuse(name, "not enough memory to decode the image",
                         reason="no_memory") from exc
        except Exception as exc:
            text = str(exc) or type(exc).__name__
            if "truncated" in text:
                raise refuse(name, "the image is truncated (the file is incomplete)",
                             reason="truncated") from exc
            raise refuse(name, f"the image data is damaged: {text}", text,
                         reason="damaged") from exc
        finally:
            for warning in caught:
                if not issubclass(warning.category, Image.DecompressionBombWarning):
                    log.info("while decoding a file: %s", warning.message)


class DocumentReader(ABC):
    """The pages of one file, decoded lazily; use as a context manager.

    ``page_count`` is known once the file is open; iterating decodes one page at a time,
    so memory holds a single page whatever the length of the file.
    """

    def __init__(self, path: Path, name: str, dpi: int, limits: DecodeLimits) -> None:
        self.path = path
        self.name = name
        self.dpi = dpi
        self.limits = limits
        self.page_count = 0

    def __enter__(self) -> DocumentReader:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def __iter__(self) -> Iterator[SourcePage]: ...


class _ImageReader(DocumentReader):
    def __init__(self, path: Path, name: str, dpi: int, limits: DecodeLimits,
                 keep_colour: bool = True) -> None:
        super().__init__(path, name, dpi, limits)
        self.keep_colour = keep_colour
        with pillow_guard(name):
            self._img = Image.open(path, formats=_PIL_FORMATS)
        try:
            # An MPO (camera JPEG) carries previews as extra frames: the first is the photo.
            with pillow_guard(name):
                frames = getattr(self._img, "n_frames", 1) if self._img.format == "TIFF" else 1
            if frames > limits.max_pages:
                raise ImportRejected(
                    name, f"the TIFF has {frames} pages, more than the limit of "
                    f"{limits.max_pages}", frames, limits.max_pages, reason="tiff_pages")
            self.page_count = frames
        except BaseException:
            self._img.close()
            raise

    def close(self) -> None:
        self._img.close()

    def _jpeg_page(self) -> SourcePage:
        """A single JPEG: a probe at up to 1/8 scale decides the colour mode and makes the
        preview, then libjpeg decodes the page straight into that mode (a colour scan of a
        text page into grayscale) and, when the file is much finer than wanted, at 1/2,
        1/4 or 1/8 scale. Both decodes read the whole file, so a truncated one fails here."""
        img = self._img
        check_size(self.name, img.width, img.height, self.limits, "the image")
        source_mode, source_size = img.mode, img.size
        orientation = img.getexif().get(ExifTags.Base.Orientation, 1)
        dpi = image_dpi(img.info)
        with Image.open(self.path, formats=("JPEG",)) as probe:
            # As small as libjpeg can make it while still larger than a thumbnail.
            factor = max(1, min(8, max(img.size) // max(THUMBNAIL_SIZE)))
            probe.draft(probe.mode, (math.ceil(img.width / factor),
                                     math.ceil(img.height / factor)))
            probe.load()
            mode = source_mode
            if mode == "RGB" and not self.keep_colour and looks_gray(probe):
                mode = "L"
            preview = probe.convert(mode)
        size = None
        if dpi and self.dpi < dpi:
            size = (math.ceil(img.width * self.dpi / dpi), math.ceil(img.height * self.dpi / dpi))
        if size or mode != source_mode:
            img.draft(mode, size)
        img.load()
        if dpi:
            dpi *= img.width / source_size[0]
        ImageOps.exif_transpose(img, in_place=True)
        if orientation in _TURNED:
            preview = preview.transpose(_TURNED[orientation])
        unchanged = img.mode == source_mode and img.size == source_size and orientation == 1
        # Only the JPEG's own bytes: anything appended after its end is not the picture.
        original = jpeg_own_bytes(self.path) if unchanged else None
        return SourcePage(img, dpi, 1, preview=preview, original=original)

    def __iter__(self) -> Iterator[SourcePage]:
        img = self._img
        if self.page_count == 1 and img.format == "JPEG" and img.mode in ("RGB", "L"):
            with pillow_guard(self.name):
                whole = self._jpeg_page()
            yield whole
            return
        for index in range(self.page_count):
            what = f"page {index + 1}" if self.page_count > 1 else "the image"
            with pillow_guard(self.name):
                if index:
                    img.seek(index)
                check_size(self.name, img.width, img.height, self.limits, what)
                dpi = image_dpi(img.info)
                if img.format in ("JPEG", "MPO") and dpi and self.dpi < dpi:
                    # Let libjpeg decode at 1/2, 1/4 or 1/8 scale: a 600 dpi photo of a
                    # page never exists in memory at full size when 300 dpi is wanted.
                    full_width = img.width
                    scale = self.dpi / dpi
                    img.draft(img.mode, (math.ceil(img.width * scale),
                                         math.ceil(img.height * scale)))
                    dpi *= img.width / full_width
                img.load()  # the whole image: a truncated file fails here
                page: Image.Image
                if self.page_count == 1:
                    ImageOps.exif_transpose(img, in_place=True)
                    page = img
                else:
                    page = ImageOps.exif_transpose(img)
            yield SourcePage(page, dpi, index + 1)


class _PdfReader(DocumentReader):
    def __init__(self, path: Path, name: str, dpi: int, limits: DecodeLimits) -> None:
        super().__init__(path, name, dpi, limits)
        with _PDFIUM_LOCK:
            try:
                self._pdf = pdfium.PdfDocument(str(path))
            except pdfium.PdfiumError as exc:
                raise _pdf_refused(name, exc) from exc
            try:
                count = len(self._pdf)
            except BaseException:
                self._pdf.close()
                raise
        if count == 0:
            self.close()
            raise ImportRejected(name, "the PDF has no pages", reason="pdf_no_pages")
        if count > limits.max_pages:
            self.close()
            raise ImportRejected(
                name, f"the PDF has {count} pages, more than the limit of {limits.max_pages}",
                count, limits.max_pages, reason="pdf_pages")
        self.page_count = count

    def close(self) -> None:
        with _PDFIUM_LOCK:
            self._pdf.close()

    def __iter__(self) -> Iterator[SourcePage]:
        # Slightly under dpi/72: PDFium rounds the bitmap size up, and 216 pt at 150 dpi
        # must give 450 pixels, not 451 from a floating-point 450.00000000000006.
        scale = self.dpi / 72 * (1 - 1e-9)
        for index in range(self.page_count):
            with _PDFIUM_LOCK:
                try:
                    page = self._pdf[index]
                    try:
                        width_pt, height_pt = page.get_size()
                        check_size(self.name, math.ceil(width_pt * scale),
                                   math.ceil(height_pt * scale), self.limits,
                                   f"page {index + 1} at {self.dpi} dpi")
                        bitmap = page.render(scale=scale, may_draw_forms=True)
                        try:
                            image = bitmap.to_pil()
                            image.load()
                        finally:
                            bitmap.close()
                    finally:
                        page.close()
                except pdfium.PdfiumError as exc:
                    raise ImportRejected(
                        self.name, f"page {index + 1} of the PDF cannot be rendered: {exc}",
                        index + 1, exc, reason="pdf_page") from exc
            yield SourcePage(image, float(self.dpi), index + 1)


def _pdf_refused(name: str, exc: Exception) -> ImportRejected:
    text = str(exc)
    if "password" in text.lower():
        return ImportRejected(name, "the PDF is encrypted with a password; save an "
                              "unprotected copy and import that", reason="pdf_password")
    return ImportRejected(name, f"the PDF is damaged or not a PDF ({text})", text,
                          reason="pdf_damaged")


def open_document(
    path: Path | str, *, dpi: int = 300, limits: DecodeLimits | None = None,
    name: str | None = None, keep_colour: bool = True,
) -> DocumentReader:
    """Open *path* for reading its pages; raise :class:`ImportRejected` when it cannot be.

    A folder, a pipe, a device, an empty file or one over ``limits.max_bytes`` is refused
    before it is opened.

    *dpi* is the resolution PDF pages are rendered at; images are decoded as they are
    (JPEGs at a reduced scale when they are much finer than *dpi*). *name* is how
    rejections name the file (default: the path as given). With *keep_colour* false, a
    colour JPEG without real colour is decoded as grayscale straight away.
    """
    path = Path(path)
    name = name if name is not None else str(path)
    if dpi <= 0:
        raise ValueError("dpi must be positive")
    limits = limits or DecodeLimits()
    check_file(path, name, limits.max_bytes)
    head = read_head(path, name, _HEAD_BYTES)
    if b"%PDF-" in head:
        return _PdfReader(path, name, dpi, limits)
    return _ImageReader(path, name, dpi, limits, keep_colour)


def count_pages(path: Path | str, limits: DecodeLimits | None = None) -> int:
    """How many pages *path* will give, from its header only; 1 when it cannot tell.

    Used for progress totals before the import proper, which does the real checks.
    """
    try:
        with open_document(path, limits=limits) as reader:
            return max(1, reader.page_count)
    except ImportRejected:
        return 1
