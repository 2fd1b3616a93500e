"""Whether a window fits the smallest screen the application is made for (1280×720)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QStatusBar,
    QWidget,
)

from desktop.ui.kit.screen import (
    FRAME_ALLOWANCE,
    SMALLEST_SCREEN,
    available_area,
    fit_to_screen,
)

__all__ = ["SCREEN", "larger_than_its_screen", "off_screen"]

SCREEN = QRect(QPoint(0, 0), SMALLEST_SCREEN)


def _scrolled(widget: QWidget, window: QWidget) -> QWidget | None:
    """The outermost scroll area that *widget* lies in, if any (scrolling brings it into
    view)."""
    outermost = None
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            outermost = parent
        parent = parent.parentWidget()
    return outermost


def larger_than_its_screen(window: QWidget, name: str) -> list[str]:
    """The just opened *window*, if it is larger than the screen it opened on."""
    room = available_area(window).size() - FRAME_ALLOWANCE
    if window.width() <= room.width() and window.height() <= room.height():
        return []
    return [f"{name} opened at {window.width()}×{window.height()}, larger than its "
            f"screen's {room.width()}×{room.height()}"]


def off_screen(window: QWidget, name: str) -> list[str]:
    """Fit the shown *window* into :data:`SCREEN` as it would open there; what does not fit:
    the window's least size, and every visible button and status bar outside it."""
    problems = []
    room = SCREEN.size() - FRAME_ALLOWANCE
    hint = window.minimumSizeHint()
    if hint.width() > room.width() or hint.height() > room.height():
        problems.append(f"{name} needs at least {hint.width()}×{hint.height()}")
    fit_to_screen(window, window.width(), window.height(), SCREEN)
    QApplication.processEvents()  # the layouts place the children at the new size
    if window.width() > room.width() or window.height() > room.height():
        problems.append(f"{name} is {window.width()}×{window.height()}")
    inside = window.rect()
    for widget in [*window.findChildren(QAbstractButton), *window.findChildren(QStatusBar)]:
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        reached = _scrolled(widget, window) or widget
        place = QRect(reached.mapTo(window, QPoint(0, 0)), reached.size())
        if not inside.contains(place):
            label = widget.text() if isinstance(widget, QAbstractButton) else "status bar"
            problems.append(f"{name}: {type(widget).__name__} {label!r} at {place} "
                            f"outside {inside}")
    return problems
