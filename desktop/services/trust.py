"""The trust store: root certificates the commission accepts for signatures, and the
certificate revocation lists (CRLs) an office imports to check signers offline.

The national certification centre's certificates come with the program (the trust profile,
:mod:`desktop.signing.trust_profile`) and are trusted from the first start; the
administrator adds their own (a test or demo CA) and may stop trusting a profile
certificate, which is then remembered as excluded. The rest is kept in the database
(commission-wide settings), so every desktop verifies against the same roots. Who added a
root, when and from which file is read from the audit journal, which records every change.
"""

from __future__ import annotations

import base64
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.domain.roles import Action
from desktop.models.audit import AuditEvent
from desktop.services import audit, settings
from desktop.services.actor import Actor
from desktop.signing.trust_profile import (
    DEFAULT_PROFILE,
    TrustProfile,
    TrustProfileError,
    trust_profile,
)
from desktop.storage.database import Database

__all__ = [
    "TrustStore", "TrustStoreError", "TrustedCrl", "TrustedRoot", "fingerprint", "subject",
]

TRUST_KEY = "trust_roots"
CRL_KEY = "trust_crls"
EXCLUDED_KEY = "trust_profile_excluded"
"""Fingerprints of profile certificates the administrator stopped trusting."""

log = logging.getLogger(__name__)


class TrustStoreError(DomainError):
    code = "trust_store"


def _parse(data: bytes, name: str = "") -> x509.Certificate:
    """A certificate in PEM or DER form."""
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise TrustStoreError(f"{name or 'the file'} is not a certificate: {exc}",
                              name or "—", reason="not_certificate") from exc


def _parse_crl(data: bytes, name: str = "") -> x509.CertificateRevocationList:
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_crl(data)
        return x509.load_der_x509_crl(data)
    except ValueError as exc:
        raise TrustStoreError(f"{name or 'the file'} is not a revocation list: {exc}",
                              name or "—", reason="not_crl") from exc


def fingerprint(pem: bytes) -> str:
    return _parse(pem).fingerprint(hashes.SHA256()).hex()


def subject(pem: bytes) -> str:
    """A certificate's subject, the whole name (RFC 4514)."""
    return _named(_parse(pem)).rfc4514_string()


@contextmanager
def _long_names() -> Iterator[None]:
    """NCA's Kazakh names are longer than 64 bytes in UTF-8, on which ``cryptography``
    warns whenever it reads one (a subject, an issuer, a key identifier's name): they are
    valid names all the same."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Attribute's length", UserWarning)
        yield


def _named(item: x509.Certificate | x509.CertificateRevocationList) -> x509.Name:
    """A certificate's subject or a list's issuer."""
    with _long_names():
        return item.subject if isinstance(item, x509.Certificate) else item.issuer


def _name(subject: x509.Name) -> str:
    """The common name, or the whole name when it has none."""
    common = subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(common[0].value) if common else subject.rfc4514_string()


@dataclass(frozen=True)
class TrustedRoot:
    fingerprint: str
    """SHA-256 of the certificate, hex."""
    subject: str
    """The subject's common name (the whole name in :attr:`subject_full`)."""
    subject_full: str
    valid_from: datetime
    valid_until: datetime
    added_by: str | None
    """Who added it, and when, from which file (None: before the audit knew it)."""
    added_at: datetime | None
    source: str
    profile: str = ""
    """The trust profile it comes with (its title, e.g. "NCA RK"); empty: added by hand."""


@dataclass(frozen=True)
class TrustedCrl:
    fingerprint: str
    issuer: str
    issued: datetime
    next_update: datetime | None
    revoked: int
    source: str


class TrustStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- what verifying needs (readable by everyone) ------------------------------------

    def profile(self) -> TrustProfile:
        """The shipped trust profile (NCA RK): its certificates and network services."""
        return self._profile()

    def roots(self) -> list[bytes]:
        """The trusted certificates as PEM: the profile's (less those excluded), then the
        ones added by hand. A damaged profile is logged and left out, never trusted."""
        with self.db.read() as s:
            stored = [pem.encode() for pem in settings.get(s, TRUST_KEY, [])]
            excluded = set(settings.get(s, EXCLUDED_KEY, []))
        try:
            shipped = [c.pem for c in trust_profile().certificates if c.sha256 not in excluded]
        except TrustProfileError as exc:
            log.error("the trust profile is not used: %s", exc)
            shipped = []
        return [*shipped, *stored]

    def crls(self) -> list[bytes]:
        """The imported revocation lists (DER)."""
        with self.db.read() as s:
            return [base64.b64decode(entry["der"]) for entry in settings.get(s, CRL_KEY, [])]

    # -- the administrator's view and changes -------------------------------------------

    def list_roots(self, actor: Actor) -> list[TrustedRoot]:
        """Every trusted certificate: the profile's first, marked with its title."""
        actor.require(Action.MANAGE_TRUST)
        profile = self._profile()
        with self.db.read() as s:
            pems: list[str] = list(settings.get(s, TRUST_KEY, []))
            excluded = set(settings.get(s, EXCLUDED_KEY, []))
            added = {event.entity_id: event for event in s.execute(
                select(AuditEvent).where(AuditEvent.action == "trust.add")
                .order_by(AuditEvent.seq)).scalars()}
        listed = []
        for shipped in profile.certificates:
            if shipped.sha256 not in excluded:
                cert = _parse(shipped.der)
                listed.append(TrustedRoot(
                    shipped.sha256, _name(_named(cert)), _named(cert).rfc4514_string(),
                    cert.not_valid_before_utc, cert.not_valid_after_utc, None, None,
                    shipped.file, profile.title))
        for pem in pems:
            cert = _parse(pem.encode())
            digest = cert.fingerprint(hashes.SHA256()).hex()
            event = added.get(digest)
            listed.append(TrustedRoot(
                digest, _name(_named(cert)), _named(cert).rfc4514_string(),
                cert.not_valid_before_utc, cert.not_valid_after_utc,
                event.username if event else None, event.at if event else None,
                str((event.after or {}).get("file", "")) if event else ""))
        return listed

    def _profile(self) -> TrustProfile:
        try:
            return trust_profile()
        except TrustProfileError as exc:
            raise TrustStoreError(str(exc), DEFAULT_PROFILE, reason="profile_damaged") from exc

    def add_root(self, actor: Actor, data: bytes, source: str = "") -> str:
        """Trust *data* (a CA certificate, PEM or DER; *source* names its file); returns
        its SHA-256 fingerprint."""
        actor.require(Action.MANAGE_TRUST)
        cert = _parse(data, source)
        try:
            with _long_names():
                is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            is_ca = False
        if not is_ca:
            raise TrustStoreError("the certificate is not a certification authority's",
                                  reason="not_ca")
        digest = cert.fingerprint(hashes.SHA256()).hex()
        profile = self._profile()
        with self.db.write() as s:
            current: list[str] = list(settings.get(s, TRUST_KEY, []))
            excluded: list[str] = list(settings.get(s, EXCLUDED_KEY, []))
            if digest in profile.fingerprints():  # the profile's: trusted again if excluded
                if digest in excluded:
                    settings.put(s, EXCLUDED_KEY, [d for d in excluded if d != digest])
                    audit.record(s, actor, "trust.add", entity="certificate", entity_id=digest,
                                 after={"subject": _named(cert).rfc4514_string(),
                                        "file": source, "profile": profile.name})
            elif digest not in {fingerprint(p.encode()) for p in current}:
                current.append(cert.public_bytes(Encoding.PEM).decode())
                settings.put(s, TRUST_KEY, current)
                audit.record(s, actor, "trust.add", entity="certificate", entity_id=digest,
                             after={"subject": _named(cert).rfc4514_string(), "file": source})
        return digest

    def remove_root(self, actor: Actor, digest: str) -> None:
        """Stop trusting *digest*: a certificate added by hand is forgotten, a profile
        certificate is remembered as excluded (``trust add`` of its file undoes that)."""
        actor.require(Action.MANAGE_TRUST)
        profile = self._profile()
        with self.db.write() as s:
            excluded: list[str] = list(settings.get(s, EXCLUDED_KEY, []))
            if digest in profile.fingerprints() and digest not in excluded:
                settings.put(s, EXCLUDED_KEY, [*excluded, digest])
                audit.record(s, actor, "trust.remove", entity="certificate", entity_id=digest,
                             after={"profile": profile.name})
                return
            current: list[str] = list(settings.get(s, TRUST_KEY, []))
            kept = [p for p in current if fingerprint(p.encode()) != digest]
            if len(kept) == len(current):
                raise TrustStoreError(f"no trusted certificate with fingerprint {digest}",
                                      digest, reason="unknown")
            settings.put(s, TRUST_KEY, kept)
            audit.record(s, actor, "trust.remove", entity="certificate", entity_id=digest)

    def list_crls(self, actor: Actor) -> list[TrustedCrl]:
        actor.require(Action.MANAGE_TRUST)
        with self.db.read() as s:
            entries = list(settings.get(s, CRL_KEY, []))
        listed = []
        for entry in entries:
            der = base64.b64decode(entry["der"])
            crl = _parse_crl(der)
            listed.append(TrustedCrl(
                _sha256_hex(der), _name(_named(crl)), crl.last_update_utc, crl.next_update_utc,
                len(list(crl)), str(entry.get("file", ""))))
        return listed

    def add_crl(self, actor: Actor, data: bytes, source: str = "") -> str:
        """Import a revocation list (PEM or DER); it replaces the one of the same issuer.
        Returns its SHA-256 fingerprint."""
        actor.require(Action.MANAGE_TRUST)
        crl = _parse_crl(data, source)
        der = crl.public_bytes(Encoding.DER)
        digest = _sha256_hex(der)
        issuer = _named(crl).rfc4514_string()
        with self.db.write() as s:
            entries = [e for e in settings.get(s, CRL_KEY, [])
                       if _named(_parse_crl(base64.b64decode(e["der"]))).rfc4514_string()
                       != issuer]
            entries.append({"der": base64.b64encode(der).decode(), "file": source})
            settings.put(s, CRL_KEY, entries)
            audit.record(s, actor, "trust.crl_add", entity="crl", entity_id=digest,
                         after={"issuer": issuer, "file": source,
                                "issued": crl.last_update_utc.isoformat()})
        return digest

    def remove_crl(self, actor: Actor, digest: str) -> None:
        actor.require(Action.MANAGE_TRUST)
        with self.db.write() as s:
            entries = list(settings.get(s, CRL_KEY, []))
            kept = [e for e in entries if _sha256_hex(base64.b64decode(e["der"])) != digest]
            if len(kept) == len(entries):
                raise TrustStoreError(f"no revocation list with fingerprint {digest}",
                                      digest, reason="unknown_crl")
            settings.put(s, CRL_KEY, kept)
            audit.record(s, actor, "trust.crl_remove", entity="crl", entity_id=digest)


def _sha256_hex(data: bytes) -> str:
    """SHA-256 of *data*, hex."""
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize().hex()
