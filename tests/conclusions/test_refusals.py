"""The grounds of a refusal and the appeal terms a refusal letter prints."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.appeal import AppealError, appeal_terms, load_appeal_file
from desktop.domain.refusals import MAX_DETAILS, RefusalError, RefusalGround, make_refusal


def test_a_known_ground_needs_no_words_and_keeps_them_a_line_each() -> None:
    assert make_refusal("documents_incomplete") == make_refusal(
        RefusalGround.DOCUMENTS_INCOMPLETE)
    refusal = make_refusal("data_violations", "  ЖСН сәйкес емес \n\n Мекенжай қате  ")
    assert refusal.details == ("ЖСН сәйкес емес", "Мекенжай қате")
    assert refusal.text == "ЖСН сәйкес емес\nМекенжай қате"


@pytest.mark.parametrize("ground, text, reason", [
    ("whim", "", "unknown_ground"),
    ("other", "  \n ", "other_needs_text"),
    ("other", "ы" * (MAX_DETAILS + 1), "too_long"),
])
def test_a_bad_refusal_is_refused_with_its_reason(ground: str, text: str, reason: str) -> None:
    with pytest.raises(RefusalError) as caught:
        make_refusal(ground, text)
    assert (caught.value.code, caught.value.reason) == ("refusal", reason)


def test_the_shipped_appeal_terms_name_the_body_the_times_and_1414() -> None:
    terms = appeal_terms(date(2026, 12, 7))
    kk = terms.text("kk", "Ақмола облысының мәдениет басқармасы")
    ru = terms.text("ru", "Управление культуры Акмолинской области")
    assert "(Ақмола облысының мәдениет басқармасы)" in kk and "(Управление культуры " \
        "Акмолинской области)" in ru
    for words in ("үш ай", "бес жұмыс күні", "он бес жұмыс күні", "1414"):
        assert words in kk
    for words in ("трёх месяцев", "пяти рабочих дней", "пятнадцати рабочих дней", "1414"):
        assert words in ru
    assert any("88-V" in source for source in terms.sources)


def test_the_version_in_force_on_the_letter_date_is_used(tmp_path: Path) -> None:
    path = tmp_path / "appeal.json"
    path.write_text(json.dumps({"versions": [
        {"from": "2025-01-01", "kk": "жаңа {body}", "ru": "новый {body}"},
        {"from": "2021-07-01", "kk": "ескі {body}", "ru": "старый {body}"},
    ]}), encoding="utf-8")
    old, new = load_appeal_file(path)
    assert (old.since, new.since) == (date(2021, 7, 1), date(2025, 1, 1))
    assert new.text("ru", "X") == "новый X" and new.text("en", "X") == "жаңа X"


@pytest.mark.parametrize("content, problem", [
    ("{", "cannot be read"),
    ('{"versions": []}', "needs a non-empty list 'versions'"),
    ('{"versions": [{"from": "soon", "kk": "{body}", "ru": "{body}"}]}', "versions[0].from"),
    ('{"versions": [{"from": "2021-07-01", "kk": "no body", "ru": "{body}"}]}',
     "versions[0].kk must be a text naming {body}"),
])
def test_a_bad_appeal_file_names_the_file_and_the_problem(tmp_path: Path, content: str,
                                                           problem: str) -> None:
    path = tmp_path / "appeal.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AppealError) as caught:
        load_appeal_file(path)
    assert str(path) in str(caught.value) and problem in str(caught.value)
