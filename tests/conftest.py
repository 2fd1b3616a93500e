"""Test fixtures: a fresh database per test on SQLite and on a real PostgreSQL server.

Each backend gets a template database once per session (migrated, with one account per
role); every test works on its own copy, so tests never see each other's data and the slow
password hashing runs once.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.domain.roles import Role
from desktop.domain.seats import SeatKind
from desktop.models.user import CommissionSeat, User
from desktop.services import settings
from desktop.services.actor import Actor
from desktop.services.users import NewUser, UserService
from desktop.storage.database import Database
from tests.signing.pki import OFFICER, TestPki, serve_pki
from tests.signing.softhsm import SoftToken, make_token, write_config

PG_ENV = "EXPORT_COMMISSION_TEST_PG_URL"
REQUIRE_PG_ENV = "EXPORT_COMMISSION_REQUIRE_PG"

PASSWORD = "Correct-horse-1"
STAFF = {
    "admin": ("Әкімші Админ", Role.ADMIN, "791028302728"),
    "clerk": ("Серікова Айгүл", Role.CLERK, "880515400187"),
    "member": ("Ахметов Ерболат", Role.MEMBER, "750303300260"),
    "member2": ("Петрова Анна", Role.MEMBER, "820714400237"),
    "chair": ("Байжанов Нұрлан", Role.CHAIR, "690101300348"),
}


def _seed(db: Database) -> None:
    db.migrate()
    users = UserService(db)
    admin = None
    for username, (full_name, role, iin) in STAFF.items():
        new = NewUser(username, full_name, role, PASSWORD, iin)
        if role == Role.ADMIN:
            admin = users.create_first_admin(new)
        else:
            assert admin is not None
            users.create_user(admin, new)
    with db.write() as s:
        settings.put(s, settings.REGION_KEY, "akmola")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    _seed(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        message = f"no PostgreSQL server for the tests: set {PG_ENV} (scripts/test does)"
        if os.environ.get(REQUIRE_PG_ENV):
            pytest.fail(message)
        pytest.skip(message)
    return url


def _admin_engine(server_url: str):  # type: ignore[no-untyped-def]
    url = make_url(server_url).set(database="postgres")
    return create_engine(url, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_template(pg_server_url: str, worker_id: str) -> str:
    name = f"ec_template_{worker_id}_{os.getpid()}"
    admin = _admin_engine(pg_server_url)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(make_url(pg_server_url).set(database=name).render_as_string(False))
    _seed(db)
    db.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "commission.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def pg_url(pg_server_url: str, pg_template: str) -> Iterator[str]:
    name = f"ec_test_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(pg_server_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    yield make_url(pg_server_url).set(database=name).render_as_string(False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """The URL of a fresh, seeded database on each backend."""
    fixture = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    """SQLite only: for tests of behaviour that does not depend on the backend."""
    database = Database(sqlite_url)
    yield database
    database.dispose()


def actor_for(db: Database, username: str) -> Actor:
    """The actor of a seeded account, read directly (sign-in has tests of its own)."""
    with db.read() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one()
        return Actor.of(user)


@pytest.fixture
def staff(db: Database) -> dict[str, Actor]:
    return {name: actor_for(db, name) for name in STAFF}


def seat_commission(db: Database, team: dict[str, Actor]) -> None:
    """Seat the seeded chairperson and both members on the Akmola commission (a refusal
    letter or a conclusion names who signs it)."""
    with db.write() as s:
        for name, seat in (("member", SeatKind.MEMBER), ("member2", SeatKind.MEMBER),
                           ("chair", SeatKind.CHAIR)):
            s.add(CommissionSeat(region="akmola", user_id=team[name].user_id, seat=seat,
                                 since=date(2020, 1, 1)))


@pytest.fixture(scope="session")
def worker_id(request: pytest.FixtureRequest) -> str:
    """The xdist worker name, or "main" without xdist."""
    workerinput = getattr(request.config, "workerinput", None)
    return workerinput["workerid"] if workerinput else "main"


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep the developer's own data and settings out of every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("EXPORT_COMMISSION_DB", raising=False)
    # The command line's sign-in and language come from the environment: start from none.
    for name in ("EXPORT_COMMISSION_USER", "EXPORT_COMMISSION_PASSWORD",
                 "EXPORT_COMMISSION_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield


@pytest.fixture
def sign_in_as(monkeypatch: pytest.MonkeyPatch):
    """``sign_in_as("clerk")``: the next commands sign in as that account of :data:`STAFF`
    (or of the demo, with its password)."""

    def use(username: str, password: str = PASSWORD) -> None:
        monkeypatch.setenv("EXPORT_COMMISSION_USER", username)
        monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", password)

    return use


# -- the signing test PKI, shared by the signing, conclusion and fuzz tests --------------------


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestPki]:
    """A certomancer PKI with TSA, OCSP and CRL served on loopback, for the whole session."""
    with serve_pki(tmp_path_factory.mktemp("pki")) as served:
        yield served


@pytest.fixture(scope="session")
def soft_token(pki: TestPki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SoftToken]:
    """One SoftHSM2 token holding the officer's key (SoftHSM reads its config once)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOFTHSM2_CONF", str(write_config(tmp_path_factory.mktemp("softhsm"))))
        yield make_token(pki.key_der(OFFICER.label), pki.cert(OFFICER.label),
                         pki.chain(OFFICER.label))
