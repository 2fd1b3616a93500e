"""The document preview: fitted to the width, zoom in and out, page by page, and still
drawn when it is scrolled to the middle of the document and shown again."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop.ui.kit.pdf_preview import MAX_ZOOM, ZOOM_STEP, PdfPreview
from tests.documents import samples

pytestmark = pytest.mark.usefixtures("qapp")


def _pdf(pages: int = 4) -> bytes:
    return samples.pdf_bytes([samples.text_page((620, 877), seed=i + 1)
                              for i in range(pages)], resolution=75.0)


def _drawn(preview: PdfPreview) -> bool:
    """Some dark ink is on screen: the page in sight has been drawn, not left blank."""
    assert preview.view is not None
    image: QImage = preview.view.viewport().grab().toImage()
    dark = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            if QColor(image.pixel(x, y)).lightness() < 90:
                dark += 1
    return dark > 20


@pytest.fixture
def preview(qtbot: QtBot) -> PdfPreview:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(700, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_nothing_to_show_says_so(preview: PdfPreview) -> None:
    assert preview.view is None and preview.placeholder.isVisible()
    assert preview.placeholder.text() == "No document to show."
    assert not preview.zoom_in_action.isEnabled() and not preview.next_action.isEnabled()


def test_zoom_fits_the_width_and_steps_in_and_out(qtbot: QtBot, preview: PdfPreview) -> None:
    preview.show_pdf(_pdf())
    qtbot.waitUntil(lambda: preview.page_count == 4 and preview.view.viewport().width() > 600)
    assert preview.fit_action.isChecked()
    fitted = preview.zoom
    assert fitted > 0.3

    preview.zoom_in_action.trigger()
    assert not preview.fit_action.isChecked()
    assert preview.zoom == pytest.approx(fitted * ZOOM_STEP, rel=0.01)
    preview.zoom_out_action.trigger()
    preview.zoom_out_action.trigger()
    assert preview.zoom == pytest.approx(fitted / ZOOM_STEP, rel=0.01)
    for _ in range(20):
        if preview.zoom_in_action.isEnabled():
            preview.zoom_in_action.trigger()
    assert preview.zoom == pytest.approx(MAX_ZOOM)

    preview.fit_action.trigger()
    assert preview.fit_action.isChecked()
    assert preview.zoom == pytest.approx(fitted, rel=0.01)


def test_pages_are_reached_and_stay_drawn_mid_document(qtbot: QtBot,
                                                       preview: PdfPreview) -> None:
    data = _pdf()
    preview.show_pdf(data)
    qtbot.waitUntil(lambda: preview.page_count == 4)
    assert (preview.current_page, preview.of_pages.text()) == (1, "of 4")
    assert not preview.previous_action.isEnabled()
    qtbot.waitUntil(lambda: _drawn(preview))

    preview.next_action.trigger()
    qtbot.waitUntil(lambda: preview.current_page == 2)
    assert preview.page.value() == 2 and preview.previous_action.isEnabled()
    preview.page.setValue(3)  # typed into the page box
    qtbot.waitUntil(lambda: preview.current_page == 3)
    qtbot.waitUntil(lambda: _drawn(preview))

    # Shown again (another language, a reload after a signature): same page, drawn.
    preview.show_pdf(data)
    qtbot.waitUntil(lambda: preview.page_count == 4)
    qtbot.waitUntil(lambda: preview.current_page == 3)
    qtbot.waitUntil(lambda: _drawn(preview))

    # Scrolled by hand to the middle of the document: still drawn.
    bar = preview.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2 + 40)
    qtbot.waitUntil(lambda: _drawn(preview))
    preview.go_to(4)
    qtbot.waitUntil(lambda: preview.current_page == 4)
    assert not preview.next_action.isEnabled()
    qtbot.waitUntil(lambda: _drawn(preview))
