"""Fixtures: the test PKI with its TSA/OCSP/CRL services, a SoftHSM token, signed files.

Everything is made once per session (in a temporary folder) and torn down at its end.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.signing import Pkcs12Key, SignatureRequest, sign_pdf
from tests.signing.documents import simple_pdf
from tests.signing.pki import CHAIR, MEMBER1, MEMBER2, OFFICER, P12_PASSWORD, TestPki, serve_pki
from tests.signing.softhsm import SoftToken, make_token, write_config


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestPki]:
    with serve_pki(tmp_path_factory.mktemp("pki")) as served:
        yield served


def p12(pki: TestPki, label: str) -> Pkcs12Key:
    return Pkcs12Key(pki.p12[label], P12_PASSWORD)


@pytest.fixture(scope="session")
def blank_pdf() -> bytes:
    return simple_pdf()


@dataclass(frozen=True)
class CommissionFile:
    """A conclusion signed by two members and then, locking it, by the chair."""

    unsigned: bytes
    after_members: bytes
    signed: bytes


@pytest.fixture(scope="session")
def commission_file(pki: TestPki, blank_pdf: bytes) -> CommissionFile:
    pdf = blank_pdf
    for person in (MEMBER1, MEMBER2):
        pdf = sign_pdf(pdf, p12(pki, person.label), SignatureRequest(
            field_name=f"sig-{person.label}", signer_name=person.name,
            reason="Қорытындымен келісемін", location="Көкшетау",
            expected_iin=person.iin))
    after_members = pdf
    signed = sign_pdf(pdf, p12(pki, CHAIR.label), SignatureRequest(
        field_name="sig-chair", signer_name=CHAIR.name, reason="Бекітемін",
        location="Көкшетау", certify_and_lock=True, expected_iin=CHAIR.iin))
    return CommissionFile(unsigned=blank_pdf, after_members=after_members, signed=signed)


@pytest.fixture(scope="session")
def soft_token(pki: TestPki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SoftToken]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOFTHSM2_CONF", str(write_config(tmp_path_factory.mktemp("softhsm"))))
        yield make_token(pki.key_der(OFFICER.label), pki.cert(OFFICER.label),
                         pki.chain(OFFICER.label))


@pytest.fixture(scope="session")
def root_pem_file(pki: TestPki) -> Path:
    return pki.pem_file("root")
