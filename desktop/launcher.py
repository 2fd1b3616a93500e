"""The program's entry point: the application window, or a headless command.

It sits above both front ends (``desktop.ui`` and ``desktop.cli``), so neither imports the
other; Qt is loaded only when the window is wanted.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.cli import build_parser, configure_logging, run_command


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    if args.command is None:
        from desktop.ui.app import run_gui

        return run_gui(args.db)
    return run_command(args)
