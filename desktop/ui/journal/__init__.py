"""The journal of the commission's documents (conclusions, refusal letters, return acts and
certificates)."""

from desktop.ui.journal.view import JournalWidget

__all__ = ["JournalWidget"]
