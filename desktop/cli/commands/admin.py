"""Administration from the command line: backup, restore, accounts, commission settings.

Each signs in as an administrator, except where the database has no account yet: the
first administrator is created, and a backup restored, on an empty installation.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.cli.context import CliError, Context, add_command
from desktop.domain.errors import DomainError
from desktop.domain.roles import Action, Role
from desktop.services import audit, settings
from desktop.services import backup as backups
from desktop.services.actor import Actor
from desktop.services.backups import BackupService
from desktop.services.users import NewUser, UserService

__all__ = ["NEW_PASSWORD_ENV", "register"]

NEW_PASSWORD_ENV = "EXPORT_COMMISSION_NEW_PASSWORD"


def _administrator(ctx: Context) -> Actor:
    actor = ctx.sign_in()
    actor.require(Action.MANAGE_USERS)
    return actor


def backup_cmd(ctx: Context) -> int:
    """A verified backup, remembered as the last one (the start page's reminder)."""
    actor = _administrator(ctx)
    try:
        report = BackupService(ctx.database()).make_file(actor, ctx.output(ctx.args.out))
    except backups.BackupError as exc:
        raise CliError(str(exc), 1, reason="refused", values=(ctx.refusal(exc),)) from exc
    ctx.out(f"backup written to {ctx.args.out}: {report.blobs} stored files and "
            f"{report.audit_events} audit events verified")
    return 0


def restore_cmd(ctx: Context) -> int:
    """Restore, refused while anybody else uses the database, then check every invariant
    of what was restored (exit 1 when one is broken: the data are back, and ``check``
    lists what to look at). The restore is audited in the restored database."""
    db = ctx.database(migrate=False)
    actor = _administrator(ctx) if _has_accounts(ctx) else Actor.system()
    try:
        restored = BackupService(db).restore(actor, Path(ctx.args.source))
    except backups.BackupError as exc:
        raise CliError(str(exc), 1, reason="refused", values=(ctx.refusal(exc),)) from exc
    ctx.out(f"restored from {ctx.args.source}: {restored.blobs} stored files and "
            f"{restored.audit_events} audit events verified; the backup's audit head "
            f"{restored.backup_head or '-'}")
    if restored.check.ok:
        ctx.out("every invariant of the restored database holds")
        return 0
    for line in restored.check.lines(ctx.words.message):
        ctx.out(line)
    ctx.out(f"the restored database breaks {len(restored.breaches)} invariant(s)")
    return 1


def _has_accounts(ctx: Context) -> bool:
    """Whether the database holds accounts; a database too broken to tell has none we can
    sign in to, and restoring it is how it is mended."""
    try:
        return UserService(ctx.database()).has_users()
    except Exception:
        return False


def _new_password() -> str:
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise CliError(f"give the new password in {NEW_PASSWORD_ENV} or run in a terminal",
                       reason="no_new_password", values=(NEW_PASSWORD_ENV,))
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat the password: "):
        raise CliError("the two passwords differ", reason="passwords_differ")
    return first


def users_add(ctx: Context) -> int:
    args = ctx.args
    service = UserService(ctx.database())
    first = not service.has_users()
    actor = None if first else _administrator(ctx)
    new = NewUser(args.username, args.full_name, Role(args.role), _new_password(), args.iin)
    try:
        if actor is None:
            if new.role != Role.ADMIN:
                raise CliError("the first account of a database must be an administrator",
                               reason="first_admin")
            service.create_first_admin(new)
        else:
            service.create_user(actor, new)
    except DomainError as exc:
        raise CliError(str(exc), reason="refused", values=(ctx.refusal(exc),)) from exc
    ctx.out(f"account '{args.username}' ({args.role}) created")
    return 0


def users_list(ctx: Context) -> int:
    actor = _administrator(ctx)
    for user in UserService(ctx.database()).accounts(actor):
        state = ("locked" if user.locked_until else "active") if user.active else "disabled"
        last = user.last_sign_in_at.strftime("%Y-%m-%d %H:%M") if user.last_sign_in_at else "—"
        ctx.out(f"{user.id:>4} {user.username:<16} {user.role:<8} {state:<9} {last:<16} "
                f"{user.full_name}")
    return 0


def _account(ctx: Context, actor: Actor) -> int:
    for user in UserService(ctx.database()).accounts(actor):
        if user.username == ctx.args.username:
            return user.id
    raise CliError(f"no account '{ctx.args.username}'", reason="no_account",
                   values=(ctx.args.username,))


def users_password(ctx: Context) -> int:
    """Change one's own password (the first thing to do with one an administrator set)."""
    actor = ctx.sign_in(changing_password=True)
    UserService(ctx.database()).change_password(actor, ctx.given_password, _new_password())
    ctx.out(f"the password of '{actor.username}' is changed")
    return 0


def users_unlock(ctx: Context) -> int:
    actor = _administrator(ctx)
    UserService(ctx.database()).unlock(actor, _account(ctx, actor))
    ctx.out(f"account '{ctx.args.username}' unlocked")
    return 0


def users_reset_password(ctx: Context) -> int:
    """A new password that its holder must change at the next sign-in."""
    actor = _administrator(ctx)
    user_id = _account(ctx, actor)
    UserService(ctx.database()).reset_password(actor, user_id, _new_password())
    ctx.out(f"the password of '{ctx.args.username}' is reset; it must be changed at the next "
            "sign-in")
    return 0


def users_set_active(ctx: Context) -> int:
    actor = _administrator(ctx)
    UserService(ctx.database()).set_active(actor, _account(ctx, actor), ctx.args.active)
    ctx.out(f"account '{ctx.args.username}' {'enabled' if ctx.args.active else 'disabled'}")
    return 0


def region_cmd(ctx: Context) -> int:
    db = ctx.database()
    if ctx.args.code is None:
        ctx.sign_in()
        with db.read() as s:
            ctx.out(settings.region_profile(s).code)
        return 0
    actor = _administrator(ctx)
    try:
        with db.write() as s:
            before = settings.region_profile(s).code
            settings.set_region(s, ctx.args.code)
            audit.record(s, actor, "settings.region", entity="setting",
                         before={"region": before}, after={"region": ctx.args.code})
    except ValueError as exc:
        raise CliError(str(exc), reason="unknown_region", values=(ctx.args.code,)) from exc
    ctx.out(f"region set to {ctx.args.code}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "backup", backup_cmd, help="write a verified backup of the database")
    p.add_argument("out", metavar="OUT", help="the backup file to create")
    p = add_command(sub, "restore", restore_cmd,
                    help="replace the database with a verified backup")
    p.add_argument("source", metavar="IN", help="a file written by 'backup'")

    users = sub.add_parser("users", help="staff accounts")
    users_sub = users.add_subparsers(dest="users_command", metavar="COMMAND", required=True)
    p = add_command(users_sub, "add", users_add,
                    help=f"create an account (password from {NEW_PASSWORD_ENV} or a prompt; "
                         "the first account of an empty database needs no sign-in)")
    p.add_argument("username")
    p.add_argument("--full-name", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--iin", help="the person's IIN (needed to sign conclusions)")
    add_command(users_sub, "list", users_list, help="list accounts")
    for name, active in (("enable", True), ("disable", False)):
        p = add_command(users_sub, name, users_set_active, help=f"{name} an account")
        p.add_argument("username")
        p.set_defaults(active=active)
    add_command(users_sub, "password", users_password,
                help=f"change your own password (the new one from {NEW_PASSWORD_ENV} or a "
                     "prompt); a password an administrator set must be changed so first")
    p = add_command(users_sub, "unlock", users_unlock,
                    help="lift the lock of repeated failed sign-ins")
    p.add_argument("username")
    p = add_command(users_sub, "reset-password", users_reset_password,
                    help=f"give an account a new password (from {NEW_PASSWORD_ENV} or a "
                         "prompt) that its holder must change at the next sign-in")
    p.add_argument("username")

    p = add_command(sub, "region", region_cmd,
                    help="show or set the commission's region profile")
    p.add_argument("code", nargs="?", help="akmola, zhambyl, …")
