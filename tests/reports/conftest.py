"""Rendered documents shared by the report tests (each rendered once per session)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.reports import RenderedPdf, render_conclusion, render_refusal
from tests.support import report_samples as samples
from tests.support.pki import TestPki, serve_pki


@pytest.fixture(scope="session")
def conclusion_pdf() -> Callable[[int, str], RenderedPdf]:
    """``conclusion_pdf(items, lang)``: the sample conclusion with that many items."""
    cache: dict[tuple[int, str], RenderedPdf] = {}

    def get(items: int, lang: str) -> RenderedPdf:
        if (items, lang) not in cache:
            cache[items, lang] = render_conclusion(samples.conclusion(items, lang),
                                                   created=samples.CREATED)
        return cache[items, lang]

    return get


@pytest.fixture(scope="session")
def refusal_pdf() -> Callable[[str], RenderedPdf]:
    cache: dict[str, RenderedPdf] = {}

    def get(lang: str) -> RenderedPdf:
        if lang not in cache:
            cache[lang] = render_refusal(samples.refusal(lang), created=samples.CREATED)
        return cache[lang]

    return get


@pytest.fixture(scope="session")
def report_pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestPki]:
    """The signing tests' PKI (certificates for two members and the chair)."""
    with serve_pki(Path(tmp_path_factory.mktemp("report-pki"))) as served:
        yield served
