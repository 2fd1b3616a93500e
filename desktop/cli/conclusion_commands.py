"""Conclusions from the command line: the document, the result package, the trust store."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from desktop.cli.commands import open_database
from desktop.cli.errors import CliError
from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.errors import DomainError
from desktop.services.actor import Actor
from desktop.services.applications import ApplicationService
from desktop.services.conclusions import ConclusionService

__all__ = ["register"]


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")


def conclusion_cmd(args: argparse.Namespace) -> int:
    """Write the conclusion (or refusal letter) as it stands: a draft or the signed file."""
    db = open_database(args)
    service = ConclusionService(db)
    actor = Actor.system()
    try:
        summary = service.by_number(actor, args.number)
        if args.lang not in summary.languages:
            raise CliError(f"{summary.number} has no document in '{args.lang}' "
                           f"(it has: {', '.join(summary.languages)})")
        pdf = service.document(actor, summary.id, args.lang)
    except DomainError as exc:
        raise CliError(str(exc)) from exc
    out = Path(args.output)
    out.write_bytes(pdf)
    state = "signed" if summary.status == ConclusionStatus.ISSUED else str(summary.status)
    _say(f"{summary.number} ({args.lang}, {state}) written to {out}")
    return 0


def export_result(args: argparse.Namespace) -> int:
    """The result package for the portal: the signed PDFs and a JSON description."""
    db = open_database(args)
    service = ConclusionService(db)
    actor = Actor.system()
    try:
        summary = service.by_number(actor, args.number)
    except DomainError as exc:
        raise CliError(str(exc)) from exc
    if summary.status != ConclusionStatus.ISSUED:
        raise CliError(f"{summary.number} is {summary.status}, not issued: there is no "
                       "signed result yet", 1)
    detail = ApplicationService(db).detail(actor, summary.application_id)
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    documents = []
    for lang in summary.languages:
        pdf = service.document(actor, summary.id, lang)
        path = out / f"{summary.number}-{lang}.pdf"
        path.write_bytes(pdf)
        documents.append({"lang": lang, "file": path.name,
                          "sha256": hashlib.sha256(pdf).hexdigest()})
    if summary.kind == ConclusionKind.REFUSAL:
        outcome = "refused"
    elif summary.kind == ConclusionKind.RETURN_ACT:
        outcome = "matches" if summary.agreed else "differs"
    else:
        outcome = "agreed" if summary.agreed else "not_agreed"
    result = {
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
    (out / f"{summary.number}.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    _say(f"result package of {summary.number} written to {out}")
    return 0


def trust_add(args: argparse.Namespace) -> int:
    from desktop.services.trust import TrustStore

    db = open_database(args)
    try:
        pem = Path(args.certificate).read_bytes()
    except OSError as exc:
        raise CliError(f"{args.certificate}: {exc.strerror}") from exc
    try:
        digest = TrustStore(db).add_root(Actor.system(), pem)
    except DomainError as exc:
        raise CliError(f"{args.certificate}: {exc}") from exc
    _say(f"trusted: {digest}")
    return 0


def trust_list(args: argparse.Namespace) -> int:
    from cryptography import x509

    from desktop.services.trust import TrustStore, fingerprint

    for pem in TrustStore(open_database(args)).roots():
        subject = x509.load_pem_x509_certificate(pem).subject.rfc4514_string()
        _say(f"{fingerprint(pem)}  {subject}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("conclusion", help="write a conclusion or refusal letter as PDF")
    p.add_argument("number", metavar="NUMBER",
                   help="the conclusion's number, or the application's registration number")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=["kk", "ru"], default="kk")
    p.set_defaults(handler=conclusion_cmd)

    p = sub.add_parser("export-result", help="the signed result package for the portal")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.set_defaults(handler=export_result)

    trust = sub.add_parser("trust", help="the root certificates signatures are checked against")
    trust_sub = trust.add_subparsers(dest="trust_command", metavar="COMMAND", required=True)
    p = trust_sub.add_parser("add", help="trust a CA certificate (PEM)")
    p.add_argument("certificate", metavar="CERT.pem")
    p.set_defaults(handler=trust_add)
    p = trust_sub.add_parser("list", help="the trusted roots")
    p.set_defaults(handler=trust_list)
