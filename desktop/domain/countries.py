"""Countries by ISO 3166-1 alpha-2 code, named in Kazakh, Russian and English.

The names come from ``resources/countries.json`` (CLDR names, rebuilt by
``scripts/build_countries.py``). Lists are sorted in each language's own alphabetical order:
a plain code-point sort would put the Kazakh letters Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І after Я.

Plain Python: no Qt, no database.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Collection
from functools import cache

from desktop.domain.regions import LANGUAGES
from desktop.resources import resources_dir

__all__ = [
    "HOME",
    "CountryDataError",
    "countries",
    "country_name",
    "is_country",
    "sort_key",
]

HOME = "KZ"
"""Kazakhstan: a citizenship, never a destination of an export."""

_KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_ALPHABETS = {"kk": _KAZAKH, "ru": _RUSSIAN}
_LATIN_BASE = 0x1000  # Latin letters (and anything else) sort after the language's own


class CountryDataError(ValueError):
    """``resources/countries.json`` is missing or malformed; the message names the file."""


@cache
def _table() -> dict[str, dict[str, str]]:
    path = resources_dir() / "countries.json"
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))["countries"]
        table = {row["code"]: {lang: row[lang] for lang in LANGUAGES} for row in rows}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CountryDataError(f"{path}: cannot read the country list: {exc}") from exc
    if HOME not in table:
        raise CountryDataError(f"{path}: Kazakhstan ({HOME}) is missing")
    return table


def _language(lang: str) -> str:
    return lang if lang in LANGUAGES else "en"


def sort_key(text: str, lang: str) -> tuple[tuple[int, ...], str]:
    """Dictionary order for *lang*: its alphabet, case and accents ignored, punctuation too.

    Cyrillic letters are ranked by the language's alphabet (Kazakh: А Ә Б В Г Ғ …); Latin
    letters by their base letter (Å as A, Ç as C). Ties fall back to the text itself.
    """
    alphabet = _ALPHABETS.get(_language(lang), "")
    weights: list[int] = []
    for ch in unicodedata.normalize("NFC", text).casefold():
        position = alphabet.find(ch) if alphabet else -1
        if position >= 0:
            weights.append(1 + position)
        elif ch.isspace():
            weights.append(0)
        elif ch.isalnum():
            base = unicodedata.normalize("NFD", ch)[0]
            weights.append(_LATIN_BASE + ord(base))
    return tuple(weights), text


def countries(lang: str, *, exclude: Collection[str] = ()) -> list[tuple[str, str]]:
    """Every ``(code, name)`` with names in *lang* (kk, ru, en), sorted for that language.

    Destinations of an export pass ``exclude={HOME}``.
    """
    lang = _language(lang)
    pairs = [(code, names[lang]) for code, names in _table().items() if code not in exclude]
    return sorted(pairs, key=lambda pair: sort_key(pair[1], lang))


def country_name(code: str, lang: str) -> str:
    """The name of *code* in *lang*; the code itself when it is not a known country."""
    names = _table().get(code)
    return names[_language(lang)] if names else code


def is_country(code: str) -> bool:
    """Whether *code* is a known ISO 3166-1 alpha-2 code (upper case)."""
    return code in _table()
