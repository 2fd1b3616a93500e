"""Restoring a backup without losing anybody's work.

- **Nobody else may be using the database.** A restore replaces everything, so a desktop
  still open would go on believing its saves were kept while their numbers are issued
  again. SQLite: the file is taken with an exclusive lock (``locking_mode=EXCLUSIVE``); in
  WAL mode every open connection, even an idle one, holds the shared-memory file, so the
  lock is refused while any other program has the database open. The lock is then held
  until the backup's pages are in, so nobody opens it meanwhile; on Linux the processes
  holding the file are named. PostgreSQL: ``pg_stat_activity`` lists the other sessions.
- **The schema is checked**: a backup written by a newer version of the program is
  refused (this version cannot read it); an older one is brought up to date after.
- **SQLite** gets the backup's pages through SQLite's backup API into the live file, in one
  transaction under that lock: the ``-wal`` and ``-shm`` files are SQLite's own to handle.
- **PostgreSQL** is restored with ``pg_restore --single-transaction`` into a fresh database
  beside the current one, checked there, and only then put in its place by renaming: a
  damaged dump, a newer schema or a failed check leaves the current database untouched.
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import DBAPIError

from desktop.services.backup import (
    BackupError,
    Cancelled,
    Progress,
    VerifyReport,
    never_cancelled,
    no_progress,
    pg_env,
    run_tool,
    stop_if,
    verify,
)
from desktop.storage.database import Database
from desktop.storage.schema import known_revisions, stamped_revisions

__all__ = ["restore"]

log = logging.getLogger(__name__)

_MAINTENANCE_DB = "postgres"


def restore(db: Database, source: Path, progress: Progress = no_progress,
            cancelled: Cancelled = never_cancelled) -> VerifyReport:
    """Replace *db* with the verified backup *source*, refused while anybody else uses it.

    The backup is checked before anything is replaced, the result after; *cancelled* is
    asked only until the replacing starts.
    """
    if not source.is_file():
        raise BackupError(f"{source} is not a file", source, reason="not_a_file")
    if db.is_sqlite:
        _restore_sqlite(db, source, progress, cancelled)
    else:
        _restore_postgresql(db, source, progress, cancelled)
    result = verify(db, progress)
    if not result.ok:
        raise BackupError("the restored database does not verify: "
                          + "; ".join(result.problems), reason="restore_unverified",
                          details=result.details)
    return result


def _check_candidate(candidate: Database, name: str, progress: Progress,
                     cancelled: Cancelled) -> None:
    """The backup, opened where it is, must be of a schema this program knows and verify."""
    try:
        with candidate.engine.connect() as conn:
            _refuse_newer(conn, name)
        report = verify(candidate, progress, cancelled)
    except BackupError:
        raise
    except Exception as exc:  # not a database at all, or not ours
        raise BackupError(f"{name} is not a backup of this application: {exc}", name,
                          reason="not_a_backup") from exc
    if not report.ok:
        raise BackupError(f"{name} does not verify: " + "; ".join(report.problems), name,
                          reason="source_unverified", details=report.details)


def _refuse_newer(conn: Connection, name: str) -> None:
    newer = sorted(stamped_revisions(conn) - known_revisions())
    conn.rollback()
    if newer:
        raise BackupError(f"{name} was written by a newer version of the program (schema "
                          f"{newer[0]}); restore it with that version", name, newer[0],
                          reason="newer_schema")


# -- SQLite -----------------------------------------------------------------------------------


def _restore_sqlite(db: Database, source: Path, progress: Progress,
                    cancelled: Cancelled) -> None:
    target = Path(str(db.url.database))
    db.dispose()  # this program's own idle connections
    with _alone(target):
        pass  # refused at once when another program has it open, before any long check
    candidate = Database(f"sqlite:///{source.resolve()}")
    try:
        _check_candidate(candidate, source.name, progress, cancelled)
    finally:
        candidate.dispose()
    stop_if(cancelled)
    progress("restore", 0, 0)
    db.dispose()
    backup = sqlite3.connect(str(source))
    try:
        with _alone(target) as conn:
            backup.backup(conn)
    finally:
        backup.close()


@contextmanager
def _alone(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection holding *path* exclusively until the block ends, or the refusal that
    names who else has it open."""
    conn = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            raise _sqlite_in_use(path) from exc
        yield conn
    finally:
        conn.close()


def _sqlite_in_use(path: Path) -> BackupError:
    holders = _holders(path)
    if not holders:
        return BackupError(f"{path.name} is open in another program; close every desktop "
                           "and command using it, then restore again", path.name,
                           reason="in_use_unknown")
    named = ", ".join(str(pid) for pid in holders)
    return BackupError(f"{path.name} is open in {len(holders)} other program(s) (process "
                       f"{named}); close them, then restore again", len(holders),
                       f"PID {named}", reason="in_use")


def _holders(path: Path) -> list[int]:
    """The other processes holding a lock on the database or its shared-memory file, as
    Linux lists them in ``/proc/locks``; empty where that cannot be told."""
    wanted: set[tuple[int, int, int]] = set()
    for name in (path, Path(f"{path}-shm")):
        try:
            st = name.stat()
        except OSError:
            continue
        wanted.add((os.major(st.st_dev), os.minor(st.st_dev), st.st_ino))
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return []
    found: set[int] = set()
    for line in lines:
        fields = line.split()
        if "->" in fields:  # waiting for a lock, not holding one
            continue
        try:
            pid = int(fields[4])
            major, minor, inode = fields[5].split(":")
            where = (int(major, 16), int(minor, 16), int(inode))
        except (IndexError, ValueError):
            continue
        if where in wanted and pid != os.getpid():
            found.add(pid)
    return sorted(found)


# -- PostgreSQL -------------------------------------------------------------------------------


def _restore_postgresql(db: Database, source: Path, progress: Progress,
                        cancelled: Cancelled) -> None:
    url = db.url
    name = str(url.database)
    db.dispose()
    admin = create_engine(url.set(database=_MAINTENANCE_DB), isolation_level="AUTOCOMMIT")
    fresh = f"{name[:40]}_restore_{secrets.token_hex(4)}"
    try:
        with admin.connect() as conn:
            _refuse_others(conn, name)
            _create(conn, fresh)
        try:
            stop_if(cancelled)
            progress("restore", 0, 0)
            run_tool(["pg_restore", "--no-owner", "--single-transaction", "--exit-on-error",
                      f"--dbname={fresh}", str(source)], pg_env(url.set(database=fresh)))
            candidate = Database(url.set(database=fresh).render_as_string(hide_password=False))
            try:
                _check_candidate(candidate, source.name, progress, cancelled)
            finally:
                candidate.dispose()
            stop_if(cancelled)
            with admin.connect() as conn:
                _swap(conn, name, fresh)
        except BaseException:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{fresh}"'))
            raise
    finally:
        admin.dispose()


def _refuse_others(conn: Connection, name: str) -> None:
    rows = conn.execute(text(
        "SELECT pid, usename, application_name, client_addr FROM pg_stat_activity "
        "WHERE datname = :name AND pid <> pg_backend_pid() ORDER BY pid"), {"name": name}).all()
    if rows:
        who = ", ".join(f"{row.usename or '?'}"
                        f"{'@' + str(row.client_addr) if row.client_addr else ''}"
                        f"{' (' + row.application_name + ')' if row.application_name else ''}"
                        for row in rows)
        raise BackupError(f"the database {name} is in use by {len(rows)} other session(s) "
                          f"({who}); close them, then restore again", len(rows), who,
                          reason="in_use")


def _create(conn: Connection, fresh: str) -> None:
    try:
        conn.execute(text(f'CREATE DATABASE "{fresh}"'))
    except DBAPIError as exc:
        raise BackupError("this PostgreSQL account may not create a database, which a "
                          f"restore needs: {exc.orig}", str(exc.orig).strip(),
                          reason="cannot_create") from exc


def _swap(conn: Connection, name: str, fresh: str) -> None:
    """Put *fresh* in the place of *name*; the replaced database is dropped after."""
    _refuse_others(conn, name)
    replaced = f"{name[:40]}_replaced_{secrets.token_hex(4)}"
    try:
        conn.execute(text(f'ALTER DATABASE "{name}" RENAME TO "{replaced}"'))
    except DBAPIError as exc:  # someone connected between the look and the rename
        _refuse_others(conn, name)
        raise BackupError(f"the database {name} could not be replaced: {exc.orig}",
                          str(exc.orig).strip(), reason="cannot_create") from exc
    try:
        conn.execute(text(f'ALTER DATABASE "{fresh}" RENAME TO "{name}"'))
    except DBAPIError:
        conn.execute(text(f'ALTER DATABASE "{replaced}" RENAME TO "{name}"'))  # as it was
        raise
    log.info("the restored database took the place of the old one")
    try:
        conn.execute(text(f'DROP DATABASE "{replaced}"'))
    except DBAPIError as exc:
        log.warning("the replaced database %s was kept: %s", replaced, type(exc).__name__)

