"""Gap-free counters taken inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.models.audit import Counter
from desktop.storage.sql import upsert_insert


def next_value(session: Session, name: str) -> int:
    """Increment the counter *name* and return its new value.

    The row stays locked until the transaction ends, so concurrent callers queue up and a
    rollback returns the number: the sequence has neither duplicates nor gaps.
    """
    session.execute(
        upsert_insert(session, Counter).values(name=name, value=0).on_conflict_do_nothing()
    )
    result = session.execute(
        update(Counter)
        .where(Counter.name == name)
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    )
    return int(result.scalar_one())
