"""Reading rendered PDFs back with poppler's command-line tools, as a reader would."""

from __future__ import annotations

import html
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                   r"(.*?)</word>")


def _run(*args: str, data: bytes) -> bytes:
    return subprocess.run([*args], input=data, capture_output=True, check=True,
                          timeout=60).stdout


def text(pdf: bytes, *, first: int | None = None, last: int | None = None) -> str:
    """``pdftotext`` of ``pdf`` (UTF-8), pages ``first``…``last`` (1-based)."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return _run("pdftotext", "-enc", "UTF-8", *pages, "-", "-", data=pdf).decode("utf-8")


def flat(pdf: bytes) -> str:
    """The text with every run of white space (line ends too) made one space."""
    return " ".join(text(pdf).split())


@dataclass(frozen=True)
class Word:
    page: int
    """1-based."""
    x0: float
    y0: float
    x1: float
    y1: float
    """Points from the page's top left corner, as pdftotext gives them."""
    text: str


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: tuple[Word, ...]


def pages(pdf: bytes) -> list[Page]:
    """Every page's size and words with their boxes (``pdftotext -bbox``)."""
    out = _run("pdftotext", "-enc", "UTF-8", "-bbox", "-", "-", data=pdf).decode("utf-8")
    result = []
    for number, (width, height, body) in enumerate(_PAGE.findall(out), start=1):
        words = tuple(Word(number, float(a), float(b), float(c), float(d), html.unescape(t))
                      for a, b, c, d, t in _WORD.findall(body))
        result.append(Page(float(width), float(height), words))
    return result


def body_text(pdf: bytes, *, footer: float = 22 * 72 / 25.4) -> str:
    """The words above the footer (the bottom ``footer`` points) of every page, one space
    apart: a paragraph split between pages reads on without the footer in between."""
    return " ".join(word.text for page in pages(pdf) for word in page.words
                    if word.y1 <= page.height - footer)


def render_png(pdf: bytes, target: Path, *, dpi: int, page: int = 1) -> Path:
    """Page ``page`` of ``pdf`` as a PNG at ``dpi`` (``pdftoppm``), written to ``target``."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "document.pdf"
        source.write_bytes(pdf)
        prefix = Path(folder) / "page"
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                        "-singlefile", str(source), str(prefix)], check=True, timeout=60)
        target.write_bytes(prefix.with_suffix(".png").read_bytes())
    return target


def page_image(pdf: bytes, *, dpi: int, page: int = 1) -> Image.Image:
    with tempfile.TemporaryDirectory() as folder:
        path = render_png(pdf, Path(folder) / "page.png", dpi=dpi, page=page)
        image = Image.open(path)
        image.load()
    return image
