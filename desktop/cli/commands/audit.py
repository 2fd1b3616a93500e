"""``audit verify`` and ``audit head``: check the journal, and write its head down.

``verify`` checks every link and seal, that the journal still reaches the head this desk
saw last, and every head given with ``--witness`` (a head written down, a signed document)
or, with ``--documents``, recorded in the signed documents the database keeps.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import CliError, Context, add_command
from desktop.services.audit import Witness
from desktop.services.audit_log import AuditLogService, witnesses_in_file
from desktop.services.audit_witness import Head

__all__ = ["register"]


def _witnesses(ctx: Context) -> list[Witness]:
    found: list[Witness] = []
    for given in ctx.args.witness or ():
        head = Head.parse(given)
        if head is not None:
            found.append(Witness(head, f"{head.seq}:{head.hash[:12]}…"))
            continue
        path = Path(given)
        try:
            heads = witnesses_in_file(path) if path.is_file() else None
        except (OSError, ValueError) as exc:
            raise CliError(f"{given} cannot be read: {exc}", reason="witness_unreadable",
                           values=(given,)) from exc
        if not heads:
            raise CliError(f"{given} is neither a head (SEQ:HASH) nor a file that records "
                           "one", reason="no_witness", values=(given,))
        found += heads
    return found


def audit_verify(ctx: Context) -> int:
    actor = ctx.sign_in()
    witnesses = _witnesses(ctx)
    report = AuditLogService(ctx.database()).verify_chain(actor, witnesses,
                                                          documents=ctx.args.documents)
    if report.ok:
        ctx.out(f"audit chain intact: {report.checked} events; {report.sealed} seals "
                f"checked with this desk's key, {report.foreign} by other keys; "
                f"{report.witnesses} witnessed head(s) reached; head {report.head or '-'}")
        return 0
    words = ctx.words.message(f"audit_chain.{report.kind}", report.values) or report.reason
    ctx.out(f"audit chain broken at event {report.broken_at}: {words}")
    return 1


def audit_head(ctx: Context) -> int:
    """The head to write down: ``SEQ:HASH`` (also remembered by this desk)."""
    head = AuditLogService(ctx.database()).head(ctx.sign_in())
    ctx.out(str(head) if head is not None else "0:" + "0" * 64)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    aud = sub.add_parser("audit", help="the audit journal")
    aud_sub = aud.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    p = add_command(aud_sub, "verify", audit_verify,
                    help="check the chain, its seals and its witnessed heads; exit 1 at the "
                         "first break, named")
    p.add_argument("--witness", action="append", metavar="HEAD|FILE",
                   help="a head written down (SEQ:HASH, as 'audit head' prints it), a file "
                        "holding one, or a signed document; may be repeated")
    p.add_argument("--documents", action="store_true",
                   help="also check the heads in every signed document the database keeps")
    add_command(aud_sub, "head", audit_head,
                help="print the journal's head (SEQ:HASH) to keep outside the database")
