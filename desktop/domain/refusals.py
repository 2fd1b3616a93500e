"""The grounds on which the commission refuses a request, as a closed list.

The grounds come from the process steps of the regulation (both seeds, diagrams 1 and 2):
the applicant's data have violations (process 8), the applicant's electronic signature is
not confirmed (diagram 1, process 5), the applicant is not found in the state database of
individuals or legal entities (diagram 2, process 5), the documents are incomplete
(diagram 2, process 6: the clerk scans the documents the standard requires), and the items
do not meet the requirements for temporary export (condition 3: the request is checked
against the requirements and the grounds). Anything else is "other" and must be stated.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.errors import DomainError

__all__ = ["MAX_DETAILS", "Refusal", "RefusalError", "RefusalGround", "make_refusal"]

MAX_DETAILS = 4000
"""The most characters the stated details of a refusal may have."""


class RefusalGround(StrEnum):
    DATA_VIOLATIONS = "data_violations"
    SIGNATURE_NOT_CONFIRMED = "signature_not_confirmed"
    IDENTITY_NOT_FOUND = "identity_not_found"
    DOCUMENTS_INCOMPLETE = "documents_incomplete"
    NOT_FIT_FOR_EXPORT = "not_fit_for_export"
    OTHER = "other"


class RefusalError(DomainError):
    code = "refusal"


@dataclass(frozen=True)
class Refusal:
    """A ground and the commission's own words on it (one paragraph per line)."""

    ground: RefusalGround
    details: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The details as one text, a line each (what the application keeps)."""
        return "\n".join(self.details)


def make_refusal(ground: str | RefusalGround, text: str = "") -> Refusal:
    """Check a ground and its details: a known ground, and words for "other"."""
    try:
        chosen = RefusalGround(ground)
    except ValueError:
        known = ", ".join(g.value for g in RefusalGround)
        raise RefusalError(f"unknown refusal ground '{ground}'; known: {known}", ground, known,
                           reason="unknown_ground") from None
    if len(text) > MAX_DETAILS:
        raise RefusalError(f"the details of a refusal may have at most {MAX_DETAILS} "
                           "characters", MAX_DETAILS, reason="too_long")
    details = tuple(line.strip() for line in text.splitlines() if line.strip())
    if chosen == RefusalGround.OTHER and not details:
        raise RefusalError("a refusal on another ground must say what the ground is",
                           reason="other_needs_text")
    return Refusal(chosen, details)
