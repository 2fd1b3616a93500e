"""Signing with a key on a PKCS#11 token: SoftHSM2, set up by the ``soft_token`` fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.signing import (
    Pkcs11Key,
    SignatureRequest,
    TokenError,
    find_pkcs11_module,
    sign_pdf,
    verify_pdf,
)
from desktop.signing.keys import KNOWN_MODULE_DIRS
from tests.support.pki import OFFICER, TestPki
from tests.support.softhsm import SoftToken

REQUEST = SignatureRequest(field_name="sig-token", signer_name=OFFICER.name,
                           reason="Хатшы", expected_iin=OFFICER.iin)


def test_the_module_is_found_in_a_known_folder() -> None:
    module = find_pkcs11_module()
    assert module is not None and module.name == "libsofthsm2.so"
    assert module.parent in KNOWN_MODULE_DIRS
    assert find_pkcs11_module("no-such-module.so") is None


def test_extra_folders_come_first(tmp_path: Path) -> None:
    fake = tmp_path / "libsofthsm2.so"
    fake.write_bytes(b"")
    assert find_pkcs11_module(extra_dirs=[tmp_path]) == fake


@pytest.mark.parametrize("labels", [{}, {"key_label": "eds-signing"},
                                    {"key_label": "eds-signing", "cert_label": "eds-signing"}])
def test_sign_with_the_token_and_verify(pki: TestPki, soft_token: SoftToken, blank_pdf: bytes,
                                        labels: dict[str, str]) -> None:
    key = Pkcs11Key(soft_token.module, soft_token.label, soft_token.pin, **labels)

    signed = sign_pdf(blank_pdf, key, REQUEST)

    report = verify_pdf(signed, [pki.root_pem])
    assert report.ok
    (check,) = report.signatures
    assert (check.signer_name, check.iin) == (OFFICER.name, OFFICER.iin)
    assert check.intact and check.valid and check.trusted


def test_the_token_key_with_revocation_data(pki: TestPki, soft_token: SoftToken,
                                            blank_pdf: bytes) -> None:
    # The token holds the chain up to the root, so the OCSP data can be gathered.
    key = Pkcs11Key(soft_token.module, soft_token.label, soft_token.pin)
    request = SignatureRequest(**{**REQUEST.__dict__, "embed_revocation": True,
                                  "timestamp_url": pki.tsa_url})
    (check,) = verify_pdf(sign_pdf(blank_pdf, key, request), [pki.root_pem]).signatures
    assert check.ok and check.revocation_checked and check.timestamp_valid


def test_a_wrong_pin(soft_token: SoftToken, blank_pdf: bytes) -> None:
    key = Pkcs11Key(soft_token.module, soft_token.label, "0000")
    with pytest.raises(TokenError, match="PIN") as caught:
        sign_pdf(blank_pdf, key, REQUEST)
    assert caught.value.reason == "token_pin"
    assert "0000" not in str(caught.value) and "0000" not in repr(key)


def test_a_missing_token(soft_token: SoftToken, blank_pdf: bytes) -> None:
    key = Pkcs11Key(soft_token.module, "no-such-token", soft_token.pin)
    with pytest.raises(TokenError, match="no-such-token"):
        sign_pdf(blank_pdf, key, REQUEST)


def test_a_missing_key_label(soft_token: SoftToken, blank_pdf: bytes) -> None:
    key = Pkcs11Key(soft_token.module, soft_token.label, soft_token.pin, key_label="absent")
    with pytest.raises(TokenError, match="no usable key"):
        sign_pdf(blank_pdf, key, REQUEST)


def test_a_missing_module(tmp_path: Path, blank_pdf: bytes) -> None:
    key = Pkcs11Key(tmp_path / "libnothing.so", "token", "1234")
    with pytest.raises(TokenError, match=r"libnothing\.so"):
        sign_pdf(blank_pdf, key, REQUEST)
