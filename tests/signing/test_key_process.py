"""A ``.p12`` is opened in the signing process, never in the program's own: its refusals
come back whole, and a worker that died is replaced."""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12

from desktop.signing import (
    CertificateRefused,
    KeyFileError,
    Pkcs12Key,
    SignatureRequest,
    SigningError,
    WrongPassword,
    inspect_key_file_apart,
    key_process,
    sign_documents,
    verify_pdf,
)
from tests.signing.files import p12
from tests.support.pki import EXPIRED, MEMBER1, OFFICER, P12_PASSWORD, TestPki


@pytest.fixture
def opened_here(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times this process opened a .p12 with ``cryptography``."""
    count: list[int] = []
    real: Callable[..., Any] = pkcs12.load_key_and_certificates

    def counted(*args: Any, **kwargs: Any) -> Any:
        count.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pkcs12, "load_key_and_certificates", counted)
    return count


def test_a_p12_signs_every_document_in_the_signing_process(
        pki: TestPki, blank_pdf: bytes, opened_here: list[int]) -> None:
    requests = [SignatureRequest(field_name=f"sig-{lang}", signer_name=MEMBER1.name,
                                 lang=lang, expected_iin=MEMBER1.iin) for lang in ("kk", "ru")]
    signed = sign_documents([(blank_pdf, r) for r in requests], p12(pki, MEMBER1.label))
    assert opened_here == []  # the key was never opened in this process
    for pdf, request in zip(signed, requests, strict=True):
        assert pdf.startswith(blank_pdf)  # one incremental update on top of the original
        report = verify_pdf(pdf, [pki.root_pem])
        assert [(s.field_name, s.ok) for s in report.signatures] == [(request.field_name, True)]


def test_its_refusals_come_back_whole(pki: TestPki, blank_pdf: bytes,
                                      opened_here: list[int]) -> None:
    request = SignatureRequest(field_name="sig", signer_name=OFFICER.name)
    with pytest.raises(WrongPassword) as wrong:
        sign_documents([(blank_pdf, request)], Pkcs12Key(pki.p12[MEMBER1.label], "not-it"))
    assert (wrong.value.reason, wrong.value.values) == ("wrong_password", ("member1.p12",))
    assert wrong.value.file_name == "member1.p12"
    with pytest.raises(CertificateRefused) as expired:
        sign_documents([(blank_pdf, request)], p12(pki, EXPIRED))
    assert expired.value.reason == "expired" and expired.value.not_after is not None
    verdict = inspect_key_file_apart(pki.p12[EXPIRED], P12_PASSWORD)
    assert verdict.reasons == ("expired",) and verdict.not_after < datetime.now(UTC)
    with pytest.raises(KeyFileError) as missing:
        inspect_key_file_apart(Path("no-such.p12"), P12_PASSWORD)
    assert missing.value.values == ("no-such.p12", "no such file")
    assert opened_here == []


@pytest.mark.parametrize("refusal", [
    WrongPassword("member1.p12"),
    KeyFileError("x.p12", "no such file"),
    CertificateRefused("iin_mismatch", "the IIN differs", values=("A", "1", "2"),
                       not_after=datetime(2030, 1, 1, tzinfo=UTC)),
    SigningError("the signing process ended", reason="process_ended"),
])
def test_a_refusal_survives_pickling(refusal: SigningError) -> None:
    again = pickle.loads(pickle.dumps(refusal))
    assert type(again) is type(refusal) and str(again) == str(refusal)
    assert (again.reason, again.values, again.__dict__) == (refusal.reason, refusal.values,
                                                            refusal.__dict__)


def test_a_worker_that_died_is_replaced(pki: TestPki, blank_pdf: bytes) -> None:
    first = key_process._call(os.getpid)
    assert first != os.getpid()
    os.kill(first, signal.SIGKILL)
    request = SignatureRequest(field_name="sig", signer_name=MEMBER1.name)
    [signed] = sign_documents([(blank_pdf, request)], p12(pki, MEMBER1.label))
    assert verify_pdf(signed, [pki.root_pem]).signatures[0].ok
    assert key_process._call(os.getpid) not in (first, os.getpid())
