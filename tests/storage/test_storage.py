"""The database layer: migrations, SQLite settings, counters and the blob store."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select, text, update

from desktop.models.application import Item
from desktop.models.document import Blob
from desktop.services.registration import RegistrationService
from desktop.storage.blobs import BlobCorrupted, DatabaseBlobStore
from desktop.storage.counters import next_value
from desktop.storage.database import Database
from desktop.storage.migrate import alembic_config
from tests.support.factories import application


def test_migrations_match_the_models(db: Database) -> None:
    """Autogenerate finds nothing to add: the migration and the models agree."""
    command.check(alembic_config(db.engine))
    tables = set(inspect(db.engine).get_table_names())
    assert {"applicants", "applications", "items", "document_pages", "blobs", "users",
            "audit_events", "counters", "commission_seats", "settings"} <= tables


def test_sqlite_file_is_private_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "c.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.migrate()
    with db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == 15000
    db.dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_default_database_lives_in_the_user_data_folder(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    db = Database()
    assert db.url.database == str(tmp_path / "export-commission" / "commission.sqlite3")
    monkeypatch.setenv("EXPORT_COMMISSION_DB", f"sqlite:///{tmp_path / 'other.sqlite3'}")
    assert Database().url.database == str(tmp_path / "other.sqlite3")


def test_counter_rollback_returns_the_number(db: Database) -> None:
    with db.write() as s:
        assert next_value(s, "t") == 1
    with pytest.raises(RuntimeError), db.write() as s:
        assert next_value(s, "t") == 2
        raise RuntimeError("abort")
    with db.write() as s:
        assert next_value(s, "t") == 2


def test_blob_store_deduplicates_and_detects_damage(db: Database) -> None:
    store = DatabaseBlobStore()
    with db.write() as s:
        first = store.put(s, b"scan bytes", "image/jpeg")
        second = store.put(s, b"scan bytes", "image/jpeg")
        assert first == second
        assert store.get(s, first) == b"scan bytes"
        s.execute(update(Blob).where(Blob.sha256 == first).values(data=b"scan bytez"))
    with db.read() as s, pytest.raises(BlobCorrupted, match=first):
        store.get(s, first)


def test_schema_check_without_alembic_agrees_with_alembic(db: Database) -> None:
    from alembic.script import ScriptDirectory

    from desktop.storage.schema import head_revisions, is_current

    script = ScriptDirectory.from_config(alembic_config(db.engine))
    assert head_revisions() == frozenset(script.get_heads())
    with db.engine.connect() as conn:
        assert is_current(conn)
        conn.execute(text("DELETE FROM alembic_version"))
        assert not is_current(conn)
        conn.rollback()


# -- an installation that lost its migrations ---------------------------------------------


def _migrations_copy(folder: Path, *, versions: bool, env: str | None = None) -> Path:
    """A copy of the migrations folder: without its revisions, or with another env.py."""
    from desktop.storage import schema

    copy = folder / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    if not versions:
        shutil.rmtree(copy / "versions")
        (copy / "versions").mkdir()
    if env is not None:
        (copy / "env.py").write_text(env, encoding="utf-8")
    return copy


@pytest.mark.parametrize("lost", ["env.py", "versions"])
def test_missing_migration_files_are_named_not_a_missing_table(
        lost: str, monkeypatch, tmp_path: Path, capsys) -> None:
    """The wheel once shipped without its revisions: Alembic "upgraded" to nothing and
    demo-data failed on ``no such table: users``. Now the missing part is named."""
    from desktop.cli import main
    from desktop.storage import schema

    migrations = _migrations_copy(tmp_path, versions=lost != "versions")
    if lost == "env.py":
        (migrations / "env.py").unlink()
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    with pytest.raises(schema.SchemaSetupError) as raised:
        db.migrate()
    missing = migrations / lost
    assert raised.value.values == (str(missing),)
    assert raised.value.reason == ("no_migrations" if lost == "versions" else "missing")
    assert "installation is incomplete" in str(raised.value)

    assert main(["--db", f"sqlite:///{tmp_path / 'cli.sqlite3'}", "demo-data"]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err
    assert "Traceback" not in err
    assert "no such table" not in err


def test_a_schema_the_upgrade_did_not_reach_is_named(monkeypatch, tmp_path: Path) -> None:
    """A damaged env.py that runs no migration: the database is not left half set up."""
    from desktop.storage import schema

    migrations = _migrations_copy(tmp_path, versions=True, env='"""Runs nothing."""\n')
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    with pytest.raises(schema.SchemaSetupError, match="did not reach") as raised:
        db.migrate()
    assert raised.value.reason == "not_reached"
    assert raised.value.values == (", ".join(sorted(schema.head_revisions())),)
    db.dispose()


def test_the_regulation_migration_goes_down_and_up_keeping_every_application(
        db: Database, staff) -> None:
    """0009 adds columns and tables and takes them away again without rebuilding the
    applications table (on SQLite a rebuild would cascade into every item)."""
    RegistrationService(db).register(staff["clerk"], application())
    config = alembic_config(db.engine)
    before = ScriptDirectory.from_config(config).get_revision("0009_regulation").down_revision
    command.downgrade(config, str(before))
    with db.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("applications")}
        assert "preliminary_done" not in columns
        assert conn.execute(text("SELECT count(*) FROM items")).scalar() == 2
    command.upgrade(config, "heads")
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Item)).scalar_one() == 2


def _application_indexes(db: Database) -> set[str]:
    """Every index of the applications table, expression indexes too (SQLAlchemy's
    reflection skips those on SQLite)."""
    sql = ("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications'"
           if db.is_sqlite else
           "SELECT indexname FROM pg_indexes WHERE tablename = 'applications'")
    with db.engine.connect() as conn:
        return set(conn.exec_driver_sql(sql).scalars())


def test_the_status_order_migration_goes_down_and_up(db: Database, staff) -> None:
    """0020 adds the index of the registry's sort by status and takes it away again."""
    from desktop.services.registry import RegistryQuery, RegistryService, SortKey

    RegistrationService(db).register(staff["clerk"], application())
    config = alembic_config(db.engine)
    before = ScriptDirectory.from_config(config).get_revision("0020_status_order").down_revision
    assert "ix_applications_status_order" in _application_indexes(db)
    command.downgrade(config, str(before))
    assert "ix_applications_status_order" not in _application_indexes(db)
    command.upgrade(config, "heads")
    assert "ix_applications_status_order" in _application_indexes(db)
    by_status = RegistryQuery(sort=SortKey.STATUS)
    assert len(RegistryService(db).page(staff["clerk"], by_status, 0, 10)) == 1
