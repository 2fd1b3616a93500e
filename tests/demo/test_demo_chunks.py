"""A demo written a chunk at a time (how a million applications stay within memory) is the
demo written in one go, and the whole-database check holds on it, on SQLite and on
PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from desktop.models.applicant import Applicant
from desktop.models.application import Application, Item
from desktop.models.audit import AuditEvent, Counter
from desktop.models.document import DocumentPage
from desktop.services.actor import Actor
from desktop.services.demo import DemoDataGenerator
from desktop.services.invariants import InvariantService
from desktop.storage.database import Database
from tests.support.demo import SEED, TODAY

APPLICATIONS = 40
HISTORY = 4
"""Four taken through the services (and signed, in this process); the other 36 are the
recent requests written in bulk, six chunks of seven and one of one."""


def _generate(db: Database, keys: Path, chunk: int) -> None:
    db.migrate()
    summary = DemoDataGenerator(db, seed=SEED).generate(
        APPLICATIONS, keys, today=TODAY, workers=0, chunk=chunk, history=HISTORY)
    assert summary.applications == APPLICATIONS


def _content(db: Database) -> dict[str, list[Any]]:
    """What the demo wrote, without the moments it wrote it (and so the hashes)."""
    with db.read() as s:
        return {
            "applications": [tuple(r) for r in s.execute(
                select(Application.id, Application.number, Application.status,
                       Application.received, Application.preliminary_due,
                       Application.preliminary_done, Application.result_due,
                       Application.assigned_member_id, Application.search_key,
                       Application.sort_name, Applicant.iin_bin)
                .join(Applicant).order_by(Application.id))],
            "items": [tuple(r) for r in s.execute(
                select(Item.id, Item.application_id, Item.position, Item.name, Item.quantity)
                .order_by(Item.id))],
            "pages": [tuple(r) for r in s.execute(
                select(DocumentPage.application_id, DocumentPage.position,
                       DocumentPage.blob_sha256).order_by(DocumentPage.id))],
            "audit": [tuple(r) for r in s.execute(
                select(AuditEvent.seq, AuditEvent.action, AuditEvent.username,
                       AuditEvent.application_id, AuditEvent.before, AuditEvent.after)
                .where(AuditEvent.action.like("application.%")
                       | AuditEvent.action.like("document.import"))
                .order_by(AuditEvent.seq))],
            "counters": [tuple(r) for r in s.execute(
                select(Counter.name, Counter.value).where(Counter.name.like("application:%"))
                .order_by(Counter.name))],
        }


def test_a_demo_written_in_chunks_is_the_demo_written_at_once(tmp_path: Path) -> None:
    whole = Database(f"sqlite:///{tmp_path / 'whole.sqlite3'}", loading=True)
    _generate(whole, tmp_path / "whole-keys", chunk=APPLICATIONS)
    chunked = Database(f"sqlite:///{tmp_path / 'chunked.sqlite3'}", loading=True)
    _generate(chunked, tmp_path / "chunked-keys", chunk=7)
    content = _content(chunked)
    assert content == _content(whole)
    statuses = {row[2] for row in content["applications"][HISTORY:]}
    assert statuses == {"registered", "documents_complete", "under_examination"}
    whole.dispose()
    chunked.dispose()


def test_the_check_holds_on_a_demo_written_in_chunks(blank_url: str, tmp_path: Path) -> None:
    db = Database(blank_url, loading=True)
    _generate(db, tmp_path / "keys", chunk=7)
    report = InvariantService(db).check(Actor.system(), workers=1)
    assert report.ok, report.breaches
    assert report.checked["applications"] == APPLICATIONS
    if not db.is_sqlite:
        # The planner has read the tables the bulk part wrote (-1: never analyzed; 40
        # rows are too few for autovacuum to have done it).
        with db.read() as s:
            counted = s.execute(text("SELECT reltuples FROM pg_class "
                                     "WHERE relname = 'applications'")).scalar_one()
        assert counted == APPLICATIONS
    db.dispose()
