"""Reading the audit journal: an application's history, and the full log for auditors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.roles import Action
from desktop.models.audit import AuditEvent
from desktop.models.conclusion import Conclusion, ConclusionDocument
from desktop.models.document import Blob
from desktop.services.actor import Actor
from desktop.services.audit import ChainReport, Witness, check_journal
from desktop.services.audit_witness import Head, current_head, database_name, remember
from desktop.storage.database import Database


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    username: str | None
    action: str
    entity: str | None
    entity_id: str | None
    application_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _entry(e: AuditEvent) -> AuditEntry:
    return AuditEntry(e.seq, e.at, e.username, e.action, e.entity, e.entity_id,
                      e.application_id, e.before, e.after)


class AuditLogService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def history(self, actor: Actor, application_id: int) -> list[AuditEntry]:
        """What happened to one application, oldest first: open to everyone who may view it."""
        actor.require(Action.VIEW)
        stmt = (select(AuditEvent).where(AuditEvent.application_id == application_id)
                .order_by(AuditEvent.seq))
        with self.db.read() as s:
            return [_entry(e) for e in s.execute(stmt).scalars()]

    def events(
        self,
        actor: Actor,
        *,
        application_id: int | None = None,
        username: str | None = None,
        action_prefix: str | None = None,
        before_seq: int | None = None,
        limit: int = 200,
    ) -> list[AuditEntry]:
        """The whole journal (sign-ins included), newest first, a page at a time."""
        actor.require(Action.READ_AUDIT)
        stmt = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
        if application_id is not None:
            stmt = stmt.where(AuditEvent.application_id == application_id)
        if username:
            stmt = stmt.where(AuditEvent.username == username)
        if action_prefix:
            stmt = stmt.where(AuditEvent.action.startswith(action_prefix, autoescape=True))
        if before_seq is not None:
            stmt = stmt.where(AuditEvent.seq < before_seq)
        with self.db.read() as s:
            return [_entry(e) for e in s.execute(stmt).scalars()]

    def verify_chain(self, actor: Actor, witnesses: Sequence[Witness] = (), *,
                     documents: bool = False) -> ChainReport:
        """Check every link and seal of the journal, that it still reaches the head this
        desk saw last and every head in *witnesses*, and with *documents* the heads in
        every signed document stored (whoever may read the journal)."""
        actor.require(Action.READ_AUDIT)
        with self.db.read() as s:
            found = [*witnesses, *(stored_witnesses(s) if documents else ())]
            return check_journal(s, found)

    def head(self, actor: Actor) -> Head | None:
        """The journal's head now, to be written down outside the database (the head is
        remembered by this desk too); None for an empty journal."""
        actor.require(Action.READ_AUDIT)
        with self.db.read() as s:
            head = current_head(s)
            if head is not None:
                remember(database_name(s), head)
        return head


def witnesses_in_file(path: Path) -> list[Witness]:
    """The heads a file witnesses: the audit heads in a signed document's signatures, or
    a head written down as ``SEQ:HASH`` (what ``audit head`` prints)."""
    data = path.read_bytes()
    if data.startswith(b"%PDF-"):
        from desktop.signing import audit_heads  # loads pyHanko

        found = [Head.parse(text) for text in audit_heads(data)]
        return [Witness(head, path.name) for head in found if head is not None]
    head = Head.parse(data.decode("utf-8", errors="replace"))
    return [Witness(head, path.name)] if head is not None else []


def stored_witnesses(s: Session) -> list[Witness]:
    """The heads in every signed document the database keeps (the documents' signatures
    cover them, so a rewritten journal is not matched by them)."""
    from desktop.signing import audit_heads

    rows = s.execute(select(Conclusion.number, ConclusionDocument.lang, Blob.data)
                     .join(ConclusionDocument, ConclusionDocument.conclusion_id == Conclusion.id)
                     .join(Blob, Blob.sha256 == ConclusionDocument.current_sha256)
                     .where(ConclusionDocument.current_sha256
                            != ConclusionDocument.unsigned_sha256)
                     .execution_options(yield_per=20))
    found: list[Witness] = []
    for number, lang, data in rows:
        for text in audit_heads(data):
            head = Head.parse(text)
            if head is not None:
                found.append(Witness(head, f"{number} ({lang})"))
    return found
