"""Render the sample documents (conclusion, annex, refusal, return act, certificate) into
``docs/screenshots`` (70 dpi PNGs, one per page).

Run from the repository root: ``.venv/bin/python -m tests.reports.make_screenshots``.
"""

from __future__ import annotations

import dataclasses
import logging
import subprocess
from pathlib import Path

from desktop.domain.appeal import appeal_terms
from desktop.reports import (
    render_certificate,
    render_conclusion,
    render_refusal,
    render_return_act,
)
from tests.support import pdftools
from tests.support import report_samples as samples

log = logging.getLogger(__name__)

TARGET = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
DPI = 70


def _page_count(pdf: bytes) -> int:
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True,
                          timeout=60).stdout.decode()
    return int(next(line.split()[-1] for line in info.splitlines()
                    if line.startswith("Pages:")))


def main() -> None:
    logging.basicConfig(format="%(message)s")
    log.setLevel(logging.INFO)  # fontTools reports every subset at INFO
    for lang in ("kk", "ru"):
        pdf = render_conclusion(samples.conclusion(3, lang), created=samples.CREATED).pdf
        for page in range(1, _page_count(pdf) + 1):
            path = pdftools.render_png(pdf, TARGET / f"conclusion-{lang}-p{page}.png",
                                       dpi=DPI, page=page)
            log.info("wrote %s", path)
        # The identification annex: the last three pages of a three-item conclusion whose
        # items were photographed.
        pdf = render_conclusion(samples.photographed(3, lang), created=samples.CREATED).pdf
        pages = _page_count(pdf)
        for item in (1, 2, 3):
            path = pdftools.render_png(pdf, TARGET / f"annex-{lang}-item{item}.png", dpi=DPI,
                                       page=pages - 3 + item)
            log.info("wrote %s", path)
        letter = samples.refusal(lang)  # with the appeal terms the application prints
        letter = dataclasses.replace(letter, appeal=appeal_terms(letter.date).text(
            lang, letter.executive_body))
        pdf = render_refusal(letter, created=samples.CREATED).pdf
        log.info("wrote %s", pdftools.render_png(pdf, TARGET / f"refusal-{lang}.png", dpi=DPI))
        pdf = render_return_act(samples.return_act(lang), created=samples.CREATED).pdf
        for page in range(1, _page_count(pdf) + 1):
            path = pdftools.render_png(pdf, TARGET / f"return-act-{lang}-p{page}.png",
                                       dpi=DPI, page=page)
            log.info("wrote %s", path)
        pdf = render_certificate(samples.certificate(3, lang), created=samples.CREATED).pdf
        for page in range(1, _page_count(pdf) + 1):
            path = pdftools.render_png(pdf, TARGET / f"certificate-{lang}-p{page}.png",
                                       dpi=DPI, page=page)
            log.info("wrote %s", path)


if __name__ == "__main__":
    main()
