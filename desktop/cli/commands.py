"""The headless subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.errors import CliError
from desktop.domain.errors import DomainError
from desktop.domain.workflow import Status
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.demo import DemoDataGenerator
from desktop.services.registry import RegistryQuery, RegistryService, SortKey
from desktop.storage.database import Database, user_data_dir


def open_database(args: argparse.Namespace) -> Database:
    try:
        db = Database(args.db)
        db.migrate()
    except Exception as exc:  # a bad URL, an unreachable server, a file we may not write
        raise CliError(f"cannot open the database: {exc}") from exc
    return db


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


# -- demo-data ----------------------------------------------------------------------------


def demo_data(args: argparse.Namespace) -> int:
    if args.applications < 0:
        raise CliError("--applications must be zero or more")
    db = open_database(args)
    generator = DemoDataGenerator(db, seed=args.seed)
    if not generator.is_empty():
        if args.if_empty:
            _out(f"The database {db.display_url} already has data; left as it is.")
            _print_accounts()
            return 0
        raise CliError("the database already has users or applications; demo data goes only "
                       "into an empty database (use --if-empty to skip quietly)", 1)

    def progress(done: int, total: int) -> None:
        sys.stderr.write(f"\r  applications: {done}/{total}")
        if done == total:
            sys.stderr.write("\n")

    summary = generator.generate(args.applications, progress=progress)
    keys = generator.write_keys(_keys_folder(db))
    _out(f"Demo data written to {db.display_url}:")
    _out(f"  {summary.applications} applications, {summary.applicants} applicants, "
         f"{summary.items} items, {summary.pages} document pages")
    _print_accounts()
    _out(f"Demo signing keys (password: the account's; not for real use): {keys}")
    return 0


def _keys_folder(db: Database) -> Path:
    """Beside the SQLite file, or in the user data folder for a server database."""
    if db.is_sqlite and db.url.database:
        return Path(db.url.database).resolve().parent / "demo-keys"
    return user_data_dir() / "demo-keys"


def _print_accounts() -> None:
    from desktop.services.demo_people import STAFF

    _out("Demo accounts (user name / password / role):")
    for username, full_name, role, password in STAFF:
        _out(f"  {username:<8} {password:<13} {role:<7} {full_name}")


# -- applications list ----------------------------------------------------------------------


def applications_list(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        statuses = frozenset(Status(s) for s in args.status or [])
    except ValueError as exc:
        known = ", ".join(s.value for s in Status)
        raise CliError(f"{exc}; known statuses: {known}") from exc
    query = RegistryQuery(text=args.search or "", statuses=statuses, overdue_only=args.overdue,
                          sort=SortKey.NUMBER, descending=False)
    service = RegistryService(db)
    actor = Actor.system()
    today = date.today()
    total = service.count(actor, query, today)
    limit = args.limit if args.limit is not None else total
    rows = service.page(actor, query, 0, limit, today)
    if args.json:
        payload: list[dict[str, Any]] = [
            {
                "number": r.number,
                "received": r.received.isoformat(),
                "applicant": r.applicant,
                "iin_bin": r.iin_bin,
                "status": r.status.value,
                "deadline": r.deadline.due.isoformat() if r.deadline else None,
                "working_days_left": r.deadline.working_days_left if r.deadline else None,
                "overdue": bool(r.deadline and r.deadline.level == "overdue"),
                "items": r.items,
                "pages": r.pages,
                "assigned_member": r.assigned_member,
            }
            for r in rows
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        _out()
        return 0
    for r in rows:
        due = f"{r.deadline.due.isoformat()} ({r.deadline.working_days_left:+d})" if r.deadline \
            else "—"
        _out(f"{r.number:<16} {r.received.isoformat()}  {r.status.value:<19} {due:<18} "
             f"{r.iin_bin}  {r.applicant}")
    _out(f"{len(rows)} of {total} applications")
    return 0


# -- audit verify ---------------------------------------------------------------------------


def audit_verify(args: argparse.Namespace) -> int:
    db = open_database(args)
    with db.read() as s:
        report = audit.verify_database(s)
    if report.ok:
        _out(f"audit chain intact: {report.checked} events")
        return 0
    _out(f"audit chain broken at event {report.broken_at}: {report.reason}")
    return 1


# -- registration of the parsers ------------------------------------------------------------


def _guard(handler):  # type: ignore[no-untyped-def]
    """Turn a domain refusal into exit code 1 with its message on stderr."""

    def run(args: argparse.Namespace) -> int:
        try:
            return int(handler(args))
        except DomainError as exc:
            raise CliError(str(exc), 1) from exc

    return run


def register_all(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    # Imported here: the command modules use open_database from this module.
    from desktop.cli import (
        admin_commands,
        conclusion_commands,
        documents_commands,
        export_commands,
        keys_commands,
        register_commands,
        signing_commands,
    )

    p = sub.add_parser("demo-data", help="fill an empty database with demo data")
    p.add_argument("--applications", type=int, default=120, metavar="N",
                   help="how many applications (default 120)")
    p.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    p.add_argument("--if-empty", action="store_true",
                   help="do nothing (exit 0) when the database already has data")
    p.set_defaults(handler=_guard(demo_data))

    apps = sub.add_parser("applications", help="the registry of applications")
    apps_sub = apps.add_subparsers(dest="apps_command", metavar="COMMAND", required=True)
    p = apps_sub.add_parser("list", help="list applications")
    p.add_argument("--status", action="append", metavar="S",
                   help="only this status (repeatable): " + ", ".join(s.value for s in Status))
    p.add_argument("--overdue", action="store_true", help="only overdue applications")
    p.add_argument("--search", metavar="TEXT", help="number, IIN/BIN or name fragment")
    p.add_argument("--limit", type=int, metavar="N", help="at most N rows")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(handler=_guard(applications_list))

    aud = sub.add_parser("audit", help="the audit journal")
    aud_sub = aud.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    p = aud_sub.add_parser("verify", help="check the hash chain; exit 1 at the first break")
    p.set_defaults(handler=_guard(audit_verify))

    signing_commands.register(sub)
    keys_commands.register(sub)

    admin_commands.register(sub)
    register_commands.register(sub)
    documents_commands.register(sub)
    conclusion_commands.register(sub)
    export_commands.register(sub)
