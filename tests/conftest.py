"""Test fixtures: a fresh database per test on SQLite and on a real PostgreSQL server.

Each backend gets a template database once per session (migrated, with one account per
role); every test works on its own copy, so tests never see each other's data and the slow
password hashing runs once. A test that uses Qt gets private settings and the English
interface. The fixtures several features share (a commission, an application under
examination, a small registry) are in :mod:`tests.support.fixtures`; the builders behind
them are plain functions in ``tests/support/``, which tests import (never a conftest).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.domain.roles import Role
from desktop.services import settings
from desktop.services.actor import Actor
from desktop.services.users import NewUser, UserService
from desktop.signing.trust_profile import TSA_ENV
from desktop.storage.database import Database
from tests.support.display import start_xvfb, stop_xvfb
from tests.support.pki import OFFICER, TestPki, serve_pki
from tests.support.softhsm import SoftToken, make_token, write_config
from tests.support.staff import PASSWORD, STAFF, actor_for

pytest_plugins = ["tests.support.fixtures"]

PG_ENV = "EXPORT_COMMISSION_TEST_PG_URL"
REQUIRE_PG_ENV = "EXPORT_COMMISSION_REQUIRE_PG"
_XVFB = pytest.StashKey[subprocess.Popen[bytes]]()


def pytest_configure(config: pytest.Config) -> None:
    """An xdist worker on an X display takes an Xvfb of its own (tests.support.display):
    windows of parallel workers never take each other's keyboard focus."""
    if hasattr(config, "workerinput") and os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY") and shutil.which("Xvfb"):
        process, os.environ["DISPLAY"] = start_xvfb()
        config.stash[_XVFB] = process


def pytest_unconfigure(config: pytest.Config) -> None:
    process = config.stash.get(_XVFB, None)
    if process is not None:
        stop_xvfb(process)


def _seed(db: Database, config: Path) -> None:
    """Seed *db* as a desk whose configuration (its audit key, the heads it saw) is in
    *config*: the session's templates are made before any test's own folders exist."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(config))
        _seed_staff(db)


def _seed_staff(db: Database) -> None:
    db.migrate()
    users = UserService(db)
    admin = None
    for username, (full_name, role, iin) in STAFF.items():
        new = NewUser(username, full_name, role, PASSWORD, iin)
        if role == Role.ADMIN:
            admin = users.create_first_admin(new)
        else:
            assert admin is not None
            users.create_user(admin, new, must_change=False)  # as if chosen by each
    with db.write() as s:
        settings.put(s, settings.REGION_KEY, "akmola")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    _seed(db, tmp_path_factory.mktemp("template-config"))
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
def pg_template(pg_server_url: str, worker_id: str,
                tmp_path_factory: pytest.TempPathFactory) -> str:
    name = f"ec_template_{worker_id}_{os.getpid()}"
    admin = _admin_engine(pg_server_url)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(make_url(pg_server_url).set(database=name).render_as_string(False))
    _seed(db, tmp_path_factory.mktemp("template-config"))
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


def _close(database: Database) -> None:
    """Qt's background reads (thumbnails, figures, pages) end before the test's database
    goes away."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)
    database.dispose()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    _close(database)


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    """SQLite only: for tests of behaviour that does not depend on the backend."""
    database = Database(sqlite_url)
    yield database
    _close(database)


@pytest.fixture
def staff(db: Database) -> dict[str, Actor]:
    return {name: actor_for(db, name) for name in STAFF}


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
    # No test reaches the national centre's time-stamp service: a signature is time-stamped
    # only by the test PKI's service, when the test names it (test_trust_profile checks
    # that without this the profile's service is the default).
    monkeypatch.setenv(TSA_ENV, "")
    yield


@pytest.fixture(autouse=True)
def _qt_settings(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that uses Qt (``qtbot`` or ``qapp``) gets its own, empty QSettings folder
    (Qt caches the XDG path once) and the English interface, whatever the machine's
    language: the tests read the English texts, and the English translation gives them
    their plural forms ("1 application"). Loading a translation takes a while, so tests
    without Qt skip it."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    from PySide6.QtCore import QSettings

    from desktop.ui.app import configure_application
    from desktop.ui.kit import settings
    from desktop.ui.kit.language import apply_language

    qapp = request.getfixturevalue("qapp")
    folder = request.getfixturevalue("tmp_path") / "qt-settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    configure_application()
    apply_language(qapp, "en")
    settings.set_user("")  # nobody is signed in until a test's session begins
    yield
    apply_language(qapp, "en")  # a test that switched language leaves none behind
    settings.set_user("")


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
