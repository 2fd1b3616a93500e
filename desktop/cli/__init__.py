"""``export-commission``: the GUI by default, and headless commands for administrators.

Exit codes: 0 success; 1 the operation's answer is "no"; 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli import commands
from desktop.cli.errors import CliError
from desktop.logs import configure_logging

log = logging.getLogger(__name__)

EXIT_OK, EXIT_NO, EXIT_USAGE = 0, 1, 2


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
    if args.command is None:
        sys.stderr.write("export-commission: no command given (without one, "
                         "export-commission opens the application)\n")
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except CliError as exc:
        sys.stderr.write(f"export-commission: {exc}\n")
        return exc.exit_code
