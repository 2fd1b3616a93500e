"""Working days of Kazakhstan on real 2025-2026 dates, and deadline states."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.calendar import (
    DeadlineState,
    WorkingCalendar,
    deadline_state,
    default_calendar,
)

KZ = holidays.KZ(years=range(2023, 2029))


def naive_is_working(d: date) -> bool:
    """Reference rule straight from the package, no caching."""
    if d in KZ.weekend_workdays:
        return True
    return d.weekday() < 5 and d not in KZ


def naive_between(a: date, b: date) -> int:
    """Working days in (a, b], negative when b < a: one day at a time."""
    sign = 1
    if b < a:
        a, b, sign = b, a, -1
    count = 0
    d = a + timedelta(days=1)
    while d <= b:
        count += naive_is_working(d)
        d += timedelta(days=1)
    return sign * count


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


dates_2024_2027 = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))


# -- the 2026 facts the deadlines rely on -------------------------------------------------


def test_weekdays_off_in_2026(cal: WorkingCalendar) -> None:
    weekdays_off = [d for d in cal.non_working_days(2026) if d.weekday() < 5]
    assert weekdays_off == [
        date(2026, 1, 1),  # Thu, New Year
        date(2026, 1, 2),  # Fri, New Year
        date(2026, 1, 7),  # Wed, Orthodox Christmas
        date(2026, 3, 9),  # Mon, Women's Day (8 March is a Sunday)
        date(2026, 3, 23),  # Mon, Nauryz
        date(2026, 3, 24),  # Tue, Nauryz (for 21 March, a Saturday)
        date(2026, 3, 25),  # Wed, Nauryz (for 22 March, a Sunday)
        date(2026, 5, 1),  # Fri, Unity Day
        date(2026, 5, 7),  # Thu, Defender of the Fatherland Day
        date(2026, 5, 11),  # Mon, Victory Day (9 May is a Saturday)
        date(2026, 5, 27),  # Wed, Kurban Ait (estimated by the package)
        date(2026, 7, 6),  # Mon, Capital Day
        date(2026, 10, 26),  # Mon, Republic Day (25 October is a Sunday)
        date(2026, 12, 16),  # Wed, Independence Day
    ]
    # No working Saturday/Sunday in 2026: all 104 weekend days are off.
    weekend_off = [d for d in cal.non_working_days(2026) if d.weekday() >= 5]
    assert len(weekend_off) == 104
    assert len(cal.non_working_days(2026)) == 365 - 247


def test_transferred_days_2025(cal: WorkingCalendar) -> None:
    # Day off Friday 2025-01-03 was moved from Sunday 2025-01-05, which became a working day.
    assert not cal.is_working_day(date(2025, 1, 3))
    assert cal.is_working_day(date(2025, 1, 5))
    assert date(2025, 1, 5).weekday() == 6
    assert not cal.is_working_day(date(2025, 1, 4))  # the Saturday stays off
    # Receipt on Tue 2024-12-31: 1, 2 Jan holidays, 3 Jan transferred, Sat 4 off,
    # Sun 5 Jan = 1st working day, Mon 6 = 2nd, Tue 7 Christmas, Wed 8 = 3rd.
    assert cal.add_working_days(date(2024, 12, 31), 1) == date(2025, 1, 5)
    assert cal.add_working_days(date(2024, 12, 31), 3) == date(2025, 1, 8)
    assert cal.working_days_between(date(2025, 1, 4), date(2025, 1, 5)) == 1


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_is_working_day_matches_package_every_day(cal: WorkingCalendar, year: int) -> None:
    d = date(year, 1, 1)
    while d.year == year:
        assert cal.is_working_day(d) is naive_is_working(d), d
        d += timedelta(days=1)


# -- add_working_days ---------------------------------------------------------------------


def test_ten_working_days_across_nauryz(cal: WorkingCalendar) -> None:
    # Received Fri 2026-03-20. Sat 21, Sun 22 weekend (and Nauryz); Mon 23, Tue 24, Wed 25
    # Nauryz days off. Thu 26 = 1, Fri 27 = 2, Mon 30 = 3, Tue 31 = 4, Wed 1 Apr = 5,
    # Thu 2 = 6, Fri 3 = 7, Mon 6 = 8, Tue 7 = 9, Wed 8 Apr = 10.
    assert cal.add_working_days(date(2026, 3, 20), 10) == date(2026, 4, 8)
    assert cal.add_working_days(date(2026, 3, 20), 1) == date(2026, 3, 26)


def test_ten_working_days_across_new_year(cal: WorkingCalendar) -> None:
    # Received Mon 2025-12-29. Tue 30 = 1, Wed 31 = 2, Thu 1 + Fri 2 Jan New Year,
    # Sat 3 + Sun 4 weekend, Mon 5 = 3, Tue 6 = 4, Wed 7 Christmas, Thu 8 = 5, Fri 9 = 6,
    # Mon 12 = 7, Tue 13 = 8, Wed 14 = 9, Thu 15 Jan = 10.
    assert cal.add_working_days(date(2025, 12, 29), 10) == date(2026, 1, 15)
    assert cal.working_days_between(date(2025, 12, 29), date(2026, 1, 15)) == 10


def test_receipt_on_a_day_off_does_not_count(cal: WorkingCalendar) -> None:
    # Received on Saturday 2026-03-21 (Nauryz): the first working day after is Thu 26 March.
    assert cal.add_working_days(date(2026, 3, 21), 1) == date(2026, 3, 26)
    # Neither the receipt day nor the days off after it count, so a receipt on Saturday
    # gives the same due date as one on the Friday before.
    assert cal.add_working_days(date(2026, 3, 21), 10) == cal.add_working_days(
        date(2026, 3, 20), 10
    )


def test_zero_and_negative_counts(cal: WorkingCalendar) -> None:
    assert cal.add_working_days(date(2026, 3, 22), 0) == date(2026, 3, 22)
    # One working day before Thu 26 March 2026 is Fri 20 March (Nauryz in between).
    assert cal.add_working_days(date(2026, 3, 26), -1) == date(2026, 3, 20)
    # From a day off, -1 is the last working day before it.
    assert cal.add_working_days(date(2026, 1, 4), -1) == date(2025, 12, 31)
    # Mirror of the New Year example: 10 working days before Thu 15 Jan 2026 is Mon 29 Dec.
    assert cal.add_working_days(date(2026, 1, 15), -10) == date(2025, 12, 29)
    # 1 working day before Mon 2024-01-01 (New Year) is Fri 2023-12-29.
    assert cal.add_working_days(date(2024, 1, 1), -1) == date(2023, 12, 29)


@settings(max_examples=300, deadline=None)
@given(start=dates_2024_2027, n=st.integers(min_value=-400, max_value=400))
def test_add_working_days_inverts_between(start: date, n: int) -> None:
    cal = default_calendar()
    due = cal.add_working_days(start, n)
    if n >= 0:
        # n working days in (start, due]
        assert cal.working_days_between(start, due) == n
    else:
        # |n| working days in [due, start)
        counted = (
            cal.working_days_between(due, start)
            + cal.is_working_day(due)
            - cal.is_working_day(start)
        )
        assert counted == -n
    if n != 0:
        assert cal.is_working_day(due)
        assert (due > start) is (n > 0)


def test_long_spans_cross_several_years(cal: WorkingCalendar) -> None:
    start = date(2024, 6, 3)
    due = cal.add_working_days(start, 600)
    assert due.year == 2026
    assert cal.working_days_between(start, due) == 600 == naive_between(start, due)
    assert cal.add_working_days(due, -600) == start


# -- working_days_between -----------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(a=dates_2024_2027, b=dates_2024_2027)
def test_between_agrees_with_naive_loop(a: date, b: date) -> None:
    cal = default_calendar()
    expected = naive_between(a, b)
    assert cal.working_days_between(a, b) == expected
    assert cal.working_days_between(b, a) == -expected


def test_between_real_examples(cal: WorkingCalendar) -> None:
    assert cal.working_days_between(date(2026, 3, 20), date(2026, 3, 20)) == 0
    # Fri 20 → Fri 27 March 2026: only Thu 26 and Fri 27 are working days.
    assert cal.working_days_between(date(2026, 3, 20), date(2026, 3, 27)) == 2
    assert cal.working_days_between(date(2026, 3, 27), date(2026, 3, 20)) == -2
    # January 2026 has 19 working days (31 days - 8 weekend days - 1, 2, 7 Jan).
    assert cal.working_days_between(date(2025, 12, 31), date(2026, 1, 31)) == 19


def test_years_are_computed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = holidays.country_holidays

    def counting(*args: object, **kwargs: object) -> holidays.HolidayBase:
        calls.append(kwargs.get("years"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(holidays, "country_holidays", counting)  # loaded when first used
    cal = WorkingCalendar()
    assert calls == []  # the country is checked against the package's registry
    start = date(2026, 1, 1)
    for i in range(20_000):
        a = start + timedelta(days=i % 365)
        cal.working_days_between(a, a + timedelta(days=(i * 7) % 300))
    assert sorted(calls) == [2026, 2027]  # each year built exactly once


# -- add_months ---------------------------------------------------------------------------


def test_add_months(cal: WorkingCalendar) -> None:
    # Plain case: Mon 2026-04-13 + 1 month = Wed 2026-05-13, a working day.
    assert cal.add_months(date(2026, 4, 13), 1) == date(2026, 5, 13)
    # Fri 2026-01-30 + 1 month = 30 Feb → clamped to Sat 28 Feb → Mon 2 Mar 2026.
    assert cal.add_months(date(2026, 1, 30), 1) == date(2026, 3, 2)
    # Mon 2026-02-23 + 1 month = Mon 23 Mar (Nauryz; 24, 25 off too) → Thu 26 Mar 2026.
    assert cal.add_months(date(2026, 2, 23), 1) == date(2026, 3, 26)
    # Across the year end: Thu 2025-12-11 + 1 month = Sun 11 Jan 2026 → Mon 12 Jan.
    assert cal.add_months(date(2025, 12, 11), 1) == date(2026, 1, 12)
    # Leap-day clamp backwards: 2024-03-31 - 1 month = Thu 29 Feb 2024.
    assert cal.add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert cal.add_months(date(2026, 4, 13), 12) == date(2027, 4, 13)


# -- local corrections ---------------------------------------------------------------------


def test_extra_days_off_and_working_days() -> None:
    # A hypothetical decree: Mon 31 Aug 2026 off, Sat 29 Aug 2026 a working day.
    base = WorkingCalendar()
    decree = WorkingCalendar(
        extra_days_off={date(2026, 8, 31)}, extra_working_days={date(2026, 8, 29)}
    )
    assert base.is_working_day(date(2026, 8, 31))
    assert not decree.is_working_day(date(2026, 8, 31))
    assert not base.is_working_day(date(2026, 8, 29))
    assert decree.is_working_day(date(2026, 8, 29))
    # Received Fri 28 Aug: base → Mon 31 Aug; decree → Sat 29 Aug.
    assert base.add_working_days(date(2026, 8, 28), 1) == date(2026, 8, 31)
    assert decree.add_working_days(date(2026, 8, 28), 1) == date(2026, 8, 29)
    assert decree.add_working_days(date(2026, 8, 28), 2) == date(2026, 9, 1)
    # Extra working day overrides a package holiday as well.
    assert WorkingCalendar(extra_working_days={date(2026, 1, 7)}).is_working_day(date(2026, 1, 7))


def test_conflicting_corrections_rejected() -> None:
    with pytest.raises(ValueError, match="2026-08-31"):
        WorkingCalendar(extra_days_off={date(2026, 8, 31)}, extra_working_days={date(2026, 8, 31)})


def test_unknown_country_rejected() -> None:
    with pytest.raises(ValueError, match="XX"):
        WorkingCalendar("XX")


def test_default_calendar_is_shared() -> None:
    assert default_calendar() is default_calendar()
    assert default_calendar().country == "KZ"


# -- deadline_state -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "left", "level"),
    [
        (date(2026, 4, 2), 4, "ok"),  # Thu: Fri 3, Mon 6, Tue 7, Wed 8
        (date(2026, 4, 3), 3, "ok"),  # Fri: Mon 6, Tue 7, Wed 8
        (date(2026, 4, 4), 3, "ok"),  # Sat: still three working days
        (date(2026, 4, 5), 3, "ok"),  # Sun
        (date(2026, 4, 6), 2, "due_soon"),  # Mon: boundary, 2 left
        (date(2026, 4, 7), 1, "due_soon"),
        (date(2026, 4, 8), 0, "due_soon"),  # the due day itself
        (date(2026, 4, 9), -1, "overdue"),
        (date(2026, 4, 13), -3, "overdue"),  # Thu 9, Fri 10, Mon 13
    ],
)
def test_deadline_state_levels(cal: WorkingCalendar, today: date, left: int, level: str) -> None:
    due = date(2026, 4, 8)  # Akmola result for a receipt on Fri 2026-03-20
    assert deadline_state(due, today, cal) == DeadlineState(due, left, level)  # type: ignore[arg-type]


def test_deadline_state_holidays_shrink_the_margin(cal: WorkingCalendar) -> None:
    # Seven calendar days, but only two working days (Nauryz): already due soon.
    state = deadline_state(date(2026, 3, 27), date(2026, 3, 20), cal)
    assert (state.working_days_left, state.level) == (2, "due_soon")


def test_deadline_state_overdue_over_a_weekend(cal: WorkingCalendar) -> None:
    # Due Fri 2026-04-10; on Sat 11 and Sun 12 no working day has passed, yet it is overdue.
    for today in (date(2026, 4, 11), date(2026, 4, 12)):
        state = deadline_state(date(2026, 4, 10), today, cal)
        assert state.level == "overdue"
        assert state.working_days_left == -1
    assert deadline_state(date(2026, 4, 10), date(2026, 4, 13), cal).working_days_left == -1
    assert deadline_state(date(2026, 4, 10), date(2026, 4, 14), cal).working_days_left == -2


def test_deadline_state_custom_threshold_and_default_calendar() -> None:
    due = date(2026, 4, 8)
    assert deadline_state(due, date(2026, 4, 3), due_soon_days=3).level == "due_soon"
    assert deadline_state(due, date(2026, 4, 3), due_soon_days=2).level == "ok"
    assert deadline_state(due, date(2026, 4, 7), due_soon_days=0).level == "ok"
    assert deadline_state(due, date(2026, 4, 8), due_soon_days=0).level == "due_soon"
