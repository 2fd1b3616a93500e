"""Rebuild ``resources/calendar/kz.json``, Kazakhstan's days off and transferred working days.

The file is the application's calendar for the years it lists. It is written from the
``holidays`` package, whose Kazakhstan calendar follows the Labour Code and the government's
transfer decrees; read the result against the decrees before committing it. Run it with the
project's virtual environment::

    .venv/bin/python scripts/build_calendar.py 2024 2026

A decree published after a release is not waited for: the administrator adds it in the
application (File → Working-day calendar, or ``export-commission calendar add``).
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from importlib.metadata import version
from pathlib import Path

import holidays

OUT = Path(__file__).resolve().parents[1] / "resources" / "calendar" / "kz.json"

RU = {
    "New Year's Day": "Новый год",
    "Orthodox Christmas": "Православное Рождество",
    "International Women's Day": "Международный женский день",
    "Nowruz Holiday": "Наурыз мейрамы",
    "Kazakhstan's People Solidarity Holiday": "Праздник единства народа Казахстана",
    "Defender of the Fatherland Day": "День защитника Отечества",
    "Victory Day": "День Победы",
    "Capital Day": "День Столицы",
    "Eid al-Adha": "Курбан айт",
    "Constitution Day": "День Конституции Республики Казахстан",
    "Republic Day": "День Республики",
    "Independence Day": "День Независимости",
}
SUBSTITUTED = re.compile(r"^Day off \(substituted from (\d\d)/(\d\d)/(\d{4})\)$")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _ru(name: str) -> str:
    if match := SUBSTITUTED.match(name):
        month, day, year = match.groups()
        return f"Выходной день (перенесён с {day}.{month}.{year})"
    for suffix, words in ((" (observed)", " (перенесённый выходной)"),
                          (" (estimated)", " (предварительная дата)")):
        if name.endswith(suffix):
            return RU[name.removesuffix(suffix)] + words
    return RU[name]


def _kk(name: str) -> str:
    return name.replace("(бағаланған)", "(болжамды күн)")


def _year(year: int) -> dict[str, object]:
    english = holidays.KZ(years=year, language="en_US")
    kazakh = holidays.KZ(years=year, language="kk")
    days_off = [{"date": day.isoformat(),
                 "note": {"kk": _kk(kazakh[day]), "ru": _ru(name), "en": name}}
                for day, name in sorted(english.items())]
    moved = {date(int(y), int(m), int(d)): day for day, name in english.items()
             if (match := SUBSTITUTED.match(name)) for m, d, y in [match.groups()]}
    working = []
    for day in sorted(d for d in english.weekend_workdays if d.year == year):
        to = moved.get(day)
        note = ({"kk": f"Жұмыс күні (демалыс {to:%d.%m.%Y} күніне ауыстырылды)",
                 "ru": f"Рабочий день (выходной перенесён на {to:%d.%m.%Y})",
                 "en": f"Working day (the day off moved to {to:%d.%m.%Y})"} if to else
                {"kk": "Жұмыс күні", "ru": "Рабочий день", "en": "Working day"})
        working.append({"date": day.isoformat(), "note": note})
    return {"days_off": days_off, "working_days": working}


def _dump(data: dict[str, object]) -> str:
    """Indented JSON with one day per line, so a decree's change is a one-line diff."""
    def one(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    years = data["years"]
    assert isinstance(years, dict)
    lines = ["{"]
    lines += [f' {one(key)}: {one(data[key])},' for key in ("country", "source", "weekend")]
    lines.append(' "years": {')
    for i, (year, lists) in enumerate(years.items()):
        lines.append(f'  {one(year)}: {{')
        for j, key in enumerate(("days_off", "working_days")):
            days = lists[key]
            lines.append(f'   {one(key)}: [' + ("" if days else "]" + ("," if j == 0 else "")))
            lines += [f'    {one(day)}' + ("," if k < len(days) - 1 else "")
                      for k, day in enumerate(days)]
            if days:
                lines.append("   ]" + ("," if j == 0 else ""))
        lines.append("  }" + ("," if i < len(years) - 1 else ""))
    lines += [" }", "}"]
    return "\n".join(lines) + "\n"


def main(first: int, last: int) -> None:
    sample = holidays.KZ(years=first)
    data = {
        "country": "KZ",
        "source": f"scripts/build_calendar.py from holidays {version('holidays')}",
        "weekend": [WEEKDAYS[d] for d in sorted(sample.weekend)],
        "years": {str(year): _year(year) for year in range(first, last + 1)},
    }
    OUT.write_text(_dump(data), encoding="utf-8")
    sys.stdout.write(f"wrote {OUT} for {first}–{last}\n")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
