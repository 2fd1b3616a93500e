"""Fixtures several features share, loaded by the top-level conftest as a plugin.

Each is a thin wrapper over a builder of ``tests/support/``, which a test may also call
itself (for a second case, another user).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.services.actor import Actor
from desktop.signing import Pkcs12Key
from desktop.storage.database import Database
from tests.support.commission import Commission, make_commission
from tests.support.desk import Case, make_case
from tests.support.pki import CHAIR, P12_PASSWORD, TestPki
from tests.support.registry import fill_registry
from tests.support.softhsm import SoftToken
from tests.support.staff import STAFF, actor_for


@pytest.fixture
def clerk(sqlite_db: Database) -> Actor:
    return actor_for(sqlite_db, "clerk")


@pytest.fixture
def team(sqlite_db: Database) -> dict[str, Actor]:
    """Every seeded account of the SQLite database, by user name."""
    return {name: actor_for(sqlite_db, name) for name in STAFF}


@pytest.fixture
def case(sqlite_db: Database, team: dict[str, Actor]) -> Case:
    """An application under examination with three scanned pages and two items."""
    return make_case(sqlite_db, team)


@pytest.fixture
def registry_db(sqlite_db: Database, clerk: Actor) -> Database:
    """The seeded SQLite database with the twelve applications of :mod:`tests.support.registry`."""
    return fill_registry(sqlite_db, clerk)


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated database without any account."""
    db = Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    db.migrate()
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def blank_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a database with nothing in it, not even the schema, on each backend: an
    office's first start."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'blank.sqlite3'}"
        return
    server = make_url(str(request.getfixturevalue("pg_server_url")))
    name = f"ec_blank_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield server.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def commission(db: Database, staff: dict[str, Actor], pki: TestPki,
               soft_token: SoftToken) -> Commission:
    """Two members with .p12 files and a chairperson whose key is on a SoftHSM token."""
    return make_commission(db, staff, pki, soft_token)


@pytest.fixture
def official(staff: dict[str, Actor], pki: TestPki) -> tuple[Actor, Pkcs12Key]:
    """The official of the executive body (seeded, not yet seated) and their key: the
    test PKI's third person's certificate carries their IIN."""
    return staff["official"], Pkcs12Key(pki.p12[CHAIR.label], P12_PASSWORD)
