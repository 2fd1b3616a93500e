"""The registered data against what the scanned papers say: IIN/BIN, surname, document number.

Only a warning, never a correction: OCR misreads, and a form may be filled in by hand. So a
value counts as read only where the page makes it unmistakable — a valid IIN/BIN (its check
digit holds), a surname right after its label ("Тегі", "Фамилия", "Өтініш беруші",
"Заявитель"), a document's number on the line that names an identity document — and a
field is reported only when the papers give such a value and none of them equals the
registered one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.documents import PageKind
from desktop.domain.identity import IdentityError, classify
from desktop.domain.text import fold

__all__ = ["CHECKED_KINDS", "Discrepancy", "Field", "ReadPage", "cross_check"]

CHECKED_KINDS = frozenset({PageKind.FORM, PageKind.ID})
"""The application form and the identity document: the papers that state these fields."""


class Field(StrEnum):
    IIN_BIN = "iin_bin"
    SURNAME = "surname"
    DOCUMENT_NUMBER = "document_number"


@dataclass(frozen=True)
class ReadPage:
    position: int
    kind: PageKind
    text: str


@dataclass(frozen=True)
class Discrepancy:
    field: Field
    registered: str
    read: str
    page: int
    """The position of the page that says so (the first one)."""


_NUMBER = re.compile(r"(?<!\d)\d{12}(?!\d)")
_SURNAME_LABELS = ("өтініш беруші", "заявитель", "тегі", "фамилиясы", "фамилия")
_DOCUMENT_WORDS = ("куәлі", "удостовер", "паспорт")
_DOCUMENT_NUMBER = re.compile(r"(?<![\w])([a-zа-я]?\d{7,9})(?!\d)", re.IGNORECASE)
"""A passport's or an ID card's number: 7 to 9 digits, perhaps after a letter (a 12-digit
IIN is longer; "№" itself is often read as "Ме" or "No", so it is not required)."""
_WORD = re.compile(r"[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?")


def _same_name(a: str, b: str) -> bool:
    """Equal as names: case folded, ё read as е (documents write either)."""
    return fold(a).replace("ё", "е") == fold(b).replace("ё", "е")


def _identity_numbers(text: str) -> Iterator[str]:
    for number in _NUMBER.findall(text):
        try:
            classify(number)
        except IdentityError:
            continue  # a misread or another number: not an IIN/BIN
        yield number


def _surnames(text: str) -> Iterator[str]:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        folded = fold(line)
        for label in _SURNAME_LABELS:
            at = folded.find(label)
            if at < 0:
                continue
            rest = line[at + len(label):].lstrip(" :/")
            if not rest.strip():  # the label alone: the name is on the next line
                rest = next((x for x in lines[i + 1:] if x.strip()), "")
            word = _WORD.search(rest)
            if word:
                yield word.group(0)
            break


def _document_numbers(text: str) -> Iterator[str]:
    for line in text.splitlines():
        if any(word in fold(line) for word in _DOCUMENT_WORDS):
            for number in _DOCUMENT_NUMBER.findall(line):
                yield number.upper()


def _same_number(a: str, b: str) -> bool:
    return a.replace(" ", "").upper() == b.replace(" ", "").upper()


def _check(field: Field, registered: str, found: list[tuple[str, int]]) -> Discrepancy | None:
    if not registered or not found:
        return None
    same = _same_name if field == Field.SURNAME else _same_number
    if any(same(registered, value) for value, _page in found):
        return None
    value, page = found[0]
    return Discrepancy(field, registered, value, page)


def cross_check(iin_bin: str, surname: str | None, document_number: str | None,
                pages: Iterable[ReadPage]) -> list[Discrepancy]:
    """Each field the papers state otherwise than the registration, with both values."""
    numbers: list[tuple[str, int]] = []
    surnames: list[tuple[str, int]] = []
    documents: list[tuple[str, int]] = []
    for page in sorted(pages, key=lambda p: p.position):
        if page.kind not in CHECKED_KINDS:
            continue
        numbers += [(n, page.position) for n in _identity_numbers(page.text)]
        surnames += [(s, page.position) for s in _surnames(page.text)]
        documents += [(d, page.position) for d in _document_numbers(page.text)]
    found = (
        _check(Field.IIN_BIN, iin_bin, numbers),
        _check(Field.SURNAME, surname or "", surnames),
        _check(Field.DOCUMENT_NUMBER, document_number or "", documents),
    )
    return [d for d in found if d is not None]
