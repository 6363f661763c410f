"""Mediation intake: validation of parties, related open cases, gap-free case numbers, search by
1- and 2-character names, pinyin initials, ID number, phone and case number."""

import threading
from datetime import date

import pytest

from desk.db import open_database
from desk.errors import PermissionDenied, ValidationError
from desk.services.container import Services
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.mediation_search import query_tokens

ID_A = "11010519491231002X"
ID_B = "410105199001011233"


@pytest.fixture
def mediator(demo):
    return demo.auth.login("sunli", "demo1234")


def intake(applicant="张三明", respondent="王芳", phone="13812345678", id_number=ID_A, **kw):
    return IntakeInput(
        source="application", category_code="02", summary="邻里之间因漏水问题发生纠纷，双方多次争吵。",
        place="纬五路12号院", amount="3,500.50", people_count=kw.pop("people_count", 2),
        received_on=kw.pop("received_on", date(2026, 11, 20)),
        parties=[PartyInput(role="applicant", name=applicant, id_number=id_number, phone=phone, address="纬五路12号院3号楼"),
                 PartyInput(role="respondent", name=respondent, phone="13987654321")], **kw)


def test_register_gives_the_yearly_number_and_derives_sex_and_birth(demo, mediator):
    case = demo.cases.get(mediator, demo.cases.register(mediator, intake()).id)
    assert case.number == "(2026)金调字第001号" and case.amount_cents == 350050
    applicant = case.parties[0]
    assert (applicant.sex, applicant.birth_date) == ("F", date(1949, 12, 31))
    second = demo.cases.get(mediator, demo.cases.register(mediator, intake(applicant="李四")).id)
    assert second.number == "(2026)金调字第002号"
    next_year = demo.cases.get(mediator, demo.cases.register(mediator, intake(received_on=date(2027, 1, 2))).id)
    assert next_year.number == "(2027)金调字第001号"


@pytest.mark.parametrize("change, field", [
    (lambda d: setattr(d.parties[0], "id_number", "110105194912310021"), "parties.0.id_number"),
    (lambda d: setattr(d.parties[1], "phone", "1234"), "parties.1.phone"),
    (lambda d: setattr(d, "parties", d.parties[:1]), "parties"),
    (lambda d: setattr(d, "amount", "十万"), "amount"),
    (lambda d: setattr(d, "category_code", "zz"), "category_code"),
    (lambda d: setattr(d, "summary", "吵"), "summary"),
    (lambda d: setattr(d.parties[0], "sex", "M"), "parties.0.sex"),
])
def test_bad_input_names_its_field_and_saves_nothing(demo, mediator, change, field):
    data = intake()
    change(data)
    with pytest.raises(ValidationError) as e:
        demo.cases.register(mediator, data)
    assert e.value.field == field
    assert demo.cases.search(mediator)[0] == 0


def test_organisation_party_with_credit_code(demo, mediator):
    data = intake()
    data.parties[1] = PartyInput(role="respondent", kind="org", name="郑州某物业服务有限公司",
                                 credit_code="91350100M000100Y43", legal_representative="赵六")
    case = demo.cases.get(mediator, demo.cases.register(mediator, data).id)
    assert case.parties[1].credit_code == "91350100M000100Y43"
    assert demo.cases.search(mediator, "91350100M000100Y43")[0] == 1


def test_mass_dispute_flag(demo, mediator):
    case = demo.cases.get(mediator, demo.cases.register(mediator, intake(people_count=12)).id)
    assert case.mass_dispute


def test_related_open_cases_by_id_phone_address(demo, mediator):
    demo.cases.register(mediator, intake())
    found = demo.cases.related_cases(mediator, [PartyInput(name="张三明", id_number=ID_A)])
    assert [r.matched_on for r in found] == ["id_number"] and found[0].party == "张*明"
    assert demo.cases.related_cases(mediator, [PartyInput(name="x", phone="13987654321")])[0].matched_on == "phone"
    assert demo.cases.related_cases(mediator, [PartyInput(name="x", address="纬五路12号院3号楼")])[0].matched_on == "address"
    assert demo.cases.related_cases(mediator, [PartyInput(name="x", phone="13900000000")]) == []


def test_search(demo, mediator):
    demo.cases.register(mediator, intake())
    demo.cases.register(mediator, intake(applicant="王小明", respondent="李强", phone="13811112222", id_number=ID_B))
    def names(text):
        return [r.number for r in demo.cases.search(mediator, text)[1]]
    assert names("王芳") == ["(2026)金调字第001号"]  # a 2-character name
    assert len(names("王")) == 2  # one character
    assert names("zsm") == ["(2026)金调字第001号"]  # pinyin initials of 张三明
    assert names("张三明 王芳") == ["(2026)金调字第001号"]  # all terms
    assert names(ID_B) == ["(2026)金调字第002号"]
    assert names("13811112222") == ["(2026)金调字第002号"]
    assert names("2222") == ["(2026)金调字第002号"]  # phone tail
    assert names("(2026)金调字第002号") == ["(2026)金调字第002号"]
    assert names("2") == ["(2026)金调字第002号"]  # sequence number
    assert names("赵钱孙") == []
    rows = demo.cases.search(mediator, "王")[1]
    assert all("*" in r.parties for r in rows)  # names masked in lists


def test_query_tokens():
    assert query_tokens("王芳") == ["b:王芳"]
    assert query_tokens("欧阳小明") == ["b:欧阳", "b:阳小", "b:小明"]
    assert query_tokens("ZSM") == ["p:zsm"]


def test_numbers_have_no_gaps_under_concurrency(demo, mediator, db_path):
    other = Services(open_database(db_path))
    errors = []

    def work(services):
        try:
            for i in range(10):
                services.cases.register(mediator, intake(applicant=f"测试{i}"))
        except Exception as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(s,)) for s in (demo, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert demo.cases.numbers_in_year(2026) == list(range(1, 21))
    other.db.dispose()


def test_a_failed_registration_leaves_no_gap(demo, mediator):
    demo.cases.register(mediator, intake())
    bad = intake()
    bad.category_code = "zz"
    with pytest.raises(ValidationError):
        demo.cases.register(mediator, bad)
    demo.cases.register(mediator, intake())
    assert demo.cases.numbers_in_year(2026) == [1, 2]


def test_roles(demo):
    clerk = demo.auth.login("liuyang", "demo1234")
    with pytest.raises(PermissionDenied):
        demo.cases.register(clerk, intake())
    head = demo.auth.login("zhaomin", "demo1234")
    with pytest.raises(PermissionDenied):
        demo.cases.register(head, intake())
    assert demo.cases.search(head)[0] == 0  # the head may look, not register


def test_number_format_is_a_setting(demo, admin, mediator):
    with pytest.raises(ValidationError):
        demo.settings.set(admin, "mediation.number_format", "{year}-{oops}")
    demo.settings.set(admin, "mediation.number_format", "{abbr}〔{year}〕{seq}号")
    demo.settings.set(admin, "mediation.case_abbr", "经调")
    case = demo.cases.get(mediator, demo.cases.register(mediator, intake()).id)
    assert case.number == "经调〔2026〕1号"


def test_case_detail_masks_until_revealed_and_audits(demo, mediator):
    import sqlite3

    from desk.services.mediation_detail import case_detail

    case_id = demo.cases.register(mediator, intake()).id
    masked = case_detail(demo.db, mediator, case_id)
    assert masked.parties[0].id_number == "110105********002X" and masked.parties[0].phone == "138****5678"
    shown = case_detail(demo.db, mediator, case_id, reveal=True)
    assert shown.parties[0].id_number == ID_A and shown.revealed
    head = demo.auth.login("zhaomin", "demo1234")
    assert case_detail(demo.db, head, case_id, reveal=True).parties[0].phone == "13812345678"
    admin = demo.auth.login("admin", "demo1234")
    with pytest.raises(PermissionDenied):
        case_detail(demo.db, demo.auth.login("liuyang", "demo1234"), case_id)
    conn = sqlite3.connect(demo.db.path)
    actions = [a for (a,) in conn.execute("SELECT action FROM audit_record WHERE entity_id=? ORDER BY id", (case_id,))]
    conn.close()
    assert actions == ["mediation.case.register", "mediation.case.view", "mediation.case.reveal", "mediation.case.reveal"]
    assert admin  # the administrator manages accounts, not cases: no mediation permission
