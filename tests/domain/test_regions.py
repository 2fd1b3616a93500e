"""Region profiles: the shipped JSON files, deadlines on real 2026 dates, validation."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.regions import (
    DeadlineStage,
    LocalizedText,
    Period,
    RegionProfile,
    RegionProfileError,
    available_profiles,
    compute_deadlines,
    load_profile,
    load_profile_file,
    regions_dir,
    repeat_deadline,
    resources_dir,
)
from desktop.domain.seats import SeatKind


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar("KZ")


@pytest.fixture(scope="module")
def akmola() -> RegionProfile:
    return load_profile("akmola")


@pytest.fixture(scope="module")
def zhambyl() -> RegionProfile:
    return load_profile("zhambyl")


# -- shipped profiles ---------------------------------------------------------------------


def test_resources_dir_is_the_repository_folder() -> None:
    assert resources_dir() == Path(__file__).resolve().parents[2] / "resources"
    assert regions_dir().is_dir()


def test_available_profiles() -> None:
    codes = available_profiles()
    assert {"akmola", "zhambyl"} <= set(codes)
    assert codes == sorted(codes)
    for code in codes:  # every shipped file must load
        assert load_profile(code).code == code


def test_akmola_profile(akmola: RegionProfile) -> None:
    assert akmola.code == "akmola"
    assert akmola.number_prefix == "AKM"
    assert akmola.executive_body.kk == "Ақмола облысының әкімдігі"  # annex 5: the akimat
    assert akmola.department is not None
    assert akmola.department.kk == "Ақмола облысының мәдениет басқармасы"
    issuer = akmola.certificate_issuer
    assert issuer is not None and issuer.role == SeatKind.OFFICIAL
    assert issuer.position.get("ru") == "Руководитель управления культуры Акмолинской области"
    assert issuer.body == akmola.department
    assert akmola.signing_city.get("en") == "Kokshetau"
    assert akmola.signing_city.get("ru") == "Кокшетау"
    assert akmola.conclusion_languages == ("kk", "ru")
    assert akmola.stages == (DeadlineStage("result", "received", Period(working_days=10)),)
    assert akmola.repeat_examination is None
    assert akmola.source == regions_dir() / "akmola.json"


def test_zhambyl_profile(zhambyl: RegionProfile) -> None:
    assert zhambyl.number_prefix == "ZHB"
    assert zhambyl.signing_city.get("en") == "Taraz"
    assert zhambyl.conclusion_languages == ("kk", "ru")
    assert zhambyl.stage_names == ("preliminary", "result")
    assert zhambyl.stages[1] == DeadlineStage("result", "preliminary", Period(months=1))
    assert zhambyl.repeat_examination == Period(working_days=10)
    assert zhambyl.executive_body.get("ru") == "Акимат Жамбылской области"
    assert zhambyl.certificate_issuer is not None


def test_localized_text_falls_back_to_kazakh() -> None:
    text = LocalizedText(kk="Тараз", ru="Тараз (ru)")
    assert text.get("ru") == "Тараз (ru)"
    assert text.get("en") == "Тараз"  # empty → kk
    assert text.get("de") == "Тараз"  # unknown → kk
    assert text.as_dict() == {"kk": "Тараз", "ru": "Тараз (ru)"}


def test_profiles_are_frozen_and_comparable(akmola: RegionProfile) -> None:
    assert load_profile("akmola") == akmola
    with pytest.raises(AttributeError):
        akmola.code = "x"  # type: ignore[misc]


# -- deadlines ----------------------------------------------------------------------------


def test_akmola_result_across_nauryz(akmola: RegionProfile, cal: WorkingCalendar) -> None:
    # Received Fri 2026-03-20; 21-25 March off (Nauryz + weekend); working days:
    # 26, 27, 30, 31 Mar, 1, 2, 3, 6, 7, 8 Apr → 10th is Wed 2026-04-08.
    assert compute_deadlines(akmola, date(2026, 3, 20), cal) == {"result": date(2026, 4, 8)}


def test_akmola_result_across_new_year(akmola: RegionProfile, cal: WorkingCalendar) -> None:
    # Received Mon 2025-12-29; 30, 31 Dec, 5, 6, 8, 9, 12, 13, 14, 15 Jan
    # (1, 2 Jan New Year, 3-4 weekend, 7 Jan Christmas) → Thu 2026-01-15.
    assert compute_deadlines(akmola, date(2025, 12, 29), cal)["result"] == date(2026, 1, 15)


def test_zhambyl_month_lands_on_nauryz(zhambyl: RegionProfile, cal: WorkingCalendar) -> None:
    # Received Mon 2026-02-16; preliminary: 17, 18, 19, 20, 23 Feb → Mon 2026-02-23.
    # One month later: Mon 2026-03-23, Nauryz; 24, 25 also off → Thu 2026-03-26.
    assert compute_deadlines(zhambyl, date(2026, 2, 16), cal) == {
        "preliminary": date(2026, 2, 23),
        "result": date(2026, 3, 26),
    }


def test_zhambyl_month_clamped_onto_weekend(zhambyl: RegionProfile, cal: WorkingCalendar) -> None:
    # Received Fri 2026-01-23; preliminary: 26, 27, 28, 29, 30 Jan → Fri 2026-01-30.
    # One month later: 30 Feb → clamped to Sat 2026-02-28 → Mon 2026-03-02.
    deadlines = compute_deadlines(zhambyl, date(2026, 1, 23), cal)
    assert deadlines == {"preliminary": date(2026, 1, 30), "result": date(2026, 3, 2)}
    assert list(deadlines) == ["preliminary", "result"]


def test_zhambyl_actual_preliminary_date_moves_result(
    zhambyl: RegionProfile, cal: WorkingCalendar
) -> None:
    # Preliminary examination actually finished early, on Wed 2026-02-18:
    # result one month after it, Wed 2026-03-18 (a working day).
    deadlines = compute_deadlines(
        zhambyl, date(2026, 2, 16), cal, completed={"preliminary": date(2026, 2, 18)}
    )
    assert deadlines == {"preliminary": date(2026, 2, 23), "result": date(2026, 3, 18)}


def test_zhambyl_repeat_examination(zhambyl: RegionProfile, cal: WorkingCalendar) -> None:
    # Started Mon 2026-05-04; 5, 6, (7 Defender's Day), 8, (9-10 weekend, 11 Victory Day
    # observed), 12, 13, 14, 15, 18, 19, 20 → 10th working day is Wed 2026-05-20.
    assert repeat_deadline(zhambyl, date(2026, 5, 4), cal) == date(2026, 5, 20)


def test_repeat_deadline_without_rule(akmola: RegionProfile, cal: WorkingCalendar) -> None:
    with pytest.raises(LookupError, match="akmola"):
        repeat_deadline(akmola, date(2026, 5, 4), cal)


def test_default_calendar_is_used(akmola: RegionProfile) -> None:
    assert compute_deadlines(akmola, date(2026, 3, 20)) == {"result": date(2026, 4, 8)}


def test_deadlines_honour_a_decree(akmola: RegionProfile) -> None:
    # A decree the package does not know: Fri 2026-04-03 off → due moves to Thu 9 April.
    decree = WorkingCalendar(extra_days_off={date(2026, 4, 3)})
    assert compute_deadlines(akmola, date(2026, 3, 20), decree)["result"] == date(2026, 4, 9)


# -- validation ---------------------------------------------------------------------------


def valid_profile(code: str = "testregion") -> dict[str, Any]:
    return {
        "code": code,
        "number_prefix": "TST",
        "name": {"kk": "Сынақ облысы", "ru": "Тестовая область", "en": "Test Region"},
        "executive_body": {"kk": "Сынақ облысының мәдениет басқармасы"},
        "signing_city": {"kk": "Сынақ", "ru": "Тест", "en": "Test"},
        "conclusion_languages": ["kk", "ru"],
        "deadlines": [
            {"stage": "preliminary", "from": "received", "working_days": 5},
            {"stage": "result", "from": "preliminary", "months": 1},
        ],
        "repeat_examination": {"working_days": 10},
    }


_ISSUER = {"role": "official", "position": {"kk": "Басқарма басшысы"},
           "body": {"kk": "Сынақ облысының мәдениет басқармасы"}}


def test_profile_names_department_and_issuer(tmp_path: Path) -> None:
    """Both are optional: a profile without them loads, and says so with None."""
    data = valid_profile()
    assert load_profile_file(write(tmp_path, data)).certificate_issuer is None
    data.update(department={"kk": "Мәдениет басқармасы", "ru": "Управление культуры"},
                certificate={"issuer": _ISSUER})
    profile = load_profile_file(write(tmp_path, data))
    assert profile.department is not None and profile.department.get("ru") == \
        "Управление культуры"
    assert profile.certificate_issuer is not None
    assert profile.certificate_issuer.role == SeatKind.OFFICIAL
    assert profile.certificate_issuer.position.get("ru") == "Басқарма басшысы"


def write(tmp_path: Path, data: Any, name: str = "testregion.json") -> Path:
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_temp_profile_loads(tmp_path: Path) -> None:
    path = write(tmp_path, valid_profile())
    profile = load_profile_file(path)
    assert profile.code == "testregion"
    assert profile.executive_body.get("ru") == "Сынақ облысының мәдениет басқармасы"
    assert load_profile("testregion", tmp_path) == profile
    assert available_profiles(tmp_path) == ["testregion"]


def _broken(mutate: Any) -> dict[str, Any]:
    data = valid_profile()
    mutate(data)
    return data


BROKEN: list[tuple[str, Any, str]] = [
    ("syntax", '{"code": "testregion",', "invalid JSON at line 1"),
    ("not-object", "[1, 2]", "top level must be an object"),
    (
        "unknown-stage-ref",
        _broken(lambda d: d["deadlines"][1].update({"from": "prelim"})),
        "counts from unknown stage 'prelim'",
    ),
    (
        "forward-stage-ref",
        _broken(lambda d: d["deadlines"].reverse()),
        "counts from unknown stage 'preliminary'",
    ),
    (
        "both-periods",
        _broken(lambda d: d["deadlines"][0].update({"months": 1})),
        "both working_days and months",
    ),
    (
        "neither-period",
        _broken(lambda d: d["deadlines"][0].pop("working_days")),
        "neither working_days nor months",
    ),
    (
        "negative-days",
        _broken(lambda d: d["deadlines"][0].update({"working_days": -5})),
        "positive whole number",
    ),
    (
        "bool-days",
        _broken(lambda d: d["deadlines"][0].update({"working_days": True})),
        "positive whole number",
    ),
    (
        "string-months",
        _broken(lambda d: d["deadlines"][1].update({"months": "1"})),
        "positive whole number",
    ),
    (
        "no-result",
        _broken(lambda d: d["deadlines"].pop()),
        "no 'result' stage",
    ),
    (
        "duplicate-stage",
        _broken(lambda d: d["deadlines"].append(dict(d["deadlines"][1]))),
        "stage 'result' is defined twice",
    ),
    (
        "stage-named-received",
        _broken(lambda d: d["deadlines"][0].update({"stage": "received"})),
        "reserved",
    ),
    (
        "typo-key-in-stage",
        _broken(lambda d: d["deadlines"][0].update({"workingdays": 3})),
        "unknown keys: workingdays",
    ),
    ("empty-deadlines", _broken(lambda d: d.update({"deadlines": []})), "non-empty list"),
    (
        "repeat-both",
        _broken(lambda d: d.update({"repeat_examination": {"working_days": 1, "months": 1}})),
        "'repeat_examination' gives both",
    ),
    ("missing-key", _broken(lambda d: d.pop("signing_city")), "missing keys: signing_city"),
    ("unknown-key", _broken(lambda d: d.update({"deadline": []})), "unknown keys: deadline"),
    (
        "code-mismatch",
        _broken(lambda d: d.update({"code": "otherregion"})),
        "file is named 'testregion.json'",
    ),
    (
        "bad-prefix",
        _broken(lambda d: d.update({"number_prefix": "akm"})),
        "'number_prefix' must be",
    ),
    ("no-kazakh", _broken(lambda d: d.update({"name": {"ru": "Область"}})), "needs a Kazakh"),
    (
        "unknown-language-text",
        _broken(lambda d: d["name"].update({"de": "Gebiet"})),
        "unknown languages: de",
    ),
    (
        "unknown-conclusion-language",
        _broken(lambda d: d.update({"conclusion_languages": ["kk", "fr"]})),
        "unknown language 'fr'",
    ),
    (
        "repeated-conclusion-language",
        _broken(lambda d: d.update({"conclusion_languages": ["kk", "kk"]})),
        "repeats a language",
    ),
    (
        "issuer-role",
        _broken(lambda d: d.update({"certificate": {"issuer": dict(_ISSUER, role="clerk")}})),
        "'certificate.issuer.role' must be one of official, chair, got 'clerk'",
    ),
    (
        "issuer-missing-body",
        _broken(lambda d: d.update({"certificate": {"issuer": {
            k: v for k, v in _ISSUER.items() if k != "body"}}})),
        "'certificate.issuer' has missing keys: body",
    ),
    (
        "issuer-position-not-kazakh",
        _broken(lambda d: d.update({"certificate": {"issuer": dict(
            _ISSUER, position={"ru": "Руководитель"})}})),
        "'certificate.issuer.position' needs a Kazakh",
    ),
    (
        "certificate-without-issuer",
        _broken(lambda d: d.update({"certificate": {"official": _ISSUER}})),
        "'certificate' must be an object with one key, 'issuer'",
    ),
]


@pytest.mark.parametrize(("data", "problem"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_profile_names_file_and_problem(tmp_path: Path, data: Any, problem: str) -> None:
    path = write(tmp_path, data)
    with pytest.raises(RegionProfileError) as info:
        load_profile_file(path)
    message = str(info.value)
    assert str(path) in message
    assert problem in message
    assert info.value.path == path
    # load_profile by code goes through the same validation.
    with pytest.raises(RegionProfileError, match=r"testregion\.json"):
        load_profile("testregion", tmp_path)


def test_unknown_region_lists_available(tmp_path: Path) -> None:
    write(tmp_path, valid_profile())
    with pytest.raises(RegionProfileError) as info:
        load_profile("astana", tmp_path)
    assert "astana.json" in str(info.value)
    assert "available: testregion" in str(info.value)


def test_code_must_be_an_identifier(tmp_path: Path) -> None:
    with pytest.raises(RegionProfileError, match="not a region code"):
        load_profile("../akmola", tmp_path)


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "testregion.json"
    path.write_bytes('{"code": "Тест"}'.encode("cp1251"))
    with pytest.raises(RegionProfileError, match="cannot read"):
        load_profile_file(path)


def test_available_profiles_missing_folder(tmp_path: Path) -> None:
    assert available_profiles(tmp_path / "nope") == []
