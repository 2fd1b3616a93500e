"""The registry's name search at scale, on both backends: a fragment with many matches walks
the sort order's index and stops at a full page, one with few is read from the trigram index;
both give the same rows, and the count stops at its cap. SQLite is told which (it has no
statistics here); PostgreSQL chooses by its own, so its tests ask what the indexes allow."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select, update

from desktop.domain.workflow import Status
from desktop.models.application import Application
from desktop.services.registration import RegistrationService
from desktop.services.registry import COUNT_CAP, FEW, RegistryQuery, RegistryService, SortKey
from desktop.storage.database import Database
from tests.support.factories import application, individual

SURNAMES = ["Кузнецова", "Кузнецов", "Әлмұханова", "Ахметова", "Иванова", "Кузьмин",
            "Қасымова", "Нұрланова", "Смирнова", "Кузнец", "Бекова", "Ким"]
MANY = FEW + 1
"""A count past :data:`FEW`: the page walks the order's index (on SQLite)."""


def _fill(db: Database, staff) -> None:
    service = RegistrationService(db)
    start = date(2026, 10, 1)
    for i, surname in enumerate(SURNAMES):
        # Two a day: the order by date needs the id to break its ties.
        person = individual(200 + i, surname=surname)
        service.register(staff["clerk"], application(person, received=start + timedelta(i // 2)))


def _walk(service: RegistryService, staff, q: RegistryQuery, found: int) -> list[int]:
    ids: list[int] = []
    page = service.page(staff["clerk"], q, 0, 3, found=found)
    while page:
        ids += [r.id for r in page]
        page = service.page(staff["clerk"], q, 0, 3, after=page[-1].key, found=found)
    return ids


@pytest.mark.parametrize("fragment", ["ова", "КУЗН", "әлмұх"])
def test_walking_the_order_finds_what_the_trigram_index_finds(db: Database, staff,
                                                              fragment: str) -> None:
    _fill(db, staff)
    service = RegistryService(db)
    expected = {n for n in SURNAMES if fragment.casefold() in n.casefold()}
    for sort in SortKey:
        for descending in (False, True):
            q = RegistryQuery(text=fragment, sort=sort, descending=descending)
            from_matches = _walk(service, staff, q, found=1)
            assert _walk(service, staff, q, found=MANY) == from_matches, (sort, descending)
            names = {r.applicant.split()[0]
                     for r in service.page(staff["clerk"], q, 0, 50, found=MANY)}
            assert names == expected, (sort, descending)


def test_the_count_stops_past_its_cap(db: Database, staff) -> None:
    _fill(db, staff)
    service, clerk = RegistryService(db), staff["clerk"]
    assert service.count(clerk, RegistryQuery(text="ова")) == 8
    assert service.count(clerk, RegistryQuery(text="ова"), cap=3) == 4  # "more than 3"
    assert service.count(clerk, RegistryQuery(text="ова"), cap=8) == 8
    assert service.count(clerk, RegistryQuery(), cap=5) == 6
    assert service.count(clerk, RegistryQuery(text="кузн"), cap=COUNT_CAP) == 3
    registered = RegistryQuery(text="ова", statuses=frozenset({Status.REGISTERED}))
    assert service.count(clerk, registered, cap=3) == 4
    refused = RegistryQuery(text="ова", statuses=frozenset({Status.REFUSED}))
    assert service.count(clerk, refused, cap=3) == 0


def _statements(db: Database, run: Any) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def hook(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", hook)
    try:
        run()
    finally:
        event.remove(db.engine, "before_cursor_execute", hook)
    return seen


def _the_page(seen: list[tuple[str, Any]]) -> tuple[str, Any]:
    """The page's statement among those a call ran (counts and the calendar beside it)."""
    [found] = [(st, p) for st, p in seen if st.lstrip().startswith(
        "SELECT applications.id, applications.number")]
    return found


def _sqlite_page_plan(db: Database, statement: str, parameters: Any) -> list[str]:
    """The steps of the page's own subquery (the keys found before the join)."""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    root = next(r[0] for r in rows if r[3].endswith(" page"))  # MATERIALIZE/CO-ROUTINE page
    inside, steps = {root}, []
    for node, parent, _, detail in rows:
        if parent in inside:
            inside.add(node)
            steps.append(detail)
    return steps


def _pg_nodes(db: Database, statement: str, parameters: Any,
              *switched_off: str) -> list[dict[str, Any]]:
    """The plan's nodes, depth first. Sequential scans (and *switched_off*) are off: on a
    dozen rows every plan is one, and the test asks what the indexes allow."""
    with db.engine.connect() as conn:
        for setting in ("enable_seqscan", *switched_off):
            conn.exec_driver_sql(f"SET {setting} = off")
        plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).scalar()
    nodes: list[dict[str, Any]] = []

    def visit(node: dict[str, Any], depth: int) -> None:
        nodes.append({**node, "depth": depth})
        for child in node.get("Plans", []):
            visit(child, depth + 1)

    visit((json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"], 0)
    return nodes


def _sorted_above(nodes: list[dict[str, Any]], index: str) -> list[str]:
    """The sorts between the scan of *index* and the nearest limit above it."""
    at = next(i for i, n in enumerate(nodes) if n.get("Index Name") == index)
    sorts, depth = [], nodes[at]["depth"]
    for node in reversed(nodes[:at]):
        if node["depth"] < depth:
            depth = node["depth"]
            if node["Node Type"] == "Limit":
                return sorts
            if "Sort" in node["Node Type"]:
                sorts.append(node["Node Type"])
    raise AssertionError(f"no limit above {index}")


@pytest.mark.parametrize(("sort", "index"), [
    (SortKey.RECEIVED, "ix_applications_received_id"),
    (SortKey.APPLICANT, "ix_applications_sort_name_id"),
    (SortKey.DEADLINE, "ix_applications_stage_due"),
    (SortKey.STATUS, "ix_applications_status_order"),
])
def test_a_common_fragment_walks_the_index_of_the_order(db: Database, staff, sort: SortKey,
                                                        index: str) -> None:
    """Before, every match was read and sorted for the first page: 0.17 s of CPU for "кузн"
    at a million applications on SQLite (40,000 matches), growing with the registry.
    Walking the order's index, the page costs about a hundred rows per share of matches,
    however many there are. The count is read from the trigram index, up to its cap."""
    _fill(db, staff)
    service = RegistryService(db)
    q = RegistryQuery(text="кузн", sort=sort)
    counted = _statements(db, lambda: service.count(staff["clerk"], q, cap=COUNT_CAP))
    page, parameters = _the_page(_statements(
        db, lambda: service.page(staff["clerk"], q, 0, 100, found=MANY)))
    if db.is_sqlite:
        [(probe, probe_parameters)] = counted
        with db.engine.connect() as conn:
            plan = " ".join(r[3] for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + probe, probe_parameters))
        assert "applications_search VIRTUAL TABLE" in plan, plan
        steps = _sqlite_page_plan(db, page, parameters)
        assert any(index in step for step in steps), steps
        assert not any("TEMP B-TREE" in step for step in steps), steps  # no sort of matches
        assert not any("applications_search" in step for step in steps), steps
    else:
        [(probe, probe_parameters)] = counted
        assert any(n.get("Index Name") == "ix_applications_search_trgm"
                   for n in _pg_nodes(db, probe, probe_parameters))
        # Walking (what the planner picks for a common fragment): no sort of the matches.
        nodes = _pg_nodes(db, page, parameters, "enable_bitmapscan")
        assert _sorted_above(nodes, index) == [], nodes  # the index gives the order whole


def test_a_common_status_walks_the_order_on_sqlite(sqlite_db: Database, staff) -> None:
    """SQLite has no statistics here: a status filter went through the status's index, a
    third of the registry read and sorted for the first page (2 s at a million)."""
    _fill(sqlite_db, staff)
    service = RegistryService(sqlite_db)
    q = RegistryQuery(statuses=frozenset({Status.REGISTERED}))
    page, parameters = _the_page(_statements(
        sqlite_db, lambda: service.page(staff["clerk"], q, 0, 100, found=MANY)))
    steps = _sqlite_page_plan(sqlite_db, page, parameters)
    assert any("ix_applications_received_id" in step for step in steps), steps
    assert not any("TEMP B-TREE" in step for step in steps), steps
    rows = service.page(staff["clerk"], q, 0, 100, found=MANY)
    assert [r.id for r in rows] == [r.id for r in service.page(staff["clerk"], q, 0, 100,
                                                               found=1)]
    assert len(rows) == len(SURNAMES)


def test_a_rare_fragment_is_read_from_the_trigram_index(db: Database, staff) -> None:
    _fill(db, staff)
    service = RegistryService(db)
    page, parameters = _the_page(_statements(
        db, lambda: service.page(staff["clerk"], RegistryQuery(text="әлмұх"), 0, 100)))
    if db.is_sqlite:
        steps = _sqlite_page_plan(db, page, parameters)
        assert any("applications_search VIRTUAL TABLE" in step for step in steps), steps
    else:
        assert any(n.get("Index Name") == "ix_applications_search_trgm"
                   for n in _pg_nodes(db, page, parameters))


ONE, TWO = frozenset({Status.REGISTERED}), frozenset({Status.REGISTERED, Status.REFUSED})


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("statuses", [frozenset(), ONE, TWO], ids=["all", "one", "two"])
def test_the_sort_by_status_walks_its_index(db: Database, staff, descending: bool,
                                            statuses: frozenset[Status]) -> None:
    """The workflow's order is a ``CASE`` over the status, and nothing indexed it: every
    application was read and sorted for the first page (0.37 s on SQLite and 0.25 s on
    PostgreSQL at a million). Migration 0020 indexes that very expression with the id: the
    page, and the one after it, are read in order, a status filter reading just its
    statuses' part of the index."""
    _fill(db, staff)
    service = RegistryService(db)
    q = RegistryQuery(sort=SortKey.STATUS, descending=descending, statuses=statuses)
    first = service.page(staff["clerk"], q, 0, 3, found=MANY)
    for after in (None, first[-1].key):
        page, parameters = _the_page(_statements(db, lambda after=after: service.page(
            staff["clerk"], q, 0, 3, after=after, found=MANY)))
        if db.is_sqlite:
            steps = _sqlite_page_plan(db, page, parameters)
            assert any("ix_applications_status_order" in step for step in steps), steps
            assert not any("TEMP B-TREE" in step for step in steps), steps
        else:
            nodes = _pg_nodes(db, page, parameters, "enable_bitmapscan")
            assert _sorted_above(nodes, "ix_applications_status_order") == [], nodes


WORKFLOW = list(Status)
"""The statuses as the workflow declares them: the order the registry sorts them in."""


def _statuses(db: Database) -> dict[int, Status]:
    """Spread the applications of :func:`_fill` over every status, out of the order of
    their ids and two to some statuses (the order's ties). Set in the table: the sort does
    not depend on the steps that lead to a status."""
    with db.read() as s:
        ids = sorted(s.scalars(select(Application.id)))
    given = {id_: WORKFLOW[(7 * i) % len(WORKFLOW)] for i, id_ in enumerate(ids)}
    with db.write() as s:
        for id_, status in given.items():
            s.execute(update(Application).where(Application.id == id_).values(status=status))
    return given


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_the_sort_by_status_follows_the_workflow_then_the_id(db: Database, staff,
                                                             descending: bool) -> None:
    _fill(db, staff)
    given = _statuses(db)
    service = RegistryService(db)
    for statuses in (frozenset(), TWO, frozenset({Status.REFUSED}),
                     frozenset({Status.REGISTERED, Status.EXAMINED, Status.CLOSED})):
        q = RegistryQuery(sort=SortKey.STATUS, descending=descending, statuses=statuses)
        shown = sorted((WORKFLOW.index(status), id_) for id_, status in given.items()
                       if not statuses or status in statuses)
        expected = [id_ for _, id_ in (reversed(shown) if descending else shown)]
        for found in (1, MANY):  # the matches read and sorted, or the order's index walked
            assert _walk(service, staff, q, found) == expected, (statuses, found)
    q = RegistryQuery(sort=SortKey.STATUS, descending=descending)
    walked = _walk(service, staff, q, MANY)
    ascending = walked[::-1] if descending else walked
    # Not the alphabet of the codes, where "being_signed" would come first.
    assert [given[i] for i in ascending[:2]] == [Status.REGISTERED] * 2
    assert given[ascending[-1]] is Status.CLOSED
    with db.read() as s:  # the key the database sorted by is the status's place in Python
        for row in service.page(staff["clerk"], q, 0, 50):
            assert row.key[0] == s.get(Application, row.id).status_order  # type: ignore[union-attr]
