"""Light and dark: the appearance setting, the system's colour scheme, coloured texts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.kit import settings, theme
from desktop.ui.kit.widgets import InlineMessage
from desktop.ui.settings_dialog import SettingsDialog


def _contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
                + 0.0722 * linear(colour.blueF()))

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _window_lightness(palette: QPalette | None = None) -> int:
    palette = palette if palette is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness()


@pytest.fixture(autouse=True)
def platform_palette(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends with the platform's own palette (light here)."""
    qapp.setPalette(QPalette())
    assert _window_lightness() > 160, "the tests expect a light platform palette"
    yield
    hints = qapp.styleHints()
    if hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()
    qapp.setPalette(QPalette())


def test_the_setting_switches_the_application_palette(qapp: QApplication) -> None:
    assert theme.color_scheme() == theme.SYSTEM  # the default
    assert theme.apply_color_scheme(qapp, theme.DARK) is True
    assert settings.COLOR_SCHEME.get() == "dark"
    palette = qapp.palette()
    assert _window_lightness(palette) < 60
    assert palette.color(QPalette.ColorRole.WindowText).lightness() > 200
    assert palette.color(QPalette.ColorRole.Base).lightness() < 60
    assert theme.is_dark()

    assert theme.apply_color_scheme(qapp, theme.LIGHT) is False
    assert settings.COLOR_SCHEME.get() == "light"
    assert _window_lightness() > 200
    assert qapp.palette().color(QPalette.ColorRole.WindowText).lightness() < 60
    assert not theme.is_dark()

    theme.apply_color_scheme(qapp, "purple")  # not a scheme: the system's
    assert settings.COLOR_SCHEME.get() == "system"
    assert _window_lightness() > 160


def test_our_palettes_set_every_colour(qapp: QApplication) -> None:
    """A role left unset would be filled in from the platform's palette: a dark desktop's
    link or placeholder colour on our light palette, or the other way round."""
    for palette in (theme.light_palette(), theme.dark_palette()):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                      QPalette.ColorGroup.Disabled):
            for role in QPalette.ColorRole:
                if role not in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles):
                    assert palette.isBrushSet(group, role), (group, role)


def test_system_follows_the_colour_scheme_as_it_changes(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    scheme = Qt.ColorScheme.Light
    monkeypatch.setattr(theme, "system_scheme", lambda: scheme)
    theme.install_color_scheme(qapp)
    assert _window_lightness() > 160

    scheme = Qt.ColorScheme.Dark  # the user switched the desktop to dark
    qapp.styleHints().colorSchemeChanged.emit(scheme)
    assert _window_lightness() < 60

    scheme = Qt.ColorScheme.Light
    qapp.styleHints().colorSchemeChanged.emit(scheme)
    assert _window_lightness() > 160

    theme.apply_color_scheme(qapp, theme.LIGHT)  # a fixed choice stays put
    scheme = Qt.ColorScheme.Dark
    qapp.styleHints().colorSchemeChanged.emit(scheme)
    assert _window_lightness() > 160


def test_the_settings_dialog_offers_the_appearance(qtbot: QtBot, qapp: QApplication) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert [dialog.appearance.itemText(i) for i in range(dialog.appearance.count())] == [
        "System default", "Light", "Dark"]
    assert dialog.appearance_label.buddy() is dialog.appearance
    dialog.appearance.setCurrentIndex(dialog.appearance.findData(theme.DARK))
    dialog.accept()
    assert settings.COLOR_SCHEME.get() == "dark"
    assert _window_lightness() < 60

    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.chosen_scheme() == theme.DARK  # the stored choice is shown
    again.appearance.setCurrentIndex(again.appearance.findData(theme.SYSTEM))
    again.accept()
    assert _window_lightness() > 160


def test_coloured_texts_stay_readable_in_both_palettes(
    qtbot: QtBot, qapp: QApplication
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    message = InlineMessage(parent)
    hint = QLabel(parent)
    theme.set_tone(hint, theme.Tone.HINT)
    parent.show()

    def text(widget: QWidget) -> str:
        return widget.palette().color(QPalette.ColorRole.WindowText).name()

    assert text(message) == "#b3261e"
    theme.apply_color_scheme(qapp, theme.DARK)
    qtbot.waitUntil(lambda: text(message) == theme.tone_colour(theme.Tone.ERROR).name())
    assert text(message) == "#ff9c94"  # a light red on the dark window
    assert text(hint) == "#a8adb3"
    for tone in theme.Tone:  # every tone reads on the window of either palette (WCAG AA)
        for palette in (theme.light_palette(), theme.dark_palette()):
            window = palette.color(QPalette.ColorRole.Window)
            assert _contrast(theme.tone_colour(tone, palette), window) >= 4.5, tone

    theme.apply_color_scheme(qapp, theme.LIGHT)
    qtbot.waitUntil(lambda: text(message) == "#b3261e")
    theme.set_tone(hint, None)  # back to the palette's own text colour
    assert text(hint) == qapp.palette().color(QPalette.ColorRole.WindowText).name()
