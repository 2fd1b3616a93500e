"""Quantities in words, Kazakh and Russian, 1…9999."""

from __future__ import annotations

import pytest

from desktop.reports import ReportDataError, number_in_words, quantity_in_words

# Each expected value is written from the grammar, not from the code:
# - Kazakh numerals are additive and do not inflect: 21 = 20 "жиырма" + 1 "бір";
#   1999 = 1×1000 "бір мың" + 9×100 "тоғыз жүз" + 90 "тоқсан" + 9 "тоғыз"; a bare hundred
#   is "жүз" (not "бір жүз"); the noun "дана" (piece) stays singular after any number.
# - Russian: "предмет" is masculine (один/два предмет…), "тысяча" is feminine
#   (одна/две тысячи). The noun is singular after …1, genitive singular after …2–4,
#   genitive plural after …0 and …5–9 and after 11–14 (the "teen" ending wins).
KAZAKH = {
    1: "бір",
    2: "екі",
    9: "тоғыз",
    10: "он",
    11: "он бір",
    21: "жиырма бір",
    40: "қырық",
    55: "елу бес",
    90: "тоқсан",
    100: "жүз",
    101: "жүз бір",
    200: "екі жүз",
    345: "үш жүз қырық бес",
    1000: "бір мың",
    1100: "бір мың жүз",
    1999: "бір мың тоғыз жүз тоқсан тоғыз",
    2026: "екі мың жиырма алты",
    7080: "жеті мың сексен",
    9999: "тоғыз мың тоғыз жүз тоқсан тоғыз",
}
RUSSIAN = {
    1: "один (1) предмет",
    2: "два (2) предмета",
    4: "четыре (4) предмета",
    5: "пять (5) предметов",
    10: "десять (10) предметов",
    11: "одиннадцать (11) предметов",
    12: "двенадцать (12) предметов",
    14: "четырнадцать (14) предметов",
    21: "двадцать один (21) предмет",
    22: "двадцать два (22) предмета",
    40: "сорок (40) предметов",
    100: "сто (100) предметов",
    101: "сто один (101) предмет",
    111: "сто одиннадцать (111) предметов",
    112: "сто двенадцать (112) предметов",
    200: "двести (200) предметов",
    1000: "одна тысяча (1000) предметов",
    1001: "одна тысяча один (1001) предмет",
    1999: "одна тысяча девятьсот девяносто девять (1999) предметов",
    2000: "две тысячи (2000) предметов",
    2002: "две тысячи два (2002) предмета",
    3412: "три тысячи четыреста двенадцать (3412) предметов",
    5000: "пять тысяч (5000) предметов",
    9999: "девять тысяч девятьсот девяносто девять (9999) предметов",
}


@pytest.mark.parametrize(("n", "words"), sorted(KAZAKH.items()))
def test_kazakh_numbers(n: int, words: str) -> None:
    assert number_in_words(n, "kk") == words
    assert quantity_in_words(n, "kk") == f"{words} ({n}) дана"


@pytest.mark.parametrize(("n", "quantity"), sorted(RUSSIAN.items()))
def test_russian_quantities_agree_with_the_noun(n: int, quantity: str) -> None:
    assert quantity_in_words(n, "ru") == quantity


_KK_VALUES = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7,
              "сегіз": 8, "тоғыз": 9, "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40,
              "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90}
_RU_VALUES = {"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
              "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
              "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
              "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
              "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40,
              "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
              "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
              "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800,
              "девятьсот": 900}


def _read_back(words: str, lang: str) -> int:
    """An independent reader of the words: sums the values, multiplies at жүз/мың/тысяч…"""
    total = current = 0
    for word in words.split():
        if lang == "kk" and word == "жүз":
            current = (current or 1) * 100
        elif word in ("мың", "тысяча", "тысячи", "тысяч"):
            total += current * 1000
            current = 0
        else:
            current += (_KK_VALUES if lang == "kk" else _RU_VALUES)[word]
    return total + current


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_number_reads_back(lang: str) -> None:
    for n in range(1, 10_000):
        words = number_in_words(n, lang)
        assert _read_back(words, lang) == n, words
        assert words == " ".join(words.split())


def test_thousands_take_the_feminine_and_the_right_case() -> None:
    assert [number_in_words(n * 1000, "ru") for n in (1, 2, 3, 4, 5, 9)] == [
        "одна тысяча", "две тысячи", "три тысячи", "четыре тысячи", "пять тысяч",
        "девять тысяч"]


@pytest.mark.parametrize("n", [0, -1, 10_000, 2.5, True, "3"])
def test_out_of_range_quantities_are_refused(n: object) -> None:
    with pytest.raises(ReportDataError, match="quantity: must be a whole number from 1 to 9999"):
        quantity_in_words(n, "kk")  # type: ignore[arg-type]


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ReportDataError, match="lang: must be one of kk, ru; got 'en'"):
        number_in_words(3, "en")
