"""``database setup-roles``: per-person PostgreSQL logins (docs/postgresql.md)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop.cli.context import CliError, Context, add_command
from desktop.services.database_roles import setup_roles

__all__ = ["GATE_PASSWORD_ENV", "register"]

GATE_PASSWORD_ENV = "EXPORT_COMMISSION_GATE_PASSWORD"


def _gate_password(ctx: Context) -> str | None:
    if ctx.args.keep_gate_password:
        return None
    password = os.environ.get(GATE_PASSWORD_ENV)
    if password is None and sys.stdin.isatty():
        prompt = ctx.words.message("cli.gate_password_prompt", ()) or "gate: "
        password = getpass.getpass(prompt)
    if not password:
        raise CliError("no password for the gate login", reason="no_gate_password",
                       values=(GATE_PASSWORD_ENV,))
    return password


def setup_roles_cmd(ctx: Context) -> int:
    """Run with the owner's URL (``--db``): the roles need CREATEROLE, the grants the
    tables' ownership."""
    done = setup_roles(ctx.database(), _gate_password(ctx))
    if done.created:
        ctx.say("database.roles_created", ", ".join(done.created))
    else:
        ctx.say("database.roles_existed")
    ctx.say("database.gate", done.gate)
    for name in done.without_password:
        ctx.say("database.no_password", name)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    database = sub.add_parser("database", help="the PostgreSQL database's roles")
    database_sub = database.add_subparsers(dest="database_command", metavar="COMMAND",
                                           required=True)
    p = add_command(database_sub, "setup-roles", setup_roles_cmd, sign_in=False,
                    help="create the group roles, the gate login and a login per account, "
                         f"and grant each what its role may do (the gate's password from "
                         f"{GATE_PASSWORD_ENV} or a prompt); run it with the owner's URL")
    p.add_argument("--keep-gate-password", action="store_true",
                   help="leave the gate login's password as it is (a later run)")
