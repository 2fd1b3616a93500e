"""Each invariant of the whole-database check, broken on purpose in a database the services
made, is found and named; ``restore`` runs the check on what it restored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.cli import main
from desktop.models.application import Application, Item
from desktop.models.audit import AuditEvent
from desktop.models.conclusion import Conclusion, ConclusionDocument
from desktop.models.document import Blob
from desktop.models.examination import Examination
from desktop.services.actor import Actor
from desktop.services.invariants import CheckReport, InvariantService
from desktop.services.registration import RegistrationService
from desktop.storage.blobs import sha256_hex
from desktop.storage.database import Database
from tests.support.commission import Commission, agreed_export, examined
from tests.support.factories import application
from tests.support.staff import PASSWORD
from tests.support.tamper import as_owner


@pytest.fixture
def issued(db: Database, staff, commission: Commission) -> tuple[int, str]:
    """An agreed export, issued with every signature; its id and number."""
    app_id = agreed_export(db, staff, commission, examined(db, staff))
    with db.read() as s:
        app = s.get(Application, app_id)
        assert app is not None
        return app_id, app.number


def _check(db: Database) -> CheckReport:
    return InvariantService(db).check(Actor.system())


def _rules(report: CheckReport) -> set[tuple[str, str | None]]:
    return {(b.rule, b.application) for b in report.breaches}


def test_a_database_the_services_made_holds_every_invariant(db: Database, issued) -> None:
    report = _check(db)
    assert report.ok, report.breaches
    assert report.checked["documents"] == 2  # the conclusion in Kazakh and in Russian


def _unsigned(s: Session, app_id: int) -> None:
    """Put the document back as it was drafted, its signatures recorded all the same."""
    doc = s.execute(select(ConclusionDocument).join(Conclusion)
                    .where(Conclusion.application_id == app_id)).scalars().first()
    assert doc is not None
    doc.current_sha256 = doc.unsigned_sha256


BREAKS: dict[str, tuple[Callable[[Session, int], None], str, bool]] = {
    # name: (what breaks it, the rule found, whether it concerns the application)
    "document": (_unsigned, "document_invalid", True),
    "record": (lambda s, app_id: s.execute(delete(Examination).where(
        Examination.item_id == select(Item.id).where(Item.application_id == app_id)
        .limit(1).scalar_subquery())), "records_incomplete", True),
    "deadline": (lambda s, app_id: setattr(s.get_one(Application, app_id), "result_due",
                                           s.get_one(Application, app_id).result_due
                                           + timedelta(days=1)), "deadline_changed", True),
    "status": (lambda s, app_id: s.execute(update(Application).where(
        Application.id == app_id).values(status="closed")), "status_unexplained", True),
    "audit": (lambda s, _: (as_owner(s), s.execute(update(AuditEvent).where(
        AuditEvent.seq == 3).values(username="someone"))), "audit_chain", False),
    "blob": (lambda s, _: s.execute(update(Blob).where(
        Blob.sha256 == select(Blob.sha256).limit(1).scalar_subquery()).values(
        data=b"tampered")), "blob_corrupt", False),
    "orphan": (lambda s, _: s.add(Blob(sha256=sha256_hex(b"nobody's"), size=8,
                                       media_type="text/plain", data=b"nobody's")),
               "blob_unreferenced", False),
    "number": (lambda s, app_id: s.execute(update(Conclusion).where(
        Conclusion.application_id == app_id).values(sequence=3)), "number_gap", False),
}


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_each_broken_invariant_is_named(db: Database, issued, name: str) -> None:
    app_id, number = issued
    breaking, rule, concerns_the_application = BREAKS[name]
    with db.write() as s:
        breaking(s, app_id)
    report = _check(db)
    assert (rule, number if concerns_the_application else None) in _rules(report), \
        report.breaches


def test_restore_checks_what_it_restored(sqlite_db: Database, db: Database, tmp_path: Path,
                                         staff, sign_in_as, capsys) -> None:
    url = sqlite_db.url.render_as_string(hide_password=False)
    RegistrationService(sqlite_db).register(staff["clerk"], application())
    sign_in_as("admin", PASSWORD)
    backup = tmp_path / "backup.sqlite3"
    assert main(["--db", url, "backup", str(backup)]) == 0
    for mine in (sqlite_db, db):  # the test's own connections are other sessions
        mine.dispose()
    assert main(["--db", url, "restore", str(backup)]) == 0
    assert "every invariant of the restored database holds" in capsys.readouterr().out
    damaged = Database(f"sqlite:///{backup}")
    with damaged.write() as s:
        s.execute(update(Application).where(Application.id == 1).values(status="closed"))
    damaged.dispose()
    for mine in (sqlite_db, db):
        mine.dispose()
    assert main(["--db", url, "restore", str(backup)]) == 1
    out = capsys.readouterr().out
    assert "Its status is «closed», but its steps in the audit journal lead to «registered»" \
        in out
    assert "the restored database breaks" in out
