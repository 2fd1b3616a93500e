"""Validation problems (:class:`desktop.domain.drafts.Problem`) in the interface language.

The domain gives each problem a stable code and an English message; the form shows a
translated sentence chosen by the code.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.drafts import MAX_QUANTITY, Problem

__all__ = ["problem_text"]

_CONTEXT = "RegistrationProblem"
_TEXTS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("RegistrationProblem", "Required."),
    "too_long": QT_TRANSLATE_NOOP("RegistrationProblem", "Too long: at most %1 characters."),
    "control_chars": QT_TRANSLATE_NOOP(
        "RegistrationProblem", "Contains invisible control characters: retype it."
    ),
    "iin_mismatch": QT_TRANSLATE_NOOP(
        "RegistrationProblem", "Does not match the birth date in the IIN."
    ),
    "country": QT_TRANSLATE_NOOP("RegistrationProblem", "Choose a country from the list."),
    "domestic": QT_TRANSLATE_NOOP(
        "RegistrationProblem", "Choose a country other than Kazakhstan."
    ),
    "future": QT_TRANSLATE_NOOP("RegistrationProblem", "Cannot be in the future."),
    "order": QT_TRANSLATE_NOOP(
        "RegistrationProblem", "Cannot be before the start of the export."
    ),
    "range": QT_TRANSLATE_NOOP("RegistrationProblem", "Must be from 1 to %1."),
    "items_required": QT_TRANSLATE_NOOP("RegistrationProblem", "List at least one item."),
}
_NUMBER = re.compile(r"\d+")


def problem_text(problem: Problem) -> str:
    """The sentence to show next to the field; the English message for an unknown code."""
    code = "items_required" if (problem.field, problem.code) == ("items", "required") \
        else problem.code
    source = _TEXTS.get(code)
    if source is None:
        return problem.message
    text = QCoreApplication.translate(_CONTEXT, source)
    if code == "too_long":
        found = _NUMBER.search(problem.message)
        text = text.replace("%1", found.group() if found else "?")
    elif code == "range":
        text = text.replace("%1", str(MAX_QUANTITY))
    return text
