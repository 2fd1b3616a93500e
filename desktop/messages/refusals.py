"""A refusal in words: its sentence, its values (codes among them named), and its details.

The window and the command line both word a refusal here; they differ only in how a
sentence is translated (Qt's translator, or :class:`desktop.messages.Words`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop.domain.text import shown
from desktop.messages.catalog import CONTEXT, MESSAGES, message_key
from desktop.messages.terms import TERMS, term

__all__ = ["Translate", "describe", "fill", "is_refusal", "said", "sentence"]

Translate = Callable[[str, str], str]
"""``translate(context, source)`` → the source in the reader's language."""


def is_refusal(exc: BaseException) -> bool:
    """True for an error that says why a request was refused (a ``code`` to word and its
    ``values``: the domain's, the signing layer's, an IIN's); False for a failure nobody
    foresaw (a bug, a driver's error: SQLAlchemy's errors carry a ``code`` too, but no
    values)."""
    code = getattr(exc, "code", None)
    return isinstance(code, str) and bool(code) and isinstance(getattr(exc, "values", None),
                                                                tuple)


def fill(template: str, values: Iterable[object]) -> str:
    """Put ``values`` in for ``%1``, ``%2``… (from the highest, so %1 does not eat %10).

    The values come from outside (a file's name, a typed field): their control characters
    are shown as escapes, never sent raw to a terminal or a label."""
    listed = [shown(str(v)) for v in values]
    for i in range(len(listed), 0, -1):
        template = template.replace(f"%{i}", listed[i - 1])
    return template


def sentence(key: str, values: Iterable[object], translate: Translate,
             terms: tuple[str, ...] = ()) -> str | None:
    """The catalogue's sentence under ``key`` with ``values`` put in (those that
    ``terms`` names a table for are named in words); None when the key has no sentence."""
    template = MESSAGES.get(key)
    if template is None:
        return None
    shown = [term(terms[i], str(v), translate).rstrip("…")
             if i < len(terms) and terms[i] in TERMS else str(v)
             for i, v in enumerate(values)]
    return fill(translate(CONTEXT, template), shown)


def describe(exc: BaseException, translate: Translate) -> str | None:
    """Why ``exc`` refused, a line for it and one for each of its details; None when the
    catalogue has no sentence for its code (a gap the catalogue's test reports)."""
    text = sentence(message_key(exc), getattr(exc, "values", ()), translate,
                    tuple(getattr(exc, "terms", ())))
    if text is None:
        return None
    lines = [text]
    for detail in getattr(exc, "details", ()):
        line = sentence(detail.key, detail.values, translate, tuple(detail.terms))
        if line is None:
            line = " ".join(detail.values) or detail.key
        lines.append(f"{detail.subject}: {line}" if detail.subject else line)
    return "\n".join(lines)


def said(text: str, translate: Translate) -> str:
    """A finding worded in the reader's language when it carries its catalogue key (a
    :class:`desktop.signing.report.Said`); any other text as it is."""
    key = getattr(text, "key", None)
    worded = sentence(key, getattr(text, "values", ()), translate) if key else None
    return worded if worded is not None else text
