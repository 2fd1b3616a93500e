"""Where the signing key lives: a ``.p12`` file or a PKCS#11 token.

:func:`open_signer` turns a key source into a pyHanko signer for the duration of a
``with`` block (a token session is closed afterwards), and turns every way of failing
into one of this package's exceptions, naming the file or token.
"""

from __future__ import annotations

import logging
import os
import platform
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from pyhanko.sign.general import get_pyca_cryptography_hash
from pyhanko.sign.signers import Signer, SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop.signing.certificates import assess, is_gost
from desktop.signing.errors import CertificateRefused, KeyFileError, TokenError
from desktop.signing.keyfiles import read_pkcs12
from desktop.signing.ncalayer import NcaLayerKey

__all__ = [
    "KNOWN_MODULE_DIRS",
    "OpenedKey",
    "Pkcs11Key",
    "Pkcs12Key",
    "SigningKey",
    "find_pkcs11_module",
    "open_key",
    "open_signer",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pkcs12Key:
    """A ``.p12`` (PKCS#12) file, as the national certification centre issues them."""

    path: Path
    password: str = field(repr=False)


@dataclass(frozen=True)
class Pkcs11Key:
    """A key on a PKCS#11 token; without labels, the token's only signing key is used.

    The token is found by its label, or by ``slot``: a slot's id, or its position among the
    slots that hold a token (as ``pkcs11-tool --list-slots`` numbers them).
    """

    module: Path
    token_label: str
    pin: str = field(repr=False)
    key_label: str | None = None
    cert_label: str | None = None
    slot: int | None = None


@dataclass(frozen=True)
class OpenedKey:
    """A ``.p12`` key read and decrypted once, to sign many documents in a row (a batch,
    such as the demo's documents): :func:`open_key` gives one."""

    signer: Signer = field(repr=False)


SigningKey = Pkcs12Key | Pkcs11Key | NcaLayerKey | OpenedKey
"""A ``.p12`` file, a PKCS#11 token, NCALayer (which holds the key itself), or a ``.p12``
opened already."""

_MULTIARCH = f"{platform.machine()}-linux-gnu"
KNOWN_MODULE_DIRS: tuple[Path, ...] = tuple(Path(p) for p in (
    "/usr/lib/softhsm",
    f"/usr/lib/{_MULTIARCH}/softhsm",
    f"/usr/lib/{_MULTIARCH}",
    "/usr/lib64/softhsm",
    "/usr/lib64/pkcs11",
    "/usr/lib/pkcs11",
    f"/usr/lib/{_MULTIARCH}/pkcs11",
    "/usr/local/lib/softhsm",
    "/usr/local/lib",
    "/usr/lib64",
    "/usr/lib",
    "/opt/homebrew/lib/softhsm",
))
"""Folders searched, in order, for a PKCS#11 module given by file name only."""


def find_pkcs11_module(name: str = "libsofthsm2.so",
                       extra_dirs: Sequence[Path] = ()) -> Path | None:
    """The first existing ``name`` in ``extra_dirs`` then :data:`KNOWN_MODULE_DIRS`."""
    for folder in (*extra_dirs, *KNOWN_MODULE_DIRS):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


@contextmanager
def open_signer(key: SigningKey) -> Iterator[Signer]:
    """A pyHanko signer for ``key``, usable inside the ``with`` block."""
    if isinstance(key, OpenedKey):
        yield key.signer
    elif isinstance(key, Pkcs12Key):
        yield _pkcs12_signer(key)
    elif isinstance(key, Pkcs11Key):
        with _pkcs11_signer(key) as signer:
            yield signer
    else:  # pragma: no cover - a programming error, not a user's
        raise TypeError(f"not a key source: {key!r}")


# -- .p12 files -----------------------------------------------------------------------------


def _pkcs12_signer(key: Pkcs12Key) -> SimpleSigner:
    loaded = read_pkcs12(key.path, key.password)
    if loaded.private_key is None:
        if is_gost(loaded.certificate):
            raise CertificateRefused.because("gost-use-ncalayer", assess(loaded.certificate))
        raise KeyFileError(key.path.name, "its private key is of a kind this program cannot "
                                          "use")
    log.debug("loaded a key file: its certificate and %d more", len(loaded.chain))
    return _KeptKeySigner(signing_cert=loaded.certificate, signing_key=loaded.private_key,
                          cert_registry=SimpleCertificateStore.from_certs(
                              [loaded.certificate, *loaded.chain]))


def open_key(key: Pkcs12Key) -> OpenedKey:
    """The key read and decrypted now, for signing many documents without reading it again."""
    return OpenedKey(_pkcs12_signer(key))


class _KeptKeySigner(SimpleSigner):
    """pyHanko's signer turns the key's DER form into a key object for every signature, and
    once more to estimate the signature's size: with RSA, about 50 ms each time, most of a
    signature's cost. This one does it once."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = serialization.load_der_private_key(self.signing_key.dump(), password=None)

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        try:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        except ValueError:
            mechanism = ""
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._key, RSAPrivateKey):
            return self._key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
        return super().sign_raw(data, digest_algorithm)


# -- PKCS#11 tokens -------------------------------------------------------------------------


def _token_in_slot(lib: Any, slot: int) -> Any:
    """The token in *slot* (python-pkcs11's objects carry no types)."""
    import pkcs11

    slots = list(lib.get_slots(token_present=True))
    chosen = next((s for s in slots if s.slot_id == slot), None)
    if chosen is None and 0 <= slot < len(slots):
        chosen = slots[slot]
    if chosen is None:
        raise TokenError(f"no token is in slot {slot}", f"#{slot}", reason="token_absent")
    try:
        return chosen.get_token()
    except pkcs11.PKCS11Error as exc:
        raise TokenError(f"the token in slot {slot} cannot be read: {exc!r}",
                         f"#{slot}") from exc


@contextmanager
def _pkcs11_signer(key: Pkcs11Key) -> Iterator[Signer]:
    import pkcs11  # python-pkcs11: imported only when a token is used
    from pkcs11 import Attribute, ObjectClass
    from pyhanko.sign.pkcs11 import PKCS11Signer

    label = key.token_label or f"#{key.slot}"
    module = key.module
    if not module.is_file():
        raise TokenError(f"the PKCS#11 module {module} does not exist", module,
                         reason="token_module")
    try:
        lib = pkcs11.lib(os.fspath(module))
    except (OSError, RuntimeError, pkcs11.PKCS11Error) as exc:
        raise TokenError(f"the PKCS#11 module {module} cannot be loaded: {exc}", module,
                         reason="token_module") from exc
    try:
        token = _token_in_slot(lib, key.slot) if key.slot is not None else \
            lib.get_token(token_label=key.token_label)
    except pkcs11.exceptions.NoSuchToken as exc:
        raise TokenError(f"no token labelled {label!r} is present", label,
                         reason="token_absent") from exc
    except pkcs11.exceptions.MultipleTokensReturned as exc:
        raise TokenError(f"more than one token is labelled {label!r}",
                         label) from exc
    try:
        session = token.open(user_pin=key.pin)
    except (pkcs11.exceptions.PinIncorrect, pkcs11.exceptions.PinLenRange) as exc:
        raise TokenError(f"the PIN for token {label!r} is wrong", label,
                         reason="token_pin") from exc
    except pkcs11.exceptions.PinLocked as exc:
        raise TokenError(f"the PIN for token {label!r} is locked", label,
                         reason="token_pin_locked") from exc
    except pkcs11.PKCS11Error as exc:
        raise TokenError(f"cannot open token {label!r}: {exc!r}",
                         label) from exc
    try:
        key_label, key_id = key.key_label, None
        if key.key_label is None and key.cert_label is None:
            found = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                              Attribute.SIGN: True}))
            if len(found) != 1:
                raise TokenError(f"token {label!r} holds {len(found)} signing keys; "
                                 "name the key or certificate label", label,
                                 reason="token_key")
            key_id = found[0][Attribute.ID] or None
            key_label = None if key_id else found[0][Attribute.LABEL]
        signer = PKCS11Signer(session, cert_label=key.cert_label, key_label=key_label,
                              key_id=key_id, cert_id=key_id if key.cert_label is None else None,
                              other_certs_to_pull=None)
        try:
            signer.signing_cert  # noqa: B018 - loads the key and certificate now
        except Exception as exc:  # pyHanko and python-pkcs11 raise several kinds here
            raise TokenError(f"token {label!r} has no usable key and certificate "
                             f"for this signature: {exc}", label,
                             reason="token_key") from exc
        yield signer
    finally:
        session.close()
