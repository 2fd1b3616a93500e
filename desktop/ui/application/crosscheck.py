"""The warning that the scanned papers say otherwise than the registration.

Shown to everyone who opens the application (the clerk who can correct the registration, the
member who examines it), with both values and the page; it corrects nothing and blocks no
step: OCR misreads, and the papers are for a person to look at.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.crosscheck import Discrepancy, Field
from desktop.ui.kit.theme import Tone, set_tone

__all__ = ["PapersWarning"]


class PapersWarning(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(self, Tone.WARNING)
        self.found: tuple[Discrepancy, ...] = ()
        self.hide()

    def show_discrepancies(self, found: Sequence[Discrepancy]) -> None:
        self.found = tuple(found)
        self._render()

    def _field(self, field: Field) -> str:
        return {Field.IIN_BIN: self.tr("IIN/BIN"), Field.SURNAME: self.tr("Surname"),
                Field.DOCUMENT_NUMBER: self.tr("Identity document number")}[field]

    def _render(self) -> None:
        if not self.found:
            self.clear()
            self.hide()
            return
        lines = [self.tr("The scanned papers, as read, differ from the registered data. "
                         "Check them; nothing was changed:")]
        for d in self.found:
            lines.append("• " + self.tr("%1: registered %2, page %3 reads %4")
                         .replace("%1", self._field(d.field)).replace("%2", d.registered)
                         .replace("%3", str(d.page)).replace("%4", d.read))
        text = "\n".join(lines)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
