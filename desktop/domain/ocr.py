"""Text read from scanned pages (OCR): which pages are read, what a reading holds, and how a
search matches its words.

A reading is derived data: it sits beside the page and never changes the scan. It belongs to
one image (the page's blob): once the page is rotated, cropped or deskewed the reading is
stale and the page is read again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.documents import PageKind
from desktop.domain.errors import DomainError
from desktop.domain.text import fold

__all__ = [
    "OCR_KINDS",
    "OCR_LANGUAGES",
    "OcrError",
    "OcrStatus",
    "Word",
    "matching_words",
    "search_terms",
]

OCR_KINDS = frozenset({PageKind.FORM, PageKind.ID, PageKind.OTHER})
"""The pages that carry writing; photos of items are never read."""

OCR_LANGUAGES = "kaz+rus"
"""Tesseract's models, chosen by measurement (``python -m benchmarks --only ocr``): on
generated 300-dpi pages ``kaz+rus`` read Russian with under 1 % of characters wrong where
``kaz`` alone missed 1.8 %, and Kazakh equally well (0.4 %)."""


class OcrStatus(StrEnum):
    READ = "read"
    FAILED = "failed"
    """The engine could not read the page; the reason is kept beside it."""


class OcrError(DomainError):
    """Reading a page's text is impossible: ``not_installed`` (no Tesseract, or without the
    Kazakh and Russian models; the values name what is missing), ``failed`` (the page)."""

    code = "ocr"


@dataclass(frozen=True)
class Word:
    """One word as read, and where it stands on the page, in the page's pixels."""

    text: str
    left: int
    top: int
    width: int
    height: int


_WORD = re.compile(r"\w+")


def search_terms(text: str) -> list[str]:
    """The folded words of a search (letters and digits; punctuation dropped)."""
    return _WORD.findall(fold(text))


def matching_words(words: Iterable[Word], terms: Sequence[str]) -> list[Word]:
    """The words of a page that a search for *terms* found: each word that starts with one
    of the terms, as the full-text search matches them (a prefix, case folded)."""
    if not terms:
        return []
    found = []
    for word in words:
        parts = _WORD.findall(fold(word.text))
        if any(part.startswith(term) for part in parts for term in terms):
            found.append(word)
    return found
