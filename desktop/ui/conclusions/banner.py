"""The line over a document's preview that says what the document is now, as a PDF
reader's signature bar does: a draft, being signed (how far), signed and valid, superseded
or cancelled. It stays while the document is shown, whatever the user did last."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.conclusions import ConclusionStatus
from desktop.services.conclusions import ConclusionSummary
from desktop.ui.kit.theme import Tone, set_tone

__all__ = ["DocumentBanner"]


class DocumentBanner(QLabel):
    """Hidden while no document is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentBanner")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#DocumentBanner { font-weight: bold; padding: 4px 8px;"
                           " border: 1px solid palette(mid); border-radius: 3px; }")
        self.setAccessibleName(self.tr("State of the document"))
        self.tone: Tone | None = None
        self.hide()

    def show_document(self, summary: ConclusionSummary | None, valid: bool | None, *,
                      checking: bool = False) -> None:
        """*valid*: whether every signature of a signed document holds (None: not checked);
        *checking*: they are being checked now."""
        if summary is None:
            self.hide()
            return
        text, tone = self._words(summary, valid, checking)
        self.tone = tone
        set_tone(self, tone)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def _words(self, summary: ConclusionSummary, valid: bool | None,
               checking: bool) -> tuple[str, Tone]:
        status = summary.status
        if status == ConclusionStatus.DRAFT:
            return self.tr("Draft: nobody has signed it yet."), Tone.NOTE
        if status == ConclusionStatus.SIGNING:
            signed = len(summary.signers) - len(summary.missing)
            return (self.tr("Being signed: %1 of %2 signatures; still to sign: %3.")
                    .replace("%1", str(signed)).replace("%2", str(len(summary.signers)))
                    .replace("%3", ", ".join(s.full_name for s in summary.missing)),
                    Tone.WARNING)
        if status == ConclusionStatus.SUPERSEDED:
            return (self.tr("Superseded by a correction: this document is no longer in "
                            "force."), Tone.WARNING)
        if status == ConclusionStatus.CANCELLED:
            return self.tr("Cancelled: this document is not in force."), Tone.HINT
        if valid is False:
            return (self.tr("Signed, but not every signature holds: press Verify for the "
                            "details."), Tone.ERROR)
        if checking:
            return self.tr("Signed by everyone; checking the signatures…"), Tone.NOTE
        if valid is None:
            return (self.tr("Signed by everyone; the signatures could not be checked."),
                    Tone.NOTE)
        if status == ConclusionStatus.CLOSED:
            return (self.tr("Signed and valid: every signature holds. The export is closed: "
                            "the items are back."), Tone.SUCCESS)
        return self.tr("Signed and valid: every signature holds."), Tone.SUCCESS
