"""The whole-database check reads the applications a chunk at a time and each numbering
series as a stream, so that a million applications cost what they should: a rule broken in
any chunk, or anywhere along a series, is still found, and nothing is found twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, select, text, update

from desktop.models.application import Application, Item
from desktop.models.audit import AuditEvent
from desktop.models.examination import Examination
from desktop.services import invariant_rules
from desktop.services.actor import Actor
from desktop.services.invariants import CheckReport, InvariantService
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.support.commission import examined
from tests.support.factories import application
from tests.support.tamper import as_owner


def _check(db: Database) -> CheckReport:
    return InvariantService(db).check(Actor.system())


def _registered(db: Database, staff, count: int) -> list[tuple[int, str]]:
    """*count* registered applications, by id: their ids and numbers."""
    service = RegistrationService(db)
    for _ in range(count):
        service.register(staff["clerk"], application())
    with db.read() as s:
        return [(row.id, row.number) for row in s.execute(
            select(Application.id, Application.number).order_by(Application.id))]


def test_a_rule_broken_in_any_chunk_is_found_once(db: Database, staff, monkeypatch) -> None:
    monkeypatch.setattr(invariant_rules, "CHUNK", 2)  # seven applications: four chunks
    apps = _registered(db, staff, 6)
    kept = examined(db, staff)
    with db.read() as s:
        kept_number = s.execute(select(Application.number).where(Application.id == kept)
                                ).scalar_one()
    report = _check(db)
    assert report.ok, report.breaches
    assert (report.checked["applications"], report.checked["examined"]) == (7, 1)

    (_, first), (late_id, late), (_, third), (closed_id, closed), (lost_id, lost), (_, last) \
        = apps
    with db.write() as s:
        as_owner(s)
        due = s.execute(select(Application.result_due).where(Application.id == late_id)
                        ).scalar_one()
        s.execute(update(Application).where(Application.id == late_id)
                  .values(result_due=due + timedelta(days=1)))
        s.execute(update(Application).where(Application.id == closed_id)
                  .values(status="closed"))
        s.execute(delete(AuditEvent).where(AuditEvent.application_id == lost_id,
                                           AuditEvent.action.like("application.%")))
        s.execute(delete(Examination).where(Examination.item_id.in_(
            select(Item.id).where(Item.application_id == kept))))
    report = _check(db)
    rules = [(b.rule, b.application) for b in report.breaches]
    for breach in (("deadline_changed", late), ("status_unexplained", closed),
                   ("no_conclusion", closed), ("no_registration", lost),
                   ("records_incomplete", kept_number), ("audit_chain", None)):
        assert rules.count(breach) == 1, (breach, report.breaches)
    assert not {first, third, last} & {number for _rule, number in rules}
    assert report.checked["examined"] == 2  # "closed" is past "examined"


def test_a_numbering_series_is_walked_whole(db: Database, staff) -> None:
    apps = _registered(db, staff, 6)
    with db.read() as s:
        region, year = s.execute(select(Application.region, Application.year)).first()
    series = f"application:{region}:{year}"
    numbers = [number for _id, number in apps]
    with db.write() as s:
        as_owner(s)
        # A database repaired by hand: the rule that no number is given twice must not rest
        # on the unique index alone.
        s.execute(text("DROP INDEX ix_applications_region_year_seq"))
        for (app_id, _number), sequence in zip(apps, (1, 1, 3, 9, 5, 6), strict=True):
            s.execute(update(Application).where(Application.id == app_id)
                      .values(sequence=sequence))
    report = _check(db)
    found = {(b.rule, b.application, b.values) for b in report.breaches}
    prefix = numbers[0].rsplit("-", 1)[0]
    assert found == {
        ("number_form", numbers[1], (f"{prefix}-00001",)),
        ("number_form", numbers[3], (f"{prefix}-00009",)),
        ("number_gap", None, (series, "2, 4, 7–8")),
        ("number_twice", None, (series, "1", f"{numbers[0]}, {numbers[1]}")),
        ("counter_off", None, (series, "6", "9")),
    }, report.breaches


@pytest.mark.parametrize("sequences, gaps", [((2, 3), "1"), ((1, 4, 5, 7), "2–3, 6")])
def test_a_series_that_starts_late_or_skips_runs_names_each_gap(
        db: Database, staff, sequences: tuple[int, ...], gaps: str) -> None:
    apps = _registered(db, staff, len(sequences))
    with db.write() as s:
        for (app_id, _number), sequence in zip(reversed(apps), reversed(sequences),
                                               strict=True):
            s.execute(update(Application).where(Application.id == app_id)
                      .values(sequence=sequence))
    gap = [b.values[1] for b in _check(db).breaches if b.rule == "number_gap"]
    assert gap == [gaps]
