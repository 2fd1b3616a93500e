"""Rebuild ``resources/countries.json`` from ISO 3166-1 (pycountry) and CLDR names (Babel).

Build-time only: neither package is a dependency of the application. To reproduce the
committed file exactly, run it with the versions it records in its ``source`` field::

    python3 -m venv /tmp/countries-venv
    /tmp/countries-venv/bin/pip install babel==2.18.0 pycountry==26.2.16
    /tmp/countries-venv/bin/python scripts/build_countries.py

Every ISO 3166-1 alpha-2 code is written (the UN member states and the other territories
a person can be a citizen of or send an exhibit to), with its short CLDR name in Kazakh,
Russian and English.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

import pycountry
from babel import Locale

LANGUAGES = ("kk", "ru", "en")

# CLDR's Russian names abbreviate "island(s)" and use two acronyms; a clerk searching the
# list types the full words, so these are spelled out.
RU_ABBREVIATIONS = (("о-ва ", "острова "), ("о-ва", "острова"), ("о-в ", "остров "),
                    ("Св. ", "Святой "))
RU_NAMES = {"AE": "Объединённые Арабские Эмираты",
            "KP": "Корейская Народно-Демократическая Республика"}

# Where CLDR's short name is not the one Kazakhstan's official papers use (the Foreign
# Ministry's names of states): a country's name pairs with its official name in the other
# language (Корея Республикасы / Республика Корея), the Congos are told apart by their
# official names, and the Kazakh spells Австрия and Египет as Kazakh papers do.
OFFICIAL = {
    "kk": {"AT": "Австрия", "AU": "Австралия", "CD": "Конго Демократиялық Республикасы",
           "CG": "Конго Республикасы", "EG": "Египет", "HK": "Гонконг",
           "KP": "Корея Халықтық Демократиялық Республикасы", "KR": "Корея Республикасы",
           "MM": "Мьянма", "MO": "Макао", "MV": "Мальдив", "PH": "Филиппин",
           "ZA": "Оңтүстік Африка Республикасы"},
    "ru": {"CD": "Демократическая Республика Конго", "CG": "Республика Конго",
           "HK": "Гонконг", "KG": "Кыргызстан", "MM": "Мьянма", "MO": "Макао",
           "US": "Соединённые Штаты Америки"},
}
OUT = Path(__file__).resolve().parents[1] / "resources" / "countries.json"


def build() -> dict[str, object]:
    names = {lang: Locale(lang).territories for lang in LANGUAGES}
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        row = {"code": code}
        for lang in LANGUAGES:
            name = names[lang].get(code)
            if not name:
                raise SystemExit(f"CLDR has no {lang} name for {code}")
            if lang == "ru":
                name = RU_NAMES.get(code, name)
                for short, full in RU_ABBREVIATIONS:
                    name = name.replace(short, full)
                name = name[0].upper() + name[1:]
            name = OFFICIAL.get(lang, {}).get(code, name)
            row[lang] = name
        rows.append(row)
    return {
        "source": f"ISO 3166-1 codes from pycountry {version('pycountry')}, "
        f"names from the Unicode CLDR in Babel {version('babel')}; "
        "rebuilt by scripts/build_countries.py",
        "countries": rows,
    }


def main() -> int:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.stderr.write(f"wrote {len(data['countries'])} countries to {OUT}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
