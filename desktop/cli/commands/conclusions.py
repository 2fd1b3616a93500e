"""Conclusions from the command line: the document and the result package."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from desktop.cli.context import CliError, Context, add_command
from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.errors import DomainError
from desktop.services.applications import ApplicationService
from desktop.services.certificates import CertificateService
from desktop.services.conclusions import ConclusionService, ConclusionSummary
from desktop.services.disclosures import record_disclosure

__all__ = ["register"]


def conclusion_cmd(ctx: Context) -> int:
    """``conclusion NUMBER -o FILE.pdf``: write the conclusion (or refusal letter) as it
    stands, a draft or the signed file; ``conclusion draft NUMBER``: draft it."""
    words = ctx.args.words
    if words[0] == "draft" and len(words) == 2:
        return draft_cmd(ctx, words[1])
    if len(words) != 1 or not ctx.args.output:
        raise CliError("give NUMBER -o FILE.pdf, or draft NUMBER", reason="conclusion_usage")
    ctx.args.number = words[0]
    actor = ctx.sign_in()
    service = ConclusionService(ctx.database())
    try:
        summary = service.by_number(actor, ctx.args.number)
        if ctx.args.lang not in summary.languages:
            raise CliError(f"{summary.number} has no document in '{ctx.args.lang}' "
                           f"(it has: {', '.join(summary.languages)})", reason="no_language",
                           values=(summary.number, ctx.args.lang, ", ".join(summary.languages)))
        pdf = service.document(actor, summary.id, ctx.args.lang)
    except DomainError as exc:
        raise CliError(str(exc), reason="refused", values=(ctx.refusal(exc),)) from exc
    out = ctx.output(ctx.args.output)
    ctx.write(out, pdf)
    record_disclosure(ctx.database(), actor, "document",
                      {"number": summary.number, "lang": ctx.args.lang, "file": out.name},
                      application_id=summary.application_id)
    ctx.say("document.written", summary.number, ctx.args.lang,
            ctx.words.line(f"state.{summary.status}"), out)
    return 0


def draft_cmd(ctx: Context, number: str) -> int:
    """The window's Draft: number and render the conclusion of an examined application
    (in the region's languages); the members sign it first, the chairperson last."""
    actor = ctx.sign_in()
    db = ctx.database()
    application_id = ApplicationService(db).id_of(actor, number)
    summary = ConclusionService(db).draft(actor, application_id)
    outcome = ctx.words.line("conclusion.agreed" if summary.agreed
                             else "conclusion.not_agreed")
    ctx.say("conclusion.drafted", summary.number, summary.application_number, outcome,
            ", ".join(s.full_name for s in summary.signers))
    return 0


def _write_documents(ctx: Context, service: ConclusionService, summary: ConclusionSummary,
                     out: Path) -> list[dict[str, str]]:
    """Each language's PDF of *summary* into *out*, with its name and SHA-256."""
    documents = []
    for lang in summary.languages:
        pdf = service.document(ctx.sign_in(), summary.id, lang)
        path = out / f"{summary.number}-{lang}.pdf"
        ctx.write(path, pdf)
        documents.append({"lang": lang, "file": path.name,
                          "sha256": hashlib.sha256(pdf).hexdigest()})
    return documents


def export_result(ctx: Context) -> int:
    """The result package for the portal: the signed PDFs and a JSON description; for an
    agreed conclusion, the issued certificate too (a certificate's number gives the package
    of the conclusion it was issued on)."""
    actor = ctx.sign_in()
    db = ctx.database()
    service = ConclusionService(db)
    try:
        summary = service.by_number(actor, ctx.args.number)
        if summary.kind == ConclusionKind.CERTIFICATE and summary.based_on_number:
            summary = service.by_number(actor, summary.based_on_number)
        certificate = CertificateService(db).for_application(actor, summary.application_id)
    except DomainError as exc:
        raise CliError(str(exc), reason="refused", values=(ctx.refusal(exc),)) from exc
    if summary.status != ConclusionStatus.ISSUED:
        raise CliError(f"{summary.number} is {summary.status}, not issued: there is no "
                       "signed result yet", 1, reason="not_issued", values=(summary.number,))
    detail = ApplicationService(db).detail(actor, summary.application_id)
    out = ctx.output(ctx.args.output, folder=True)
    documents = _write_documents(ctx, service, summary, out)
    if summary.kind == ConclusionKind.REFUSAL:
        outcome = "refused"
    elif summary.kind == ConclusionKind.RETURN_ACT:
        outcome = "matches" if summary.agreed else "differs"
    else:
        outcome = "agreed" if summary.agreed else "not_agreed"
    result: dict[str, object] = {
        "number": summary.number,
        "kind": summary.kind.value,
        "date": summary.issued_on.isoformat(),
        "application": detail.number,
        "applicant_iin_bin": detail.applicant.iin_bin,
        "result": outcome,
        "items": [{"position": i.position, "name": i.name, "quantity": i.quantity}
                  for i in detail.items],
        "documents": documents,
    }
    if summary.kind == ConclusionKind.CONCLUSION and summary.agreed and certificate \
            and certificate.based_on_number == summary.number \
            and certificate.status in (ConclusionStatus.ISSUED, ConclusionStatus.CLOSED):
        result["certificate"] = {
            "number": certificate.number, "date": certificate.issued_on.isoformat(),
            "documents": _write_documents(ctx, service, certificate, out)}
    ctx.write(out / f"{summary.number}.json",
              (json.dumps(result, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    record_disclosure(db, actor, "result", {
        "number": summary.number, "folder": out.name,
        "files": [d["file"] for d in documents] + [f"{summary.number}.json"]},
        application_id=summary.application_id)
    ctx.say("result.written", summary.number, out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "conclusion", conclusion_cmd,
                    help="write a conclusion or refusal letter as PDF, or draft a conclusion",
                    usage="%(prog)s NUMBER -o FILE.pdf [--lang kk|ru] [--user NAME]\n"
                          "       %(prog)s draft NUMBER [--user NAME]")
    p.add_argument("words", nargs="+", metavar="NUMBER",
                   help="the conclusion's number, or the application's registration number; "
                        "'draft NUMBER' drafts the conclusion of an examined application")
    p.add_argument("-o", "--output", metavar="FILE.pdf")
    p.add_argument("--lang", choices=["kk", "ru"], default="kk")

    p = add_command(sub, "export-result", export_result,
                    help="the signed result package for the portal")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
