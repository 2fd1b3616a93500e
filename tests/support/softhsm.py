"""A SoftHSM2 token for the PKCS#11 tests, in a private folder.

``SOFTHSM2_CONF`` points SoftHSM at a configuration and token folder of our own (never the
system's), ``softhsm2-util --init-token`` makes the token, and python-pkcs11 imports a key
and its certificate chain into it. SoftHSM reads ``SOFTHSM2_CONF`` once, when the module is
first initialised in a process: the variable must be set before any PKCS#11 call.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pkcs11
from asn1crypto import keys, x509
from pkcs11 import Attribute
from pkcs11.util.rsa import decode_rsa_private_key
from pkcs11.util.x509 import decode_x509_certificate

from desktop.signing import find_pkcs11_module

TOKEN_LABEL = "kz-test-token"
USER_PIN = "4711"
SO_PIN = "87654321"
KEY_LABEL = "eds-signing"


@dataclass(frozen=True)
class SoftToken:
    module: Path
    label: str
    pin: str
    key_label: str


def write_config(folder: Path) -> Path:
    """A SoftHSM2 configuration keeping its tokens in ``folder/tokens``."""
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
                    "log.level = ERROR\nslots.removable = false\n", encoding="utf-8")
    return conf


def make_token(key_der: bytes, cert: x509.Certificate,
               chain: list[x509.Certificate]) -> SoftToken:
    """Create the token (``SOFTHSM2_CONF`` set already) and put key and chain on it."""
    if "SOFTHSM2_CONF" not in os.environ:
        raise RuntimeError("set SOFTHSM2_CONF first (write_config)")
    module = find_pkcs11_module()
    if module is None:
        raise RuntimeError("libsofthsm2.so not found: scripts/setup-system installs softhsm2")
    util = shutil.which("softhsm2-util")
    if util is None:
        raise RuntimeError("softhsm2-util not found: scripts/setup-system installs softhsm2")
    subprocess.run([util, "--init-token", "--free", "--label", TOKEN_LABEL,
                    "--pin", USER_PIN, "--so-pin", SO_PIN], check=True, capture_output=True)
    token = pkcs11.lib(str(module)).get_token(token_label=TOKEN_LABEL)
    key_id = b"\x01"
    with token.open(rw=True, user_pin=USER_PIN) as session:
        rsa_der = keys.PrivateKeyInfo.load(key_der)["private_key"].parsed.dump()
        session.create_object({
            **decode_rsa_private_key(rsa_der),
            Attribute.TOKEN: True, Attribute.PRIVATE: True, Attribute.SENSITIVE: True,
            Attribute.LABEL: KEY_LABEL, Attribute.ID: key_id,
        })
        session.create_object({**decode_x509_certificate(cert.dump()), Attribute.TOKEN: True,
                               Attribute.LABEL: KEY_LABEL, Attribute.ID: key_id})
        for number, ca_cert in enumerate(chain, 2):
            session.create_object({**decode_x509_certificate(ca_cert.dump()),
                                   Attribute.TOKEN: True, Attribute.LABEL: f"ca-{number}",
                                   Attribute.ID: bytes([number])})
    return SoftToken(module=module, label=TOKEN_LABEL, pin=USER_PIN, key_label=KEY_LABEL)
