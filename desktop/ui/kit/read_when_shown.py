"""A tab that reads its list from the database only while somebody can see it.

A change elsewhere (a document signed, a return recorded) marks a hidden tab stale instead
of reading it at once; the tab reads when it is shown. So opening the window, or a write in
another tab, costs no query for lists nobody is looking at.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.kit.session import Session

__all__ = ["ReadWhenShown"]


class ReadWhenShown(QWidget):
    """Subclasses read in :meth:`refresh`, after :meth:`due_now` says they may."""

    def __init__(self, session: Session, kinds: Iterable[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds = frozenset(kinds)
        self._stale = True
        """Nothing is read until the tab is first shown: opening the window stays quick."""
        session.changed.connect(self._changed)

    def due_now(self) -> bool:
        """True when the tab is seen and should read now; otherwise it notes that it must
        read when it is shown."""
        self._stale = not self.isVisible()
        return not self._stale

    @Slot()
    def refresh(self) -> None:
        """Read again (F5, a change of the kinds this tab shows)."""
        raise NotImplementedError

    @Slot(str, object)
    def _changed(self, kind: str, _ids: tuple[int, ...]) -> None:
        if kind in self._kinds:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
