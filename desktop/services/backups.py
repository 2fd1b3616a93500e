"""Backups as the administrator makes them (the window's Backups dialog, the ``backup``
command): a verified copy in a chosen place, remembered as the last backup, and a restore
with every check the command makes.

The last backup is a commission-wide setting (when, which file, who) beside an audit
event, so the start page can remind the administrator when it is older than a week, on
any desktop of the office.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.domain.roles import Action
from desktop.models.user import User
from desktop.services import audit, settings
from desktop.services.actor import Actor
from desktop.services.audit_witness import Head, current_head, database_name, remember
from desktop.services.backup import Cancelled, Progress, VerifyReport, never_cancelled, no_progress
from desktop.services.backup import backup as write_backup
from desktop.services.restore import restore as restore_backup
from desktop.storage.database import Database

if TYPE_CHECKING:
    from desktop.services.invariants import CheckReport

__all__ = ["BACKUP_DUE", "BackupMade", "BackupService", "LastBackup", "Restored"]

log = logging.getLogger(__name__)

LAST_BACKUP_KEY = "last_backup"
BACKUP_DUE = timedelta(days=7)
"""A backup older than this is overdue: the administrator's start page says so."""


@dataclass(frozen=True)
class LastBackup:
    at: datetime
    file: str
    """Where it was written (the path as the machine that wrote it named it)."""
    by: str

    def overdue(self, now: datetime) -> bool:
        return now - self.at > BACKUP_DUE


@dataclass(frozen=True)
class BackupMade:
    path: Path
    blobs: int
    audit_events: int


@dataclass(frozen=True)
class Restored:
    source: Path
    blobs: int
    audit_events: int
    breaches: tuple[str, ...]
    """The invariants the restored database breaks (English, for the log); none is good."""
    check: CheckReport
    """The same, to be worded in the reader's language."""
    backup_head: str | None
    """The audit journal's head in the backup (``SEQ:HASH``)."""
    replaced_head: str | None
    """The head of the database the restore replaced, as it was (None when unreadable)."""


class BackupService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def file_name(self, now: datetime | None = None) -> str:
        """A new backup's name: the moment it is made, and what it holds."""
        moment = (now or datetime.now(UTC)).astimezone()
        suffix = "sqlite3" if self.db.is_sqlite else "dump"
        return f"export-commission-{moment:%Y-%m-%d-%H%M%S}.{suffix}"

    def make(self, actor: Actor, folder: Path, *, progress: Progress = no_progress,
             cancelled: Cancelled = never_cancelled) -> BackupMade:
        """A verified backup in *folder*, under a new name (see :meth:`make_file`)."""
        return self.make_file(actor, Path(folder) / self.file_name(), progress=progress,
                              cancelled=cancelled)

    def make_file(self, actor: Actor, path: Path, *, progress: Progress = no_progress,
                  cancelled: Cancelled = never_cancelled) -> BackupMade:
        """A verified backup at *path*; remembered as the last backup, and audited."""
        actor.require(Action.MANAGE_BACKUPS)
        report = write_backup(self.db, Path(path), progress, cancelled)
        made = BackupMade(Path(path).resolve(), report.blobs, report.audit_events)
        with self.db.write() as s:
            settings.put(s, LAST_BACKUP_KEY, {"at": datetime.now(UTC).isoformat(),
                                              "file": str(made.path), "by": actor.username})
            audit.record(s, actor, "backup.made", entity="backup", entity_id=made.path.name,
                         after={"blobs": made.blobs, "audit_events": made.audit_events})
        log.info("backup written to %s", made.path)
        return made

    def last(self, actor: Actor) -> LastBackup | None:
        """The newest backup made through this service, or None when none is known."""
        actor.require(Action.MANAGE_BACKUPS)
        with self.db.read() as s:
            value = settings.get(s, LAST_BACKUP_KEY)
        if not value:
            return None
        return LastBackup(datetime.fromisoformat(value["at"]), value["file"], value["by"])

    def restore(self, actor: Actor, source: Path, *, progress: Progress = no_progress,
                cancelled: Cancelled = never_cancelled) -> Restored:
        """Replace the database with the verified backup *source*, refused while anybody
        else uses it (:mod:`desktop.services.restore`): the backup checked first, the
        result after, the schema brought up to date, then every invariant checked.

        The restore is audited in the restored database — who, from which file, the
        backup's head and the replaced database's head (as the system when the
        administrator has no account in it) — and this desk remembers the restored
        journal's head in place of the replaced one's."""
        actor.require(Action.MANAGE_BACKUPS)
        from desktop.services.invariants import InvariantService  # with what it checks

        replaced = self._head()
        report: VerifyReport = restore_backup(self.db, Path(source), progress, cancelled)
        self.db.migrate()
        backup_head = self._head()
        progress("check", 0, 0)
        checked = InvariantService(self.db).check(Actor.system())
        with self.db.write() as s:
            known = s.execute(select(User.id).where(User.id == actor.user_id,
                                                    User.username == actor.username)).scalar()
            event = audit.record(
                s, actor if known is not None else Actor.system(), audit.RESTORED,
                entity="backup", entity_id=Path(source).name,
                before={"head": str(replaced) if replaced else None},
                after={"file": str(Path(source).resolve()), "by": actor.username,
                       "backup_head": str(backup_head) if backup_head else None,
                       "blobs": report.blobs, "audit_events": report.audit_events,
                       "breaches": len(checked.breaches)})
            name = database_name(s)
            head = Head(event.seq, event.hash, sealed_from=event.seq)
        remember(name, head, replace=True)
        log.info("restored: %d breaches", len(checked.breaches))
        return Restored(Path(source), report.blobs, report.audit_events,
                        tuple(b.message for b in checked.breaches), checked,
                        str(backup_head) if backup_head else None,
                        str(replaced) if replaced else None)

    def _head(self) -> Head | None:
        """The journal's head now; None when the database has none or cannot say (a
        broken or empty database is what a restore mends)."""
        try:
            with self.db.read() as s:
                return current_head(s)
        except Exception:
            log.warning("the audit head of the database could not be read")
            return None
