"""The commission's documents (conclusion, refusal letter, return act) and their states."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["OPEN_STATUSES", "ConclusionKind", "ConclusionStatus"]


class ConclusionKind(StrEnum):
    CONCLUSION = "conclusion"
    REFUSAL = "refusal"
    RETURN_ACT = "return_act"
    """The act of the return check: the items came back as examined, or differ."""


class ConclusionStatus(StrEnum):
    DRAFT = "draft"
    SIGNING = "signing"
    ISSUED = "issued"
    CANCELLED = "cancelled"
    SUPERSEDED = "superseded"


OPEN_STATUSES = frozenset({ConclusionStatus.DRAFT, ConclusionStatus.SIGNING})
