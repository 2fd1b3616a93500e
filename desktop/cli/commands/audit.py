"""``audit verify``: check the hash chain of the audit journal."""

from __future__ import annotations

import argparse

from desktop.cli.context import Context, add_command
from desktop.domain.roles import Action
from desktop.services import audit

__all__ = ["register"]


def audit_verify(ctx: Context) -> int:
    actor = ctx.sign_in()
    actor.require(Action.READ_AUDIT)
    with ctx.database().read() as s:
        report = audit.verify_database(s)
    if report.ok:
        ctx.out(f"audit chain intact: {report.checked} events")
        return 0
    ctx.out(f"audit chain broken at event {report.broken_at}: {report.reason}")
    return 1


def register(sub: argparse._SubParsersAction) -> None:
    aud = sub.add_parser("audit", help="the audit journal")
    aud_sub = aud.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    add_command(aud_sub, "verify", audit_verify,
                help="check the hash chain; exit 1 at the first break")
