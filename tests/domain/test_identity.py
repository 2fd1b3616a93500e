"""IIN / BIN rules: worked examples, every failure rule, and properties."""

from __future__ import annotations

import pickle
from datetime import date

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from desktop.domain.identity import (
    BinInfo,
    IdentityError,
    IinInfo,
    classify,
    control_digit,
    make_bin,
    make_iin,
    parse_bin,
    parse_iin,
)

# An independent, deliberately naive statement of the checksum, so that the tests
# do not merely compare the module with itself.
ROUND_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
ROUND_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def round_sum(first11: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(d) for w, d in zip(weights, first11, strict=True)) % 11


def reference_check(first11: str) -> int | None:
    first = round_sum(first11, ROUND_1)
    if first != 10:
        return first
    second = round_sum(first11, ROUND_2)
    return None if second == 10 else second


def passes_check(number: str) -> bool:
    return reference_check(number[:11]) == int(number[11])


def with_check(first11: str) -> str:
    check = reference_check(first11)
    assert check is not None, first11
    return first11 + str(check)


# Words each rule's message must contain (the UI translates `rule`; the English
# message is for logs and developers and must still say what failed).
RULE_WORDS = {
    "length": "length",
    "digits": "digits",
    "check_digit": "check digit",
    "check_digit_unusable": "check digit unusable",
    "birth_date": "birth date",
    "century": "century",
    "bin_month": "month",
    "bin_type": "entity type",
    "bin_division": "division",
}

# Prefixes where both rounds give 10 (found by search; re-verified in a test).
UNUSABLE_IIN_PREFIX = "79102830095"
UNUSABLE_BIN_PREFIX = "94014000096"

SETTINGS = settings(max_examples=300, deadline=None, database=None)

# ---------------------------------------------------------------- strategies

digit_strings = st.text(alphabet="0123456789", min_size=11, max_size=11)
iin_dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31))
sexes = st.sampled_from(["male", "female"])
iin_serials = st.integers(0, 9999)
bin_years = st.integers(1969, 2068)
months = st.integers(1, 12)
entity_types = st.sampled_from(["resident", "non_resident", "joint_entrepreneurship"])
divisions = st.sampled_from(["head_office", "branch", "representative_office", "peasant_farm"])
bin_serials = st.integers(0, 99_999)


@st.composite
def valid_numbers(draw: st.DrawFn) -> str:
    """Any 12 digits with a correct check digit (structure not required)."""
    first11 = draw(digit_strings)
    assume(reference_check(first11) is not None)
    return with_check(first11)


def expected_serial(prefix: str, serial: int, width: int) -> int:
    """The serial make_* documents: the given one, or the next when unusable."""
    modulus = 10**width
    while reference_check(f"{prefix}{serial:0{width}d}") is None:
        serial = (serial + 1) % modulus
    return serial


# ---------------------------------------------------------------- worked examples


def test_worked_iin_first_round() -> None:
    assert round_sum("79102830272", ROUND_1) == 8  # decided in round 1
    assert control_digit("79102830272") == 8
    assert parse_iin("791028302728") == IinInfo(
        number="791028302728", birth_date=date(1979, 10, 28), sex="male", serial="0272"
    )


def test_worked_iin_needs_second_round() -> None:
    assert round_sum("06121160001", ROUND_1) == 10  # round 1 is not enough
    assert round_sum("06121160001", ROUND_2) == 2
    assert control_digit("06121160001") == 2
    assert parse_iin("061211600012") == IinInfo(
        number="061211600012", birth_date=date(2006, 12, 11), sex="female", serial="0001"
    )


def test_worked_bin() -> None:
    info = parse_bin("940140000385")
    assert info == BinInfo(
        number="940140000385",
        year=1994,
        month=1,
        entity_type="resident",
        division="head_office",
        serial="00038",
    )
    assert info.registered == (1994, 1)


def test_worked_bin_bad_check_digit() -> None:
    with pytest.raises(IdentityError) as caught:
        parse_bin("940140000380")
    assert caught.value.rule == "check_digit"
    assert caught.value.number == "940140000380"
    assert str(caught.value) == "BIN 940140000380: check digit is 0, expected 5"


def test_message_format_from_the_brief() -> None:
    with pytest.raises(IdentityError) as caught:
        parse_iin("791028302729")
    assert str(caught.value) == "IIN 791028302729: check digit is 9, expected 8"
    assert caught.value.kind == "iin"


def test_classify_worked_examples() -> None:
    assert classify("791028302728") == "iin"
    assert classify("061211600012") == "iin"
    assert classify("940140000385") == "bin"


# ---------------------------------------------------------------- whitespace


def test_surrounding_whitespace_is_stripped() -> None:
    assert parse_iin(" \t791028302728\n").number == "791028302728"
    assert parse_bin("\u00a0940140000385 ").number == "940140000385"
    assert classify("  940140000385  ") == "bin"


@pytest.mark.parametrize("text", ["791028 302728", "7910 8302728", "791028-302728"])
def test_inner_separator_is_a_digits_error(text: str) -> None:
    # 12 characters -> "digits"; 13 characters -> "length" (length is checked first).
    with pytest.raises(IdentityError) as caught:
        parse_iin(text)
    assert caught.value.rule == ("digits" if len(text) == 12 else "length")


# ---------------------------------------------------------------- each rule fails

IIN_FAILURES = [
    # (text, rule)
    ("", "length"),
    ("79102830272", "length"),
    ("7910283027281", "length"),
    ("79102830272a", "digits"),
    ("7910 8302728", "digits"),
    ("７９１０２８３０２７２８", "digits"),  # full-width digits: str.isdigit() is True
    ("٧٩١٠٢٨٣٠٢٧٢٨", "digits"),  # Arabic-Indic digits, also isdigit()
    ("79102830272²", "digits"),  # superscript two, also isdigit()
    ("791028302729", "check_digit"),
    (UNUSABLE_IIN_PREFIX + "0", "check_digit_unusable"),
    (with_check("79102800272"), "century"),  # digit 7 = 0 (foreign/legacy): invalid
    (with_check("79102870272"), "century"),
    (with_check("79102890272"), "century"),
    (with_check("79023030272"), "birth_date"),  # 30 February
    (with_check("79132830272"), "birth_date"),  # month 13
    (with_check("79000030272"), "birth_date"),  # month 00
    (with_check("79100030272"), "birth_date"),  # day 00
    (with_check("00022930272"), "birth_date"),  # 29 Feb 1900: not a leap year
]


@pytest.mark.parametrize(("text", "rule"), IIN_FAILURES)
def test_iin_rule_failures(text: str, rule: str) -> None:
    with pytest.raises(IdentityError) as caught:
        parse_iin(text)
    error = caught.value
    assert error.rule == rule
    assert error.number == text.strip()
    message = str(error)
    assert message.startswith("IIN ")
    assert RULE_WORDS[rule] in message
    # the number itself: bare when plain, quoted (repr) when empty or with spaces
    plain = bool(text) and " " not in text
    shown = text if plain else repr(text)
    assert message.startswith(f"IIN {shown}: ")


def test_iin_leap_day_depends_on_century() -> None:
    assert parse_iin(with_check("00022950272")).birth_date == date(2000, 2, 29)
    assert parse_iin(with_check("96022920272")).birth_date == date(1896, 2, 29)
    assert parse_iin(with_check("96022940272")).birth_date == date(1996, 2, 29)
    with pytest.raises(IdentityError, match="birth date") as caught:
        parse_iin(with_check("00022930272"))
    assert caught.value.rule == "birth_date"


@pytest.mark.parametrize(
    ("digit", "year", "sex"),
    [
        ("1", 1879, "male"),
        ("2", 1879, "female"),
        ("3", 1979, "male"),
        ("4", 1979, "female"),
        ("5", 2079, "male"),
        ("6", 2079, "female"),
    ],
)
def test_iin_century_and_sex(digit: str, year: int, sex: str) -> None:
    info = parse_iin(with_check(f"791028{digit}0272"))
    assert info.birth_date == date(year, 10, 28)
    assert info.sex == sex


BIN_FAILURES = [
    ("94014000038", "length"),
    ("9401400003850", "length"),
    ("94014000038O", "digits"),  # letter O
    ("940140000380", "check_digit"),
    (UNUSABLE_BIN_PREFIX + "0", "check_digit_unusable"),
    (with_check("94004000038"), "bin_month"),
    (with_check("94134000038"), "bin_month"),
    (with_check("94013000038"), "bin_type"),
    (with_check("94017000038"), "bin_type"),
    (with_check("94014400038"), "bin_division"),
    (with_check("94014900038"), "bin_division"),
]


@pytest.mark.parametrize(("text", "rule"), BIN_FAILURES)
def test_bin_rule_failures(text: str, rule: str) -> None:
    with pytest.raises(IdentityError) as caught:
        parse_bin(text)
    error = caught.value
    assert error.rule == rule
    assert error.number == text
    assert error.kind == "bin"
    assert str(error).startswith(f"BIN {text}: ")
    assert RULE_WORDS[rule] in str(error)


def test_every_rule_code_is_exercised() -> None:
    seen = {rule for _, rule in IIN_FAILURES} | {rule for _, rule in BIN_FAILURES}
    assert seen == set(IdentityError.RULES) == set(RULE_WORDS)


def test_unusable_prefixes_really_are_unusable() -> None:
    for prefix in (UNUSABLE_IIN_PREFIX, UNUSABLE_BIN_PREFIX):
        assert round_sum(prefix, ROUND_1) == 10
        assert round_sum(prefix, ROUND_2) == 10
        assert control_digit(prefix) is None
    # every final digit is rejected the same way
    for last in "0123456789":
        with pytest.raises(IdentityError) as caught:
            parse_iin(UNUSABLE_IIN_PREFIX + last)
        assert caught.value.rule == "check_digit_unusable"


def test_rule_order_length_digits_check_structure() -> None:
    cases = [
        ("79102830272x9", "length"),  # wrong length and a letter
        ("7x1328002729", "digits"),  # letter, bad month, bad century, bad check
        (with_check("79132800272")[:11] + "9", "check_digit"),  # bad month, century, check
        (with_check("79132800272"), "century"),  # century before the birth date
    ]
    for text, rule in cases:
        with pytest.raises(IdentityError) as caught:
            parse_iin(text)
        assert caught.value.rule == rule, text
    bin_cases = [
        (with_check("94139900038"), "bin_month"),  # month, type and division all bad
        (with_check("94019900038"), "bin_type"),  # type and division bad
    ]
    for text, rule in bin_cases:
        with pytest.raises(IdentityError) as caught:
            parse_bin(text)
        assert caught.value.rule == rule, text


def test_error_is_value_error_and_pickles() -> None:
    with pytest.raises(ValueError, match="check digit is 9, expected 8"):
        parse_iin("791028302729")
    try:
        parse_bin("940140000380")
    except IdentityError as error:
        copy = pickle.loads(pickle.dumps(error))
        assert (copy.rule, copy.number, copy.kind, str(copy)) == (
            error.rule,
            error.number,
            error.kind,
            str(error),
        )
    else:
        pytest.fail("940140000380 must not parse")


def test_long_or_odd_input_is_quoted_and_shortened_in_message() -> None:
    with pytest.raises(IdentityError) as caught:
        parse_iin("1" * 500)
    assert caught.value.rule == "length"
    assert caught.value.number == "1" * 500
    assert "length is 500" in str(caught.value)
    assert len(str(caught.value)) < 150
    with pytest.raises(IdentityError) as caught:
        parse_iin("79102830272\x00")
    assert "'79102830272\\x00'" in str(caught.value)


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_iin(791028302728)  # type: ignore[arg-type]


# ---------------------------------------------------------------- control_digit


@SETTINGS
@given(digit_strings)
def test_control_digit_matches_reference(first11: str) -> None:
    assert control_digit(first11) == reference_check(first11)


@pytest.mark.parametrize(("text", "rule"), [("", "length"), ("791028302728", "length")])
def test_control_digit_rejects_wrong_length(text: str, rule: str) -> None:
    with pytest.raises(IdentityError) as caught:
        control_digit(text)
    assert caught.value.rule == rule
    assert caught.value.kind is None


def test_control_digit_rejects_non_digits() -> None:
    with pytest.raises(IdentityError) as caught:
        control_digit("7910283027٢")
    assert caught.value.rule == "digits"


# ---------------------------------------------------------------- make_* round trips


@SETTINGS
@given(iin_dates, sexes, iin_serials)
@example(date(1979, 10, 28), "male", 95)  # prefix 79102830095 is unusable -> 0096
@example(date(2099, 12, 31), "female", 9999)
def test_make_iin_parses_back(birth: date, sex: str, serial: int) -> None:
    number = make_iin(birth, sex, serial)
    info = parse_iin(number)
    assert info.number == number
    assert info.birth_date == birth
    assert info.sex == sex
    assert int(info.serial) == expected_serial(number[:7], serial, 4)
    assert classify(number) == "iin"


def test_make_iin_skips_unusable_serial_to_the_next() -> None:
    assert control_digit("79102830095") is None
    skipped = make_iin(date(1979, 10, 28), "male", 95)
    assert skipped == make_iin(date(1979, 10, 28), "male", 96)
    assert parse_iin(skipped).serial == "0096"


def test_make_iin_serial_wraps_around() -> None:
    # The first 1979 date whose serial 9999 is unusable: 9999 must wrap to 0000.
    day = date(1979, 1, 1)
    while reference_check(f"{day:%y%m%d}3" + "9999") is not None:
        day = date.fromordinal(day.toordinal() + 1)
    assert day.year == 1979
    wrapped = make_iin(day, "male", 9999)
    assert wrapped == make_iin(day, "male", 0)
    assert parse_iin(wrapped).serial == "0000"


@SETTINGS
@given(bin_years, months, entity_types, divisions, bin_serials)
@example(1994, 1, "resident", "head_office", 96)  # prefix 94014000096 is unusable
@example(2068, 12, "joint_entrepreneurship", "peasant_farm", 99_999)
@example(1969, 1, "non_resident", "branch", 0)
def test_make_bin_parses_back(
    year: int, month: int, entity_type: str, division: str, serial: int
) -> None:
    number = make_bin(year, month, entity_type, division, serial)
    info = parse_bin(number)
    assert info.number == number
    assert (info.year, info.month) == (year, month)
    assert info.entity_type == entity_type
    assert info.division == division
    assert int(info.serial) == expected_serial(number[:6], serial, 5)
    assert classify(number) == "bin"


def test_make_bin_worked_example() -> None:
    assert make_bin(1994, 1, "resident", "head_office", 38) == "940140000385"
    assert make_iin(date(1979, 10, 28), "male", 272) == "791028302728"
    assert make_iin(date(2006, 12, 11), "female", 1) == "061211600012"


@pytest.mark.parametrize(
    "call",
    [
        lambda: make_iin(date(1799, 12, 31), "male", 0),
        lambda: make_iin(date(2100, 1, 1), "male", 0),
        lambda: make_iin(date(2000, 1, 1), "other", 0),
        lambda: make_iin(date(2000, 1, 1), "male", -1),
        lambda: make_iin(date(2000, 1, 1), "male", 10_000),
        lambda: make_bin(1968, 1, "resident", "head_office", 0),
        lambda: make_bin(2069, 1, "resident", "head_office", 0),
        lambda: make_bin(2000, 0, "resident", "head_office", 0),
        lambda: make_bin(2000, 13, "resident", "head_office", 0),
        lambda: make_bin(2000, 1, "alien", "head_office", 0),
        lambda: make_bin(2000, 1, "resident", "moon_base", 0),
        lambda: make_bin(2000, 1, "resident", "head_office", 100_000),
    ],
)
def test_make_rejects_bad_arguments(call: object) -> None:
    with pytest.raises(ValueError):
        call()  # type: ignore[operator]


# ---------------------------------------------------------------- IIN and BIN never overlap


made_iins = st.builds(make_iin, iin_dates, sexes, iin_serials)
made_bins = st.builds(make_bin, bin_years, months, entity_types, divisions, bin_serials)


@SETTINGS
@given(st.one_of(valid_numbers(), made_iins, made_bins))
def test_no_number_is_both_iin_and_bin(number: str) -> None:
    # IIN digit 5 is the tens digit of the day (0..3); BIN digit 5 is 4..6.
    outcomes = []
    for parse in (parse_iin, parse_bin):
        try:
            parse(number)
        except IdentityError:
            outcomes.append(False)
        else:
            outcomes.append(True)
    assert outcomes != [True, True]
    if outcomes[0]:
        assert number[4] in "0123"
    if outcomes[1]:
        assert number[4] in "456"


@SETTINGS
@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_classify_agrees_with_parsers(number: str) -> None:
    try:
        kind = classify(number)
    except IdentityError as error:
        with pytest.raises(IdentityError) as iin_caught:
            parse_iin(number)
        with pytest.raises(IdentityError):
            parse_bin(number)
        # classify reports the IIN attempt's failure
        assert (error.rule, str(error)) == (iin_caught.value.rule, str(iin_caught.value))
        assert error.kind == "iin"
    else:
        parser = parse_iin if kind == "iin" else parse_bin
        assert parser(number).number == number


# ---------------------------------------------------------------- single-digit changes
#
# Is it true that changing one digit of a valid number always breaks the check?
# No.  The round-1 weight of digit 11 is 11, which is 0 mod 11, so digit 11 does
# not take part in round 1 at all: for every number decided in round 1 (about
# 10 in 11), ANY change to digit 11 keeps the check digit valid.  Also, a change
# elsewhere that moves the round-1 sum onto or off 10 switches which round
# decides the check digit, and the other round may agree by coincidence
# (about 1.7% of such changes).
#
# What IS true, and asserted below (r = round-1 sum mod 11, r' after the change):
#   * changing digit 12 (the check digit itself) always fails;
#   * changing a digit at positions 1..10 fails whenever r != 10 and r' != 10,
#     because weights 1..10 are invertible mod 11, so r' != r;
#   * changing digit 11 always passes when r != 10 and always fails when r == 10
#     (round-2 weight 2 is invertible, so the round-2 sum changes).


def _single_digit_changes(number: str) -> list[tuple[int, str]]:
    return [
        (pos, number[:pos] + d + number[pos + 1 :])
        for pos in range(12)
        for d in "0123456789"
        if d != number[pos]
    ]


@SETTINGS
@given(valid_numbers())
@example("791028302728")
@example("061211600012")
@example("940140000385")
def test_single_digit_change_what_is_true(number: str) -> None:
    r = round_sum(number[:11], ROUND_1)
    for pos, changed in _single_digit_changes(number):
        passes = passes_check(changed)
        # the module agrees with the naive reference on every mutant
        try:
            parse_iin(changed)
        except IdentityError as error:
            assert passes is (error.rule not in {"check_digit", "check_digit_unusable"})
        else:
            assert passes
        if pos == 11:
            assert not passes, changed
        elif pos == 10:
            assert passes is (r != 10), changed
        else:
            r_changed = round_sum(changed[:11], ROUND_1)
            assert r_changed != r
            if r != 10 and r_changed != 10:
                assert not passes, changed


def test_single_digit_change_counterexamples_are_real() -> None:
    # Digit 11 of a round-1 number: 791028302728 -> 791028302708, still a valid IIN.
    assert parse_iin("791028302708").serial == "0270"
    # A change at position 1..10 that passes because it switches rounds.
    # 061211600012 is decided in round 2 (round-1 sum 10); find a mutant whose
    # round-1 sum happens to equal the old round-2 result.
    switched = [
        changed
        for pos, changed in _single_digit_changes("061211600012")
        if pos < 10 and passes_check(changed)
    ]
    assert switched, "expected at least one round-switching collision"
    for changed in switched:
        assert round_sum(changed[:11], ROUND_1) == 2


# ---------------------------------------------------------------- arbitrary text


@SETTINGS
@given(
    st.one_of(
        st.text(),
        st.text(alphabet="0123456789 \t\n٠١٢٣٤٥٦٧٨٩０１２３¹²x-", max_size=16),
        st.text(alphabet="0123456789", max_size=14),
    )
)
def test_arbitrary_text_only_raises_identity_error(text: str) -> None:
    for parse in (parse_iin, parse_bin, classify):
        try:
            parse(text)
        except IdentityError as error:
            assert error.rule in IdentityError.RULES
            assert error.number == text.strip()
            assert RULE_WORDS[error.rule] in str(error)
