"""A restore loses nothing: refused while another desktop has the database open (its
acknowledged work survives), refused for a backup of a newer schema, a damaged dump leaves
the PostgreSQL database as it was, and every restore is in the audit journal. Both
backends."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text, update

from desktop.cli import main
from desktop.messages import Words
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.services.audit_log import AuditLogService
from desktop.services.backup import BackupError
from desktop.services.backups import BackupService
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application, individual

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def _open_desk(db: Database) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    """Another desktop with the database open, and the numbers it was told were saved."""
    url = db.url.render_as_string(hide_password=False)
    proc = subprocess.Popen([sys.executable, "-m", "tests.backups.open_desk", url], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdin is not None
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else "the desk stopped"
        yield proc, line.split()
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        proc.wait(timeout=60)


def _numbers(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.execute(select(Application.number)).scalars())


def test_a_restore_while_another_desktop_is_open_is_refused(db: Database, staff,
                                                             tmp_path: Path) -> None:
    admin = staff["admin"]
    made = BackupService(db).make(admin, tmp_path)
    with _open_desk(db) as (desk, acknowledged):
        with pytest.raises(BackupError) as refused:
            BackupService(db).restore(admin, made.path)
        assert refused.value.reason == "in_use"
        count, who = refused.value.values
        assert count == "1"
        assert (f"PID {desk.pid}" if db.is_sqlite else "(export-commission)") in who
        words = Words("ru").refusal(refused.value)
        assert words.startswith("База данных используется другими сеансами (1)"), words
        assert set(acknowledged) <= _numbers(db)  # nothing of the open desk's work is lost
    assert set(acknowledged) <= _numbers(db)

    # Closed, the restore goes ahead; it is in the journal with who, what and the heads.
    before = AuditLogService(db).head(admin)
    restored = BackupService(db).restore(admin, made.path)
    assert not set(acknowledged) & _numbers(db)
    with db.read() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "backup.restored")
                          ).scalar_one()
    assert event.username == "admin" and event.entity_id == made.path.name
    assert event.after is not None and event.before is not None
    assert event.after["file"] == str(made.path) and event.after["by"] == "admin"
    assert event.after["backup_head"] == restored.backup_head
    assert event.before["head"] == restored.replaced_head == str(before)
    # The desk's memory of the replaced journal is explained by the restore, not tampering.
    assert AuditLogService(db).verify_chain(admin).ok


def test_the_command_refuses_a_restore_while_a_desktop_is_open(db: Database, staff,
                                                              tmp_path: Path, capsys,
                                                              sign_in_as) -> None:
    url = db.url.render_as_string(hide_password=False)
    made = BackupService(db).make(staff["admin"], tmp_path)
    sign_in_as("admin")
    with _open_desk(db) as (_desk, acknowledged):
        db.dispose()  # the test's own connection would be a second session
        assert main(["--db", url, "--lang", "kk", "restore", str(made.path)]) == 1
        err = capsys.readouterr().err
        assert "Дерекқорды басқа 1 сеанс пайдаланып отыр" in err, err
        assert set(acknowledged) <= _numbers(db)


FUTURE = "0099_from_a_newer_version"


def _stamps(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.execute(text("SELECT version_num FROM alembic_version")).scalars())


def _stamp_future(db: Database, *, on: bool) -> None:
    """Stamp *db* as a newer program would have left it (beside its own heads), or not."""
    with db.write() as s:
        if on:
            s.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": FUTURE})
        else:
            s.execute(text("DELETE FROM alembic_version WHERE version_num = :r"), {"r": FUTURE})


def test_a_backup_of_a_newer_schema_is_refused_with_words(db: Database, staff,
                                                          tmp_path: Path) -> None:
    admin = staff["admin"]
    current = _stamps(db)
    _stamp_future(db, on=True)
    made = BackupService(db).make(admin, tmp_path)
    _stamp_future(db, on=False)
    later = RegistrationService(db).register(staff["clerk"], application(individual(80)))
    with pytest.raises(BackupError) as refused:
        BackupService(db).restore(admin, made.path)
    assert refused.value.reason == "newer_schema"
    assert refused.value.values == (made.path.name, FUTURE)
    words = Words("kk").refusal(refused.value)
    assert "бағдарламаның жаңа нұсқасы" in words, words
    assert later.number in _numbers(db)
    assert _stamps(db) == current


ON_THE_SERVER = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)


@ON_THE_SERVER
def test_a_damaged_dump_leaves_the_server_database_as_it_was(db: Database, staff,
                                                            tmp_path: Path) -> None:
    admin = staff["admin"]
    made = BackupService(db).make(admin, tmp_path)
    later = RegistrationService(db).register(staff["clerk"], application(individual(81)))
    data = bytearray(made.path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 4096] = b"\x00" * 4096  # a damaged stretch inside the tables' data
    damaged = tmp_path / "damaged.dump"
    damaged.write_bytes(bytes(data))
    with db.read() as s:
        events = s.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    with pytest.raises(BackupError):
        BackupService(db).restore(admin, damaged)
    assert later.number in _numbers(db)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(AuditEvent)).scalar_one() == events
    server = create_engine(db.url.set(database="postgres"))
    try:
        with server.connect() as conn:
            left = conn.execute(text("SELECT datname FROM pg_database WHERE datname LIKE "
                                     "'%\\_restore\\_%' OR datname LIKE '%\\_replaced\\_%'"))
            assert left.scalars().all() == []
    finally:
        server.dispose()


@ON_THE_SERVER
def test_a_restore_over_a_server_database_in_use_by_nobody_replaces_it(db: Database, staff,
                                                                      tmp_path: Path
                                                                      ) -> None:
    admin = staff["admin"]
    made = BackupService(db).make(admin, tmp_path)
    later = RegistrationService(db).register(staff["clerk"], application(individual(82)))
    with db.write() as s:  # a change the restore must take away with everything else
        s.execute(update(Application).where(Application.number == later.number)
                  .values(status="closed"))
    restored = BackupService(db).restore(admin, made.path)
    assert later.number not in _numbers(db)
    assert restored.breaches == ()
