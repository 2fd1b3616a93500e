"""The country list: complete, named in three languages, sorted in each language's order."""

from __future__ import annotations

import json

import pytest

from desktop.domain.countries import HOME, countries, country_name, is_country, sort_key
from desktop.domain.regions import resources_dir

# The 193 UN member states (ISO 3166-1 alpha-2).
_UN_CODES = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM
GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS
LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO
OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM
ZW
"""
UN_MEMBERS = set(_UN_CODES.split())


def test_every_un_member_state_has_three_names() -> None:
    assert len(UN_MEMBERS) == 193
    rows = json.loads((resources_dir() / "countries.json").read_text(encoding="utf-8"))
    by_code = {row["code"]: row for row in rows["countries"]}
    assert set(by_code) >= UN_MEMBERS
    for code, row in by_code.items():
        assert len(code) == 2 and code.isascii() and code.isupper()
        assert all(row[lang].strip() for lang in ("kk", "ru", "en")), code


def test_names_in_each_language() -> None:
    assert country_name("KZ", "kk") == "Қазақстан"
    assert country_name("KZ", "ru") == "Казахстан"
    assert country_name("FR", "en") == "France"
    assert country_name("DE", "xx") == "Germany"  # an unknown language falls back to English
    assert country_name("QQ", "en") == "QQ"
    assert is_country("FR") and not is_country("QQ") and not is_country("fr")


def test_destinations_leave_kazakhstan_out() -> None:
    destinations = dict(countries("ru", exclude={HOME}))
    assert HOME not in destinations
    assert len(destinations) == len(countries("ru")) - 1


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_sorted_for_the_language(lang: str) -> None:
    names = [name for _, name in countries(lang)]
    assert names == sorted(names, key=lambda n: sort_key(n, lang))
    assert len(set(names)) == len(names)


def test_kazakh_letters_sort_in_the_kazakh_alphabet() -> None:
    names = [name for _, name in countries("kk")]
    # Ә comes right after А, not after Я as a code-point sort would put it.
    first_schwa = next(i for i, n in enumerate(names) if n.startswith("Ә"))
    assert names[first_schwa - 1].startswith("А")
    assert names[first_schwa + 1].startswith(("Ә", "Б"))
    assert names.index("Қазақстан") < names.index("Латвия")
    assert names.index("Өзбекстан") < names.index("Пәкістан")


def test_english_ignores_accents() -> None:
    names = [name for _, name in countries("en")]
    assert names.index("Afghanistan") < names.index("Åland Islands") < names.index("Albania")
