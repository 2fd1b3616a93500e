"""A PostgreSQL database with per-person logins (``database setup-roles``), for the tests
that connect as each role."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from desktop.services.actor import Actor
from desktop.services.database_roles import setup_roles
from desktop.services.users import UserService
from desktop.storage.database import Database
from desktop.storage.db_roles import role_prefix, set_login
from tests.support.staff import PASSWORD, STAFF

__all__ = ["GATE_PASSWORD", "RolesDatabase", "blank_roles_url", "roles_db"]

GATE_PASSWORD = "gate-Password-for-tests-7"


@dataclass
class RolesDatabase:
    owner_url: str
    """The superuser's URL (the schema's owner in the tests)."""
    gate_url: str
    """What a desktop holds before anyone signs in."""
    opened: list[Database] = field(default_factory=list)

    def desk(self) -> Database:
        """A desktop's database, at the gate."""
        db = Database(self.gate_url)
        self.opened.append(db)
        return db

    def signed_in(self, username: str, password: str = PASSWORD) -> tuple[Database, Actor]:
        """A desktop where *username* has signed in (connected as their own login)."""
        db = self.desk()
        return db, UserService(db).login(username, password)


@pytest.fixture
def roles_db(pg_server_url: str, pg_template: str) -> Iterator[RolesDatabase]:
    """A copy of the seeded template with per-person logins: each seeded account's login
    has the seeded password (set over the owner's connection, as a first setup does)."""
    server = make_url(pg_server_url)
    name = f"ec_roles_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    owner_url = server.set(database=name)
    owner = Database(owner_url.render_as_string(hide_password=False))
    done = setup_roles(owner, GATE_PASSWORD)
    with owner.write() as s:
        for username in STAFF:
            set_login(s, username, password=PASSWORD)
    owner.dispose()
    gate = owner_url.set(username=done.gate, password=GATE_PASSWORD)
    found = RolesDatabase(owner_url.render_as_string(hide_password=False),
                          gate.render_as_string(hide_password=False))
    yield found
    for db in found.opened:
        db.dispose()
    _drop(admin, name)


@pytest.fixture
def blank_roles_url(pg_server_url: str) -> Iterator[str]:
    """The owner's URL of an empty database (no schema yet): its roles are dropped with it."""
    server = make_url(pg_server_url)
    name = f"ec_blank_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield server.set(database=name).render_as_string(hide_password=False)
    _drop(admin, name)


def _drop(admin: Engine, name: str) -> None:
    """Drop the database *name* and the server's roles named after it."""
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        roles = conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                             {"p": f"{role_prefix(name)}\\_%"}).scalars().all()
        for role in roles:
            conn.execute(text(f'DROP ROLE "{role}"'))
    admin.dispose()
