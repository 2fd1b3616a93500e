"""What the demo will make of each application: when it came, how far it got and when.

A plan is plain data drawn from a seeded random generator, so the same seed gives the same
demo. Each step has its working day, never after the day the demo is made, and the steps
follow the workflow: the generator then takes each application through the services step
by step, and the status it ends in is the one the plan says.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from itertools import chain, repeat

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.refusals import RefusalGround
from desktop.domain.regions import RegionProfile, compute_deadlines
from desktop.domain.workflow import Status
from desktop.services import demo_people as P

__all__ = ["HISTORY", "RUSH_DAYS", "Plan", "plan_applications"]

HISTORY = 300
"""At most this many applications make the demo's history, with their documents; a larger
demo (the benchmark's) adds the rest as requests of the last few working days, still in
their first steps: signing a hundred thousand documents would take this machine hours."""
RUSH_DAYS = 3
"""The working days over which the applications beyond :data:`HISTORY` arrived."""
SHORT_TRIPS = 0.2
"""The share of agreed exports that are short loans, so that even a small demo has
exports overdue or due back soon."""
RETURN_GRACE = 21
"""Agreed exports due back longer ago than this are back, checked and closed."""
SURVEYED = 0.6
"""The share of decided applications whose applicant answered the quality survey."""

_EARLY_GROUNDS = (RefusalGround.DOCUMENTS_INCOMPLETE, RefusalGround.IDENTITY_NOT_FOUND,
                  RefusalGround.DATA_VIOLATIONS, RefusalGround.SIGNATURE_NOT_CONFIRMED)
_EARLY_REASONS = {
    RefusalGround.DOCUMENTS_INCOMPLETE: "Заттарды сатып алу-сату шартының көшірмесі ұсынылмады.",
    RefusalGround.IDENTITY_NOT_FOUND: "",
    RefusalGround.DATA_VIOLATIONS: "Өтініштегі жеке куәліктің нөмірі мемлекеттік дерекқордағы "
                                   "мәліметтерге сәйкес келмейді.",
    RefusalGround.SIGNATURE_NOT_CONFIRMED: "",
}
_LATE_REASON = ("Сараптама заттың сақталу жағдайы тасымалдауға жол бермейтінін көрсетті: "
                "бояу қабаты қабыршақтанған.")


@dataclass
class Plan:
    """One application of the demo, and the day of each step it takes."""

    index: int
    received: date
    status: Status
    """Where it ends."""
    applicant: int
    """Which of the demo's applicants applies."""
    items: list[tuple[str, int]]
    country: str
    place: str
    purpose: str
    export_from: date
    export_until: date
    channel: str
    days: dict[str, date] = field(default_factory=dict)
    """The day of each step taken, by step name (``register``, ``complete_documents``…)."""
    ground: RefusalGround | None = None
    refusal_text: str = ""
    refused_from: Status | None = None
    """For a refusal: the status it was refused in."""
    agreed: bool = True
    partial_return: bool = False
    """An overdue export with its first item back."""
    survey: tuple[int, int] | None = None


def _status_for(age: int, rng: random.Random) -> Status:
    """A status that fits the age in days: old requests are mostly decided, a few late."""
    decided = [Status.ISSUED_AGREED, Status.ISSUED_NOT_AGREED, Status.REFUSED]
    if age > 16 and rng.random() < 0.96:
        return rng.choices(decided, [70, 15, 15])[0]
    if age < 3:
        return rng.choice([Status.REGISTERED, Status.REGISTERED, Status.DOCUMENTS_COMPLETE])
    return rng.choices(
        [Status.REGISTERED, Status.DOCUMENTS_COMPLETE, Status.UNDER_EXAMINATION,
         Status.EXAMINED, Status.CONCLUSION_DRAFTED, Status.BEING_SIGNED, *decided],
        [8, 12, 30, 12, 10, 8, 12, 3, 5],
    )[0]


_PATH = [Status.REGISTERED, Status.DOCUMENTS_COMPLETE, Status.UNDER_EXAMINATION,
         Status.EXAMINED, Status.CONCLUSION_DRAFTED, Status.BEING_SIGNED]
_STEP_INTO = {Status.DOCUMENTS_COMPLETE: "complete_documents",
              Status.UNDER_EXAMINATION: "start_examination",
              Status.EXAMINED: "finish_examination", Status.CONCLUSION_DRAFTED: "draft",
              Status.BEING_SIGNED: "first_signature"}


def plan_applications(n: int, today: date, rng: random.Random, profile: RegionProfile,
                      calendar: WorkingCalendar, applicants: int,
                      history: int = HISTORY) -> Iterator[Plan]:
    """``n`` applications in the order they were received (the registration numbers), one
    at a time: a million plans held at once would take gigabytes. The first ``history``
    make the history; the others are recent requests in their first steps."""
    history = min(n, history)
    span = 365 if history > 200 else 90
    days = sorted(today - timedelta(days=rng.randrange(span)) for _ in range(history))
    back = Counter(rng.randrange(RUSH_DAYS) for _ in range(n - history))
    rush = sorted((calendar.add_working_days(today, -k), count) for k, count in back.items())
    received = chain(days, chain.from_iterable(repeat(day, count) for day, count in rush))
    # A few hundred distinct days for any n: each one's deadline is worked out once.
    result_due = cache(lambda day: compute_deadlines(profile, day, calendar)["result"])
    for index, day in enumerate(received):
        recent = index >= history
        status = rng.choice([Status.REGISTERED, Status.DOCUMENTS_COMPLETE,
                             Status.UNDER_EXAMINATION]) if recent else \
            _status_for((today - day).days, rng)
        yield _plan(index, day, status, today, rng, result_due, calendar, applicants)


def _plan(index: int, received: date, status: Status, today: date, rng: random.Random,
          result_due: Callable[[date], date], calendar: WorkingCalendar,
          applicants: int) -> Plan:
    country, place = rng.choice(P.DESTINATIONS)
    start = received + timedelta(days=rng.randint(30, 90))
    until = start + timedelta(days=rng.randint(30, 180))
    if status == Status.ISSUED_AGREED and rng.random() < SHORT_TRIPS:
        start = received + timedelta(days=rng.randint(12, 20))  # a short loan abroad
        until = start + timedelta(days=rng.randint(10, 25))
    if status == Status.ISSUED_AGREED and until < today - timedelta(days=RETURN_GRACE):
        status = Status.CLOSED  # long back and checked; the recent ones are overdue
    plan = Plan(index=index, received=received, status=status,
                applicant=rng.randrange(applicants),
                items=[(rng.choice(P.ITEMS), rng.choice([1, 1, 1, 2, 3]))
                       for _ in range(rng.choice([1, 1, 2, 3, 3, 4, 5]))],
                country=country, place=place, purpose=rng.choice(P.PURPOSES),
                export_from=start, export_until=until, channel=rng.choice(["paper", "portal"]))
    _schedule(plan, today, rng, result_due(received), calendar)
    return plan


def _schedule(plan: Plan, today: date, rng: random.Random, due: date,
              calendar: WorkingCalendar) -> None:
    """The day of each step: a working day or two apart, the result by its deadline (most
    of the time), and nothing after today."""
    status = plan.status
    if status == Status.REFUSED:
        late = rng.random() < 0.4
        plan.refused_from = Status.EXAMINED if late else rng.choice(_PATH[:2])
        plan.ground = RefusalGround.NOT_FIT_FOR_EXPORT if late else rng.choice(_EARLY_GROUNDS)
        plan.refusal_text = _LATE_REASON if late else _EARLY_REASONS[plan.ground]
        reached = plan.refused_from
    elif status in (Status.ISSUED_AGREED, Status.ISSUED_NOT_AGREED, Status.CLOSED):
        plan.agreed = status != Status.ISSUED_NOT_AGREED
        reached = Status.BEING_SIGNED
    else:
        reached = status
    late = rng.random() < 0.04  # a few decisions come after the deadline
    finish_by = min(today, due if not late else calendar.add_working_days(due, 3))
    day = plan.received
    plan.days["register"] = day
    steps = _PATH[1:_PATH.index(reached) + 1]
    remaining = len(steps) + (1 if reached != status else 0)
    for target in steps:
        gap = rng.randint(0, 2) if target != Status.EXAMINED else rng.randint(1, 4)
        room = calendar.working_days_between(day, finish_by) - remaining \
            if finish_by > day else 0
        day = min(calendar.add_working_days(day, max(0, min(gap, room))), today)
        plan.days[_STEP_INTO[target]] = day
        remaining -= 1
    if reached != status:  # the decision: a refusal, or the chairperson's signature
        last = min(calendar.add_working_days(day, rng.randint(0, 1)), max(day, finish_by))
        plan.days["decide"] = max(day, min(last, today))
    if status in (Status.ISSUED_AGREED, Status.CLOSED, Status.ISSUED_NOT_AGREED,
                  Status.REFUSED) and rng.random() < SURVEYED:
        plan.survey = (rng.choices([1, 2, 3], [1, 3, 8])[0], rng.choices([1, 2, 3], [1, 2, 9])[0])
    plan.partial_return = status == Status.ISSUED_AGREED and plan.export_until < today \
        and plan.index % 3 == 0
