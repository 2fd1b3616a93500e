"""The QR code and the embedded JSON tie a printed or signed copy to its data; PDF/A-3b."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterator
from io import BytesIO

import pikepdf
import pytest
import zxingcpp

from desktop.reports import (
    RenderedPdf,
    ReportDataError,
    canonical_json,
    content_digest,
    parse_qr_payload,
    qr_payload,
)
from tests.support import pdftools
from tests.support import report_samples as samples

Render = Callable[[int, str], RenderedPdf]


def _scan(pdf: bytes, dpi: int) -> list[str]:
    image = pdftools.page_image(pdf, dpi=dpi)
    return [r.text for r in zxingcpp.read_barcodes(image)
            if r.format == zxingcpp.BarcodeFormat.QRCode]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_qr_code_on_page_one_carries_the_digest(conclusion_pdf: Render, lang: str) -> None:
    data = samples.conclusion(3, lang)
    (scanned,) = _scan(conclusion_pdf(3, lang).pdf, dpi=150)
    payload = parse_qr_payload(scanned)
    assert (payload.number, payload.date) == (data.number, data.date)
    assert payload.sha256 == content_digest(data)
    assert scanned == qr_payload(data)


def test_the_refusal_has_its_qr_code_too(refusal_pdf: Callable[[str], RenderedPdf]) -> None:
    (scanned,) = _scan(refusal_pdf("kk").pdf, dpi=150)
    assert parse_qr_payload(scanned).sha256 == content_digest(samples.refusal("kk"))


def test_the_printed_digest_matches(conclusion_pdf: Render) -> None:
    text = pdftools.text(conclusion_pdf(1, "kk").pdf)
    digest = content_digest(samples.conclusion(1, "kk"))
    assert text.count(f"SHA-256: {digest}") == 2, "the footer of both pages shows the digest"


def _attachments(pdf: bytes) -> dict[str, bytes]:
    with pikepdf.open(BytesIO(pdf)) as doc:
        return {name: spec.get_file().read_bytes() for name, spec in doc.attachments.items()}


def test_the_embedded_json_is_what_the_digest_covers(
        conclusion_pdf: Render, refusal_pdf: Callable[[str], RenderedPdf]) -> None:
    data = samples.conclusion(3, "kk")
    attachments = _attachments(conclusion_pdf(3, "kk").pdf)
    assert list(attachments) == ["conclusion.json"]
    embedded = attachments["conclusion.json"]
    assert embedded == canonical_json(data)
    assert hashlib.sha256(embedded).hexdigest() == content_digest(data)
    document = json.loads(embedded)
    assert (document["document"], document["scheme"]) == ("conclusion", 1)
    assert document["number"] == "ҚР-2026-0007" and document["date"] == "2026-03-12"
    assert document["items"][0]["description"]["measurements"][1] == {
        "dimension": "width", "value": 140.5, "unit": "cm"}
    assert "ҚР-2026-0007".encode() in embedded, "UTF-8 text, not \\u escapes"
    assert _attachments(refusal_pdf("ru").pdf) == {
        "refusal.json": canonical_json(samples.refusal("ru"))}


def test_the_digest_changes_with_any_value_and_only_then() -> None:
    data = samples.conclusion(3, "kk")
    digest = content_digest(data)
    assert digest == content_digest(samples.conclusion(3, "kk"))
    first = data.items[0]
    assert first.description.weight is not None
    changed_item = dataclasses.replace(first, description=dataclasses.replace(
        first.description, weight=dataclasses.replace(first.description.weight, value=12.6)))
    for other in (
        dataclasses.replace(data, number="ҚР-2026-0008"),
        dataclasses.replace(data, lang="ru"),
        dataclasses.replace(data, agreed=False),
        dataclasses.replace(data, items=(changed_item, *data.items[1:])),
        dataclasses.replace(data, items=(dataclasses.replace(first, quantity=2),
                                         *data.items[1:])),
    ):
        assert content_digest(other) != digest
    assert len(digest) == 64 and int(digest, 16) >= 0


@pytest.mark.parametrize("text", ["", "hello", "ҚР-1\n2026-03-12\nsha256:abc",
                                  "ҚР-1\n12.03.2026\nsha256:" + "0" * 64])
def test_a_foreign_qr_code_is_refused(text: str) -> None:
    with pytest.raises(ReportDataError, match="QR code"):
        parse_qr_payload(text)


# -- PDF/A -------------------------------------------------------------------------------

def _fonts(resources: pikepdf.Object | None,
           seen: set[tuple[int, int]]) -> Iterator[pikepdf.Object]:
    """Every font reachable from ``resources``, through form XObjects too."""
    if not isinstance(resources, pikepdf.Dictionary):
        return
    for font in resources.get("/Font", {}).values():
        yield font
        yield from font.get("/DescendantFonts", [])
    for xobject in resources.get("/XObject", {}).values():
        if xobject.objgen in seen:
            continue
        seen.add(xobject.objgen)
        yield from _fonts(xobject.get("/Resources"), seen)


def check_pdfa_structure(pdf: bytes) -> None:
    """What PDF/A-3b asks that can be checked without a validator (see docs/conclusion-qr.md)."""
    assert pdf.startswith(b"%PDF-1.7\n%")
    assert all(b >= 128 for b in pdf[10:14]), "a binary comment line after the header"
    with pikepdf.open(BytesIO(pdf)) as doc:
        assert not doc.is_encrypted
        ids = doc.trailer.ID
        assert len(ids) == 2 and all(len(bytes(i)) == 16 for i in ids)
        meta = doc.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("3", "B")
        assert meta["dc:title"].startswith(("ҚОРЫТЫНДЫ", "ЗАКЛЮЧЕНИЕ", "ДӘЛЕЛДІ", "МОТИВ",
                                            "КУӘЛІК", "СВИДЕТЕЛЬСТВО"))
        root = doc.Root
        assert root.Metadata.Type == "/Metadata" and root.Metadata.Subtype == "/XML"
        assert str(root.Lang) in ("kk", "ru")
        (intent,) = root.OutputIntents
        assert intent.S == "/GTS_PDFA1"
        profile = intent.DestOutputProfile
        assert int(profile.N) == 3
        icc = profile.read_bytes()
        assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB ", "an RGB ICC profile"
        assert "/JavaScript" not in root.get("/Names", {}) and "/AA" not in root
        assert not root.AcroForm.get("/NeedAppearances", False)
        for spec in root.AF:
            assert spec.AFRelationship in ("/Source", "/Data", "/Alternative", "/Supplement")
            assert spec.UF and spec.EF.F.Subtype == "/application/json"
        fonts = 0
        seen: set[tuple[int, int]] = set()
        for page in doc.pages:
            for font in _fonts(page.obj.get("/Resources"), seen):
                if font.Subtype == "/Type0":
                    continue  # its descendant carries the descriptor
                descriptor = font.FontDescriptor
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), \
                    f"font {font.get('/BaseFont')} is not embedded"
                fonts += 1
            for gs in page.obj.Resources.get("/ExtGState", {}).values():
                assert "/SMask" not in gs or gs.SMask == "/None"
                assert float(gs.get("/CA", 1)) == 1 and float(gs.get("/ca", 1)) == 1
                assert gs.get("/BM", "/Normal") in ("/Normal", "/Compatible")
            assert "/Group" not in page.obj, "no transparency group"
            for annot in page.obj.get("/Annots", []):
                assert int(annot.F) & 4 and not int(annot.F) & (1 | 2 | 32), \
                    "annotations print and are not hidden"
                assert "/N" in annot.AP
        assert fonts >= 2


def test_the_conclusion_is_pdfa_3b_as_far_as_checkable(conclusion_pdf: Render) -> None:
    for items in (1, 10):
        check_pdfa_structure(conclusion_pdf(items, "kk").pdf)


def test_the_refusal_is_pdfa_3b_as_far_as_checkable(
        refusal_pdf: Callable[[str], RenderedPdf]) -> None:
    check_pdfa_structure(refusal_pdf("ru").pdf)
