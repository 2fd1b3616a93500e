"""The registry of applications: filtered, sorted and paged by the database.

Built for 100,000 rows: every filter and sort has an index behind it, and pages are fetched
by key ("the rows after this one"), so the hundredth page costs what the first does.
Substring search goes through a trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Integer, Select, case, false, func, or_, select, text, tuple_
from sqlalchemy.orm import aliased

from desktop.domain.calendar import DeadlineState, WorkingCalendar, deadline_state
from desktop.domain.ocr import search_terms
from desktop.domain.roles import Action
from desktop.domain.stages import current_stage
from desktop.domain.text import fold
from desktop.domain.workflow import ACTIVE_STATUSES, Status
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

_STATUS_ORDER = case({s.value: i for i, s in enumerate(Status)}, value=Application.status)
_SORT_COLUMNS: dict[SortKey, tuple[Any, ...]] = {
    SortKey.NUMBER: (Application.year, Application.sequence),
    SortKey.RECEIVED: (Application.received,),
    SortKey.APPLICANT: (Application.sort_name,),
    SortKey.STATUS: (_STATUS_ORDER,),  # workflow order, not the alphabet of the codes
    SortKey.DEADLINE: (Application.stage_due,),  # the deadline shown (preliminary, result)
}


def _text_filter(db: Database, fragment: str) -> ColumnElement[bool]:
    if fragment.isdigit():
        # An IIN/BIN prefix (a range over the unique index) or a registration sequence.
        upper = fragment[:-1] + chr(ord(fragment[-1]) + 1)
        by_number = select(Applicant.id).where(Applicant.iin_bin >= fragment,
                                               Applicant.iin_bin < upper)
        conditions: list[ColumnElement[bool]] = [Application.applicant_id.in_(by_number)]
        if len(fragment) <= 6:
            conditions.append(Application.sequence == int(fragment))
        return or_(*conditions)
    if db.is_sqlite and len(fragment) >= TRIGRAM:
        phrase = '"' + fragment.replace('"', '""') + '"'
        matches = text("SELECT rowid FROM applications_search WHERE applications_search "
                       "MATCH :phrase").bindparams(phrase=phrase)
        return Application.id.in_(matches.columns(rowid=Application.id.type))
    return Application.search_key.contains(fragment, autoescape=True)


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


def _filtered(db: Database, stmt: _Query, q: RegistryQuery, today: date) -> _Query:
    fragment = fold(q.text)
    if fragment and q.in_scans:
        stmt = stmt.where(or_(_text_filter(db, fragment), _scans_filter(db, fragment)))
    elif fragment:
        stmt = stmt.where(_text_filter(db, fragment))
    if q.statuses:
        stmt = stmt.where(Application.status.in_([s.value for s in q.statuses]))
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

    def count(self, actor: Actor, q: RegistryQuery, today: date | None = None) -> int:
        actor.require(Action.VIEW)
        with self.db.read() as s:
            return int(s.execute(self.count_statement(q, today or date.today())).scalar_one())

    def count_statement(self, q: RegistryQuery, today: date) -> _Query:
        return _filtered(self.db, select(func.count(Application.id)), q, today)

    def page(
        self,
        actor: Actor,
        q: RegistryQuery,
        offset: int,
        limit: int,
        today: date | None = None,
        *,
        after: tuple[Any, ...] | None = None,
    ) -> list[RegistryRow]:
        """*limit* rows in the query's order: after the row whose ``key`` is *after*, or
        from *offset* (keyset paging with *after* stays fast deep into the list)."""
        actor.require(Action.VIEW)
        today = today or date.today()
        stmt = self.page_statement(q, offset, limit, today, after)
        keys = len(_SORT_COLUMNS[q.sort]) + 1
        with self.db.read() as s:
            rows = s.execute(stmt).all()
            calendar = self.calendar or calendar_in_force(s)
        return [self._row(r, keys, today, calendar) for r in rows]

    def page_statement(self, q: RegistryQuery, offset: int, limit: int, today: date,
                       after: tuple[Any, ...] | None = None) -> _Query:
        """The query behind :meth:`page` (the benchmarks run it bare, as their floor)."""
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
        order = (*_SORT_COLUMNS[q.sort], Application.id)
        stmt: _Query = (
            select(
                Application.id, Application.number, Application.received, Application.status,
                Application.preliminary_due, Application.preliminary_done,
                Application.result_due, Applicant.kind, Applicant.surname, Applicant.given_name,
                Applicant.patronymic, Applicant.company_name, Applicant.iin_bin,
                items.label("items"), pages.label("pages"), _Member.full_name,
                *[c.label(f"k{i}") for i, c in enumerate(order)],
            )
            .join(Applicant, Application.applicant_id == Applicant.id)
            .outerjoin(_Member, Application.assigned_member_id == _Member.id)
        )
        stmt = _filtered(self.db, stmt, q, today)
        if after is not None:
            position = tuple_(*order)
            stmt = stmt.where(position < tuple_(*after) if q.descending
                              else position > tuple_(*after))
        else:
            stmt = stmt.offset(offset)
        stmt = stmt.order_by(*[c.desc() if q.descending else c.asc() for c in order])
        return stmt.limit(limit)

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
