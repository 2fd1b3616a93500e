"""Undoable page changes: each page tool's change, once made, becomes a command on a stack.

A command is pushed after the service has made the change (its first ``redo`` does
nothing). Undo and redo then ask the service again, in the background: a moved page moves
back, a deleted page is restored, a rotated page shows its earlier image again (every image
a page has had stays stored, so nothing is computed twice and the original never changes).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

__all__ = ["PageCommand", "Replay", "Work"]

Work = Callable[[int | None], object]
"""One direction of a change, done through the service; it gets the page's version as the
strip shows it now (None when the page is not in the strip: it is deleted)."""

Replay = Callable[["PageCommand", bool], None]
"""Runs a command's undo (False) or redo (True) work in the background."""


class PageCommand(QUndoCommand):
    """A change of one page; its text names it ("Rotate page 2 (Form)")."""

    def __init__(self, text: str, page_id: int, undo: Work, redo: Work,
                 replay: Replay) -> None:
        super().__init__(text)
        self.page_id = page_id
        self.undo_work = undo
        self.redo_work = redo
        self._replay = replay
        self._made = True
        """The change is already made: the push's own ``redo`` must not repeat it."""

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self._replay(self, True)

    def undo(self) -> None:
        self._replay(self, False)
