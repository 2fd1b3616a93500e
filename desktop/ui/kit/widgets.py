"""Small widgets the dialogs share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from desktop.ui.kit.theme import Tone, set_tone

__all__ = ["ERROR_COLOUR", "InlineMessage"]

ERROR_COLOUR = "#b3261e"
"""Red for refusals and validation messages on a light palette; text that must stay readable
on a dark palette too takes :data:`Tone.ERROR <desktop.ui.kit.theme.Tone>` instead."""


class InlineMessage(QLabel):
    """A red message under a field or a form (another tone when it is no refusal); hidden
    while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self, Tone.ERROR)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str, tone: Tone = Tone.ERROR) -> None:
        set_tone(self, tone)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


class DateField(QDateEdit):
    """A date field that Tab leaves, instead of walking its day, month and year (the
    arrows and typing still edit each part): a user on the keyboard is never trapped in it."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)
