"""Opening the database: the default SQLite file, or any SQLAlchemy URL (PostgreSQL)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from desktop import APP_NAME
from desktop.domain.errors import ConflictError, DomainError
from desktop.private_files import create_private_file, private_folder
from desktop.storage.db_roles import gate_name, login_name, role_prefix
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


class LoginRefused(DomainError):
    """PostgreSQL refused a person's own login: a wrong user name or password, or a
    disabled account (whose login may not connect)."""

    code = "authentication"


class DatabaseRefused(DomainError):
    """The database refused a change the signed-in person's role may not make."""

    code = "database_refused"
    reason = "forbidden"


INSUFFICIENT_PRIVILEGE = "42501"


def _refused_login(exc: OperationalError, db: Database) -> Exception:
    text = str(exc.orig).lower()
    if "not permitted to log in" in text:
        return LoginRefused("this account is disabled", reason="disabled")
    if "password authentication failed" in text:
        return LoginRefused("wrong user name or password", reason="wrong_credentials")
    return _translate(exc, db)


def _translate(exc: DBAPIError, db: Database) -> Exception:
    """A connection or locking failure as a clear domain error; anything else unchanged."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        log.warning("the database refused a change: %s", type(exc.orig).__name__)
        return DatabaseRefused("the database refused this change: the signed-in account's "
                               "role may not make it; nothing was saved")
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
        self._echo, self._loading = echo, loading
        self._gate_url = self.url
        if self.is_sqlite:
            _prepare_sqlite_file(self.url)
        self._open(self.url)

    def _open(self, url: URL) -> None:
        kwargs: dict[str, Any] = {"echo": self._echo, "future": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
        else:
            kwargs["pool_pre_ping"] = True
            # Named in the server's list of sessions (a restore names who still uses it).
            kwargs["connect_args"] = {"application_name": APP_NAME}
        self.url = url
        self.engine: Engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect",
                         _sqlite_on_connect_loading if self._loading else _sqlite_on_connect)
            event.listen(self.engine, "begin", _sqlite_on_begin)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(write=True), expire_on_commit=False
        )

    # -- one database login per person (PostgreSQL with ``database setup-roles``) ----------

    @property
    def role_prefix(self) -> str:
        return role_prefix(self._gate_url.database or "")

    @property
    def at_gate(self) -> bool:
        """Connected with the gate login, which signs nobody in: the desktops' URL of a
        PostgreSQL database with per-person logins. Signing in then connects as the
        person (:meth:`sign_in_as`)."""
        return (not self.is_sqlite and self.url is self._gate_url
                and self.url.username == gate_name(self.role_prefix))

    @property
    def per_person(self) -> bool:
        """Connected as a person's own login, after :meth:`sign_in_as`."""
        return self.url is not self._gate_url

    def person_url(self, username: str, password: str) -> URL:
        return self._gate_url.set(username=login_name(self.role_prefix, username),
                                  password=password)

    def sign_in_as(self, username: str, password: str) -> None:
        """Connect as *username*'s own login: PostgreSQL checks the password. Raises
        :class:`LoginRefused` (``wrong_credentials`` or ``disabled``) if it refuses."""
        url = self.person_url(username, password)
        probe = create_engine(url, poolclass=NullPool)
        try:
            probe.connect().close()
        except OperationalError as exc:
            raise _refused_login(exc, self) from exc
        finally:
            probe.dispose()
        old = self.engine
        self._open(url)
        old.dispose()
        log.info("connected with the person's own database login")

    def password_works(self, username: str, password: str) -> bool:
        """Whether PostgreSQL accepts *password* for *username*'s login (a new connection)."""
        probe = create_engine(self.person_url(username, password), poolclass=NullPool)
        try:
            probe.connect().close()
        except OperationalError as exc:
            if isinstance(_refused_login(exc, self), LoginRefused):
                return False
            raise _refused_login(exc, self) from exc
        finally:
            probe.dispose()
        return True

    def sign_out(self) -> None:
        """Back to the gate login, once the person has left (nothing if never left it)."""
        if not self.per_person:
            return
        old = self.engine
        self._open(self._gate_url)
        old.dispose()

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
        if not self.is_sqlite:
            from desktop.storage.db_grants import refresh

            with self.engine.begin() as conn:
                refresh(conn, self.role_prefix)

    def refresh_statistics(self) -> None:
        """Have PostgreSQL's planner read the tables again after a bulk write.

        The registry's plans on PostgreSQL depend on its statistics (a name fragment's
        count and page go through the trigram index or along the order's index); a
        million rows written at once would otherwise be planned as the empty tables were
        until autovacuum gets to them. SQLite keeps no statistics here: its queries are
        written for the plans it makes without them.
        """
        if self.is_sqlite:
            return
        with self.write() as s:
            s.execute(text("ANALYZE"))

    def dispose(self) -> None:
        self.engine.dispose()
