"""The headless commands: one module a theme, each registering its sub-commands.

Each command is ``handler(ctx: Context) -> int`` and imports only
:mod:`desktop.cli.context` from the command line, plus the services it uses.
"""

from __future__ import annotations

import argparse

from desktop.cli.commands import (
    admin,
    applications,
    audit,
    calendar,
    certificates,
    conclusions,
    database,
    demo,
    documents,
    exports,
    flow,
    keys,
    register,
    seats,
    sign,
    signing,
    trust,
    vocabulary,
)

__all__ = ["register_all"]

_MODULES = (demo, applications, audit, signing, sign, keys, admin, register, documents,
            conclusions, trust, certificates, flow, exports, vocabulary, calendar, seats,
            database)


def register_all(sub: argparse._SubParsersAction) -> None:
    for module in _MODULES:
        module.register(sub)
