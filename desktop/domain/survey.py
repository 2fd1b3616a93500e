"""The quality survey of annex 6: its questions and answers."""

from __future__ import annotations

from enum import IntEnum

__all__ = ["QUESTIONS", "Satisfaction"]


class Satisfaction(IntEnum):
    """The answers of annex 6, in its order."""

    NOT_SATISFIED = 1
    """қанағаттанған жоқпын / не удовлетворён"""
    PARTLY = 2
    """ішінара қанағаттанамын / частично удовлетворён"""
    SATISFIED = 3
    """қанағаттанамын / удовлетворён"""


QUESTIONS = ("quality", "information")
"""1. the quality and the result of the service; 2. the information on its procedure."""
