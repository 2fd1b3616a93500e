"""The act of the return check: each item's return and verdict, the finding, who signs."""

from __future__ import annotations

import dataclasses
from io import BytesIO

import pikepdf
import pytest

from desktop.reports import (
    ReportDataError,
    ReturnedItem,
    canonical_json,
    content_digest,
    render_return_act,
)
from tests.support import pdftools
from tests.support import report_samples as samples


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_item_with_its_return_and_verdict(lang: str) -> None:
    data = samples.return_act(lang)
    rendered = render_return_act(data, created=samples.CREATED)
    text = pdftools.flat(rendered.pdf)
    for value in (data.number, data.applicant.name, data.application_number,
                  data.conclusion_number, "02.10.2026", "Сейітов Арман", data.chair.name,
                  data.members[0].name, data.items[1].check_note, data.items[2].note):
        assert value in text, value
    assert f"SHA-256: {content_digest(data)}" in pdftools.text(rendered.pdf)
    assert [(f.name, f.lock) for f in rendered.signature_fields] == [
        ("sig-member-1", False), ("sig-chair", True)]
    with pikepdf.open(BytesIO(rendered.pdf)) as doc:
        (name, spec), = doc.attachments.items()
        assert name == "return_act.json"
        assert spec.get_file().read_bytes() == canonical_json(data)


def test_the_wording_and_the_finding_in_each_language() -> None:
    kk = pdftools.flat(render_return_act(samples.return_act("kk")).pdf)
    assert "ҚАЙТАРУДЫ ТЕКСЕРУ АКТІСІ № ҚР-2026-V0001" in kk
    assert "сараптама кезінде тіркелген заттан өзгеше" in kk
    assert "Айырмашылықтар Өлшемі; Ерекше белгілері" in kk
    assert "Қайтарылмады (жоғалған)" in kk
    assert "кейбір заттар сараптама кезінде тіркелгеннен өзгеше" in kk
    ru = pdftools.flat(render_return_act(samples.return_act("ru")).pdf)
    assert "АКТ ПРОВЕРКИ ВОЗВРАТА № ҚР-2026-V0001" in ru
    assert "Заключение: № ҚР-2026-0007 от 12.03.2026" in ru
    assert "соответствует предмету, зафиксированному при экспертизе" in ru
    matching = dataclasses.replace(samples.return_act("ru"), items=(
        samples.return_act("ru").items[0],))
    assert matching.all_match
    assert "все возвращённые предметы возвращены в состоянии" in pdftools.flat(
        render_return_act(matching).pdf)


def test_the_data_checks_itself() -> None:
    item = samples.return_act("kk").items[0]
    with pytest.raises(ReportDataError, match="result"):
        dataclasses.replace(item, result=None)
    with pytest.raises(ReportDataError, match="a lost item has no check result"):
        dataclasses.replace(item, outcome="lost")
    with pytest.raises(ReportDataError, match="differences"):
        dataclasses.replace(item, differences=("price",))
    with pytest.raises(ReportDataError, match="at least one item"):
        dataclasses.replace(samples.return_act("kk"), items=())
    assert isinstance(item, ReturnedItem)
