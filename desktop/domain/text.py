"""Text normalisation for search: one folding rule used by writers and readers alike."""

from __future__ import annotations

import unicodedata

__all__ = ["KAZAKH_ALPHABET", "application_search_key", "fold", "sort_key"]


def fold(text: str) -> str:
    """Case-fold for search, correct for Kazakh and Russian letters.

    SQLite's ``lower()`` folds ASCII only, so the application stores a folded copy of the
    searchable text and folds the query the same way; ``str.casefold`` knows ә, ғ, қ, ң, ө,
    ұ, ү, һ, і. NFC first, so a decomposed letter typed on another system still matches.
    """
    return unicodedata.normalize("NFC", text).casefold().strip()


def application_search_key(number: str, iin_bin: str, applicant_name: str) -> str:
    """What the registry's search box matches: number, identity number and name, folded."""
    return fold(f"{number} {iin_bin} {applicant_name}")


KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
"""The Kazakh Cyrillic alphabet in its dictionary order (it contains the Russian one)."""

_RANK = {letter: chr(0x3000 + i) for i, letter in enumerate(KAZAKH_ALPHABET)}
_LEADING_NOISE = "«»\"'“”„()[]-–— .,"


def sort_key(text: str) -> str:
    """A string whose plain code-point order is the order a Kazakh reader expects.

    Each Cyrillic letter becomes a character from one block in alphabet order (ә after а,
    ғ after г, і after ы …), so a binary comparison, as SQLite and PostgreSQL's "C"
    collation make, sorts names correctly on both. Case is folded; quotes and dashes in
    front of a company name («Көкшетау» …) are ignored.
    """
    folded = fold(text).lstrip(_LEADING_NOISE)
    return "".join(_RANK.get(ch, ch) for ch in folded)
