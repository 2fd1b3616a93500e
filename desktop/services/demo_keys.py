"""Signing keys for the demo: a root "not for real use" and a .p12 per demo signer.

So that a new user can take a demo conclusion through signing and verification without a
certificate of their own. Each subject carries the signer's IIN in its serial number, the
way Kazakhstan's national certification centre issues them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop.private_files import private_folder, write_private_file

__all__ = ["DemoSigner", "make_demo_pki"]

ROOT_NAME = "Demo CA — not for real use"


@dataclass(frozen=True)
class DemoSigner:
    username: str
    full_name: str
    iin: str
    password: str


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_demo_pki(folder: Path, signers: Sequence[DemoSigner], years: int = 2) -> bytes:
    """Write ``<username>.p12`` for each signer and ``root.pem`` into *folder*; the root.

    The keys are valid for the demo's history (three years back), so that its documents
    are signed on the days they were decided, and for *years* ahead."""
    private_folder(folder)
    now = dt.datetime.now(dt.UTC)
    until = now + dt.timedelta(days=365 * years)
    since = now - dt.timedelta(days=365 * 3)
    root_key = _key()
    root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, ROOT_NAME),
                           x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ")])
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(since).not_valid_after(until)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                         False), critical=True)
            .sign(root_key, hashes.SHA256()))
    for signer in signers:
        key = _key()
        subject = x509.Name([
            x509.NameAttribute(NameOID.COMMON_NAME, signer.full_name),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{signer.iin}"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
        ])
        cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(root_name)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(since).not_valid_after(until)
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False,
                                             False, False), critical=True)
                .sign(root_key, hashes.SHA256()))
        write_private_file(folder / f"{signer.username}.p12", pkcs12.serialize_key_and_certificates(
            signer.username.encode(), key, cert, [root],
            serialization.BestAvailableEncryption(signer.password.encode())))
    pem = root.public_bytes(serialization.Encoding.PEM)
    (folder / "root.pem").write_bytes(pem)
    return pem
