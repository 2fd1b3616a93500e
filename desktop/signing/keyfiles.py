"""Key and certificate files: read a ``.p12`` (NCA's legacy encryption, GOST keys too) or a
``.cer``, and say whether its key may sign a conclusion.

A ``.p12`` with an RSA or EC key opens with ``cryptography``; one with a GOST key does
not, and is read by :mod:`desktop.signing.pkcs12` far enough to name its holder and key.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import core, keys, pem, x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from desktop.signing.certificates import KeyVerdict, assess
from desktop.signing.errors import KeyFileError, WrongPassword
from desktop.signing.pkcs12 import Pkcs12Unreadable, WrongPkcs12Password, certificates_without_key

__all__ = [
    "CERTIFICATE_SUFFIXES",
    "KEY_PASSWORD_ENV",
    "KeyFile",
    "inspect_key_file",
    "read_certificate_file",
    "read_pkcs12",
]

log = logging.getLogger(__name__)

CERTIFICATE_SUFFIXES = (".cer", ".crt", ".pem", ".der")

KEY_PASSWORD_ENV = "EXPORT_COMMISSION_KEY_PASSWORD"
"""Where the command line reads a ``.p12`` file's password from (else it asks)."""


@dataclass(frozen=True)
class KeyFile:
    """What a ``.p12`` holds: the certificate of its key, the others, and the key itself
    when this program can use it (``None`` for a GOST key)."""

    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    private_key: keys.PrivateKeyInfo | None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyFileError(path.name, "no such file") from exc
    except OSError as exc:
        raise KeyFileError(path.name, exc.strerror or str(exc)) from exc


def _is_pkcs12_structure(data: bytes) -> bool:
    """True when ``data`` is DER shaped like a PFX (version 3, then a ContentInfo)."""
    try:
        outer = core.Sequence.load(data, strict=True)
        version = outer[0]
        auth_safe = outer[1]
        return (isinstance(version, core.Integer) and version.native == 3
                and auth_safe.tag == 16)
    except (ValueError, TypeError, KeyError, IndexError):
        return False


def _asn1(cert: object) -> x509.Certificate:
    return x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))  # type: ignore[attr-defined]


def read_pkcs12(path: Path, password: str | None) -> KeyFile:
    """The key file at ``path``; :class:`KeyFileError` or :class:`WrongPassword` if not."""
    name = path.name
    data = _read(path)
    if not _is_pkcs12_structure(data):
        raise KeyFileError(name, "it is not a PKCS#12 (.p12) container or it is damaged")
    secret = password.encode("utf-8") if password else None
    try:
        private_key, cert, extra = pkcs12.load_key_and_certificates(data, secret)
    except ValueError:
        return _read_without_key(name, data, password)
    if cert is None:
        raise KeyFileError(name, "it holds no certificate")
    key_info = None if private_key is None else keys.PrivateKeyInfo.load(
        private_key.private_bytes(serialization.Encoding.DER,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    return KeyFile(_asn1(cert), tuple(_asn1(c) for c in extra), key_info)


def _read_without_key(name: str, data: bytes, password: str | None) -> KeyFile:
    """A file ``cryptography`` refused: a wrong password, or a key it cannot read."""
    try:
        certs = certificates_without_key(data, password or None)
    except WrongPkcs12Password as exc:
        raise WrongPassword(name) from exc
    except Pkcs12Unreadable as exc:
        raise KeyFileError(name, str(exc)) from exc
    if not certs:
        raise KeyFileError(name, "it holds no certificate")
    log.info("a key file's private key cannot be read here; certificates read alone")
    holder = next((c for c in certs if not c.ca), certs[0])
    return KeyFile(holder, tuple(c for c in certs if c is not holder), None)


def read_certificate_file(path: Path) -> x509.Certificate:
    """A certificate from a PEM or DER file."""
    data = _read(path)
    try:
        if pem.detect(data):
            _type, _headers, data = pem.unarmor(data)
        cert = x509.Certificate.load(data, strict=True)
        cert.subject  # noqa: B018 - parse it now, not later
        return cert
    except (ValueError, TypeError, KeyError) as exc:
        raise KeyFileError(path.name, "it is not a certificate (PEM or DER)") from exc


def inspect_key_file(path: Path, password: str | None = None, *,
                     at: datetime | None = None) -> KeyVerdict:
    """Whether the key in ``path`` (a ``.p12``, or a certificate file) may sign."""
    if path.suffix.lower() in CERTIFICATE_SUFFIXES:
        return assess(read_certificate_file(path), at=at)
    return assess(read_pkcs12(path, password).certificate, at=at)
