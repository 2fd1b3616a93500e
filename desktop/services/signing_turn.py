"""Whose turn it is to sign a document: the members first, the chairperson last.

The conclusion service refuses a signature out of turn with these words, and the window and
the start page ask the same question before anybody chooses a key. Kept apart from
:mod:`desktop.services.conclusions` so that asking loads no PDF or signing library.
"""

from __future__ import annotations

from desktop.domain.conclusions import OPEN_STATUSES
from desktop.domain.errors import DomainError
from desktop.domain.roles import Action
from desktop.domain.seats import SeatKind
from desktop.models.conclusion import Conclusion
from desktop.services.actor import Actor

__all__ = ["ConclusionError", "turn_refusal"]


class ConclusionError(DomainError):
    code = "conclusion"


def turn_refusal(actor: Actor, c: Conclusion) -> ConclusionError | None:
    """Why *actor* may not sign *c* now (None: it is their turn)."""
    if not actor.can(Action.SIGN):
        return ConclusionError(f"{actor.username} may not sign", c.number,
                               reason="not_a_signer")
    if not actor.iin:
        return ConclusionError(f"{actor.full_name} has no IIN on record; an administrator "
                               "must add it before they can sign", actor.full_name,
                               reason="signer_no_iin")
    if c.status not in OPEN_STATUSES:
        return ConclusionError(f"{c.number} is {c.status}; it takes no signature",
                               c.number, reason="not_signable")
    mine = next((g for g in c.signers if g.user_id == actor.user_id), None)
    if mine is None:
        return ConclusionError("you are not a member or the chair of the commission "
                               f"for {c.number}", c.number, reason="not_a_signer")
    if mine.signed_at is not None:
        return ConclusionError(f"you have signed {c.number} already", c.number,
                               reason="signed_already")
    if mine.seat == SeatKind.CHAIR.value:
        missing = [g.full_name for g in c.signers
                   if g.seat != SeatKind.CHAIR.value and g.signed_at is None]
        if missing:
            return ConclusionError("the chairperson signs last; still to sign: "
                                   + ", ".join(missing), ", ".join(missing),
                                   reason="chair_signs_last")
    return None
