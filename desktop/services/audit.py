"""Writing and checking the hash-chained audit journal."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from desktop.models.audit import GENESIS_HASH, AuditEvent, Counter
from desktop.models.base import utcnow
from desktop.services.actor import Actor
from desktop.storage.counters import next_value

log = logging.getLogger(__name__)

AUDIT_COUNTER = "audit"


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    entity: str | None = None,
    entity_id: object = None,
    application_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    username: str | None = None,
) -> AuditEvent:
    """Append an event in the caller's transaction; it commits or rolls back with the change.

    The counter row lock serialises appenders, so two desktops cannot fork the chain.
    """
    seq = next_value(session, AUDIT_COUNTER)
    prev = session.execute(select(AuditEvent.hash).where(AuditEvent.seq == seq - 1)).scalar()
    event = AuditEvent(
        seq=seq,
        at=utcnow(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else username,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        application_id=application_id,
        before=before,
        after=after,
        prev_hash=prev or GENESIS_HASH,
    )
    event.hash = event.compute_hash()
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken_at: int | None = None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_chain(events: Iterable[AuditEvent]) -> ChainReport:
    """Walk the events in order; report the first edited, deleted or inserted one."""
    expected_seq = 1
    prev_hash = GENESIS_HASH
    checked = 0
    for event in events:
        if event.seq != expected_seq:
            return ChainReport(
                checked, expected_seq, f"event {expected_seq} is missing (next is {event.seq})"
            )
        if event.prev_hash != prev_hash:
            return ChainReport(
                checked, event.seq, f"event {event.seq} does not follow event {event.seq - 1}"
            )
        if event.compute_hash() != event.hash:
            return ChainReport(checked, event.seq, f"event {event.seq} was changed after writing")
        prev_hash = event.hash
        expected_seq += 1
        checked += 1
    return ChainReport(checked)


def verify_database(session: Session) -> ChainReport:
    """Check the whole chain, and that no event was cut off its end."""
    events = session.execute(
        select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=1000)
    ).scalars()
    try:
        report = verify_chain(events)
    except ValueError:  # a stored value that is not JSON: written around the program
        session.rollback()
        seq = _first_unreadable(session)
        return ChainReport(seq - 1, seq, f"event {seq} cannot be read: its data is not JSON")
    if not report.ok:
        return report
    issued = session.execute(
        select(Counter.value).where(Counter.name == AUDIT_COUNTER)
    ).scalar() or 0
    if issued != report.checked:
        return ChainReport(
            report.checked,
            report.checked + 1,
            f"events {report.checked + 1} to {issued} are missing from the end",
        )
    return report


def _first_unreadable(session: Session) -> int:
    """The first event whose ``before`` or ``after`` is not JSON, read as plain text."""
    rows = session.execute(
        select(AuditEvent.seq, type_coerce(AuditEvent.before, Text),
               type_coerce(AuditEvent.after, Text)).order_by(AuditEvent.seq)
    )
    for seq, *values in rows:
        try:
            for value in values:
                if value is not None:
                    json.loads(value)
        except ValueError:
            return int(seq)
    return 1
