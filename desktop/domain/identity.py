"""Kazakh identity numbers: IIN (individuals) and BIN (legal entities).

Both are 12 ASCII digits whose last digit is a check digit computed over the
first eleven:

* round 1: weights 1..11, sum mod 11;
* if that is 10, round 2: weights 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2, sum mod 11;
* if that is 10 again, no check digit exists and the number is unusable.

IIN layout: ``YYMMDD`` birth date, one century/sex digit (1/2: 1800s,
3/4: 1900s, 5/6: 2000s; odd male, even female), a 4-digit serial, the check.
Digit 7 = 0 (seen in practice for some foreign citizens and legacy records) is
rejected as an invalid century.

BIN layout: ``YYMM`` registration year and month, an entity-type digit
(4 resident, 5 non-resident, 6 joint individual entrepreneurship), a division
digit (0 head office, 1 branch, 2 representative office, 3 peasant farm),
a 5-digit serial, the check.

The two layouts never overlap: IIN digit 5 is the tens digit of the birth day
(0..3) while BIN digit 5 is the entity type (4..6), so no number is valid as
both.

Known weakness of the scheme (not a bug here): digit 11 has weight 11, which
is 0 mod 11, so it does not take part in round 1.  For every number whose check
digit comes from round 1 (about 10 in 11 of them), a typo in digit 11 keeps the
check digit valid.

This module is plain Python: no Qt, no database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from operator import mul
from typing import ClassVar, Literal

__all__ = [
    "BinInfo",
    "IdentityError",
    "IinInfo",
    "classify",
    "control_digit",
    "make_bin",
    "make_iin",
    "parse_bin",
    "parse_iin",
]

_LENGTH = 12
_ASCII_DIGITS = frozenset("0123456789")
_WEIGHTS_ROUND_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_ROUND_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# IIN digit 7 -> (first year of the century, sex)
_IIN_CENTURY: dict[str, tuple[int, Literal["male", "female"]]] = {
    "1": (1800, "male"),
    "2": (1800, "female"),
    "3": (1900, "male"),
    "4": (1900, "female"),
    "5": (2000, "male"),
    "6": (2000, "female"),
}
_IIN_MIN_YEAR = 1800
_IIN_MAX_YEAR = 2099
_IIN_SERIALS = 10_000

_BIN_ENTITY_TYPES: dict[str, Literal["resident", "non_resident", "joint_entrepreneurship"]] = {
    "4": "resident",
    "5": "non_resident",
    "6": "joint_entrepreneurship",
}
_BIN_DIVISIONS: dict[
    str, Literal["head_office", "branch", "representative_office", "peasant_farm"]
] = {
    "0": "head_office",
    "1": "branch",
    "2": "representative_office",
    "3": "peasant_farm",
}
_BIN_ENTITY_DIGITS: dict[str, str] = {code: digit for digit, code in _BIN_ENTITY_TYPES.items()}
_BIN_DIVISION_DIGITS: dict[str, str] = {code: digit for digit, code in _BIN_DIVISIONS.items()}
# A BIN stores a two-digit year.  Like Python's ``%y``: 69..99 -> 1969..1999,
# 00..68 -> 2000..2068.  Fixed (not relative to today) so results never drift.
_BIN_PIVOT = 69
_BIN_MIN_YEAR = 1900 + _BIN_PIVOT
_BIN_MAX_YEAR = 2000 + _BIN_PIVOT - 1
_BIN_SERIALS = 100_000

_SHOWN_MAX = 40


def _show(number: str) -> str:
    """The number as it appears in a message: bare when plain, quoted otherwise."""
    if number and len(number) <= _SHOWN_MAX and number.isprintable() and " " not in number:
        return number
    if len(number) > _SHOWN_MAX:
        return repr(number[:_SHOWN_MAX]) + "..."
    return repr(number)


class IdentityError(ValueError):
    """An IIN or BIN failed one validation rule.

    ``rule`` is a stable machine code (one of ``IdentityError.RULES``) for the UI
    to translate; ``number`` is the checked text after stripping surrounding
    whitespace; ``kind`` is "iin", "bin" or None (bare digits given to
    ``control_digit``).  ``str(error)`` is an English message such as
    ``"IIN 791028302729: check digit is 9, expected 8"``. Like every refusal it has a
    ``code`` and a ``reason`` (the rule) for :mod:`desktop.messages` to word.
    """

    code = "identity"
    RULES: ClassVar[tuple[str, ...]] = (
        "length",
        "digits",
        "check_digit",
        "check_digit_unusable",
        "birth_date",
        "century",
        "bin_month",
        "bin_type",
        "bin_division",
    )

    rule: str
    reason: str
    values: tuple[str, ...]
    number: str
    kind: Literal["iin", "bin"] | None

    def __init__(
        self, rule: str, number: str, detail: str, kind: Literal["iin", "bin"] | None
    ) -> None:
        if rule not in self.RULES:
            raise ValueError(f"unknown identity rule {rule!r}")
        label = kind.upper() if kind else "Number"
        super().__init__(f"{label} {_show(number)}: {detail}")
        self.rule = rule
        self.reason = rule
        self.values = (_show(number),)
        self.number = number
        self.kind = kind
        self._detail = detail

    def __reduce__(self) -> tuple[type[IdentityError], tuple[str, str, str, str | None]]:
        return (type(self), (self.rule, self.number, self._detail, self.kind))


@dataclass(frozen=True)
class IinInfo:
    """The fields encoded in a valid IIN."""

    number: str
    birth_date: date
    sex: Literal["male", "female"]
    serial: str


@dataclass(frozen=True)
class BinInfo:
    """The fields encoded in a valid BIN."""

    number: str
    year: int
    month: int
    entity_type: Literal["resident", "non_resident", "joint_entrepreneurship"]
    division: Literal["head_office", "branch", "representative_office", "peasant_farm"]
    serial: str

    @property
    def registered(self) -> tuple[int, int]:
        """Registration ``(year, month)``."""
        return (self.year, self.month)


def _control(first11: str) -> int | None:
    """Check digit of 11 ASCII digits (not validated), None if unusable."""
    digits = [ord(ch) - 48 for ch in first11]
    total = sum(map(mul, _WEIGHTS_ROUND_1, digits)) % 11
    if total != 10:
        return total
    total = sum(map(mul, _WEIGHTS_ROUND_2, digits)) % 11
    return None if total == 10 else total


def _first_non_digit(text: str) -> int | None:
    for index, ch in enumerate(text):
        if ch not in _ASCII_DIGITS:
            return index
    return None


def _check_shape(text: str, length: int, kind: Literal["iin", "bin"] | None) -> None:
    """Rules "length" then "digits" (ASCII 0-9 only, no Unicode digits)."""
    if len(text) != length:
        raise IdentityError(
            "length", text, f"length is {len(text)} characters, expected {length} digits", kind
        )
    bad = _first_non_digit(text)
    if bad is not None:
        raise IdentityError(
            "digits",
            text,
            f"digits only expected, found {text[bad]!r} at position {bad + 1}",
            kind,
        )


def control_digit(first11: str) -> int | None:
    """The check digit for 11 ASCII digits, or None when both rounds give 10.

    Raises IdentityError ("length" or "digits") if ``first11`` is not exactly
    11 ASCII digits.
    """
    _check_shape(first11, _LENGTH - 1, None)
    return _control(first11)


def _check_number(text: str, kind: Literal["iin", "bin"]) -> str:
    """Strip, then apply "length", "digits", "check_digit(_unusable)"."""
    if not isinstance(text, str):
        raise TypeError(f"{kind.upper()} must be str, not {type(text).__name__}")
    number = text.strip()
    _check_shape(number, _LENGTH, kind)
    expected = _control(number[:11])
    if expected is None:
        raise IdentityError(
            "check_digit_unusable",
            number,
            "check digit unusable: both rounds of the checksum give 10",
            kind,
        )
    actual = ord(number[11]) - 48
    if actual != expected:
        raise IdentityError(
            "check_digit", number, f"check digit is {actual}, expected {expected}", kind
        )
    return number


def parse_iin(text: str) -> IinInfo:
    """Validate an IIN and return its fields.

    Surrounding whitespace is stripped; anything else must be 12 ASCII digits.
    Rules, in order: length, digits, check_digit / check_digit_unusable,
    century (digit 7), birth_date (digits 1-6 in that century).
    """
    number = _check_number(text, "iin")
    century_digit = number[6]
    century = _IIN_CENTURY.get(century_digit)
    if century is None:
        raise IdentityError(
            "century",
            number,
            f"century digit (7th) is {century_digit}, expected 1-6",
            "iin",
        )
    base_year, sex = century
    year = base_year + int(number[0:2])
    month = int(number[2:4])
    day = int(number[4:6])
    try:
        birth_date = date(year, month, day)
    except ValueError:
        raise IdentityError(
            "birth_date",
            number,
            f"birth date {number[0:6]} is not a valid date (year {year}, month {month}, day {day})",
            "iin",
        ) from None
    return IinInfo(number=number, birth_date=birth_date, sex=sex, serial=number[7:11])


def parse_bin(text: str) -> BinInfo:
    """Validate a BIN and return its fields.

    Surrounding whitespace is stripped; anything else must be 12 ASCII digits.
    Rules, in order: length, digits, check_digit / check_digit_unusable,
    bin_month (digits 3-4 in 01..12), bin_type (digit 5), bin_division (digit 6).
    The two-digit year maps 69..99 to 1969..1999 and 00..68 to 2000..2068.
    """
    number = _check_number(text, "bin")
    month = int(number[2:4])
    if not 1 <= month <= 12:
        raise IdentityError(
            "bin_month",
            number,
            f"registration month is {number[2:4]}, expected 01-12",
            "bin",
        )
    entity_type = _BIN_ENTITY_TYPES.get(number[4])
    if entity_type is None:
        raise IdentityError(
            "bin_type",
            number,
            f"entity type digit (5th) is {number[4]}, expected 4, 5 or 6",
            "bin",
        )
    division = _BIN_DIVISIONS.get(number[5])
    if division is None:
        raise IdentityError(
            "bin_division",
            number,
            f"division digit (6th) is {number[5]}, expected 0-3",
            "bin",
        )
    yy = int(number[0:2])
    year = (1900 if yy >= _BIN_PIVOT else 2000) + yy
    return BinInfo(
        number=number,
        year=year,
        month=month,
        entity_type=entity_type,
        division=division,
        serial=number[6:11],
    )


def classify(text: str) -> Literal["iin", "bin"]:
    """Say whether ``text`` is a valid IIN or a valid BIN.

    The layouts are disjoint (IIN digit 5 is 0..3, BIN digit 5 is 4..6), so at
    most one parse succeeds.  When neither does, the IIN attempt's
    IdentityError is raised.
    """
    try:
        parse_iin(text)
    except IdentityError as iin_error:
        try:
            parse_bin(text)
        except IdentityError:
            raise iin_error from None
        return "bin"
    return "iin"


def _with_check(prefix: str, serial: int, width: int, serials: int) -> str:
    """Append serial and check digit; on an unusable check digit try serial + 1.

    The serial wraps modulo ``serials``.  Digit 11 (the serial's last digit) has
    weight 0 in round 1 and 2 in round 2, so among ten serials differing only in
    the last digit at most one is unusable: this ends after at most two steps.
    """
    while True:
        first11 = f"{prefix}{serial:0{width}d}"
        check = _control(first11)
        if check is not None:
            return f"{first11}{check}"
        serial = (serial + 1) % serials


def _check_serial(serial: int, serials: int) -> None:
    if isinstance(serial, bool) or not isinstance(serial, int):
        raise TypeError(f"serial must be int, not {type(serial).__name__}")
    if not 0 <= serial < serials:
        raise ValueError(f"serial must be in 0..{serials - 1}, got {serial}")


def make_iin(birth_date: date, sex: str, serial: int) -> str:
    """Build a valid IIN.

    ``birth_date`` in 1800-01-01..2099-12-31, ``sex`` "male" or "female",
    ``serial`` in 0..9999.  If that serial gives an unusable check digit (both
    rounds 10, about 1 serial in 121) the next serial is used instead, wrapping
    9999 -> 0000.  So ``serial`` and ``serial + 1`` can give the same IIN; a
    caller needing unique numbers must de-duplicate.  Raises ValueError or
    TypeError for bad arguments.
    """
    if not isinstance(birth_date, date):
        raise TypeError(f"birth_date must be a date, not {type(birth_date).__name__}")
    if not _IIN_MIN_YEAR <= birth_date.year <= _IIN_MAX_YEAR:
        raise ValueError(
            f"IIN birth year must be in {_IIN_MIN_YEAR}..{_IIN_MAX_YEAR}, got {birth_date.year}"
        )
    if sex not in ("male", "female"):
        raise ValueError(f"sex must be 'male' or 'female', got {sex!r}")
    _check_serial(serial, _IIN_SERIALS)
    century_index = (birth_date.year - _IIN_MIN_YEAR) // 100  # 0, 1, 2
    century_digit = 2 * century_index + (1 if sex == "male" else 2)
    prefix = f"{birth_date.year % 100:02d}{birth_date.month:02d}{birth_date.day:02d}{century_digit}"
    return _with_check(prefix, serial, 4, _IIN_SERIALS)


def make_bin(year: int, month: int, entity_type: str, division: str, serial: int) -> str:
    """Build a valid BIN.

    ``year`` in 1969..2068 (the range a two-digit year maps back to), ``month``
    in 1..12, ``entity_type`` "resident" / "non_resident" /
    "joint_entrepreneurship", ``division`` "head_office" / "branch" /
    "representative_office" / "peasant_farm", ``serial`` in 0..99999.  If that
    serial gives an unusable check digit the next serial is used instead,
    wrapping 99999 -> 00000 (so two serials can give the same BIN).  Raises
    ValueError or TypeError for bad arguments.
    """
    for name, value in (("year", year), ("month", month)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
    if not _BIN_MIN_YEAR <= year <= _BIN_MAX_YEAR:
        raise ValueError(f"BIN year must be in {_BIN_MIN_YEAR}..{_BIN_MAX_YEAR}, got {year}")
    if not 1 <= month <= 12:
        raise ValueError(f"month must be in 1..12, got {month}")
    type_digit = _BIN_ENTITY_DIGITS.get(entity_type)
    if type_digit is None:
        raise ValueError(f"unknown BIN entity type {entity_type!r}")
    division_digit = _BIN_DIVISION_DIGITS.get(division)
    if division_digit is None:
        raise ValueError(f"unknown BIN division {division!r}")
    _check_serial(serial, _BIN_SERIALS)
    prefix = f"{year % 100:02d}{month:02d}{type_digit}{division_digit}"
    return _with_check(prefix, serial, 5, _BIN_SERIALS)
