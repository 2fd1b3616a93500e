"""The start page's lists per role and the year's figures, on both backends."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QBarSeries, QPieSeries
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop.services.applications import ApplicationService
from desktop.services.dashboard import DashboardService
from desktop.services.registration import RegistrationService
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from desktop.ui.dashboard import StartPage
from tests.support.factories import application, individual
from tests.support.sessions import session_for


def test_each_role_sees_its_own_work(db: Database, staff) -> None:
    registration, workflow = RegistrationService(db), WorkflowService(db)
    waiting = registration.register(staff["clerk"], application(individual(1)))
    assigned = registration.register(staff["clerk"], application(individual(2)))
    workflow.advance(staff["clerk"], assigned.application_id, "complete_documents")
    workflow.advance(staff["member"], assigned.application_id, "start_examination")
    applications = ApplicationService(db)
    version = applications.detail(staff["chair"], assigned.application_id).version
    applications.assign(staff["chair"], assigned.application_id, staff["member"].user_id,
                        version)
    service = DashboardService(db)

    clerk = service.work_lists(staff["clerk"])
    member = service.work_lists(staff["member"])
    assert [w.number for w in clerk.mine] == [waiting.number]
    assert [w.number for w in member.mine] == [assigned.number]
    assert service.work_lists(staff["chair"]).mine == ()

    # A month after the deadlines everything open is overdue; the day before, due soon.
    later = service.work_lists(staff["clerk"], date.today() + timedelta(days=60))
    assert {w.number for w in later.overdue} == {waiting.number, assigned.number}
    assert later.due_soon == ()


def test_figures_count_requests_per_month_and_outcomes(db: Database, staff) -> None:
    registration = RegistrationService(db)
    for serial in (1, 2, 3):
        registration.register(staff["clerk"], application(individual(serial)))
    today = date.today()
    figures = DashboardService(db).figures(staff["chair"], date(today.year, 1, 1), today)
    assert len(figures.per_month) == today.month
    assert dict(figures.per_month)[today.strftime("%Y-%m")] >= 3
    assert figures.outcomes == {"agreed": 0, "not_agreed": 0, "refused": 0}
    assert figures.average_days is None


def test_figures_sum_each_month_from_its_days(db: Database, staff) -> None:
    registration = RegistrationService(db)
    year = date.today().year - 1
    days = (date(year, 1, 31), date(year, 2, 1), date(year, 2, 1), date(year, 12, 31),
            date(year + 1, 1, 1))  # the last is outside the year asked for
    for serial, day in enumerate(days, start=1):
        registration.register(staff["clerk"], application(individual(serial), received=day))
    figures = DashboardService(db).figures(staff["chair"], date(year, 1, 1),
                                           date(year, 12, 31))
    per_month = dict(figures.per_month)
    assert len(per_month) == 12
    assert (per_month[f"{year}-01"], per_month[f"{year}-02"], per_month[f"{year}-12"]) \
        == (1, 2, 1)
    assert sum(per_month.values()) == 4


def test_the_months_are_counted_along_the_received_index(sqlite_db: Database,
                                                         staff) -> None:
    """SQLite reads the year's requests from the index of their dates and groups them as
    it goes: no temporary B-tree (a sort of every request of the year) and no month
    computed per row."""
    seen: list[str] = []

    def hook(_conn, _cursor, statement, _parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(sqlite_db.engine, "before_cursor_execute", hook)
    try:
        today = date.today()
        DashboardService(sqlite_db).figures(staff["chair"], date(today.year, 1, 1), today)
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", hook)
    [months] = [st for st in seen if "GROUP BY applications.received" in st]
    assert "strftime" not in months
    with sqlite_db.engine.connect() as conn:
        plan = [r[3] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + months, (date(today.year, 1, 1), today)).all()]
    assert any("ix_applications_received_id" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


def test_the_start_page_lists_and_charts(qtbot: QtBot, sqlite_db: Database) -> None:
    from tests.support.staff import actor_for

    clerk = actor_for(sqlite_db, "clerk")
    done = RegistrationService(sqlite_db).register(clerk, application(individual(1)))
    page = StartPage(session_for(sqlite_db, clerk))
    qtbot.addWidget(page)
    qtbot.waitUntil(page.is_idle)  # the figures are read on a worker thread
    assert page.boxes[0].title() == "Requests still missing documents"
    assert page.mine.topLevelItemCount() == 1
    # the signing list shows the document's number where the others show a status
    assert page.lists[1].headerItem().text(1) == "Document to sign"
    assert page.lists[0].headerItem().text(1) == "Status"
    line = page.mine.topLevelItem(0)
    assert line is not None and line.text(0) == done.number
    months = page.months_view.chart().series()[0]
    assert isinstance(months, QBarSeries) and months.barSets()[0].count() >= 1
    assert isinstance(page.outcomes_view.chart().series()[0], QPieSeries)
    with qtbot.waitSignal(page.applicationChosen) as chosen:
        page.mine.itemActivated.emit(line, 0)
    assert chosen.args == [done.application_id]


def test_the_work_lists_read_in_deadline_order_by_index(sqlite_db: Database, staff) -> None:
    """The clerk's, the overdue and the due-soon lists walk the index on the status and the
    running stage's due date (migration 0017): before it, SQLite read every active
    application through the status index and sorted them all, 0.46 s of CPU at 100,000
    applications on the thread that paints the start page."""
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("SELECT applications.id"):
            statements.append((statement, parameters))

    event.listen(sqlite_db.engine, "before_cursor_execute", seen)
    try:
        DashboardService(sqlite_db).work_lists(staff["clerk"])
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", seen)
    assert len(statements) == 3  # the clerk's own list, the overdue, the due soon
    with sqlite_db.engine.connect() as conn:
        for statement, parameters in statements:
            plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters))
            assert "ix_applications_status_stage_due" in plan, plan
