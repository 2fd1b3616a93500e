"""Gap-free counters taken inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.models.audit import Counter


def next_value(session: Session, name: str) -> int:
    """Increment the counter *name* and return its new value.

    The row stays locked until the transaction ends, so concurrent callers queue up and a
    rollback returns the number: the sequence has neither duplicates nor gaps.
    """
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(Counter).values(name=name, value=0).on_conflict_do_nothing())
    result = session.execute(
        update(Counter)
        .where(Counter.name == name)
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    )
    return int(result.scalar_one())
