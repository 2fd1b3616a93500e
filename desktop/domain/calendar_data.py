"""The calendar shipped as data: each year's days off and transferred working days.

``resources/calendar/<country>.json`` lists, for the years it covers, every day off (public
holidays and days off moved by a decree) and every weekend day worked instead, each with a
note in Kazakh, Russian and English::

    {"country": "KZ", "source": "…", "weekend": ["saturday", "sunday"],
     "years": {"2026": {"days_off": [{"date": "2026-01-01", "note": {"kk": "Жаңа жыл", …}}],
                        "working_days": []}}}

A year the file does not list is counted by the ``holidays`` package's rules. The
administrator's amendments (a decree published after the release) are kept in the database
and laid over both (:mod:`desktop.services.calendar`). The file is validated when loaded;
a problem raises :class:`CalendarFileError` naming the file and the entry.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from desktop import LANGUAGES
from desktop.resources import resources_dir

__all__ = [
    "CalendarDay",
    "CalendarFileError",
    "CalendarTable",
    "calendar_file",
    "load_calendar_file",
    "shipped_calendar",
]

logger = logging.getLogger(__name__)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class CalendarFileError(ValueError):
    """The calendar file is missing or invalid; the message names the file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """A day that is not what its weekday says: a day off, or a weekend day worked."""

    day: date
    working: bool
    note: dict[str, str] = field(default_factory=dict, compare=False)
    """The day's name or basis, by language (kk, ru, en; any may be missing)."""

    def note_in(self, lang: str) -> str:
        """The note in ``lang``, else in Kazakh, Russian or English, whichever there is."""
        for code in (lang, *LANGUAGES):
            if self.note.get(code):
                return self.note[code]
        return ""


@dataclass(frozen=True, slots=True)
class CalendarTable:
    """The shipped calendar: its weekend and the listed years' special days."""

    country: str
    weekend: frozenset[int]
    """Weekday numbers (Monday 0) that are days off unless listed as working days."""
    years: dict[int, tuple[CalendarDay, ...]]
    source: str = ""

    def covers(self, year: int) -> bool:
        return year in self.years

    def days(self, year: int) -> tuple[CalendarDay, ...]:
        return self.years.get(year, ())


def calendar_file(country: str = "KZ") -> Path:
    """Where the shipped calendar of ``country`` is."""
    return resources_dir() / "calendar" / f"{country.lower()}.json"


def _note(value: Any, where: str, path: Path) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
            lang in LANGUAGES and isinstance(text, str) for lang, text in value.items()):
        raise CalendarFileError(path, f"{where}: 'note' must be an object of language → text")
    return {lang: text.strip() for lang, text in value.items() if text.strip()}


def _days(data: Any, year: int, key: str, path: Path) -> list[CalendarDay]:
    if not isinstance(data, list):
        raise CalendarFileError(path, f"{year}.{key} must be a list")
    days = []
    for i, entry in enumerate(data):
        where = f"{year}.{key}[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("date"), str):
            raise CalendarFileError(path, f"{where} must be an object with a 'date'")
        try:
            day = date.fromisoformat(entry["date"])
        except ValueError as exc:
            raise CalendarFileError(path, f"{where}: {entry['date']!r} is not a date "
                                          "(YYYY-MM-DD)") from exc
        if day.year != year:
            raise CalendarFileError(path, f"{where}: {day.isoformat()} is not in {year}")
        days.append(CalendarDay(day, key == "working_days",
                                _note(entry.get("note", {}), where, path)))
    return days


def _parse(data: Any, path: Path) -> CalendarTable:
    if not isinstance(data, dict) or not isinstance(data.get("years"), dict):
        raise CalendarFileError(path, "top level must be an object with 'years'")
    country = data.get("country")
    if not isinstance(country, str) or not country:
        raise CalendarFileError(path, "'country' must be a country code")
    weekend = data.get("weekend")
    if not isinstance(weekend, list) or not all(d in _WEEKDAYS for d in weekend):
        raise CalendarFileError(path, f"'weekend' must list weekday names ({', '.join(_WEEKDAYS)})")
    years: dict[int, tuple[CalendarDay, ...]] = {}
    for key, lists in data["years"].items():
        if not (isinstance(key, str) and key.isdigit() and len(key) == 4):
            raise CalendarFileError(path, f"year {key!r} must be four digits")
        year = int(key)
        if not isinstance(lists, dict) or set(lists) - {"days_off", "working_days"}:
            raise CalendarFileError(path, f"{year} must be an object with 'days_off' and "
                                          "'working_days'")
        days = [*_days(lists.get("days_off", []), year, "days_off", path),
                *_days(lists.get("working_days", []), year, "working_days", path)]
        seen: set[date] = set()
        for d in days:
            if d.day in seen:
                raise CalendarFileError(path, f"{d.day.isoformat()} is listed twice")
            seen.add(d.day)
        years[year] = tuple(sorted(days, key=lambda d: d.day))
    return CalendarTable(country, frozenset(_WEEKDAYS.index(d) for d in weekend), years,
                         str(data.get("source", "")))


def load_calendar_file(path: Path | str) -> CalendarTable:
    """Load and validate one calendar file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CalendarFileError(path, "file not found") from exc
    except json.JSONDecodeError as exc:
        raise CalendarFileError(path, f"invalid JSON at line {exc.lineno} column {exc.colno}: "
                                      f"{exc.msg}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CalendarFileError(path, f"cannot read: {exc}") from exc
    table = _parse(data, path)
    logger.debug("loaded the calendar of %s for %s from %s", table.country,
                 ", ".join(map(str, sorted(table.years))), path)
    return table


@cache
def shipped_calendar(country: str = "KZ") -> CalendarTable | None:
    """The calendar file shipped for ``country``, or None when there is none."""
    path = calendar_file(country)
    if not path.is_file():
        return None
    return load_calendar_file(path)
