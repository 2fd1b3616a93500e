"""Quantities in words, as the form asks ("заттың атауы, жазбаша саны"), in Kazakh and Russian.

Kazakh numerals do not inflect: 21 is "жиырма бір", and the counted noun stays singular
("екі дана"). One hundred is "жүз" (two hundred "екі жүз"); a thousand is "бір мың".

Russian numerals agree with the noun: the conclusion counts "предмет" (masculine), so
"один предмет", "два предмета", "пять предметов"; "тысяча" is feminine, so "одна тысяча",
"две тысячи", "пять тысяч". The noun takes the singular after 1, the genitive singular
after 2–4 and the genitive plural after 0 and 5–9, all judged on the last digit, except
11–14, which always take the genitive plural.
"""

from __future__ import annotations

from desktop.reports.data import LANGS, MAX_QUANTITY
from desktop.reports.errors import ReportDataError

__all__ = ["number_in_words", "quantity_in_words", "russian_plural"]

_KK_UNITS = ("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")

_RU_UNITS_M = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_RU_UNITS_F = ("", "одна", "две", *_RU_UNITS_M[3:])
_RU_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
             "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать")
_RU_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
            "восемьдесят", "девяносто")
_RU_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
                "восемьсот", "девятьсот")

_KK_NOUN = "дана"
_RU_NOUN = ("предмет", "предмета", "предметов")
_RU_THOUSAND = ("тысяча", "тысячи", "тысяч")


def russian_plural(n: int, forms: tuple[str, str, str]) -> str:
    """The form of a Russian noun after ``n``: (one, few, many), e.g. предмет/а/ов."""
    if 11 <= n % 100 <= 14:
        return forms[2]
    last = n % 10
    if last == 1:
        return forms[0]
    if 2 <= last <= 4:
        return forms[1]
    return forms[2]


def _kk_below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words += ["жүз"] if hundreds == 1 else [_KK_UNITS[hundreds], "жүз"]
    tens, units = divmod(rest, 10)
    words += [w for w in (_KK_TENS[tens], _KK_UNITS[units]) if w]
    return words


def _ru_below_thousand(n: int, units: tuple[str, ...]) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [_RU_HUNDREDS[hundreds]] if hundreds else []
    if 10 <= rest <= 19:
        return [*words, _RU_TEENS[rest - 10]]
    tens, unit = divmod(rest, 10)
    return words + [w for w in (_RU_TENS[tens], units[unit]) if w]


def _check(n: int, lang: str) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_QUANTITY:
        raise ReportDataError("quantity", f"must be a whole number from 1 to {MAX_QUANTITY}, "
                              f"got {n!r}", MAX_QUANTITY, reason="quantity")
    if lang not in LANGS:
        raise ReportDataError("lang", f"must be one of {', '.join(LANGS)}; got {lang!r}",
                              ", ".join(LANGS), lang, reason="not_allowed")


def number_in_words(n: int, lang: str) -> str:
    """``n`` (1…9999) in words: ``number_in_words(21, "kk") == "жиырма бір"``.

    Russian words are masculine (they count "предмет").
    """
    _check(n, lang)
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if lang == "kk":
        if thousands:
            words += [_KK_UNITS[thousands], "мың"]
        words += _kk_below_thousand(rest)
    else:
        if thousands:
            words += [_RU_UNITS_F[thousands], russian_plural(thousands, _RU_THOUSAND)]
        words += _ru_below_thousand(rest, _RU_UNITS_M)
    return " ".join(words)


def quantity_in_words(n: int, lang: str) -> str:
    """The quantity as the conclusion prints it: "екі (2) дана", "два (2) предмета"."""
    words = number_in_words(n, lang)
    noun = _KK_NOUN if lang == "kk" else russian_plural(n, _RU_NOUN)
    return f"{words} ({n}) {noun}"
