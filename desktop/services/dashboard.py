"""The start page: what waits for this user, what is late, and the year in figures.

Each role sees its own work first: the clerk the requests still missing documents, a
member the applications under examination assigned to them, whoever holds a seat the
conclusions waiting for their signature; everyone sees the requests that are overdue or
due within two working days. The figures (requests per month, outcomes, working days to a
result against the deadline) are SQL aggregates over the period, the same on SQLite and
PostgreSQL, except the working days, which follow Kazakhstan's calendar in Python.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from desktop.domain.conclusions import OPEN_STATUSES
from desktop.domain.roles import Action, Role
from desktop.domain.stages import current_stage
from desktop.domain.workflow import ACTIVE_STATUSES, Status
from desktop.models.application import Application
from desktop.models.conclusion import Conclusion, ConclusionSigner
from desktop.services.actor import Actor
from desktop.services.calendar import current as calendar_in_force
from desktop.services.signing_turn import turn_refusal
from desktop.storage.database import Database

__all__ = ["DashboardService", "Figures", "WorkItem", "WorkLists"]

LIST_LIMIT = 50
"""Lines per list on the start page; the registry has the rest."""


@dataclass(frozen=True)
class WorkItem:
    application_id: int
    number: str
    applicant: str
    status: Status
    due: date
    """The due date of the stage that runs now."""
    detail: str = ""
    """A conclusion's number, for the lists of conclusions."""
    stage: str = "result"
    """``"preliminary"`` while the preliminary examination (Zhambyl) runs."""


@dataclass(frozen=True)
class WorkLists:
    mine: tuple[WorkItem, ...]
    """What waits for this user, by role (see the module's docstring)."""
    to_sign: tuple[WorkItem, ...]
    overdue: tuple[WorkItem, ...]
    due_soon: tuple[WorkItem, ...]


@dataclass(frozen=True)
class Figures:
    per_month: tuple[tuple[str, int], ...]
    """``("2026-03", 41)``: requests received, per month of the period."""
    outcomes: dict[str, int]
    """``agreed``, ``not_agreed``, ``refused``: applications decided in the period."""
    average_days: float | None
    """Working days from receipt to the result, on average, for those decided."""
    average_allowed: float | None
    """Working days the deadline allowed them, on average."""


def _item(app: Application, detail: str = "") -> WorkItem:
    stage, due = current_stage(app.preliminary_due, app.preliminary_done, app.result_due)
    return WorkItem(app.id, app.number, app.applicant.display_name, Status(app.status),
                    due, detail, stage)


class DashboardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def work_lists(self, actor: Actor, today: date | None = None) -> WorkLists:
        actor.require(Action.VIEW)
        today = today or date.today()
        with self.db.read() as s:
            calendar = calendar_in_force(s)
            active = select(Application).options(selectinload(Application.applicant)) \
                .where(Application.status.in_([st.value for st in ACTIVE_STATUSES]))
            mine: list[Application] = []
            if actor.role == Role.CLERK:
                mine = list(s.execute(active.where(
                    Application.status == Status.REGISTERED.value)
                    .order_by(Application.stage_due).limit(LIST_LIMIT)).scalars())
            elif actor.role == Role.MEMBER:
                mine = list(s.execute(active.where(
                    Application.status == Status.UNDER_EXAMINATION.value,
                    Application.assigned_member_id == actor.user_id)
                    .order_by(Application.stage_due).limit(LIST_LIMIT)).scalars())
            signing = s.execute(
                select(Conclusion, Application).join(
                    ConclusionSigner, ConclusionSigner.conclusion_id == Conclusion.id)
                .join(Application, Application.id == Conclusion.application_id)
                .options(selectinload(Application.applicant))
                .where(ConclusionSigner.user_id == actor.user_id,
                       ConclusionSigner.signed_at.is_(None),
                       Conclusion.status.in_([st.value for st in OPEN_STATUSES]))
                .order_by(Conclusion.id).limit(LIST_LIMIT)).all()
            # Overdue: the due day of the stage that runs now (the preliminary examination's
            # or the result's) has passed; due soon: today up to two working days on (the
            # levels of ``deadline_state``), each the earliest first, a page at most.
            overdue = s.execute(active.where(Application.stage_due < today)
                                .order_by(Application.stage_due, Application.id)
                                .limit(LIST_LIMIT)).scalars().all()
            soon = s.execute(active.where(
                Application.stage_due >= today,
                Application.stage_due <= calendar.add_working_days(today, 2))
                .order_by(Application.stage_due, Application.id)
                .limit(LIST_LIMIT)).scalars().all()
            return WorkLists(tuple(_item(a) for a in mine),
                             tuple(_item(a, c.number) for c, a in signing
                                   if turn_refusal(actor, c) is None),  # their turn now
                             tuple(_item(a) for a in overdue), tuple(_item(a) for a in soon))

    def figures(self, actor: Actor, start: date, end: date) -> Figures:
        actor.require(Action.VIEW)
        outcome = (Application.status, Application.received, Application.decided,
                   Application.result_due)
        months: Counter[str] = Counter()
        with self.db.read() as s:
            # Counted per day along the index of the received dates, then summed per month
            # here: grouped by the month's expression, the database computed it for every
            # request of the year and sorted them (0.95 s of CPU at a million on SQLite).
            for day, n in s.execute(
                    select(Application.received, func.count()).where(
                        Application.received >= start, Application.received <= end)
                    .group_by(Application.received)):
                months[f"{day.year:04d}-{day.month:02d}"] += n
            # The same dates come back many times: count each combination once.
            decided = s.execute(select(*outcome, func.count()).where(
                Application.decided >= start, Application.decided <= end)
                .group_by(*outcome)).all()
            calendar = calendar_in_force(s)
        per_month = []
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            key = f"{year:04d}-{month:02d}"
            per_month.append((key, months.get(key, 0)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        names = {Status.ISSUED_AGREED: "agreed", Status.ISSUED_NOT_AGREED: "not_agreed",
                 Status.REFUSED: "refused", Status.CLOSED: "agreed"}
        outcomes = {"agreed": 0, "not_agreed": 0, "refused": 0}
        counted = taken = allowed = 0
        for status, got, done, due, n in decided:
            if Status(status) in names and done is not None:  # decided: in the period
                outcomes[names[Status(status)]] += n
                counted += n
                taken += n * calendar.working_days_between(got, done)
                allowed += n * calendar.working_days_between(got, due)
        return Figures(tuple(per_month), outcomes,
                       taken / counted if counted else None,
                       allowed / counted if counted else None)
