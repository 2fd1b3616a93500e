"""Text in the two languages of the documents, kept side by side.

A conclusion is issued in Kazakh and in Russian, each document wholly in its language, so
what a member writes about an item (its name, subject, inscriptions, description…) is kept
in both: :class:`Bilingual`. Proper names (people, places of the applicant) are written once
and are not bilingual.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["DOCUMENT_LANGS", "KAZAKH_LETTERS", "NO_TEXT", "Bilingual", "guess_language"]

DOCUMENT_LANGS: tuple[str, ...] = ("kk", "ru")
"""The languages the commission's documents are issued in."""

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
"""The Cyrillic letters of Kazakh that Russian does not have."""


def guess_language(text: str) -> str:
    """"kk" for text with a Kazakh letter, else "ru": how text written before the two
    languages were kept apart is filed. Only a guess (Kazakh "домбыра" has no Kazakh
    letter); the member moves it if it is wrong, and a missing language is asked for
    before a conclusion is drafted."""
    return "kk" if any(ch in KAZAKH_LETTERS for ch in text) else "ru"


@dataclass(frozen=True)
class Bilingual:
    """One text in Kazakh and in Russian."""

    kk: str = ""
    ru: str = ""

    def get(self, lang: str) -> str:
        """The text in *lang* ("kk" or "ru"); no fallback to the other language."""
        if lang not in DOCUMENT_LANGS:
            raise ValueError(f"'{lang}' is not a document language")
        text: str = getattr(self, lang)
        return text

    def __bool__(self) -> bool:
        return any(getattr(self, lang).strip() for lang in DOCUMENT_LANGS)

    def lacking(self, langs: tuple[str, ...] = DOCUMENT_LANGS) -> tuple[str, ...]:
        """The languages of *langs* left empty while another one is written (an empty text
        lacks nothing: it is not written at all)."""
        if not self:
            return ()
        return tuple(lang for lang in langs if not getattr(self, lang).strip())

    def to_json(self) -> dict[str, str]:
        return {lang: getattr(self, lang) for lang in DOCUMENT_LANGS}

    @classmethod
    def from_json(cls, value: Any) -> Bilingual:
        """From ``{"kk": …, "ru": …}``; a plain string (a value saved before the languages
        were kept apart) goes to the language it looks like, see :func:`guess_language`.

        Raises ``TypeError`` or ``ValueError`` for anything else.
        """
        if value is None or value == "":
            return cls()
        if isinstance(value, str):
            return cls(**{guess_language(value): value})
        if not isinstance(value, dict):
            raise TypeError(f"expected texts by language, got {type(value).__name__}")
        unknown = set(value) - set(DOCUMENT_LANGS)
        if unknown:
            raise ValueError(f"unknown language(s): {', '.join(sorted(unknown))}")
        texts = {lang: value.get(lang) or "" for lang in DOCUMENT_LANGS}
        if not all(isinstance(text, str) for text in texts.values()):
            raise TypeError("each language's text must be a string")
        return cls(**texts)


NO_TEXT = Bilingual()
"""Nothing written in either language (frozen, so one value serves every default)."""
