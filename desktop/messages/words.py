"""Translations for the command line, read from the same ``.ts`` files the window uses."""

from __future__ import annotations

import functools
import logging
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping

from desktop.messages import output
from desktop.messages.catalog import CONTEXT, MESSAGES
from desktop.messages.refusals import describe, fill, said
from desktop.messages.terms import term
from desktop.resources import resources_dir

__all__ = ["LANGUAGES", "Words", "cli_language"]

log = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru", "en")
LANGUAGE_ENV = "EXPORT_COMMISSION_LANG"


def cli_language(explicit: str | None = None,
                 environ: Mapping[str, str] | None = None) -> str:
    """``--lang``, else ``EXPORT_COMMISSION_LANG``, else the locale (``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``, as POSIX orders them); English when none is ours."""
    env = os.environ if environ is None else environ
    for value in (explicit, env.get(LANGUAGE_ENV), env.get("LC_ALL"), env.get("LC_MESSAGES"),
                  env.get("LANG")):
        if value:
            code = value.split(".")[0].split("_")[0].split("-")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"



@functools.lru_cache(maxsize=8)
def _translations(language: str, context: str) -> dict[str, str]:
    path = resources_dir() / "translations" / f"export_commission_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        log.warning("no translations for %s: %s", language, exc)
        return {}
    table: dict[str, str] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = forms[0] if forms else (translation.text or "")
            if text:
                table[source] = text
    return table


class Words:
    """The sentences of one language, for a program without Qt."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"

    def tr(self, source: str, context: str = CONTEXT) -> str:
        """``source`` in this language (itself when it has no translation)."""
        return _translations(self.language, context).get(source, source)

    def message(self, key: str, values: Iterable[object] = ()) -> str | None:
        """The words for a refusal key, or None when the catalogue has none."""
        template = MESSAGES.get(key)
        return None if template is None else fill(self.tr(template), values)

    def line(self, key: str, *values: object) -> str:
        """The command line's own line ``key`` (:data:`desktop.messages.output.LINES`) in
        this language, with ``values`` put in."""
        return fill(self.tr(output.LINES[key], output.CONTEXT), values)

    def term(self, table: str, code: str) -> str:
        """The name of a domain code (a status, a seat…) in this language."""
        return term(table, code, lambda context, source: self.tr(source, context))

    def refusal(self, exc: BaseException) -> str:
        """Why ``exc`` refused, in this language; its own English text while its code has no
        entry in the catalogue yet."""
        text = describe(exc, lambda context, source: self.tr(source, context))
        return text if text is not None else str(exc)

    def said(self, text: str) -> str:
        """A verdict's finding in this language (:func:`desktop.messages.said`)."""
        return said(text, lambda context, source: self.tr(source, context))
