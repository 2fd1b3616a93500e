"""Seats on the commission, and the official's seat that signs the certificates."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["SINGLE_SEATS", "SeatKind"]


class SeatKind(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    OFFICIAL = "official"
    """The official of the local executive body who signs the region's certificates."""
    SECRETARY = "secretary"
    """Keeps the commission's papers; signs nothing, so any account may hold it."""

    @property
    def signs(self) -> bool:
        """Whether the holder signs the commission's documents (the role must sign)."""
        return self is not SeatKind.SECRETARY


SINGLE_SEATS = frozenset({SeatKind.CHAIR, SeatKind.OFFICIAL, SeatKind.SECRETARY})
"""The seats that one person holds at a time (members are many)."""
