"""The registry of applications: filtered, sorted and paged by the database.

Built for a million rows: every filter and sort has an index behind it, and pages are
fetched by key ("the rows after this one"), so the hundredth page costs what the first does.
Substring search goes through a trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL).

A name fragment can match tens of thousands of applications ("кузн" at a million), a status
a third of them, and reading every match to sort them grows with the registry. So the
window's count stops at :data:`COUNT_CAP` (it says "more than" past it), and the page
either reads the few rows a query finds and sorts them, or walks the index of its sort
order, testing each row, until the page is full: about a hundred rows per share of
matches (2,500 for "кузн"). PostgreSQL chooses between the two by its statistics. SQLite
has none here, so the query is counted first, up to :data:`FEW` (FTS5 streams a
fragment's matches, so this stops early): past it the order's index is walked, at most
100 × rows ÷ FEW rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, TypeAlias

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    false,
    func,
    literal,
    or_,
    select,
    text,
    tuple_,
    union,
)
from sqlalchemy.orm import Session, aliased

from desktop.domain.calendar import DeadlineState, WorkingCalendar, deadline_state
from desktop.domain.ocr import search_terms
from desktop.domain.roles import Action
from desktop.domain.stages import current_stage
from desktop.domain.text import fold
from desktop.domain.workflow import ACTIVE_STATUSES, WORKFLOW_ORDER, Status
from desktop.models.applicant import Applicant
from desktop.models.application import Application, Item
from desktop.models.document import DocumentPage
from desktop.models.page_text import PageText
from desktop.models.user import User
from desktop.services.actor import Actor
from desktop.services.calendar import current as calendar_in_force
from desktop.storage.database import Database

TRIGRAM = 3
"""Fragments this long or longer use the trigram index; shorter ones scan."""

COUNT_CAP = 200
"""The window counts a query's applications up to this many and says "more than" beyond:
on PostgreSQL a count reads every row it counts (90 ms for 2,000 at a million)."""

FEW = 2000
"""On SQLite, a query finding more applications walks its sort order's index (the
module's docstring)."""


class SortKey(StrEnum):
    NUMBER = "number"
    RECEIVED = "received"
    APPLICANT = "applicant"
    STATUS = "status"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class RegistryQuery:
    text: str = ""
    statuses: frozenset[Status] = field(default_factory=frozenset)
    overdue_only: bool = False
    in_scans: bool = False
    """The search also looks into the text read from the scanned papers (OCR)."""
    received_from: date | None = None
    received_until: date | None = None
    sort: SortKey = SortKey.RECEIVED
    descending: bool = True


@dataclass(frozen=True)
class RegistryRow:
    id: int
    number: str
    received: date
    applicant: str
    iin_bin: str
    items: int
    pages: int
    status: Status
    deadline: DeadlineState | None
    """The deadline of the stage that runs now (preliminary or result); None once the
    application is decided: a final status has no deadline left."""
    assigned_member: str | None
    key: tuple[Any, ...]
    """Where this row stands in the sort order: pass it as ``after`` for the next page."""


_Query: TypeAlias = "Select[*tuple[Any, ...]]"
"""A statement of the registry, whatever its columns."""

_Member = aliased(User)

_SORT_COLUMNS: dict[SortKey, tuple[Any, ...]] = {
    SortKey.NUMBER: (Application.year, Application.sequence),
    SortKey.RECEIVED: (Application.received,),
    SortKey.APPLICANT: (Application.sort_name,),
    SortKey.STATUS: (Application.status_order,),  # workflow order, not the codes' alphabet
    SortKey.DEADLINE: (Application.stage_due,),  # the deadline shown (preliminary, result)
}


def _trigram(fragment: str) -> bool:
    return len(fragment) >= TRIGRAM and not fragment.isdigit()


def _matches(db: Database, fragment: str) -> _Query:
    """The ids of the applications whose search key contains *fragment*, from the trigram
    index (FTS5 on SQLite, pg_trgm's GIN index on PostgreSQL)."""
    if db.is_sqlite:
        phrase = '"' + fragment.replace('"', '""') + '"'
        found = text("SELECT rowid FROM applications_search WHERE applications_search "
                     "MATCH :phrase").bindparams(phrase=phrase)
        return select(found.columns(rowid=Application.id.type).subquery().c.rowid)
    return select(Application.id).where(
        Application.search_key.contains(fragment, autoescape=True))


def _contains(db: Database, key: Any, fragment: str) -> ColumnElement[bool]:
    """*key* contains *fragment*, by a function no trigram index serves, so the database
    tests it on the rows the sort order's index gives and stops when the page is full."""
    return (func.instr(key, fragment) if db.is_sqlite else func.strpos(key, fragment)) > 0


def _text_filter(db: Database, fragment: str, common: bool) -> ColumnElement[bool]:
    """*common* (SQLite): the query finds more than :data:`FEW` applications (so does the
    fragment); the condition is then tested on the rows the sort order's index gives, not
    read from the trigram index."""
    if fragment.isdigit():
        # An IIN/BIN prefix (a range over the unique index) or a registration sequence.
        upper = fragment[:-1] + chr(ord(fragment[-1]) + 1)
        by_number = select(Applicant.id).where(Applicant.iin_bin >= fragment,
                                               Applicant.iin_bin < upper)
        if len(fragment) > 6:
            return Application.applicant_id.in_(by_number)
        # One list of ids from both indexes: PostgreSQL reads "applicant in (…) OR
        # sequence = n" by testing every application (0.4 s at a million).
        return Application.id.in_(union(
            select(Application.id).where(Application.applicant_id.in_(by_number)),
            select(Application.id).where(Application.sequence == int(fragment))))
    if not _trigram(fragment) or not db.is_sqlite:
        # On PostgreSQL pg_trgm's index serves LIKE: the planner reads the matches from it
        # or walks the order's index testing each row, by its statistics.
        return Application.search_key.contains(fragment, autoescape=True)
    if common:
        return _contains(db, Application.search_key, fragment)
    return Application.id.in_(_matches(db, fragment))


def _scans_filter(db: Database, words: str) -> ColumnElement[bool]:
    """Applications with a live page whose read text has every word of *words* (each as
    the start of a word, case folded): FTS5 on SQLite, the ``tsvector`` on PostgreSQL."""
    terms = search_terms(words)  # letters and digits only: safe inside either query syntax
    if not terms:
        return false()
    if db.is_sqlite:
        found = text("SELECT rowid FROM page_texts_search WHERE page_texts_search MATCH :q"
                     ).bindparams(q=" ".join(f'"{t}"*' for t in terms)).columns(rowid=Integer)
        pages = DocumentPage.id.in_(found)
    else:
        pages = DocumentPage.id.in_(select(PageText.page_id).where(
            text("page_texts.search_vector @@ to_tsquery('simple', :q)").bindparams(
                q=" & ".join(f"{t}:*" for t in terms))))
    return Application.id.in_(select(DocumentPage.application_id).where(
        pages, DocumentPage.deleted_at.is_(None)))


def _status_in(q: RegistryQuery, walked: bool) -> ColumnElement[bool]:
    """The status is one of *q*'s. *walked* (SQLite): the query finds more than
    :data:`FEW`, so the order's index is to be walked, not the status's: without statistics
    SQLite would read a third of the registry through it and sort it (2 s at a million
    "registered"). Sorted by status, the statuses are said by their places in the workflow,
    so the order's index reads just those, in order; walked, one place as a range: SQLite
    sorts again what an expression index gives for "= r"."""
    if q.sort is SortKey.STATUS:
        places = sorted(WORKFLOW_ORDER[s] for s in q.statuses)
        if walked and len(places) == 1:
            return Application.status_order.between(places[0], places[0])
        return Application.status_order.in_(places)
    status: Any = Application.status + "" if walked else Application.status
    return status.in_(sorted(s.value for s in q.statuses))


def _filtered(db: Database, stmt: _Query, q: RegistryQuery, today: date,
              common: bool = False) -> _Query:
    """*q*'s conditions on *stmt*; *common* (SQLite): the query finds more than
    :data:`FEW` applications, and the conditions are to be tested on the rows of the sort
    order (PostgreSQL chooses so by its statistics)."""
    fragment = fold(q.text)
    if fragment and q.in_scans:
        stmt = stmt.where(or_(_text_filter(db, fragment, common), _scans_filter(db, fragment)))
    elif fragment:
        stmt = stmt.where(_text_filter(db, fragment, common))
    if q.statuses:
        stmt = stmt.where(_status_in(q, walked=common and db.is_sqlite))
    if q.overdue_only:  # the stage that runs now is late: the preliminary one or the result
        stmt = stmt.where(
            Application.stage_due < today,
            Application.status.in_([s.value for s in ACTIVE_STATUSES]),
        )
    if q.received_from:
        stmt = stmt.where(Application.received >= q.received_from)
    if q.received_until:
        stmt = stmt.where(Application.received <= q.received_until)
    return stmt


class RegistryService:
    def __init__(self, db: Database, calendar: WorkingCalendar | None = None) -> None:
        self.db = db
        self.calendar = calendar
        """None: the calendar in force in the database (with its amendments)."""

    def count(self, actor: Actor, q: RegistryQuery, today: date | None = None, *,
              cap: int | None = None) -> int:
        """How many applications *q* finds; with *cap*, counting stops past it (cap + 1
        says "more than cap": counting every match costs what reading them does)."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            return self._count(s, q, today or date.today(), cap)

    def _count(self, s: Session, q: RegistryQuery, today: date, cap: int | None) -> int:
        narrowed = q.statuses or q.overdue_only or q.received_from or q.received_until
        if cap is not None and not narrowed and (
                probe := self.probe_statement(q, cap)) is not None:
            matches = int(s.execute(probe).scalar_one())
            if matches > cap or not q.in_scans:  # the scanned pages only add to it
                return matches
        return int(s.execute(self.count_statement(q, today, cap=cap)).scalar_one())

    def count_statement(self, q: RegistryQuery, today: date, *,
                        cap: int | None = None) -> _Query:
        if cap is None:
            return _filtered(self.db, select(func.count(Application.id)), q, today)
        found = _filtered(self.db, select(literal(1)).select_from(Application), q, today)
        return select(func.count()).select_from(found.limit(cap + 1).subquery())

    def probe_statement(self, q: RegistryQuery, cap: int) -> _Query | None:
        """How many applications the query's name fragment matches, up to *cap* + 1, from
        the trigram index alone; None when the search does not use that index."""
        fragment = fold(q.text)
        if not _trigram(fragment):
            return None
        return select(func.count()).select_from(
            _matches(self.db, fragment).limit(cap + 1).subquery())

    def page(
        self,
        actor: Actor,
        q: RegistryQuery,
        offset: int,
        limit: int,
        today: date | None = None,
        *,
        after: tuple[Any, ...] | None = None,
        found: int | None = None,
    ) -> list[RegistryRow]:
        """*limit* rows in the query's order: after the row whose ``key`` is *after*, or
        from *offset* (keyset paging with *after* stays fast deep into the list). *found*:
        how many rows the query finds, as far as the caller counted (what :meth:`count`
        with ``cap=COUNT_CAP`` gave), to choose how the page is read."""
        actor.require(Action.VIEW)
        today = today or date.today()
        keys = len(_SORT_COLUMNS[q.sort]) + 1
        with self.db.read() as s:
            common = self._common(s, q, today, found)
            rows = s.execute(self.page_statement(q, offset, limit, today, after,
                                                 common=common)).all()
            calendar = self.calendar or calendar_in_force(s)
        return [self._row(r, keys, today, calendar) for r in rows]

    def common(self, q: RegistryQuery, today: date, found: int | None = None) -> bool:
        """Whether :meth:`page` walks the sort order's index for *q* (SQLite only; the
        benchmarks' floor asks it)."""
        with self.db.read() as s:
            return self._common(s, q, today, found)

    def _common(self, s: Session, q: RegistryQuery, today: date, found: int | None) -> bool:
        if not self.db.is_sqlite:
            return False  # PostgreSQL chooses by its statistics
        if found is None:
            found = self._count(s, q, today, COUNT_CAP)
        return found > FEW or (found > COUNT_CAP and self._count(s, q, today, FEW) > FEW)

    def page_statement(self, q: RegistryQuery, offset: int, limit: int, today: date,
                       after: tuple[Any, ...] | None = None, *,
                       common: bool = False) -> _Query:
        """The query behind :meth:`page` (the benchmarks run it bare, as their floor);
        *common* (SQLite): the query finds more than :data:`FEW` applications, so its
        filters are tested on the rows the sort order's index gives.

        The page's keys are found first, from the filters and the sort order's index alone;
        only the *limit* rows found are joined to their applicant, member and counts."""
        order = (*_SORT_COLUMNS[q.sort], Application.id)
        found = _filtered(self.db, select(*[c.label(f"k{i}") for i, c in enumerate(order)]),
                          q, today, common)
        if after is not None:
            position = tuple_(*order)
            found = found.where(position < tuple_(*after) if q.descending
                                else position > tuple_(*after))
            # The first key alone too: SQLite seeks an expression index by it, not by the
            # row value, so a later page of the sort by status or deadline starts at its
            # key's status or day, not at the first row of the index.
            found = found.where(order[0] <= after[0] if q.descending else order[0] >= after[0])
        else:
            found = found.offset(offset)
        found = found.order_by(*[c.desc() if q.descending else c.asc() for c in order])
        page = found.limit(limit).subquery("page")
        keys = [page.c[f"k{i}"] for i in range(len(order))]
        items = (
            select(func.count(Item.id)).where(Item.application_id == Application.id)
            .correlate(Application).scalar_subquery()
        )
        pages = (
            select(func.count(DocumentPage.id))
            .where(DocumentPage.application_id == Application.id,
                   DocumentPage.deleted_at.is_(None))
            .correlate(Application).scalar_subquery()
        )
        return (
            select(
                Application.id, Application.number, Application.received, Application.status,
                Application.preliminary_due, Application.preliminary_done,
                Application.result_due, Applicant.kind, Applicant.surname, Applicant.given_name,
                Applicant.patronymic, Applicant.company_name, Applicant.iin_bin,
                items.label("items"), pages.label("pages"), _Member.full_name, *keys,
            )
            .select_from(page)
            .join(Application, Application.id == keys[-1])
            .join(Applicant, Application.applicant_id == Applicant.id)
            .outerjoin(_Member, Application.assigned_member_id == _Member.id)
            .order_by(*[k.desc() if q.descending else k.asc() for k in keys])
        )

    def _row(self, r: Any, keys: int, today: date, calendar: WorkingCalendar) -> RegistryRow:
        if r.kind == "company":
            name = r.company_name or ""
        else:
            name = " ".join(p for p in (r.surname, r.given_name, r.patronymic) if p)
        status = Status(r.status)
        stage, due = current_stage(r.preliminary_due, r.preliminary_done, r.result_due)
        return RegistryRow(
            id=r.id, number=r.number, received=r.received, applicant=name, iin_bin=r.iin_bin,
            items=r.items, pages=r.pages, status=status,
            deadline=(deadline_state(due, today, calendar, stage=stage)
                      if status in ACTIVE_STATUSES else None),
            assigned_member=r.full_name,
            key=tuple(getattr(r, f"k{i}") for i in range(keys)),
        )
