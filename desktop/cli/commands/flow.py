"""Refusing from the command line, and the whole-database check.

``refuse NUMBER --ground CODE`` is the window's Refuse… (as ``conclusion draft NUMBER`` is
its Draft): the same service, so the same permission check, rules, audit and refusals (a
refusal escapes to the root, which words it in the reader's language, exit code 1).
``check`` looks at every invariant of the database: exit 0 when all hold, 1 listing each
broken one with the application it concerns.
"""

from __future__ import annotations

import argparse
import os

from desktop.cli.context import Context, add_command
from desktop.domain.refusals import RefusalGround
from desktop.services.applications import ApplicationService
from desktop.services.conclusions import ConclusionService
from desktop.services.invariants import CheckReport, InvariantService

__all__ = ["register"]


def refuse_cmd(ctx: Context) -> int:
    actor = ctx.sign_in()
    db = ctx.database()
    application_id = ApplicationService(db).id_of(actor, ctx.args.number)
    letter = ConclusionService(db).refuse(actor, application_id, ctx.args.ground,
                                          "\n".join(ctx.args.text or []))
    ctx.say("refusal.drafted", letter.application_number, ctx.args.ground, letter.number,
            letter.signers[-1].full_name)
    return 0


def check_cmd(ctx: Context) -> int:
    actor = ctx.sign_in()
    workers = ctx.args.workers if ctx.args.workers is not None else (os.cpu_count() or 1)
    report = InvariantService(ctx.database()).check(actor, workers=workers)
    return show_report(ctx, report, as_json=ctx.args.json)


def show_report(ctx: Context, report: CheckReport, *, as_json: bool = False) -> int:
    """Print what the check found; the exit code (0: every invariant holds, 1: not)."""
    if as_json:
        ctx.out_json({"ok": report.ok, "checked": report.checked, "broken": [
            {"rule": b.rule, "application": b.application, "message": b.message,
             "values": list(b.values)} for b in report.breaches]})
        return 0 if report.ok else 1
    for line in report.lines(ctx.words.message):
        ctx.out(line)
    counts = ", ".join(f"{n} {part}" for part, n in report.checked.items())
    if report.ok:
        ctx.say("check.ok", counts)
        return 0
    ctx.say("check.broken", len(report.breaches), counts)
    return 1


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "refuse", refuse_cmd,
                    help="refuse an application on a ground of the closed list and draft the "
                         "refusal letter (as the chairperson)")
    p.add_argument("number", metavar="NUMBER", help="the application's registration number")
    p.add_argument("--ground", required=True, choices=[g.value for g in RefusalGround],
                   help="the ground of the refusal")
    p.add_argument("--text", action="append", metavar="TEXT",
                   help="the commission's reasons, a paragraph each (repeatable; required "
                        "with --ground other)")

    p = add_command(sub, "check", check_cmd,
                    help="check every invariant over the whole database; exit 1 listing "
                         "each broken one")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes that verify the signed documents (default: the cores)")
