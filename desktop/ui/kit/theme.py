"""Light and dark: the application palette, chosen by the ``ui/color_scheme`` setting.

The setting is ``system`` (the default), ``light`` or ``dark``. With ``system`` the
application follows the system's colour scheme (:meth:`QStyleHints.colorScheme`) and switches
when it changes (``colorSchemeChanged``): the platform's own palette is used when it matches
the scheme, and ours when it does not (a dark system whose platform theme gives no dark
palette). ``light`` and ``dark`` set our palettes whatever the system says.

Colours of our own (messages, marks) come in pairs, one for each palette, as a
:class:`Tone`; :func:`set_tone` colours a label's text and keeps it right when the palette
changes. Coloured backgrounds (the deadline badges) always come with their own text colour,
so they read on either palette.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from desktop.ui.kit import settings

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

__all__ = [
    "DARK",
    "LIGHT",
    "SCHEMES",
    "SYSTEM",
    "Tone",
    "apply_color_scheme",
    "color_scheme",
    "dark_palette",
    "install_color_scheme",
    "is_dark",
    "light_palette",
    "set_tone",
    "system_scheme",
    "tone_colour",
]

log = logging.getLogger(__name__)

SYSTEM, LIGHT, DARK = "system", "light", "dark"
SCHEMES = (SYSTEM, LIGHT, DARK)
"""The values of the ``ui/color_scheme`` setting."""

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


class Tone(StrEnum):
    """What a coloured text means; each has a colour for the light and the dark palette."""

    ERROR = "error"
    SUCCESS = "success"
    WARNING = "warning"
    NOTE = "note"
    HINT = "hint"


_TONES: dict[Tone, tuple[str, str]] = {
    # (on a light background, on a dark one): each at least 4.5:1 against its background.
    Tone.ERROR: ("#b3261e", "#ff9c94"),
    Tone.SUCCESS: ("#1b6e20", "#7fd68b"),
    Tone.WARNING: ("#8a5a00", "#f0c36a"),
    Tone.NOTE: ("#3a4a8c", "#a9b8f5"),
    Tone.HINT: ("#5f6368", "#a8adb3"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether *palette* (default: the application's) has light text on a dark window."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(_Role.Window).lightness() < palette.color(_Role.WindowText).lightness()


def tone_colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The colour of *tone* on *palette* (default: the application's)."""
    light, dark = _TONES[tone]
    return QColor(dark if is_dark(palette) else light)


def light_palette() -> QPalette:
    """Fusion's light palette (the same on every system).

    Every role of every group is set, so none is filled in from the platform's palette
    (a dark desktop's link or placeholder colour would not read on it).
    """
    standard = QStyleFactory.create("Fusion").standardPalette()
    palette = QPalette(standard)
    for group in (_Group.Active, _Group.Inactive, _Group.Disabled):
        for role in _Role:
            if role not in (_Role.NoRole, _Role.NColorRoles):
                palette.setColor(group, role, standard.color(group, role))
    return palette


def dark_palette() -> QPalette:
    """A dark palette for Fusion, with readable disabled text and a blue highlight."""
    palette = QPalette()
    colours = {
        _Role.Window: "#2b2b2d",
        _Role.WindowText: "#e6e6e6",
        # Fields a shade lighter than the window (as GNOME's dark theme has them): Fusion
        # outlines check boxes and fields in a darker window colour, lost on a darker base.
        _Role.Base: "#36363a",
        _Role.AlternateBase: "#3d3d41",
        _Role.ToolTipBase: "#3a3a3d",
        _Role.ToolTipText: "#f0f0f0",
        _Role.PlaceholderText: "#8f8f94",
        _Role.Text: "#e6e6e6",
        _Role.Button: "#3a3a3e",
        _Role.ButtonText: "#e6e6e6",
        _Role.BrightText: "#ff6b6b",
        _Role.Light: "#4a4a4e",
        _Role.Midlight: "#3e3e42",
        _Role.Mid: "#6c6c72",
        _Role.Dark: "#1a1a1c",
        _Role.Shadow: "#0d0d0e",
        _Role.Highlight: "#2f6fbf",
        _Role.HighlightedText: "#ffffff",
        _Role.Link: "#7ab7ff",
        _Role.LinkVisited: "#c39bff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = {
        _Role.WindowText: "#7d7d82",
        _Role.Text: "#7d7d82",
        _Role.ButtonText: "#7d7d82",
        _Role.Base: "#2f2f32",
        _Role.Button: "#333336",
        _Role.Highlight: "#4a4a4e",
        _Role.HighlightedText: "#b0b0b0",
    }
    for role, colour in disabled.items():
        palette.setColor(_Group.Disabled, role, QColor(colour))
    if hasattr(_Role, "Accent"):  # Qt 6.6
        palette.setColor(_Role.Accent, QColor("#2f6fbf"))
    return palette


def color_scheme() -> str:
    """The stored choice: :data:`SYSTEM`, :data:`LIGHT` or :data:`DARK`."""
    value = settings.COLOR_SCHEME.get()
    return value if value in SCHEMES else SYSTEM


def system_scheme() -> Qt.ColorScheme:
    """The system's colour scheme as Qt reports it (``Unknown`` on many Linux desktops)."""
    return QGuiApplication.styleHints().colorScheme()


def _system_wants_dark(platform: QPalette) -> bool:
    # By name: touching PySide's ``Qt`` namespace builds all its enums, which the window's
    # first paint should not wait for.
    scheme = system_scheme().name
    if scheme == "Unknown":
        return is_dark(platform)
    return scheme == "Dark"


class _Follower(QObject):
    """Applies the setting again when the system's colour scheme changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.platform_style = app.style().name()

    def scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if color_scheme() == SYSTEM:
            log.info("the system's colour scheme is now %s", scheme.name)
            _apply(self.app, SYSTEM)


_follower: _Follower | None = None


def _set_style_hint(choice: str) -> None:
    """Tell the platform (title bars, native dialogs) where it can listen (Qt 6.8)."""
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "setColorScheme"):
        return
    if choice == SYSTEM:
        hints.unsetColorScheme()
    else:
        from PySide6.QtCore import Qt

        hints.setColorScheme(Qt.ColorScheme.Dark if choice == DARK else Qt.ColorScheme.Light)


def _fit_style(app: QApplication, dark: bool) -> None:
    """The classic Windows style draws its controls natively and ignores a dark palette:
    Fusion takes over while the palette is dark."""
    current = app.style().name().lower()
    if dark and current == "windowsvista":
        app.setStyle("Fusion")
    elif not dark and _follower is not None and current != _follower.platform_style.lower():
        app.setStyle(_follower.platform_style)


def _apply(app: QApplication, choice: str) -> bool:
    """Set the palette for *choice*; True when it is dark."""
    if choice == SYSTEM:
        app.setPalette(QPalette())  # the platform's own palette, unless it does not suit
        platform = QGuiApplication.palette()
        dark = _system_wants_dark(platform)
        _fit_style(app, dark)
        if dark != is_dark(platform):
            app.setPalette(dark_palette() if dark else light_palette())
        return dark
    dark = choice == DARK
    _fit_style(app, dark)
    app.setPalette(dark_palette() if dark else light_palette())
    return dark


def apply_color_scheme(app: QApplication, choice: str) -> bool:
    """Store *choice* (``system``, ``light`` or ``dark``) and switch the palette to it.

    Every widget repaints in the new palette; icons from :mod:`desktop.ui.kit.icons` and texts
    coloured with :func:`set_tone` follow by themselves. Returns True when the palette is
    dark now.
    """
    choice = choice if choice in SCHEMES else SYSTEM
    settings.COLOR_SCHEME.set(choice)
    _set_style_hint(choice)
    return _apply(app, choice)


def install_color_scheme(app: QApplication) -> bool:
    """Apply the stored choice and follow the system's scheme from now on (call once)."""
    global _follower
    if _follower is None:
        _follower = _Follower(app)
        QGuiApplication.styleHints().colorSchemeChanged.connect(_follower.scheme_changed)
    choice = color_scheme()
    _set_style_hint(choice)
    return _apply(app, choice)


# -- coloured text ---------------------------------------------------------------------------


class _ToneKeeper(QObject):
    """Colours the text of the widgets given a tone again when the palette changes.

    A new application palette reaches a child widget as a ``PaletteChange`` (only windows
    get ``ApplicationPaletteChange``); colouring is idempotent, so the ``PaletteChange``
    our own :meth:`QWidget.setPalette` causes ends there.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) \
                and isinstance(watched, QWidget):
            tone = watched.property(_TONE_PROPERTY)
            if tone:
                _colour_text(watched, Tone(tone))
        return False


_TONE_PROPERTY = "exportCommissionTone"
_keeper: _ToneKeeper | None = None


def _colour_text(widget: QWidget, tone: Tone) -> None:
    palette = widget.palette()
    colour = tone_colour(tone, QGuiApplication.palette())
    if all(palette.color(group, role) == colour for group in (_Group.Active, _Group.Inactive)
           for role in (_Role.WindowText, _Role.Text)):
        return
    for role in (_Role.WindowText, _Role.Text):
        palette.setColor(_Group.Active, role, colour)
        palette.setColor(_Group.Inactive, role, colour)
    widget.setPalette(palette)


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Draw *widget*'s text in *tone*'s colour for the palette in force, now and after a
    switch between light and dark; None gives it the palette's own text colour again."""
    global _keeper
    if _keeper is None:
        _keeper = _ToneKeeper(QApplication.instance())
    current = widget.property(_TONE_PROPERTY)
    if tone is None:
        if current:
            widget.setProperty(_TONE_PROPERTY, "")
            widget.setPalette(QPalette())
        return
    if not current:
        widget.installEventFilter(_keeper)
    widget.setProperty(_TONE_PROPERTY, str(tone))
    _colour_text(widget, tone)
