"""What verifying a PDF found: one verdict per signature, and every signature field.

A document of this application is issued only when every field laid out for a signature
is signed: :attr:`VerificationReport.missing` names the empty ones and who was to sign
them, and :attr:`VerificationReport.ok` is false while any is empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

__all__ = [
    "COVERAGE",
    "MODIFICATIONS",
    "REVOCATION",
    "FieldState",
    "Said",
    "SignatureCheck",
    "VerificationReport",
]

COVERAGE = ("whole_document", "whole_revision", "partial")
"""How much of the file a signature covers: all of it; its own revision, with later
incremental updates; or less than its revision (suspicious)."""

MODIFICATIONS = ("none", "form_filling", "annotations", "other")
"""What was changed after a signature, by pyHanko's difference analysis. Updates that only
add validation data or document timestamps (PAdES LTA maintenance) count as ``none``."""

REVOCATION = ("ocsp", "crl", "none")
"""How the signer's certificate was checked for revocation: by an OCSP response, by a
CRL, or not at all (:attr:`SignatureCheck.revocation_note` says why)."""


class Said(str):
    """A finding in English (for logs and ``--json``) that keeps its catalogue key
    (``verify.<what>``) and values, so that the window and the command line word it in the
    reader's language. It is a ``str``: whoever only needs the English reads it as one."""

    key: str
    values: tuple[str, ...]

    def __new__(cls, english: str, key: str, *values: object) -> Said:
        said = super().__new__(cls, english)
        said.key = key
        said.values = tuple(str(v) for v in values)
        return said

    def __reduce__(self) -> tuple[type[Said], tuple[str, ...]]:
        return (Said, (str(self), self.key, *self.values))  # verified in worker processes


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


@dataclass(frozen=True)
class SignatureCheck:
    """The verdict on one signature."""

    field_name: str
    signer_name: str
    iin: str | None
    signing_time: datetime | None
    """The time the signer claims (the CMS signing-time attribute)."""
    timestamp_time: datetime | None
    """The time in the RFC 3161 timestamp, when there is one."""
    timestamp_valid: bool | None
    """``None`` without a timestamp; else whether it is intact, valid and trusted."""
    intact: bool
    valid: bool
    trusted: bool
    revoked: bool
    coverage: str
    modifications: str
    disallowed_changes: bool
    locks_document: bool
    reason: str | None
    """One line on what is wrong; ``None`` when the signature is fine."""
    revocation: str = "none"
    """One of :data:`REVOCATION`."""
    revocation_time: datetime | None = None
    """When the OCSP response was produced, or the CRL issued."""
    revocation_note: str | None = None
    """Why revocation was not checked, when it was not."""
    gost: bool = False
    """A GOST signature: this program cannot check its value (see ``docs/signatures.md``)."""

    @property
    def revocation_checked(self) -> bool:
        return self.revocation != "none"

    @property
    def has_timestamp(self) -> bool:
        return self.timestamp_valid is not None

    @property
    def ok(self) -> bool:
        return self.reason is None

    def as_dict(self) -> dict[str, Any]:
        """The verdict as JSON-ready values (times in ISO 8601)."""
        return {
            "field": self.field_name,
            "signer_name": self.signer_name,
            "iin": self.iin,
            "signing_time": _iso(self.signing_time),
            "timestamp": self.has_timestamp,
            "timestamp_time": _iso(self.timestamp_time),
            "timestamp_valid": self.timestamp_valid,
            "intact": self.intact,
            "valid": self.valid,
            "trusted": self.trusted,
            "revoked": self.revoked,
            "revocation_checked": self.revocation_checked,
            "revocation": self.revocation,
            "revocation_time": _iso(self.revocation_time),
            "revocation_note": self.revocation_note,
            "gost": self.gost,
            "coverage": self.coverage,
            "modifications": self.modifications,
            "disallowed_changes": self.disallowed_changes,
            "locks_document": self.locks_document,
            "ok": self.ok,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class FieldState:
    """A signature field of the document, signed or not."""

    name: str
    signed: bool
    expected: str
    """Who is to sign it (the field's ``/TU``, e.g. "Төраға: …"), or "" when not said."""
    expected_iin: str = ""
    """The IIN of who is to sign it, when the document records it."""

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.name, "signed": self.signed, "expected": self.expected,
                "expected_iin": self.expected_iin}


@dataclass(frozen=True)
class VerificationReport:
    """All signatures of a file, in signing order, and all its signature fields."""

    signatures: tuple[SignatureCheck, ...]
    fields: tuple[FieldState, ...] = ()

    @property
    def missing(self) -> tuple[FieldState, ...]:
        """The fields laid out for a signature that nobody has signed."""
        return tuple(f for f in self.fields if not f.signed)

    @property
    def ok(self) -> bool:
        """At least one signature, every one intact, valid, trusted and unchanged, and no
        signature field left empty."""
        return (bool(self.signatures) and all(s.ok for s in self.signatures)
                and not self.missing)
