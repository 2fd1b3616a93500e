"""Verifying misses nothing: every signature field is listed, an empty one (the chair's
above all) makes the file not OK, revocation is reported as what happened, and a GOST
signature is never called valid."""

from __future__ import annotations

import json
import urllib.request
from io import BytesIO
from pathlib import Path

import pytest
from asn1crypto import algos
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.signers import SimpleSigner
from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop.cli import main
from desktop.signing import (
    GOST_NOT_CHECKABLE,
    SignatureBox,
    SignatureRequest,
    add_signature_fields,
    sign_pdf,
    verify_pdf,
)
from desktop.signing.keyfiles import read_pkcs12
from tests.signing.files import p12
from tests.signing.nca_files import gost_certificate
from tests.support.pki import CHAIR, MEMBER1, MEMBER2, NCA_ORG_SIGN, NO_SOURCES, OFFICER, TestPki

CHAIR_SEAT = f"Төраға: {CHAIR.name}"


def _laid_out(blank_pdf: bytes) -> bytes:
    """A document as the application drafts it: a field per signer, the chair's locked."""
    return add_signature_fields(blank_pdf, [
        SignatureBox("member-1", 0, (40, 40, 240, 100), expected=f"Мүше: {MEMBER1.name}"),
        SignatureBox("member-2", 0, (40, 110, 240, 170), expected=f"Мүше: {MEMBER2.name}"),
        SignatureBox("chair", 0, (40, 180, 240, 240), lock=True, expected=CHAIR_SEAT),
    ])


def _sign(pdf: bytes, pki: TestPki, person_label: str, field: str, iin: str) -> bytes:
    return sign_pdf(pdf, p12(pki, person_label), SignatureRequest(
        field_name=field, signer_name="", expected_iin=iin,
        certify_and_lock=field == "chair"))


@pytest.fixture(scope="module")
def issued(pki: TestPki, blank_pdf: bytes) -> tuple[bytes, bytes]:
    """The members' revision, and the same file after the chair's signature."""
    pdf = _sign(_laid_out(blank_pdf), pki, MEMBER1.label, "member-1", MEMBER1.iin)
    members = _sign(pdf, pki, MEMBER2.label, "member-2", MEMBER2.iin)
    return members, _sign(members, pki, CHAIR.label, "chair", CHAIR.iin)


def test_an_issued_document_lists_every_field_signed(pki: TestPki,
                                                     issued: tuple[bytes, bytes]) -> None:
    report = verify_pdf(issued[1], [pki.root_pem])
    assert [(f.name, f.signed) for f in report.fields] == [
        ("member-1", True), ("member-2", True), ("chair", True)]
    assert report.ok and not report.missing


def test_a_conclusion_cut_back_before_the_chair_is_not_ok(
        pki: TestPki, issued: tuple[bytes, bytes], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    members, full = issued
    assert full.startswith(members)  # the members' revision is a prefix of the issued file
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(members)
    report = verify_pdf(members, [pki.root_pem])
    assert all(s.ok for s in report.signatures) and len(report.signatures) == 2
    assert [(f.name, f.expected) for f in report.missing] == [("chair", CHAIR_SEAT)]
    assert not report.ok

    assert main(["verify", str(cut), "--trust", str(pki.pem_file("root"))]) == 1
    out = capsys.readouterr().out
    assert (f"not OK: the signature in field chair (the chairperson; {CHAIR_SEAT}) is "
            "missing") in out
    assert main(["verify", str(cut), "--trust", str(pki.pem_file("root")), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is False and payload["missing"] == ["chair"]


def test_revocation_is_reported_as_what_happened(pki: TestPki, blank_pdf: bytes,
                                                 tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    # No source named in the certificate: trusted, but never "checked".
    plain = sign_pdf(blank_pdf, p12(pki, NO_SOURCES), SignatureRequest(
        field_name="sig", signer_name="", expected_iin=OFFICER.iin))
    (check,) = verify_pdf(plain, [pki.root_pem]).signatures
    assert check.ok and check.trusted and not check.revocation_checked
    assert check.revocation == "none"
    assert check.revocation_note == "the signer's certificate names no OCSP responder or CRL"

    # B-LT: the OCSP response embedded at signing is what the check used.
    stamped = sign_pdf(blank_pdf, p12(pki, MEMBER1.label), SignatureRequest(
        field_name="sig", signer_name="", timestamp_url=pki.tsa_url, embed_revocation=True))
    (check,) = verify_pdf(stamped, [pki.root_pem]).signatures
    assert (check.revocation, check.revocation_checked) == ("ocsp", True)
    assert check.revocation_time is not None

    # No data in the file: not checked, and said why; with the CA's CRL imported, checked.
    bare = sign_pdf(blank_pdf, p12(pki, MEMBER1.label), SignatureRequest(
        field_name="sig", signer_name=""))
    (check,) = verify_pdf(bare, [pki.root_pem]).signatures
    assert check.revocation == "none" and "does not go online" in str(check.revocation_note)
    url = pki.cert(MEMBER1.label).crl_distribution_points[0].url
    with urllib.request.urlopen(url, timeout=10) as answer:  # the test PKI, on loopback
        crl = answer.read()
    root_crl_url = pki.cert("interm").crl_distribution_points[0].url
    with urllib.request.urlopen(root_crl_url, timeout=10) as answer:
        root_crl = answer.read()
    (check,) = verify_pdf(bare, [pki.root_pem], crls=[crl, root_crl]).signatures
    assert (check.revocation, check.revocation_checked) == ("crl", True), check
    path, crl_file, root_crl_file = (tmp_path / n for n in ("b.pdf", "i.crl", "r.crl"))
    path.write_bytes(bare)
    crl_file.write_bytes(crl)
    root_crl_file.write_bytes(root_crl)
    main(["verify", str(path), "--trust", str(pki.pem_file("root")), "--crl", str(crl_file),
          "--crl", str(root_crl_file)])
    assert "revocation checked against a CRL of" in capsys.readouterr().out


def test_a_gost_signature_is_never_called_valid(pki: TestPki, blank_pdf: bytes, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A signature whose signer holds a GOST certificate (made here with an RSA key under a
    GOST look-alike certificate, as no GOST signer runs here) is reported, not judged."""
    rsa = read_pkcs12(pki.p12[MEMBER1.label], "Сынақ-2025")
    gost = gost_certificate(pki, NCA_ORG_SIGN)
    signer = SimpleSigner(signing_cert=gost, signing_key=rsa.private_key,
                          cert_registry=SimpleCertificateStore.from_certs([gost]),
                          signature_mechanism=algos.SignedDigestAlgorithm(
                              {"algorithm": "sha256_rsa"}))
    out = BytesIO()
    PdfSigner(PdfSignatureMetadata(field_name="gost"), signer).sign_pdf(
        IncrementalPdfFileWriter(BytesIO(blank_pdf)), output=out)
    (check,) = verify_pdf(out.getvalue(), [pki.root_pem]).signatures
    assert check.gost and not check.ok and not check.valid
    assert check.reason == GOST_NOT_CHECKABLE
    path = tmp_path / "gost.pdf"
    path.write_bytes(out.getvalue())
    assert main(["verify", str(path), "--trust", str(pki.pem_file("root"))]) == 1
    text = capsys.readouterr().out
    assert GOST_NOT_CHECKABLE in text and "valid yes" not in text
