"""Domain errors: each carries a stable code for the interface to word, and an English
message for logs.

``code`` names the family of a refusal (a class attribute), ``reason`` which refusal of the
family it is, and ``values`` fill the ``%1``, ``%2``… of its sentence in
:data:`desktop.messages.MESSAGES` under ``code.reason``. The window and the command line
word a refusal from those three; ``str(exc)`` is for logs only.
"""

from __future__ import annotations

__all__ = ["ConflictError", "DomainError", "NotFoundError"]


class DomainError(Exception):
    """A rule of the commission's work was broken; the message says which and why."""

    code = "domain"
    reason = ""
    values: tuple[str, ...] = ()

    def __init__(self, message: str = "", *values: object, reason: str = "") -> None:
        super().__init__(message)
        if reason:
            self.reason = reason
        self.values = tuple(str(v) for v in values)


class NotFoundError(DomainError):
    code = "not_found"


class ConflictError(DomainError):
    """Somebody else saved the same record first (optimistic locking)."""

    code = "conflict"
