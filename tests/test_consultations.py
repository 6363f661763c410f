"""The duty lawyer's consultation log: validation, anonymity, referrals (mediation registers the case
with the person's data), the day list and masking."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from sqlalchemy import select

from desk.errors import ConflictError, PermissionDenied, ValidationError
from desk.models.audit import AuditRecord
from desk.models.consultation import Consultation
from desk.models.mediation import MediationCase
from desk.services.consultations import ConsultationInput, ConsultationService, MediationReferral, parse_phone
from desk.services.demo import DEMO_PASSWORD
from desk.validation import id_check_char

ID = "41010519850312123" + id_check_char("41010519850312123")


@pytest.fixture
def lawyer(demo):
    return demo.auth.login("wuhao", DEMO_PASSWORD)


def entry(**kw) -> ConsultationInput:
    base = dict(name="李秀英", id_number=ID, phone="13912345678", address="纬五路3号院", category_code="03",
                question="公司拖欠三个月工资，应该怎么维权？", advice="先与单位协商，不成可向劳动仲裁委申请仲裁，保留考勤和工资条。",
                minutes=15)
    return ConsultationInput(**{**base, **kw})


def test_record_and_day_list(demo, lawyer):
    first = demo.consultations.record(lawyer, entry())
    second = demo.consultations.record(lawyer, entry(anonymous=True, channel="phone", minutes=5))
    assert first.number.endswith("-00001") and second.number.endswith("-00002")
    day = demo.consultations.day_list(lawyer)
    assert [r.number for r in day.rows] == [first.number, second.number]
    assert day.minutes == 20 and day.referred == 0
    assert day.rows[0].person == "李*英" and day.rows[1].person == ""
    assert day.rows[0].category == "劳动争议"
    # anonymous: nothing about the person is kept, even if typed before ticking the box
    with demo.db.reader() as s:
        anon = s.get(Consultation, second.id)
        assert (anon.name, anon.id_number, anon.phone, anon.address) == ("", "", "", "")
    # another lawyer's day list does not show them unless asked for everyone
    other = demo.accounts.create_user(demo.auth.login("admin", DEMO_PASSWORD), "lawyer2", "钱律师", ["lawyer"],
                                      "Abc12345xyz", must_change_password=False)
    assert other
    lawyer2 = demo.auth.login("lawyer2", "Abc12345xyz")
    assert demo.consultations.day_list(lawyer2).rows == []
    assert len(demo.consultations.day_list(lawyer2, everyone=True).rows) == 2


def test_bad_input_is_refused_and_nothing_saved(demo, lawyer):
    cases = [
        (entry(name=""), "name"),
        (entry(id_number=ID[:-1] + ("1" if ID[-1] != "1" else "2")), "id_number"),
        (entry(phone="12345"), "phone"),
        (entry(category_code="nope"), "category_code"),
        (entry(question=" "), "question"),
        (entry(advice=""), "advice"),
        (entry(minutes=0), "minutes"),
        (entry(referral="department"), "referral_to"),
        (entry(channel="fax"), "channel"),
        (entry(question="问" * 5001), "question"),
    ]
    for data, field in cases:
        with pytest.raises(ValidationError) as err:
            demo.consultations.record(lawyer, data)
        assert err.value.field == field
    with demo.db.reader() as s:
        assert s.scalar(select(Consultation.id)) is None


def test_phone_accepts_mobile_and_landline():
    assert parse_phone("139 1234 5678") == "13912345678"
    assert parse_phone("0371-67881234") == "0371-67881234"
    assert parse_phone("") == ""
    with pytest.raises(ValidationError):
        parse_phone("1391234567")


def test_referral_to_mediation_registers_the_case_with_the_person(demo, lawyer):
    got = demo.consultations.record(lawyer, entry(
        referral="mediation", mediation=MediationReferral("某某物流有限公司", "", "经三路8号", "11")))
    assert got.case_number
    with demo.db.reader() as s:
        case = s.get(MediationCase, got.case_id)
        applicant = next(p for p in case.parties if p.role == "applicant")
        respondent = next(p for p in case.parties if p.role == "respondent")
        assert (applicant.name, applicant.id_number, applicant.phone, applicant.address) == (
            "李秀英", ID, "13912345678", "纬五路3号院")
        assert respondent.name == "某某物流有限公司"
        assert got.number in case.summary and case.category_code == "11" and case.status == "registered"
        assert s.get(Consultation, got.id).case_id == case.id
    # the case shows in the mediators' list; the consultation cannot be sent twice
    with pytest.raises(ConflictError):
        demo.consultations.refer(lawyer, got.id, "mediation", mediation=MediationReferral("某某", "", "", "11"))


def test_mediation_referral_needs_a_named_person_and_another_party(demo, lawyer):
    with pytest.raises(ValidationError) as err:
        demo.consultations.record(lawyer, entry(anonymous=True, referral="mediation",
                                                mediation=MediationReferral("张三", "", "", "11")))
    assert err.value.field == "referral"
    with pytest.raises(ValidationError) as err:
        demo.consultations.record(lawyer, entry(referral="mediation", mediation=MediationReferral("", "", "", "11")))
    assert err.value.field == "respondent_name"
    with demo.db.reader() as s:  # the failed referral rolled the consultation back too
        assert s.scalar(select(Consultation.id)) is None and s.scalar(select(MediationCase.id)) is None


def test_later_referral_and_search(demo, lawyer):
    got = demo.consultations.record(lawyer, entry())
    demo.consultations.refer(lawyer, got.id, "legal_aid", "区法律援助中心", "经济困难，符合援助条件")
    detail = demo.consultations.detail(lawyer, got.id)
    assert detail.row.referral == "legal_aid" and detail.referral_to == "区法律援助中心"
    assert detail.id_number == ID[:6] + "********" + ID[-4:] and detail.phone == "139****5678"
    assert demo.consultations.detail(lawyer, got.id, reveal=True).id_number == ID
    assert [r.id for r in demo.consultations.search(lawyer, "李秀英")] == [got.id]
    assert [r.id for r in demo.consultations.search(lawyer, "拖欠")] == [got.id]
    assert [r.id for r in demo.consultations.search(lawyer, "", referral="legal_aid")] == [got.id]
    hits = demo.legal_search.search(lawyer, "李秀英")
    assert [(h.kind, h.number) for h in hits] == [("consultation", got.number)]
    with demo.db.reader() as s:
        actions = set(s.scalars(select(AuditRecord.action).where(AuditRecord.entity_id == got.id)))
    assert {"consultation.record", "consultation.refer", "consultation.view", "consultation.reveal"} <= actions


def test_audit_keeps_personal_data_out(demo, lawyer):
    got = demo.consultations.record(lawyer, entry())
    demo.consultations.update(lawyer, got.id, entry(phone="13800001111", question="改过的问题内容"))
    with demo.db.reader() as s:
        texts = " ".join(f"{r.summary} {r.changes}" for r in s.scalars(select(AuditRecord)))
    assert ID not in texts and "13912345678" not in texts and "13800001111" not in texts


def test_roles(demo):
    notary = demo.auth.login("zhengxue", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        demo.consultations.record(notary, entry())
    with pytest.raises(PermissionDenied):
        demo.consultations.day_list(notary)
    head = demo.auth.login("zhaomin", DEMO_PASSWORD)
    assert demo.consultations.day_list(head, everyone=True).rows == []
    with pytest.raises(PermissionDenied):
        demo.consultations.record(head, entry())


def test_day_follows_local_time(demo, lawyer, monkeypatch):
    # 23:30 UTC on 1 March is 07:30 on 2 March in China: the consultation belongs to 2 March
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        svc = ConsultationService(demo.db, demo.cases, clock=lambda: datetime(2026, 3, 1, 23, 30))
        got = svc.record(lawyer, entry())
    finally:
        monkeypatch.undo()
        time.tzset()
    with demo.db.reader() as s:
        assert str(s.get(Consultation, got.id).day) == "2026-03-02"
