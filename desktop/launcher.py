"""The program's entry point: the application window, or a headless command.

It sits above both front ends (``desktop.ui`` and ``desktop.cli``), so neither imports the
other. Without a command it opens the window and never loads the command modules (and
their PDF, signing and spreadsheet libraries), which keeps the cold start short.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop.logs import configure_logging


def _window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when *argv* asks for the window (no command, no help), else None."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    parser.add_argument("-v", "--verbose", action="store_true")
    try:
        args, rest = parser.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    window = _window_args(argv)
    if window is not None:
        from desktop.ui.app import run_gui

        configure_logging(window.verbose)
        return run_gui(window.db)
    from desktop.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    return run_command(args)
