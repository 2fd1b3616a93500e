"""The conclusion: every value comes back out of the PDF as text, and the layout holds."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from io import BytesIO

import pikepdf
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields

from desktop.reports import (
    ConclusionData,
    RenderedPdf,
    quantity_in_words,
    render_conclusion,
)
from desktop.reports.wording import long_date, wording
from tests.support import pdftools
from tests.support import report_samples as samples

MM = 72 / 25.4
LEFT, RIGHT, TOP, BOTTOM = 25 * MM, 15 * MM, 15 * MM, 22 * MM
"""The margins the layout promises (points)."""
PAGE_LIMITS = {1: 2, 3: 3, 10: 6}
"""At most this many pages for 1, 3 and 10 items (the renderer gives 2, 3 and 6)."""

Render = Callable[[int, str], RenderedPdf]


def _values(data: ConclusionData) -> list[str]:
    """Every value of ``data`` that the document must print, as given."""
    a = data.applicant
    values = [data.number, data.executive_body, data.city, a.name, a.iin_bin, a.citizenship,
              a.id_document_number, a.occupation, data.purpose, data.destination_country,
              data.destination_place, "01.04.2026", "30.09.2026", "14.05.2019", data.remarks,
              data.chair.name, *(m.name for m in data.members)]
    for item in data.items:
        d = item.description
        values += [item.name, quantity_in_words(item.quantity, data.lang), d.maker, d.dating,
                   d.place_of_creation, d.material, d.technique, d.condition_note, "210 см",
                   "140,5 см", "12,5 кг"]
        if d.remarks:
            values.append(d.remarks)
    return values


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_value_extracts_exactly(conclusion_pdf: Render, lang: str) -> None:
    data = samples.conclusion(3, lang)
    text = pdftools.flat(conclusion_pdf(3, lang).pdf)
    missing = [v for v in _values(data) if " ".join(v.split()) not in text]
    assert not missing
    w = wording(lang)
    for fixed in (w.conclusion_title, w.commission, long_date(data.date, lang),
                  w.city.format(city=data.city), f"№ {data.number}", f"1. {w.applicant}",
                  f"6. {w.description}", f"{w.overall}: {w.agreed}", w.chair, w.members):
        assert fixed in text


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_kazakh_letter_renders_and_extracts(conclusion_pdf: Render, lang: str) -> None:
    text = pdftools.text(conclusion_pdf(1, lang).pdf)
    assert samples.KAZAKH_LETTERS in text
    for letter in samples.KAZAKH_LETTERS.replace(" ", ""):
        assert letter in text


def test_the_russian_document_speaks_russian(conclusion_pdf: Render) -> None:
    text = pdftools.flat(conclusion_pdf(3, "ru").pdf)
    assert "ЗАКЛЮЧЕНИЕ № ҚР-2026-0007" in text
    assert "«12» марта 2026 г." in text and "г. Тараз" in text
    assert "1) Ковёр «Шёлковый путь» — один (1) предмет" in text
    assert "2) Домбра работы мастера Ықылас — два (2) предмета" in text
    assert "3) Серебряный браслет (пара) — двадцать один (21) предмет" in text
    assert "Срок временного вывоза: с 01.04.2026 по 30.09.2026" in text
    assert "имеет культурную ценность; временный вывоз не рекомендуется" in text
    assert "ҚОРЫТЫНДЫ" not in text and "Өтініш" not in text


def test_the_kazakh_document_follows_annex_5(conclusion_pdf: Render) -> None:
    text = pdftools.flat(conclusion_pdf(3, "kk").pdf)
    order = ["Жамбыл облысы әкімдігінің мәдениет басқармасы",
             "Мәдени құндылықтарды уақытша әкету жөніндегі сараптама комиссиясы",
             "ҚОРЫТЫНДЫ", "№ ҚР-2026-0007", "Тараз қаласы", "«12» наурыз 2026 ж.",
             "1. Өтініш беруші:", "2. Өтініш берушінің деректері:",
             "3. Өтініш берушінің қызметі:", "4. Әкетудің (уақытша әкетудің) мақсаты:",
             "5. Сараптамаға ұсынылды:", "6. Заттың сипаттамасы:", "6.1. Кілем «Жібек жолы»",
             "6.3. Күміс білезік (жұп)", "Қорытынды:",
             "Мәдени құндылықтарды уақытша әкету: КЕЛІСІЛДІ",
             "Сараптама комиссиясының төрағасы:", "Комиссия мүшелері:"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, [p for p, at in zip(order, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    assert "1) Кілем «Жібек жолы» — бір (1) дана" in text
    assert "Кілем «Жібек жолы»: мәдени құндылығы бар; уақытша әкетуге ұсынылады." in text
    assert "Домбыра, шебер Ықылас үлгісі: мәдени құндылығы бар; уақытша әкетуге ұсынылмайды." \
        in text
    assert "Уақытша әкету мерзімі: 01.04.2026 бастап 30.09.2026 дейін" in text


def test_not_agreed_and_a_correction_are_stated() -> None:
    refused = render_conclusion(samples.conclusion(1, "kk", agreed=False))
    assert "Мәдени құндылықтарды уақытша әкету: КЕЛІСІЛМЕДІ" in pdftools.flat(refused.pdf)
    corrected = pdftools.flat(render_conclusion(samples.corrected("ru")).pdf)
    assert "ЗАКЛЮЧЕНИЕ № ҚР-2026-0011 взамен заключения № ҚР-2026-0007 от 12.03.2026" \
        in corrected
    kk = pdftools.flat(render_conclusion(samples.corrected("kk")).pdf)
    assert "12.03.2026 № ҚР-2026-0007 қорытындының орнына" in kk


def _overlap(a: pdftools.Word, b: pdftools.Word) -> bool:
    slack = 0.3  # neighbouring lines may touch by rounding
    return a.x0 < b.x1 - slack and b.x0 < a.x1 - slack and a.y0 < b.y1 - slack \
        and b.y0 < a.y1 - slack


def _assert_inside_the_margins(pages: list[pdftools.Page], lang: str) -> None:
    """Every word within the margins, none over another, each page's footer numbered."""
    w = wording(lang)
    for number, page in enumerate(pages, start=1):
        assert (round(page.width), round(page.height)) == (595, 842)
        body = [word for word in page.words if word.y1 <= page.height - BOTTOM + 0.5]
        footer = [word for word in page.words if word not in body]
        assert body, f"page {number} is empty"
        for word in page.words:
            assert word.x0 >= LEFT - 0.5 and word.x1 <= page.width - RIGHT + 0.5, word
            assert word.y0 >= TOP - 0.5 and word.y1 <= page.height - 7 * MM, word
        # The footer sits below the bottom margin and names the page.
        assert all(word.y0 >= page.height - BOTTOM + 5 * MM for word in footer)
        footer_text = " ".join(word.text for word in footer)
        assert w.page.format(page=number, pages=len(pages)) in footer_text
        for i, word in enumerate(page.words):
            for other in page.words[i + 1:]:
                assert not _overlap(word, other), (word, other)


@pytest.mark.parametrize("items", [1, 3, 10])
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_layout_stays_inside_the_page(conclusion_pdf: Render, items: int,
                                          lang: str) -> None:
    pages = pdftools.pages(conclusion_pdf(items, lang).pdf)
    assert 1 < len(pages) <= PAGE_LIMITS[items]
    _assert_inside_the_margins(pages, lang)
    footers = " ".join(w.text for page in pages for w in page.words
                       if w.y0 > page.height - BOTTOM)
    assert footers.count(f"№ {samples.conclusion(1).number}") == len(pages)


def test_a_very_long_value_and_word_flow_over_pages() -> None:
    data = samples.conclusion(1, "ru")
    item = data.items[0]
    marks = [f"w{i:04d}" for i in range(1500)]
    item = dataclasses.replace(item, name="Ұ" * 300, description=dataclasses.replace(
        item.description, remarks=" ".join(marks)))
    rendered = render_conclusion(dataclasses.replace(data, items=(item,)))
    pages = pdftools.pages(rendered.pdf)
    assert len(pages) >= 4
    _assert_inside_the_margins(pages, "ru")
    wanted = set(marks)
    found = [w.text for page in pages for w in page.words if w.text in wanted]
    assert found == marks, "every word of the long value, in order"
    assert "Ұ" * 300 in pdftools.flat(rendered.pdf).replace(" ", "")


def test_ten_items_each_keep_their_table_on_one_page(conclusion_pdf: Render) -> None:
    pages = pdftools.pages(conclusion_pdf(10, "kk").pdf)
    words = [word for page in pages for word in page.words]
    starts = {int(w.text.split(".")[1]): i for i, w in enumerate(words)
              if w.text.startswith("6.") and w.text.endswith(".") and w.text[2:-1].isdigit()}
    assert sorted(starts) == list(range(1, 11))
    for position, start in starts.items():
        last_row = next(i for i in range(start, len(words)) if words[i].text == "Сақталуы")
        assert words[start].page == words[last_row].page, f"item {position} is split"


def _sig_annotations(pdf: bytes) -> dict[str, tuple[int, tuple[float, ...], bool]]:
    found = {}
    with pikepdf.open(BytesIO(pdf)) as doc:
        for index, page in enumerate(doc.pages):
            for annot in page.obj.get("/Annots", []):
                if annot.get("/FT") == "/Sig":
                    rect = tuple(float(v) for v in annot.Rect)
                    found[str(annot.T)] = (index, rect, annot.get("/Lock") is not None)
    return found


@pytest.mark.parametrize("items", [1, 10])
def test_signature_fields_exist_at_the_returned_boxes(conclusion_pdf: Render,
                                                      items: int) -> None:
    rendered = conclusion_pdf(items, "kk")
    data = samples.conclusion(items, "kk")
    people = [data.chair, *data.members]
    assert [box.name for box in rendered.signature_fields] == [p.field for p in people]

    reader = PdfFileReader(BytesIO(rendered.pdf))
    fields = {name: value for name, value, _ref in enumerate_sig_fields(reader)}
    assert fields == {p.field: None for p in people}, "every field exists and is unsigned"

    annotations = _sig_annotations(rendered.pdf)
    pages = pdftools.pages(rendered.pdf)
    for box, person in zip(rendered.signature_fields, people, strict=True):
        page, rect, locked = annotations[box.name]
        assert page == box.page
        assert rect == pytest.approx(box.box, abs=0.01)
        assert locked == (person is data.chair) == box.lock
        x1, y1, x2, y2 = box.box
        assert (x2 - x1, y2 - y1) == pytest.approx((58 * MM, 18 * MM), abs=0.1)
        # The person's name is printed beside their box, on the same page.
        surname = person.name.split()[0]
        (word,) = [w for w in pages[page].words if w.text == surname]
        top, bottom = pages[page].height - y2, pages[page].height - y1
        assert top <= (word.y0 + word.y1) / 2 <= bottom
        assert word.x0 > x2


def test_rendering_is_repeatable_and_names_its_creation_time(conclusion_pdf: Render) -> None:
    again = render_conclusion(samples.conclusion(3, "kk"), created=samples.CREATED)
    assert pdftools.text(again.pdf) == pdftools.text(conclusion_pdf(3, "kk").pdf)
    assert again.signature_fields == conclusion_pdf(3, "kk").signature_fields
    with pikepdf.open(BytesIO(again.pdf)) as doc:
        created = datetime.fromisoformat(str(doc.open_metadata()["xmp:CreateDate"]))
        assert created == samples.CREATED
