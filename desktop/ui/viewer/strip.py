"""The viewer's strip of page thumbnails: one row under the page, the current one selected.

The rows and thumbnails are the documents panel's :class:`PageThumbnailModel`; this view
only lays them out in one line and reports the page the user picks.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.ui.documents.thumbnails import PageIdRole, PageThumbnailModel

__all__ = ["STRIP_ICON_SIZE", "ThumbnailStrip"]

STRIP_ICON_SIZE = QSize(64, 64)


class ThumbnailStrip(QListView):
    pageActivated = Signal(int)
    """The user picked a page (its id): a click, or moving along the strip with the keys."""

    def __init__(self, documents: DocumentService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Page thumbnails"))
        self.thumbnails = PageThumbnailModel(documents, actor, None,
                                             icon_size=STRIP_ICON_SIZE, parent=self)
        self.setModel(self.thumbnails)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setIconSize(STRIP_ICON_SIZE)
        line = self.fontMetrics().height()
        self.setGridSize(QSize(STRIP_ICON_SIZE.width() + 28, STRIP_ICON_SIZE.height() + line + 12))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.gridSize().height() + self.horizontalScrollBar().sizeHint()
                            .height() + 6)
        self._selecting = False
        self.selectionModel().currentChanged.connect(self._current_changed)

    def set_application(self, application_id: int) -> None:
        if self.thumbnails.application_id == application_id:
            self.thumbnails.reload()
        else:
            self.thumbnails.set_application(application_id)

    def index_of(self, page_id: int) -> QModelIndex:
        row = self.thumbnails.row_of(page_id)
        return self.thumbnails.index(row, 0) if row is not None else QModelIndex()

    def select_page(self, page_id: int) -> None:
        """Mark *page_id* as the one shown, without reporting it as the user's pick."""
        index = self.index_of(page_id)
        if not index.isValid():
            return
        self._selecting = True
        try:
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index)
        finally:
            self._selecting = False

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting and current.isValid():
            self.pageActivated.emit(int(current.data(PageIdRole)))
