"""SQL that differs between the two backends, written once."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session


def upsert_insert(session: Session, table: Any) -> Any:
    """An INSERT that supports ``on_conflict_do_nothing`` on the session's backend."""
    postgres = session.get_bind().dialect.name == "postgresql"
    return (pg_insert if postgres else sqlite_insert)(table)
