"""The commission's documents (conclusion, refusal letter, return act), the certificate the
local executive body issues on an agreed conclusion, and their states."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["OPEN_STATUSES", "ConclusionKind", "ConclusionStatus"]


class ConclusionKind(StrEnum):
    CONCLUSION = "conclusion"
    REFUSAL = "refusal"
    RETURN_ACT = "return_act"
    """The act of the return check: the items came back as examined, or differ."""
    CERTIFICATE = "certificate"
    """The certificate for the right to temporarily export (куәлік / свидетельство), signed
    by the official of the local executive body on the basis of an agreed conclusion."""


class ConclusionStatus(StrEnum):
    DRAFT = "draft"
    SIGNING = "signing"
    ISSUED = "issued"
    CANCELLED = "cancelled"
    SUPERSEDED = "superseded"
    CLOSED = "closed"
    """A certificate whose export the signed return act has closed: the items are back."""


OPEN_STATUSES = frozenset({ConclusionStatus.DRAFT, ConclusionStatus.SIGNING})
