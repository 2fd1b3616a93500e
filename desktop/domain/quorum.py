"""The quorum of the commission: how many seated members must take part in a conclusion.

The regulations name no quorum; by default more than half of the seated members must take
part. The chairperson is not counted on either side: they always take part and sign last.
A region profile may set another share (``{"at_least": "2/3"}``).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from desktop.domain.errors import DomainError

__all__ = ["NoQuorum", "Quorum", "require_quorum"]


@dataclass(frozen=True, slots=True)
class Quorum:
    """``share`` of the seated members must take part: more than it (``strict``) or at
    least it."""

    share: Fraction = Fraction(1, 2)
    strict: bool = True

    @classmethod
    def parse(cls, text: object, *, strict: bool) -> Quorum:
        """From ``"p/q"`` (0 < p/q ≤ 1, and below 1 for "more than")."""
        if not isinstance(text, str):
            raise ValueError(f"the share must be written \"p/q\", got {text!r}")
        try:
            share = Fraction(text.strip())
        except (ValueError, ZeroDivisionError) as exc:
            raise ValueError(f"the share must be written \"p/q\", got {text!r}") from exc
        if not 0 < share <= 1 or (strict and share == 1):
            raise ValueError(f"the share {text!r} leaves no possible quorum")
        return cls(share, strict)

    def needed(self, seated: int) -> int:
        """The fewest members present that make a quorum of ``seated`` (may exceed it: then
        no quorum is possible)."""
        part = self.share * seated
        if self.strict:
            return int(part) + 1  # the smallest whole number above ``part``
        return -(-part.numerator // part.denominator)  # ceiling

    def met(self, present: int, seated: int) -> bool:
        return present >= self.needed(seated)

    def describe(self) -> str:
        """Short English form for logs and the audit, e.g. ``"more than 1/2"``."""
        return f"{'more than' if self.strict else 'at least'} {self.share}"


class NoQuorum(DomainError):
    """Too few members take part; ``values``: present, seated, needed."""

    code = "conclusion"
    reason = "no_quorum"

    def __init__(self, quorum: Quorum, present: int, seated: int) -> None:
        needed = quorum.needed(seated)
        super().__init__(f"no quorum: {present} of {seated} members take part, {needed} are "
                         f"needed ({quorum.describe()})", present, seated, needed)


def require_quorum(quorum: Quorum, present: int, seated: int) -> None:
    """Raise :class:`NoQuorum` unless ``present`` of ``seated`` members make ``quorum``."""
    if not quorum.met(present, seated):
        raise NoQuorum(quorum, present, seated)
