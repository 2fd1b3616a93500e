"""Tampering with a database as its owner would, to see the program notice."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

__all__ = ["as_owner"]


def as_owner(s: Session) -> None:
    """The attacker owns the database: on PostgreSQL no trigger of the program stops them
    (the server's superuser turns them off for the session's transaction, as the tests'
    superuser may; the journal's append-only trigger of migration 0015 would refuse
    otherwise)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SET LOCAL session_replication_role = replica"))
