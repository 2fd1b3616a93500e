"""``export-commission register PACKAGE.json``: register a request package from the portal.

The package is checked completely before anything is stored; a rejected package lists every
problem on stderr (exit 2). See ``docs/request-package.md``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli.context import CliError, Context, add_command
from desktop.domain.drafts import ValidationFailed
from desktop.domain.roles import PermissionDenied
from desktop.services.packages import PackageRejected, read_package
from desktop.services.registration import Registered, RegistrationService


def _print(ctx: Context, registered: Registered, as_json: bool) -> None:
    due = {
        "number": registered.number,
        "application_id": registered.application_id,
        "received": registered.received.isoformat(),
        "preliminary_due": registered.preliminary_due.isoformat()
        if registered.preliminary_due else None,
        "result_due": registered.result_due.isoformat(),
    }
    if as_json:
        ctx.out(json.dumps(due, ensure_ascii=False))
        return
    ctx.say("register.done", registered.number, due["received"])
    if registered.preliminary_due:
        ctx.say("register.preliminary", due["preliminary_due"])
    ctx.say("register.result", due["result_due"])


def register_cmd(ctx: Context) -> int:
    if not ctx.args.check and not ctx.user_name():
        raise CliError("register needs --user NAME (or --check to only check the package)",
                       reason="register_user")
    path = Path(ctx.args.package)
    try:
        data = read_package(path)
    except PackageRejected as exc:
        raise CliError(str(exc), reason="refused", values=(ctx.refusal(exc),)) from exc
    if ctx.args.check:
        ctx.say("register.valid", path, len(data.items))
        return 0
    actor = ctx.sign_in()
    try:
        registered = RegistrationService(ctx.database()).register(actor, data)
    except ValidationFailed as exc:  # the day changed between the check and the service
        lines = "\n".join(f"  {p}" for p in exc.problems)
        raise CliError(f"{path}: request package rejected:\n{lines}", reason="package",
                       values=(path, lines)) from exc
    except PermissionDenied as exc:
        raise CliError(f"'{actor.username}' may not register applications: {exc}", 1,
                       reason="refused", values=(ctx.refusal(exc),)) from exc
    _print(ctx, registered, ctx.args.json)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub, "register", register_cmd,
        help="register a request package (JSON) from the e-licensing portal",
        description="Check a request package against its schema and the registration rules, "
        "then register it as an application received through the portal. A package with "
        "any problem is refused whole, with every problem listed, and nothing is stored.",
    )
    p.add_argument("package", metavar="PACKAGE.json", help="the request package")
    p.add_argument("--check", action="store_true",
                   help="only check the package; store nothing, no sign-in needed")
    p.add_argument("--json", action="store_true",
                   help="print the number and deadlines as a JSON object")
