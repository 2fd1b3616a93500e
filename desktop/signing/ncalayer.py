"""A client of NCALayer, the national certification centre's local signing program.

NCALayer runs on the signer's computer and answers a WebSocket at
``wss://127.0.0.1:13579``. It holds the keys this program cannot use itself (GOST keys,
keys on Kaztoken, eToken, JaCarta or an ID card; KAZTOKEN desktop answers the same
messages) and shows its own window to choose the key and type its password or PIN.

The messages implemented here, as the public JavaScript client ``ncalayer-js-client``
(sigex-kz, ``ncalayer-client.js``: ``connect``, ``basicsSign``, ``basicsCMSParamsDetached``,
``basicsSignerSignAny``, ``setHandlers``) and its test double ``ncalayer-mocker`` use them:

1. On connecting, NCALayer sends ``{"result": {"version": "…"}}``.
2. The request ``{"module": "kz.gov.pki.knca.basics", "method": "sign", "args":
   {"allowedStorages": [...] | null, "format": "cms", "data": BASE64, "signingParams":
   {"decode": true, "encapsulate": false, "digested": false, "tsaProfile": {}},
   "signerParams": {"extKeyUsageOids": ["1.3.6.1.5.5.7.3.4"], "chain": []},
   "locale": "kk"}}`` asks for a detached CMS over the decoded ``data``, made with a
   signing key (extended key usage emailProtection, as NCA's signing keys have).
3. The answer is ``{"status": true, "body": {"result": BASE64 | [BASE64]}}``; with
   ``"status": true`` and no ``result`` the user cancelled; ``{"status": false, "code":
   …, "message": …, "details": …}`` is a refusal.

The data sent is the bytes the PDF signature covers, not their hash: NCALayer hashes them
with the algorithm its key needs (SHA-256 for RSA, GOST hashes for GOST keys).
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import cms

from desktop.signing.errors import NcaLayerError

__all__ = ["DEFAULT_URL", "SIGNING_KEY_PURPOSE", "NcaLayerKey", "request_for", "sign_detached"]

log = logging.getLogger(__name__)

DEFAULT_URL = "wss://127.0.0.1:13579"
SIGNING_KEY_PURPOSE = "1.3.6.1.5.5.7.3.4"
"""emailProtection: the extended key usage of NCA's signing keys (the login keys have
clientAuth instead), so NCALayer offers only signing keys."""


@dataclass(frozen=True)
class NcaLayerKey:
    """Sign through NCALayer; it asks the signer for the key in its own window."""

    url: str = DEFAULT_URL
    storages: tuple[str, ...] | None = None
    """NCALayer's storage types to offer (``PKCS12``, ``AKKaztokenStore``,
    ``AKKZIDCardStore``, ``AKEToken72KStore``, ``AKJaCartaStore``…); ``None``: all."""
    locale: str = "kk"
    ca_file: Path | None = None
    """A CA certificate NCALayer's TLS certificate chains to, when the system's store does
    not hold it; ``None``: the system's store."""
    timeout: float = 300.0
    """Seconds to wait for the signer to choose the key and type its password."""


def request_for(key: NcaLayerKey, data: bytes) -> dict[str, Any]:
    """The ``kz.gov.pki.knca.basics`` ``sign`` request for a detached CMS over ``data``."""
    return {
        "module": "kz.gov.pki.knca.basics",
        "method": "sign",
        "args": {
            "allowedStorages": list(key.storages) if key.storages is not None else None,
            "format": "cms",
            "data": base64.b64encode(data).decode("ascii"),
            "signingParams": {"decode": True, "encapsulate": False, "digested": False,
                              "tsaProfile": {}},
            "signerParams": {"extKeyUsageOids": [SIGNING_KEY_PURPOSE], "chain": []},
            "locale": key.locale,
        },
    }


def _tls(key: NcaLayerKey) -> ssl.SSLContext | None:
    if not key.url.startswith("wss:"):
        return None
    return ssl.create_default_context(cafile=str(key.ca_file) if key.ca_file else None)


def sign_detached(key: NcaLayerKey, data: bytes) -> cms.ContentInfo:
    """A detached CMS signature over ``data``, made by NCALayer; refusals as
    :class:`NcaLayerError` (``ncalayer_unreachable``, ``ncalayer_cancelled``, ``ncalayer``)."""
    from websockets.exceptions import WebSocketException
    from websockets.sync.client import connect

    try:
        with connect(key.url, ssl=_tls(key), open_timeout=10, close_timeout=2,
                     max_size=None) as socket:
            hello = _json(socket.recv(timeout=10))
            version = hello.get("result", {}).get("version") \
                if isinstance(hello.get("result"), dict) else None
            if not version:
                raise NcaLayerError(f"{key.url} did not greet as NCALayer does: {hello!r}",
                                    "the program at this address is not NCALayer")
            log.info("NCALayer %s at %s: asking for a signature over %d bytes", version,
                     key.url, len(data))
            socket.send(json.dumps(request_for(key, data)))
            answer = _json(socket.recv(timeout=key.timeout))
    except TimeoutError as exc:
        raise NcaLayerError(f"NCALayer at {key.url} gave no answer in time",
                            "no answer in time") from exc
    except (OSError, WebSocketException) as exc:
        raise NcaLayerError(f"NCALayer cannot be reached at {key.url}: {exc}", key.url,
                            reason="ncalayer_unreachable") from exc
    return _signature(answer)


def _json(message: str | bytes) -> dict[str, Any]:
    try:
        value = json.loads(message)
    except ValueError as exc:
        raise NcaLayerError(f"NCALayer answered something that is not JSON: {exc}",
                            "an unreadable answer") from exc
    if not isinstance(value, dict):
        raise NcaLayerError(f"NCALayer answered {value!r}", "an unreadable answer")
    return value


def _signature(answer: dict[str, Any]) -> cms.ContentInfo:
    if answer.get("status") is not True:
        said = f"{answer.get('code', '?')}: {answer.get('message', '')}".strip()
        details = answer.get("details")
        raise NcaLayerError(f"NCALayer refused: {said} ({details})", said)
    body = answer.get("body")
    if not isinstance(body, dict) or "result" not in body:
        raise NcaLayerError("the signer cancelled in NCALayer", reason="ncalayer_cancelled")
    result = body["result"]
    if isinstance(result, list):
        result = result[0] if result else ""
    try:
        signed = cms.ContentInfo.load(base64.b64decode(str(result), validate=True))
        if signed["content_type"].native != "signed_data":
            raise ValueError(f"a CMS of type {signed['content_type'].native}")
        content = signed["content"]["encap_content_info"]["content"]
        if content.native is not None:
            raise ValueError("the CMS holds the data itself instead of being detached")
        return signed
    except (ValueError, TypeError, KeyError, binascii.Error) as exc:
        raise NcaLayerError(f"NCALayer's answer is not a detached CMS signature: {exc}",
                            "not a detached CMS signature") from exc
