"""Signing through NCALayer, against a stand-in that speaks its protocol over real TLS."""

from __future__ import annotations

import base64
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.signing import (
    CertificateRefused,
    NcaLayerError,
    SignatureBox,
    SignatureRequest,
    add_signature_fields,
    sign_pdf,
    verify_pdf,
)
from desktop.signing.ncalayer import SIGNING_KEY_PURPOSE, NcaLayerKey
from tests.signing.nca_files import legacy_p12
from tests.signing.ncalayer_standin import StandIn, serve_stand_in, signer_from_p12
from tests.support.pki import CHAIR, MEMBER1, NCA_AUTH, P12_PASSWORD, TestPki


@pytest.fixture
def stand_in(pki: TestPki, tmp_path: Path) -> Iterator[StandIn]:
    with serve_stand_in(tmp_path, signer_from_p12(pki.p12[MEMBER1.label], P12_PASSWORD)) as running:
        yield running


def _key(stand_in: StandIn) -> NcaLayerKey:
    return NcaLayerKey(url=stand_in.url, ca_file=stand_in.ca_file, timeout=30)


def _document(blank_pdf: bytes) -> bytes:
    return add_signature_fields(blank_pdf, [
        SignatureBox("member-1", 0, (40, 40, 240, 100), expected=f"Мүше: {MEMBER1.name}"),
        SignatureBox("chair", 0, (40, 180, 240, 240), lock=True, expected="Төраға"),
    ])


def test_ncalayer_signs_the_bytes_the_signature_covers(pki: TestPki, stand_in: StandIn,
                                                       blank_pdf: bytes) -> None:
    pdf = _document(blank_pdf)
    signed = sign_pdf(pdf, _key(stand_in), SignatureRequest(
        field_name="member-1", signer_name=MEMBER1.name, expected_iin=MEMBER1.iin))
    (request,) = stand_in.requests
    args = request["args"]
    assert (request["module"], request["method"], args["format"]) == (
        "kz.gov.pki.knca.basics", "sign", "cms")
    assert args["signerParams"] == {"extKeyUsageOids": [SIGNING_KEY_PURPOSE], "chain": []}
    assert args["allowedStorages"] is None and args["locale"] == "kk"
    covered = base64.b64decode(args["data"])
    assert signed.startswith(pdf) and covered.startswith(pdf)
    assert len(signed) - len(covered) > 2 * 16 * 1024  # all but the reserved /Contents

    report = verify_pdf(signed, [pki.root_pem])
    (check,) = report.signatures
    assert check.ok, check.reason
    assert (check.field_name, check.iin, check.signer_name) == (
        "member-1", MEMBER1.iin, MEMBER1.name)
    assert [f.name for f in report.missing] == ["chair"]


def test_the_final_signature_through_ncalayer_locks_the_document(
        pki: TestPki, blank_pdf: bytes, tmp_path: Path) -> None:
    pdf = _document(blank_pdf)
    with serve_stand_in(tmp_path, signer_from_p12(pki.p12[MEMBER1.label], P12_PASSWORD)) as member:
        pdf = sign_pdf(pdf, _key(member), SignatureRequest(
            field_name="member-1", signer_name="", expected_iin=MEMBER1.iin))
    with serve_stand_in(tmp_path, signer_from_p12(pki.p12[CHAIR.label], P12_PASSWORD)) as chair:
        pdf = sign_pdf(pdf, _key(chair), SignatureRequest(
            field_name="chair", signer_name="", expected_iin=CHAIR.iin,
            certify_and_lock=True))
    report = verify_pdf(pdf, [pki.root_pem])
    assert report.ok, [s.reason for s in report.signatures]
    assert report.signatures[-1].locks_document


def test_ncalayer_refusals_are_words(stand_in: StandIn, blank_pdf: bytes) -> None:
    request = SignatureRequest(field_name="sig", signer_name="")
    stand_in.mode = "cancel"
    with pytest.raises(NcaLayerError) as caught:
        sign_pdf(blank_pdf, _key(stand_in), request)
    assert caught.value.reason == "ncalayer_cancelled"
    stand_in.mode = "refuse"
    with pytest.raises(NcaLayerError) as caught:
        sign_pdf(blank_pdf, _key(stand_in), request)
    assert caught.value.reason == "ncalayer" and "key store error" in str(caught.value)
    stand_in.mode = "other"
    with pytest.raises(NcaLayerError, match="other data"):
        sign_pdf(blank_pdf, _key(stand_in), request)


def test_ncalayer_not_running_or_not_trusted(stand_in: StandIn, blank_pdf: bytes) -> None:
    request = SignatureRequest(field_name="sig", signer_name="")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    with pytest.raises(NcaLayerError) as caught:
        sign_pdf(blank_pdf, NcaLayerKey(url=f"wss://127.0.0.1:{free}"), request)
    assert caught.value.reason == "ncalayer_unreachable"
    # A program on that port whose TLS certificate the system does not trust is not used.
    with pytest.raises(NcaLayerError) as caught:
        sign_pdf(blank_pdf, NcaLayerKey(url=stand_in.url), request)
    assert caught.value.reason == "ncalayer_unreachable"
    assert not stand_in.requests


def test_a_login_key_in_ncalayer_is_refused(pki: TestPki, blank_pdf: bytes,
                                            tmp_path: Path) -> None:
    auth = legacy_p12(pki, NCA_AUTH, tmp_path / "AUTH_RSA256_1.p12", P12_PASSWORD)
    with serve_stand_in(tmp_path, signer_from_p12(auth, P12_PASSWORD)) as stand_in, \
            pytest.raises(CertificateRefused) as caught:
        sign_pdf(blank_pdf, _key(stand_in), SignatureRequest(field_name="sig",
                                                             signer_name=""))
    assert caught.value.reason == "auth-key"


def test_a_key_of_another_person_in_ncalayer_is_refused(stand_in: StandIn,
                                                        blank_pdf: bytes) -> None:
    with pytest.raises(CertificateRefused) as caught:
        sign_pdf(blank_pdf, _key(stand_in), SignatureRequest(
            field_name="sig", signer_name="", expected_iin=CHAIR.iin))
    assert caught.value.reason == "iin_mismatch"
