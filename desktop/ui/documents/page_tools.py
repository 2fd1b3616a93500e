"""The page tools behind the panel's actions: rotate, crop, deskew, grayscale, move, delete
and change the kind; every change made goes onto an undo stack (Ctrl+Z).

Each tool sends the page's version with the change (``expected_version``), so an edit made
meanwhile on another desktop is refused by the service rather than overwritten; the panel
then reloads and says so. Each runs as an :class:`~desktop.ui.kit.operations.Operation`: deskew
on a 600 dpi page takes a moment, and the GUI stays responsive. Undo and redo run the same
way; when one is refused (someone else changed the page), the stack is emptied, since what
it remembers no longer matches what is stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import QMessageBox

from desktop.domain.documents import PageKind
from desktop.services.documents import PageInfo
from desktop.ui.documents.commands import PageCommand, Work
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
        self.undo_stack = QUndoStack(self)
        """The changes made here, the last on top."""
        self.confirm_box: QMessageBox | None = None
        self.crop_dialog: CropDialog | None = None

    def _page(self) -> PageInfo | None:
        panel = self.panel
        if not panel.editable or panel.busy:
            return None
        return panel.selected_page()

    def _name(self, page: PageInfo) -> str:
        return self.tr("page %1 (%2)").replace("%1", str(page.position)).replace(
            "%2", page_kind_name(page.kind))

    def _change(self, page: PageInfo, title: str, text: str, done: str,
                change: Callable[[], PageInfo | list[PageInfo]],
                undo: Callable[[PageInfo | list[PageInfo]], tuple[Work, Work]]) -> Operation:
        """Run *change* of *page*; afterwards reload, say *done* and push the command named
        *text* whose undo and redo work *undo* makes from the change's result."""
        panel = self.panel

        def made(result: PageInfo | list[PageInfo]) -> None:
            back, again = undo(result)
            self.undo_stack.push(PageCommand(text, page.id, back, again, self._replay))
            panel.changed(page.id, done)

        op = panel.write(lambda _progress: change())
        op.succeeded.connect(while_alive(panel, made))
        op.failed.connect(while_alive(panel, panel.operation_failed))
        return panel.run(op, title)

    # -- undo and redo --------------------------------------------------------------------------

    def undo(self) -> None:
        if self.panel.editable and not self.panel.busy and self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.panel.editable and not self.panel.busy and self.undo_stack.canRedo():
            self.undo_stack.redo()

    def _replay(self, command: PageCommand, forward: bool) -> None:
        panel = self.panel
        row = panel.model.row_of(command.page_id)
        version = None if row is None else panel.model.page(row).version
        work = command.redo_work if forward else command.undo_work
        said = self.tr("Redone: %1.") if forward else self.tr("Undone: %1.")
        op = panel.write(lambda _progress: work(version))
        op.succeeded.connect(while_alive(panel, lambda _result: panel.changed(
            command.page_id, said.replace("%1", command.text()))))
        op.failed.connect(while_alive(panel, self._replay_failed))
        panel.run(op, self.tr("Redoing the change") if forward
                  else self.tr("Undoing the change"))

    def _replay_failed(self, message: str, exc: object) -> None:
        self.undo_stack.clear()  # it remembers pages as they no longer are
        self.panel.reload()
        self.panel.operation_failed(message, exc)

    def _image(self, page_id: int, sha256: str) -> Work:
        service, actor = self.panel.service, self.panel.actor
        return lambda version: service.restore_image(actor, page_id, sha256,
                                                     expected_version=version or 0)

    # -- image tools ----------------------------------------------------------------------------

    def _edit(self, title: str, text: str, done: str,
              change: Callable[[PageInfo], PageInfo]) -> Operation | None:
        """Change the selected page's image; undo shows the image it had before."""
        page = self._page()
        return None if page is None else self._edit_page(page, title, text, done, change)

    def _edit_page(self, page: PageInfo, title: str, text: str, done: str,
                   change: Callable[[PageInfo], PageInfo]) -> Operation:
        def undo(result: PageInfo | list[PageInfo]) -> tuple[Work, Work]:
            assert isinstance(result, PageInfo)
            return self._image(page.id, page.sha256), self._image(page.id, result.sha256)

        name = self._name(page)
        return self._change(page, title, text.replace("%1", name), done.replace("%1", name),
                            lambda: change(page), undo)

    def rotate_left(self) -> Operation | None:
        return self._rotate(90, self.tr("Rotate %1 left"))

    def rotate_right(self) -> Operation | None:
        return self._rotate(270, self.tr("Rotate %1 right"))

    def _rotate(self, degrees: int, text: str) -> Operation | None:
        service, actor = self.panel.service, self.panel.actor
        return self._edit(self.tr("Rotating the page"), text, self.tr("Rotated %1."),
                          lambda p: service.rotate(actor, p.id, degrees,
                                                   expected_version=p.version))

    def deskew(self) -> Operation | None:
        service, actor = self.panel.service, self.panel.actor
        return self._edit(self.tr("Straightening the page"), self.tr("Straighten %1"),
                          self.tr("Straightened %1."),
                          lambda p: service.deskew(actor, p.id, expected_version=p.version))

    def to_grayscale(self) -> Operation | None:
        service, actor = self.panel.service, self.panel.actor
        return self._edit(self.tr("Converting to grayscale"),
                          self.tr("Convert %1 to grayscale"),
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
        return self._edit_page(page, self.tr("Cropping the page"), self.tr("Crop %1"),
                               self.tr("Cropped %1."), lambda p: service.crop(actor, p.id, box,
                                                      expected_version=p.version))

    # -- the kind -------------------------------------------------------------------------------

    def set_kind(self, kind: PageKind) -> Operation | None:
        """Say what the selected page is; undo gives it its earlier kind back."""
        page = self._page()
        if page is None or page.kind == kind:
            return None
        service, actor = self.panel.service, self.panel.actor

        def work(to: PageKind) -> Work:
            return lambda version: service.set_kind(actor, page.id, to,
                                                    expected_version=version or 0)

        text = self.tr("Mark %1 as «%2»").replace("%1", self._name(page)).replace(
            "%2", page_kind_name(kind))
        done = self.tr("Marked %1 as «%2».").replace("%1", self._name(page)).replace(
            "%2", page_kind_name(kind))
        return self._change(page, self.tr("Changing the kind of the page"), text, done,
                            lambda: service.set_kind(actor, page.id, kind,
                                                     expected_version=page.version),
                            lambda _result: (work(page.kind), work(kind)))

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

        def work(to: int) -> Work:
            return lambda version: service.move_page(actor, page.id, to,
                                                     expected_version=version or 0)

        text = self.tr("Move %1 to place %2").replace("%1", self._name(page)).replace(
            "%2", str(position))
        done = self.tr("Moved %1 to place %2.").replace("%1", self._name(page)).replace(
            "%2", str(position))
        return self._change(page, self.tr("Moving the page"), text, done,
                            lambda: service.move_page(actor, page.id, position,
                                                      expected_version=page.version),
                            lambda _pages: (work(page.position), work(position)))

    # -- delete ---------------------------------------------------------------------------------

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
                                       "Undo (Ctrl+Z) brings the page back."))
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

        def restore(_version: int | None) -> PageInfo:
            back = service.restore_page(actor, page.id)  # comes back as the last page
            if page.position < back.position:
                service.move_page(actor, page.id, page.position, expected_version=back.version)
            return back

        def delete_again(version: int | None) -> object:
            return service.delete_page(actor, page.id, expected_version=version or 0)

        return self._change(page, self.tr("Deleting the page"),
                            self.tr("Delete %1").replace("%1", self._name(page)),
                            self.tr("Deleted %1.").replace("%1", self._name(page)),
                            lambda: service.delete_page(actor, page.id,
                                                        expected_version=page.version),
                            lambda _pages: (restore, delete_again))
