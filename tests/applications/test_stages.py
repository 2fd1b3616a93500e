"""Zhambyl's stages: the preliminary examination has its own deadline and overdue state in
the registry, the start page and the command line; the month of the examination counts
from the preliminary examination's actual date; a repeat examination keeps 10 working days."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from desktop.cli import main
from desktop.domain.calendar import default_calendar
from desktop.domain.regions import load_profile
from desktop.domain.stages import application_deadlines, current_stage
from desktop.models.application import Application
from desktop.services import settings
from desktop.services.applications import ApplicationService
from desktop.services.calendar import current as calendar_in_force
from desktop.services.dashboard import DashboardService
from desktop.services.registration import RegistrationService
from desktop.services.registry import RegistryQuery, RegistryService, SortKey
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from tests.support.examination import complete_examination
from tests.support.factories import application, individual


@pytest.fixture
def zhambyl(db: Database) -> Database:
    with db.write() as s:
        settings.set_region(s, "zhambyl")
    return db


def _register(db: Database, staff, received: date, serial: int = 1) -> int:
    return RegistrationService(db).register(
        staff["clerk"], application(individual(serial), received=received)).application_id


def test_preliminary_stage_is_overdue_in_the_registry_and_on_the_start_page(
        zhambyl: Database, staff) -> None:
    # Received Monday 16 February 2026: the preliminary examination is due by the 23rd.
    late = _register(zhambyl, staff, date(2026, 2, 16), serial=1)
    fresh = _register(zhambyl, staff, date(2026, 2, 24), serial=2)
    today = date(2026, 2, 25)
    registry = RegistryService(zhambyl)

    overdue = registry.page(staff["clerk"], RegistryQuery(overdue_only=True), 0, 50, today)
    assert [r.id for r in overdue] == [late]
    row = overdue[0]
    assert row.deadline is not None
    assert (row.deadline.stage, row.deadline.due, row.deadline.level) == (
        "preliminary", date(2026, 2, 23), "overdue")
    assert row.deadline.working_days_left == -2
    rows = {r.id: r for r in registry.page(staff["clerk"], RegistryQuery(), 0, 50, today)}
    assert rows[fresh].deadline is not None
    assert (rows[fresh].deadline.stage, rows[fresh].deadline.due) == ("preliminary",
                                                                      date(2026, 3, 3))
    assert registry.count(staff["clerk"], RegistryQuery(overdue_only=True), today) == 1

    lists = DashboardService(zhambyl).work_lists(staff["chair"], today)
    assert [(w.application_id, w.stage, w.due) for w in lists.overdue] == [
        (late, "preliminary", date(2026, 2, 23))]
    detail = ApplicationService(zhambyl).detail(staff["chair"], late, today)
    assert detail.deadline is not None and detail.deadline.stage == "preliminary"
    assert detail.deadline.level == "overdue"


def test_the_month_of_the_examination_counts_from_the_preliminary_examinations_day(
        zhambyl: Database, staff) -> None:
    app_id = _register(zhambyl, staff, date(2026, 2, 16))
    workflow = WorkflowService(zhambyl)
    workflow.advance(staff["clerk"], app_id, "complete_documents", today=date(2026, 2, 17))
    with zhambyl.read() as s:
        # Until then the month counts from the preliminary deadline (23 March is Nauryz).
        assert s.get_one(Application, app_id).result_due == date(2026, 3, 26)
    # The preliminary examination ends late, on Friday 27 February, when the examination
    # starts: the month counts from that day.
    workflow.advance(staff["member"], app_id, "start_examination", today=date(2026, 2, 27))
    with zhambyl.read() as s:
        app = s.get_one(Application, app_id)
        assert app.preliminary_done == date(2026, 2, 27)
        assert app.result_due == date(2026, 3, 27)
        assert app.preliminary_due == date(2026, 2, 23)  # kept, as it was
    today = date(2026, 3, 2)
    (row,) = RegistryService(zhambyl).page(staff["clerk"], RegistryQuery(), 0, 10, today)
    assert row.deadline is not None
    assert (row.deadline.stage, row.deadline.due, row.deadline.level) == (
        "result", date(2026, 3, 27), "ok")
    assert RegistryService(zhambyl).count(staff["clerk"], RegistryQuery(overdue_only=True),
                                          today) == 0


def test_a_repeat_examination_keeps_its_ten_working_days(zhambyl: Database, staff) -> None:
    app_id = _register(zhambyl, staff, date(2026, 3, 2))
    workflow = WorkflowService(zhambyl)
    workflow.advance(staff["clerk"], app_id, "complete_documents", today=date(2026, 3, 3))
    workflow.advance(staff["member"], app_id, "start_examination", today=date(2026, 3, 4))
    complete_examination(zhambyl, staff, app_id)
    workflow.advance(staff["chair"], app_id, "finish_examination", today=date(2026, 3, 30))
    workflow.advance(staff["chair"], app_id, "repeat_examination", reason="жаңа құжаттар",
                     today=date(2026, 4, 1))
    with zhambyl.read() as s:
        app = s.get_one(Application, app_id)
        assert app.repeat_started == date(2026, 4, 1)
        assert app.result_due == date(2026, 4, 15)  # 10 working days from 1 April


def test_sorting_by_deadline_follows_the_deadline_shown(zhambyl: Database, staff) -> None:
    """An application in its preliminary stage sorts by the preliminary deadline, not by the
    result's month further on."""
    examining = _register(zhambyl, staff, date(2026, 1, 20), serial=1)
    workflow = WorkflowService(zhambyl)
    workflow.advance(staff["clerk"], examining, "complete_documents", today=date(2026, 1, 21))
    workflow.advance(staff["member"], examining, "start_examination", today=date(2026, 1, 22))
    waiting = _register(zhambyl, staff, date(2026, 2, 16), serial=2)  # preliminary by 23 Feb
    rows = RegistryService(zhambyl).page(
        staff["clerk"], RegistryQuery(sort=SortKey.DEADLINE, descending=False), 0, 10,
        date(2026, 2, 17))
    assert [(r.id, r.deadline.due if r.deadline else None) for r in rows] == [
        (examining, date(2026, 2, 23)), (waiting, date(2026, 2, 23))]  # 22 Feb is a Sunday
    # …and keyset paging continues after a row whose key is the preliminary deadline.
    first = RegistryService(zhambyl).page(
        staff["clerk"], RegistryQuery(sort=SortKey.DEADLINE, descending=False), 0, 1,
        date(2026, 2, 17))
    rest = RegistryService(zhambyl).page(
        staff["clerk"], RegistryQuery(sort=SortKey.DEADLINE, descending=False), 0, 10,
        date(2026, 2, 17), after=first[0].key)
    assert [r.id for r in first + rest] == [r.id for r in rows]


def test_applications_list_overdue_shows_the_preliminary_stage(
        zhambyl: Database, staff, capsys: pytest.CaptureFixture[str], sign_in_as) -> None:
    late = _register(zhambyl, staff, date.today() - timedelta(days=21))
    sign_in_as("clerk")
    with zhambyl.read() as s:
        number = s.get_one(Application, late).number
    url = zhambyl.url.render_as_string(hide_password=False)
    assert main(["--db", url, "applications", "list", "--overdue", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["number"], row["stage"], row["overdue"]) == (number, "preliminary", True)
    assert main(["--db", url, "applications", "list", "--overdue"]) == 0
    out = capsys.readouterr().out
    assert number in out and "preliminary" in out


def test_one_rule_for_the_stage_and_the_deadlines() -> None:
    profile = load_profile("zhambyl")
    due = application_deadlines(profile, date(2026, 2, 16), default_calendar())
    assert (due.preliminary_due, due.result_due) == (date(2026, 2, 23), date(2026, 3, 26))
    done = application_deadlines(profile, date(2026, 2, 16), default_calendar(),
                                 preliminary_done=date(2026, 2, 19))
    assert done.result_due == date(2026, 3, 19)
    assert current_stage(due.preliminary_due, None, due.result_due) == ("preliminary",
                                                                        date(2026, 2, 23))
    assert current_stage(due.preliminary_due, date(2026, 2, 19), done.result_due) == (
        "result", date(2026, 3, 19))
    assert current_stage(None, None, date(2026, 4, 1)) == ("result", date(2026, 4, 1))
    akmola = application_deadlines(load_profile("akmola"), date(2026, 3, 20),
                                   default_calendar())
    assert (akmola.preliminary_due, akmola.result_due) == (None, date(2026, 4, 8))


def test_calendar_in_force_without_amendments_is_the_shipped_one(db: Database) -> None:
    with db.read() as s:
        assert calendar_in_force(s) is default_calendar()
