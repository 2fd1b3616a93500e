"""Backup and restore, verified on both backends."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.cli import main
from desktop.models.application import Application
from desktop.models.document import Blob
from desktop.services.backup import BackupError, backup, verify
from desktop.services.registration import RegistrationService
from desktop.services.restore import restore
from desktop.storage.blobs import DatabaseBlobStore
from desktop.storage.database import Database
from tests.support.factories import application
from tests.support.staff import actor_for


def _fill(db: Database, staff) -> str:
    RegistrationService(db).register(staff["clerk"], application())
    with db.write() as s:
        return DatabaseBlobStore().put(s, b"\xff\xd8 a scan", "image/jpeg")


def test_sqlite_backup_and_restore_round_trip(sqlite_db: Database, tmp_path: Path) -> None:
    _fill(sqlite_db, {"clerk": actor_for(sqlite_db, "clerk")})
    out = tmp_path / "backups" / "b.sqlite3"
    report = backup(sqlite_db, out)
    assert report.ok and report.blobs == 1 and report.audit_events >= 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(BackupError, match="already exists"):
        backup(sqlite_db, out)
    # Work goes on after the backup, then the backup is restored: the later work is gone.
    RegistrationService(sqlite_db).register(actor_for(sqlite_db, "clerk"),
                                            application(received=None))
    restored = restore(sqlite_db, out)
    assert restored.ok
    db = Database(sqlite_db.url.render_as_string(hide_password=False))
    with db.read() as s:
        assert s.execute(select(func.count(Application.id))).scalar() == 1
    db.dispose()


def test_damaged_backup_is_refused_before_anything_changes(sqlite_db: Database,
                                                          tmp_path: Path) -> None:
    sha = _fill(sqlite_db, {"clerk": actor_for(sqlite_db, "clerk")})
    out = tmp_path / "b.sqlite3"
    backup(sqlite_db, out)
    damaged = Database(f"sqlite:///{out}")
    with damaged.write() as s:
        s.execute(update(Blob).where(Blob.sha256 == sha).values(data=b"changed"))
    damaged.dispose()
    with pytest.raises(BackupError, match=f"{sha} does not match its hash"):
        restore(sqlite_db, out)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database")
    with pytest.raises(BackupError, match=r"garbage\.sqlite3"):
        restore(sqlite_db, garbage)
    with sqlite_db.read() as s:  # the live database is untouched
        assert s.execute(select(func.count(Application.id))).scalar() == 1


def test_backup_via_cli_on_both_backends(db: Database, staff, tmp_path: Path, capsys,
                                        sign_in_as) -> None:
    _fill(db, staff)
    url = db.url.render_as_string(hide_password=False)
    out = tmp_path / "commission.backup"
    sign_in_as("admin")
    assert main(["--db", url, "backup", str(out)]) == 0
    assert "1 stored files" in capsys.readouterr().out
    assert out.stat().st_size > 0
    assert verify(db).ok
