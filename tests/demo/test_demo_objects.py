"""The demo's objects are what a commission would see: each kind its own materials, sizes
and weight, every text in both languages, every term from the vocabulary."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from desktop.domain.examination_rules import (
    Dimension,
    ExaminationRecord,
    LengthUnit,
    WeightUnit,
    language_gaps,
    missing_required,
    validate_record,
)
from desktop.domain.languages import KAZAKH_LETTERS
from desktop.domain.vocabulary import bundled_vocabulary
from desktop.models.application import Item
from desktop.services import demo_people as P
from desktop.services.demo_examination import agreed_record
from desktop.services.demo_objects import OBJECTS, object_named

_MM = {LengthUnit.MM: 1, LengthUnit.CM: 10, LengthUnit.M: 1000}


def _records(name: str, n: int = 30) -> list[ExaminationRecord]:
    rng = random.Random(name)
    return [agreed_record(Item(name=name, position=1, quantity=1), rng, ()) for _ in range(n)]


def _longest_mm(record: ExaminationRecord) -> float:
    return max(m.value * _MM[m.unit] for m in record.measurements)


def _grams(record: ExaminationRecord) -> float:
    assert record.weight_value is not None
    return record.weight_value * (1 if record.weight_unit == WeightUnit.G else 1000)


@pytest.mark.parametrize("name", P.ITEMS)
def test_every_demo_record_is_complete_valid_and_in_both_languages(name: str) -> None:
    vocabulary = bundled_vocabulary()
    for record in _records(name):
        assert validate_record(record, vocabulary=vocabulary) == []
        assert missing_required(record) == []
        assert language_gaps(record, vocabulary) == []
        for text in (record.title, record.subject, record.description, record.dating,
                     record.place_of_creation, record.condition_note):
            assert not set(text.ru) & KAZAKH_LETTERS, text  # each language holds its own


CHECKS: dict[str, tuple[Callable[[ExaminationRecord], bool], ...]] = {
    "Күміс білезік": (lambda r: "silver" in r.material, lambda r: 20 <= _grams(r) <= 150,
                      lambda r: _longest_mm(r) <= 80, lambda r: "gut" not in r.material),
    "Алаша кілем": (lambda r: "wool" in r.material, lambda r: _longest_mm(r) >= 2500,
                    lambda r: _grams(r) >= 5000),
    "Сырмақ": (lambda r: "felt" in r.material, lambda r: _longest_mm(r) >= 2000),
    "Домбыра": (lambda r: "gut" in r.material, lambda r: 900 <= _longest_mm(r) <= 1100,
                lambda r: _grams(r) <= 1500),
    "Тула самауыры": (lambda r: "brass" in r.material, lambda r: 3000 <= _grams(r) <= 9000),
    "Картина «Весна»": (lambda r: r.material == ("canvas", "oil_paint"),
                        lambda r: bool(r.maker_name) and not r.maker),
}


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_each_kind_of_object_has_its_own_materials_sizes_and_weight(name: str) -> None:
    for record in _records(name):
        for i, check in enumerate(CHECKS[name]):
            assert check(record), (name, i, record)


def test_every_object_names_itself_in_one_language_per_name() -> None:
    assert len(P.ITEMS) == 2 * len(OBJECTS)
    for name in P.ITEMS:
        assert " / " not in name
        obj = object_named(name)
        assert obj is not None and name in (obj.name.kk, obj.name.ru)
        assert not set(obj.name.ru) & KAZAKH_LETTERS
    assert {obj.object_type for obj in OBJECTS} <= {
        t.code for t in bundled_vocabulary().terms("object_type")}
    assert all(m.dimension in Dimension for obj in OBJECTS for m in obj.sizes)
