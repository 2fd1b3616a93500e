"""SQL that differs between the two backends, written once."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def upsert_insert(session: Session, table: Any) -> Any:
    """An INSERT that supports ``on_conflict_do_nothing`` on the session's backend.

    Each dialect's module loads when first used: PostgreSQL's brings its asyncio driver
    support, which a start on SQLite has no use for."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert
        return postgresql_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert
    return sqlite_insert(table)
