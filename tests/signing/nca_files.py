"""Key files shaped like the national certification centre's (NCA's), for the interop tests.

* :func:`legacy_p12` packs a test key as NCA does (certificates under 40-bit RC2, the key
  under 3DES, a SHA-1 MAC), with the ``openssl`` command line: a second, independent
  implementation of PKCS#12 next to the application's.
* :func:`gost_p12` writes a look-alike of NCA's ``GOSTKNCA_….p12``: a certificate whose key
  is GOST 34.310-2004 (OIDs as NCA writes them; the key bytes are random, nothing signs with
  them) and a key bag holding a GOST private key, sealed with a password.
"""

from __future__ import annotations

import hmac
import os
import subprocess
from hashlib import sha1
from pathlib import Path

from asn1crypto import algos, core, x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from desktop.signing.pkcs12 import pkcs12_kdf
from tests.support.pki import TestPki

GOST_2004_KEY = "1.2.398.3.10.1.1.1.1"
GOST_2004_PARAMS = ("1.2.398.3.10.1.1.1.1.1", "1.2.398.3.10.1.3.1.1.0")
GOST_2004_SIGNATURE = "1.2.398.3.10.1.1.1.2"


def legacy_p12(pki: TestPki, label: str, target: Path, password: str) -> Path:
    """``label``'s key and certificate as NCA packs them, made by ``openssl``."""
    key_pem = target.with_suffix(".key.pem")
    cert_pem = target.with_suffix(".cert.pem")
    key = serialization.load_der_private_key(pki.key_der(label), None)
    key_pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    cert_pem.write_bytes(pki.pem(label))
    subprocess.run(
        ["openssl", "pkcs12", "-export", "-legacy", "-inkey", str(key_pem), "-in",
         str(cert_pem), "-out", str(target), "-passout", "env:P12_PASSWORD",
         "-keypbe", "PBE-SHA1-3DES", "-certpbe", "PBE-SHA1-RC2-40", "-macalg", "sha1",
         "-iter", "1024", "-name", target.stem],
        check=True, capture_output=True, env={**os.environ, "P12_PASSWORD": password})
    key_pem.unlink()
    cert_pem.unlink()
    return target


def _der(tag: int, content: bytes) -> bytes:
    length = len(content)
    size = bytes([length]) if length < 0x80 else \
        bytes([0x80 | ((length.bit_length() + 7) // 8)]) + length.to_bytes(
            (length.bit_length() + 7) // 8, "big")
    return bytes([tag]) + size + content


def _seq(*parts: bytes) -> bytes:
    return _der(0x30, b"".join(parts))


def _oid(dotted: str) -> bytes:
    return core.ObjectIdentifier(dotted).dump()


def _gost_algorithm() -> bytes:
    return _seq(_oid(GOST_2004_KEY), _seq(*(_oid(p) for p in GOST_2004_PARAMS)))


def gost_certificate(pki: TestPki, label: str) -> x509.Certificate:
    """``label``'s certificate with its key swapped for a GOST one, re-signed by the
    intermediate CA (the signature is RSA, as only the key matters here)."""
    tbs = pki.cert(label)["tbs_certificate"]
    spki = _seq(_gost_algorithm(), _der(0x03, b"\x00" + core.OctetString(
        os.urandom(64)).dump()))
    new_tbs = _seq(*(spki if name == "subject_public_key_info" else tbs[name].dump()
                     for name, _spec, *_ in tbs._fields))
    signing_key = serialization.load_der_private_key(pki.key_der("interm"), None)
    signature = signing_key.sign(new_tbs, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr,call-arg]
    return x509.Certificate.load(_seq(
        new_tbs, algos.SignedDigestAlgorithm({"algorithm": "sha256_rsa"}).dump(),
        _der(0x03, b"\x00" + signature)))


def gost_p12(pki: TestPki, label: str, target: Path, password: str) -> Path:
    """A look-alike ``GOSTKNCA_….p12``: the GOST certificate and a GOST key bag."""
    cert = gost_certificate(pki, label)
    gost_key = _seq(core.Integer(0).dump(), _gost_algorithm(),
                    core.OctetString(core.OctetString(os.urandom(32)).dump()).dump())
    octets = core.OctetString
    key_bag = _seq(_oid("1.2.840.113549.1.12.10.1.1"), _der(0xA0, gost_key))
    cert_bag = _seq(_oid("1.2.840.113549.1.12.10.1.3"), _der(0xA0, _seq(
        _oid("1.2.840.113549.1.9.22.1"), _der(0xA0, octets(cert.dump()).dump()))))
    data = "1.2.840.113549.1.7.1"
    auth_safe = _seq(_seq(_oid(data), _der(0xA0, octets(_seq(key_bag, cert_bag)).dump())))
    salt = os.urandom(20)
    mac_key = pkcs12_kdf(password, salt, 3, 1024, 20)
    mac = _seq(_seq(_seq(_oid("1.3.14.3.2.26"), b"\x05\x00"),
                    octets(hmac.new(mac_key, auth_safe, sha1).digest()).dump()),
               octets(salt).dump(), core.Integer(1024).dump())
    pfx = _seq(core.Integer(3).dump(), _seq(_oid(data), _der(0xA0, octets(auth_safe).dump())),
               mac)
    target.write_bytes(pfx)
    return target
