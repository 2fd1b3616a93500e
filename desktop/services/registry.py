"""The registry of applications: filtered, sorted and paged by the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import aliased

from desktop.models.applicant import Applicant
from desktop.models.application import Application, Item
from desktop.models.calendar import DeadlineState, WorkingCalendar, deadline_state, default_calendar
from desktop.models.document import DocumentPage
from desktop.models.roles import Action
from desktop.models.text import fold
from desktop.models.user import User
from desktop.models.workflow import ACTIVE_STATUSES, Status
from desktop.services.actor import Actor
from desktop.storage.database import Database


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
    """None once the application is decided: a final status has no deadline left."""
    assigned_member: str | None


_Member = aliased(User)

_SORT_COLUMNS = {
    SortKey.NUMBER: (Application.year, Application.sequence),
    SortKey.RECEIVED: (Application.received,),
    SortKey.APPLICANT: (func.coalesce(Applicant.company_name, Applicant.surname),),
    # Workflow order, not the alphabet of the status codes.
    SortKey.STATUS: (case({s.value: i for i, s in enumerate(Status)}, value=Application.status),),
    SortKey.DEADLINE: (Application.result_due,),
}


def _filtered(stmt: Select, q: RegistryQuery, today: date) -> Select:  # type: ignore[type-arg]
    text = fold(q.text)
    if text:
        if text.isdigit():
            # An identity-number prefix: a range over the unique index, fast on both backends.
            upper = text[:-1] + chr(ord(text[-1]) + 1)
            stmt = stmt.where(or_(
                and_(Applicant.iin_bin >= text, Applicant.iin_bin < upper),
                Application.search_key.contains(text, autoescape=True),
            ))
        else:
            stmt = stmt.where(Application.search_key.contains(text, autoescape=True))
    if q.statuses:
        stmt = stmt.where(Application.status.in_([s.value for s in q.statuses]))
    if q.overdue_only:
        stmt = stmt.where(
            Application.result_due < today,
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
        self.calendar = calendar or default_calendar()

    def count(self, actor: Actor, q: RegistryQuery, today: date | None = None) -> int:
        actor.require(Action.VIEW)
        stmt = select(func.count(Application.id)).join(Applicant)
        stmt = _filtered(stmt, q, today or date.today())
        with self.db.read() as s:
            return int(s.execute(stmt).scalar_one())

    def page(
        self, actor: Actor, q: RegistryQuery, offset: int, limit: int, today: date | None = None
    ) -> list[RegistryRow]:
        actor.require(Action.VIEW)
        today = today or date.today()
        items = (
            select(func.count(Item.id)).where(Item.application_id == Application.id)
            .correlate(Application).scalar_subquery()
        )
        pages = (
            select(func.count(DocumentPage.id))
            .where(DocumentPage.application_id == Application.id)
            .correlate(Application).scalar_subquery()
        )
        stmt = (
            select(
                Application.id, Application.number, Application.received, Application.status,
                Application.result_due, Applicant.kind, Applicant.surname, Applicant.given_name,
                Applicant.patronymic, Applicant.company_name, Applicant.iin_bin,
                items.label("items"), pages.label("pages"), _Member.full_name,
            )
            .join(Applicant, Application.applicant_id == Applicant.id)
            .outerjoin(_Member, Application.assigned_member_id == _Member.id)
        )
        stmt = _filtered(stmt, q, today)
        order = [c.desc() if q.descending else c.asc() for c in _SORT_COLUMNS[q.sort]]
        order.append(Application.id.desc() if q.descending else Application.id.asc())
        stmt = stmt.order_by(*order).offset(offset).limit(limit)
        with self.db.read() as s:
            rows = s.execute(stmt).all()
        return [self._row(r, today) for r in rows]

    def _row(self, r, today: date) -> RegistryRow:  # type: ignore[no-untyped-def]
        if r.kind == "company":
            name = r.company_name or ""
        else:
            name = " ".join(p for p in (r.surname, r.given_name, r.patronymic) if p)
        status = Status(r.status)
        active = status in ACTIVE_STATUSES
        return RegistryRow(
            id=r.id, number=r.number, received=r.received, applicant=name, iin_bin=r.iin_bin,
            items=r.items, pages=r.pages, status=status,
            deadline=deadline_state(r.result_due, today, self.calendar) if active else None,
            assigned_member=r.full_name,
        )
