"""Windows that fit the screen they open on (an office's 1366×768, or 1080p at 125 %).

A window asks for the size it would like; it gets that size or the screen's available area,
whichever is smaller, so its buttons are never below the screen's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["FRAME_ALLOWANCE", "SMALLEST_SCREEN", "available_area", "fit_to_screen"]

SMALLEST_SCREEN = QSize(1280, 720)
"""The smallest screen the windows are made for, in logical pixels."""
FRAME_ALLOWANCE = QSize(16, 40)
"""What a window manager's frame (the title bar, the borders) takes around a window."""


def available_area(widget: QWidget) -> QRect:
    """Where a window of *widget* may lie: its screen's area without the task bar."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() if anchor.isVisible() else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, SMALLEST_SCREEN.width(), SMALLEST_SCREEN.height())
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, width: int, height: int,
                  area: QRect | None = None) -> None:
    """Size *window* as asked, or to *area* (by default its screen's available area) less
    the frame when that is smaller. A dialog shown over its parent is placed inside the
    available area by Qt; a size that fits is what it needs."""
    room = (area if area is not None else available_area(window)).size() - FRAME_ALLOWANCE
    window.resize(QSize(min(width, room.width()), min(height, room.height()))
                  .expandedTo(window.minimumSize()))
