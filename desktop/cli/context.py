"""What every command is handed: its arguments, the database, the signed-in user, the
reader's language and the output.

Commands import this module and the services, nothing else of the command line, so the
root (:mod:`desktop.cli`) and the commands (:mod:`desktop.cli.commands`) never import each
other back.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from desktop.messages import Words, cli_language
from desktop.private_files import private_folder, write_private_file
from desktop.services.actor import Actor
from desktop.services.users import UserService
from desktop.storage.database import Database

__all__ = [
    "PASSWORD_ENV",
    "USER_ENV",
    "CliError",
    "Context",
    "Handler",
    "add_command",
]

USER_ENV = "EXPORT_COMMISSION_USER"
PASSWORD_ENV = "EXPORT_COMMISSION_PASSWORD"


class CliError(Exception):
    """A command refused; ``reason`` and ``values`` word it as ``cli.<reason>`` in the
    catalogue, the English message is for logs and for reasons without words yet."""

    code = "cli"

    def __init__(self, message: str, exit_code: int = 2, *, reason: str = "",
                 values: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.reason = reason
        self.values = tuple(str(v) for v in values)


Handler = Callable[["Context"], int]


class Context:
    """One run of one command."""

    def __init__(self, args: argparse.Namespace, *, stdout: TextIO | None = None,
                 stderr: TextIO | None = None) -> None:
        self.args = args
        self.words = Words(cli_language(getattr(args, "ui_lang", None)))
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self._db: Database | None = None
        self._actor: Actor | None = None
        self.given_password = ""
        """The password signed in with, kept only for the command that changes it."""

    # -- the database ----------------------------------------------------------------------

    def database(self, *, migrate: bool = True, loading: bool = False) -> Database:
        """The database of ``--db`` (or the default), brought to the program's schema;
        ``loading`` for a bulk load that can be redone (see :class:`Database`)."""
        if self._db is None:
            try:
                db = Database(self.args.db, loading=loading)
                if migrate:
                    db.migrate()
            except Exception as exc:  # a bad URL, an unreachable server, a file we may not write
                raise CliError(f"cannot open the database: {exc}", reason="database",
                               values=(exc,)) from exc
            self._db = db
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None

    # -- who is acting ---------------------------------------------------------------------

    def user_name(self) -> str | None:
        return getattr(self.args, "user", None) or os.environ.get(USER_ENV) or None

    def sign_in(self, *, changing_password: bool = False) -> Actor:
        """Sign in as ``--user`` (or ``EXPORT_COMMISSION_USER``); a refusal is exit code 2.

        The password comes from ``EXPORT_COMMISSION_PASSWORD``, else a prompt without echo
        when standard input is a terminal; never from the command line, where other users of
        the machine could read it in the process list. A password an administrator set must
        be changed first: only the command that changes it (*changing_password*, which then
        finds it in :attr:`given_password`) signs in with it.
        """
        if self._actor is not None:
            return self._actor
        name = self.user_name()
        if not name:
            raise CliError("this command needs a signed-in user", reason="no_user",
                           values=(USER_ENV,))
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if not sys.stdin.isatty():
                raise CliError(f"no password for {name!r}", reason="no_password",
                               values=(name, PASSWORD_ENV))
            try:
                prompt = self.words.message("cli.password_prompt", (name,)) or name
                password = getpass.getpass(prompt)
            except (EOFError, KeyboardInterrupt) as exc:
                raise CliError("no password given", reason="no_password",
                               values=(name, PASSWORD_ENV)) from exc
        from desktop.domain.errors import DomainError

        try:
            self._actor = UserService(self.database()).login(name, password)
        except DomainError as exc:
            raise CliError(str(exc), 2, reason="sign_in",
                           values=(self.words.refusal(exc),)) from exc
        if changing_password:
            self.given_password = password
        elif self._actor.must_change_password:
            raise CliError(f"the password of {name!r} was set by an administrator and must be "
                           "changed first", 2, reason="must_change_password", values=(name,))
        return self._actor

    # -- output ----------------------------------------------------------------------------

    def out(self, text: str = "") -> None:
        self.stdout.write(text + "\n")

    def say(self, key: str, *values: object) -> None:
        """Print the command line's line ``key`` in the reader's language."""
        self.out(self.words.line(key, *values))

    def out_json(self, payload: Any) -> None:
        json.dump(payload, self.stdout, ensure_ascii=False, indent=1)
        self.stdout.write("\n")

    def output(self, name: str, *, folder: bool = False) -> Path:
        """Where the user asked a file (or, with ``folder``, a folder) to be written: its
        folder must exist, and a folder asked for is created private."""
        path = Path(name)
        parent = path.absolute().parent
        if not parent.is_dir():
            raise CliError(f"the folder {parent} does not exist", reason="no_folder",
                           values=(parent,))
        if folder:
            try:
                private_folder(path)
            except OSError as exc:
                raise CliError(f"cannot write {path}: {exc.strerror or exc}", reason="write",
                               values=(path, exc.strerror or exc)) from exc
        return path

    def write(self, path: Path, data: bytes) -> None:
        """Write a file that may hold personal data: readable by its owner only."""
        try:
            write_private_file(path, data)
        except OSError as exc:
            raise CliError(f"cannot write {path}: {exc.strerror or exc}", reason="write",
                           values=(path, exc.strerror or exc)) from exc

    def err(self, text: str) -> None:
        self.stderr.write(text + "\n")

    def refusal(self, exc: BaseException) -> str:
        """Why ``exc`` refused, in the reader's language."""
        return self.words.refusal(exc)


def add_command(sub: argparse._SubParsersAction, name: str,
                handler: Handler, *, help: str, sign_in: bool = True,
                **kwargs: Any) -> argparse.ArgumentParser:
    """A sub-command; with ``sign_in`` it takes ``--user NAME`` (or ``EXPORT_COMMISSION_USER``)."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help, **kwargs)
    if sign_in:
        parser.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                            help=f"sign in as NAME (or set {USER_ENV}); the password comes "
                                 f"from {PASSWORD_ENV} or, on a terminal, a prompt")
    parser.set_defaults(handler=handler)
    return parser
