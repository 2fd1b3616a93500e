"""Texts that follow the interface language while a widget is open.

A screen that sets a text once, when it is built, keeps the language it was built in.
:func:`translated` runs a small function that sets the texts now and again on every
``LanguageChange`` the widget receives, so a label, a button or a list's header switches
with the rest of the window without a ``changeEvent`` of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

__all__ = ["translated"]


class _Retranslation(QObject):
    """Watches one widget for a new language; lives and dies with it."""

    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._apply()
        return False


def translated(widget: QWidget, apply: Callable[[], None]) -> None:
    """Call *apply* (it sets *widget*'s texts with ``tr()``) now and whenever the interface
    language changes."""
    apply()
    _Retranslation(widget, apply)
