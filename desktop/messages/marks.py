"""The mark Qt Linguist looks for, and the context of every refusal's sentence.

``QT_TRANSLATE_NOOP`` below is our own function of Qt's name: ``pyside6-lupdate`` finds the
strings by that name, and the catalogue stays free of Qt.
"""

from __future__ import annotations

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP"]

CONTEXT = "Errors"
"""The Qt Linguist context of every sentence of the catalogue."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text
