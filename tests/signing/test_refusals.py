"""Everything that must be refused before signing, each with its own class and code."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.signing import (
    CertificateRefused,
    KeyFileError,
    Pkcs12Key,
    ServiceError,
    SignatureRequest,
    SigningError,
    WrongPassword,
    check_certificate,
    identity_of,
    sign_pdf,
)
from tests.signing.files import p12
from tests.support.pki import (
    CHAIR,
    EXPIRED,
    KEY_ENCIPHERMENT_ONLY,
    MEMBER1,
    NOT_YET_VALID,
    OFFICER,
    P12_PASSWORD,
    REVOKED,
    TestPki,
)

REQUEST = SignatureRequest(field_name="sig", signer_name=OFFICER.name)


def test_a_wrong_password_is_refused_by_name(pki: TestPki, blank_pdf: bytes) -> None:
    key = Pkcs12Key(pki.p12[MEMBER1.label], "not-the-password")
    with pytest.raises(WrongPassword) as caught:
        sign_pdf(blank_pdf, key, REQUEST)
    assert str(caught.value) == "the password for member1.p12 is wrong"
    assert caught.value.reason == "wrong_password"
    assert "not-the-password" not in repr(key)  # never logged by accident


@pytest.mark.parametrize(("content", "problem"), [
    (None, "no such file"),
    (b"", "not a PKCS#12"),
    (b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", "not a PKCS#12"),
    ("truncated", "not a PKCS#12"),
])
def test_an_unreadable_key_file_is_named(pki: TestPki, blank_pdf: bytes, tmp_path: Path,
                                         content: bytes | str | None, problem: str) -> None:
    path = tmp_path / "damaged.p12"
    if content == "truncated":
        path.write_bytes(pki.p12[MEMBER1.label].read_bytes()[:300])
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(KeyFileError) as caught:
        sign_pdf(blank_pdf, Pkcs12Key(path, P12_PASSWORD), REQUEST)
    assert "damaged.p12" in str(caught.value) and problem in str(caught.value)
    assert caught.value.reason == "key_file"


def _refusal(pki: TestPki, blank_pdf: bytes, label: str, **changes: object
             ) -> CertificateRefused:
    request = SignatureRequest(**{**REQUEST.__dict__, **changes})  # type: ignore[arg-type]
    with pytest.raises(CertificateRefused) as caught:
        sign_pdf(blank_pdf, p12(pki, label), request)
    return caught.value


def test_an_expired_certificate(pki: TestPki, blank_pdf: bytes) -> None:
    refused = _refusal(pki, blank_pdf, EXPIRED)
    assert refused.reason == "expired"
    assert refused.not_after is not None and refused.not_after < datetime.now(UTC)
    assert f"{refused.not_after:%Y-%m-%d}" in str(refused)


def test_a_certificate_not_valid_yet(pki: TestPki, blank_pdf: bytes) -> None:
    refused = _refusal(pki, blank_pdf, NOT_YET_VALID)
    assert refused.reason == "not-yet-valid"
    assert refused.not_before is not None and refused.not_before > datetime.now(UTC)
    assert f"{refused.not_before:%Y-%m-%d}" in str(refused)


def test_the_check_time_is_the_requests(pki: TestPki, blank_pdf: bytes) -> None:
    later = datetime.now(UTC) + timedelta(days=3 * 365)
    assert _refusal(pki, blank_pdf, MEMBER1.label, at=later).reason == "expired"
    # ... and a not-yet-valid certificate is fine at a moment inside its validity.
    inside = datetime.now(UTC) + timedelta(days=60)
    assert check_certificate(pki.cert(NOT_YET_VALID), at=inside).iin == OFFICER.iin


def test_a_certificate_not_for_signing(pki: TestPki, blank_pdf: bytes) -> None:
    refused = _refusal(pki, blank_pdf, KEY_ENCIPHERMENT_ONLY)
    assert refused.reason == "no-non-repudiation"
    assert "key_encipherment" in str(refused)


def test_another_persons_certificate(pki: TestPki, blank_pdf: bytes) -> None:
    refused = _refusal(pki, blank_pdf, MEMBER1.label, expected_iin=CHAIR.iin)
    assert refused.reason == "iin_mismatch"
    assert MEMBER1.iin in str(refused) and CHAIR.iin in str(refused)


def test_a_revoked_certificate_when_checking_revocation(pki: TestPki, blank_pdf: bytes
                                                       ) -> None:
    refused = _refusal(pki, blank_pdf, REVOKED, embed_revocation=True)
    assert refused.reason == "revoked"


def test_an_unreachable_time_stamp_service(pki: TestPki, blank_pdf: bytes) -> None:
    request = SignatureRequest(**{**REQUEST.__dict__, "signer_name": MEMBER1.name,
                                  "timestamp_url": "http://127.0.0.1:9/tsa"})
    with pytest.raises(ServiceError, match=r"127\.0\.0\.1:9"):
        sign_pdf(blank_pdf, p12(pki, MEMBER1.label), request)


def test_every_refusal_is_a_signing_error() -> None:
    for cls in (CertificateRefused, KeyFileError, ServiceError, WrongPassword):
        assert issubclass(cls, SigningError)


def test_identity_from_a_kazakh_subject(pki: TestPki) -> None:
    member = identity_of(pki.cert(MEMBER1.label))
    assert (member.name, member.iin, member.bin) == (MEMBER1.name, MEMBER1.iin, None)
    chair = identity_of(pki.cert(CHAIR.label))
    assert (chair.iin, chair.bin) == (CHAIR.iin, CHAIR.bin)
    assert chair.organisation == "Облыстың мәдениет басқармасы"
    ca = identity_of(pki.cert("interm"))
    assert ca.iin is None and ca.name == "ҰКО Сынақ RSA CA"
