"""The input data checks itself: a bad value is refused with the field and the reason."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from desktop.reports import (
    ItemData,
    ItemDescription,
    Measure,
    ReportDataError,
    Signatory,
    Weight,
)
from desktop.reports.data import DIMENSIONS, ORIGINALITY, RECOMMENDATIONS
from desktop.reports.wording import wording
from tests.support import report_samples as samples


def test_the_sample_data_is_valid_and_lists_become_tuples() -> None:
    data = samples.conclusion(3, "kk", members=list(samples.MEMBERS))
    assert isinstance(data.members, tuple) and len(data.items) == 3
    assert hash(data) == hash(samples.conclusion(3, "kk"))


@pytest.mark.parametrize(("make", "message"), [
    (lambda: dataclasses.replace(samples.conclusion(), lang="en"),
     "lang: must be one of kk, ru; got 'en'"),
    (lambda: samples.conclusion(number=" "), "number: must not be empty"),
    (lambda: samples.conclusion(items=()), "items: a conclusion needs at least one item"),
    (lambda: samples.conclusion(items=(samples.item(1), samples.item(1))),
     "items: position 1 is used twice"),
    (lambda: samples.conclusion(export_from=date(2026, 10, 1)),
     "export_until: 2026-09-30 is before the start of the export 2026-10-01"),
    (lambda: samples.conclusion(members=(Signatory("Ахметов Ерболат", "sig-chair"),)),
     "signature field of Ахметов Ерболат: 'sig-chair' is given to two signatories"),
    (lambda: samples.conclusion(agreed="yes"), "agreed: must be true or false"),
    (lambda: samples.conclusion(date="2026-03-12"), "date: must be a date"),
    (lambda: samples.conclusion(purpose="x\x00y"), "purpose: contains control characters"),
    (lambda: Signatory("Байжанов Нұрлан", "sig.chair"),
     "signature field of Байжанов Нұрлан: 'sig.chair' contains a dot"),
    (lambda: ItemData(2, "Кілем", 10_000), "item 2 quantity: must be a whole number from 1 "
                                          "to 9999, got 10000"),
    (lambda: ItemData(0, "Кілем", 1), "item position: must be a whole number from 1"),
    (lambda: ItemData(3, "", 1), "item 3 name: must not be empty"),
    (lambda: ItemDescription(originality="fake"), "originality: must be one of original, copy"),
    (lambda: ItemDescription(cultural_value="maybe"), "cultural_value: must be one of has"),
    (lambda: Measure("height", -1, "cm"), "measurement height value: must be a positive"),
    (lambda: Measure("height", 10, "inch"), "measurement height unit: must be one of mm, cm"),
    (lambda: Measure("girth", 10, "cm"), "measurement dimension: must be one of height"),
    (lambda: Weight(float("nan"), "kg"), "weight value: must be a positive number"),
    (lambda: dataclasses.replace(samples.refusal(), ground="other", reasons=()),
     "reasons: a refusal on another ground must state it"),
    (lambda: dataclasses.replace(samples.refusal(), ground="whim"),
     "ground: must be one of data_violations"),
    (lambda: dataclasses.replace(samples.refusal(), appeal=" "),
     "appeal: must not be empty"),
    (lambda: dataclasses.replace(samples.refusal(), reasons=("Дұрыс", "  ")),
     "reason 2: must not be empty"),
])
def test_bad_values_are_refused_with_field_and_reason(make: Callable[[], object],
                                                     message: str) -> None:
    with pytest.raises(ReportDataError) as caught:
        make()
    assert str(caught.value).startswith(message)
    assert caught.value.code == "report_data"


def test_every_code_has_words_in_both_languages() -> None:
    from desktop.reports import data

    codes = [*ORIGINALITY, *DIMENSIONS, *data.LENGTH_UNITS, *data.WEIGHT_UNITS,
             *data.CONDITIONS, *data.COMPLETENESS, *data.CULTURAL_VALUES, *RECOMMENDATIONS,
             *(f"ground.{ground}" for ground in data.REFUSAL_GROUNDS)]
    for lang in data.LANGS:
        words = wording(lang).codes
        assert set(codes) <= set(words), set(codes) - set(words)
    assert set(wording("kk").codes) == set(wording("ru").codes)
    kk, ru = (dataclasses.asdict(wording(lang)) for lang in ("kk", "ru"))
    assert all(kk[k] and ru[k] for k in kk), "no label left empty"


def test_the_codes_are_those_of_the_examination_record() -> None:
    from desktop.domain import examination_rules as rules
    from desktop.reports import data

    pairs = [(data.ORIGINALITY, rules.Originality), (data.DIMENSIONS, rules.Dimension),
             (data.LENGTH_UNITS, rules.LengthUnit), (data.WEIGHT_UNITS, rules.WeightUnit),
             (data.CONDITIONS, rules.ConditionGrade), (data.COMPLETENESS, rules.Completeness),
             (data.CULTURAL_VALUES, rules.CulturalValue),
             (data.RECOMMENDATIONS, rules.Recommendation)]
    for ours, enum in pairs:
        assert set(ours) == {member.value for member in enum}, enum.__name__
