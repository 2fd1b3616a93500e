"""Working days of a country (Kazakhstan by default) and deadline arithmetic.

The years the shipped calendar file lists (:mod:`desktop.domain.calendar_data`) follow it:
its days off and the weekend days worked instead. Other years follow the ``holidays``
package (``holidays.KZ`` knows substituted days off and working Saturdays/Sundays such as
2025-01-05). A decree neither knows yet is laid over both with ``extra_days_off`` /
``extra_working_days`` (the administrator's amendments, kept in the database).

Each year is computed once into a cumulative index (``cum[i]`` = working days among the
first ``i`` days of the year), so :meth:`WorkingCalendar.working_days_between` and
:meth:`WorkingCalendar.add_working_days` cost O(1) per call (plus one step per year
boundary crossed), never a loop over days.
"""

from __future__ import annotations

import logging
import threading
from bisect import bisect_left
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Literal

from desktop.domain.calendar_data import CalendarDay, CalendarTable, shipped_calendar

__all__ = [
    "DeadlineLevel",
    "DeadlineState",
    "WorkingCalendar",
    "deadline_state",
    "default_calendar",
]

logger = logging.getLogger(__name__)

DeadlineLevel = Literal["ok", "due_soon", "overdue"]

_MIN_YEAR = date.min.year
_MAX_YEAR = date.max.year


@dataclass(frozen=True, slots=True)
class _Year:
    """Working days of one calendar year as a cumulative count."""

    first_ordinal: int
    cum: tuple[int, ...]  # len = days in year + 1; cum[i] = working days in days [0, i)

    @property
    def total(self) -> int:
        return self.cum[-1]


class WorkingCalendar:
    """Working days of one country, with optional local corrections.

    ``table`` (the shipped calendar file) decides the years it lists; the ``holidays``
    package the others. ``extra_days_off`` and ``extra_working_days`` override both (a
    decree neither knows yet); a date may not be in both.
    """

    def __init__(
        self,
        country: str = "KZ",
        *,
        table: CalendarTable | None = None,
        extra_days_off: Iterable[date] = (),
        extra_working_days: Iterable[date] = (),
    ) -> None:
        self.country = country
        if table is not None and table.country != country:
            raise ValueError(f"the calendar table is for {table.country!r}, not {country!r}")
        self.table = table
        self.extra_days_off: frozenset[date] = frozenset(extra_days_off)
        self.extra_working_days: frozenset[date] = frozenset(extra_working_days)
        both = self.extra_days_off & self.extra_working_days
        if both:
            listed = ", ".join(d.isoformat() for d in sorted(both))
            raise ValueError(f"dates both extra days off and extra working days: {listed}")
        # Fail early on an unknown country code rather than at the first deadline. A
        # country with a calendar file is known; another is asked of the package's
        # registry: building a country's holidays imports the modules of every country
        # (about a second on a busy machine, at every sign-in).
        if table is None and country not in _known_countries():
            raise ValueError(f"no holiday calendar for country {country!r}")
        self._years: dict[int, _Year] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        years = f"{min(self.table.years)}-{max(self.table.years)}" if self.table and \
            self.table.years else "none"
        return (
            f"WorkingCalendar({self.country!r}, table years={years}, "
            f"extra_days_off={len(self.extra_days_off)}, "
            f"extra_working_days={len(self.extra_working_days)})"
        )

    # -- per-year index ---------------------------------------------------------------

    def _year(self, year: int) -> _Year:
        """The cached index of ``year``, computed on first use."""
        cached = self._years.get(year)
        if cached is not None:
            return cached
        with self._lock:
            cached = self._years.get(year)
            if cached is None:
                cached = self._build_year(year)
                self._years[year] = cached
            return cached

    def law_days(self, year: int) -> tuple[CalendarDay, ...]:
        """The days of ``year`` that are not what their weekday says, as the calendar file
        (or, for a year it does not list, the ``holidays`` package) has them; without the
        amendments. Holidays on a weekend are listed too."""
        if self.table is not None and self.table.covers(year):
            return self.table.days(year)
        names = {lang: _country_holidays(self.country, years=year, language=language)
                 for lang, language in (("kk", "kk"), ("en", "en_US"))
                 if language in _country_holidays(self.country).supported_languages}
        source = _country_holidays(self.country, years=year)
        days = [CalendarDay(d, False, {lang: table[d] for lang, table in names.items()})
                for d in sorted(source)]
        days += [CalendarDay(d, True) for d in sorted(source.weekend_workdays) if d.year == year]
        return tuple(sorted(days, key=lambda d: d.day))

    def _law(self, year: int) -> tuple[frozenset[int], dict[date, bool]]:
        """The weekend and the special days of ``year`` before the amendments."""
        if self.table is not None and self.table.covers(year):
            return self.table.weekend, {d.day: d.working for d in self.table.days(year)}
        source = _country_holidays(self.country, years=year)
        special = dict.fromkeys(source, False)
        special.update(dict.fromkeys(
            (d for d in source.weekend_workdays if d.year == year), True))
        return frozenset(source.weekend), special

    def _build_year(self, year: int) -> _Year:
        weekend, special = self._law(year)
        first = date(year, 1, 1)
        n_days = 366 if monthrange(year, 2)[1] == 29 else 365
        cum = [0] * (n_days + 1)
        count = 0
        day = first
        for i in range(n_days):
            if day in self.extra_working_days:
                working = True
            elif day in self.extra_days_off:
                working = False
            else:
                working = special.get(day, day.weekday() not in weekend)
            count += working
            cum[i + 1] = count
            if i + 1 < n_days:
                day += timedelta(days=1)
        logger.debug("%s: %d working days in %d", self.country, count, year)
        return _Year(first.toordinal(), tuple(cum))

    def _rank(self, d: date) -> tuple[int, int]:
        """``(year, k)``: ``k`` = working days from 1 January of ``year`` up to ``d`` inclusive."""
        y = self._year(d.year)
        return d.year, y.cum[d.toordinal() - y.first_ordinal + 1]

    def _kth(self, year: int, k: int) -> date:
        """The ``k``-th working day counted from 1 January of ``year`` (1-based; may spill over)."""
        while k <= 0:
            year -= 1
            if year < _MIN_YEAR:
                raise OverflowError("working day before date.min")
            k += self._year(year).total
        while k > (total := self._year(year).total):
            k -= total
            year += 1
            if year > _MAX_YEAR:
                raise OverflowError("working day after date.max")
        y = self._year(year)
        index = bisect_left(y.cum, k) - 1  # first i with cum[i + 1] >= k
        return date.fromordinal(y.first_ordinal + index)

    # -- public API -------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        """True when ``d`` is a working day."""
        y = self._year(d.year)
        i = d.toordinal() - y.first_ordinal
        return y.cum[i + 1] != y.cum[i]

    def non_working_days(self, year: int) -> list[date]:
        """All days off of ``year`` (weekends, holidays, transfers), in order."""
        y = self._year(year)
        return [
            date.fromordinal(y.first_ordinal + i)
            for i in range(len(y.cum) - 1)
            if y.cum[i + 1] == y.cum[i]
        ]

    def next_working_day(self, d: date) -> date:
        """``d`` itself when it is a working day, otherwise the first working day after it."""
        if self.is_working_day(d):
            return d
        return self.add_working_days(d, 1)

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` ("within n working days of receipt").

        The day of receipt does not count, whether or not it is a working day. ``n = 0``
        gives ``start`` unchanged; a negative ``n`` counts back (the ``|n|``-th working day
        before ``start``).
        """
        year, k = self._rank(start)
        if n > 0:
            return self._kth(year, k + n)
        if n < 0:
            k -= self.is_working_day(start)  # working days strictly before start
            return self._kth(year, k + n + 1)
        return start

    def working_days_between(self, a: date, b: date) -> int:
        """Working days after ``a`` up to and including ``b``; negative when ``b < a``.

        ``working_days_between(d, add_working_days(d, n)) == n`` for ``n >= 0``; with
        ``a`` = today and ``b`` = the due date it is the number of working days left.
        """
        if b < a:
            return -self.working_days_between(b, a)
        ya, ka = self._rank(a)
        yb, kb = self._rank(b)
        for year in range(ya, yb):
            kb += self._year(year).total
        return kb - ka

    def add_months(self, start: date, n: int) -> date:
        """Same day of month ``n`` months later (clamped to the month's end), then moved
        forward to the next working day if it is not one."""
        months = start.year * 12 + (start.month - 1) + n
        year, month0 = divmod(months, 12)
        if not _MIN_YEAR <= year <= _MAX_YEAR:
            raise OverflowError(f"{start.isoformat()} + {n} months is out of range")
        day = min(start.day, monthrange(year, month0 + 1)[1])
        return self.next_working_day(date(year, month0 + 1, day))


@cache
def _known_countries() -> frozenset[str]:
    """The country codes the ``holidays`` package has calendars for, read from its
    registry without importing them."""
    from holidays.registry import EntityLoader

    return frozenset(EntityLoader.get_country_codes())


def _country_holidays(country: str, **kwargs: Any) -> Any:
    """The ``holidays`` package's calendar of *country*; the package loads on first use
    (the years the calendar file lists never need it)."""
    import holidays

    return holidays.country_holidays(country, **kwargs)


@cache
def default_calendar() -> WorkingCalendar:
    """Kazakhstan's calendar as shipped, without amendments (built once, years computed
    lazily); the database's amended one is :func:`desktop.services.calendar.current`."""
    return WorkingCalendar("KZ", table=shipped_calendar("KZ"))


@dataclass(frozen=True, slots=True)
class DeadlineState:
    """How a deadline stands on a given day."""

    due: date
    working_days_left: int
    level: DeadlineLevel
    stage: str = "result"
    """Which stage the deadline ends: ``"result"``, or ``"preliminary"`` (Zhambyl)."""


def deadline_state(
    due: date,
    today: date,
    calendar: WorkingCalendar | None = None,
    due_soon_days: int = 2,
    *,
    stage: str = "result",
) -> DeadlineState:
    """Classify ``due`` as seen on ``today``.

    ``working_days_left`` is :meth:`WorkingCalendar.working_days_between` ``(today, due)``:
    0 on the due day itself. Overdue when ``today`` is after ``due``; then it is negative,
    at least -1 even if only days off have passed since the due date. ``due_soon`` when
    0..``due_soon_days`` working days are left, else ``ok``.
    """
    cal = calendar if calendar is not None else default_calendar()
    left = cal.working_days_between(today, due)
    if today > due:
        return DeadlineState(due, min(left, -1), "overdue", stage)
    if left <= due_soon_days:
        return DeadlineState(due, left, "due_soon", stage)
    return DeadlineState(due, left, "ok", stage)
