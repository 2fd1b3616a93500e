"""Seats on the commission."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["SeatKind"]


class SeatKind(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
