"""Witnesses of the audit journal's head, kept outside the database.

A head is the newest event's number and hash (``1234:9f…``). A head written down
somewhere the database's holder cannot reach — this desk's configuration folder, a signed
document, a note the administrator exported — pins every event up to it: the chain must
still pass through that event with that hash. Each desk remembers the last head it saw
after every transaction that wrote an event (:func:`remember_after_commit`).
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from desktop.models.audit import AuditEvent
from desktop.private_files import write_private_file
from desktop.services.audit_seal import config_folder

__all__ = ["HEADS_FILE", "Head", "current_head", "database_name", "note_written", "remember",
           "remembered"]

log = logging.getLogger(__name__)

HEADS_FILE = "audit-heads.json"
_HEAD = re.compile(r"^\s*(\d{1,18}):([0-9a-f]{64})\s*$")


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    sealed_from: int | None = None
    """The first event this desk saw sealed with its key: no later event may lack a seal."""

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Head | None:
        """``SEQ:HASH`` as :meth:`__str__` writes it, or None."""
        found = _HEAD.match(text)
        return cls(int(found.group(1)), found.group(2)) if found else None


def current_head(session: Session) -> Head | None:
    """The newest event's head, None for an empty journal."""
    row = session.execute(select(AuditEvent.seq, AuditEvent.hash)
                          .order_by(AuditEvent.seq.desc()).limit(1)).first()
    return Head(int(row[0]), str(row[1])) if row else None


def database_name(session: Session) -> str:
    """The database as this desk names it: its URL without the login, which on PostgreSQL
    with per-person logins is each person's own (the desk remembers one head for all)."""
    url = session.get_bind().engine.url
    return url.set(username=None, password=None).render_as_string(hide_password=True)


def _read_all() -> dict[str, Any]:
    try:
        data = json.loads((config_folder() / HEADS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("the remembered audit heads cannot be read: %s", type(exc).__name__)
        return {}
    return data if isinstance(data, dict) else {}


def remembered(database: str) -> Head | None:
    """The last head this desk saw of *database*, or None."""
    value = _read_all().get(database)
    if not isinstance(value, dict):
        return None
    head = Head.parse(f"{value.get('seq')}:{value.get('hash')}")
    if head is None:
        return None
    sealed = value.get("sealed_from")
    return Head(head.seq, head.hash, sealed if isinstance(sealed, int) else None)


def remember(database: str, head: Head, *, replace: bool = False) -> None:
    """Remember *head* of *database*; the first sealed event is kept unless *replace* (a
    restore: the database is another one now)."""
    heads = _read_all()
    earlier = None if replace else remembered(database)
    sealed = head.sealed_from
    if earlier is not None and earlier.sealed_from is not None:
        sealed = earlier.sealed_from if sealed is None else min(sealed, earlier.sealed_from)
    heads[database] = {"seq": head.seq, "hash": head.hash, "sealed_from": sealed}
    folder = config_folder()
    staged = folder / f".{HEADS_FILE}-{os.getpid()}-{secrets.token_hex(4)}"
    write_private_file(staged, json.dumps(heads, indent=1, sort_keys=True).encode("utf-8"))
    staged.replace(folder / HEADS_FILE)


_PENDING = "audit_head"


def note_written(session: Session, head: Head) -> None:
    """Keep *head* to be remembered once the session's transaction commits."""
    session.info[_PENDING] = head


@event.listens_for(Session, "after_commit")
def remember_after_commit(session: Session) -> None:
    head = session.info.pop(_PENDING, None)
    if head is None:
        return
    try:
        remember(database_name(session), head)
    except OSError as exc:  # the event is saved; only this desk's note of it is not
        log.warning("the audit head could not be remembered: %s", type(exc).__name__)


@event.listens_for(Session, "after_rollback")
def _forget_rolled_back(session: Session) -> None:
    session.info.pop(_PENDING, None)
