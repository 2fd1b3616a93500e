"""Domain errors: each carries a stable code for the interface to word, and an English
message for logs.

``code`` names the family of a refusal (a class attribute), ``reason`` which refusal of the
family it is, and ``values`` fill the ``%1``, ``%2``… of its sentence in
:data:`desktop.messages.MESSAGES` under ``code.reason``. A refusal that lists several
problems (a rejected package, an incomplete examination) adds one :class:`Detail` for each.
The window and the command line word a refusal from those; ``str(exc)`` is for logs only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

__all__ = ["ConflictError", "Detail", "DomainError", "NotFoundError", "Refusal"]


@dataclass(frozen=True)
class Detail:
    """One problem under a refusal: the catalogue ``key`` of its sentence, the ``values`` for
    its ``%1``, ``%2``…, and the ``subject`` it concerns (a field, a JSON path), shown
    before the sentence as it is."""

    key: str
    values: tuple[str, ...] = ()
    subject: str = ""
    terms: tuple[str, ...] = ()
    """As :attr:`DomainError.terms`: the table that names each coded value."""


class DomainError(Exception):
    """A rule of the commission's work was broken; the message says which and why."""

    code = "domain"
    reason = ""
    values: tuple[str, ...] = ()
    details: tuple[Detail, ...] = ()
    terms: ClassVar[tuple[str, ...]] = ()
    """For each value that is a code (a role, a status), the name of the table of
    :mod:`desktop.messages.terms` that words it; "" for a value shown as it is."""

    def __init__(self, message: str = "", *values: object, reason: str = "",
                 details: Iterable[Detail] = ()) -> None:
        super().__init__(message)
        if reason:
            self.reason = reason
        self.values = tuple(str(v) for v in values)
        self.details = tuple(details)


class NotFoundError(DomainError):
    code = "not_found"


class ConflictError(DomainError):
    """Somebody else saved the same record first (optimistic locking)."""

    code = "conflict"


@dataclass(frozen=True)
class Refusal:
    """A refusal kept for later (in the audit journal): enough to word it again in whatever
    language the reader has then."""

    code: str
    reason: str = ""
    values: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()

    @classmethod
    def of(cls, exc: BaseException) -> Refusal:
        return cls(str(getattr(exc, "code", "")), str(getattr(exc, "reason", "")),
                   tuple(getattr(exc, "values", ())), tuple(getattr(exc, "terms", ())))

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "reason": self.reason, "values": list(self.values),
                "terms": list(self.terms)}

    @classmethod
    def from_dict(cls, data: object) -> Refusal | None:
        """The refusal stored by :meth:`as_dict`; None for anything else."""
        if not isinstance(data, Mapping) or not isinstance(data.get("code"), str):
            return None
        return cls(data["code"], str(data.get("reason") or ""),
                   tuple(str(v) for v in data.get("values") or ()),
                   tuple(str(t) for t in data.get("terms") or ()))
