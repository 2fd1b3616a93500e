"""Reading a page's text with Tesseract: the clean-up, the call, the words and their boxes.

The ``tesseract`` program is called through pytesseract (one call per page gives the words
with their boxes; the text is put together from them). Measured against the in-process
binding (tesserocr) on the same pages it was as fast once Tesseract's own threads are
limited to one, and it keeps a crash of the engine out of our process and uses the same
installation on Linux (Debian's packages) and Windows (the UB Mannheim build).

Before reading, the page is despeckled with a 3×3 median: on noisy generated pages that
halved the character errors in Kazakh (1.2 % → 0.4 %) and cost nothing on clean ones.
Plain Pillow and a subprocess: no database, no Qt.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytesseract
from PIL import Image, ImageFilter, ImageOps

from desktop.domain.ocr import OCR_LANGUAGES, OcrError, Word

__all__ = ["Reading", "engine_problem", "read_image"]

log = logging.getLogger(__name__)

TIMEOUT_S = 180
"""A page Tesseract has not read in three minutes is marked failed rather than waited for."""


@dataclass(frozen=True)
class Reading:
    text: str
    """Lines as read, separated by line breaks; paragraphs by an empty line."""
    words: tuple[Word, ...]


PROGRAM_VARIABLE = "EXPORT_COMMISSION_TESSERACT"
"""The environment variable that names the ``tesseract`` program when it is not on PATH."""
_WINDOWS_DEFAULT = r"C:\Program Files\Tesseract-OCR\tesseract.exe"
"""Where the UB Mannheim installer puts it."""


def tesseract_program() -> str:
    """The program to call: the variable's, else ``tesseract`` on PATH, else (Windows) the
    installer's default folder."""
    named = os.environ.get(PROGRAM_VARIABLE, "").strip()
    if named:
        return named
    if shutil.which("tesseract") is None and os.name == "nt" and Path(
            _WINDOWS_DEFAULT).is_file():
        return _WINDOWS_DEFAULT
    return "tesseract"


def engine_problem() -> tuple[str, ...] | None:
    """What is missing for OCR (``("tesseract",)`` or the missing models), or ``None``."""
    return _problem(tesseract_program())


@cache
def _problem(command: str) -> tuple[str, ...] | None:
    """Asked once per program and process: installing Tesseract takes a restart."""
    if shutil.which(command) is None and not Path(command).is_file():
        return ("tesseract",)
    pytesseract.pytesseract.tesseract_cmd = command
    try:
        languages = set(pytesseract.get_languages(config=""))
    except Exception:  # the program is there but does not run
        log.exception("tesseract is installed but does not answer")
        return ("tesseract",)
    missing = tuple(lang for lang in OCR_LANGUAGES.split("+") if lang not in languages)
    return missing or None


def require_engine() -> None:
    """Raise :class:`OcrError` ``not_installed`` when OCR cannot run here."""
    missing = engine_problem()
    if missing:
        raise OcrError(f"OCR is not installed (missing: {', '.join(missing)})",
                       ", ".join(missing), reason="not_installed")


def prepare(image: Image.Image) -> Image.Image:
    """Grayscale and a 3×3 median (see the module's docstring for why)."""
    return ImageOps.grayscale(image).filter(ImageFilter.MedianFilter(3))


def read_image(data: bytes, dpi: int | None) -> Reading:
    """The text and words of a stored page image (JPEG or PNG bytes)."""
    require_engine()
    pytesseract.pytesseract.tesseract_cmd = tesseract_program()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # see the module's docstring
    with Image.open(io.BytesIO(data)) as opened:
        image = prepare(opened)
    config = f"--dpi {dpi}" if dpi else ""
    # Handed over uncompressed (a PGM): pytesseract would write a PNG, 60 ms of this
    # thread's CPU for an A4 page, and Tesseract would decode it again.
    with tempfile.TemporaryDirectory(prefix="export-commission-ocr-") as folder:
        path = Path(folder) / "page.pgm"
        image.save(path, format="PPM")
        table = _tesseract(str(path), config)
    return _assemble(table)


def _tesseract(path: str, config: str) -> dict[str, list[object]]:
    try:
        return pytesseract.image_to_data(path, lang=OCR_LANGUAGES, config=config,
                                         timeout=TIMEOUT_S, output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError as exc:  # the reason, for the mark
        raise OcrError(f"Tesseract failed: {exc.message.strip()}", exc.message.strip(),
                       reason="failed") from exc
    except RuntimeError as exc:  # pytesseract's timeout
        raise OcrError(f"Tesseract took over {TIMEOUT_S} s", str(TIMEOUT_S),
                       reason="timeout") from exc


def _assemble(table: dict[str, list[object]]) -> Reading:
    words: list[Word] = []
    lines: list[str] = []
    current: list[str] = []
    where: tuple[object, ...] | None = None
    for i, raw in enumerate(table["text"]):
        text = str(raw).strip()
        if not text:
            continue
        line = (table["block_num"][i], table["par_num"][i], table["line_num"][i])
        if line != where and current:
            lines.append(" ".join(current))
            if where is not None and line[:2] != where[:2]:
                lines.append("")
            current = []
        where = line
        current.append(text)
        left, top, width, height = (int(str(table[k][i]))
                                    for k in ("left", "top", "width", "height"))
        words.append(Word(text, left, top, width, height))
    if current:
        lines.append(" ".join(current))
    return Reading("\n".join(lines), tuple(words))
