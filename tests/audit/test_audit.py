"""The audit journal: appended in the change's transaction, hash-chained, verifiable."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, update

from desktop.cli import main
from desktop.models.audit import AuditEvent
from desktop.services import audit
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application, individual
from tests.support.tamper import as_owner


def _events(db: Database, staff, n: int = 3) -> None:
    for i in range(n):
        RegistrationService(db).register(staff["clerk"], application(individual(50 + i)))


def test_chain_of_a_working_database_is_intact(db: Database, staff) -> None:
    _events(db, staff)
    with db.read() as s:
        report = audit.verify_database(s)
        total = s.execute(select(func.count(AuditEvent.seq))).scalar()
    assert report.ok and report.checked == total


def test_failed_change_leaves_no_event(db: Database, staff) -> None:
    with db.read() as s:
        before = s.execute(select(func.count(AuditEvent.seq))).scalar()
    with pytest.raises(RuntimeError), db.write() as s:
        audit.record(s, staff["clerk"], "something")
        raise RuntimeError("the change failed")
    with db.read() as s:
        assert s.execute(select(func.count(AuditEvent.seq))).scalar() == before
        assert audit.verify_database(s).ok


@pytest.mark.parametrize("tamper, expected", [
    ("edit", "was changed after writing"),
    ("delete", "is missing"),
    ("insert", "does not follow"),
    ("truncate", "missing from the end"),
])
def test_tampering_is_found_at_the_first_broken_event(db: Database, staff, tamper: str,
                                                      expected: str) -> None:
    _events(db, staff)
    with db.write() as s:
        as_owner(s)
        last = s.execute(select(func.max(AuditEvent.seq))).scalar_one()
        target = last - 2
        if tamper == "edit":
            s.execute(update(AuditEvent).where(AuditEvent.seq == target)
                      .values(username="someone-else"))
        elif tamper == "delete":
            s.execute(delete(AuditEvent).where(AuditEvent.seq == target))
        elif tamper == "insert":
            # Shift the tail up by one and put a forged event in the gap.
            for seq in range(last, target - 1, -1):
                s.execute(update(AuditEvent).where(AuditEvent.seq == seq).values(seq=seq + 1))
            forged = s.get(AuditEvent, target + 1)
            assert forged is not None
            s.add(AuditEvent(seq=target, at=forged.at, action="forged", prev_hash="f" * 64,
                             hash="f" * 64))
        else:
            s.execute(delete(AuditEvent).where(AuditEvent.seq == last))
    with db.read() as s:
        report = audit.verify_database(s)
    assert not report.ok
    assert expected in (report.reason or "")
    assert report.broken_at == (last if tamper == "truncate" else target)


def test_cli_audit_verify_exit_codes(db: Database, staff, capsys, sign_in_as) -> None:
    _events(db, staff, 1)
    url = db.url.render_as_string(hide_password=False)
    sign_in_as("admin")
    assert main(["--db", url, "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out
    with db.write() as s:
        as_owner(s)
        s.execute(update(AuditEvent).where(AuditEvent.seq == 1).values(action="x"))
    assert main(["--db", url, "audit", "verify"]) == 1
    assert "broken at event 1" in capsys.readouterr().out
