"""Writing and checking the hash-chained audit journal."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from desktop.models.audit import GENESIS_HASH, AuditEvent, Counter
from desktop.models.base import utcnow
from desktop.services.actor import Actor
from desktop.services.audit_seal import SealKey, load_key, seal_key
from desktop.services.audit_witness import Head, database_name, note_written, remember, remembered
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
    key = seal_key()
    event.seal, event.seal_key = key.seal(event.hash), key.fingerprint
    session.add(event)
    session.flush()
    note_written(session, Head(seq, event.hash, sealed_from=seq))
    return event


@dataclass(frozen=True)
class Witness:
    """A head seen outside the database, and where it was seen (for the report)."""

    head: Head
    source: str


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken_at: int | None = None
    reason: str | None = None
    """What is wrong, in English (for logs); :attr:`kind` and :attr:`values` word it."""
    kind: str = ""
    """``changed``, ``not_following``, ``missing``, ``unreadable``, ``forged``,
    ``unsealed``, ``cut_off`` or ``rewritten``; the catalogue's ``audit_chain.<kind>``."""
    values: tuple[str, ...] = ()
    head: Head | None = None
    sealed: int = 0
    """Events whose seal this desk's key checked."""
    foreign: int = 0
    """Events sealed with another desk's key (their seals cannot be checked here)."""
    witnesses: int = 0
    """Heads seen outside the database that the chain still reaches."""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


@dataclass
class _Walk:
    """What a walk along the chain learned besides the first break."""

    checked: int = 0
    last: Head | None = None
    sealed: int = 0
    foreign: int = 0
    pinned: dict[int, str] = field(default_factory=dict)
    """The hashes of the events a witness names."""
    replaced: list[int] = field(default_factory=list)
    """The last events of databases a restore replaced (their heads were not kept)."""


def _broken(walk: _Walk, seq: int, kind: str, reason: str, *values: object) -> ChainReport:
    return ChainReport(walk.checked, seq, reason, kind, (str(seq), *map(str, values)),
                       walk.last, walk.sealed, walk.foreign)


def verify_chain(events: Iterable[AuditEvent], *, key: SealKey | None = None,
                 sealed_from: int | None = None, pinned: Iterable[int] = (),
                 walk: _Walk | None = None) -> ChainReport:
    """Walk the events in order; report the first edited, deleted, inserted or forged one.

    With *key*, each event sealed by it must carry its seal; from *sealed_from* on (the
    first event this desk saw sealed) every event must carry a seal of some key.
    """
    walk = walk or _Walk()
    wanted = set(pinned)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    for event in events:
        seq = event.seq
        if seq != expected_seq:
            return _broken(walk, expected_seq, "missing",
                           f"event {expected_seq} is missing (next is {seq})", seq)
        if event.prev_hash != prev_hash:
            return _broken(walk, seq, "not_following",
                           f"event {seq} does not follow event {seq - 1}")
        if event.compute_hash() != event.hash:
            return _broken(walk, seq, "changed", f"event {seq} was changed after writing")
        if event.seal is None:
            if sealed_from is not None and seq >= sealed_from:
                return _broken(walk, seq, "unsealed", f"event {seq} carries no seal: it was "
                               "written around the program, or its seal was taken away")
        elif key is not None and event.seal_key == key.fingerprint:
            if not key.verifies(event.hash, event.seal):
                return _broken(walk, seq, "forged", f"event {seq} was changed and the chain "
                               "computed again: its seal does not match")
            walk.sealed += 1
        else:
            walk.foreign += 1
        if seq in wanted:
            walk.pinned[seq] = event.hash
        if event.action == RESTORED and event.before:
            replaced = Head.parse(str(event.before.get("head", "")))
            if replaced is not None:
                walk.replaced.append(replaced.seq)
        prev_hash = event.hash
        expected_seq += 1
        walk.checked += 1
        walk.last = Head(seq, event.hash)
    return ChainReport(walk.checked, head=walk.last, sealed=walk.sealed, foreign=walk.foreign)


RESTORED = "backup.restored"
"""The event a restore writes; its ``before.head`` is the replaced database's head."""


def verify_database(session: Session, witnesses: Sequence[Witness] = (), *,
                    key: SealKey | None = None, sealed_from: int | None = None) -> ChainReport:
    """Check the whole chain, that no event was cut off its end, and that it still reaches
    every head in *witnesses* with the same hash."""
    events = session.execute(
        select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=1000)
    ).scalars()
    walk = _Walk()
    try:
        report = verify_chain(events, key=key, sealed_from=sealed_from, walk=walk,
                              pinned=[w.head.seq for w in witnesses])
    except ValueError:  # a stored value that is not JSON: written around the program
        session.rollback()
        seq = _first_unreadable(session)
        return ChainReport(seq - 1, seq, f"event {seq} cannot be read: its data is not JSON",
                           "unreadable", (str(seq),))
    if not report.ok:
        return report
    issued = session.execute(
        select(Counter.value).where(Counter.name == AUDIT_COUNTER)
    ).scalar() or 0
    if issued > report.checked:
        return _broken(walk, report.checked + 1, "cut_off",
                       f"events {report.checked + 1} to {issued} are missing from the end",
                       issued)
    seen = 0
    for witness in sorted(witnesses, key=lambda w: w.head.seq):
        found = _against(walk, witness)
        if found is not None:
            return found
        seen += 1
    return replace(report, witnesses=seen)


def _against(walk: _Walk, witness: Witness) -> ChainReport | None:
    """The break a witness shows, or None when the chain reaches it (or a recorded restore
    replaced the database it was seen in, after it was seen)."""
    head = witness.head
    if walk.pinned.get(head.seq) == head.hash:
        return None
    if any(replaced >= head.seq for replaced in walk.replaced):
        return None
    here = witness.source == THIS_DESK
    if head.seq > walk.checked:
        return _broken(walk, walk.checked + 1, "cut_off_here" if here else "cut_off_seen",
                       f"events {walk.checked + 1} to {head.seq} are missing from the end "
                       f"({witness.source} saw event {head.seq})", head.seq, witness.source)
    return _broken(walk, head.seq, "rewritten_here" if here else "rewritten_seen",
                   f"the events up to {head.seq} were rewritten: event {head.seq} is not the "
                   f"one {witness.source} saw", witness.source)


THIS_DESK = "this desk"
"""The source of the head this desk remembers (:func:`check_journal`)."""


def check_journal(session: Session, witnesses: Sequence[Witness] = ()) -> ChainReport:
    """:func:`verify_database` as a desk or a command checks its own database: with its
    key, against the head it remembers besides *witnesses*; an intact chain's head is then
    remembered as the newest this desk has seen."""
    name = database_name(session)
    mine = remembered(name)
    own = [Witness(mine, THIS_DESK)] if mine is not None else []
    report = verify_database(session, [*own, *witnesses], key=load_key(),
                             sealed_from=mine.sealed_from if mine else None)
    if report.ok and report.head is not None:
        try:
            remember(name, report.head)
        except OSError as exc:
            log.warning("the audit head could not be remembered: %s", type(exc).__name__)
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
