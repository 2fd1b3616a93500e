"""Backup and restore, each verified: SQLite integrity, every blob's hash, the audit chain.

SQLite is copied with its online backup API (consistent while others write). PostgreSQL is
dumped with ``pg_dump --format=custom`` and restored with ``pg_restore`` into an empty
database; the restored database is then verified the same way.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import URL

from desktop.domain.errors import DomainError
from desktop.models.document import Blob
from desktop.private_files import make_private
from desktop.services import audit
from desktop.storage.blobs import sha256_hex
from desktop.storage.database import Database

log = logging.getLogger(__name__)


class BackupError(DomainError):
    code = "backup"


@dataclass(frozen=True)
class VerifyReport:
    blobs: int
    audit_events: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: Database) -> VerifyReport:
    """Check the database's integrity, every stored blob's hash and the audit chain."""
    problems: list[str] = []
    blobs = 0
    with db.read() as s:
        if db.is_sqlite:
            result = s.execute(text("PRAGMA integrity_check")).scalar()
            if result != "ok":
                problems.append(f"SQLite integrity check: {result}")
        rows = s.execute(select(Blob.sha256, Blob.data).execution_options(yield_per=50))
        for sha, data in rows:
            blobs += 1
            if sha256_hex(data) != sha:
                problems.append(f"stored content {sha} does not match its hash")
        chain = audit.verify_database(s)
        if not chain.ok:
            problems.append(f"audit chain broken at event {chain.broken_at}: {chain.reason}")
    return VerifyReport(blobs, chain.checked, problems)


def _pg_env(url: URL) -> dict[str, str]:
    env = dict(os.environ)
    for key, value in (("PGHOST", url.host), ("PGPORT", url.port), ("PGUSER", url.username),
                       ("PGPASSWORD", url.password), ("PGDATABASE", url.database)):
        if value is not None:
            env[key] = str(value)
    return env


def _run(cmd: list[str], env: dict[str, str]) -> None:
    tool = shutil.which(cmd[0])
    if tool is None:
        raise BackupError(f"{cmd[0]} is not installed (Debian package postgresql-client)")
    done = subprocess.run([tool, *cmd[1:]], env=env, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise BackupError(f"{cmd[0]} failed: {done.stderr.strip()}")


def backup(db: Database, out: Path) -> VerifyReport:
    """Write a verified backup of *db* to *out* (never a half-written file at *out*)."""
    out = out.resolve()
    if out.exists():
        raise BackupError(f"{out.name} already exists; choose a new file name")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".backup-", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if db.is_sqlite:
            source = sqlite3.connect(str(db.url.database))
            target = sqlite3.connect(str(tmp))
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
            copy = Database(f"sqlite:///{tmp}")
            report = verify(copy)
            copy.dispose()
            for suffix in ("-wal", "-shm"):
                Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        else:
            _run(["pg_dump", "--format=custom", "--no-owner", f"--file={tmp}"],
                 _pg_env(db.url))
            report = verify(db)
        if not report.ok:
            raise BackupError("the backup did not verify: " + "; ".join(report.problems))
        make_private(tmp)
        tmp.replace(out)
        return report
    finally:
        tmp.unlink(missing_ok=True)


def restore(db: Database, source: Path) -> VerifyReport:
    """Restore *source* into *db*: SQLite replaces the file; PostgreSQL needs an empty DB.

    The backup is verified before it replaces anything, and the result after.
    """
    if not source.is_file():
        raise BackupError(f"{source} is not a file")
    if db.is_sqlite:
        candidate = Database(f"sqlite:///{source.resolve()}")
        try:
            report = verify(candidate)
        except Exception as exc:  # not a database at all, or not ours
            raise BackupError(f"{source.name} is not a backup of this application: {exc}") \
                from exc
        finally:
            candidate.dispose()
        if not report.ok:
            raise BackupError(f"{source.name} does not verify: " + "; ".join(report.problems))
        target = Path(str(db.url.database))
        db.dispose()
        fd, tmp_name = tempfile.mkstemp(prefix=".restore-", dir=target.parent)
        os.close(fd)
        staged = Path(tmp_name)
        shutil.copyfile(source, staged)
        make_private(staged)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        staged.replace(target)
    else:
        with db.read() as s:
            tables = s.execute(text(
                "select count(*) from information_schema.tables where table_schema='public'"
            )).scalar()
        if tables:
            raise BackupError("restore into PostgreSQL needs an empty database")
        _run(["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={db.url.database}",
              str(source)], _pg_env(db.url))
    result = verify(db)
    if not result.ok:
        raise BackupError("the restored database does not verify: " + "; ".join(result.problems))
    return result
