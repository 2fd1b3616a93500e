"""Kazakhstan's time, as the documents write it: the moment, its offset, the zone named.

Since 1 March 2024 (00:00 local time) the whole country keeps one time, UTC+5; Astana,
Almaty and the other eastern regions were on UTC+6 before. A moment since then is written
at the fixed offset UTC+5, whatever time zone data the machine has: Python on Windows has
none unless the ``tzdata`` package is installed, and data older than release 2024a still
puts ``Asia/Almaty`` at UTC+6. Earlier moments take ``Asia/Almaty`` from the time zone data
when it is there, and UTC+6 (the offset Akmola and Zhambyl kept) when it is not.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "KAZAKHSTAN_ZONE",
    "SINGLE_ZONE_SINCE",
    "kazakhstan_time",
    "utc_offset_label",
]

log = logging.getLogger(__name__)

KAZAKHSTAN_ZONE = "Asia/Almaty"
SINGLE_ZONE_SINCE = datetime(2024, 2, 29, 18, 0, tzinfo=UTC)
"""1 March 2024, 00:00 at UTC+6: from this moment the country keeps UTC+5."""
_SINGLE = timezone(timedelta(hours=5))
_BEFORE = timezone(timedelta(hours=6))


@cache
def _zone_before() -> ZoneInfo | timezone:
    try:
        return ZoneInfo(KAZAKHSTAN_ZONE)
    except ZoneInfoNotFoundError:
        log.info("no time zone data for %s; moments before March 2024 are written at UTC+6",
                 KAZAKHSTAN_ZONE)
        return _BEFORE


def kazakhstan_time(moment: datetime) -> datetime:
    """*moment* (aware; a naive one is taken as UTC) in Kazakhstan's time at that moment."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if moment >= SINGLE_ZONE_SINCE:
        return moment.astimezone(_SINGLE)
    return moment.astimezone(_zone_before())


def utc_offset_label(moment: datetime) -> str:
    """The offset of an aware *moment* as people read it: ``UTC+5``, ``UTC+5:30``."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
