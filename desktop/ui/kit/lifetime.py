"""Callbacks for background work that may end after the widget that started it is gone.

An :class:`~desktop.ui.kit.operations.Operation` reports on the GUI thread when its work ends,
which can be after the user closed the application view that owned it. A plain lambda
would then call into a deleted widget; wrapped here, it is skipped instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid

__all__ = ["while_alive"]


def while_alive(owner: QObject, callback: Callable[..., Any]) -> Callable[..., None]:
    """*callback*, called only while *owner* (a QObject) still exists."""

    def call(*args: Any) -> None:
        if isValid(owner):
            callback(*args)

    return call
