"""``export-commission``: the GUI by default, and headless commands for administrators.

Exit codes: 0 success; 1 the operation's answer is "no"; 2 bad input or usage; 3 an
unexpected error (its details go to a log file, never a traceback on the terminal).
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from desktop import __version__
from desktop.cli import commands
from desktop.cli.context import CliError, Context
from desktop.logs import configure_logging
from desktop.messages import LANGUAGES

log = logging.getLogger(__name__)

EXIT_OK, EXIT_NO, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="export-commission",
        description="The expert commission's desk: opens the application when no command is "
        "given; the commands below work without a display.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="database URL (default: EXPORT_COMMISSION_DB or the SQLite file "
                             "in the user data folder)")
    parser.add_argument("--user", metavar="NAME",
                        help="sign in as NAME (or set EXPORT_COMMISSION_USER)")
    parser.add_argument("--lang", dest="ui_lang", choices=LANGUAGES,
                        help="the language of messages (default: EXPORT_COMMISSION_LANG or "
                             "the locale)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.register_all(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless command (the launcher opens the GUI when none is given)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(args.verbose)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    ctx = Context(args)
    if args.command is None:
        ctx.err("export-commission: no command given (without one, export-commission opens "
                "the application)")
        return EXIT_USAGE
    from desktop.domain.errors import DomainError
    from desktop.signing.errors import SigningError

    try:
        return int(args.handler(ctx))
    except CliError as exc:
        ctx.err(f"export-commission: {ctx.refusal(exc)}")
        return exc.exit_code
    except (DomainError, SigningError) as exc:
        ctx.err(f"export-commission: {ctx.refusal(exc)}")
        return EXIT_NO
    except KeyboardInterrupt:
        return 130
    except Exception:  # the last guard: a short message here, the details in a file
        where = _write_crash_log()
        ctx.err(f"export-commission: {ctx.words.message('cli.unexpected', (where,))}")
        return EXIT_UNEXPECTED
    finally:
        ctx.close()


def _write_crash_log() -> Path:
    from desktop.storage.database import user_data_dir

    folder = user_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "errors.log"
    with path.open("a", encoding="utf-8") as log_file:
        log_file.write(f"--- {datetime.now().isoformat(timespec='seconds')} "
                       f"export-commission {' '.join(sys.argv[1:2])}\n")
        log_file.write(traceback.format_exc())
    log.error("unexpected error; details in %s", path)
    return path
