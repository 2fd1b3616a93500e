"""The controlled vocabulary of the examination: object types, materials and techniques.

A record keeps the *code* of a term (``silver``, ``casting``); the documents print the term
in their language and the window in its own. The terms come from
``resources/vocabulary/examination.json``, shipped with the program, and from the terms an
administrator adds (kept in the database, so every desktop sees them). A term is never
removed or given another meaning: records and signed documents name it.

The other closed sets of the record (original or copy, condition, completeness, units,
dimensions) are fixed enums of :mod:`desktop.domain.examination_rules`: they carry rules
(the worst condition, unit conversions), so they are not extendable.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desktop.domain.errors import DomainError
from desktop.resources import resources_dir

__all__ = [
    "TERM_KINDS",
    "TERM_LANGS",
    "Term",
    "Vocabulary",
    "VocabularyError",
    "bundled_vocabulary",
    "vocabulary_file",
]

TERM_KINDS: tuple[str, ...] = ("object_type", "material", "technique")
"""The record fields whose values are terms of the vocabulary."""
TERM_LANGS: tuple[str, ...] = ("kk", "ru", "en")
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,47}$")
_MAX_TERM = 200


class VocabularyError(DomainError):
    """A term or a vocabulary file is not right; ``values`` name the term or the file."""

    code = "vocabulary"


def vocabulary_file() -> Path:
    return resources_dir() / "vocabulary" / "examination.json"


@dataclass(frozen=True)
class Term:
    kind: str
    code: str
    kk: str
    ru: str
    en: str

    def label(self, lang: str) -> str:
        """The term in *lang* (kk, ru or en); English for any other language."""
        return str(getattr(self, lang if lang in TERM_LANGS else "en"))


def _key(text: str) -> str:
    """Text compared as a reader would: case, spacing and ё/е do not matter."""
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return " ".join(text.split())


def _term(kind: str, entry: Any, where: str) -> Term:
    if not isinstance(entry, Mapping):
        raise VocabularyError(f"{where}: a term must be an object with code, kk, ru and en",
                              where, reason="bad_term")
    code = entry.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise VocabularyError(f"{where}: the code {code!r} must be 2 to 48 small Latin letters, "
                              "digits or _, starting with a letter", where, str(code),
                              reason="bad_code")
    texts = {}
    for lang in TERM_LANGS:
        text = entry.get(lang)
        if not isinstance(text, str) or not text.strip() or len(text) > _MAX_TERM \
                or any(unicodedata.category(ch) == "Cc" for ch in text):
            raise VocabularyError(f"{where}: the term {code} needs its {lang} text (one line "
                                  f"of at most {_MAX_TERM} characters)", where, code, lang,
                                  reason="bad_text")
        texts[lang] = " ".join(text.split())
    unknown = set(entry) - {"code", *TERM_LANGS}
    if unknown:
        raise VocabularyError(f"{where}: the term {code} has unknown keys "
                              f"{', '.join(sorted(unknown))}", where, reason="bad_term")
    return Term(kind, code, **texts)


class Vocabulary:
    """The terms of every kind, in their order; look-ups by code and by text."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self._terms: dict[str, dict[str, Term]] = {kind: {} for kind in TERM_KINDS}
        self._texts: dict[str, dict[str, Term]] = {kind: {} for kind in TERM_KINDS}
        for term in terms:
            self._add(term)

    def _add(self, term: Term) -> None:
        if term.kind not in self._terms:
            raise VocabularyError(f"unknown kind of term '{term.kind}'; known: "
                                  f"{', '.join(TERM_KINDS)}", term.kind, reason="bad_kind")
        if term.code in self._terms[term.kind]:
            raise VocabularyError(f"the {term.kind} code {term.code} is taken", term.kind,
                                  term.code, reason="code_taken")
        for lang in TERM_LANGS:
            other = self._texts[term.kind].get(_key(term.label(lang)))
            if other is not None and other.code != term.code:
                raise VocabularyError(
                    f"the {term.kind} '{term.label(lang)}' is the term {other.code} already",
                    term.kind, term.label(lang), other.code, reason="text_taken")
        self._terms[term.kind][term.code] = term
        for lang in TERM_LANGS:
            self._texts[term.kind].setdefault(_key(term.label(lang)), term)

    @classmethod
    def from_json(cls, data: Any, where: str) -> Vocabulary:
        """From ``{"object_type": [{"code": …, "kk": …, "ru": …, "en": …}, …], …}``."""
        return cls(cls.terms_from_json(data, where))

    @staticmethod
    def terms_from_json(data: Any, where: str) -> list[Term]:
        if not isinstance(data, Mapping):
            raise VocabularyError(f"{where}: expected an object of term lists by kind", where,
                                  reason="bad_file")
        unknown = set(data) - set(TERM_KINDS)
        if unknown:
            raise VocabularyError(f"{where}: unknown kind(s) {', '.join(sorted(unknown))}; "
                                  f"known: {', '.join(TERM_KINDS)}",
                                  ", ".join(sorted(unknown)), reason="bad_kind")
        terms = []
        for kind, entries in data.items():
            if not isinstance(entries, list):
                raise VocabularyError(f"{where}: {kind} must be a list of terms", where,
                                      reason="bad_file")
            terms += [_term(kind, entry, f"{where}: {kind} #{i}")
                      for i, entry in enumerate(entries, start=1)]
        return terms

    def with_terms(self, terms: Iterable[Term]) -> Vocabulary:
        """This vocabulary and *terms* after it (each checked as it is added)."""
        return Vocabulary([*self.all_terms(), *terms])

    def all_terms(self) -> list[Term]:
        return [term for kind in TERM_KINDS for term in self._terms[kind].values()]

    def terms(self, kind: str) -> tuple[Term, ...]:
        return tuple(self._terms[kind].values())

    def get(self, kind: str, code: str) -> Term | None:
        return self._terms.get(kind, {}).get(code)

    def label(self, kind: str, code: str, lang: str) -> str:
        """The term's text in *lang*; the code itself when the vocabulary lacks it."""
        term = self.get(kind, code)
        return term.label(lang) if term is not None else code

    def find(self, kind: str, text: str) -> Term | None:
        """The term whose Kazakh, Russian or English text *text* is (case, spacing and
        ё/е aside)."""
        return self._texts.get(kind, {}).get(_key(text))


@cache
def bundled_vocabulary() -> Vocabulary:
    """The terms shipped with the program (read once per process)."""
    path = vocabulary_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise VocabularyError(f"{path}: cannot be read: {exc}", str(path),
                              reason="bad_file") from exc
    if not isinstance(data, Mapping) or data.get("format") != 1:
        raise VocabularyError(f"{path}: expected {{\"format\": 1, \"terms\": …}}", str(path),
                              reason="bad_file")
    return Vocabulary.from_json(data.get("terms"), str(path))
