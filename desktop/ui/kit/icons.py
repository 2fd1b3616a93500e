"""The application's own icons: line drawings in SVG that take the colour of the palette.

Each icon is ``resources/icons/<name>.svg``, drawn on a 24×24 grid with ``currentColor`` for
its lines. :func:`icon` gives a :class:`QIcon` that renders the SVG whenever a pixmap is
asked for, at the size and device pixel ratio asked for (so it stays sharp at 200 %), with
``currentColor`` replaced by the application palette's text colour of the moment: the icons
follow a switch between the light and the dark palette without being set again. A disabled
icon takes the palette's disabled text colour, a selected one its highlighted text colour.

:func:`application_icon` is the window icon (a document with a seal); it has colours of its
own and is the same in both palettes.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.resources import resources_dir

__all__ = ["application_icon", "icon", "icon_names", "icons_dir"]

log = logging.getLogger(__name__)

APPLICATION = "application"
"""The file name (without ``.svg``) of the application icon."""
_CURRENT_COLOUR = b"currentColor"
_CACHE_LIMIT = 512
"""Pixmaps kept (by icon, size, mode and colour); the oldest go first."""
_pixmaps: dict[tuple[str, int, int, int, str], QPixmap] = {}


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_names() -> list[str]:
    """Every icon shipped, by name (the application icon included)."""
    return sorted(path.stem for path in icons_dir().glob("*.svg"))


@cache
def _source(name: str) -> bytes:
    """The SVG text of *name*; empty when there is no such icon (logged once)."""
    path = icons_dir() / f"{name}.svg"
    try:
        return path.read_bytes()
    except OSError as exc:
        log.warning("no icon %s: %s", name, exc)
        return b""


def _colour(mode: QIcon.Mode) -> QColor:
    """The colour an icon is drawn in now, for *mode*: the palette's text colour."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class _SvgEngine(QIconEngine):
    """Renders one SVG on request, ``currentColor`` replaced by the palette's colour."""

    def __init__(self, name: str, themed: bool = True) -> None:
        super().__init__()
        self.name = name
        self.themed = themed

    def _render(self, painter: QPainter, rect: QRectF, mode: QIcon.Mode) -> None:
        source = _source(self.name)
        opacity = 1.0
        if self.themed:
            colour = _colour(mode)
            # SVG Tiny has no colours with alpha: the alpha becomes the painter's opacity.
            source = source.replace(_CURRENT_COLOUR, colour.name().encode())
            opacity = colour.alphaF()
        renderer = QSvgRenderer(QByteArray(source))
        if not renderer.isValid():
            return
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        painter.save()
        painter.setOpacity(painter.opacity() * opacity)
        renderer.render(painter, rect)
        painter.restore()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        self._render(painter, QRectF(rect), mode)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """*size* in device pixels (Qt before 6.8 asks this way for high-DPI pixmaps)."""
        colour = _colour(mode).name(QColor.NameFormat.HexArgb) if self.themed else ""
        key = (self.name, size.width(), size.height(), int(mode.value), colour)
        cached = _pixmaps.get(key)
        if cached is not None:
            return QPixmap(cached)
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        if not size.isEmpty():
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._render(painter, QRectF(0, 0, size.width(), size.height()), mode)
            painter.end()
        if len(_pixmaps) >= _CACHE_LIMIT:
            del _pixmaps[next(iter(_pixmaps))]
        _pixmaps[key] = pixmap
        return QPixmap(pixmap)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        """*size* in logical pixels and the device pixel ratio (Qt 6.8 and later)."""
        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)),
                             mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())  # the drawings are square
        return QSize(side, side)

    def isNull(self) -> bool:
        return not _source(self.name)

    def clone(self) -> QIconEngine:
        return _SvgEngine(self.name, self.themed)

    def key(self) -> str:
        return "export-commission-svg"

    def iconName(self) -> str:
        return self.name


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` in the palette's text colour.

    An unknown name gives a null icon (and a warning in the log), never an error: a missing
    picture must not stop the window it decorates.
    """
    if not _source(name):
        return QIcon()
    return QIcon(_SvgEngine(name))


def application_icon() -> QIcon:
    """The window icon: a document with the commission's seal, in its own colours."""
    if not _source(APPLICATION):
        return QIcon()
    return QIcon(_SvgEngine(APPLICATION, themed=False))
