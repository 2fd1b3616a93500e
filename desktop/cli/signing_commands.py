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

from desktop.cli.errors import CliError
from desktop.signing import (
    NotAPdf,
    Pkcs12Key,
    SignatureCheck,
    SignatureRequest,
    SigningError,
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
    try:
        report = verify_pdf(pdf, roots)
    except NotAPdf as exc:
        raise CliError(f"{path} cannot be read as a PDF: {exc}") from exc
    if args.json:
        payload = {"file": str(path), "ok": report.ok,
                   "signatures": [s.as_dict() for s in report.signatures]}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        _out()
    else:
        _print_report(path, report.signatures)
        if not report.signatures:
            _out("not OK: the file has no signatures")
        elif report.ok:
            _out(f"OK: all {len(report.signatures)} signature(s) are intact, valid and trusted")
        else:
            bad = sum(1 for s in report.signatures if not s.ok)
            _out(f"not OK: {bad} of {len(report.signatures)} signature(s) failed")
    return 0 if report.ok else 1


def _when(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else "—"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _print_report(path: Path, signatures: tuple[SignatureCheck, ...]) -> None:
    _out(f"{path}: {len(signatures)} signature(s)")
    for number, s in enumerate(signatures, 1):
        _out(f"{number}. field {s.field_name}: {s.signer_name}, IIN {s.iin or '—'}"
             + (" (locks the document)" if s.locks_document else ""))
        timestamp = "none" if not s.has_timestamp else \
            f"{_when(s.timestamp_time)} ({'valid' if s.timestamp_valid else 'NOT valid'})"
        _out(f"   signing time {_when(s.signing_time)}; timestamp {timestamp}")
        _out(f"   intact {_yes(s.intact)}, valid {_yes(s.valid)}, trusted {_yes(s.trusted)}, "
             f"revocation checked {_yes(s.revocation_checked)}")
        _out(f"   coverage {s.coverage}, modifications {s.modifications}, "
             f"disallowed changes {_yes(s.disallowed_changes)}")
        _out("   OK" if s.ok else f"   NOT OK: {s.reason}")


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
