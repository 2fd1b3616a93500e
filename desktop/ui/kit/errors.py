"""Why something the user asked for was refused, in words (never a traceback).

Every refusal (a :class:`DomainError`, a signing error, an IIN that fails its check) carries
a code that :mod:`desktop.messages` words; this module gives those words Qt's translator.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.messages import describe, is_refusal, message_key, said
from desktop.messages.catalog import CONTEXT, MESSAGES

__all__ = ["error_text", "is_refusal", "said_text"]

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """Why ``exc`` stopped what the user asked for, in the interface language.

    A refusal is worded from its code; anything else is an unexpected failure, named only
    by its type (the caller logs it with its details).
    """
    if is_refusal(exc):
        text = describe(exc, QCoreApplication.translate)
        if text is not None:
            return text
        log.warning("no words for the refusal %s: %s", message_key(exc), exc)
    return QCoreApplication.translate(CONTEXT, MESSAGES["unexpected"]).replace(
        "%1", type(exc).__name__)


def said_text(text: str) -> str:
    """A verdict's finding (a signature check's reason or note) in the interface language."""
    return said(text, QCoreApplication.translate)
