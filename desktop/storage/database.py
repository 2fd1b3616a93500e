"""Opening the database: the default SQLite file, or any SQLAlchemy URL (PostgreSQL)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop import APP_NAME
from desktop.domain.errors import ConflictError, DomainError
from desktop.private_files import create_private_file, private_folder
from desktop.storage.schema import is_current

log = logging.getLogger(__name__)

DB_ENV = "EXPORT_COMMISSION_DB"


def user_data_dir() -> Path:
    """The per-user folder for the default database (created private to the user)."""
    return private_folder(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def default_database_url() -> str:
    """``EXPORT_COMMISSION_DB`` if set, else the SQLite file in the user data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return env
    return f"sqlite:///{user_data_dir() / 'commission.sqlite3'}"


def _sqlite_on_connect(dbapi_conn: Any, _record: Any, synchronous: str = "FULL") -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so writers can ask for IMMEDIATE.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=15000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA synchronous={synchronous}")
    cur.close()


def _sqlite_on_connect_loading(dbapi_conn: Any, record: Any) -> None:
    _sqlite_on_connect(dbapi_conn, record, synchronous="OFF")


def _sqlite_on_begin(conn: Any) -> None:
    # A writer takes the write lock at BEGIN: a deferred transaction that read first could
    # not upgrade later without SQLITE_BUSY, and the busy timeout would not help it.
    immediate = conn.get_execution_options().get("write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _prepare_sqlite_file(url: URL) -> None:
    if not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    private_folder(path.parent)
    # Created private before SQLite opens it, so it is never readable by others.
    create_private_file(path)


class DatabaseUnavailable(DomainError):
    """The database could not be reached or was busy; nothing of the change was saved."""

    code = "database_unavailable"


def _translate(exc: DBAPIError, db: Database) -> Exception:
    """A connection or locking failure as a clear domain error; anything else unchanged."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if exc.connection_invalidated or (
        not db.is_sqlite and isinstance(exc, OperationalError)
    ):
        log.warning("database connection failed: %s", type(exc.orig).__name__)
        return DatabaseUnavailable(
            f"the connection to the database ({db.display_url}) was lost; "
            "nothing of this change was saved; try again", db.display_url, reason="lost"
        )
    if db.is_sqlite and isinstance(exc, OperationalError) and (
        "locked" in text or "busy" in text
    ):
        return DatabaseUnavailable(
            "the database is busy with another user's change; nothing was saved; try again",
            reason="busy"
        )
    if db.is_sqlite and isinstance(exc, OperationalError) and (
        "disk i/o" in text or "readonly" in text or "unable to open" in text
    ):
        return DatabaseUnavailable(f"the database file cannot be written: {exc.orig}",
                                   exc.orig, reason="unwritable")
    return exc


class Database:
    """One database: an engine and the sessions the services work in.

    ``read()`` gives a session for queries; ``write()`` a session whose transaction commits
    when the block ends and rolls back when it raises, so a use case is all or nothing.
    """

    def __init__(self, url: str | None = None, *, echo: bool = False,
                 loading: bool = False) -> None:
        """``loading``: a bulk load that can be redone from the start (the demo data): a
        SQLite file then commits without waiting for the disk, which takes each of many
        small transactions from tens of milliseconds to a fraction of one."""
        self.url = make_url(url or default_database_url())
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if self.is_sqlite:
            _prepare_sqlite_file(self.url)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect",
                         _sqlite_on_connect_loading if loading else _sqlite_on_connect)
            event.listen(self.engine, "begin", _sqlite_on_begin)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(write=True), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_url(self) -> str:
        """The URL without its password, for the status bar and logs."""
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._reader() as session:
                yield session
        except DBAPIError as exc:
            raise _translate(exc, self) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back when it raises.

        A lost connection or a busy database becomes :class:`DatabaseUnavailable`; the
        rolled-back transaction left nothing behind, so the caller may simply try again.
        """
        try:
            with self._writer() as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise _translate(exc, self) from exc
        except StaleDataError as exc:
            # The version check passed, then another desktop committed its change to the
            # same row first (its UPDATE matched no row): the same conflict, found later.
            raise ConflictError("someone else saved the same record at the same moment; "
                                "nothing of this change was saved: reload it and try again",
                                reason="same_moment") from exc

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision (Alembic loads only if needed)."""
        with self.engine.connect() as conn:
            current = is_current(conn)
            conn.rollback()
        if current:
            return
        from desktop.storage.migrate import upgrade

        upgrade(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()
