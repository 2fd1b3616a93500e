"""Reading the audit journal: an application's history, and the full log for auditors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.domain.roles import Action
from desktop.models.audit import AuditEvent
from desktop.services.actor import Actor
from desktop.services.audit import ChainReport, verify_database
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

    def verify_chain(self, actor: Actor) -> ChainReport:
        """Check every link of the journal's hash chain (whoever may read the journal)."""
        actor.require(Action.READ_AUDIT)
        with self.db.read() as s:
            return verify_database(s)
