"""An application's scans as one searchable PDF/A-3b: each page's image, and under it the text
read from it, invisible, word by word where the word stands (as OCRmyPDF lays it out).

A reader's search and copy find the words; what is seen is the scan alone, unchanged (the
stored JPEG or PNG is embedded as it is). Pages without a reading are plain images.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import fpdf
from fpdf import FPDF
from fpdf.enums import TextMode

from desktop.domain.ocr import Word
from desktop.reports.layout import PDFA_CONFORMANCE, PDFA_PART
from desktop.resources import font_path

__all__ = ["ScanPage", "searchable_pdf"]

log = logging.getLogger(__name__)

_FONT = "DejaVu"
_MM_PER_INCH = 25.4


@dataclass(frozen=True)
class ScanPage:
    image: bytes
    """The stored image (JPEG or PNG), embedded as it is."""
    width_px: int
    height_px: int
    dpi: int
    words: tuple[Word, ...] = ()


def searchable_pdf(pages: Sequence[ScanPage], *, title: str, lang: str,
                   created: datetime | None = None) -> bytes:
    """The PDF: one page per scan, at the scan's size and resolution."""
    pdf = FPDF(unit="mm", enforce_compliance=f"PDF/A-{PDFA_PART}{PDFA_CONFORMANCE}")
    pdf.add_font(_FONT, "", str(font_path()))
    pdf.set_auto_page_break(False)
    pdf.allow_images_transparency = False
    pdf.c_margin = 0
    pdf.set_lang(lang)
    for page in pages:
        scale = _MM_PER_INCH / page.dpi  # mm per pixel
        width, height = page.width_px * scale, page.height_px * scale
        pdf.add_page(format=(width, height))
        pdf.image(io.BytesIO(page.image), x=0, y=0, w=width, h=height)
        _invisible_words(pdf, page.words, scale)
    when = (created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    pdf.set_title(title)
    pdf.set_creator("export-commission")
    pdf.set_producer(f"fpdf2 {fpdf.FPDF_VERSION}")
    pdf.set_creation_date(when)
    data = bytes(pdf.output())
    log.debug("a searchable PDF of %d page(s), %d bytes", len(pages), len(data))
    return data


def _invisible_words(pdf: FPDF, words: Sequence[Word], scale: float) -> None:
    """Each word in its box: its height sets the size, a horizontal stretch its width."""
    pdf.text_mode = TextMode.INVISIBLE
    for word in words:
        if word.width <= 0 or word.height <= 0:
            continue
        size = word.height * scale / 0.3528 * 1.15  # points; a word's box is about x-height
        pdf.set_font(_FONT, size=size)
        pdf.set_stretching(100)  # fpdf2 measures a width with the stretching in force
        natural = pdf.get_string_width(word.text)
        if natural <= 0:
            continue
        pdf.set_stretching(100 * word.width * scale / natural)
        pdf.text(word.left * scale, (word.top + word.height) * scale, word.text)
    pdf.set_stretching(100)
    pdf.text_mode = TextMode.FILL
