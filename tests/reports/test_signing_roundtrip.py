"""The signing layer signs into the fields the renderer laid out, and the document holds."""

from __future__ import annotations

import hashlib
from io import BytesIO

import pikepdf
import zxingcpp

from desktop.reports import content_digest, parse_qr_payload, render_conclusion
from desktop.signing import Pkcs12Key, SignatureRequest, sign_pdf, verify_pdf
from tests.reports.test_digest_and_pdfa import check_pdfa_structure
from tests.support import pdftools
from tests.support import report_samples as samples
from tests.support.pki import CHAIR, MEMBER1, MEMBER2, P12_PASSWORD, TestPki


def test_members_then_the_chair_sign_the_rendered_conclusion(report_pki: TestPki) -> None:
    data = samples.conclusion(2, "kk", members=samples.MEMBERS[:2])
    rendered = render_conclusion(data)
    pdf = rendered.pdf
    signers = [(samples.MEMBERS[0], MEMBER1), (samples.MEMBERS[1], MEMBER2), (data.chair, CHAIR)]
    for person, key in signers:
        pdf = sign_pdf(pdf, Pkcs12Key(report_pki.p12[key.label], P12_PASSWORD),
                       SignatureRequest(field_name=person.field, signer_name=person.name,
                                        location=data.city, expected_iin=key.iin,
                                        certify_and_lock=person is data.chair))

    assert pdf.startswith(rendered.pdf), "signatures are incremental updates"
    report = verify_pdf(pdf, [report_pki.root_pem])
    assert report.ok
    assert [s.field_name for s in report.signatures] == [p.field for p, _key in signers]
    assert [s.locks_document for s in report.signatures] == [False, False, True]

    with pikepdf.open(BytesIO(pdf)) as doc:
        rects = {str(a.T): tuple(float(v) for v in a.Rect)
                 for page in doc.pages for a in page.obj.get("/Annots", []) if "/T" in a}
        (attachment,) = doc.attachments.values()
        embedded = attachment.get_file().read_bytes()
    for box in rendered.signature_fields:
        assert rects[box.name] == tuple(box.box), "each stamp fills its laid-out box"

    # The signed file still carries its data, its check code and its text.
    (scanned,) = [r.text for r in zxingcpp.read_barcodes(
        pdftools.page_image(pdf, dpi=150))]
    assert parse_qr_payload(scanned).sha256 == hashlib.sha256(embedded).hexdigest() \
        == content_digest(data)
    text = pdftools.flat(pdf)
    assert data.applicant.name in text and data.chair.name in text
    check_pdfa_structure(pdf)
