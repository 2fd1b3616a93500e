"""Sign, read back, verify; then tamper with the file and see verification fail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import enumerate_sig_fields

from desktop.signing import (
    DocumentLocked,
    FieldError,
    NotAPdf,
    SignatureBox,
    SignatureRequest,
    add_signature_fields,
    sign_pdf,
    verify_pdf,
)
from tests.signing.documents import TITLE, replace_page_text, simple_pdf
from tests.signing.files import CommissionFile, p12
from tests.support.pki import CHAIR, MEMBER1, MEMBER2, OFFICER, TestPki


def _request(field: str = "sig-member1", **changes: object) -> SignatureRequest:
    values: dict[str, object] = {"field_name": field, "signer_name": MEMBER1.name,
                                 "reason": "Келісемін", "location": "Көкшетау"}
    values.update(changes)
    return SignatureRequest(**values)  # type: ignore[arg-type]


def test_p12_signature_verifies_and_is_trusted(pki: TestPki, blank_pdf: bytes) -> None:
    before = datetime.now(UTC) - timedelta(seconds=2)
    signed = sign_pdf(blank_pdf, p12(pki, MEMBER1.label), _request())

    assert signed.startswith(blank_pdf), "signing must be an incremental update"
    report = verify_pdf(signed, [pki.root_pem])
    assert report.ok
    (check,) = report.signatures
    assert (check.field_name, check.signer_name, check.iin) == \
        ("sig-member1", MEMBER1.name, MEMBER1.iin)
    assert check.intact and check.valid and check.trusted and check.ok
    assert check.coverage == "whole_document"
    assert check.modifications == "none"
    assert not check.disallowed_changes and not check.locks_document
    assert check.timestamp_valid is None and not check.has_timestamp
    assert check.signing_time is not None
    assert before <= check.signing_time <= datetime.now(UTC) + timedelta(seconds=2)
    assert check.reason is None


def test_members_then_the_chair_who_locks(pki: TestPki, commission_file: CommissionFile) -> None:
    report = verify_pdf(commission_file.signed, [pki.root_pem])

    assert report.ok
    assert [s.field_name for s in report.signatures] == ["sig-member1", "sig-member2",
                                                         "sig-chair"]
    assert [s.iin for s in report.signatures] == [MEMBER1.iin, MEMBER2.iin, CHAIR.iin]
    assert all(s.intact and s.valid and s.trusted for s in report.signatures)
    member1, member2, chair = report.signatures
    # Later signatures are form filling, which plain approval signatures allow.
    assert (member1.coverage, member1.modifications) == ("whole_revision", "form_filling")
    assert (member2.coverage, member2.modifications) == ("whole_revision", "form_filling")
    assert (chair.coverage, chair.modifications) == ("whole_document", "none")
    assert [s.locks_document for s in report.signatures] == [False, False, True]
    assert not any(s.disallowed_changes for s in report.signatures)


def test_a_locked_document_takes_no_more_signatures(pki: TestPki,
                                                    commission_file: CommissionFile) -> None:
    with pytest.raises(DocumentLocked, match="sig-chair"):
        sign_pdf(commission_file.signed, p12(pki, OFFICER.label),
                 _request("sig-late", signer_name=OFFICER.name))


def test_a_signature_after_the_lock_breaks_only_the_lock(
        pki: TestPki, commission_file: CommissionFile) -> None:
    # Bypass our own refusal with pyHanko itself, as another program might.
    writer = IncrementalPdfFileWriter(BytesIO(commission_file.signed))
    signer = signers.SimpleSigner.load_pkcs12(str(pki.p12[OFFICER.label]),
                                              passphrase=pki.p12_password_bytes)
    assert signer is not None
    late = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="sig-late"),
                            signer=signer).getvalue()

    report = verify_pdf(late, [pki.root_pem])

    assert not report.ok
    member1, member2, chair, extra = report.signatures
    assert member1.ok and member2.ok and extra.ok
    # The new field falls under the chair's lock of all fields: not mere form filling.
    assert chair.modifications == "other"
    assert chair.disallowed_changes and not chair.ok
    assert chair.reason is not None and "beyond what it allows" in chair.reason


def test_one_changed_byte_in_the_signed_range_is_caught(
        pki: TestPki, commission_file: CommissionFile) -> None:
    position = commission_file.signed.index(TITLE) + TITLE.index(b"42")
    tampered = bytearray(commission_file.signed)
    tampered[position:position + 2] = b"43"  # same length: the file still parses

    report = verify_pdf(bytes(tampered), [pki.root_pem])

    assert not report.ok
    assert all(not s.intact for s in report.signatures)
    assert all(s.reason and "hash does not match" in s.reason for s in report.signatures)


def test_a_page_changed_after_the_lock_is_a_disallowed_change(
        pki: TestPki, commission_file: CommissionFile) -> None:
    changed = replace_page_text(commission_file.signed, b"Conclusion No. 43")

    report = verify_pdf(changed, [pki.root_pem])

    assert not report.ok
    chair = report.signatures[-1]
    assert chair.intact and chair.valid and chair.trusted  # the signed revision is fine
    assert chair.coverage == "whole_revision"
    assert chair.modifications == "other"
    assert chair.disallowed_changes
    assert chair.reason is not None and "changed after this signature" in chair.reason
    assert all(s.disallowed_changes for s in report.signatures)


def test_an_untrusted_root_is_reported(pki: TestPki, commission_file: CommissionFile) -> None:
    for roots in ([pki.pem("other-root")], []):
        report = verify_pdf(commission_file.signed, roots)
        assert not report.ok
        for check in report.signatures:
            assert check.intact and check.valid
            assert not check.trusted
            assert check.reason is not None and "trusted root" in check.reason


def test_trust_roots_may_be_objects_or_der(pki: TestPki, commission_file: CommissionFile
                                           ) -> None:
    from cryptography import x509

    root = pki.cert("root")
    for roots in ([root], [root.dump()], [x509.load_der_x509_certificate(root.dump())]):
        assert verify_pdf(commission_file.signed, roots).ok


def test_a_field_laid_out_by_the_renderer_is_signed_in_place(pki: TestPki) -> None:
    boxes = [SignatureBox("chair", 0, (60, 100, 280, 170), lock=True),
             SignatureBox("member1", 0, (315, 100, 535, 170))]
    prepared = add_signature_fields(simple_pdf(), boxes)

    signed = sign_pdf(prepared, p12(pki, MEMBER1.label), _request("member1"))
    signed = sign_pdf(signed, p12(pki, CHAIR.label),
                      _request("chair", signer_name=CHAIR.name, certify_and_lock=True))

    report = verify_pdf(signed, [pki.root_pem])
    assert report.ok
    assert [(s.field_name, s.locks_document) for s in report.signatures] == \
        [("member1", False), ("chair", True)]
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(BytesIO(signed))
    rects = {name: [float(v) for v in ref.get_object()["/Rect"]]
             for name, _value, ref in enumerate_sig_fields(reader)}
    assert rects == {"chair": [60, 100, 280, 170], "member1": [315, 100, 535, 170]}


def test_a_final_field_laid_out_without_lock(pki: TestPki) -> None:
    prepared = add_signature_fields(simple_pdf(), [
        SignatureBox("chair", 0, (60, 100, 280, 170)),
        SignatureBox("member1", -1, (315, 100, 535, 170)),
    ])
    signed = sign_pdf(prepared, p12(pki, MEMBER1.label), _request("member1"))
    lock = _request("chair", signer_name=CHAIR.name, certify_and_lock=True)
    with pytest.raises(FieldError, match="lock=True"):
        sign_pdf(signed, p12(pki, CHAIR.label), lock)

    # As the first signature, the field can still be given its lock.
    alone = sign_pdf(prepared, p12(pki, CHAIR.label), lock)
    (chair,) = verify_pdf(alone, [pki.root_pem]).signatures
    assert chair.ok and chair.locks_document


def test_a_signed_field_is_not_signed_again(pki: TestPki, blank_pdf: bytes) -> None:
    signed = sign_pdf(blank_pdf, p12(pki, MEMBER1.label), _request())
    with pytest.raises(FieldError, match="already signed"):
        sign_pdf(signed, p12(pki, MEMBER2.label), _request(signer_name=MEMBER2.name))


def test_a_missing_page_is_a_field_error(pki: TestPki, blank_pdf: bytes) -> None:
    with pytest.raises(FieldError, match="page 5"):
        sign_pdf(blank_pdf, p12(pki, MEMBER1.label), _request(page=5))


def test_what_is_not_a_pdf(pki: TestPki, commission_file: CommissionFile) -> None:
    for junk in (b"", b"hello, world", b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
                 commission_file.signed[:200]):
        with pytest.raises(NotAPdf):
            verify_pdf(junk, [pki.root_pem])
        with pytest.raises(NotAPdf):
            sign_pdf(junk, p12(pki, MEMBER1.label), _request())


def test_an_unsigned_file_is_not_ok(pki: TestPki, blank_pdf: bytes) -> None:
    report = verify_pdf(blank_pdf, [pki.root_pem])
    assert report.signatures == ()
    assert not report.ok
