"""The SVG icons: every file renders, sharp at 200 %, in the palette's text colour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from desktop.ui.kit import icons

pytestmark = pytest.mark.usefixtures("qapp")  # Qt objects: private settings, English


def _opaque_colours(image: QImage) -> set[str]:
    """The colours of the fully opaque pixels (the inside of the lines)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return {image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}


@pytest.fixture
def palette(qapp: QApplication) -> Iterator[QPalette]:
    """The application palette, given back as it was after the test."""
    saved = QPalette(qapp.palette())
    yield qapp.palette()
    qapp.setPalette(saved)


def test_every_icon_is_a_24_pixel_svg() -> None:
    names = icons.icon_names()
    assert {"application", "new-application", "import", "scan", "export", "settings",
            "refresh", "search", "sign", "verify", "zoom-in", "zoom-out", "fit-page",
            "rotate-left", "rotate-right", "audit", "quit", "shortcuts"} <= set(names)
    for name in names:
        source = (icons.icons_dir() / f"{name}.svg").read_bytes()
        renderer = QSvgRenderer(QByteArray(source))
        assert renderer.isValid(), name
        assert renderer.viewBoxF().size().toSize() == QSize(24, 24), name
        if name != icons.APPLICATION:
            assert b"currentColor" in source, f"{name} does not follow the palette"


@pytest.mark.parametrize("name", ["new-application", "zoom-in", "sign", "shortcuts"])
def test_icons_are_sharp_at_twice_the_pixel_ratio(qapp: QApplication, name: str) -> None:
    icon = icons.icon(name)
    assert not icon.isNull()
    pixmap = icon.pixmap(QSize(24, 24), 2.0)
    assert not pixmap.isNull()
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (48, 48)  # drawn for the device, not scaled
    assert pixmap.deviceIndependentSize().toSize() == QSize(24, 24)
    assert _opaque_colours(pixmap.toImage()), "nothing was drawn"


def test_the_lines_take_the_palette_text_colour(qapp: QApplication, palette: QPalette) -> None:
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#123456"))
    qapp.setPalette(palette)
    drawn = icons.icon("search").pixmap(QSize(32, 32), 2.0)
    assert _opaque_colours(drawn.toImage()) == {"#123456"}

    palette.setColor(QPalette.ColorRole.WindowText, QColor("#fedcba"))  # a dark palette's
    qapp.setPalette(palette)
    again = icons.icon("search").pixmap(QSize(32, 32), 2.0)
    assert _opaque_colours(again.toImage()) == {"#fedcba"}

    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    greyed = icons.icon("search").pixmap(QSize(32, 32), 2.0, QIcon.Mode.Disabled)
    assert _opaque_colours(greyed.toImage()) == {disabled.name()}


def test_the_application_icon_keeps_its_colours(qapp: QApplication, palette: QPalette) -> None:
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#00ff00"))
    qapp.setPalette(palette)
    icon = icons.application_icon()
    assert not icon.isNull()
    pixmap = icon.pixmap(QSize(64, 64), 2.0)
    assert pixmap.size() == QSize(128, 128)
    colours = _opaque_colours(pixmap.toImage())
    assert "#c62828" in colours  # the seal
    assert "#00ff00" not in colours


def test_an_unknown_icon_is_null_not_an_error(caplog: pytest.LogCaptureFixture) -> None:
    assert icons.icon("no-such-icon").isNull()
    assert "no-such-icon" in caplog.text


def test_the_window_icon_is_set(qapp: QApplication) -> None:
    from desktop.ui.app import apply_appearance

    apply_appearance(qapp)
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().pixmap(QSize(32, 32), 2.0).width() == 64
