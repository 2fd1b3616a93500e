"""Fixtures: signed files. The test PKI (``pki``) and the SoftHSM token (``soft_token``)
live in the top-level conftest, since the conclusion and fuzz tests share them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.signing import SignatureRequest, sign_pdf
from tests.signing.documents import simple_pdf
from tests.signing.files import CommissionFile, p12
from tests.support.pki import CHAIR, MEMBER1, MEMBER2, TestPki


@pytest.fixture(scope="session")
def blank_pdf() -> bytes:
    return simple_pdf()


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
def root_pem_file(pki: TestPki) -> Path:
    return pki.pem_file("root")
