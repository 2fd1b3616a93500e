"""``verify`` and ``sign``: electronic signatures of PDF files, from the command line.

``verify`` exits 0 when every signature is intact, valid, trusted and unchanged, 1 when
not (the reason per signature is printed), and 2 when the file cannot be read as a PDF.
``sign`` is a helper for tests and demonstrations: it signs with a ``.p12`` file.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from datetime import datetime
from pathlib import Path

from asn1crypto import pem

from desktop.cli.errors import CliError
from desktop.signing import (
    GOST_NOT_CHECKABLE,
    FieldState,
    NotAPdf,
    Pkcs12Key,
    SignatureCheck,
    SignatureRequest,
    SigningError,
    VerificationReport,
    load_trust_roots,
    sign_pdf,
    verify_pdf,
)

__all__ = ["PASSWORD_ENV", "register", "sign", "verify"]

PASSWORD_ENV = "EXPORT_COMMISSION_P12_PASSWORD"


log = logging.getLogger(__name__)


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise CliError(f"{what} {path} does not exist") from exc
    except OSError as exc:
        raise CliError(f"cannot read {what} {path}: {exc.strerror or exc}") from exc


# -- verify ---------------------------------------------------------------------------------


def _configured_roots(args: argparse.Namespace) -> list[bytes]:
    """The commission's trust store, when its database can be opened; verifying a file
    must also work on a machine without one, with ``--trust`` alone."""
    from sqlalchemy.engine import make_url

    from desktop.services.trust import TrustStore
    from desktop.storage.database import Database, default_database_url

    url = make_url(args.db or default_database_url())
    if url.get_backend_name() == "sqlite" and not Path(url.database or "").is_file():
        return []  # no database on this machine: do not create one just to verify
    try:
        db = Database(url.render_as_string(hide_password=False))
        try:
            return TrustStore(db).roots()
        finally:
            db.dispose()
    except Exception as exc:  # no database here: fine, --trust still works
        log.info("no trust store from the database: %s", exc)
        return []


def verify(args: argparse.Namespace) -> int:
    path = Path(args.file)
    pdf = _read(path, "the file")
    roots = list(load_trust_roots(_configured_roots(args)))
    for trust in args.trust or []:
        try:
            roots.extend(load_trust_roots([_read(Path(trust), "the certificate file")]))
        except ValueError as exc:
            raise CliError(f"{trust} is not a PEM or DER certificate: {exc}") from exc
    crls = [_read(Path(name), "the CRL file") for name in args.crl or []]
    try:
        report = verify_pdf(pdf, roots, crls=[_der(c) for c in crls])
    except NotAPdf as exc:
        raise CliError(f"{path} cannot be read as a PDF: {exc}") from exc
    except ValueError as exc:
        raise CliError(f"a CRL file is not a certificate revocation list: {exc}") from exc
    if args.json:
        payload = {"file": str(path), "ok": report.ok,
                   "signatures": [s.as_dict() for s in report.signatures],
                   "fields": [f.as_dict() for f in report.fields],
                   "missing": [f.name for f in report.missing]}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        _out()
    else:
        _print_report(path, report)
    return 0 if report.ok else 1


def _der(data: bytes) -> bytes:
    """A CRL as DER, from PEM or DER."""
    if pem.detect(data):
        return pem.unarmor(data)[2]
    return data


def _when(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else "—"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _who(field: FieldState) -> str:
    """Who was to sign ``field``: the seat its name stands for, and the person it names."""
    seat = "the chairperson" if field.name == "chair" else (
        f"member {field.name.split('-', 1)[1]}" if field.name.startswith("member-") else "")
    said = "; ".join(part for part in (seat, field.expected) if part)
    return f" ({said})" if said else ""


def _revocation(s: SignatureCheck) -> str:
    if s.revocation == "ocsp":
        return f"checked by an OCSP response of {_when(s.revocation_time)}"
    if s.revocation == "crl":
        return f"checked against a CRL of {_when(s.revocation_time)}"
    return f"not checked: {s.revocation_note or 'no revocation data'}"


def _print_report(path: Path, report: VerificationReport) -> None:
    signatures = report.signatures
    _out(f"{path}: {len(signatures)} signature(s) in {len(report.fields)} signature "
         "field(s)")
    for number, s in enumerate(signatures, 1):
        _out(f"{number}. field {s.field_name}: {s.signer_name}, IIN {s.iin or '—'}"
             + (" (locks the document)" if s.locks_document else ""))
        if s.gost:
            _out(f"   {GOST_NOT_CHECKABLE}")
            continue
        timestamp = "none" if not s.has_timestamp else \
            f"{_when(s.timestamp_time)} ({'valid' if s.timestamp_valid else 'NOT valid'})"
        _out(f"   signing time {_when(s.signing_time)}; timestamp {timestamp}")
        _out(f"   intact {_yes(s.intact)}, valid {_yes(s.valid)}, trusted {_yes(s.trusted)}")
        _out(f"   revocation {_revocation(s)}")
        _out(f"   coverage {s.coverage}, modifications {s.modifications}, "
             f"disallowed changes {_yes(s.disallowed_changes)}")
        _out("   OK" if s.ok else f"   NOT OK: {s.reason}")
    for field in report.missing:
        _out(f"-. field {field.name}{_who(field)}: NOT SIGNED")
    if not signatures:
        _out("not OK: the file has no signatures")
    for field in report.missing:
        _out(f"not OK: the signature in field {field.name}{_who(field)} is missing")
    bad = sum(1 for s in signatures if not s.ok)
    if bad:
        _out(f"not OK: {bad} of {len(signatures)} signature(s) failed")
    if report.ok:
        _out(f"OK: all {len(signatures)} signature(s) are intact, valid and trusted, and "
             "every signature field is signed")


# -- sign -----------------------------------------------------------------------------------


def sign(args: argparse.Namespace) -> int:
    source, target = Path(args.file), Path(args.output)
    pdf = _read(source, "the file")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = getpass.getpass(f"Password for {Path(args.p12).name}: ")
    request = SignatureRequest(
        field_name=args.field,
        signer_name=args.name or "",
        reason=args.reason or "",
        location=args.location or "",
        certify_and_lock=args.lock,
        timestamp_url=args.tsa,
        embed_revocation=args.revocation,
        expected_iin=args.iin,
    )
    try:
        signed = sign_pdf(pdf, Pkcs12Key(Path(args.p12), password), request)
    except NotAPdf as exc:
        raise CliError(f"{source} cannot be read as a PDF: {exc}") from exc
    except SigningError as exc:
        raise CliError(f"not signed: {exc}") from exc
    try:
        target.write_bytes(signed)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from exc
    _out(f"signed {source} into {target} (field {args.field})")
    return 0


# -- registration ---------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("verify", help="check the electronic signatures of a PDF file")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--trust", action="append", metavar="CERT.pem",
                   help="a trusted root certificate, PEM or DER (repeatable)")
    p.add_argument("--crl", action="append", metavar="FILE.crl",
                   help="a certificate revocation list (PEM or DER) to check against, for a "
                        "machine without internet (repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(handler=verify)

    p = sub.add_parser("sign", help="sign a PDF file with a .p12 key (tests and demos)",
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
    p.set_defaults(handler=sign)
