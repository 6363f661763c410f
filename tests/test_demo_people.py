"""Tests for desk.demo_people: synthetic people must be valid, realistic and reproducible."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.demo_people import (
    ZHENGZHOU_AREA_CODES,
    ZHENGZHOU_DISTRICTS,
    grid_name,
    make_address,
    make_company,
    make_person,
)
from desk.validation import parse_id_number, parse_mobile, parse_uscc

TODAY = date(2026, 11, 25)


def people(seed: int, count: int, today: date = TODAY, codes=ZHENGZHOU_AREA_CODES):
    rng = random.Random(seed)
    return [make_person(rng, codes, today) for _ in range(count)]


def test_every_person_is_valid_and_consistent():
    for person in people(1, 2000):
        parsed = parse_id_number(person.id_number, today=TODAY)
        assert parsed.value == person.id_number
        assert parsed.sex == person.sex
        assert parsed.birth_date == person.birth_date
        assert parsed.area_code in ZHENGZHOU_AREA_CODES
        assert 18 <= parsed.age(TODAY) <= 85
        assert parse_mobile(person.mobile) == person.mobile
        assert re.fullmatch(r"1[3579]\d{9}|18\d{9}", person.mobile)
        assert 2 <= len(person.name) <= 4 or "·" in person.name
        assert person.ethnicity.endswith("族")


def test_deterministic_for_a_seed():
    assert people(42, 50) == people(42, 50)
    assert people(42, 50) != people(43, 50)
    rng_a, rng_b = random.Random(7), random.Random(7)
    assert [make_company(rng_a) for _ in range(20)] == [make_company(rng_b) for _ in range(20)]
    rng_a, rng_b = random.Random(7), random.Random(7)
    assert make_address(rng_a, "纬五路社区", "第一网格") == make_address(rng_b, "纬五路社区", "第一网格")


def test_distribution_looks_realistic():
    crowd = people(2, 3000)
    surnames = Counter(p.name[0] for p in crowd)
    assert {s for s, _ in surnames.most_common(4)} <= {"王", "李", "张", "刘", "陈"}
    assert len(surnames) > 40
    ethnicities = Counter(p.ethnicity for p in crowd)
    assert 0.88 < ethnicities["汉族"] / len(crowd) < 0.98
    assert ethnicities["回族"] > 0
    sexes = Counter(p.sex for p in crowd)
    assert 0.45 < sexes["M"] / len(crowd) < 0.55
    ages = [parse_id_number(p.id_number, today=TODAY).age(TODAY) for p in crowd]
    assert min(ages) <= 20 and max(ages) >= 83
    assert len({p.id_number for p in crowd}) == len(crowd)


def test_uses_only_the_given_area_codes():
    for person in people(3, 200, codes=["410104"]):
        assert person.id_number.startswith("410104")


@settings(max_examples=50)
@given(st.integers(0, 2**32), st.dates(date(2000, 1, 1), date(2100, 12, 31)))
def test_valid_on_any_today(seed, today):
    for person in people(seed, 20, today=today):
        parsed = parse_id_number(person.id_number, today=today)
        assert parsed.sex == person.sex
        assert 18 <= parsed.age(today) <= 85


def test_leap_day_today():
    leap = date(2024, 2, 29)
    for person in people(5, 500, today=leap):
        assert 18 <= parse_id_number(person.id_number, today=leap).age(leap) <= 85


def test_address_format():
    rng = random.Random(9)
    addresses = [make_address(rng, "经八路街道纬五路社区", "第二网格") for _ in range(200)]
    pattern = re.compile(
        r"经八路街道纬五路社区第二网格 (\w+?[路街])\d{1,3}号院\d{1,2}号楼[1-4]单元\d{1,2}0[1-4]"
    )
    for address in addresses:
        assert pattern.fullmatch(address), address
    roads = Counter(pattern.fullmatch(a).group(1) for a in addresses)
    assert roads.most_common(1)[0][0] == "纬五路"  # the community's own road dominates
    other = make_address(random.Random(1), "金色港湾社区", "第一网格")
    assert other.startswith("金色港湾社区第一网格 ")


def test_grid_name():
    assert [grid_name(n) for n in (1, 2, 10, 11, 19, 20)] == [
        "第一网格", "第二网格", "第十网格", "第十一网格", "第十九网格", "第20网格"
    ]


def test_companies_have_valid_credit_codes():
    rng = random.Random(11)
    for _ in range(500):
        name, code = make_company(rng)
        assert parse_uscc(code) == code
        assert code[:2] in ("91", "92")
        assert code[2:8] in ZHENGZHOU_DISTRICTS
        if code.startswith("91"):
            assert name.startswith("郑州") and name.endswith("公司")
        else:
            assert name.startswith(ZHENGZHOU_DISTRICTS[code[2:8]])


def test_area_code_constants():
    assert {"410102", "410103", "410104", "410105", "410108", "410122"} <= set(ZHENGZHOU_AREA_CODES)
    assert ZHENGZHOU_DISTRICTS["410105"] == "金水区"
