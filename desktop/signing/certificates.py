"""What a Kazakh signing certificate says about its holder, and whether it may sign now.

Certificates of the national certification centre (NCA) name the holder in the subject:
``CN`` (surname and name), ``SURNAME``, ``SERIALNUMBER`` = ``IIN`` and 12 digits, ``G``
(given name: NCA puts the patronymic there), and for an organisation's employee ``O`` and
``OU`` = ``BIN`` and 12 digits.

NCA issues every holder two keys: an authentication key (``AUTH_RSA256_…``:
digitalSignature + keyEncipherment, extended key usage clientAuth) to log in to web sites,
and a signing key (``RSA256_…`` or ``GOSTKNCA_…``: digitalSignature + nonRepudiation). Only
the second may sign a conclusion: :func:`assess` says so with stable reason codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from asn1crypto import core, x509

from desktop.signing.errors import CertificateRefused

__all__ = [
    "REASONS",
    "SIGNING_KEY_USAGES",
    "KeyVerdict",
    "SignerIdentity",
    "algorithm_of",
    "assess",
    "check_certificate",
    "identity_of",
    "is_gost",
]

SIGNING_KEY_USAGES = frozenset({"non_repudiation"})
"""A certificate that signs a conclusion must allow this key usage (NCA's signing keys do,
its authentication keys do not)."""

REASONS = ("expired", "not-yet-valid", "auth-key", "no-non-repudiation", "ca-certificate",
           "gost-use-ncalayer")
"""Why a key may not sign a conclusion, in the order they are reported."""

_IIN_RE = re.compile(r"^\s*IIN\s*(\d{12})\s*$", re.IGNORECASE)
_BIN_RE = re.compile(r"^\s*BIN\s*(\d{12})\s*$", re.IGNORECASE)

_RSA = "1.2.840.113549.1.1.1"
_EC = "1.2.840.10045.2.1"
_GOST_NAMES = {
    "1.2.398.3.10.1.1.1.1": "GOST 34.310-2004",
    "1.2.398.3.10.1.1.2.1": "ST RK GOST 34.10-2015 (256 bit)",
    "1.2.398.3.10.1.1.2.2": "ST RK GOST 34.10-2015 (512 bit)",
}
_GOST_PREFIXES = ("1.2.398.3.10.1.1.", "1.2.643.")
"""Kazakh GOST keys (NCA), and Russian GOST R 34.10 keys."""


@dataclass(frozen=True)
class SignerIdentity:
    """The holder of a certificate, as its subject names them."""

    name: str
    """The full name: ``CN`` and, when NCA put it in ``G``, the patronymic."""
    iin: str | None = None
    bin: str | None = None
    organisation: str | None = None
    surname: str | None = None
    given_name: str | None = None
    """``G``: the patronymic in NCA's certificates."""


def _values(name: x509.Name, attribute: str) -> list[str]:
    found: list[str] = []
    for rdn in name.chosen:
        for type_and_value in rdn:
            if type_and_value["type"].native == attribute:
                value = type_and_value["value"].native
                if isinstance(value, str):
                    found.append(value.strip())
    return found


def identity_of(cert: x509.Certificate) -> SignerIdentity:
    """Read the holder from ``cert``'s subject (see the module's description)."""
    subject = cert.subject
    names = _values(subject, "common_name")
    surname = next(iter(_values(subject, "surname")), None)
    given = next(iter(_values(subject, "given_name")), None)
    name = names[0] if names else " ".join(filter(None, (surname, given)))
    if given and names and given.casefold() not in name.casefold():
        name = f"{name} {given}"
    name = name or subject.human_friendly
    iin = next((m.group(1) for v in _values(subject, "serial_number")
                if (m := _IIN_RE.match(v))), None)
    bin_ = next((m.group(1) for v in _values(subject, "organizational_unit_name")
                 if (m := _BIN_RE.match(v))), None)
    organisations = _values(subject, "organization_name")
    return SignerIdentity(name=name, iin=iin, bin=bin_,
                          organisation=organisations[0] if organisations else None,
                          surname=surname, given_name=given)


def _key_algorithm_oid(cert: x509.Certificate) -> str:
    """The public key's algorithm, read without asn1crypto's key parser (it stops at
    algorithms it does not know, GOST among them)."""
    spki = core.Sequence.load(cert["tbs_certificate"]["subject_public_key_info"].dump())
    algorithm = core.Sequence.load(spki[0].dump())
    return core.ObjectIdentifier.load(algorithm[0].dump()).dotted


def is_gost(cert: x509.Certificate) -> bool:
    """Whether ``cert`` holds a GOST key (Kazakh or Russian)."""
    return _key_algorithm_oid(cert).startswith(_GOST_PREFIXES)


def algorithm_of(cert: x509.Certificate) -> str:
    """The key's algorithm in words: ``RSA 2048``, ``GOST 34.310-2004``, …"""
    oid = _key_algorithm_oid(cert)
    if oid == _RSA:
        return f"RSA {cert.public_key.bit_size}"
    if oid == _EC:
        return f"ECDSA {cert.public_key.bit_size}"
    if oid in _GOST_NAMES:
        return _GOST_NAMES[oid]
    if oid.startswith(_GOST_PREFIXES):
        return f"GOST ({oid})"
    return oid


@dataclass(frozen=True)
class KeyVerdict:
    """Whether a certificate's key may sign a conclusion, and what it says about itself."""

    identity: SignerIdentity
    algorithm: str
    key_usage: tuple[str, ...]
    extended_key_usage: tuple[str, ...]
    not_before: datetime
    not_after: datetime
    issuer: str
    serial: str
    reasons: tuple[str, ...]
    """Codes from :data:`REASONS`; empty when the key may sign."""

    @property
    def fit(self) -> bool:
        return not self.reasons

    def as_dict(self) -> dict[str, object]:
        return {
            "holder": self.identity.name, "iin": self.identity.iin, "bin": self.identity.bin,
            "organisation": self.identity.organisation, "algorithm": self.algorithm,
            "key_usage": list(self.key_usage),
            "extended_key_usage": list(self.extended_key_usage),
            "valid_from": self.not_before.isoformat(), "valid_to": self.not_after.isoformat(),
            "issuer": self.issuer, "serial": self.serial, "fit": self.fit,
            "reasons": list(self.reasons),
        }


def assess(cert: x509.Certificate, *, at: datetime | None = None) -> KeyVerdict:
    """Every reason ``cert`` may not sign a conclusion at ``at`` (default: now)."""
    moment = (at or datetime.now(UTC)).astimezone(UTC)
    validity = cert["tbs_certificate"]["validity"]
    not_before: datetime = validity["not_before"].native
    not_after: datetime = validity["not_after"].native
    usages = set(cert.key_usage_value.native) if cert.key_usage_value is not None else set()
    extended = [str(u) for u in cert.extended_key_usage_value.native] \
        if cert.extended_key_usage_value is not None else []
    reasons = []
    if moment > not_after:
        reasons.append("expired")
    if moment < not_before:
        reasons.append("not-yet-valid")
    if "non_repudiation" not in usages:
        if "client_auth" in extended or {"digital_signature", "key_encipherment"} <= usages:
            reasons.append("auth-key")
        reasons.append("no-non-repudiation")
    if cert.ca:
        reasons.append("ca-certificate")
    if is_gost(cert):
        reasons.append("gost-use-ncalayer")
    return KeyVerdict(
        identity=identity_of(cert), algorithm=algorithm_of(cert),
        key_usage=tuple(sorted(usages)), extended_key_usage=tuple(extended),
        not_before=not_before, not_after=not_after, issuer=cert.issuer.human_friendly,
        serial=format(cert.serial_number, "x"), reasons=tuple(reasons))


def check_certificate(cert: x509.Certificate, *, at: datetime | None = None,
                      expected_iin: str | None = None, through_ncalayer: bool = False
                      ) -> SignerIdentity:
    """Refuse a certificate that may not sign a conclusion at ``at``; return its holder.

    Raises :class:`CertificateRefused` with the first reason of :func:`assess`, or
    ``iin_mismatch``. ``through_ncalayer``: NCALayer holds the key, so a GOST key is fine.
    """
    verdict = assess(cert, at=at)
    reasons = [r for r in verdict.reasons
               if not (through_ncalayer and r == "gost-use-ncalayer")]
    identity = verdict.identity
    if reasons:
        raise CertificateRefused.because(reasons[0], verdict)
    if expected_iin is not None and identity.iin != expected_iin.strip():
        raise CertificateRefused(
            "iin_mismatch",
            f"the certificate of {identity.name} is for IIN {identity.iin or '(none)'}, "
            f"but the signer's IIN is {expected_iin.strip()}",
            values=(identity.name, identity.iin or "—", expected_iin.strip()))
    return identity
