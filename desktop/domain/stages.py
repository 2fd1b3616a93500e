"""Which deadline of an application runs now, and how its deadlines are counted.

A region may have a preliminary stage before the result (Zhambyl: the preliminary
examination within 5 working days of receipt; after it, the examination within one month).
The preliminary stage ends when the examination starts (the step ``start_examination``):
the result then counts from that day, the preliminary examination's actual date, not from
its deadline. A repeat examination counts the region's repeat period (Zhambyl: 10 working
days) from the day it starts; a region without one gives the whole period again.

One function computes both due dates from the dates that fix them, so registering, ending
the preliminary stage, repeating the examination and amending the calendar all agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.regions import RESULT, RegionProfile, compute_deadlines, repeat_deadline

__all__ = [
    "PRELIMINARY",
    "PRELIMINARY_ENDS_WITH",
    "RESULT",
    "Deadlines",
    "application_deadlines",
    "current_stage",
]

PRELIMINARY = "preliminary"
PRELIMINARY_ENDS_WITH = "start_examination"
"""The workflow step that concludes the preliminary examination."""


@dataclass(frozen=True, slots=True)
class Deadlines:
    preliminary_due: date | None
    result_due: date


def application_deadlines(
    profile: RegionProfile,
    received: date,
    calendar: WorkingCalendar,
    *,
    preliminary_done: date | None = None,
    repeat_started: date | None = None,
) -> Deadlines:
    """The due dates of an application received on ``received``: the preliminary stage's
    (None when the region has none) and the result's, counted from the preliminary
    examination's actual date once there is one, or from the start of the last repeat
    examination."""
    completed = {PRELIMINARY: preliminary_done} if preliminary_done is not None else {}
    due = compute_deadlines(profile, received, calendar, completed=completed)
    result = due[RESULT]
    if repeat_started is not None:
        try:
            result = repeat_deadline(profile, repeat_started, calendar)
        except LookupError:
            result = compute_deadlines(profile, repeat_started, calendar)[RESULT]
    return Deadlines(due.get(PRELIMINARY), result)


def current_stage(preliminary_due: date | None, preliminary_done: date | None,
                  result_due: date) -> tuple[str, date]:
    """The stage whose deadline runs now and its due date: the preliminary one until the
    preliminary examination is done, then the result."""
    if preliminary_due is not None and preliminary_done is None:
        return PRELIMINARY, preliminary_due
    return RESULT, result_due
