"""``verify`` answers a file built to stall or crash it within seconds, with exit 2 and
words, never a traceback: 10 000 incremental updates, arrays nested 50 000 deep."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.messages import Words
from desktop.signing import SignatureRequest, UnverifiablePdf, sign_pdf, verify_pdf
from desktop.signing.verify import MAX_REVISIONS
from tests.signing.documents import simple_pdf
from tests.signing.files import CommissionFile, p12
from tests.signing.hostile import with_deep_catalogue, with_updates
from tests.support.pki import MEMBER1, TestPki


def test_ten_thousand_updates_are_refused_at_once(
    commission_file: CommissionFile, root_pem_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "stalling.pdf"
    path.write_bytes(with_updates(commission_file.signed, 10_000))
    started = time.monotonic()
    code = main(["--lang", "en", "verify", str(path), "--trust", str(root_pem_file)])
    elapsed = time.monotonic() - started
    err = capsys.readouterr().err
    assert code == 2
    assert elapsed < 10, elapsed
    assert err.strip() == (f"export-commission: {path}: The PDF has 10004 revisions, more "
                           "than the 100 a signed document can have; it was not verified.")


def test_the_limit_counts_parsed_revisions_too(commission_file: CommissionFile) -> None:
    """Revisions chained without their own "startxref" are still counted once parsed."""
    pdf = with_updates(commission_file.signed, MAX_REVISIONS)
    marks = pdf.count(b"startxref")
    hidden = pdf.replace(b"startxref", b"startXref", marks - 1)  # all but the last
    with pytest.raises(UnverifiablePdf) as refused:
        verify_pdf(hidden, [])
    assert refused.value.reason == "too_many_revisions"
    # A signed file within the limit is checked as before.
    assert verify_pdf(with_updates(commission_file.signed, 5), []).signatures


def test_deeply_nested_arrays_are_a_refusal_not_a_recursion_error(
    commission_file: CommissionFile, root_pem_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "deep.pdf"
    path.write_bytes(with_deep_catalogue(commission_file.signed))
    code = main(["--lang", "ru", "verify", str(path), "--trust", str(root_pem_file)])
    err = capsys.readouterr().err
    assert code == 2
    assert "RecursionError" not in err and "Traceback" not in err
    assert err.strip() == (f"export-commission: {path}: Объекты PDF вложены друг в друга "
                           "слишком глубоко, чтобы их можно было безопасно прочитать.")
    with pytest.raises(UnverifiablePdf) as refused:
        verify_pdf(with_deep_catalogue(simple_pdf()), [])
    assert refused.value.reason == "too_deep"


def test_signing_refuses_a_deeply_nested_file_in_words(pki: TestPki) -> None:
    with pytest.raises(UnverifiablePdf) as refused:
        sign_pdf(with_deep_catalogue(simple_pdf()), p12(pki, MEMBER1.label),
                 SignatureRequest(field_name="sig", signer_name=MEMBER1.name))
    assert Words("kk").refusal(refused.value) == (
        "PDF объектілері бір-біріне тым терең салынған: оларды қауіпсіз оқу мүмкін емес.")


def test_checking_stops_when_its_time_is_up(commission_file: CommissionFile) -> None:
    with pytest.raises(UnverifiablePdf) as refused:
        verify_pdf(commission_file.signed, [], time_limit=0)
    assert refused.value.reason == "too_slow"
