"""The commission's seats from the command line: who holds which seat, from when to when.

``seats list`` shows the region's seats; ``seats add`` and ``seats end`` give and end one,
signed in as an administrator, through the same service as the window's Users and seats.
"""

from __future__ import annotations

import argparse
from datetime import date

from desktop.cli.context import CliError, Context, add_command
from desktop.domain.roles import Action
from desktop.domain.seats import SeatKind
from desktop.services.actor import Actor
from desktop.services.seats import SeatService
from desktop.services.users import UserService

__all__ = ["register"]


def _administrator(ctx: Context) -> Actor:
    actor = ctx.sign_in()
    actor.require(Action.MANAGE_USERS)
    return actor


def _user_id(ctx: Context, actor: Actor, username: str) -> int:
    for account in UserService(ctx.database()).accounts(actor):
        if account.username == username:
            return account.id
    raise CliError(f"no account '{username}'", reason="no_account", values=(username,))


def _day(value: date | None) -> str:
    return value.isoformat() if value else "…"


def seats_list(ctx: Context) -> int:
    actor = ctx.sign_in()
    seats = SeatService(ctx.database()).list_seats(actor, region=ctx.args.region)
    today = date.today()
    if ctx.args.json:
        ctx.out_json([{"id": v.id, "region": v.region, "username": v.username,
                       "full_name": v.full_name, "seat": v.seat.value,
                       "since": v.since.isoformat(),
                       "until": v.until.isoformat() if v.until else None,
                       "holds_today": v.holds_on(today)} for v in seats])
        return 0
    for v in seats:
        mark = "*" if v.holds_on(today) else " "
        ctx.out(f"{v.id:>4} {mark} {ctx.words.term('seat', v.seat.value):<12} "
                f"{_day(v.since)} – {_day(v.until):<10} {v.username:<16} {v.full_name}")
    if not seats:
        ctx.say("seats.none")
    return 0


def seats_add(ctx: Context) -> int:
    actor = _administrator(ctx)
    args = ctx.args
    view = SeatService(ctx.database()).add(
        actor, _user_id(ctx, actor, args.username), SeatKind(args.seat), args.since,
        until=args.until, region=args.region)
    seat = ctx.words.term("seat", view.seat)
    if view.until:
        ctx.say("seats.added_until", view.id, view.username, seat, view.region,
                _day(view.since), _day(view.until))
    else:
        ctx.say("seats.added", view.id, view.username, seat, view.region, _day(view.since))
    return 0


def seats_end(ctx: Context) -> int:
    actor = _administrator(ctx)
    view = SeatService(ctx.database()).end(actor, ctx.args.seat_id, ctx.args.until)
    ctx.say("seats.ended", view.id, view.username, ctx.words.term("seat", view.seat),
            _day(view.until))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    seats = sub.add_parser("seats", help="the commission's seats: member, chair, official, "
                                         "secretary")
    seats_sub = seats.add_subparsers(dest="seats_command", metavar="COMMAND", required=True)
    p = add_command(seats_sub, "list", seats_list,
                    help="the region's seats (* marks those held today)")
    p.add_argument("--region", help="the region's code (default: the commission's region)")
    p.add_argument("--json", action="store_true", help="as JSON")
    p = add_command(seats_sub, "add", seats_add,
                    help="seat an account on the region's commission, or as the official who "
                         "signs the certificates (administrator)")
    p.add_argument("username")
    p.add_argument("--seat", required=True, choices=[k.value for k in SeatKind])
    p.add_argument("--since", type=date.fromisoformat, default=date.today(),
                   metavar="YYYY-MM-DD", help="from this day (default: today)")
    p.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="up to this day, its last (default: open-ended)")
    p.add_argument("--region", help="the region's code (default: the commission's region)")
    p = add_command(seats_sub, "end", seats_end,
                    help="end a seat (its id from 'seats list') on a day, its last "
                         "(administrator)")
    p.add_argument("seat_id", type=int, metavar="ID")
    p.add_argument("--until", type=date.fromisoformat, default=date.today(),
                   metavar="YYYY-MM-DD", help="the seat's last day (default: today)")
