"""``export-commission register PACKAGE.json``: register a request package from the portal.

The package is checked completely before anything is stored; a rejected package lists every
problem on stderr (exit 2). See ``docs/request-package.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.commands import open_database
from desktop.cli.documents_commands import PASSWORD_ENV, cli_actor
from desktop.cli.errors import CliError
from desktop.domain.drafts import ValidationFailed
from desktop.domain.roles import PermissionDenied
from desktop.services.packages import PackageRejected, read_package
from desktop.services.registration import Registered, RegistrationService


def _print(registered: Registered, as_json: bool) -> None:
    due = {
        "number": registered.number,
        "application_id": registered.application_id,
        "received": registered.received.isoformat(),
        "preliminary_due": registered.preliminary_due.isoformat()
        if registered.preliminary_due else None,
        "result_due": registered.result_due.isoformat(),
    }
    if as_json:
        sys.stdout.write(json.dumps(due, ensure_ascii=False) + "\n")
        return
    lines = [f"registered {registered.number} (received {due['received']})"]
    if registered.preliminary_due:
        lines.append(f"  preliminary examination due {due['preliminary_due']}")
    lines.append(f"  result due {due['result_due']}")
    sys.stdout.write("\n".join(lines) + "\n")


def register_cmd(args: argparse.Namespace) -> int:
    if not args.check and not args.user:
        raise CliError("register needs --user NAME (or --check to only check the package)")
    path = Path(args.package)
    try:
        data = read_package(path)
    except PackageRejected as exc:
        raise CliError(str(exc)) from exc
    if args.check:
        sys.stdout.write(f"{path}: the package is valid ({len(data.items)} items)\n")
        return 0
    db = open_database(args)
    try:
        actor = cli_actor(args, db)
        registered = RegistrationService(db).register(actor, data)
    except ValidationFailed as exc:  # the day changed between the check and the service
        lines = "\n".join(f"  {p}" for p in exc.problems)
        raise CliError(f"{path}: request package rejected:\n{lines}") from exc
    except PermissionDenied as exc:
        raise CliError(f"'{args.user}' may not register applications: {exc}", 1) from exc
    finally:
        db.dispose()
    _print(registered, args.json)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "register",
        help="register a request package (JSON) from the e-licensing portal",
        description="Check a request package against its schema and the registration rules, "
        "then register it as an application received through the portal. A package with "
        "any problem is refused whole, with every problem listed, and nothing is stored.",
    )
    p.add_argument("package", metavar="PACKAGE.json", help="the request package")
    p.add_argument("--user", metavar="NAME",
                   help=f"the clerk who registers it (password in {PASSWORD_ENV} or asked "
                        "for); required unless --check")
    p.add_argument("--check", action="store_true",
                   help="only check the package; store nothing, no sign-in needed")
    p.add_argument("--json", action="store_true",
                   help="print the number and deadlines as a JSON object")
    p.set_defaults(handler=register_cmd)
