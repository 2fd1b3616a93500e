"""The page tools behind the panel's actions: rotate, crop, deskew, grayscale, move, delete.

Each tool sends the page's version with the change (``expected_version``), so an edit made
meanwhile on another desktop is refused by the service rather than overwritten; the panel
then reloads and says so. Each runs as an :class:`~desktop.ui.kit.operations.Operation`: deskew
on a 600 dpi page takes a moment, and the GUI stays responsive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from desktop.services.documents import PageInfo
from desktop.ui.documents.crop_dialog import CropDialog
from desktop.ui.kit.labels import page_kind_name
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation, Progress

if TYPE_CHECKING:
    from desktop.ui.documents.panel import DocumentsPanel

__all__ = ["PREVIEW_SIZE", "PageTools"]

log = logging.getLogger(__name__)

PREVIEW_SIZE = QSize(1400, 1400)
"""The crop dialog shows the page reduced to this; the crop is still in the page's pixels."""


class PageTools(QObject):
    """Runs the page tools for a :class:`DocumentsPanel` on its selected page."""

    def __init__(self, panel: DocumentsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.deleted: list[tuple[int, int]] = []
        """``(page id, position)`` of the pages deleted here, for Undo (last first)."""
        self.confirm_box: QMessageBox | None = None
        self.crop_dialog: CropDialog | None = None

    @property
    def can_undo(self) -> bool:
        return bool(self.deleted)

    def _page(self) -> PageInfo | None:
        panel = self.panel
        if not panel.editable or panel.busy:
            return None
        return panel.selected_page()

    def _name(self, page: PageInfo) -> str:
        return self.tr("page %1 (%2)").replace("%1", str(page.position)).replace(
            "%2", page_kind_name(page.kind))

    def _edit(self, title: str, done: str, change: Callable[[PageInfo], Any]) -> Operation | None:
        """Run *change* on the selected page; reload and keep it selected afterwards."""
        page = self._page()
        if page is None:
            return None
        op = self.panel.write(lambda _progress: change(page))
        op.succeeded.connect(while_alive(self.panel, lambda _result: self.panel.changed(
            page.id, done.replace("%1", self._name(page)))))
        op.failed.connect(while_alive(self.panel, self.panel.operation_failed))
        return self.panel.run(op, title)

    # -- image tools ----------------------------------------------------------------------------

    def rotate_left(self) -> Operation | None:
        return self._rotate(90)

    def rotate_right(self) -> Operation | None:
        return self._rotate(270)

    def _rotate(self, degrees: int) -> Operation | None:
        service, actor = self.panel.service, self.panel.actor
        return self._edit(self.tr("Rotating the page"), self.tr("Rotated %1."),
                          lambda p: service.rotate(actor, p.id, degrees,
                                                   expected_version=p.version))

    def deskew(self) -> Operation | None:
        service, actor = self.panel.service, self.panel.actor
        return self._edit(self.tr("Straightening the page"), self.tr("Straightened %1."),
                          lambda p: service.deskew(actor, p.id, expected_version=p.version))

    def to_grayscale(self) -> Operation | None:
        service, actor = self.panel.service, self.panel.actor
        return self._edit(self.tr("Converting to grayscale"),
                          self.tr("Converted %1 to grayscale."),
                          lambda p: service.to_grayscale(actor, p.id, expected_version=p.version))

    def crop(self) -> Operation | None:
        """Load the page (in the background), then show the crop dialog."""
        page = self._page()
        if page is None:
            return None
        service, actor = self.panel.service, self.panel.actor

        def load(_progress: Progress) -> QImage:
            image = QImage.fromData(service.page_image(actor, page.id))
            if image.width() > PREVIEW_SIZE.width() or image.height() > PREVIEW_SIZE.height():
                image = image.scaled(PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
            return image

        op = Operation(load, self.panel)
        op.succeeded.connect(while_alive(self.panel, lambda image: self._show_crop(page, image)))
        op.failed.connect(while_alive(self.panel, self.panel.operation_failed))
        return self.panel.run(op, self.tr("Opening the page"))

    def _show_crop(self, page: PageInfo, preview: QImage) -> None:
        title = self.tr("Crop %1").replace("%1", self._name(page))
        dialog = CropDialog(preview, QSize(page.width, page.height), title, self.panel)
        self.crop_dialog = dialog

        def accepted() -> None:
            box = dialog.box()
            if box is not None:
                self.apply_crop(page, box)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def apply_crop(self, page: PageInfo, box: tuple[int, int, int, int]) -> Operation | None:
        if not self.panel.editable or self.panel.busy:
            return None
        service, actor = self.panel.service, self.panel.actor
        op = self.panel.write(lambda _progress: service.crop(actor, page.id, box,
                                                             expected_version=page.version))
        op.succeeded.connect(while_alive(self.panel, lambda _result: self.panel.changed(
            page.id, self.tr("Cropped %1.").replace("%1", self._name(page)))))
        op.failed.connect(while_alive(self.panel, self.panel.operation_failed))
        return self.panel.run(op, self.tr("Cropping the page"))

    # -- order ----------------------------------------------------------------------------------

    def move_earlier(self) -> Operation | None:
        page = self._page()
        return None if page is None else self.move_to(page.id, page.position - 1)

    def move_later(self) -> Operation | None:
        page = self._page()
        return None if page is None else self.move_to(page.id, page.position + 1)

    def move_to(self, page_id: int, position: int) -> Operation | None:
        """Put the page at *position* (1 = first), as the buttons and drag and drop ask."""
        panel = self.panel
        row = panel.model.row_of(page_id)
        if row is None or not panel.editable or panel.busy:
            return None
        page = panel.model.page(row)
        if not 1 <= position <= panel.model.rowCount() or position == page.position:
            return None
        service, actor = panel.service, panel.actor
        op = panel.write(lambda _progress: service.move_page(
            actor, page.id, position, expected_version=page.version))
        op.succeeded.connect(while_alive(panel, lambda _pages: panel.changed(page.id, self.tr(
            "Moved %1 to place %2.").replace("%1", self._name(page)).replace(
            "%2", str(position)))))
        op.failed.connect(while_alive(panel, panel.operation_failed))
        return panel.run(op, self.tr("Moving the page"))

    # -- delete and undo ------------------------------------------------------------------------

    def delete(self) -> QMessageBox | None:
        """Ask first; the page goes only when the clerk confirms."""
        page = self._page()
        if page is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete page"),
            self.tr("Delete %1 from this application?").replace("%1", self._name(page)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.panel)
        box.setInformativeText(self.tr("The deletion is recorded in the audit journal; "
                                       "Undo brings the page back."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm_box = box

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.delete_now(page)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def delete_now(self, page: PageInfo) -> Operation | None:
        panel = self.panel
        if not panel.editable or panel.busy:
            return None
        service, actor = panel.service, panel.actor
        op = panel.write(lambda _progress: service.delete_page(
            actor, page.id, expected_version=page.version))

        def deleted(_pages: object) -> None:
            self.deleted.append((page.id, page.position))
            panel.changed(None, self.tr("Deleted %1.").replace("%1", self._name(page)))

        op.succeeded.connect(while_alive(panel, deleted))
        op.failed.connect(while_alive(panel, panel.operation_failed))
        return panel.run(op, self.tr("Deleting the page"))

    def undo_delete(self) -> Operation | None:
        """Bring the last deleted page back to where it was."""
        panel = self.panel
        if not self.deleted or not panel.editable or panel.busy:
            return None
        page_id, position = self.deleted[-1]
        service, actor = panel.service, panel.actor

        def restore(_progress: Progress) -> PageInfo:
            page = service.restore_page(actor, page_id)  # comes back as the last page
            if position < page.position:
                service.move_page(actor, page_id, position, expected_version=page.version)
            return page

        def restored(page: PageInfo) -> None:
            self.deleted.pop()
            panel.changed(page_id, self.tr("Restored page %1.").replace("%1", str(position)))

        op = panel.write(restore)
        op.succeeded.connect(while_alive(panel, restored))
        op.failed.connect(while_alive(panel, self._undo_failed))
        return panel.run(op, self.tr("Restoring the page"))

    def _undo_failed(self, message: str, exc: object) -> None:
        self.deleted.pop()  # restored by someone else, or the application was decided
        self.panel.reload()
        self.panel.operation_failed(message, exc)
