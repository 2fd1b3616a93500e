"""Many desktops, one database: real processes and real connections, on both backends."""

from __future__ import annotations

import multiprocessing as mp
from datetime import date

import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import make_url

from desktop.models.applicant import Applicant
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database, DatabaseUnavailable
from tests.support.contention import pressing_again
from tests.support.factories import application, individual
from tests.support.staff import PASSWORD, actor_for


def _register_many(url: str, worker: int, count: int, out: mp.Queue) -> None:
    from desktop.services.users import UserService

    numbers: list[str] = []
    try:
        db = Database(url)
        clerk: Actor = pressing_again(lambda: UserService(db).login("clerk", PASSWORD))
        service = RegistrationService(db)
        for i in range(count):
            numbers.append(pressing_again(lambda i=i: service.register(
                clerk, application(individual(worker * 100 + i)))).number)
        db.dispose()
    except Exception as exc:  # reported to the test, which fails naming it
        numbers.append(f"failed: {exc!r}")
    out.put(numbers)


def test_ten_desktops_register_at_once(db: Database) -> None:
    """Ten processes, three registrations each: 30 unique numbers, no gap, chain intact."""
    ctx = mp.get_context("spawn")
    queue: mp.Queue = ctx.Queue()
    workers, each = 10, 3
    url = db.url.render_as_string(hide_password=False)
    procs = [ctx.Process(target=_register_many, args=(url, w + 10, each, queue))
             for w in range(workers)]
    for p in procs:
        p.start()
    numbers = [n for _ in procs for n in queue.get(timeout=180)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    year = date.today().year
    assert sorted(numbers) == [f"AKM-{year}-{i:05d}" for i in range(1, workers * each + 1)]
    with db.read() as s:
        assert audit.verify_database(s).ok


def test_connection_lost_mid_save_leaves_nothing_and_retry_works(pg_url: str) -> None:
    """The server ends this desktop's session in the middle of a registration."""
    db = Database(pg_url)
    clerk = actor_for(db, "clerk")
    admin = create_engine(make_url(pg_url), isolation_level="AUTOCOMMIT")
    killed: list[bool] = []

    def kill_at_items_insert(conn, cursor, statement, params, context, executemany):
        if statement.startswith("INSERT INTO items") and not killed:
            pid = conn.exec_driver_sql("select pg_backend_pid()").scalar()
            with admin.connect() as other:
                other.execute(text("select pg_terminate_backend(:pid)"), {"pid": pid})
            killed.append(True)

    event.listen(db.engine, "before_cursor_execute", kill_at_items_insert)
    try:
        with pytest.raises(DatabaseUnavailable, match=r"connection to the database .* was lost"):
            RegistrationService(db).register(clerk, application(individual(77)))
        assert killed == [True]
        with db.read() as s:
            assert s.execute(select(func.count(Application.id))).scalar() == 0
            assert s.execute(select(func.count(Applicant.id))).scalar() == 0
            assert s.execute(select(func.count(AuditEvent.seq)).where(
                AuditEvent.action == "application.register")).scalar() == 0
        # The user presses "try again": a fresh connection, the same number is given.
        done = RegistrationService(db).register(clerk, application(individual(77)))
        assert done.number.endswith("-00001")
        with db.read() as s:
            assert audit.verify_database(s).ok
    finally:
        event.remove(db.engine, "before_cursor_execute", kill_at_items_insert)
        admin.dispose()
        db.dispose()


def _correct_phone(url: str, phone: str, barrier, out: mp.Queue) -> None:  # type: ignore[no-untyped-def]
    """One desktop: read the applicant, wait for the other desktop, save a new phone."""
    from desktop.domain.errors import ConflictError
    from desktop.services.applicants import ApplicantService, LocalApplicantRegistry

    db = Database(url)
    clerk = actor_for(db, "clerk")
    data = LocalApplicantRegistry(db).lookup(individual(61).iin_bin)
    assert data is not None
    data.phones = phone
    barrier.wait(timeout=60)  # both have read version 1
    try:
        ApplicantService(db).update(clerk, data, expected_version=1)
        out.put(("saved", phone))
    except ConflictError as exc:
        out.put(("conflict", str(exc)))
    db.dispose()


def test_two_desktops_editing_the_same_record(db: Database, staff) -> None:
    """Two processes save the same applicant at once: one wins, the other is told."""
    RegistrationService(db).register(staff["clerk"], application(individual(61)))
    ctx = mp.get_context("spawn")
    queue: mp.Queue = ctx.Queue()
    barrier = ctx.Barrier(2)
    url = db.url.render_as_string(hide_password=False)
    procs = [ctx.Process(target=_correct_phone, args=(url, phone, barrier, queue))
             for phone in ("+7 701 111 11 11", "+7 702 222 22 22")]
    for p in procs:
        p.start()
    results = sorted(queue.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert [kind for kind, _ in results] == ["conflict", "saved"]
    # Told either by the version check or, on PostgreSQL, when its UPDATE found the row
    # already changed by the other desktop's commit.
    assert "someone else" in results[0][1]
    with db.read() as s:
        stored = s.execute(select(Applicant.phones)).scalar_one()
    assert stored == results[1][1]  # the winner's change, the loser's nowhere
