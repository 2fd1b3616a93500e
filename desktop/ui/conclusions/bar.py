"""What the Conclusion tab's small bars of actions share: the session, the application,
the document chosen in the tab, and one way to run a write and say how it ended."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import DomainError
from desktop.services.conclusions import ConclusionSummary
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.operations import Operation, Progress
from desktop.ui.kit.session import Change, Session

__all__ = ["ConclusionBar"]


class ConclusionBar(QWidget):
    """A row of actions on the selected document. Its writes are the session's
    (:attr:`Change.CONCLUSION`): the application's view reads the documents again when one
    succeeds."""

    done = Signal(str)
    """A write succeeded; the words say what it did."""
    refused = Signal(str)
    """Why the service refused, in words."""

    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.actor
        self.application_id = application_id
        self.selected: ConclusionSummary | None = None

    def write(self, work: Callable[[Progress], ConclusionSummary],
              said: Callable[[ConclusionSummary], str]) -> Operation:
        """``work`` as a write of the session, ``said`` wording its result for ``done``;
        the caller starts it (with or without a progress dialog)."""
        op = self.session.write(work, Change.CONCLUSION, [self.application_id])
        op.succeeded.connect(lambda summary: self.done.emit(said(summary)))
        op.failed.connect(self._failed)
        return op

    def _failed(self, text: str, exc: object) -> None:
        self.refused.emit(error_text(exc) if isinstance(exc, DomainError) else text)
