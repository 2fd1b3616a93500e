"""The page thumbnail model on its own: rows, roles, lazy thumbnails, reorder requests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPixmap
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.documents.encode import THUMBNAIL_SIZE
from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService, PageInfo
from desktop.storage.database import Database
from desktop.ui.documents import PageIdRole, PageInfoRole, PageThumbnailModel
from desktop.ui.documents.thumbnails import PAGE_MIME_TYPE
from tests.support.backends import sqlite_db_url  # noqa: F401 (the fixture: SQLite alone)
from tests.support.staff import actor_for

pytestmark = pytest.mark.usefixtures("qapp")  # Qt objects: private settings, English

Display = Qt.ItemDataRole.DisplayRole
Decoration = Qt.ItemDataRole.DecorationRole


def _model(service: DocumentService, actor: Actor, app_id: int) -> PageThumbnailModel:
    return PageThumbnailModel(service, actor, app_id)


def test_rows_are_the_pages_in_order_with_their_kind(
    service: DocumentService, clerk: Actor, app_id: int, three_pages: list[int],
    qtmodeltester: ModelTester,
) -> None:
    model = _model(service, clerk, app_id)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert [model.page_id(r) for r in range(3)] == three_pages
    assert [model.data(model.index(r), PageIdRole) for r in range(3)] == three_pages
    assert [model.data(model.index(r), Display) for r in range(3)] == [
        "1 · Form", "2 · Photo", "3 · Form"]
    info = model.data(model.index(1), PageInfoRole)
    assert isinstance(info, PageInfo) and info.kind == PageKind.PHOTO
    tooltip = model.data(model.index(1), Qt.ItemDataRole.ToolTipRole)
    assert "two.jpg" in tooltip and "900 × 600 pixels" in tooltip
    assert model.row_of(three_pages[2]) == 2
    assert model.row_of(-1) is None
    assert model.data(model.index(3), Display) is None


def test_thumbnails_arrive_lazily_off_the_gui_thread(
    qtbot: QtBot, service: DocumentService, clerk: Actor, app_id: int, three_pages: list[int],
) -> None:
    model = _model(service, clerk, app_id)
    assert not model.loading  # nothing is read before a view asks
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))

    placeholder = model.data(model.index(1), Decoration)
    assert isinstance(placeholder, QPixmap)
    assert not model.thumbnail_ready(1)
    assert model.loading
    # A blank sheet of the photo's shape (900 × 600 → 150 × 100) on the cell's bottom edge.
    assert (placeholder.width(), placeholder.height()) == (150, 150)
    sheet = placeholder.toImage()
    assert sheet.pixelColor(75, 10).alpha() == 0
    assert sheet.pixelColor(75, 100).name() == "#f2f1ec"

    with qtbot.waitSignal(model.thumbnailsLoaded, timeout=10_000):
        pass
    assert changed == [1]
    assert model.thumbnail_ready(1)
    assert not model.thumbnail_ready(0)  # never asked for
    loaded = model.data(model.index(1), Decoration)
    assert isinstance(loaded, QPixmap)
    assert loaded.cacheKey() != placeholder.cacheKey()
    assert (loaded.width(), loaded.height()) == (150, 150)
    # The stored thumbnail (at most 240 px), scaled to 150 × 100: the red marker of the
    # photo's top-left corner is where the picture starts, 50 px down.
    assert max(THUMBNAIL_SIZE) > 150
    image = loaded.toImage()
    assert image.pixelColor(3, 45).alpha() == 0
    marker = image.pixelColor(3, 53)
    assert marker.red() > 180 and marker.green() < 80 and marker.alpha() == 255


def test_thumbnails_are_cached_across_reloads(
    qtbot: QtBot, service: DocumentService, clerk: Actor, app_id: int, three_pages: list[int],
) -> None:
    model = _model(service, clerk, app_id)
    for row in range(3):
        model.data(model.index(row), Decoration)
    qtbot.waitUntil(lambda: all(model.thumbnail_ready(r) for r in range(3)), timeout=10_000)
    first = model.data(model.index(0), Decoration).cacheKey()
    model.reload()
    assert model.thumbnail_ready(0)
    assert model.data(model.index(0), Decoration).cacheKey() == first
    assert not model.loading


def test_a_member_sees_pages_but_cannot_drag_them(
    sqlite_db: Database, service: DocumentService, app_id: int, three_pages: list[int],
) -> None:
    model = _model(service, actor_for(sqlite_db, "member"), app_id)
    assert model.rowCount() == 3
    flags = model.flags(model.index(0))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsDragEnabled


def test_dropping_a_page_elsewhere_requests_the_move(
    qtbot: QtBot, service: DocumentService, clerk: Actor, app_id: int, three_pages: list[int],
) -> None:
    model = _model(service, clerk, app_id)
    model.set_reorderable(True)
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    first = model.mimeData([model.index(0)])
    assert first.hasFormat(PAGE_MIME_TYPE)
    requests: list[tuple[int, int]] = []
    model.moveRequested.connect(lambda page, position: requests.append((page, position)))
    move = Qt.DropAction.MoveAction

    # Onto the third page: the first takes its place.
    assert model.canDropMimeData(first, move, -1, -1, model.index(2))
    assert model.dropMimeData(first, move, -1, -1, model.index(2)) is False
    # Between pages 2 and 3 (before row 2), and after the last page.
    model.dropMimeData(first, move, 2, 0, QModelIndex())
    model.dropMimeData(first, move, -1, -1, QModelIndex())
    # The last page before the first.
    model.dropMimeData(model.mimeData([model.index(2)]), move, 0, 0, QModelIndex())
    # Onto itself, or just before itself: no move.
    model.dropMimeData(first, move, -1, -1, model.index(0))
    model.dropMimeData(first, move, 0, 0, QModelIndex())
    assert requests == [(three_pages[0], 3), (three_pages[0], 2), (three_pages[0], 3),
                        (three_pages[2], 1)]

    # Another application's page is not accepted here.
    other = _model(service, clerk, app_id)
    other.set_reorderable(True)
    other.set_application(app_id + 1000)
    assert not other.canDropMimeData(first, move, -1, -1, QModelIndex())
    assert model.rowCount() == 3  # the model itself never moved anything
