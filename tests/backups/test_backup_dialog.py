"""Backups from the window: the service remembers the last one, the dialog backs up with
progress and restores with the command's checks, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from desktop.domain.roles import PermissionDenied, Role
from desktop.models.audit import AuditEvent
from desktop.services.backup import BackupError
from desktop.services.backups import BackupService
from desktop.services.users import NewUser, UserService
from desktop.storage.database import Database
from desktop.ui.backup_dialog import BackupDialog
from tests.support.sessions import session_for
from tests.support.staff import actor_for


def test_a_backup_is_remembered_audited_and_refused_to_others(db: Database, staff,
                                                              tmp_path: Path) -> None:
    service = BackupService(db)
    admin = staff["admin"]
    assert service.last(admin) is None
    stages: list[str] = []
    folder = tmp_path / "backups"
    folder.mkdir()
    made = service.make(admin, folder, progress=lambda stage, _d, _t: stages.append(stage))
    assert made.path.parent == folder.resolve() and made.path.is_file()
    assert made.blobs >= 0 and made.audit_events > 0
    assert stages[0] == "copy" and "verify" in stages
    last = service.last(admin)
    assert last is not None and last.file == str(made.path) and last.by == "admin"
    assert not last.overdue(datetime.now(UTC))
    assert last.overdue(datetime.now(UTC) + timedelta(days=8))
    with db.read() as s:
        assert s.execute(select(AuditEvent.entity_id)
                         .where(AuditEvent.action == "backup.made")).scalar() == made.path.name
    for name in ("clerk", "chair"):
        with pytest.raises(PermissionDenied):
            service.last(staff[name])
        with pytest.raises(PermissionDenied):
            service.make(staff[name], tmp_path)


def test_a_cancelled_backup_leaves_nothing(db: Database, staff, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(BackupError) as refused:
        BackupService(db).make(staff["admin"], folder, cancelled=lambda: True)
    assert refused.value.reason == "cancelled"
    assert list(folder.iterdir()) == []
    assert BackupService(db).last(staff["admin"]) is None


def _dialog(qtbot: QtBot, db: Database, actor) -> BackupDialog:
    dialog = BackupDialog(session_for(db, actor))
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_backs_up_and_restores(qtbot: QtBot, db: Database, staff,
                                          tmp_path: Path) -> None:
    admin = staff["admin"]
    dialog = _dialog(qtbot, db, admin)
    assert dialog.last_label.text() == "No backup has been made yet."

    dialog.folder.setText(str(tmp_path / "missing"))
    assert dialog.back_up() is None
    assert dialog.message.text() == f"Choose a folder that exists: {tmp_path / 'missing'}"

    folder = tmp_path / "backups"
    folder.mkdir()
    dialog.folder.setText(str(folder))
    op = dialog.back_up()
    assert op is not None
    qtbot.waitUntil(lambda: not op.running, timeout=60_000)
    assert op.ok and dialog.made is not None
    [written] = list(folder.iterdir())
    assert dialog.result_label.text().startswith(f"Backed up to {written}:")
    assert dialog.last_label.text().startswith("Last backup: ")
    assert dialog.last_label.text().endswith(f"by admin, to {written}")

    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database")
    op = dialog.restore_from(junk)
    qtbot.waitUntil(lambda: not op.running, timeout=30_000)
    assert not op.ok
    if db.is_sqlite:
        assert dialog.message.text() == ("Nothing was restored. notes.sqlite3 is not a "
                                         "backup of this application.")
    else:
        assert dialog.message.text().startswith("Nothing was restored. pg_restore failed: ")

    # Something done after the backup, which the restore takes away.
    UserService(db).create_user(admin, NewUser("later", "Кейін Келген", Role.CLERK,
                                               "Long-enough-1"))
    op = dialog.restore_from(written)
    qtbot.waitUntil(lambda: not op.running, timeout=120_000)
    assert op.ok and dialog.restored is not None
    assert dialog.restored.breaches == ()
    assert dialog.result_label.text().startswith(f"Restored from {written.name}:")
    assert "later" not in {u.username for u in UserService(db).list_users(admin)}
    with db.read() as s:
        assert s.execute(select(AuditEvent.username)
                         .where(AuditEvent.action == "backup.restored")).scalar() == "admin"



def test_a_server_backup_restores_into_an_empty_database(pg_url: str, pg_server_url: str,
                                                          tmp_path: Path) -> None:
    """A new installation's empty database takes a server's backup: the dump comes back
    whole and checked."""
    source = Database(pg_url)
    admin = actor_for(source, "admin")
    made = BackupService(source).make(admin, tmp_path)
    assert made.path.suffix == ".dump"
    UserService(source).create_user(admin, NewUser("later", "Кейін Келген", Role.CLERK,
                                                   "Long-enough-1"))
    source.dispose()

    name = f"ec_restore_{uuid.uuid4().hex[:12]}"
    server = create_engine(make_url(pg_server_url).set(database="postgres"),
                           isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    empty = Database(make_url(pg_server_url).set(database=name).render_as_string(False))
    try:
        stages: list[str] = []
        restored = BackupService(empty).restore(
            admin, made.path, progress=lambda stage, _d, _t: stages.append(stage))
        assert restored.breaches == () and restored.audit_events == made.audit_events
        assert {"restore", "verify", "check"} <= set(stages)
        names = {u.username for u in UserService(empty).list_users(admin)}
        assert "admin" in names and "later" not in names
        with empty.read() as s:
            assert s.execute(select(AuditEvent.username)
                             .where(AuditEvent.action == "backup.restored")).scalar() == "admin"
    finally:
        empty.dispose()
        with server.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()
