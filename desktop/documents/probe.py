"""What a file says about itself before it is imported: its resolution and what it looks like.

Only the header is read, and for a JPEG a decode at one eighth of its size (libjpeg does that
cheaply), so the import dialog can ask about a dozen files at once. The import proper does
the real checks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image

from desktop.documents.decode import image_dpi
from desktop.documents.encode import looks_gray
from desktop.domain.documents import PageKind

__all__ = ["FileFacts", "probe"]

log = logging.getLogger(__name__)

_CAMERA_TAGS = (ExifTags.Base.Make, ExifTags.Base.Model)


@dataclass(frozen=True)
class FileFacts:
    dpi: int | None
    """The resolution the file records (JFIF or EXIF density, PNG pHYs, TIFF); None for a
    PDF, whose pages are drawn at a chosen one, and for an image that does not say."""
    pdf: bool = False
    camera: bool = False
    """The EXIF names the camera or phone that took it."""
    colour_jpeg: bool = False
    """A JPEG with real colour in it (a photo, not a colour scan of a text page)."""

    @property
    def kind(self) -> PageKind:
        """A first guess: camera pictures and colourful JPEGs are photos of the items;
        PDFs, PNGs, TIFFs and gray JPEGs are pages of forms."""
        return PageKind.PHOTO if self.camera or self.colour_jpeg else PageKind.FORM


def probe(path: Path | str) -> FileFacts:
    """The facts of *path*; a file that cannot be read yields none (the import says why)."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        return FileFacts(None, pdf=True)
    try:
        with Image.open(path) as img:
            dpi = image_dpi(img.info)
            camera = any(str(img.getexif().get(tag, "")).strip() for tag in _CAMERA_TAGS)
            colour = False
            if img.format in ("JPEG", "MPO") and img.mode == "RGB":
                img.draft("RGB", (max(1, img.width // 8), max(1, img.height // 8)))
                colour = not looks_gray(img.convert("RGB"))
    except Exception as exc:  # the import itself will say what is wrong with the file
        log.info("could not read the header of %s: %s", path.name, type(exc).__name__)
        return FileFacts(None)
    return FileFacts(None if dpi is None else round(dpi), camera=camera, colour_jpeg=colour)
