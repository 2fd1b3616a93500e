"""Domain errors: each carries a stable code for the UI to translate and a clear message."""

from __future__ import annotations

__all__ = ["ConflictError", "DomainError", "NotFoundError"]


class DomainError(Exception):
    """A rule of the commission's work was broken; the message says which and why."""

    code = "domain"


class NotFoundError(DomainError):
    code = "not_found"


class ConflictError(DomainError):
    """Somebody else saved the same record first (optimistic locking)."""

    code = "conflict"
