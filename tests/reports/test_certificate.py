"""The certificate: holder, items with photo and quantity in words, period and return
deadline, the conclusion it rests on, the obligation, the official's signature place."""

from __future__ import annotations

import dataclasses
from datetime import date
from io import BytesIO

import pikepdf
import pytest
import zxingcpp

from desktop.reports import (
    CertificateData,
    ReportDataError,
    canonical_json,
    content_digest,
    parse_qr_payload,
    render_certificate,
)
from tests.reports.test_digest_and_pdfa import check_pdfa_structure
from tests.support import pdftools
from tests.support import report_samples as samples


@pytest.mark.parametrize("lang, title, obligation", [
    ("kk", "КУӘЛІК", "30.09.2026 кешіктірмей Қазақстан Республикасына қайтарып әкелуге"),
    ("ru", "СВИДЕТЕЛЬСТВО", "вернуть указанные культурные ценности в Республику Казахстан "
                            "не позднее 30.09.2026"),
], ids=["kk", "ru"])
def test_everything_the_certificate_carries(lang: str, title: str, obligation: str) -> None:
    data = samples.certificate(3, lang)
    rendered = render_certificate(data, created=samples.CREATED)
    text = pdftools.flat(rendered.pdf)
    assert f"{title} № {data.number}" in text and obligation in text
    for value in (data.applicant.name, data.applicant.iin_bin, data.holder_address,
                  data.conclusion_number, "12.03.2026", data.destination_place,
                  data.purpose[:30], "01.04.2026", "30.09.2026", data.official.name,
                  data.executive_body, data.department, *[i.name for i in data.items]):
        assert value in text, value
    quantities = {"kk": ("бір (1) дана", "екі (2) дана", "жиырма бір (21) дана"),
                  "ru": ("один (1) предмет", "два (2) предмета", "двадцать один (21) предмет")}
    for words in quantities[lang]:
        assert words in text
    assert samples.KAZAKH_LETTERS in text, "Kazakh letters extract as they were written"
    assert [(f.name, f.lock) for f in rendered.signature_fields] == [("official", True)]
    with pikepdf.open(BytesIO(rendered.pdf)) as doc:
        (name, spec), = doc.attachments.items()
        assert name == "certificate.json"
        assert spec.get_file().read_bytes() == canonical_json(data)
        photos = [image for page in doc.pages for image in page.get_images().values()]
        assert len(photos) == 3, "each item's identification photo"
    check_pdfa_structure(rendered.pdf)


def test_the_qr_code_carries_its_digest() -> None:
    data = samples.certificate(1, "kk")
    image = pdftools.page_image(render_certificate(data).pdf, dpi=150)
    (scanned,) = [r.text for r in zxingcpp.read_barcodes(image)
                  if r.format == zxingcpp.BarcodeFormat.QRCode]
    payload = parse_qr_payload(scanned)
    assert (payload.number, payload.date, payload.sha256) == (
        data.number, data.date, content_digest(data))


def test_an_item_without_a_photo_says_so() -> None:
    text = pdftools.flat(render_certificate(samples.certificate(1, "ru", photos=False)).pdf)
    assert "Фотография не выбрана" in text


def test_ten_items_run_over_pages_and_the_data_checks_itself() -> None:
    data = samples.certificate(10, "kk")
    rendered = render_certificate(data)
    assert pdftools.flat(rendered.pdf).count("Саны:") == 10
    with pytest.raises(ReportDataError, match="return_by"):
        dataclasses.replace(data, export_from=date(2026, 10, 1))
    with pytest.raises(ReportDataError, match="at least one item"):
        dataclasses.replace(data, items=())
    with pytest.raises(ReportDataError, match="issuer_position"):
        dataclasses.replace(data, issuer_position=" ")
    assert isinstance(data, CertificateData)
