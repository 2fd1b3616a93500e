"""A stand-in for NCALayer: a real TLS WebSocket server on loopback that speaks the messages
documented in ``desktop/signing/ncalayer.py`` and signs with a test key.

NCALayer itself (a Java program of the national certification centre) cannot run here. The
stand-in answers as the public client ``ncalayer-js-client`` and its mock expect: a greeting
``{"result": {"version": …}}``, then for a ``kz.gov.pki.knca.basics`` ``sign`` request a
detached CMS in ``{"status": true, "body": {"result": [BASE64]}}``. It refuses, as NCALayer
would, a request that is not one (wrong module, method, format or parameters), and can be
told to answer as a cancelled or a refused signing.
"""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.sign.signers import Signer, SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore
from websockets.sync.server import ServerConnection, serve

from desktop.signing.keyfiles import read_pkcs12

VERSION = "1.4-stand-in"


def signer_from_p12(path: Path, password: str) -> SimpleSigner:
    """The key NCALayer would hold: a test ``.p12`` file's key and chain."""
    loaded = read_pkcs12(path, password)
    assert loaded.private_key is not None
    return SimpleSigner(signing_cert=loaded.certificate, signing_key=loaded.private_key,
                        cert_registry=SimpleCertificateStore.from_certs(
                            [loaded.certificate, *loaded.chain]))


@dataclass
class StandIn:
    """The running stand-in: its URL, the CA file its TLS certificate chains to, and what
    it was asked."""

    url: str
    ca_file: Path
    signer: Signer
    mode: str = "sign"
    """``sign``, ``cancel`` (the user closed NCALayer's window), ``refuse``, or ``other``
    (sign other bytes than those sent: what a tampering program in between would do)."""
    requests: list[dict[str, Any]] = field(default_factory=list)


def _tls_files(folder: Path) -> tuple[Path, Path, Path]:
    """A CA and a server certificate for 127.0.0.1, as NCALayer has for itself."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "NCALayer stand-in CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = folder / "standin-ca.pem", folder / "standin.pem", folder / "standin.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


def _problem(request: dict[str, Any]) -> str | None:
    """What makes ``request`` not a detached-CMS ``sign`` request, if anything."""
    args = request.get("args")
    if request.get("module") != "kz.gov.pki.knca.basics" or request.get("method") != "sign":
        return "unknown module or method"
    if not isinstance(args, dict) or args.get("format") != "cms":
        return "format must be cms"
    params = args.get("signingParams")
    if params != {"decode": True, "encapsulate": False, "digested": False, "tsaProfile": {}}:
        return f"unexpected signingParams {params!r}"
    if not isinstance(args.get("signerParams"), dict) or not isinstance(args.get("data"), str):
        return "signerParams and data are required"
    return None


def _answer(stand_in: StandIn, request: dict[str, Any]) -> dict[str, Any]:
    problem = _problem(request)
    if problem is not None:
        return {"status": False, "code": "400", "message": "bad request", "details": problem}
    if stand_in.mode == "cancel":
        return {"status": True, "body": {}}
    if stand_in.mode == "refuse":
        return {"status": False, "code": "500", "message": "key store error",
                "details": "wrong password"}
    data = base64.b64decode(request["args"]["data"])
    if stand_in.mode == "other":
        data += b" "
    signed = asyncio.run(stand_in.signer.async_sign_general_data(data, "sha256",
                                                                  detached=True))
    return {"status": True,
            "body": {"result": [base64.b64encode(signed.dump()).decode("ascii")]}}


@contextmanager
def serve_stand_in(folder: Path, signer: Signer) -> Iterator[StandIn]:
    """Run the stand-in on 127.0.0.1 and a free port, with TLS, until the block ends."""
    ca_file, cert_file, key_file = _tls_files(folder)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    state: dict[str, StandIn] = {}

    def handler(connection: ServerConnection) -> None:
        stand_in = state["it"]
        connection.send(json.dumps({"result": {"version": VERSION}}))
        for message in connection:
            request = json.loads(message)
            stand_in.requests.append(request)
            connection.send(json.dumps(_answer(stand_in, request)))

    with serve(handler, "127.0.0.1", 0, ssl=context, max_size=None) as server:
        port = server.socket.getsockname()[1]
        state["it"] = StandIn(f"wss://127.0.0.1:{port}", ca_file, signer)
        thread = threading.Thread(target=server.serve_forever, name="ncalayer-stand-in",
                                  daemon=True)
        thread.start()
        try:
            yield state["it"]
        finally:
            server.shutdown()
            thread.join(timeout=5)
