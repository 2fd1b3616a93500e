"""The motivated refusal: every reason, the application refused, the chair's field."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from io import BytesIO

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields

from desktop.reports import RenderedPdf, render_refusal
from tests.support import pdftools
from tests.support import report_samples as samples

Render = Callable[[str], RenderedPdf]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_reason_is_listed_in_order(refusal_pdf: Render, lang: str) -> None:
    data = samples.refusal(lang)
    text = pdftools.flat(refusal_pdf(lang).pdf)
    positions = [text.find(f"{i}) {reason}") for i, reason in enumerate(data.reasons, 1)]
    assert -1 not in positions and positions == sorted(positions)
    for value in (data.number, data.applicant.name, data.applicant.iin_bin,
                  data.application_number, "05.03.2026", data.chair.name, data.executive_body):
        assert value in text


def test_the_wording_in_each_language(refusal_pdf: Render) -> None:
    kk = pdftools.flat(refusal_pdf("kk").pdf)
    assert "ДӘЛЕЛДІ БАС ТАРТУ № ҚР-Б-2026-0003" in kk
    assert "Өтініш: 05.03.2026 № ZHB-2026-0012" in kk
    assert "куәлік беруден мына негіз бойынша бас тартады:" in kk
    assert "Бас тарту негізі: Мемлекеттік қызметті көрсету үшін қажетті құжаттар толық " \
           "ұсынылмады" in kk
    assert "Негіздемесі:" in kk
    assert "«20» наурыз 2026 ж." in kk
    ru = pdftools.flat(refusal_pdf("ru").pdf)
    assert "МОТИВИРОВАННЫЙ ОТКАЗ № ҚР-Б-2026-0003" in ru
    assert "Заявление: № ZHB-2026-0012 от 05.03.2026" in ru
    assert "отказывает в выдаче свидетельства по следующему основанию:" in ru
    assert "Основание отказа: Документы, необходимые для оказания государственной услуги, " \
           "представлены не в полном объёме" in ru
    assert "Председатель экспертной комиссии:" in ru


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_letter_says_how_to_appeal_before_the_signature(refusal_pdf: Render,
                                                            lang: str) -> None:
    text = pdftools.flat(refusal_pdf(lang).pdf)
    appeal = " ".join(samples.APPEAL[lang].split())
    assert appeal in text
    assert text.index(samples.REASONS[lang][-1][:30]) < text.index(appeal) \
        < text.rindex(samples.CHAIR.name)


def test_a_ground_needs_no_more_words_unless_it_is_another_one() -> None:
    rendered = render_refusal(dataclasses.replace(samples.refusal("ru"),
                                                  ground="identity_not_found", reasons=()))
    text = pdftools.flat(rendered.pdf)
    assert "Основание отказа: Сведения об услугополучателе отсутствуют в государственной " \
           "базе данных физических (юридических) лиц" in text
    assert "Обоснование" not in text
    other = pdftools.flat(render_refusal(dataclasses.replace(
        samples.refusal("kk"), ground="other", reasons=("Өтініш беруші өтінішін қайтарып алды.",))
    ).pdf)
    assert "Бас тарту негізі: Өзге негіз" in other
    assert "1) Өтініш беруші өтінішін қайтарып алды." in other


def test_only_the_chair_signs_and_locks(refusal_pdf: Render) -> None:
    rendered = refusal_pdf("kk")
    (box,) = rendered.signature_fields
    assert (box.name, box.page, box.lock) == ("sig-chair", 0, True)
    reader = PdfFileReader(BytesIO(rendered.pdf))
    assert [(name, value) for name, value, _ref in enumerate_sig_fields(reader)] == \
        [("sig-chair", None)]


def test_many_long_reasons_flow_onto_more_pages() -> None:
    reasons = tuple(f"Негіз {i}: " + "өтініште көрсетілген мәліметтер құжаттармен расталмаған, "
                    * 6 for i in range(1, 16))
    rendered = render_refusal(dataclasses.replace(samples.refusal("kk"), reasons=reasons))
    pages = pdftools.pages(rendered.pdf)
    assert len(pages) >= 2
    text = pdftools.body_text(rendered.pdf)
    for i, reason in enumerate(reasons, 1):
        assert f"{i}) {' '.join(reason.split())}" in text
    assert rendered.signature_fields[0].page == len(pages) - 1
