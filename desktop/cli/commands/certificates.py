"""The certificate from the command line: write it as PDF, by its number or the
application's."""

from __future__ import annotations

import argparse

from desktop.cli.context import CliError, Context, add_command
from desktop.domain.errors import DomainError
from desktop.services.certificates import CertificateService

__all__ = ["register"]


def certificate_cmd(ctx: Context) -> int:
    """Write the certificate as it stands (the draft, or the signed file); exit code 2 when
    there is no certificate of that number."""
    actor = ctx.sign_in()
    service = CertificateService(ctx.database())
    lang = ctx.args.lang
    try:
        summary = service.by_number(actor, ctx.args.number)
        if lang not in summary.languages:
            raise CliError(f"{summary.number} has no document in '{lang}'", reason="no_language",
                           values=(summary.number, lang, ", ".join(summary.languages)))
        pdf = service.document(actor, summary.id, lang)
    except DomainError as exc:
        raise CliError(str(exc), reason="refused", values=(ctx.refusal(exc),)) from exc
    out = ctx.output(ctx.args.output)
    ctx.write(out, pdf)
    ctx.say("document.written", summary.number, lang,
            ctx.words.line(f"state.{summary.status}"), out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "certificate", certificate_cmd,
                    help="write the certificate for the right to temporarily export as PDF")
    p.add_argument("number", metavar="NUMBER",
                   help="the certificate's number, or the application's registration number")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=["kk", "ru"], default="kk")
