"""Tests for desk.validation: ID numbers, credit codes, mobiles, dates, free text and masking."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.errors import ValidationError
from desk.validation import (
    PROVINCE_CODES,
    USCC_ALPHABET,
    id_check_char,
    mask_id_number,
    mask_name,
    mask_personal_text,
    mask_phone,
    normalize_text,
    parse_date,
    parse_id_number,
    parse_mobile,
    parse_uscc,
    uscc_check_char,
)

TODAY = date(2026, 11, 25)


def make_id(first17: str) -> str:
    return first17 + id_check_char(first17)


def rejects(func, raw, field, fragment, **kwargs) -> ValidationError:
    """Assert ``func`` rejects ``raw`` for ``field`` with ``fragment`` in the shown message."""
    with pytest.raises(ValidationError) as info:
        func(raw, field=field, **kwargs)
    error = info.value
    assert error.field == field
    assert fragment in str(error), str(error)
    assert "{" not in str(error)  # every placeholder was filled
    return error


# --- resident ID number --------------------------------------------------------------------


def test_standard_example_parses():
    parsed = parse_id_number("11010519491231002X", today=TODAY)
    assert parsed.value == "11010519491231002X"
    assert parsed.area_code == "110105"
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.sex == "F"  # sequence 002 is even
    assert parsed.age(TODAY) == 76
    assert parsed.masked == "110105********002X"


def test_check_char_known_values():
    assert id_check_char("11010519491231002") == "X"
    assert make_id("41010519900101123") == "410105199001011233"
    with pytest.raises(ValueError):
        id_check_char("1101051949123100")
    with pytest.raises(ValueError):
        id_check_char("1101051949123100X")


@pytest.mark.parametrize(
    "raw",
    ["11010519491231002x", " 110105 19491231 002X ", "１１０１０５１９４９１２３１００２Ｘ",
     "110105\u300019491231002ｘ", "\t11010519491231002X\n"],
)
def test_id_normalisation(raw):
    assert parse_id_number(raw, today=TODAY).value == "11010519491231002X"


def test_odd_sequence_is_male_and_age_counts_birthdays():
    parsed = parse_id_number(make_id("41010520000229001"), today=TODAY)
    assert parsed.sex == "M"
    assert parsed.birth_date == date(2000, 2, 29)
    assert parsed.age(date(2018, 2, 28)) == 17
    assert parsed.age(date(2018, 3, 1)) == 18
    assert parsed.age(date(2020, 2, 29)) == 20


def test_id_errors():
    rejects(parse_id_number, "  ", "id_number", "Enter the 18-character ID number")
    err = rejects(parse_id_number, "41010519900101123?", "holder_id", 'remove "?"')
    assert err.params == {"chars": "?"}
    rejects(parse_id_number, "张三", "id_number", 'remove "张三"')
    rejects(parse_id_number, "410105900101123", "id_number", "15-digit first-generation")
    rejects(parse_id_number, "41010519900101123", "id_number", "this one has 17")
    rejects(parse_id_number, "4101051990010112345", "id_number", "this one has 19")
    rejects(parse_id_number, "41010519900101X234", "id_number", "Only the last character")
    rejects(parse_id_number, make_id("99010519900101123"), "id_number", "starts with 990105")
    rejects(parse_id_number, make_id("01010519900101123"), "id_number", "province code")
    bad_day, before_1900 = make_id("41010519900230123"), make_id("41010518991231123")
    rejects(parse_id_number, bad_day, "id_number", "19900230 is not a real date")
    rejects(parse_id_number, make_id("41010519901301123"), "id_number", "not a real date")
    rejects(parse_id_number, before_1900, "id_number", "1899-12-31, is before 1900")
    rejects(
        parse_id_number, make_id("41010520261126123"), "id_number", "2026-11-26, is in the future",
        today=TODAY,
    )
    err = rejects(parse_id_number, "110105194912310021", "id_number", "should be X, not 1")
    assert err.params == {"expected": "X", "actual": "1"}


def test_fifteen_characters_with_x_is_a_length_error():
    rejects(parse_id_number, "41010590010112X", "id_number", "this one has 15")


def test_taiwan_and_hong_kong_prefixes_accepted():
    for prefix in ("71", "81", "82", "83"):
        parsed = parse_id_number(make_id(prefix + "000019900101123"), today=TODAY)
        assert parsed.area_code == prefix + "0000"


first17s = st.builds(
    lambda province, rest, birth, seq: f"{province}{rest:04d}{birth:%Y%m%d}{seq:03d}",
    st.sampled_from(sorted(PROVINCE_CODES)),
    st.integers(0, 9999),
    st.dates(date(1900, 1, 1), TODAY),
    st.integers(0, 999),
)


@given(first17s)
def test_any_valid_number_round_trips(first17):
    parsed = parse_id_number(make_id(first17), today=TODAY)
    assert parsed.value == make_id(first17)
    assert parsed.sex == ("M" if int(first17[14:17]) % 2 else "F")
    assert f"{parsed.birth_date:%Y%m%d}" == first17[6:14]
    assert parsed.age(TODAY) >= 0


@given(first17s, st.sampled_from("0123456789X"))
def test_any_other_check_char_fails(first17, wrong):
    if wrong == id_check_char(first17):
        wrong = "0" if wrong != "0" else "1"
    with pytest.raises(ValidationError, match="should be"):
        parse_id_number(first17 + wrong, today=TODAY)


# --- unified social credit code ------------------------------------------------------------


def test_uscc_known_example():
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert parse_uscc("91350100M000100Y43") == "91350100M000100Y43"
    assert parse_uscc(" 9135 0100 m000 100y43 ") == "91350100M000100Y43"
    assert parse_uscc("９１３５０１００Ｍ０００１００Ｙ４３") == "91350100M000100Y43"


def test_uscc_check_char_rejects_bad_input():
    with pytest.raises(ValueError):
        uscc_check_char("91350100M000100I4")
    with pytest.raises(ValueError):
        uscc_check_char("91350100M000100Y")


def test_uscc_errors():
    rejects(parse_uscc, "", "credit_code", "Enter the 18-character unified social credit code")
    rejects(parse_uscc, "91350100M000100Y4", "org_code", "this one has 17")
    rejects(parse_uscc, "91350100M00O100Y43", "credit_code", 'correct "O"')
    rejects(parse_uscc, "91350100M000100S4I", "credit_code", 'correct "SI"')
    rejects(parse_uscc, "B1350100M000100Y43", "credit_code", "B1 is not one of them")
    rejects(parse_uscc, "90350100M000100Y43", "credit_code", "90 is not one of them")
    rejects(parse_uscc, "913501A0M000100Y43", "credit_code", "six-digit area code, not 3501A0")
    err = rejects(parse_uscc, "91350100M000100Y44", "credit_code", "should be 3, not 4")
    assert err.params == {"expected": "3", "actual": "4"}


@given(
    st.sampled_from("123456789ANY"),
    st.sampled_from("123456789"),
    st.integers(0, 999999),
    st.text(USCC_ALPHABET, min_size=9, max_size=9),
)
def test_uscc_round_trip(authority, kind, area, org):
    first17 = f"{authority}{kind}{area:06d}{org}"
    code = first17 + uscc_check_char(first17)
    assert parse_uscc(code.lower()) == code
    wrong = USCC_ALPHABET[(USCC_ALPHABET.index(code[-1]) + 1) % 31]
    with pytest.raises(ValidationError, match="should be"):
        parse_uscc(first17 + wrong)


# --- mobile --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ["13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+86-13812345678",
     "0086 13812345678", "8613812345678", "１３８１２３４５６７８", " 138１２３４5678 "],
)
def test_mobile_normalisation(raw):
    assert parse_mobile(raw) == "13812345678"


def test_mobile_errors():
    rejects(parse_mobile, " - ", "phone", "Enter the 11-digit mobile number")
    rejects(parse_mobile, "138(1234)5678", "contact_phone", 'remove "()"')
    rejects(parse_mobile, "1381234567", "phone", "this one has 10")
    rejects(parse_mobile, "8613812345", "phone", "this one has 10")
    rejects(parse_mobile, "138123456789", "phone", "this one has 12")
    rejects(parse_mobile, "12812345678", "phone", "13 to 19, not 12")
    rejects(parse_mobile, "03716788123", "phone", "landline field")


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ["2026-11-25", "2026/11/25", "2026.11.25", "20261125", "2026年11月25日", "2026年11月25",
     " 2026 - 11 - 25 ", "２０２６年１１月２５日"],
)
def test_date_formats(raw):
    assert parse_date(raw) == date(2026, 11, 25)


def test_single_digit_month_and_day():
    assert parse_date("2026-3-5") == date(2026, 3, 5)
    assert parse_date("2026/3/05") == date(2026, 3, 5)
    assert parse_date("2026年3月5日") == date(2026, 3, 5)


def test_date_errors():
    rejects(parse_date, "", "hearing_date", "Enter a date")
    rejects(parse_date, "25/11/2026", "date", '"25/11/2026" is not a date')
    rejects(parse_date, "2026-11/25", "date", "for example 2026-11-25")
    rejects(parse_date, "2026325", "date", "is not a date")
    rejects(parse_date, "tomorrow", "date", "type year, month and day")
    rejects(parse_date, "2026-02-29", "date", '"2026-02-29" is not a real date')
    rejects(parse_date, "2026年13月1日", "date", "check the month and the day")


# --- free text -----------------------------------------------------------------------------


def test_normalize_text_keeps_unicode_and_drops_controls():
    raw = "  邻里纠纷 😀 调解\x00完成\r\n第二行\t备注\x1b \x07 "
    assert normalize_text(raw, 100, "summary") == "邻里纠纷 😀 调解完成\n第二行\t备注"


def test_normalize_text_length_limit():
    assert normalize_text("  " + "字" * 10 + "  ", 10, "summary") == "字" * 10
    err = rejects(
        lambda raw, field: normalize_text(raw, 10, field), "字" * 12, "summary",
        "at most 10 characters long; it has 12",
    )
    assert err.params == {"limit": 10, "length": 12}


# --- masking -------------------------------------------------------------------------------


def test_mask_id_number():
    assert mask_id_number("410105199001011234") == "410105********1234"
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number("410105900101123") == "4*************3"
    assert mask_id_number("abc") == "a*c"
    assert mask_id_number("ab") == "**"
    assert mask_id_number("") == ""


def test_mask_name():
    assert mask_name("张三明") == "张*明"
    assert mask_name("张三") == "张*"
    assert mask_name("欧阳小明") == "欧**明"
    assert mask_name("买买提·艾力") == "买****力"
    assert mask_name("张") == "张"
    assert mask_name("") == ""


def test_mask_phone():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("037167881234") == "037*******34"
    assert mask_phone("123456") == "123*56"
    assert mask_phone("12345") == "*****"
    assert mask_phone("") == ""


def test_mask_personal_text():
    text = (
        "申请人张三（身份证410105199001011234，电话13812345678）与被申请人"
        "李四(ID 11010519491231002x, tel +86 139-1234-5678 / 8615912345678)调解成功；"
        "案号 (2026)豫0105民调123号，金额 12345678 元，订单 202611251381234567890。"
    )
    assert mask_personal_text(text) == (
        "申请人张三（身份证410105********1234，电话138****5678）与被申请人"
        "李四(ID 110105********002x, tel +86 139-****-5678 / 86159****5678)调解成功；"
        "案号 (2026)豫0105民调123号，金额 12345678 元，订单 202611251381234567890。"
    )
    assert mask_personal_text("") == ""
    assert mask_personal_text("no personal data") == "no personal data"


@given(first17s, st.sampled_from(["138", "159", "177", "186", "199"]), st.integers(0, 10**8 - 1),
       st.text(st.characters(blacklist_categories=("Nd", "Lu", "Ll")), min_size=1, max_size=8))
def test_masked_text_never_contains_the_numbers(first17, prefix, rest, filler):
    id_number, phone = make_id(first17), f"{prefix}{rest:08d}"
    masked = mask_personal_text(f"{filler}{id_number}{filler}{phone}{filler}")
    assert id_number not in masked and phone not in masked
    assert mask_id_number(id_number) in masked and mask_phone(phone) in masked
