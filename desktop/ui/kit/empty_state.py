"""What an empty pane says: what is missing, and the buttons that bring it.

A grey "No pages" leaves a new user guessing; this says what to do next and offers the
actions right there (the same :class:`QAction` objects as the toolbar, so they are enabled,
named and bound to their keys in one place).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

__all__ = ["EmptyState"]


class EmptyState(QWidget):
    """A heading, a sentence and a row of buttons, centred in the pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        self.heading = QLabel(self)
        big = QFont(self.heading.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        big.setBold(True)
        self.heading.setFont(big)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.heading, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._row.addStretch(1)
        self.buttons: list[QToolButton] = []
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self._row)
        layout.addStretch(2)

    def set_actions(self, actions: Sequence[QAction]) -> None:
        """Offer *actions* as buttons with their words (shown while the action is)."""
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(False)
            self._row.insertWidget(self._row.count() - 1, button)
            self.buttons.append(button)
        self.update_buttons()

    def update_buttons(self) -> None:
        for button in self.buttons:
            action = button.defaultAction()
            button.setVisible(action is not None and action.isVisible())

    @property
    def offers(self) -> bool:
        """Some button is there to press."""
        return any(not b.isHidden() for b in self.buttons)

    def say(self, heading: str, hint: str) -> None:
        self.heading.setText(heading)
        self.hint.setText(hint)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(hint)
