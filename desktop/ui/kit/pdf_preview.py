"""A signed document shown page under page, fitted to the width, from bytes in memory."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

__all__ = ["PdfPreview"]


class PdfPreview(QWidget):
    """The preview of the commission's documents (the Conclusion tab and the journal).

    The document is made before the view and is no child of it: Qt deletes children in
    the order they were made, and a document closed after its view is gone would tell the
    dead view that its status changed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setFocusProxy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._buffer: QBuffer | None = None

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)

    def show_pdf(self, data: bytes) -> None:
        """Show *data* (the document keeps its own copy of the bytes while it is shown)."""
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)

    def clear(self) -> None:
        self.pdf.close()

    @property
    def page_count(self) -> int:
        return self.pdf.pageCount()
