"""Undoable edits of the examination form: one command per field change.

Typing in one field is merged into one command until the field loses focus, so Ctrl+Z takes
back the word or sentence just typed, not one letter; a choice, a tick or a row added or
removed is a command of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.domain.examination_rules import CONTENT_FIELDS
from desktop.ui.kit.vocabulary import field_name

__all__ = ["FieldEdit"]

Apply = Callable[[str, Any], None]
"""Put a value into the form's state and its editor without recording an edit."""


class FieldEdit(QUndoCommand):
    def __init__(self, apply: Apply, field: str, old: Any, new: Any, *,
                 typing: bool, session: int) -> None:
        super().__init__()
        self.apply = apply
        self.field = field
        self.old = old
        self.new = new
        self.typing = typing
        self.session = session
        """Which stretch of typing this belongs to; a new one starts when focus moves."""
        self.setText(field_name(field))

    def id(self) -> int:
        return CONTENT_FIELDS.index(self.field) + 1 if self.field in CONTENT_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, FieldEdit) and other.field == self.field and self.typing
                and other.typing and other.session == self.session):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)  # typed and deleted again: nothing to undo
        return True

    def redo(self) -> None:
        self.apply(self.field, self.new)

    def undo(self) -> None:
        self.apply(self.field, self.old)
