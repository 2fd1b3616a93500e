"""Seats on the commission, and the official's seat that signs the certificates."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["SeatKind"]


class SeatKind(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    OFFICIAL = "official"
    """The official of the local executive body who signs the region's certificates."""
