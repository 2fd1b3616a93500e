"""``demo-data``: fill an empty database with bilingual demo data (no account needed)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import CliError, Context, add_command
from desktop.domain.regions import available_profiles
from desktop.services.demo import DemoDataGenerator
from desktop.services.settings import DEFAULT_REGION
from desktop.storage.database import Database, user_data_dir

__all__ = ["DEFAULT_APPLICATIONS", "register"]

DEFAULT_APPLICATIONS = 60
"""Enough to fill the registry's first page and every status; each decided one is drafted
and signed for real, which is what the first start of ``scripts/run`` waits for."""


def demo_data(ctx: Context) -> int:
    if ctx.args.applications < 0:
        raise CliError("--applications must be zero or more", reason="negative",
                       values=("--applications",))
    region = ctx.args.region
    if region is not None and region not in available_profiles():
        raise CliError(f"unknown region '{region}'", reason="unknown_region",
                       values=(region,))
    db = ctx.database(loading=True)
    generator = DemoDataGenerator(db, seed=ctx.args.seed)
    if not generator.is_empty():
        if ctx.args.if_empty:
            ctx.say("demo.kept", db.display_url)
            _print_accounts(ctx)
            return 0
        raise CliError("the database already has users or applications; demo data goes only "
                       "into an empty database (use --if-empty to skip quietly)", 1,
                       reason="demo_not_empty")

    def progress(done: int, total: int) -> None:
        ctx.stderr.write("\r  " + ctx.words.line("demo.progress", done, total))
        if done == total:
            ctx.stderr.write("\n")

    keys = _keys_folder(db)
    summary = generator.generate(ctx.args.applications, keys, region=region,
                                 workers=ctx.args.workers, progress=progress)
    ctx.say("demo.written", db.display_url, summary.region)
    ctx.say("demo.counts", summary.applications, summary.applicants, summary.items,
            summary.pages, summary.documents, summary.signatures)
    _print_accounts(ctx)
    ctx.say("demo.keys", keys)
    return 0


def _keys_folder(db: Database) -> Path:
    """Beside the SQLite file, or in the user data folder for a server database."""
    if db.is_sqlite and db.url.database:
        return Path(db.url.database).resolve().parent / "demo-keys"
    return user_data_dir() / "demo-keys"


def _print_accounts(ctx: Context) -> None:
    from desktop.services.demo_people import STAFF

    ctx.say("demo.accounts")
    for username, full_name, role, password in STAFF:
        ctx.out(f"  {username:<8} {password:<13} {ctx.words.term('role', role):<16} "
                f"{full_name}")


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "demo-data", demo_data, sign_in=False,
                    help="fill an empty database with demo data")
    p.add_argument("--applications", type=int, default=DEFAULT_APPLICATIONS, metavar="N",
                   help=f"how many applications (default {DEFAULT_APPLICATIONS}: the first "
                        "start of the program stays under a minute)")
    p.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    p.add_argument("--if-empty", action="store_true",
                   help="do nothing (exit 0) when the database already has data")
    p.add_argument("--region", metavar="CODE",
                   help="the region profile (default: the one chosen for the database, else "
                        f"{DEFAULT_REGION}): " + ", ".join(available_profiles()))
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes that sign the documents (default: one per core)")
