"""The working-day calendar in force, and the administrator's amendments to it.

The calendar is the shipped file (:mod:`desktop.domain.calendar_data`) with the amendments
kept in the database laid over it, so every desktop of a shared database counts the same
days. An amendment (a day off or a working day by a decree the release does not know, or a
holiday moved at short notice) applies from then on: every deadline computed afterwards
uses it, and the deadlines of the applications still running are counted again, those it
moves each with an entry in their history. Adding and removing are audited.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.calendar import WorkingCalendar, default_calendar
from desktop.domain.calendar_data import shipped_calendar
from desktop.domain.errors import DomainError
from desktop.domain.regions import RegionProfile, load_profile
from desktop.domain.roles import Action
from desktop.domain.stages import Deadlines, application_deadlines
from desktop.domain.workflow import ACTIVE_STATUSES
from desktop.models.application import Application
from desktop.models.calendar import CalendarAmendment
from desktop.models.user import User
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.storage.database import Database

__all__ = [
    "Amendment",
    "CalendarChange",
    "CalendarDayView",
    "CalendarError",
    "CalendarService",
    "MovedDeadline",
    "current",
    "prepare",
]

log = logging.getLogger(__name__)

COUNTRY = "KZ"
NOTE_LIMIT = 500


class CalendarError(DomainError):
    code = "calendar"


@dataclass(frozen=True)
class Amendment:
    day: date
    working: bool
    note: str
    created_by: str | None


@dataclass(frozen=True)
class CalendarDayView:
    """A day of a year that is not what its weekday says, as the calendar in force has it."""

    day: date
    working: bool
    note: dict[str, str]
    """The shipped calendar's name of the day, by language (empty for an amended day that
    the shipped calendar does not list)."""
    amendment: Amendment | None
    """The administrator's amendment of this day, when there is one."""


@dataclass(frozen=True)
class MovedDeadline:
    application_id: int
    number: str
    stage: str
    before: date
    after: date


@dataclass(frozen=True)
class CalendarChange:
    day: date
    working: bool | None
    """What the day is now by the amendment (None: the amendment was removed)."""
    moved: tuple[MovedDeadline, ...]


def current(s: Session) -> WorkingCalendar:
    """The calendar in force in this database: the shipped one with its amendments."""
    rows = s.execute(select(CalendarAmendment.day, CalendarAmendment.working)).all()
    return _calendar(frozenset((day, bool(working)) for day, working in rows))


def prepare() -> None:
    """Load the shipped calendar (its file, the ``holidays`` package's country) now, so that a
    use case does not load it while it holds the database's write lock."""
    default_calendar()


@lru_cache(maxsize=8)
def _calendar(amendments: frozenset[tuple[date, bool]]) -> WorkingCalendar:
    if not amendments:
        return default_calendar()
    return WorkingCalendar(
        COUNTRY, table=shipped_calendar(COUNTRY),
        extra_days_off=[day for day, working in amendments if not working],
        extra_working_days=[day for day, working in amendments if working])


def _amendment(row: CalendarAmendment, names: dict[int, str]) -> Amendment:
    return Amendment(row.day, row.working, row.note,
                     names.get(row.created_by_id) if row.created_by_id else None)


class CalendarService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ----------------------------------------------------------------------------

    def amendments(self, actor: Actor, year: int | None = None) -> list[Amendment]:
        """The administrator's amendments (of ``year``, or all), in date order."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            stmt = select(CalendarAmendment).order_by(CalendarAmendment.day)
            if year is not None:
                stmt = stmt.where(CalendarAmendment.day >= date(year, 1, 1),
                                  CalendarAmendment.day <= date(year, 12, 31))
            rows = list(s.execute(stmt).scalars())
            names = {uid: name for uid, name in s.execute(select(User.id, User.full_name).where(
                User.id.in_({r.created_by_id for r in rows if r.created_by_id})))}
            return [_amendment(row, names) for row in rows]

    def year(self, actor: Actor, year: int) -> list[CalendarDayView]:
        """Every day off and every weekend day worked of ``year`` as the calendar in force
        has them (holidays on a weekend included), amended days marked."""
        amended = {a.day: a for a in self.amendments(actor, year)}
        law = {d.day: d for d in default_calendar().law_days(year)}
        days = []
        for day in sorted(set(law) | set(amended)):
            base, change = law.get(day), amended.get(day)
            working = change.working if change else bool(base and base.working)
            days.append(CalendarDayView(day, working, dict(base.note) if base else {}, change))
        return days

    # -- amending ---------------------------------------------------------------------------

    def add(self, actor: Actor, day: date, working: bool, note: str, *,
            today: date | None = None) -> CalendarChange:
        """Make ``day`` a day off (``working`` False) or a working day, for the reason in
        ``note`` (the decree); replaces an earlier amendment of the day."""
        actor.require(Action.MANAGE_CALENDAR)
        note = note.strip()
        if not note:
            raise CalendarError("say why: the decree or the reason", reason="no_note")
        if len(note) > NOTE_LIMIT:
            raise CalendarError(f"the note may have at most {NOTE_LIMIT} characters",
                                NOTE_LIMIT, reason="note_too_long")
        with self.db.write() as s:
            old = current(s)
            row = s.get(CalendarAmendment, day, with_for_update=True)
            before = None if row is None else {"working": row.working, "note": row.note}
            if row is None and old.is_working_day(day) == working:
                what = "a working day" if working else "a day off"
                raise CalendarError(f"{day.isoformat()} is {what} already", day.isoformat(),
                                    reason="working_already" if working else "off_already")
            if row is None:
                row = CalendarAmendment(day=day, working=working, note=note,
                                        created_by_id=actor.user_id)
                s.add(row)
            else:
                row.working, row.note, row.created_by_id = working, note, actor.user_id
            s.flush()
            moved = _recount(s, actor, old, current(s), day)
            audit.record(s, actor, "calendar.amend", entity="calendar_day",
                         entity_id=day.isoformat(), before=before,
                         after={"working": working, "note": note, "moved": len(moved)})
            log.info("calendar: %s made a %s (%s); %d deadline(s) moved", day,
                     "working day" if working else "day off", note, len(moved))
            return CalendarChange(day, working, tuple(moved))

    def preview(self, actor: Actor, day: date, working: bool | None) -> tuple[MovedDeadline,
                                                                               ...]:
        """The running deadlines that making ``day`` a working day or a day off (None:
        withdrawing its amendment) would move, before the change is made; nothing is
        changed."""
        actor.require(Action.MANAGE_CALENDAR)
        with self.db.read() as s:
            amended = dict(s.execute(select(CalendarAmendment.day,
                                            CalendarAmendment.working)).all())
            if working is None:
                amended.pop(day, None)
            else:
                amended[day] = working
            new = _calendar(frozenset((d, bool(w)) for d, w in amended.items()))
            return tuple(_moves(s, current(s), new))

    def remove(self, actor: Actor, day: date) -> CalendarChange:
        """Withdraw the amendment of ``day``: it is again what the shipped calendar says."""
        actor.require(Action.MANAGE_CALENDAR)
        with self.db.write() as s:
            row = s.get(CalendarAmendment, day, with_for_update=True)
            if row is None:
                raise CalendarError(f"{day.isoformat()} has no amendment", day.isoformat(),
                                    reason="not_amended")
            old = current(s)
            before = {"working": row.working, "note": row.note}
            s.delete(row)
            s.flush()
            moved = _recount(s, actor, old, current(s), day)
            audit.record(s, actor, "calendar.unamend", entity="calendar_day",
                         entity_id=day.isoformat(), before=before, after={"moved": len(moved)})
            log.info("calendar: the amendment of %s withdrawn; %d deadline(s) moved", day,
                     len(moved))
            return CalendarChange(day, None, tuple(moved))


def _recount(s: Session, actor: Actor, old: WorkingCalendar, new: WorkingCalendar,
             day: date) -> list[MovedDeadline]:
    """Count the deadlines of every application still running again with ``new``; move
    those the change of ``day`` moves, each with an entry in its history."""
    moved = _moves(s, old, new)
    for app_id in dict.fromkeys(m.application_id for m in moved):
        changes = [m for m in moved if m.application_id == app_id]
        app = s.get_one(Application, app_id)
        for m in changes:
            setattr(app, f"{m.stage}_due", m.after)
        audit.record(s, actor, "application.deadline_moved", entity="application",
                     entity_id=app.id, application_id=app.id,
                     before={f"{m.stage}_due": m.before.isoformat() for m in changes},
                     after={"calendar_day": day.isoformat(),
                            **{f"{m.stage}_due": m.after.isoformat() for m in changes}})
    return moved


def _moves(s: Session, old: WorkingCalendar, new: WorkingCalendar) -> list[MovedDeadline]:
    """The due dates of the applications still running that ``new`` counts otherwise than
    ``old`` (nothing is changed)."""
    profiles: dict[str, RegionProfile] = {}
    moved: list[MovedDeadline] = []
    rows = s.execute(select(
        Application.id, Application.region, Application.received, Application.preliminary_done,
        Application.repeat_started).where(
        Application.status.in_([st.value for st in ACTIVE_STATUSES]))).all()
    for app_id, region, received, preliminary_done, repeat_started in rows:
        profile = profiles.get(region) or profiles.setdefault(region, load_profile(region))
        counted = [application_deadlines(profile, received, calendar,
                                         preliminary_done=preliminary_done,
                                         repeat_started=repeat_started)
                   for calendar in (old, new)]
        if counted[0] == counted[1]:
            continue
        app = s.get_one(Application, app_id)
        moved.extend(MovedDeadline(app.id, app.number, stage, before, after)
                     for stage, before, after in _changes(app, counted[0], counted[1]))
    return moved


def _changes(app: Application, old: Deadlines, new: Deadlines
             ) -> list[tuple[str, date, date]]:
    """The due dates the new count changes; ``(stage, before, after)``."""
    changes = []
    if new.preliminary_due != old.preliminary_due and app.preliminary_done is None \
            and app.preliminary_due is not None and new.preliminary_due is not None:
        changes.append(("preliminary", app.preliminary_due, new.preliminary_due))
    if new.result_due != old.result_due:
        changes.append(("result", app.result_due, new.result_due))
    return changes
