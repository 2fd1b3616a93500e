"""Hostile files: mutated images and PDFs end in a clear refusal or a correct result.

Hypothesis flips, drops and inserts bytes in valid JPEG, PNG, TIFF and PDF files (and
makes up files from nothing). Whatever it makes, decoding a file either gives pages or
raises ImportRejected naming the file; verifying a PDF either gives a report or raises
NotAPdf. Any other exception is a defect.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from desktop.documents import ImportRejected, open_document
from desktop.reports import render_conclusion
from desktop.signing import NotAPdf, Pkcs12Key, SignatureRequest, sign_pdf, verify_pdf
from tests.support import report_samples as samples
from tests.support.pki import MEMBER1, P12_PASSWORD, TestPki

EXAMPLES = int(os.environ.get("EXPORT_COMMISSION_FUZZ_EXAMPLES", "400"))


def _sample(fmt: str) -> bytes:
    img = Image.new("RGB", (64, 48), (200, 120, 40))
    out = io.BytesIO()
    if fmt == "TIFF":
        img.save(out, "TIFF", save_all=True, append_images=[img.rotate(90)])
    else:
        img.save(out, fmt)
    return out.getvalue()


SAMPLES = {fmt: _sample(fmt) for fmt in ("JPEG", "PNG", "TIFF", "PDF")}


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(list(SAMPLES.values()))))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[at: at + draw(st.integers(1, 64))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            del data[at:]
    return bytes(data)


def _decode_all(path: Path) -> int:
    pages = 0
    with open_document(path, dpi=72, name="upload.bin") as reader:
        for page in reader:
            assert page.image.width > 0 and page.image.height > 0
            pages += 1
    return pages


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(mutated(), st.binary(max_size=512)))
def test_any_file_is_decoded_or_refused_by_name(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "upload.bin"
    path.write_bytes(data)
    try:
        assert _decode_all(path) >= 1
    except ImportRejected as exc:
        assert exc.file == "upload.bin" and exc.reason


def _byte_range(pdf: bytes) -> tuple[int, int, int, int]:
    """The signature's /ByteRange as (start, gap start, gap end, end)."""
    found = re.search(rb"/ByteRange \[\s*(\d+) (\d+) (\d+) (\d+)\s*\]", pdf)
    assert found is not None
    a, b, c, d = (int(x) for x in found.groups())
    return a, a + b, c, c + d


@pytest.fixture(scope="module")
def signed_pdf(pki: TestPki) -> bytes:
    """A rendered conclusion with one member's signature: the damage lands on real data."""
    data = samples.conclusion(1, "kk")
    member = data.members[0]
    return sign_pdf(render_conclusion(data).pdf, Pkcs12Key(pki.p12[MEMBER1.label], P12_PASSWORD),
                    SignatureRequest(field_name=member.field, signer_name=member.name))


@settings(max_examples=EXAMPLES // 3, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6),
       truncate=st.one_of(st.none(), st.integers(0, 10**6)))
def test_verify_reports_or_refuses_damaged_pdfs(signed_pdf: bytes, pki: TestPki,
                                                cuts, truncate) -> None:
    data = bytearray(signed_pdf)
    changed = set()
    for at, value in cuts:
        if data[at % len(data)] != value:
            data[at % len(data)] = value
            changed.add(at % len(data))
    if truncate is not None:
        del data[truncate % len(data):]
    try:
        report = verify_pdf(bytes(data), [pki.pem("root")])
    except NotAPdf as exc:
        assert str(exc)
    else:
        # The signature covers every byte but its own value (the /Contents hex string,
        # whose zero padding is not part of the signature): a change there may pass.
        _, gap_start, gap_end, _ = _byte_range(signed_pdf)
        signed_bytes_changed = any(not gap_start <= at < gap_end for at in changed)
        if signed_bytes_changed or len(data) < len(signed_pdf):
            assert not report.ok
