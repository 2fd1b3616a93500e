"""The trust store: root certificates the commission accepts for signatures.

Kept in the database (commission-wide settings), so every desktop verifies against the
same roots: the national certification centre's, or a test or demo CA.
"""

from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from desktop.domain.errors import DomainError
from desktop.domain.roles import Action
from desktop.services import audit, settings
from desktop.services.actor import Actor
from desktop.storage.database import Database

TRUST_KEY = "trust_roots"


class TrustStoreError(DomainError):
    code = "trust_store"


def _parse(pem: bytes) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(pem)
    except ValueError as exc:
        raise TrustStoreError(f"not a PEM certificate: {exc}", exc, reason="not_pem") from exc


def fingerprint(pem: bytes) -> str:
    return _parse(pem).fingerprint(hashes.SHA256()).hex()


class TrustStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def roots(self) -> list[bytes]:
        """The trusted roots as PEM (readable by everyone: verifying needs them)."""
        with self.db.read() as s:
            return [pem.encode() for pem in settings.get(s, TRUST_KEY, [])]

    def add_root(self, actor: Actor, pem: bytes) -> str:
        """Trust *pem* (a CA certificate); returns its SHA-256 fingerprint."""
        actor.require(Action.MANAGE_USERS)
        cert = _parse(pem)
        try:
            is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            is_ca = False
        if not is_ca:
            raise TrustStoreError("the certificate is not a certification authority's",
                                  reason="not_ca")
        digest = fingerprint(pem)
        with self.db.write() as s:
            current: list[str] = list(settings.get(s, TRUST_KEY, []))
            if digest not in {fingerprint(p.encode()) for p in current}:
                current.append(pem.decode())
                settings.put(s, TRUST_KEY, current)
                audit.record(s, actor, "trust.add", entity="certificate", entity_id=digest,
                             after={"subject": cert.subject.rfc4514_string()})
        return digest

    def remove_root(self, actor: Actor, digest: str) -> None:
        actor.require(Action.MANAGE_USERS)
        with self.db.write() as s:
            current: list[str] = list(settings.get(s, TRUST_KEY, []))
            kept = [p for p in current if fingerprint(p.encode()) != digest]
            if len(kept) == len(current):
                raise TrustStoreError(f"no trusted certificate with fingerprint {digest}",
                                      digest, reason="unknown")
            settings.put(s, TRUST_KEY, kept)
            audit.record(s, actor, "trust.remove", entity="certificate", entity_id=digest)

