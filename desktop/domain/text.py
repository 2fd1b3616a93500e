"""Text rules: one folding rule for search, and what may be shown of text from outside.

A file name or a typed value can carry characters that act instead of being seen: terminal
escape sequences (ESC …), bidirectional overrides that turn ``gpj.exe`` into ``exe.jpg`` on
screen, zero-width characters that make two names look alike. :func:`shown` makes them
visible wherever such text is put in a message.
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "INVISIBLE",
    "KAZAKH_ALPHABET",
    "application_search_key",
    "first_invisible",
    "fold",
    "shown",
    "sort_key",
]

INVISIBLE = frozenset(
    "\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
"""Zero-width characters and bidirectional controls: they change how text looks or reads
without being seen themselves."""


def _escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str, *, keep_lines: bool = True) -> str:
    """*text* with control characters, zero-width characters and bidirectional controls
    written as escapes (``\\x1b``, ``\\u202e``), so a terminal or a label shows them instead
    of obeying them; line breaks and tabs stay unless *keep_lines* is false."""
    kept = "\n\t" if keep_lines else ""
    return "".join(
        _escaped(ch) if (unicodedata.category(ch) == "Cc" and ch not in kept)
        or ch in INVISIBLE or ch in "\u2028\u2029" else ch
        for ch in text
    )


def first_invisible(text: str) -> str | None:
    """The first zero-width or bidirectional control character of *text*, as ``U+XXXX``."""
    for ch in text:
        if ch in INVISIBLE:
            return f"U+{ord(ch):04X}"
    return None


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
