"""The trust store: root certificates the commission accepts for signatures, and the
certificate revocation lists (CRLs) an office imports to check signers offline.

Kept in the database (commission-wide settings), so every desktop verifies against the
same roots: the national certification centre's, or a test or demo CA. Who added a root,
when and from which file is read from the audit journal, which records every change.
"""

from __future__ import annotations

import base64
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
from desktop.storage.database import Database

__all__ = ["TrustStore", "TrustStoreError", "TrustedCrl", "TrustedRoot", "fingerprint"]

TRUST_KEY = "trust_roots"
CRL_KEY = "trust_crls"


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

    def roots(self) -> list[bytes]:
        """The trusted roots as PEM."""
        with self.db.read() as s:
            return [pem.encode() for pem in settings.get(s, TRUST_KEY, [])]

    def crls(self) -> list[bytes]:
        """The imported revocation lists (DER)."""
        with self.db.read() as s:
            return [base64.b64decode(entry["der"]) for entry in settings.get(s, CRL_KEY, [])]

    # -- the administrator's view and changes -------------------------------------------

    def list_roots(self, actor: Actor) -> list[TrustedRoot]:
        actor.require(Action.MANAGE_TRUST)
        with self.db.read() as s:
            pems: list[str] = list(settings.get(s, TRUST_KEY, []))
            added = {event.entity_id: event for event in s.execute(
                select(AuditEvent).where(AuditEvent.action == "trust.add")
                .order_by(AuditEvent.seq)).scalars()}
        listed = []
        for pem in pems:
            cert = _parse(pem.encode())
            digest = cert.fingerprint(hashes.SHA256()).hex()
            event = added.get(digest)
            listed.append(TrustedRoot(
                digest, _name(cert.subject), cert.subject.rfc4514_string(),
                cert.not_valid_before_utc, cert.not_valid_after_utc,
                event.username if event else None, event.at if event else None,
                str((event.after or {}).get("file", "")) if event else ""))
        return listed

    def add_root(self, actor: Actor, data: bytes, source: str = "") -> str:
        """Trust *data* (a CA certificate, PEM or DER; *source* names its file); returns
        its SHA-256 fingerprint."""
        actor.require(Action.MANAGE_TRUST)
        cert = _parse(data, source)
        try:
            is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            is_ca = False
        if not is_ca:
            raise TrustStoreError("the certificate is not a certification authority's",
                                  reason="not_ca")
        digest = cert.fingerprint(hashes.SHA256()).hex()
        with self.db.write() as s:
            current: list[str] = list(settings.get(s, TRUST_KEY, []))
            if digest not in {fingerprint(p.encode()) for p in current}:
                current.append(cert.public_bytes(Encoding.PEM).decode())
                settings.put(s, TRUST_KEY, current)
                audit.record(s, actor, "trust.add", entity="certificate", entity_id=digest,
                             after={"subject": cert.subject.rfc4514_string(), "file": source})
        return digest

    def remove_root(self, actor: Actor, digest: str) -> None:
        actor.require(Action.MANAGE_TRUST)
        with self.db.write() as s:
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
                _sha256_hex(der), _name(crl.issuer), crl.last_update_utc, crl.next_update_utc,
                len(list(crl)), str(entry.get("file", ""))))
        return listed

    def add_crl(self, actor: Actor, data: bytes, source: str = "") -> str:
        """Import a revocation list (PEM or DER); it replaces the one of the same issuer.
        Returns its SHA-256 fingerprint."""
        actor.require(Action.MANAGE_TRUST)
        crl = _parse_crl(data, source)
        der = crl.public_bytes(Encoding.DER)
        digest = _sha256_hex(der)
        issuer = crl.issuer.rfc4514_string()
        with self.db.write() as s:
            entries = [e for e in settings.get(s, CRL_KEY, [])
                       if _parse_crl(base64.b64decode(e["der"])).issuer.rfc4514_string()
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
