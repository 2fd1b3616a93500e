"""The append-only, hash-chained journal of every change and sign-in."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base
from desktop.models.types import UtcDateTime

GENESIS_HASH = "0" * 64


class AuditEvent(Base):
    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    application_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    seal: Mapped[str | None] = mapped_column(String(64))
    """HMAC-SHA256 of :attr:`hash` under the audit key, which is kept outside the database
    (:mod:`desktop.services.audit_seal`): a chain computed again after an edit cannot be
    sealed again without it. None on events written before the seals."""
    seal_key: Mapped[str | None] = mapped_column(String(16))
    """The fingerprint of the key that sealed the event."""

    __table_args__ = (
        Index("ix_audit_events_application", "application_id", "seq"),
        Index("ix_audit_events_user", "user_id", "seq"),
    )

    def compute_hash(self) -> str:
        """SHA-256 over the event's canonical JSON and the previous event's hash."""
        return event_hash(
            {
                "seq": self.seq,
                "at": self.at.isoformat(),
                "user_id": self.user_id,
                "username": self.username,
                "action": self.action,
                "entity": self.entity,
                "entity_id": self.entity_id,
                "application_id": self.application_id,
                "before": self.before,
                "after": self.after,
            },
            self.prev_hash,
        )


def event_hash(fields: dict[str, Any], prev_hash: str) -> str:
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


class Counter(Base):
    """Named gap-free counters (registration numbers, the audit chain).

    Incremented with ``UPDATE … RETURNING`` inside the caller's transaction: the row lock
    serialises concurrent writers on PostgreSQL, SQLite's write lock does on SQLite, and a
    rollback gives the number back, so numbers never skip.
    """

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
