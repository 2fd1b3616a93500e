"""The viewer's help overlay: every shortcut, shown over the page with F1 or "?"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

__all__ = ["HelpOverlay"]


class HelpOverlay(QFrame):
    """A dark panel centred over its parent; any click or Escape closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ViewerHelp")
        self.setAccessibleName(self.tr("Viewer shortcuts"))
        self.setStyleSheet(
            "#ViewerHelp { background: rgba(32, 33, 36, 225); border-radius: 8px; }"
            "#ViewerHelp QLabel { color: #f1f3f4; }"
        )
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setText(self.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.label)
        parent.installEventFilter(self)
        self.hide()

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what they do), in the order shown."""
        return [
            (self.tr("Wheel"), self.tr("Zoom around the pointer")),
            (self.tr("+  /  −"), self.tr("Zoom in / out")),
            (self.tr("0"), self.tr("Reset the zoom (fit the page)")),
            (self.tr("F"), self.tr("Fit the page")),
            (self.tr("W"), self.tr("Fit the width")),
            (self.tr("1"), self.tr("Actual size (1:1)")),
            (self.tr("R  /  Shift+R"), self.tr("Turn the view right / left")),
            (self.tr("PgDn  /  PgUp"), self.tr("Next / previous page")),
            (self.tr("Home  /  End"), self.tr("First / last page")),
            (self.tr("Drag, arrow keys"), self.tr("Move around the page")),
            (self.tr("F1  or  ?"), self.tr("Show or hide this help")),
        ]

    def text(self) -> str:
        """The overlay's words in the interface language."""
        lines = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'><b>{escape(keys)}</b></td>"
            f"<td style='padding:3px 0'>{escape(what)}</td></tr>"
            for keys, what in self.rows()
        )
        title = escape(self.tr("Viewer shortcuts"))
        note = escape(self.tr("Turning the view does not change the stored page."))
        return (f"<h3 style='margin:0 0 8px 0'>{title}</h3><table>{lines}</table>"
                f"<p style='margin-top:10px'><i>{note}</i></p>")

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self._place()
            self.show()
            self.raise_()

    def _place(self) -> None:
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            self.move(max(0, (parent.width() - self.width()) // 2),
                      max(0, (parent.height() - self.height()) // 2))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize \
                and self.isVisible():
            self._place()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()
