"""What a Kazakh signing certificate says about its holder, and whether it may sign now.

Certificates of the national certification centre (NCA) carry the holder's IIN in the
subject's ``serialNumber`` as ``IIN`` followed by 12 digits; certificates of an organisation's
employee also carry the organisation's BIN in an ``OU`` as ``BIN`` followed by 12 digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from asn1crypto import x509

from desktop.signing.errors import CertificateRefused

__all__ = [
    "SIGNING_KEY_USAGES",
    "SignerIdentity",
    "check_certificate",
    "identity_of",
]

SIGNING_KEY_USAGES = frozenset({"digital_signature", "non_repudiation"})
"""A signing certificate must allow at least one of these key usages."""

_IIN_RE = re.compile(r"^\s*IIN\s*(\d{12})\s*$", re.IGNORECASE)
_BIN_RE = re.compile(r"^\s*BIN\s*(\d{12})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class SignerIdentity:
    """The holder of a certificate, as its subject names them."""

    name: str
    iin: str | None = None
    bin: str | None = None
    organisation: str | None = None


def _values(name: x509.Name, attribute: str) -> list[str]:
    found: list[str] = []
    for rdn in name.chosen:
        for type_and_value in rdn:
            if type_and_value["type"].native == attribute:
                value = type_and_value["value"].native
                if isinstance(value, str):
                    found.append(value)
    return found


def identity_of(cert: x509.Certificate) -> SignerIdentity:
    """Read the holder's name (CN), IIN (serialNumber) and BIN (an OU) from ``cert``."""
    subject = cert.subject
    names = _values(subject, "common_name")
    surname = _values(subject, "surname")
    given = _values(subject, "given_name")
    name = names[0] if names else " ".join(surname + given) or subject.human_friendly
    iin = next((m.group(1) for v in _values(subject, "serial_number")
                if (m := _IIN_RE.match(v))), None)
    bin_ = next((m.group(1) for v in _values(subject, "organizational_unit_name")
                 if (m := _BIN_RE.match(v))), None)
    organisations = _values(subject, "organization_name")
    return SignerIdentity(name=name, iin=iin, bin=bin_,
                          organisation=organisations[0] if organisations else None)


def check_certificate(cert: x509.Certificate, *, at: datetime | None = None,
                      expected_iin: str | None = None) -> SignerIdentity:
    """Refuse a certificate that may not sign at ``at`` (default: now); return its holder.

    Raises :class:`CertificateRefused` with code ``not_yet_valid``, ``expired``,
    ``key_usage`` or ``iin_mismatch``.
    """
    moment = (at or datetime.now(UTC)).astimezone(UTC)
    identity = identity_of(cert)
    who = f"the certificate of {identity.name}"
    validity = cert["tbs_certificate"]["validity"]
    not_before: datetime = validity["not_before"].native
    not_after: datetime = validity["not_after"].native
    if moment < not_before:
        raise CertificateRefused(
            "not_yet_valid",
            f"{who} is not valid yet: valid from {not_before:%Y-%m-%d %H:%M} UTC "
            f"to {not_after:%Y-%m-%d %H:%M} UTC",
            not_before=not_before, not_after=not_after)
    if moment > not_after:
        raise CertificateRefused(
            "expired",
            f"{who} expired on {not_after:%Y-%m-%d %H:%M} UTC "
            f"(valid from {not_before:%Y-%m-%d %H:%M} UTC)",
            not_before=not_before, not_after=not_after)
    usages = cert.key_usage_value.native if cert.key_usage_value is not None else set()
    if not usages & SIGNING_KEY_USAGES:
        shown = ", ".join(sorted(usages)) or "none"
        raise CertificateRefused(
            "key_usage",
            f"{who} is not for signing: its key usage ({shown}) has neither "
            "digitalSignature nor nonRepudiation")
    if expected_iin is not None and identity.iin != expected_iin.strip():
        raise CertificateRefused(
            "iin_mismatch",
            f"{who} is for IIN {identity.iin or '(none)'}, "
            f"but the signer's IIN is {expected_iin.strip()}")
    return identity
