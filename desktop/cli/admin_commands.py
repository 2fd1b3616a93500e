"""Administration from the command line: backup, restore, accounts, commission settings."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.cli.commands import open_database
from desktop.cli.errors import CliError
from desktop.domain.errors import DomainError
from desktop.domain.roles import Role
from desktop.services import backup as backups
from desktop.services import settings
from desktop.services.actor import Actor
from desktop.services.users import NewUser, UserService
from desktop.storage.database import Database

PASSWORD_ENV = "EXPORT_COMMISSION_NEW_PASSWORD"


def _open(args: argparse.Namespace, migrate: bool = True) -> Database:
    if migrate:
        return open_database(args)
    try:
        return Database(args.db)
    except Exception as exc:
        raise CliError(f"cannot open the database: {exc}") from exc


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")


def backup_cmd(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        report = backups.backup(db, Path(args.out))
    except backups.BackupError as exc:
        raise CliError(str(exc), 1) from exc
    _say(f"backup written to {args.out}: {report.blobs} stored files and "
         f"{report.audit_events} audit events verified")
    return 0


def restore_cmd(args: argparse.Namespace) -> int:
    db = _open(args, migrate=False)
    try:
        report = backups.restore(db, Path(args.source))
    except backups.BackupError as exc:
        raise CliError(str(exc), 1) from exc
    _say(f"restored from {args.source}: {report.blobs} stored files and "
         f"{report.audit_events} audit events verified")
    return 0


def _new_password() -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise CliError(f"give the new password in {PASSWORD_ENV} or run in a terminal")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat the password: "):
        raise CliError("the two passwords differ")
    return first


def users_add(args: argparse.Namespace) -> int:
    db = _open(args)
    service = UserService(db)
    new = NewUser(args.username, args.full_name, Role(args.role), _new_password(), args.iin)
    try:
        if not service.has_users():
            if new.role != Role.ADMIN:
                raise CliError("the first account of a database must be an administrator")
            service.create_first_admin(new)
        else:
            service.create_user(Actor.system(), new)
    except DomainError as exc:
        raise CliError(str(exc)) from exc
    _say(f"account '{args.username}' ({args.role}) created")
    return 0


def users_list(args: argparse.Namespace) -> int:
    db = _open(args)
    for user in UserService(db).list_users(Actor.system()):
        state = "active" if user.active else "disabled"
        _say(f"{user.id:>4} {user.username:<16} {user.role:<7} {state:<9} {user.full_name}")
    return 0


def users_set_active(args: argparse.Namespace) -> int:
    db = _open(args)
    service = UserService(db)
    match = [u for u in service.list_users(Actor.system()) if u.username == args.username]
    if not match:
        raise CliError(f"no account '{args.username}'")
    try:
        service.set_active(Actor.system(), match[0].id, args.active)
    except DomainError as exc:
        raise CliError(str(exc)) from exc
    _say(f"account '{args.username}' {'enabled' if args.active else 'disabled'}")
    return 0


def region_cmd(args: argparse.Namespace) -> int:
    db = _open(args)
    if args.code is None:
        with db.read() as s:
            _say(settings.region_profile(s).code)
        return 0
    try:
        with db.write() as s:
            settings.set_region(s, args.code)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    _say(f"region set to {args.code}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="write a verified backup of the database")
    p.add_argument("out", metavar="OUT", help="the backup file to create")
    p.set_defaults(handler=backup_cmd)
    p = sub.add_parser("restore", help="replace the database with a verified backup")
    p.add_argument("source", metavar="IN", help="a file written by 'backup'")
    p.set_defaults(handler=restore_cmd)

    users = sub.add_parser("users", help="staff accounts")
    users_sub = users.add_subparsers(dest="users_command", metavar="COMMAND", required=True)
    p = users_sub.add_parser("add", help=f"create an account (password from {PASSWORD_ENV} "
                                         "or a prompt)")
    p.add_argument("username")
    p.add_argument("--full-name", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--iin", help="the person's IIN (needed to sign conclusions)")
    p.set_defaults(handler=users_add)
    p = users_sub.add_parser("list", help="list accounts")
    p.set_defaults(handler=users_list)
    for name, active in (("enable", True), ("disable", False)):
        p = users_sub.add_parser(name, help=f"{name} an account")
        p.add_argument("username")
        p.set_defaults(handler=users_set_active, active=active)

    p = sub.add_parser("region", help="show or set the commission's region profile")
    p.add_argument("code", nargs="?", help="akmola, zhambyl, …")
    p.set_defaults(handler=region_cmd)
