"""The certificates of a ``.p12`` file whose private key ``cryptography`` cannot read.

The national certification centre (NCA) issues GOST keys in PKCS#12 files. ``cryptography``
refuses such a file whole, with the same error as for a wrong password, because it cannot
parse the GOST private key. To tell the holder *why* the key cannot sign here, this module
checks the password against the file's MAC itself (RFC 7292, appendix B), then hands
``cryptography`` the same file without its key bags (re-sealed with the same password), and
so reads the certificates with ``cryptography``'s own support for NCA's legacy RC2 and 3DES
encryption. The private key is never decrypted.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

from asn1crypto import cms, core
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

__all__ = ["Pkcs12Unreadable", "WrongPkcs12Password", "certificates_without_key",
           "pkcs12_kdf"]

_MAC_PURPOSE = 3
_HASHES: dict[str, Callable[..., hashlib._Hash]] = {
    "sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha384": hashlib.sha384,
    "sha512": hashlib.sha512,
}
_KEY_BAGS = {"key_bag", "pkcs8_shrouded_key_bag"}


class Pkcs12Unreadable(ValueError):
    """The data is no PKCS#12 file this module can read; the message says why."""


class WrongPkcs12Password(ValueError):
    """The password does not match the file's integrity check."""


def _bmp_password(password: str | None) -> bytes:
    return b"" if password is None else password.encode("utf-16-be") + b"\x00\x00"


def pkcs12_kdf(password: str | None, salt: bytes, purpose: int, iterations: int,
               length: int, hash_name: str = "sha1") -> bytes:
    """The PKCS#12 key derivation (RFC 7292, appendix B.2)."""
    digest = _HASHES[hash_name]
    v = 128 if hash_name in ("sha384", "sha512") else 64

    def stretch(data: bytes) -> bytes:
        if not data:
            return b""
        size = v * ((len(data) + v - 1) // v)
        return (data * (size // len(data) + 1))[:size]

    block = bytearray(stretch(salt) + stretch(_bmp_password(password)))
    diversifier = bytes([purpose]) * v
    out = b""
    while len(out) < length:
        a = diversifier + bytes(block)
        for _ in range(iterations):
            a = digest(a).digest()
        out += a
        b = int.from_bytes(stretch(a)[:v], "big") + 1
        for start in range(0, len(block), v):
            chunk = int.from_bytes(block[start:start + v], "big")
            block[start:start + v] = ((chunk + b) % (1 << (8 * v))).to_bytes(v, "big")
    return out[:length]


def _mac(password: str | None, auth_safe: bytes, hash_name: str, salt: bytes,
         iterations: int) -> bytes:
    size = _HASHES[hash_name]().digest_size
    key = pkcs12_kdf(password, salt, _MAC_PURPOSE, iterations, size, hash_name)
    return hmac.new(key, auth_safe, _HASHES[hash_name]).digest()


def _parse(data: bytes) -> tuple[asn1_pkcs12.Pfx, bytes, asn1_pkcs12.MacData]:
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        auth_safe = pfx["auth_safe"]
        if auth_safe["content_type"].native != "data":
            raise Pkcs12Unreadable("the file is sealed by a public key, not a password")
        content = auth_safe["content"].native
        mac_data = pfx["mac_data"]
        if mac_data.native is None:
            raise Pkcs12Unreadable("the file has no integrity check to test the password")
        return pfx, content, mac_data
    except (ValueError, TypeError, KeyError) as exc:
        if isinstance(exc, Pkcs12Unreadable):
            raise
        raise Pkcs12Unreadable(f"it is not a PKCS#12 file: {exc}") from exc


def _without_keys(content: bytes) -> bytes:
    """The AuthenticatedSafe ``content`` with every key bag left out."""
    safe = asn1_pkcs12.AuthenticatedSafe.load(content)
    kept = []
    for info in safe:
        if info["content_type"].native == "data":
            bags = asn1_pkcs12.SafeContents.load(info["content"].native)
            others = [bag for bag in bags if bag["bag_id"].native not in _KEY_BAGS]
            if not others:
                continue
            info = cms.ContentInfo({"content_type": "data", "content": core.OctetString(
                asn1_pkcs12.SafeContents(others).dump())})
        kept.append(info)
    return asn1_pkcs12.AuthenticatedSafe(kept).dump()


def certificates_without_key(data: bytes, password: str | None
                             ) -> list[asn1_x509.Certificate]:
    """The certificates in PKCS#12 ``data``, read without touching its private key.

    Raises :class:`WrongPkcs12Password` when the MAC does not match ``password`` and
    :class:`Pkcs12Unreadable` when the file cannot be read at all.
    """
    pfx, content, mac_data = _parse(data)
    hash_name = mac_data["mac"]["digest_algorithm"]["algorithm"].native
    if hash_name not in _HASHES:
        raise Pkcs12Unreadable(f"its integrity check uses {hash_name}, which is not supported")
    salt = mac_data["mac_salt"].native
    iterations = mac_data["iterations"].native
    if not hmac.compare_digest(_mac(password, content, hash_name, salt, iterations),
                               mac_data["mac"]["digest"].native):
        raise WrongPkcs12Password("the password does not match the file")
    trimmed = _without_keys(content)
    resealed = asn1_pkcs12.Pfx({
        "version": pfx["version"].native,
        "auth_safe": {"content_type": "data", "content": core.OctetString(trimmed)},
        "mac_data": {
            "mac": {"digest_algorithm": {"algorithm": hash_name},
                    "digest": _mac(password, trimmed, hash_name, salt, iterations)},
            "mac_salt": salt, "iterations": iterations,
        },
    }).dump()
    try:
        loaded = pkcs12.load_pkcs12(
            resealed, None if password is None else password.encode("utf-8"))
    except ValueError as exc:
        raise Pkcs12Unreadable(f"its certificates cannot be read: {exc}") from exc
    certs = [c.certificate for c in loaded.additional_certs]
    if loaded.cert is not None:
        certs.insert(0, loaded.cert.certificate)
    return [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
            for c in certs]
