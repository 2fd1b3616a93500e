"""``calendar list|add|remove``: the working-day calendar and the administrator's amendments."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desktop.cli.context import Context, add_command
from desktop.services.calendar import CalendarChange, CalendarService

__all__ = ["register"]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-31") from exc


def calendar_list(ctx: Context) -> int:
    actor = ctx.sign_in()
    year = ctx.args.year or date.today().year
    days = CalendarService(ctx.database()).year(actor, year)
    lang = ctx.words.language
    if ctx.args.json:
        payload: list[dict[str, Any]] = [
            {"date": d.day.isoformat(), "working": d.working,
             "name": d.note.get(lang) or d.note.get("kk") or "",
             "amendment": None if d.amendment is None else {
                 "working": d.amendment.working, "note": d.amendment.note,
                 "by": d.amendment.created_by}}
            for d in days]
        ctx.out_json(payload)
        return 0
    for d in days:
        name = d.note.get(lang) or d.note.get("kk") or ""
        kind = ctx.words.line("calendar.working" if d.working else "calendar.day_off")
        amended = ctx.words.line("calendar.amended", d.amendment.created_by
                                 or ctx.words.line("calendar.system"), d.amendment.note) \
            if d.amendment else ""
        ctx.out(f"{d.day.isoformat()}  {kind:<16}  {name}{amended}")
    ctx.say("calendar.total", len(days), year)
    return 0


def _report(ctx: Context, change: CalendarChange) -> int:
    said = {None: "calendar.withdrawn", True: "calendar.now_working",
            False: "calendar.now_day_off"}[change.working]
    ctx.say(said, change.day.isoformat(), len(change.moved))
    for moved in change.moved:
        ctx.out(f"  {moved.number}: {moved.stage} {moved.before.isoformat()} -> "
                f"{moved.after.isoformat()}")
    return 0


def calendar_add(ctx: Context) -> int:
    actor = ctx.sign_in()
    change = CalendarService(ctx.database()).add(actor, ctx.args.day, ctx.args.working,
                                                 ctx.args.note)
    return _report(ctx, change)


def calendar_remove(ctx: Context) -> int:
    actor = ctx.sign_in()
    return _report(ctx, CalendarService(ctx.database()).remove(actor, ctx.args.day))


def register(sub: argparse._SubParsersAction) -> None:
    cal = sub.add_parser("calendar", help="the working-day calendar and its amendments")
    cal_sub = cal.add_subparsers(dest="calendar_command", metavar="COMMAND", required=True)
    p = add_command(cal_sub, "list", calendar_list,
                    help="a year's days off and worked weekend days, amendments marked")
    p.add_argument("--year", type=int, metavar="YEAR", help="the year (default: this one)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = add_command(cal_sub, "add", calendar_add,
                    help="make a day a day off or a working day (administrator; the running "
                         "deadlines move, the change is audited)")
    p.add_argument("day", type=_day, metavar="DATE", help="the day, YYYY-MM-DD")
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument("--day-off", dest="working", action="store_false",
                      help="make it a day off")
    kind.add_argument("--working-day", dest="working", action="store_true",
                      help="make it a working day")
    p.add_argument("--note", required=True, metavar="TEXT",
                   help="the decree (number and date) or the reason")
    p = add_command(cal_sub, "remove", calendar_remove,
                    help="withdraw the amendment of a day (administrator)")
    p.add_argument("day", type=_day, metavar="DATE", help="the day, YYYY-MM-DD")
