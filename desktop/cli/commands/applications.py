"""``applications list``: the registry of applications."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desktop.cli.context import CliError, Context, add_command
from desktop.domain.stages import PRELIMINARY
from desktop.domain.workflow import Status
from desktop.services.disclosures import record_disclosure
from desktop.services.registry import RegistryQuery, RegistryService, SortKey

__all__ = ["register"]


def applications_list(ctx: Context) -> int:
    args = ctx.args
    try:
        statuses = frozenset(Status(s) for s in args.status or [])
    except ValueError as exc:
        known = ", ".join(s.value for s in Status)
        unknown = next(s for s in args.status if s not in {v.value for v in Status})
        raise CliError(f"{exc}; known statuses: {known}", reason="unknown_status",
                       values=(unknown, known)) from exc
    actor = ctx.sign_in()
    query = RegistryQuery(text=args.search or "", statuses=statuses, overdue_only=args.overdue,
                          in_scans=args.in_scans, sort=SortKey.NUMBER, descending=False)
    service = RegistryService(ctx.database())
    today = date.today()
    total = service.count(actor, query, today)
    limit = args.limit if args.limit is not None else total
    rows = service.page(actor, query, 0, limit, today)
    record_disclosure(ctx.database(), actor, "registry", {
        "rows": len(rows), "search": args.search or "", "statuses": sorted(statuses),
        "overdue": bool(args.overdue), "in_scans": bool(args.in_scans)})
    if args.json:
        payload: list[dict[str, Any]] = [
            {
                "number": r.number,
                "received": r.received.isoformat(),
                "applicant": r.applicant,
                "iin_bin": r.iin_bin,
                "status": r.status.value,
                "deadline": r.deadline.due.isoformat() if r.deadline else None,
                "stage": r.deadline.stage if r.deadline else None,
                "working_days_left": r.deadline.working_days_left if r.deadline else None,
                "overdue": bool(r.deadline and r.deadline.level == "overdue"),
                "items": r.items,
                "pages": r.pages,
                "assigned_member": r.assigned_member,
            }
            for r in rows
        ]
        ctx.out_json(payload)
        return 0
    words = ctx.words
    preliminary = words.line("registry.preliminary")
    for r in rows:
        due = f"{r.deadline.due.isoformat()} ({r.deadline.working_days_left:+d})" if r.deadline \
            else "—"
        stage = preliminary if r.deadline and r.deadline.stage == PRELIMINARY else ""
        ctx.out(f"{r.number:<16} {r.received.isoformat()}  "
                f"{words.term('status', r.status.value):<26} {due:<18} {stage:<11} "
                f"{r.iin_bin}  {r.applicant}")
    ctx.say("registry.total", len(rows), total)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    apps = sub.add_parser("applications", help="the registry of applications")
    apps_sub = apps.add_subparsers(dest="apps_command", metavar="COMMAND", required=True)
    p = add_command(apps_sub, "list", applications_list, help="list applications")
    p.add_argument("--status", action="append", metavar="S",
                   help="only this status (repeatable): " + ", ".join(s.value for s in Status))
    p.add_argument("--overdue", action="store_true",
                   help="only overdue applications (the stage that runs now: the preliminary "
                        "examination's deadline while it runs, then the result's)")
    p.add_argument("--search", metavar="TEXT", help="number, IIN/BIN or name fragment")
    p.add_argument("--in-scans", action="store_true",
                   help="--search also looks into the text read from the scanned papers")
    p.add_argument("--limit", type=int, metavar="N", help="at most N rows")
    p.add_argument("--json", action="store_true", help="print a JSON array")
