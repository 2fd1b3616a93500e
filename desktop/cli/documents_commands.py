"""``import-scans``: attach scanned files to an application from the command line.

Also home of :func:`cli_actor`, the sign-in that any command acting as a member of staff
(rather than as the local system) can reuse.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop.cli.commands import open_database
from desktop.cli.errors import CliError
from desktop.domain.documents import PageKind
from desktop.domain.errors import DomainError
from desktop.services.actor import Actor
from desktop.services.documents import MAX_DPI, MIN_DPI, DocumentService
from desktop.services.users import UserService
from desktop.storage.database import Database

__all__ = ["PASSWORD_ENV", "add_user_argument", "cli_actor", "register"]

PASSWORD_ENV = "EXPORT_COMMISSION_PASSWORD"


def add_user_argument(parser: argparse.ArgumentParser) -> None:
    """The ``--user`` option that :func:`cli_actor` reads."""
    parser.add_argument("--user", required=True, metavar="NAME",
                        help=f"sign in as NAME; the password comes from {PASSWORD_ENV} or, "
                             "on a terminal, a prompt")


def cli_actor(args: argparse.Namespace, db: Database) -> Actor:
    """Sign in as ``args.user``; a refusal becomes exit code 2 with the service's message.

    The password is taken from ``EXPORT_COMMISSION_PASSWORD``, else asked for without echo
    when standard input is a terminal; never from the command line, where other users of
    the machine could read it in the process list.
    """
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(f"no password for {args.user!r}: set {PASSWORD_ENV} or run the "
                           "command on a terminal")
        try:
            password = getpass.getpass(f"Password for {args.user}: ")
        except (EOFError, KeyboardInterrupt) as exc:
            raise CliError("no password given") from exc
    try:
        return UserService(db).login(args.user, password)
    except DomainError as exc:
        raise CliError(str(exc)) from exc


def import_scans(args: argparse.Namespace) -> int:
    if not MIN_DPI <= args.dpi <= MAX_DPI:
        raise CliError(f"--dpi must be {MIN_DPI} to {MAX_DPI}")
    db = open_database(args)
    try:
        actor = cli_actor(args, db)
        service = DocumentService(db)
        try:
            application_id = service.application_id(actor, args.number)
            report = service.import_files(actor, application_id, args.files,
                                          PageKind(args.kind), dpi=args.dpi)
        except DomainError as exc:
            raise CliError(str(exc)) from exc
    finally:
        db.dispose()
    stored = len(args.files) - len(report.rejections)
    sys.stdout.write(f"{args.number}: stored {len(report.page_ids)} page(s) from {stored} of "
                     f"{len(args.files)} file(s)\n")
    for file, reason in report.rejections:
        sys.stderr.write(f"{file}: {reason}\n")
    return 0 if report.ok else 2


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import-scans", help="attach scanned files (JPEG, PNG, TIFF, PDF) to an "
                                            "application")
    p.add_argument("number", metavar="NUMBER", help="registration number, e.g. AKM-2026-00001")
    p.add_argument("files", metavar="FILE", nargs="+", help="the files, in page order")
    p.add_argument("--kind", choices=[k.value for k in PageKind], default=PageKind.FORM.value,
                   help="what the pages are (default: form)")
    p.add_argument("--dpi", type=int, default=300,
                   help="resolution to store and to render PDFs at (default 300)")
    add_user_argument(p)
    p.set_defaults(handler=import_scans)
