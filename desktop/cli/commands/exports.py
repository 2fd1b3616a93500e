"""The registry of requests and the journal of conclusions as XLSX or CSV files."""

from __future__ import annotations

import argparse
from datetime import date

from desktop.cli.context import CliError, Context, add_command
from desktop.domain.errors import DomainError
from desktop.services.exports import ExportKind, ExportService, Period

__all__ = ["register"]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-31") from exc


def export_cmd(ctx: Context) -> int:
    actor = ctx.sign_in()
    try:
        count = ExportService(ctx.database()).export(actor, ExportKind(ctx.args.what),
                                         Period(ctx.args.start, ctx.args.end),
                                         ctx.output(ctx.args.output),
                                         lang=ctx.args.lang)
    except DomainError as exc:
        raise CliError(str(exc), reason="refused", values=(ctx.refusal(exc),)) from exc
    ctx.say("export.written", count, ctx.args.output)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "export", export_cmd,
                    help="the registry or the journal of conclusions for a period, as XLSX "
                         "or CSV")
    p.add_argument("what", choices=[k.value for k in ExportKind],
                   help="registry: requests received in the period; journal: conclusions "
                        "and refusal letters dated in it")
    p.add_argument("--from", dest="start", type=_day, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=_day, required=True, metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.csv")
    p.add_argument("--lang", choices=["kk", "ru", "en"], default="ru",
                   help="language of the column headers and words (default ru)")
