"""Every signer's IIN is checked against the seat the document records: a namesake of the
chairperson, with a certificate of the same trusted authority, does not verify in the
chair's field."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.reports import Signatory, render_conclusion
from desktop.signing import (
    SignatureBox,
    SignatureRequest,
    add_signature_fields,
    sign_pdf,
    verify_pdf,
)
from tests.signing.files import p12
from tests.support import report_samples
from tests.support.pki import CHAIR, MEMBER1, NAMESAKE, TestPki


def _laid_out(blank_pdf: bytes) -> bytes:
    return add_signature_fields(blank_pdf, [
        SignatureBox("member-1", 0, (40, 40, 240, 100), expected=f"Мүше: {MEMBER1.name}",
                     expected_iin=MEMBER1.iin),
        SignatureBox("chair", 0, (40, 180, 240, 240), lock=True,
                     expected=f"Төраға: {CHAIR.name}", expected_iin=CHAIR.iin),
    ])


def _sign(pdf: bytes, pki: TestPki, label: str, field: str, iin: str) -> bytes:
    return sign_pdf(pdf, p12(pki, label), SignatureRequest(
        field_name=field, signer_name="", expected_iin=iin, certify_and_lock=field == "chair"))


@pytest.fixture(scope="module")
def by_members(pki: TestPki, blank_pdf: bytes) -> bytes:
    return _sign(_laid_out(blank_pdf), pki, MEMBER1.label, "member-1", MEMBER1.iin)


def test_the_chair_on_the_seat_verifies(pki: TestPki, by_members: bytes) -> None:
    report = verify_pdf(_sign(by_members, pki, CHAIR.label, "chair", CHAIR.iin),
                        [pki.root_pem])
    assert [(f.name, f.expected_iin) for f in report.fields] == [
        ("member-1", MEMBER1.iin), ("chair", CHAIR.iin)]
    assert report.ok


def test_a_namesake_with_a_trusted_certificate_fails_in_the_chair_s_field(
    pki: TestPki, by_members: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="desktop")
    forged = _sign(by_members, pki, NAMESAKE.label, "chair", NAMESAKE.iin)
    report = verify_pdf(forged, [pki.root_pem])
    assert NAMESAKE.iin not in caplog.text and CHAIR.name not in caplog.text  # ids only
    member, chair = report.signatures
    assert member.ok
    assert chair.signer_name == CHAIR.name  # the printed name is the chair's …
    assert (chair.intact, chair.valid, chair.trusted) == (True, True, True)  # … and trusted
    assert chair.reason == (f"the signer's IIN {NAMESAKE.iin} is not the IIN {CHAIR.iin} "
                            "the document records for this seat")
    assert not report.ok

    path = tmp_path / "forged.pdf"
    path.write_bytes(forged)
    assert main(["verify", str(path), "--trust", str(pki.pem_file("root")), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is False
    assert [s["ok"] for s in payload["signatures"]] == [True, False]
    assert payload["fields"][1]["expected_iin"] == CHAIR.iin


def test_a_rendered_conclusion_records_each_seat_s_iin(pki: TestPki) -> None:
    data = report_samples.conclusion(
        1, chair=Signatory(CHAIR.name, "chair", CHAIR.iin),
        members=(Signatory(MEMBER1.name, "member-1", MEMBER1.iin),))
    pdf = render_conclusion(data).pdf
    report = verify_pdf(pdf, [pki.root_pem])
    assert {f.name: f.expected_iin for f in report.fields} == {
        "member-1": MEMBER1.iin, "chair": CHAIR.iin}
    signed = _sign(pdf, pki, MEMBER1.label, "member-1", MEMBER1.iin)
    forged = _sign(signed, pki, NAMESAKE.label, "chair", NAMESAKE.iin)
    assert [s.ok for s in verify_pdf(forged, [pki.root_pem]).signatures] == [True, False]
