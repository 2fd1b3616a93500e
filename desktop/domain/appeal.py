"""How a refused applicant may appeal: to whom, within what time, and where to ask.

The terms are law, and law moves, so they are data: ``resources/appeal.json`` holds
versions, each in force from a date, with the paragraph a refusal letter prints in Kazakh
and in Russian (``{body}`` stands for the local executive body of the region profile).
The letter takes the version in force on its date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from desktop.resources import resources_dir

__all__ = ["AppealError", "AppealTerms", "appeal_file", "appeal_terms", "load_appeal_file"]

_LANGS = ("kk", "ru")


class AppealError(ValueError):
    """The appeal file is missing or invalid; the message names the file."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class AppealTerms:
    since: date
    texts: dict[str, str]
    sources: tuple[str, ...]

    def text(self, lang: str, body: str) -> str:
        """The paragraph in ``lang`` (Kazakh when there is none) naming ``body``."""
        return self.texts.get(lang, self.texts["kk"]).replace("{body}", body)


def appeal_file() -> Path:
    return resources_dir() / "appeal.json"


def _version(data: Any, path: Path, where: str) -> AppealTerms:
    if not isinstance(data, dict):
        raise AppealError(path, f"{where} must be an object")
    try:
        since = date.fromisoformat(str(data.get("from", "")))
    except ValueError:
        raise AppealError(path, f"{where}.from must be a date (YYYY-MM-DD)") from None
    texts = {}
    for lang in _LANGS:
        text = data.get(lang)
        if not isinstance(text, str) or "{body}" not in text:
            raise AppealError(path, f"{where}.{lang} must be a text naming {{body}}")
        texts[lang] = text.strip()
    sources = data.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise AppealError(path, f"{where}.sources must be a list of texts")
    return AppealTerms(since, texts, tuple(sources))


def load_appeal_file(path: Path) -> tuple[AppealTerms, ...]:
    """Every version in the file, oldest first."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AppealError(path, f"cannot be read: {exc}") from exc
    versions = data.get("versions") if isinstance(data, dict) else None
    if not isinstance(versions, list) or not versions:
        raise AppealError(path, "needs a non-empty list 'versions'")
    return tuple(sorted((_version(v, path, f"versions[{i}]") for i, v in enumerate(versions)),
                        key=lambda v: v.since))


@cache
def _versions() -> tuple[AppealTerms, ...]:
    return load_appeal_file(appeal_file())


def appeal_terms(on: date) -> AppealTerms:
    """The terms in force on ``on`` (the oldest version for an earlier date)."""
    versions = _versions()
    current = versions[0]
    for version in versions:
        if version.since <= on:
            current = version
    return current
