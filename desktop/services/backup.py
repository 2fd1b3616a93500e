"""Backup and restore, each verified: SQLite integrity, every blob's hash, the audit chain.

SQLite is copied with its online backup API (consistent while others write). PostgreSQL is
dumped with ``pg_dump --format=custom``. Restoring is :mod:`desktop.services.restore`.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.engine import URL

from desktop.domain.errors import Detail, DomainError
from desktop.models.document import Blob
from desktop.private_files import make_private
from desktop.services import audit
from desktop.storage.blobs import sha256_hex
from desktop.storage.database import Database

log = logging.getLogger(__name__)


class BackupError(DomainError):
    code = "backup"


Progress = Callable[[str, int, int], None]
"""``(stage, done, total)``: the stage is ``copy``, ``verify`` or ``restore``."""
Cancelled = Callable[[], bool]


def never_cancelled() -> bool:
    return False


def no_progress(_stage: str, _done: int, _total: int) -> None:
    return None


def stop_if(cancelled: Cancelled) -> None:
    """Stop before anything is replaced: the work so far is thrown away."""
    if cancelled():
        raise BackupError("cancelled; nothing was written or replaced", reason="cancelled")


@dataclass(frozen=True)
class VerifyReport:
    blobs: int
    audit_events: int
    problems: list[str]
    """What is wrong, in English (for logs)."""
    details: list[Detail] = field(default_factory=list)
    """The same, one detail each, for the reader's language."""

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: Database, progress: Progress = no_progress,
           cancelled: Cancelled = never_cancelled) -> VerifyReport:
    """Check the database's integrity, every stored blob's hash and the audit chain."""
    problems: list[str] = []
    details: list[Detail] = []
    blobs = 0
    with db.read() as s:
        total = int(s.execute(select(func.count()).select_from(Blob)).scalar_one())
        stop_if(cancelled)
        progress("verify", 0, total)
        if db.is_sqlite:
            result = s.execute(text("PRAGMA integrity_check")).scalar()
            if result != "ok":
                problems.append(f"SQLite integrity check: {result}")
                details.append(Detail("backup_check.integrity", (str(result),)))
        rows = s.execute(select(Blob.sha256, Blob.data).execution_options(yield_per=50))
        for sha, data in rows:
            blobs += 1
            if blobs % 20 == 0:
                stop_if(cancelled)
                progress("verify", blobs, total)
            if sha256_hex(data) != sha:
                problems.append(f"stored content {sha} does not match its hash")
                details.append(Detail("backup_check.blob", (sha,)))
        chain = audit.verify_database(s)
        if not chain.ok:
            problems.append(f"audit chain broken at event {chain.broken_at}: {chain.reason}")
            details.append(Detail("backup_check.audit", (str(chain.broken_at),)))
    return VerifyReport(blobs, chain.checked, problems, details)


def pg_env(url: URL) -> dict[str, str]:
    env = dict(os.environ)
    for key, value in (("PGHOST", url.host), ("PGPORT", url.port), ("PGUSER", url.username),
                       ("PGPASSWORD", url.password), ("PGDATABASE", url.database)):
        if value is not None:
            env[key] = str(value)
    return env


def run_tool(cmd: list[str], env: dict[str, str]) -> None:
    tool = shutil.which(cmd[0])
    if tool is None:
        raise BackupError(f"{cmd[0]} is not installed (Debian package postgresql-client)",
                          cmd[0], reason="no_tool")
    done = subprocess.run([tool, *cmd[1:]], env=env, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise BackupError(f"{cmd[0]} failed: {done.stderr.strip()}", cmd[0],
                          done.stderr.strip(), reason="tool_failed")


def backup(db: Database, out: Path, progress: Progress = no_progress,
           cancelled: Cancelled = never_cancelled) -> VerifyReport:
    """Write a verified backup of *db* to *out* (never a half-written file at *out*).

    *cancelled* is asked while the copy is made and checked: a cancel then leaves nothing.
    """
    out = out.resolve()
    if out.exists():
        raise BackupError(f"{out.name} already exists; choose a new file name", out.name,
                          reason="exists")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".backup-", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if db.is_sqlite:
            source = sqlite3.connect(str(db.url.database))
            target = sqlite3.connect(str(tmp))
            def copied(_status: int, remaining: int, total: int) -> None:
                stop_if(cancelled)
                progress("copy", total - remaining, total)

            try:
                source.backup(target, pages=256, progress=copied)
            finally:
                target.close()
                source.close()
            copy = Database(f"sqlite:///{tmp}")
            try:
                report = verify(copy, progress, cancelled)
            finally:
                copy.dispose()
            for suffix in ("-wal", "-shm"):
                Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        else:
            stop_if(cancelled)
            progress("copy", 0, 0)
            # With the row policies applied, as any query is: an administrator's own login
            # (not the tables' owner) sees every row through them and may back up.
            run_tool(["pg_dump", "--format=custom", "--no-owner", "--enable-row-security",
                      f"--file={tmp}"], pg_env(db.url))
            report = verify(db, progress, cancelled)
        if not report.ok:
            raise BackupError("the backup did not verify: " + "; ".join(report.problems),
                              reason="backup_unverified", details=report.details)
        make_private(tmp)
        tmp.replace(out)
        return report
    finally:
        tmp.unlink(missing_ok=True)
