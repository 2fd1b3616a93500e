"""The pure rules of an examination record: validation, required fields, JSON form."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.drafts import ValidationFailed
from desktop.domain.examination_rules import (
    BILINGUAL_FIELDS,
    CONTENT_FIELDS,
    MULTI_LINE_LIMITS,
    SINGLE_LINE_LIMITS,
    Dimension,
    ExaminationKind,
    ExaminationRecord,
    LengthUnit,
    Measurement,
    Missing,
    PageLink,
    PageRole,
    WeightUnit,
    changed_fields,
    describe_missing,
    missing_required,
    record_from_json,
    record_to_json,
    validate_record,
)
from desktop.domain.languages import Bilingual
from tests.support.examination import complete

SETTINGS = settings(max_examples=200, deadline=None, database=None)
TEXT_FIELDS = sorted({**SINGLE_LINE_LIMITS, **MULTI_LINE_LIMITS})
CONTROL = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\x7f", "\x85"]


def _fields(record: ExaminationRecord) -> set[str]:
    return {p.field for p in validate_record(record)}


def _with(field: str, text: str) -> tuple[ExaminationRecord, str]:
    """A complete record with *text* in *field* (the Russian side of a bilingual text), and
    the path a problem with it names."""
    if field in BILINGUAL_FIELDS:
        return complete(**{field: Bilingual("дұрыс", text)}), f"{field}.ru"
    return complete(**{field: text}), field


def test_a_complete_record_and_an_empty_one_are_both_valid() -> None:
    assert validate_record(complete()) == []
    assert validate_record(ExaminationRecord(ExaminationKind.OPINION)) == []
    assert missing_required(ExaminationRecord(ExaminationKind.AGREED)) == [
        "originality", "object_type", "title", "material", "technique", "measurements",
        "condition", "cultural_value", "recommendation"]
    assert missing_required(complete()) == []
    assert missing_required(complete(title=Bilingual(" \n ", ""), technique=())) == [
        "title", "technique"]


@SETTINGS
@given(field=st.sampled_from(TEXT_FIELDS), text=st.text(max_size=40),
       bad=st.sampled_from(CONTROL), data=st.data())
def test_control_characters_are_refused_naming_field_and_position(
        field: str, text: str, bad: str, data: st.DataObject) -> None:
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc")
    at = data.draw(st.integers(0, len(text)), label="at")
    record, path = _with(field, text[:at] + bad + text[at:])
    problems = validate_record(record)
    [problem] = problems
    assert (problem.field, problem.code) == (path, "control_chars")
    assert str(ValidationFailed(problems)) == (
        f"{path}: contains the control character U+{ord(bad):04X} at position {at + 1}; "
        "remove it")


@pytest.mark.parametrize("field", sorted(SINGLE_LINE_LIMITS))
def test_single_line_fields_refuse_line_breaks(field: str) -> None:
    record, path = _with(field, "бір\nекі")
    [problem] = validate_record(record)
    assert str(problem) == f"{path}: contains a line break U+000A at position 4; remove it"


@pytest.mark.parametrize("field", sorted(MULTI_LINE_LIMITS))
def test_multi_line_fields_keep_line_breaks_and_tabs(field: str) -> None:
    assert validate_record(_with(field, "бір\r\nекі\tүш")[0]) == []


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_text_up_to_the_limit_is_accepted_and_longer_text_refused(field: str) -> None:
    limit = {**SINGLE_LINE_LIMITS, **MULTI_LINE_LIMITS}[field]
    assert validate_record(_with(field, "ә" * limit)[0]) == []
    record, path = _with(field, "ә" * (limit + 1))
    [problem] = validate_record(record)
    assert str(problem) == f"{path}: is {limit + 1} characters long; the limit is {limit}"


def test_years_measurements_weight_and_pages_are_checked() -> None:
    today = date(2026, 6, 1)
    [future] = validate_record(complete(year_from=2027, year_to=None), today)
    assert str(future) == "year_from: must be between -10000 and 2026"
    assert validate_record(complete(year_from=-3000, year_to=-2500), today) == []
    [order] = validate_record(complete(year_from=1900, year_to=1800), today)
    assert str(order) == "year_to: is earlier than the year from"
    assert _fields(complete(measurements=(
        Measurement(Dimension.HEIGHT, float("inf"), LengthUnit.CM),
        Measurement("weight", 3.0, LengthUnit.CM),  # type: ignore[arg-type]
        Measurement(Dimension.WIDTH, 3.0, "inch"),  # type: ignore[arg-type]
        Measurement(Dimension.DEPTH, -1, LengthUnit.MM)))) == {
        "measurements.1.value", "measurements.2.dimension", "measurements.3.unit",
        "measurements.4.value"}
    [unit] = validate_record(complete(measurements=(
        Measurement(Dimension.WIDTH, 3.0, "inch"),)))  # type: ignore[arg-type]
    assert str(unit) == "measurements.1.unit: 'inch' is not one of mm, cm, m"
    assert _fields(complete(weight_value=None, weight_unit=WeightUnit.G)) == {"weight_value"}
    assert _fields(complete(weight_value=2_000_000.0)) == {"weight_value"}
    [twice] = validate_record(complete(pages=(PageLink(4), PageLink(4, PageRole.MARK))))
    assert str(twice) == "pages.2.page_id: page 4 is linked twice"
    assert _fields(complete(condition="excellent")) == {"condition"}  # type: ignore[arg-type]


def test_missing_fields_read_as_one_sentence_per_item() -> None:
    missing = [Missing(2, "Домбыра", "material"), Missing(2, "Домбыра", "measurements"),
               Missing(3, "Кесе", "agreed")]
    assert describe_missing(missing) == (
        "item 2 «Домбыра»: material, dimensions; item 3 «Кесе»: no agreed result")


_words = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30)
_texts = st.builds(Bilingual, _words, _words)
_codes = st.from_regex(r"[a-z][a-z0-9_]{1,20}", fullmatch=True)
_terms = st.lists(_codes | _texts.filter(bool), max_size=4).map(tuple)
_measurements = st.lists(st.builds(
    Measurement, st.sampled_from(Dimension),
    st.floats(min_value=0.001, max_value=100_000, allow_nan=False), st.sampled_from(LengthUnit),
    _words), max_size=4).map(tuple)
_pages = st.lists(st.builds(PageLink, st.integers(1, 10_000), st.sampled_from(PageRole),
                            st.booleans(), st.booleans(), _words),
                  max_size=4, unique_by=lambda p: p.page_id).map(tuple)


@SETTINGS
@given(record=st.builds(
    ExaminationRecord, kind=st.sampled_from(ExaminationKind), title=_texts, material=_terms,
    object_type=st.just("") | _codes | _texts.filter(bool), maker_name=_words,
    remarks=_texts, measurements=_measurements, pages=_pages,
    year_from=st.none() | st.integers(-10_000, 2000)))
def test_the_json_form_reads_back_to_the_same_record(record: ExaminationRecord) -> None:
    data = json.loads(json.dumps(record_to_json(record), ensure_ascii=False))
    assert set(data) == set(CONTENT_FIELDS)
    back = record_from_json(record.kind, data)
    assert back == replace(record, item_id=None, author_id=None, author_name="",
                           version=None, updated_at=None, updated_by_name="")
    assert changed_fields(back, record) == ()


def test_unreadable_json_names_the_field() -> None:
    with pytest.raises(ValidationFailed, match=r"^condition: cannot be read"):
        record_from_json(ExaminationKind.AGREED, {"condition": "excellent"})
    with pytest.raises(ValidationFailed, match=r"^measurements: cannot be read"):
        record_from_json(ExaminationKind.AGREED, {"measurements": [{"value": 3}]})
