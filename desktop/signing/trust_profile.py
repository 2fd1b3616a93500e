"""The trust profile shipped with the program: NCA RK's certificates and network services.

A fresh installation trusts the certificates of ``resources/trust/<name>/profile.json``
without anyone adding them by hand, and takes its time-stamp service from there. Each file
is checked against the SHA-256 the profile names before it is trusted: a file changed on
the disk is refused, never trusted silently. Where the certificates come from, and which
checks they passed, is written in ``docs/signatures.md``.

The network default is explicit: :data:`TSA_ENV` set (even empty) replaces the profile's
time-stamp service, so an office can name its own or none, and the tests never reach
pki.gov.kz.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from hashlib import sha256
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from desktop.resources import resources_dir

__all__ = [
    "DEFAULT_PROFILE",
    "NETWORK_TIMEOUT",
    "TSA_ENV",
    "ProfileCertificate",
    "TrustProfile",
    "TrustProfileError",
    "default_timestamp_url",
    "load_profile",
    "trust_profile",
]

DEFAULT_PROFILE = "nca-rk"
TSA_ENV = "EXPORT_COMMISSION_TSA"
"""The time-stamp service instead of the profile's; empty: none (sign PAdES B-B)."""
NETWORK_TIMEOUT = 10
"""Seconds a time-stamp service may take to answer before the signature goes without one."""


class TrustProfileError(ValueError):
    """The shipped profile is damaged: a file is missing or not the one the profile names.
    A fault of the installation, not of the user's input."""


@dataclass(frozen=True)
class ProfileCertificate:
    file: str
    role: str
    """``root`` or ``intermediate``."""
    sha256: str
    der: bytes

    @property
    def pem(self) -> bytes:
        return x509.load_der_x509_certificate(self.der).public_bytes(Encoding.PEM)


@dataclass(frozen=True)
class TrustProfile:
    name: str
    title: str
    ocsp: str
    """The OCSP responder NCA's certificates name (revocation is fetched from the address
    each certificate names; this one is said to the office)."""
    tsa: str
    certificates: tuple[ProfileCertificate, ...]
    notes: tuple[str, ...]

    def fingerprints(self) -> frozenset[str]:
        return frozenset(c.sha256 for c in self.certificates)


@cache
def trust_profile(name: str = DEFAULT_PROFILE) -> TrustProfile:
    """The shipped profile *name*, every certificate checked against its fingerprint."""
    return load_profile(resources_dir() / "trust" / name)


def load_profile(folder: Path) -> TrustProfile:
    """The profile in *folder* (``profile.json`` and the certificate files it names)."""
    name = folder.name
    try:
        spec = json.loads((folder / "profile.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TrustProfileError(f"the trust profile {name} cannot be read: {exc}") from exc
    certificates = []
    for entry in spec["certificates"]:
        try:
            der = (folder / entry["file"]).read_bytes()
        except OSError as exc:
            raise TrustProfileError(f"{entry['file']} of the trust profile {name} cannot be "
                                    f"read: {exc.strerror}") from exc
        if sha256(der).hexdigest() != entry["sha256"]:
            raise TrustProfileError(f"{entry['file']} of the trust profile {name} is not the "
                                    f"certificate the profile names (SHA-256 differs)")
        certificates.append(ProfileCertificate(entry["file"], entry["role"], entry["sha256"],
                                               der))
    return TrustProfile(spec["name"], spec["title"], spec["ocsp"], spec["tsa"],
                        tuple(certificates), tuple(spec.get("notes", ())))


def default_timestamp_url() -> str | None:
    """The time-stamp service a signature asks when the signer names none: :data:`TSA_ENV`
    when it is set, else the profile's."""
    configured = os.environ.get(TSA_ENV)
    if configured is not None:
        return configured.strip() or None
    return trust_profile().tsa
