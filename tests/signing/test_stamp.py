"""The visible stamp: text in the document's language that extracts exactly, sits in its
box and is drawn, with the signing time at Kazakhstan's offset."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from html import unescape
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pyhanko.pdf_utils.reader import PdfFileReader

from desktop.signing import SignatureBox, SignatureRequest, add_signature_fields, sign_pdf
from tests.signing.documents import simple_pdf
from tests.signing.files import CommissionFile, p12
from tests.support.pki import CHAIR, MEMBER1, MEMBER2, TestPki

BOX = (60.0, 100.0, 280.0, 170.0)
PAGE_HEIGHT = 842.0


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: scripts/setup-system installs poppler-utils")
    return path


def _text(pdf: Path) -> str:
    return subprocess.run([_tool("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def _words(pdf: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, x_min, y_min, x_max, y_max) from ``pdftotext -bbox``, y from the top.

    Each stamp line is one "word": pyHanko wraps a line in a span with /ActualText.
    """
    html = subprocess.run([_tool("pdftotext"), "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                         r'yMax="([\d.]+)">([^<]*)</word>')
    return [(unescape(m[5]), float(m[1]), float(m[2]), float(m[3]), float(m[4]))
            for m in pattern.finditer(html)]


@pytest.fixture(scope="module")
def stamped(pki: TestPki, tmp_path_factory: pytest.TempPathFactory) -> Path:
    prepared = add_signature_fields(simple_pdf(), [SignatureBox("member1", 0, BOX)])
    signed = sign_pdf(prepared, p12(pki, MEMBER1.label), SignatureRequest(
        field_name="member1", signer_name=MEMBER1.name, reason="Келісемін"))
    path = tmp_path_factory.mktemp("stamp") / "stamped.pdf"
    path.write_bytes(signed)
    return path


def _stamp_time(line: str, label: str) -> datetime:
    """The moment a stamp line "Уақыты: 12.03.2026 14:05:09 (UTC+5)" names."""
    found = re.fullmatch(label + r": (\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d) \(UTC\+5\)", line)
    assert found, line
    local = datetime.strptime(found[1], "%d.%m.%Y %H:%M:%S")
    return local.replace(tzinfo=UTC) - timedelta(hours=5)


def test_the_kazakh_text_extracts_exactly(stamped: Path) -> None:
    lines = [line.strip() for line in _text(stamped).splitlines() if line.strip()]
    assert "Электрондық цифрлық қолтаңба" in lines
    assert f"Қол қойды: {MEMBER1.name}" in lines
    assert f"ЖСН: {MEMBER1.iin}" in lines
    when = _stamp_time(next(line for line in lines if line.startswith("Уақыты")), "Уақыты")
    assert abs(datetime.now(UTC) - when) < timedelta(minutes=5)


@pytest.mark.parametrize("how", ["declared", "requested"])
def test_a_russian_document_gets_a_russian_stamp(pki: TestPki, tmp_path: Path,
                                                  how: str) -> None:
    """The stamp speaks the language the PDF declares (/Lang), or the one asked for; its
    time is the signature's own, written at UTC+5."""
    pdf = simple_pdf(lang="ru" if how == "declared" else None)
    prepared = add_signature_fields(pdf, [SignatureBox("member1", 0, BOX)])
    signed = sign_pdf(prepared, p12(pki, MEMBER1.label), SignatureRequest(
        field_name="member1", signer_name=MEMBER1.name, reason="Согласен",
        lang="ru" if how == "requested" else None))
    path = tmp_path / "ru.pdf"
    path.write_bytes(signed)
    lines = [line.strip() for line in _text(path).splitlines() if line.strip()]
    assert "Электронная цифровая подпись" in lines
    assert f"Подписано: {MEMBER1.name}" in lines
    assert f"ИИН: {MEMBER1.iin}" in lines
    assert not [line for line in lines if "Қол қойды" in line or "ЖСН" in line]
    signature = PdfFileReader(BytesIO(signed)).embedded_signatures[0]
    signed_at = signature.self_reported_timestamp
    assert signed_at is not None
    assert _stamp_time(next(line for line in lines if line.startswith("Время")), "Время") \
        == signed_at.replace(microsecond=0)


def test_the_text_sits_inside_the_box_at_its_natural_width(stamped: Path) -> None:
    lines = [(text.split(":")[0], x0, y0, x1, y1) for text, x0, y0, x1, y1 in _words(stamped)
             if ":" in text and y0 > PAGE_HEIGHT / 2]
    assert [label for label, *_ in lines] == ["Қол қойды", "ЖСН", "Уақыты"]
    left, bottom, right, top = BOX
    for label, x0, y0, x1, y1 in lines:
        assert left <= x0 < x1 <= right, label
        assert PAGE_HEIGHT - top <= y0 < y1 <= PAGE_HEIGHT - bottom, label
    # "ЖСН: " and 12 digits of DejaVu Sans at 9 pt are about 94 pt wide. Glyph widths
    # left in the font's own 2048 units per em (pyHanko's way with such fonts) would
    # double that, and the text would run out of its frame.
    _label, x0, _y0, x1, _y1 = lines[1]
    assert 80 < x1 - x0 < 110


def test_the_stamp_is_drawn(stamped: Path, tmp_path: Path) -> None:
    subprocess.run([_tool("pdftoppm"), "-png", "-r", "80", "-singlefile", str(stamped),
                    str(tmp_path / "page")], check=True)
    scale = 80 / 72
    with Image.open(tmp_path / "page.png") as image:
        gray = image.convert("L")
        left, bottom, right, top = BOX
        inside = gray.crop((int(left * scale) + 4, int((PAGE_HEIGHT - top) * scale) + 4,
                            int(right * scale) - 4, int((PAGE_HEIGHT - bottom) * scale) - 4))
        below = gray.crop((int(left * scale), int((PAGE_HEIGHT - bottom) * scale) + 8,
                           int(right * scale), int((PAGE_HEIGHT - bottom) * scale) + 40))
        dark_inside = sum(inside.histogram()[:128])
        dark_below = sum(below.histogram()[:128])
    assert dark_inside > 300  # four lines of text
    assert dark_below == 0


def test_organisation_and_the_three_stamps(commission_file: CommissionFile,
                                           tmp_path: Path) -> None:
    path = tmp_path / "commission.pdf"
    path.write_bytes(commission_file.signed)
    text = _text(path)
    for person in (MEMBER1, MEMBER2, CHAIR):
        assert f"Қол қойды: {person.name}" in text
        assert f"ЖСН: {person.iin}" in text
    assert f"БСН: {CHAIR.bin}" in text
    # Stamps the signing layer places itself do not overlap.
    boxes = [(x0, y0, x1, y1) for text, x0, y0, x1, y1 in _words(path)
             if text.startswith("Қол қойды")]
    assert len(boxes) == 3
    assert len({round(x0) for x0, _y0, _x1, _y1 in boxes}) == 3
