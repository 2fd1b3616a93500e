"""``verify`` and ``sign-pdf``: electronic signatures of PDF files, from the command line.

``verify`` exits 0 when every signature is intact, valid, trusted and unchanged and every
signature field is signed, 1 when not (the reason per signature and each empty field are
printed), and 2 when the file cannot be read as a PDF.
``sign-pdf`` is a helper for tests and demonstrations: it signs any PDF with a ``.p12`` file
(an application's documents are signed with ``sign NUMBER``, as the window signs them).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
from datetime import datetime
from pathlib import Path

from asn1crypto import pem

from desktop.cli.context import CliError, Context, add_command
from desktop.signing import (
    FieldState,
    NotAPdf,
    Pkcs12Key,
    SignatureCheck,
    SignatureRequest,
    SigningError,
    UnverifiablePdf,
    VerificationReport,
    load_trust_roots,
    sign_pdf,
    verify_pdf,
)

__all__ = ["PASSWORD_ENV", "register", "sign_file", "verify"]

PASSWORD_ENV = "EXPORT_COMMISSION_P12_PASSWORD"


log = logging.getLogger(__name__)


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise CliError(f"{what} {path} does not exist", reason="no_file", values=(path,)) from exc
    except OSError as exc:
        raise CliError(f"cannot read {what} {path}: {exc.strerror or exc}", reason="file",
                       values=(path, exc.strerror or exc)) from exc


# -- verify ---------------------------------------------------------------------------------


def _configured_trust(args: argparse.Namespace) -> tuple[list[bytes], list[bytes]]:
    """The commission's trust store (its roots and imported revocation lists), when its
    database can be opened; without one, the shipped trust profile's certificates: verifying
    a file must also work on a machine without a database, with ``--trust`` besides."""
    from sqlalchemy.engine import make_url

    from desktop.services.trust import TrustStore
    from desktop.storage.database import Database, default_database_url

    url = make_url(args.db or default_database_url())
    if url.get_backend_name() == "sqlite" and not Path(url.database or "").is_file():
        return _profile_roots(), []  # no database here: do not create one just to verify
    try:
        db = Database(url.render_as_string(hide_password=False))
        try:
            store = TrustStore(db)
            return store.roots(), store.crls()
        finally:
            db.dispose()
    except Exception as exc:  # no database here: fine, the profile and --trust still work
        log.info("no trust store from the database: %s", exc)
        return _profile_roots(), []


def _profile_roots() -> list[bytes]:
    from desktop.signing.trust_profile import TrustProfileError, trust_profile

    try:
        return [c.pem for c in trust_profile().certificates]
    except TrustProfileError as exc:
        log.error("the trust profile is not used: %s", exc)
        return []


def verify(ctx: Context) -> int:
    path = Path(ctx.args.file)
    pdf = _read(path, "the file")
    configured, stored_crls = _configured_trust(ctx.args)
    roots = list(load_trust_roots(configured))
    for trust in ctx.args.trust or []:
        try:
            roots.extend(load_trust_roots([_read(Path(trust), "the certificate file")]))
        except ValueError as exc:
            raise CliError(f"{trust} is not a PEM or DER certificate: {exc}",
                           reason="not_a_certificate", values=(trust,)) from exc
    crls = [_read(Path(name), "the CRL file") for name in ctx.args.crl or []]
    try:
        report = verify_pdf(pdf, roots, crls=[*stored_crls, *(_der(c) for c in crls)])
    except UnverifiablePdf as exc:  # built to stall or crash a verifier: said, not waited on
        raise CliError(f"{path}: {exc}", reason="file",
                       values=(path, ctx.refusal(exc))) from exc
    except NotAPdf as exc:
        raise CliError(f"{path} cannot be read as a PDF: {exc}", reason="not_a_pdf",
                       values=(path,)) from exc
    except ValueError as exc:
        raise CliError(f"a CRL file is not a certificate revocation list: {exc}",
                       reason="not_a_crl") from exc
    if ctx.args.json:
        payload = {"file": str(path), "ok": report.ok,
                   "signatures": [s.as_dict() for s in report.signatures],
                   "fields": [f.as_dict() for f in report.fields],
                   "missing": [f.name for f in report.missing]}
        ctx.out_json(payload)
    else:
        _print_report(ctx, path, report)
    return 0 if report.ok else 1


def _der(data: bytes) -> bytes:
    """A CRL as DER, from PEM or DER."""
    if pem.detect(data):
        return pem.unarmor(data)[2]
    return data


def _when(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else "—"


def _who(ctx: Context, field: FieldState) -> str:
    """Who was to sign ``field``: the seat its name stands for, and the person it names."""
    seat = ctx.words.line("verify.chair") if field.name == "chair" else (
        ctx.words.line("verify.member", field.name.split("-", 1)[1])
        if field.name.startswith("member-") else "")
    said = "; ".join(part for part in (seat, field.expected) if part)
    return f" ({said})" if said else ""


def _print_signature(ctx: Context, number: int, s: SignatureCheck) -> None:
    words = ctx.words
    ctx.say("verify.signature", number, s.field_name, s.signer_name, s.iin or "—",
            words.line("verify.locks") if s.locks_document else "")
    if s.gost:
        ctx.out(f"   {words.said(s.reason or '')}")
        return
    timestamp = words.line("verify.no_timestamp") if not s.has_timestamp else words.line(
        "verify.timestamp_valid" if s.timestamp_valid else "verify.timestamp_invalid",
        _when(s.timestamp_time))
    ctx.say("verify.times", _when(s.signing_time), timestamp)
    yes = {True: words.line("yes"), False: words.line("no")}
    ctx.say("verify.checks", yes[s.intact], yes[s.valid], yes[s.trusted])
    if s.revocation in ("ocsp", "crl"):
        ctx.say(f"verify.{s.revocation}", _when(s.revocation_time))
    else:
        ctx.say("verify.unchecked", words.said(s.revocation_note or "") or "—")
    ctx.say("verify.changes", words.line(f"coverage.{s.coverage}"),
            words.line(f"modifications.{s.modifications}"), yes[s.disallowed_changes])
    if s.ok:
        ctx.say("verify.ok_one")
    else:
        ctx.say("verify.bad_one", words.said(s.reason or ""))


def _print_report(ctx: Context, path: Path, report: VerificationReport) -> None:
    signatures = report.signatures
    ctx.say("verify.file", path, len(signatures), len(report.fields))
    for number, s in enumerate(signatures, 1):
        _print_signature(ctx, number, s)
    for field in report.missing:
        ctx.say("verify.unsigned_field", field.name, _who(ctx, field))
    if not signatures:
        ctx.say("verify.no_signatures")
    for field in report.missing:
        ctx.say("verify.missing", field.name, _who(ctx, field))
    bad = sum(1 for s in signatures if not s.ok)
    if bad:
        ctx.say("verify.failed", bad, len(signatures))
    if report.ok:
        ctx.say("verify.ok", len(signatures))


# -- sign -----------------------------------------------------------------------------------


def sign_file(ctx: Context) -> int:
    source, target = Path(ctx.args.file), ctx.output(ctx.args.output)
    pdf = _read(source, "the file")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = getpass.getpass(f"Password for {Path(ctx.args.p12).name}: ")
    request = SignatureRequest(
        field_name=ctx.args.field,
        signer_name=ctx.args.name or "",
        reason=ctx.args.reason or "",
        location=ctx.args.location or "",
        certify_and_lock=ctx.args.lock,
        timestamp_url=ctx.args.tsa,
        embed_revocation=ctx.args.revocation,
        expected_iin=ctx.args.iin,
    )
    try:
        signed = sign_pdf(pdf, Pkcs12Key(Path(ctx.args.p12), password), request)
    except NotAPdf as exc:
        raise CliError(f"{source} cannot be read as a PDF: {exc}", reason="not_a_pdf",
                       values=(source,)) from exc
    except SigningError as exc:
        raise CliError(f"not signed: {exc}", reason="not_signed",
                       values=(ctx.refusal(exc),)) from exc
    ctx.write(target, signed)
    ctx.say("sign_pdf.done", source, target, ctx.args.field)
    return 0


# -- registration ---------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "verify", verify, sign_in=False,
                    help="check the electronic signatures of a PDF file")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--trust", action="append", metavar="CERT.pem",
                   help="a trusted root certificate, PEM or DER (repeatable)")
    p.add_argument("--crl", action="append", metavar="FILE.crl",
                   help="a certificate revocation list (PEM or DER) to check against, for a "
                        "machine without internet (repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")

    p = add_command(sub, "sign-pdf", sign_file, sign_in=False,
                    help="sign any PDF file with a .p12 key (tests and demos)",
                    description=f"The password is read from {PASSWORD_ENV}, or asked for.")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--p12", required=True, metavar="KEY.p12")
    p.add_argument("--field", default="Signature1", metavar="NAME",
                   help="the signature field (created when missing; default Signature1)")
    p.add_argument("--lock", action="store_true",
                   help="the final signature: lock the document against any change")
    p.add_argument("--name", metavar="TEXT", help="name on the stamp (default: from the "
                                                  "certificate)")
    p.add_argument("--reason", metavar="TEXT")
    p.add_argument("--location", metavar="TEXT")
    p.add_argument("--iin", metavar="IIN", help="refuse a certificate for another IIN")
    p.add_argument("--tsa", metavar="URL", help="RFC 3161 time-stamp service")
    p.add_argument("--revocation", action="store_true",
                   help="embed OCSP responses / CRLs (PAdES B-LT)")
