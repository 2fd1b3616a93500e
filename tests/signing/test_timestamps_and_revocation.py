"""PAdES B-T (an RFC 3161 timestamp) and B-LT (embedded OCSP / CRL), from real services.

The TSA and the OCSP responder are Certomancer's, served on 127.0.0.1 by the ``pki``
fixture; verification itself never goes online.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from asn1crypto import ocsp
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import DocumentSecurityStore
from pyhanko.sign.validation.errors import NoDSSFoundError

from desktop.signing import ServiceError, SignatureRequest, has_timestamp, sign_pdf, verify_pdf
from tests.signing.files import p12
from tests.support.pki import MEMBER1, MEMBER2, TestPki, serve_pki


def _request(person_name: str, field: str, **changes: object) -> SignatureRequest:
    return SignatureRequest(**{"field_name": field, "signer_name": person_name,  # type: ignore[arg-type]
                               **changes})


def test_a_signature_with_a_timestamp(pki: TestPki, blank_pdf: bytes) -> None:
    signed = sign_pdf(blank_pdf, p12(pki, MEMBER1.label),
                      _request(MEMBER1.name, "sig-ts", timestamp_url=pki.tsa_url))

    report = verify_pdf(signed, [pki.root_pem])

    assert report.ok
    (check,) = report.signatures
    assert check.has_timestamp and check.timestamp_valid
    assert check.timestamp_time is not None and check.signing_time is not None
    assert abs(check.timestamp_time - check.signing_time) < timedelta(minutes=1)
    assert check.signing_time <= check.timestamp_time + timedelta(seconds=1)


def test_a_timestamp_keeps_the_signature_valid_after_the_certificate_expires(
        pki: TestPki, blank_pdf: bytes) -> None:
    plain = sign_pdf(blank_pdf, p12(pki, MEMBER1.label), _request(MEMBER1.name, "sig-1"))
    both = sign_pdf(plain, p12(pki, MEMBER2.label),
                    _request(MEMBER2.name, "sig-2", timestamp_url=pki.tsa_url,
                             embed_revocation=True))
    in_two_years = datetime.now(UTC) + timedelta(days=2 * 365)  # both certificates expired

    without_ts, with_ts = verify_pdf(both, [pki.root_pem], at=in_two_years).signatures

    assert not without_ts.trusted
    assert without_ts.reason is not None and "not valid at the time" in without_ts.reason
    assert with_ts.ok and with_ts.trusted and with_ts.revocation_checked


def _ocsp_statuses(pdf: bytes) -> dict[int, str]:
    """Serial number -> certificate status, for every OCSP response in the DSS."""
    dss = DocumentSecurityStore.read_dss(PdfFileReader(BytesIO(pdf)))
    statuses: dict[int, str] = {}
    for response in dss.as_validation_context({"trust_roots": []}).ocsps:
        assert isinstance(response, ocsp.OCSPResponse)
        for single in response.basic_ocsp_response["tbs_response_data"]["responses"]:
            statuses[single["cert_id"]["serial_number"].native] = single["cert_status"].name
    return statuses


def test_revocation_data_is_embedded_and_used(pki: TestPki, blank_pdf: bytes) -> None:
    signed = sign_pdf(blank_pdf, p12(pki, MEMBER1.label),
                      _request(MEMBER1.name, "sig-lt", timestamp_url=pki.tsa_url,
                               embed_revocation=True))

    # B-LT: the signer's OCSP response is in the document security store...
    assert _ocsp_statuses(signed) == {pki.cert(MEMBER1.label).serial_number: "good"}
    report = verify_pdf(signed, [pki.root_pem])
    assert report.ok
    (check,) = report.signatures
    # ... in the signature's own revision, and offline verification relied on it.
    assert check.coverage == "whole_document"
    assert check.revocation_checked and check.timestamp_valid


def test_without_revocation_data_trust_rests_on_the_chain(pki: TestPki, blank_pdf: bytes
                                                          ) -> None:
    signed = sign_pdf(blank_pdf, p12(pki, MEMBER1.label), _request(MEMBER1.name, "sig-b"))
    (check,) = verify_pdf(signed, [pki.root_pem]).signatures
    assert check.ok and check.trusted and not check.revocation_checked


def test_one_signature_with_revocation_data_does_not_spoil_another(pki: TestPki,
                                                                    blank_pdf: bytes) -> None:
    # The OCSP response about member 1 is not about member 2's certificate: a validator
    # that took it as a failed check of member 2 would call member 2 untrusted.
    first = sign_pdf(blank_pdf, p12(pki, MEMBER1.label),
                     _request(MEMBER1.name, "sig-1", embed_revocation=True))
    both = sign_pdf(first, p12(pki, MEMBER2.label), _request(MEMBER2.name, "sig-2"))

    report = verify_pdf(both, [pki.root_pem])

    assert report.ok
    assert [s.revocation_checked for s in report.signatures] == [True, False]


@pytest.fixture(scope="module")
def offline_pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestPki]:
    """A second PKI whose OCSP responder and CRL server have stopped."""
    with serve_pki(tmp_path_factory.mktemp("offline-pki")) as served:
        pass
    yield served


def test_unreachable_revocation_sources_are_skipped(offline_pki: TestPki, blank_pdf: bytes
                                                    ) -> None:
    signed = sign_pdf(blank_pdf, p12(offline_pki, MEMBER1.label),
                      _request(MEMBER1.name, "sig-offline", embed_revocation=True))
    (check,) = verify_pdf(signed, [offline_pki.root_pem]).signatures
    assert check.ok and not check.revocation_checked
    assert _ocsp_statuses(signed) == {}


def test_an_unanswering_time_stamp_service_is_told_not_a_failure(pki: TestPki,
                                                                 blank_pdf: bytes) -> None:
    """Offline: with the timestamp optional the signature is made without one (B-B), and
    the caller can see that; required, the service's silence refuses the signature."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        silent = f"http://127.0.0.1:{probe.getsockname()[1]}/tsa"
    request = SignatureRequest(field_name="sig", signer_name="", timestamp_url=silent,
                               embed_revocation=True)
    with pytest.raises(ServiceError):
        sign_pdf(blank_pdf, p12(pki, MEMBER1.label), request)
    signed = sign_pdf(blank_pdf, p12(pki, MEMBER1.label),
                      replace(request, timestamp_optional=True))
    assert not has_timestamp(signed)
    (check,) = verify_pdf(signed, [pki.root_pem]).signatures
    assert check.ok and not check.has_timestamp
    stamped = sign_pdf(blank_pdf, p12(pki, MEMBER1.label), replace(
        request, timestamp_url=pki.tsa_url, timestamp_optional=True))
    assert has_timestamp(stamped)


def test_a_time_stamp_service_that_never_answers_costs_one_bounded_wait(
        pki: TestPki, blank_pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """Offline the profile's service may swallow the request without a word: the signature
    waits the bounded timeout once, then is made without a timestamp (B-B)."""
    monkeypatch.setattr("desktop.signing.sign.NETWORK_TIMEOUT", 1)
    accepted: list[socket.socket] = []
    with socket.socket() as hole:
        hole.bind(("127.0.0.1", 0))
        hole.listen()

        def swallow() -> None:
            while True:
                try:
                    accepted.append(hole.accept()[0])
                except OSError:
                    return

        threading.Thread(target=swallow, daemon=True).start()
        request = SignatureRequest(field_name="sig", signer_name="",
                                   timestamp_url=f"http://127.0.0.1:{hole.getsockname()[1]}/",
                                   timestamp_optional=True)
        started = time.monotonic()
        signed = sign_pdf(blank_pdf, p12(pki, MEMBER1.label), request)
        waited = time.monotonic() - started
    for connection in accepted:
        connection.close()
    assert not has_timestamp(signed) and len(accepted) == 1
    assert waited < 8  # one timeout of a second, not pyHanko's or the system's
    stamped = sign_pdf(blank_pdf, p12(pki, MEMBER1.label),
                       replace(request, timestamp_url=pki.tsa_url))
    assert has_timestamp(stamped)


def test_a_key_file_without_its_chain_gets_revocation_data_from_the_trust_store(
        pki: TestPki, blank_pdf: bytes, tmp_path) -> None:
    """NCA's key files hold the holder's certificate only: the chain for fetching its
    revocation data (B-LT) comes from the trust store, where the NCA RK profile is."""
    from desktop.signing import Pkcs12Key
    from tests.signing.nca_files import legacy_p12
    from tests.support.pki import P12_PASSWORD

    bare = Pkcs12Key(legacy_p12(pki, MEMBER1.label, tmp_path / "RSA256_1.p12", P12_PASSWORD),
                     P12_PASSWORD)
    request = _request(MEMBER1.name, "sig", timestamp_url=pki.tsa_url, embed_revocation=True)
    alone = sign_pdf(blank_pdf, bare, request)
    assert has_timestamp(alone)
    with pytest.raises(NoDSSFoundError):  # no chain, nothing fetched
        _ocsp_statuses(alone)
    completed = sign_pdf(blank_pdf, bare, replace(
        request, trust_roots=(pki.root_pem, pki.pem("interm"))))
    assert _ocsp_statuses(completed) == {pki.cert(MEMBER1.label).serial_number: "good"}
    (check,) = verify_pdf(completed, [pki.root_pem]).signatures
    assert check.ok and check.revocation_checked


def _crl_revoking(pki: TestPki, label: str) -> bytes:
    """The intermediate CA's revocation list of this hour, naming *label*'s certificate
    (Certomancer's own lists follow a weekly schedule: this week's predates the revocation)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    now = datetime.now(UTC)
    issuer = x509.load_pem_x509_certificate(pki.pem("interm"))
    key = serialization.load_der_private_key(pki.key_der("interm"), None)
    revoked = x509.RevokedCertificateBuilder().serial_number(pki.cert(label).serial_number) \
        .revocation_date(now - timedelta(days=1)).build()
    crl = x509.CertificateRevocationListBuilder() \
        .issuer_name(issuer.subject) \
        .last_update(now - timedelta(hours=1)).next_update(now + timedelta(days=1)) \
        .add_revoked_certificate(revoked).sign(key, hashes.SHA256())
    return crl.public_bytes(serialization.Encoding.DER)


def test_an_imported_revocation_list_refuses_a_revoked_key_offline(offline_pki: TestPki,
                                                                   blank_pdf: bytes) -> None:
    """No OCSP responder or CRL server answers: the list the office imported still says the
    key is revoked, before anything is signed; a good key signs as before."""
    from desktop.signing import CertificateRefused
    from tests.support.pki import REVOKED

    crl = _crl_revoking(offline_pki, REVOKED)
    request = _request(MEMBER1.name, "sig", crls=(crl,))
    with pytest.raises(CertificateRefused) as refused:
        sign_pdf(blank_pdf, p12(offline_pki, REVOKED), request)
    assert refused.value.reason == "revoked"
    signed = sign_pdf(blank_pdf, p12(offline_pki, MEMBER1.label), request)
    (check,) = verify_pdf(signed, [offline_pki.root_pem]).signatures
    assert check.ok
