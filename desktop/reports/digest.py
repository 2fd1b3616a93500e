"""The document's content as canonical JSON, its SHA-256, and what the QR code carries.

The "unsigned content" of a conclusion or refusal is its data, not its PDF bytes (those
change with every signature). :func:`canonical_json` writes the data class as JSON with
sorted keys, no spaces, UTF-8 text (not \\u escapes), dates as ISO strings, the annex
photos as ``sha256:<hex>`` of their JPEG bytes, plus
``"document"`` (``conclusion`` or ``refusal``) and ``"scheme"`` (1). The renderer embeds
exactly these bytes in the PDF as ``conclusion.json`` (``refusal.json``), and the QR code on
the first page carries the number, the date and their SHA-256, so anyone holding the signed
PDF hashes the attachment, and anyone holding a printed copy compares the scanned digest
with the registry's or the signed file's. See ``docs/conclusion-qr.md``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from desktop.reports.certificate_data import CertificateData
from desktop.reports.data import ConclusionData, RefusalData, ReturnActData
from desktop.reports.errors import ReportDataError

__all__ = [
    "SCHEME",
    "Document",
    "QrPayload",
    "attachment_name",
    "canonical_json",
    "content_digest",
    "document_kind",
    "parse_qr_payload",
    "qr_payload",
]

SCHEME = 1
_DIGEST_PREFIX = "sha256:"


Document = ConclusionData | RefusalData | ReturnActData | CertificateData
"""Every document the commission (and, for the certificate, its executive body) renders
and signs."""


def document_kind(data: Document) -> str:
    """``conclusion``, ``refusal``, ``return_act`` or ``certificate``."""
    if isinstance(data, ConclusionData):
        return "conclusion"
    if isinstance(data, CertificateData):
        return "certificate"
    return "return_act" if isinstance(data, ReturnActData) else "refusal"


def attachment_name(data: Document) -> str:
    """The name of the embedded JSON file: ``conclusion.json``, ``refusal.json``…"""
    return f"{document_kind(data)}.json"


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):  # an annex photo: the digest covers it through its hash
        return f"{_DIGEST_PREFIX}{hashlib.sha256(value).hexdigest()}"
    raise TypeError(f"{type(value).__name__} has no JSON form")


def canonical_json(data: Document) -> bytes:
    """The canonical JSON of ``data`` (UTF-8): the bytes the digest is taken over."""
    document = {"document": document_kind(data), "scheme": SCHEME, **asdict(data)}
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False, default=_plain)
    return text.encode("utf-8")


def content_digest(data: Document) -> str:
    """SHA-256 (lowercase hex) of :func:`canonical_json`."""
    return hashlib.sha256(canonical_json(data)).hexdigest()


@dataclass(frozen=True)
class QrPayload:
    number: str
    date: date
    sha256: str


def qr_payload(data: Document) -> str:
    """The QR text: three lines, the number, the ISO date and ``sha256:<hex>``."""
    return f"{data.number}\n{data.date.isoformat()}\n{_DIGEST_PREFIX}{content_digest(data)}"


def parse_qr_payload(text: str) -> QrPayload:
    """Read a scanned QR text back; :class:`ReportDataError` when it is not ours."""
    lines = text.strip().splitlines()
    if len(lines) != 3 or not lines[2].startswith(_DIGEST_PREFIX):
        raise ReportDataError("QR code", "is not a conclusion check code (expected three "
                              "lines: number, date, sha256:…)", reason="qr_format")
    digest = lines[2][len(_DIGEST_PREFIX):]
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ReportDataError("QR code", f"the digest {digest!r} is not a SHA-256 in hex",
                              reason="qr_format")
    try:
        day = date.fromisoformat(lines[1])
    except ValueError as exc:
        raise ReportDataError("QR code", f"the date {lines[1]!r} is not an ISO date",
                              reason="qr_format") from exc
    return QrPayload(lines[0], day, digest)
