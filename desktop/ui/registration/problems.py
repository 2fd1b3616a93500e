"""Validation problems (:class:`desktop.domain.drafts.Problem`) in the interface language.

The domain gives each problem a stable code and its values; the form shows the catalogue's
sentence for it, next to the field it concerns.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.drafts import Problem
from desktop.messages import sentence

__all__ = ["problem_text"]

_NO_ITEMS = QT_TRANSLATE_NOOP("RegistrationProblem", "List at least one item.")


def problem_text(problem: Problem) -> str:
    """The sentence to show next to the field; the English message for an unknown code."""
    if (problem.field, problem.code) == ("items", "required"):
        return QCoreApplication.translate("RegistrationProblem", _NO_ITEMS)
    return sentence(problem.key, problem.values, QCoreApplication.translate) \
        or problem.message
