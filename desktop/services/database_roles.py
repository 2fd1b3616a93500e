"""Giving a PostgreSQL database its per-person logins (see :mod:`desktop.storage.db_roles`).

Run once by the database's owner (or a superuser), and again whenever wanted: it creates
what is missing and applies the grants anew. It needs no account: whoever holds the
owner's password already holds every row.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desktop.domain.errors import DomainError
from desktop.storage.database import Database
from desktop.storage.db_grants import apply, create_roles
from desktop.storage.db_roles import gate_name, logins_missing, set_login

log = logging.getLogger(__name__)

__all__ = ["RolesError", "RolesSetUp", "setup_roles"]


class RolesError(DomainError):
    code = "database_roles"


@dataclass(frozen=True)
class RolesSetUp:
    gate: str
    """The login the desktops' URL names."""
    created: tuple[str, ...]
    """The roles this run created (none when run again)."""
    without_password: tuple[str, ...]
    """Accounts that existed before: their logins have no password until an administrator
    resets it (or, for an administrator, until they change it over the owner's URL)."""


def setup_roles(db: Database, gate_password: str | None) -> RolesSetUp:
    """Create the group roles, the gate login and a login for each account; apply the
    grants (*gate_password*: the gate's new password, None to keep it)."""
    if db.is_sqlite:
        raise RolesError("a SQLite file has no database roles: its owner is trusted",
                         reason="sqlite")
    db.migrate()
    prefix = db.role_prefix
    with db.write() as s:
        conn = s.connection()
        created = create_roles(conn, prefix, gate_password)
        apply(conn, prefix)
        missing = logins_missing(s, prefix)
        for username, role, active in missing:
            set_login(s, username, role=role, active=active)
    log.info("database roles set up: %d created, %d logins without password",
             len(created), len(missing))
    return RolesSetUp(gate_name(prefix), tuple(created), tuple(name for name, _r, _a in missing))
