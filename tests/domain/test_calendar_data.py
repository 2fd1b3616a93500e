"""The calendar as data: the shipped file, the administrator's amendments and the deadlines
they move, on both backends."""

from __future__ import annotations

import json
from datetime import date
from importlib.metadata import version
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.calendar import WorkingCalendar, default_calendar
from desktop.domain.calendar_data import (
    CalendarFileError,
    calendar_file,
    load_calendar_file,
    shipped_calendar,
)
from desktop.domain.roles import PermissionDenied
from desktop.domain.seats import SeatKind
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.models.user import CommissionSeat
from desktop.services.calendar import CalendarError, CalendarService
from desktop.services.calendar import current as calendar_in_force
from desktop.services.conclusions import ConclusionService
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application, individual

DECREE = "ҚР Үкіметінің қаулысы / постановление Правительства РК № 000"


# -- the shipped file ---------------------------------------------------------------------


def test_the_holidays_package_is_one_that_knows_the_2026_change() -> None:
    """setup.cfg asks for holidays>=0.101, the first release that keeps 31 August 2026 a
    working day; the installed one must be such a release and count it so."""
    major, minor = (int(part) for part in version("holidays").split(".")[:2])
    assert (major, minor) >= (0, 101)
    assert WorkingCalendar("KZ").is_working_day(date(2026, 8, 31))
    assert default_calendar().is_working_day(date(2026, 8, 31))
    requirement = next(line.strip() for line in
                       (Path(__file__).parents[2] / "setup.cfg").read_text().splitlines()
                       if line.strip().startswith("holidays"))
    assert requirement == "holidays>=0.101"


def test_the_shipped_file_covers_recent_years_and_agrees_with_the_package() -> None:
    table = shipped_calendar("KZ")
    assert table is not None and {2024, 2025, 2026} <= set(table.years)
    package = WorkingCalendar("KZ")
    for year in table.years:
        assert default_calendar().non_working_days(year) == package.non_working_days(year)
    days = {d.day: d for d in table.days(2025)}
    assert days[date(2025, 1, 5)].working  # a Sunday worked for Friday 3 January
    assert days[date(2025, 1, 3)].note_in("ru").startswith("Выходной день")
    nauryz = next(d for d in table.days(2026) if d.day == date(2026, 3, 23))
    assert nauryz.note_in("kk") == "Наурыз мейрамы" and not nauryz.working


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "kz.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("years, problem", [
    ({"26": {"days_off": []}}, "year '26' must be four digits"),
    ({"2026": {"days_off": [{"date": "2026-02-30"}]}}, "2026.days_off[0]: '2026-02-30' is "
                                                        "not a date"),
    ({"2026": {"days_off": [{"date": "2027-01-01"}]}}, "2027-01-01 is not in 2026"),
    ({"2026": {"days_off": [{"date": "2026-01-01"}],
               "working_days": [{"date": "2026-01-01"}]}}, "2026-01-01 is listed twice"),
    ({"2026": {"holidays": []}}, "2026 must be an object with 'days_off'"),
    ({"2026": {"days_off": [{"date": "2026-01-01", "note": {"de": "x"}}]}},
     "'note' must be an object of language → text"),
])
def test_a_bad_calendar_file_is_refused_naming_the_file_and_the_entry(
        tmp_path: Path, years: object, problem: str) -> None:
    path = _write(tmp_path, {"country": "KZ", "weekend": ["saturday", "sunday"],
                             "years": years})
    with pytest.raises(CalendarFileError) as caught:
        load_calendar_file(path)
    assert str(caught.value).startswith(str(path))
    assert problem in str(caught.value)


def test_a_year_the_file_does_not_list_follows_the_package(tmp_path: Path) -> None:
    path = _write(tmp_path, {"country": "KZ", "weekend": ["saturday", "sunday"], "years": {
        "2026": {"days_off": [{"date": "2026-06-01"}], "working_days": [
            {"date": "2026-06-06", "note": {"en": "worked Saturday"}}]}}})
    calendar = WorkingCalendar("KZ", table=load_calendar_file(path))
    assert not calendar.is_working_day(date(2026, 6, 1))
    assert calendar.is_working_day(date(2026, 6, 6))
    assert calendar.is_working_day(date(2026, 1, 1))  # the file lists no New Year: it rules
    assert not calendar.is_working_day(date(2027, 1, 1))  # 2027: the package
    assert calendar_file("KZ").name == "kz.json"


# -- amendments ---------------------------------------------------------------------------


def _due(db: Database, app_id: int) -> date:
    with db.read() as s:
        return s.get_one(Application, app_id).result_due


def test_an_amendment_moves_the_deadlines_still_running(db: Database, staff) -> None:
    registration = RegistrationService(db)
    # Received Tuesday 1 September 2026: 10 working days end on Tuesday the 15th.
    running = registration.register(staff["clerk"], application(
        individual(1), received=date(2026, 9, 1))).application_id
    decided = registration.register(staff["clerk"], application(
        individual(2), received=date(2026, 9, 1))).application_id
    with db.write() as s:  # the chairperson who signs the refusal letter
        s.add(CommissionSeat(region="akmola", user_id=staff["chair"].user_id,
                             seat=SeatKind.CHAIR, since=date(2020, 1, 1)))
    ConclusionService(db).refuse(staff["chair"], decided, "documents_incomplete")
    assert _due(db, running) == date(2026, 9, 15)

    service = CalendarService(db)
    change = service.add(staff["admin"], date(2026, 9, 14), False, DECREE)
    assert _due(db, running) == date(2026, 9, 16)
    assert _due(db, decided) == date(2026, 9, 15)  # decided: its history stays
    assert [(m.application_id, m.stage, m.before, m.after) for m in change.moved] == [
        (running, "result", date(2026, 9, 15), date(2026, 9, 16))]
    # Every deadline computed from then on counts the new day off too.
    later = registration.register(staff["clerk"], application(
        individual(3), received=date(2026, 9, 1)))
    assert later.result_due == date(2026, 9, 16)
    with db.read() as s:
        assert not calendar_in_force(s).is_working_day(date(2026, 9, 14))
        events = {e.action: e for e in s.execute(select(AuditEvent)).scalars()}
    amend = events["calendar.amend"]
    assert amend.username == "admin" and amend.entity_id == "2026-09-14"
    assert amend.after == {"working": False, "note": DECREE, "moved": 1}
    moved = events["application.deadline_moved"]
    assert moved.application_id == running
    assert moved.before == {"result_due": "2026-09-15"}
    assert moved.after == {"calendar_day": "2026-09-14", "result_due": "2026-09-16"}

    listed = service.year(staff["clerk"], 2026)
    day = next(d for d in listed if d.day == date(2026, 9, 14))
    assert not day.working and day.amendment is not None
    assert day.amendment.note == DECREE and day.amendment.created_by == "Әкімші Админ"

    back = service.remove(staff["admin"], date(2026, 9, 14))
    assert back.working is None
    assert _due(db, running) == date(2026, 9, 15)
    assert _due(db, later.application_id) == date(2026, 9, 15)


def test_a_weekend_made_a_working_day_brings_a_deadline_forward(db: Database, staff) -> None:
    app_id = RegistrationService(db).register(staff["clerk"], application(
        received=date(2026, 10, 1))).application_id  # due Thursday 15 October
    assert _due(db, app_id) == date(2026, 10, 15)
    CalendarService(db).add(staff["admin"], date(2026, 10, 3), True, DECREE)
    assert _due(db, app_id) == date(2026, 10, 14)


def test_amending_is_refused_with_a_reason(db: Database, staff) -> None:
    service = CalendarService(db)
    with pytest.raises(PermissionDenied):
        service.add(staff["chair"], date(2026, 9, 14), False, DECREE)
    with pytest.raises(CalendarError) as caught:
        service.add(staff["admin"], date(2026, 9, 14), False, "  ")
    assert caught.value.reason == "no_note"
    with pytest.raises(CalendarError) as caught:
        service.add(staff["admin"], date(2026, 9, 13), False, DECREE)  # a Sunday
    assert (caught.value.reason, caught.value.values) == ("off_already", ("2026-09-13",))
    with pytest.raises(CalendarError) as caught:
        service.add(staff["admin"], date(2026, 9, 14), True, DECREE)
    assert caught.value.reason == "working_already"
    with pytest.raises(CalendarError) as caught:
        service.remove(staff["admin"], date(2026, 9, 14))
    assert caught.value.reason == "not_amended"
    with db.read() as s:
        assert s.execute(select(AuditEvent.action).where(
            AuditEvent.action.like("calendar.%"))).first() is None


def test_an_amendment_can_be_changed_and_lists_by_year(db: Database, staff) -> None:
    service = CalendarService(db)
    service.add(staff["admin"], date(2026, 9, 14), False, DECREE)
    service.add(staff["admin"], date(2026, 9, 14), False, DECREE + " (өзгерді)")
    service.add(staff["admin"], date(2027, 1, 9), True, DECREE)
    assert [(a.day, a.note) for a in service.amendments(staff["clerk"], 2026)] == [
        (date(2026, 9, 14), DECREE + " (өзгерді)")]
    assert len(service.amendments(staff["clerk"])) == 2
    days = {d.day: d for d in service.year(staff["clerk"], 2027)}
    assert days[date(2027, 1, 9)].working and days[date(2027, 1, 1)].note["kk"] == "Жаңа жыл"
    with db.read() as s:
        events = list(s.execute(select(AuditEvent).where(
            AuditEvent.action == "calendar.amend").order_by(AuditEvent.seq)).scalars())
    assert events[1].before == {"working": False, "note": DECREE}


def test_the_command_line_amends_lists_and_withdraws(db: Database, staff, sign_in_as,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    app = RegistrationService(db).register(staff["clerk"], application(
        received=date(2026, 9, 1)))
    url = db.url.render_as_string(hide_password=False)
    sign_in_as("admin")
    assert main(["--db", url, "calendar", "add", "2026-09-14", "--day-off",
                 "--note", DECREE]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "2026-09-14: now a day off; 1 running deadline(s) moved",
        f"  {app.number}: result 2026-09-15 -> 2026-09-16"]
    assert main(["--db", url, "calendar", "list", "--year", "2026", "--json"]) == 0
    days = {d["date"]: d for d in json.loads(capsys.readouterr().out)}
    assert days["2026-09-14"]["amendment"] == {"working": False, "note": DECREE,
                                               "by": "Әкімші Админ"}
    assert days["2026-03-23"]["name"] == "Nowruz Holiday" and not days["2026-03-23"]["working"]
    assert main(["--db", url, "--lang", "ru", "calendar", "add", "2026-09-13", "--day-off",
                 "--note", DECREE]) == 1
    assert capsys.readouterr().err.strip().endswith("2026-09-13 уже выходной день.")
    with pytest.raises(SystemExit) as bad:  # argparse: the usage and the reason, exit 2
        main(["--db", url, "calendar", "add", "2026-09-31", "--day-off", "--note", DECREE])
    assert bad.value.code == 2
    assert "'2026-09-31' is not a date like 2026-01-31" in capsys.readouterr().err
    sign_in_as("clerk")
    assert main(["--db", url, "calendar", "remove", "2026-09-14"]) == 1
    sign_in_as("admin")
    assert main(["--db", url, "calendar", "remove", "2026-09-14"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "2026-09-14: the amendment withdrawn; 1 running deadline(s) moved")
    assert _due(db, app.application_id) == date(2026, 9, 15)
