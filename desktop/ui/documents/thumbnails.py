"""The pages of one application as a Qt list model, with thumbnails loaded off the GUI thread.

The model is a thin adapter over :meth:`DocumentService.list_pages`: it keeps the page
records of the current application and nothing else. A thumbnail is fetched the first time
the view asks for it (``DecorationRole``): a placeholder of the page's shape is shown while
an :class:`~desktop.ui.kit.operations.Operation` reads and scales it, then ``dataChanged`` says
it is there. Pixmaps are cached by the thumbnail's SHA-256, so a reload after a page tool
fetches only the pages whose image changed.

Reordering by drag and drop is a request, not a local move: the model emits
:attr:`PageThumbnailModel.moveRequested` and the owner asks the service, then reloads.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from desktop.domain.errors import DomainError
from desktop.domain.ocr import OcrStatus
from desktop.domain.text import shown
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService, PageInfo
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.labels import page_kind_name
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation, Progress

__all__ = [
    "DEFAULT_ICON_SIZE",
    "PAGE_MIME_TYPE",
    "PageIdRole",
    "PageInfoRole",
    "PageThumbnailModel",
]

log = logging.getLogger(__name__)

PageIdRole = Qt.ItemDataRole.UserRole + 1
"""The page's database id (``int``)."""
PageInfoRole = Qt.ItemDataRole.UserRole + 2
"""The whole :class:`~desktop.services.documents.PageInfo` of the row."""

PAGE_MIME_TYPE = "application/x-export-commission-page"
"""Drag data of a page inside a strip: ``"<application id>:<page id>"``."""

DEFAULT_ICON_SIZE = QSize(150, 150)
CACHE_SIZE = 600
"""Thumbnails kept in memory per model (about 60 KB each at the default size)."""
BATCH = 8
"""Thumbnails read by one background operation: the first ones show quickly."""

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

_PAPER = QColor("#f2f1ec")
_EDGE = QColor("#9a9a94")
_BROKEN = QColor("#b3261e")


def _cache_key(page: PageInfo) -> str:
    # Content-addressed when the page has a stored thumbnail; else by page and version.
    return page.thumbnail_sha256 or f"page:{page.id}:{page.version}"


def _load_batch(service: DocumentService, actor: Actor, wanted: dict[str, int],
                size: QSize) -> dict[str, QImage | str]:
    """Read and scale thumbnails (in a worker thread): key → image, or the error message."""
    result: dict[str, QImage | str] = {}
    for key, page_id in wanted.items():
        try:
            data = service.thumbnail(actor, page_id)
        except DomainError as exc:  # deleted meanwhile, or damaged bytes
            result[key] = error_text(exc)
            continue
        image = QImage.fromData(data)
        if image.isNull():
            result[key] = QCoreApplication.translate(
                "PageThumbnailModel", "The thumbnail cannot be decoded.")
            continue
        if image.width() > size.width() or image.height() > size.height():
            image = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        result[key] = _framed(image, size)
    return result


def _framed(image: QImage, size: QSize) -> QImage:
    """*image* on a transparent square of *size*: centred, standing on the bottom edge.

    Every cell of the strip is then alike, so the captions line up under pages of any shape.
    """
    framed = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    framed.fill(Qt.GlobalColor.transparent)
    painter = QPainter(framed)
    painter.drawImage((size.width() - image.width()) // 2, size.height() - image.height(),
                      image)
    painter.end()
    return framed


class PageThumbnailModel(QAbstractListModel):
    """Rows are the live pages of one application, in their order.

    ``DisplayRole`` is "position · kind"; ``DecorationRole`` a :class:`QPixmap` of exactly
    :attr:`icon_size`, the thumbnail centred on its bottom edge (a placeholder until it is
    loaded); :data:`PageIdRole` the page id and :data:`PageInfoRole` the whole record.
    """

    moveRequested = Signal(int, int)
    """A page was dropped elsewhere in the strip: ``(page id, new 1-based position)``."""
    thumbnailsLoaded = Signal()
    """Some thumbnails arrived (``dataChanged`` has been emitted for their rows)."""

    def __init__(
        self,
        service: DocumentService,
        actor: Actor,
        application_id: int | None = None,
        *,
        icon_size: QSize = DEFAULT_ICON_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._application_id = application_id
        self._icon_size = QSize(icon_size)
        self._pages: list[PageInfo] = []
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._broken: dict[str, str] = {}
        self._placeholders: dict[tuple[int, int, bool], QPixmap] = {}
        self._queued: dict[str, int] = {}
        self._loading: set[str] = set()
        self._operations: set[Operation] = set()
        self._reorderable = False
        self._batch_timer = QTimer(self)
        self._batch_timer.setSingleShot(True)
        self._batch_timer.setInterval(0)
        self._batch_timer.timeout.connect(self._start_loading)
        self.reload()

    # -- the pages ----------------------------------------------------------------------------

    @property
    def application_id(self) -> int | None:
        return self._application_id

    @property
    def icon_size(self) -> QSize:
        return QSize(self._icon_size)

    def set_application(self, application_id: int | None) -> None:
        """Show another application's pages (the thumbnail cache is kept)."""
        self._application_id = application_id
        self.reload()

    def reload(self) -> None:
        """Read the page list again; thumbnails already cached are not fetched again."""
        pages = ([] if self._application_id is None
                 else self._service.list_pages(self._actor, self._application_id))
        self.beginResetModel()
        self._pages = pages
        self._queued.clear()
        self.endResetModel()

    def pages(self) -> list[PageInfo]:
        return list(self._pages)

    def page(self, row: int) -> PageInfo:
        return self._pages[row]

    def page_id(self, row: int) -> int:
        return self._pages[row].id

    def row_of(self, page_id: int) -> int | None:
        return next((r for r, p in enumerate(self._pages) if p.id == page_id), None)

    def thumbnail_ready(self, row: int) -> bool:
        """True once the row's thumbnail was loaded (or failed to load)."""
        key = _cache_key(self._pages[row])
        return key in self._pixmaps or key in self._broken

    @property
    def loading(self) -> bool:
        """Thumbnails are queued or being read."""
        return bool(self._queued or self._loading)

    # -- Qt's list model ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._pages)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._pages):
            return None
        page = self._pages[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{page.position} · {page_kind_name(page.kind)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(page)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(page)
        if role == PageIdRole:
            return page.id
        if role == PageInfoRole:
            return page
        return None

    def _tooltip(self, page: PageInfo) -> str:
        lines = [self.tr("Page %1: %2").replace("%1", str(page.position)).replace(
            "%2", page_kind_name(page.kind))]
        if page.source_name:
            lines.append(shown(page.source_name, keep_lines=False))
        size = self.tr("%1 × %2 pixels").replace("%1", str(page.width)).replace(
            "%2", str(page.height))
        if page.dpi:
            size += self.tr(", %1 dpi").replace("%1", str(page.dpi))
        lines.append(size)
        if page.text_status == OcrStatus.FAILED:
            lines.append(self.tr("Its text could not be read (OCR); the scan is kept as it is."))
        problem = self._broken.get(_cache_key(page))
        if problem:
            lines.append(self.tr("The thumbnail could not be shown. %1").replace("%1", problem))
        return "\n".join(lines)

    # -- thumbnails -------------------------------------------------------------------------

    def _decoration(self, page: PageInfo) -> QPixmap:
        key = _cache_key(page)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        broken = key in self._broken
        if not broken and key not in self._loading and key not in self._queued:
            self._queued[key] = page.id
            self._batch_timer.start()
        return self._placeholder(page, broken)

    def _placeholder(self, page: PageInfo, broken: bool) -> QPixmap:
        """A blank sheet of the page's shape, framed like a thumbnail (a red cross: failed)."""
        box = self._icon_size
        if page.width <= 0 or page.height <= 0:
            w, h = box.width(), box.height()
        else:
            scale = min(box.width() / page.width, box.height() / page.height, 1.0)
            w, h = max(8, round(page.width * scale)), max(8, round(page.height * scale))
        cached = self._placeholders.get((w, h, broken))
        if cached is not None:
            return cached
        sheet = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        sheet.fill(_PAPER)
        painter = QPainter(sheet)
        painter.setPen(QPen(_EDGE, 1))
        painter.drawRect(0, 0, w - 1, h - 1)
        if broken:
            painter.setPen(QPen(_BROKEN, 3))
            painter.drawLine(w // 4, h // 4, 3 * w // 4, 3 * h // 4)
            painter.drawLine(3 * w // 4, h // 4, w // 4, 3 * h // 4)
        painter.end()
        pixmap = QPixmap.fromImage(_framed(sheet, box))
        self._placeholders[(w, h, broken)] = pixmap
        return pixmap

    @Slot()
    def _start_loading(self) -> None:
        queued = list(self._queued.items())
        self._queued.clear()
        service, actor, size = self._service, self._actor, QSize(self._icon_size)
        for start in range(0, len(queued), BATCH):
            wanted = dict(queued[start:start + BATCH])
            self._loading.update(wanted)

            def work(_progress: Progress, wanted: dict[str, int] = wanted) -> object:
                return _load_batch(service, actor, wanted, size)

            op = Operation(work, self)
            self._operations.add(op)
            keys = tuple(wanted)
            op.succeeded.connect(while_alive(self, self._loaded))
            op.failed.connect(while_alive(self, lambda message, _exc, keys=keys: self._failed(
                keys, message)))
            op.finished.connect(while_alive(self, lambda op=op, keys=keys: self._done(op, keys)))
            op.start()

    @Slot(object)
    def _loaded(self, result: dict[str, QImage | str]) -> None:
        for key, value in result.items():
            if isinstance(value, QImage):
                self._pixmaps[key] = QPixmap.fromImage(value)
                self._broken.pop(key, None)
            else:
                log.warning("thumbnail not shown: %s", value)
                self._broken[key] = value
        while len(self._pixmaps) > CACHE_SIZE:
            self._pixmaps.popitem(last=False)
        self._changed(set(result))
        self.thumbnailsLoaded.emit()

    def _failed(self, keys: Sequence[str], message: str) -> None:
        # The whole batch failed (the database went away): show it, allow a retry on reload.
        log.warning("thumbnails could not be read: %s", message)
        for key in keys:
            self._broken[key] = message
        self._changed(set(keys))

    def _done(self, op: Operation, keys: Sequence[str]) -> None:
        self._loading.difference_update(keys)
        self._operations.discard(op)
        op.deleteLater()

    def _changed(self, keys: set[str]) -> None:
        for row, page in enumerate(self._pages):
            if _cache_key(page) in keys:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole,
                                                     Qt.ItemDataRole.ToolTipRole])

    def forget_failures(self) -> None:
        """Try the thumbnails that failed again the next time they are shown."""
        self._broken.clear()

    # -- drag and drop reordering -----------------------------------------------------------

    def set_reorderable(self, on: bool) -> None:
        """Allow dragging pages to another place (for roles that may edit documents)."""
        self._reorderable = on

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._reorderable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._reorderable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PAGE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            page = self._pages[rows[0]]
            data.setData(PAGE_MIME_TYPE,
                         QByteArray(f"{page.application_id}:{page.id}".encode("ascii")))
        return data

    def _dragged_row(self, data: QMimeData) -> int | None:
        if not data.hasFormat(PAGE_MIME_TYPE):
            return None
        text = bytes(data.data(PAGE_MIME_TYPE).data()).decode("ascii", "replace")
        app, _, page = text.partition(":")
        if not (app.isdigit() and page.isdigit()) or int(app) != self._application_id:
            return None  # another application's strip
        return self.row_of(int(page))

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        return self._reorderable and self._dragged_row(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        """Ask for the move; False, so the view never removes the dragged row itself."""
        source = self._dragged_row(data) if self._reorderable else None
        if source is None or action == Qt.DropAction.IgnoreAction:
            return False
        count = len(self._pages)
        if parent.isValid():  # dropped onto a page: take its place
            position = parent.row() + 1
        elif 0 <= row < count:  # dropped before the page at *row*
            position = row + 1 if row < source else row
        else:  # after the last page
            position = count
        position = max(1, min(count, position))
        if position != source + 1:
            self.moveRequested.emit(self._pages[source].id, position)
        return False
