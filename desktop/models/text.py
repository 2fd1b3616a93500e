"""Text normalisation for search: one folding rule used by writers and readers alike."""

from __future__ import annotations

import unicodedata

__all__ = ["application_search_key", "fold"]


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
