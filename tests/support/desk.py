"""The member's desk: an application under examination with real pages, and what the
widgets that show it need in tests (Kazakh typing, waiting for their background work)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageDraw
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.applications import ApplicationService
from desktop.services.documents import DocumentService
from desktop.services.registration import RegistrationService
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from desktop.ui.conclusions import ConclusionPanel
from desktop.ui.documents.thumbnails import PageThumbnailModel
from desktop.ui.main_window import MainWindow
from desktop.ui.viewer import PageLoader
from tests.support.factories import application, individual

__all__ = ["Case", "idle", "jpeg_bytes", "make_case", "page_image", "settle", "type_text"]


@dataclass(frozen=True)
class Case:
    """An application registered, scanned and put under examination through the services."""

    application_id: int
    number: str
    item_ids: list[int]
    page_ids: list[int]


def page_image(size: tuple[int, int], seed: int, text: str = "") -> Image.Image:
    """A generated scan: coloured bands and a frame, so zoom and rotation show."""
    img = Image.new("RGB", size, (240, 236, 226))
    draw = ImageDraw.Draw(img)
    step = max(8, size[1] // 24)
    for i, y in enumerate(range(0, size[1], step)):
        draw.rectangle((0, y, size[0] // (2 + (i + seed) % 3), y + step // 2),
                       fill=((seed * 40 + i * 9) % 256, 90, 150))
    draw.rectangle((4, 4, size[0] - 5, size[1] - 5), outline=(20, 20, 20), width=4)
    if text:
        draw.text((20, 20), text, fill=(0, 0, 0))
    img.info["dpi"] = (150, 150)
    return img


def jpeg_bytes(img: Image.Image, quality: int = 85) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying *text* one character at a time (QTest's keyClicks knows only
    Latin-1, and the commission types Kazakh)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def idle(widget: QWidget) -> bool:
    """No background work of the widget is under way (loaders, thumbnail models).

    Tests wait for this before a widget is destroyed: work still running would report back
    to objects that are gone.
    """
    for model in widget.findChildren(PageThumbnailModel):
        if model.loading:
            return False
    if not all(panel.is_idle() for panel in widget.findChildren(ConclusionPanel)):
        return False  # a signed document's signatures are being checked
    return not any(loader.is_loading() for loader in widget.findChildren(PageLoader))


def active_window(qtbot: QtBot, db: Database, actor: Actor,
                  size: tuple[int, int] = (1200, 800)) -> MainWindow:
    """The main window signed in as *actor*, shown and active, so that keys reach it."""
    from tests.support.sessions import session_for

    window = MainWindow(session_for(db, actor))
    qtbot.addWidget(window, before_close_func=lambda w: settle(qtbot, w))
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def settle(qtbot: QtBot, widget: QWidget, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: idle(widget), timeout=timeout)


def make_case(db: Database, team: dict[str, Actor], *, pages: int = 3, items: int = 2,
              serial: int = 1, examine: bool = True) -> Case:
    registered = RegistrationService(db).register(
        team["clerk"], application(individual(serial), items=items))
    app_id = registered.application_id
    report = DocumentService(db).import_images(
        team["clerk"], app_id,
        (page_image((900 + 40 * i, 1200), i, f"page {i + 1}") for i in range(pages)),
        PageKind.PHOTO, dpi=150)
    assert report.ok, report.rejections
    if examine:
        workflow = WorkflowService(db)
        workflow.advance(team["clerk"], app_id, "complete_documents")
        workflow.advance(team["member"], app_id, "start_examination")
    detail = ApplicationService(db).detail(team["clerk"], app_id)
    return Case(app_id, registered.number, [i.id for i in detail.items], report.page_ids)
