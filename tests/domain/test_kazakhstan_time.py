"""Kazakhstan's time: UTC+5 for the whole country since 1 March 2024, UTC+6 before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.kazakhstan_time import (
    KAZAKHSTAN_ZONE,
    SINGLE_ZONE_SINCE,
    kazakhstan_time,
    utc_offset_label,
)


def test_since_march_2024_the_country_keeps_utc_plus_5() -> None:
    moment = datetime(2026, 3, 12, 9, 5, 9, tzinfo=UTC)
    local = kazakhstan_time(moment)
    assert local.isoformat() == "2026-03-12T14:05:09+05:00"
    assert utc_offset_label(local) == "UTC+5"
    assert kazakhstan_time(SINGLE_ZONE_SINCE).isoformat() == "2024-02-29T23:00:00+05:00"


def test_a_naive_moment_is_utc() -> None:
    assert kazakhstan_time(datetime(2026, 1, 1, 0, 0)).isoformat() == \
        "2026-01-01T05:00:00+05:00"


def test_before_the_change_almaty_kept_utc_plus_6() -> None:
    local = kazakhstan_time(SINGLE_ZONE_SINCE - timedelta(seconds=1))
    assert local.isoformat() == "2024-02-29T23:59:59+06:00"
    assert utc_offset_label(local) == "UTC+6"


@pytest.mark.parametrize("day", ["2024-03-01T00:00:00", "2025-07-01T12:00:00",
                                 "2026-12-31T23:59:59"])
def test_the_time_zone_data_here_agrees(day: str) -> None:
    """The tz database installed here (2024a or later) puts Asia/Almaty at +05:00 too; the
    fixed offset is what a machine without it, or with older data, still writes right."""
    moment = datetime.fromisoformat(day).replace(tzinfo=UTC)
    assert moment.astimezone(ZoneInfo(KAZAKHSTAN_ZONE)).utcoffset() == timedelta(hours=5)
    assert kazakhstan_time(moment) == moment
    assert kazakhstan_time(moment).utcoffset() == timedelta(hours=5)


def test_offset_labels() -> None:
    def at(minutes: int) -> datetime:
        return datetime(2026, 1, 1, tzinfo=timezone(timedelta(minutes=minutes)))

    assert utc_offset_label(at(330)) == "UTC+5:30"
    assert utc_offset_label(at(-180)) == "UTC-3"
    assert utc_offset_label(at(0)) == "UTC+0"
