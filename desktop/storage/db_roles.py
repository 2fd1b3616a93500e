"""PostgreSQL roles that enforce the permission matrix: one database login per person.

Every role of a commission's database is named after the database (see
:func:`role_prefix`), so that two databases on one server never share a role:

``<db>_clerk``, ``<db>_member``, ``<db>_chair``, ``<db>_official``, ``<db>_admin``
    Group roles (NOLOGIN), each a member of ``<db>_staff``, with the table grants and
    row policies of :mod:`desktop.storage.db_grants`.
``<db>_gate``
    The login a desktop holds before anyone signs in. It can see whether the schema is
    current and whether accounts exist (their ids, nothing else), and report a failed
    sign-in; it reads nothing personal.
``<db>_u_<16 hex digits>``
    One login per account, named from the SHA-256 of the user name, so that signing in
    needs no look-up that would tell a stranger which accounts exist. Its password is the
    person's own: PostgreSQL checks it (SCRAM) when the desktop connects as them, and the
    verifier is computed on the desktop, so the password itself never reaches the server.

Logins are made and changed only by the SECURITY DEFINER function ``commission_set_login``
(created by :func:`desktop.storage.db_grants.apply`): an administrator may change any,
a person only their own password.
"""

from __future__ import annotations

import hashlib
import logging
import re

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.domain.roles import Role

log = logging.getLogger(__name__)

__all__ = ["GROUPS", "gate_name", "group_name", "login_name", "logins_missing",
           "note_failed_sign_in", "role_prefix", "set_login", "staff_name", "uses_logins",
           "verifier"]

GROUPS: tuple[Role, ...] = (Role.CLERK, Role.MEMBER, Role.CHAIR, Role.OFFICIAL, Role.ADMIN)

_PREFIX_LENGTH = 40
"""Leaves room for ``_u_`` and 16 digits within PostgreSQL's 63-byte names."""


def role_prefix(database: str) -> str:
    """The database's name as the start of its roles' names (lower case, ``[a-z0-9_]``)."""
    prefix = re.sub(r"[^a-z0-9_]", "_", database.lower())[:_PREFIX_LENGTH]
    return prefix if prefix[:1].isalpha() else f"db_{prefix}"[:_PREFIX_LENGTH]


def group_name(prefix: str, role: Role | str) -> str:
    return f"{prefix}_{Role(role).value}"


def staff_name(prefix: str) -> str:
    return f"{prefix}_staff"


def gate_name(prefix: str) -> str:
    return f"{prefix}_gate"


def login_name(prefix: str, username: str) -> str:
    """The database login of the account *username* (the same as SQL's
    ``commission_login_of``)."""
    return f"{prefix}_u_{hashlib.sha256(username.encode()).hexdigest()[:16]}"


def uses_logins(conn: Connection) -> bool:
    """Whether this PostgreSQL database has been given per-person logins (the command
    ``database setup-roles``)."""
    return bool(conn.execute(text(
        "SELECT to_regprocedure('commission_set_login(text,text,text,boolean)') IS NOT NULL"
    )).scalar())


def verifier(conn: Connection, password: str) -> str:
    """The SCRAM-SHA-256 verifier of *password*, computed by libpq on this side (only
    letters, digits and ``$:+/=``: safe inside a quoted literal)."""
    driver = conn.connection.driver_connection
    raw = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode(), b"", b"scram-sha-256")
    return bytes(raw).decode("ascii")


def set_login(session: Session, username: str, *, password: str | None = None,
              role: Role | None = None, active: bool | None = None) -> None:
    """Create the login of *username* if it has none, and set what is given, in the
    caller's transaction (a refused change of the account leaves the login as it was)."""
    session.execute(
        text("SELECT commission_set_login(:name, :verifier, :grp, :active)"),
        {"name": username,
         "verifier": None if password is None else verifier(session.connection(), password),
         "grp": None if role is None else Role(role).value,
         "active": active},
    )
    log.info("database login of an account updated")


def logins_missing(session: Session, prefix: str) -> list[tuple[str, Role, bool]]:
    """The accounts (name, role, active) that have no database login yet."""
    existing = set(session.execute(text(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": f"{prefix}_u_%"}).scalars())
    accounts = session.execute(text("SELECT username, role, active FROM users ORDER BY id"))
    return [(name, Role(role), bool(active)) for name, role, active in accounts
            if login_name(prefix, name) not in existing]


def note_failed_sign_in(session: Session, username: str) -> None:
    """Count a sign-in PostgreSQL refused towards the account's lock (the gate may call
    only this; it learns nothing, not even whether the account exists)."""
    session.execute(text("SELECT commission_note_failed_sign_in(:name)"), {"name": username})
