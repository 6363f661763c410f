"""Police–mediation linkage: deadlines on the working-day calendar, the referral state machine, the
mediation case registered from a referral, transfers to police (art. 25) and receipts from sync."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desk.errors import ConflictError, PermissionDenied, ValidationError
from desk.services.linkage_deadlines import due_dates, level, referral_due
from desk.services.referrals import ReferralInput, ReferralPartyInput, TransferInput

ID_A = "11010519491231002X"


def at(day: date):
    """A clock fixed at local noon of ``day`` (stored times are naive UTC; noon survives any offset)."""
    return lambda: datetime(day.year, day.month, day.day, 12, 0)


def letter(incident="JQ20261120001", received=date(2026, 11, 20), **kw) -> ReferralInput:
    data = ReferralInput(
        incident_no=incident, station="经八路派出所", officer="李警官", officer_phone="0371-65950110",
        referred_on=received, received_on=received, category_code="02",
        summary="楼上楼下因漏水发生争执，双方情绪激动，民警到场后建议调解。", police_opinion="建议人民调解委员会调解。",
        place="纬五路12号院",
        parties=[ReferralPartyInput("applicant", "张三明", id_number=ID_A, phone="13812345678", address="纬五路12号院3号楼"),
                 ReferralPartyInput("respondent", "王芳", phone="13987654321", address="纬五路12号院4号楼"),
                 ReferralPartyInput("applicant", "")])  # an empty row of the form is ignored
    for key, value in kw.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def mediator(demo):
    return demo.auth.login("sunli", "demo1234")


@pytest.fixture
def today(demo):
    """Fix 'today' of the linkage services and of case work (received dates must not be in the future)."""
    def set_today(day: date):
        for svc in (demo.referrals, demo.work_orders, demo.case_work, demo.cases):
            svc.clock = at(day)
    set_today(date(2026, 11, 20))
    return set_today


# --- deadline arithmetic -------------------------------------------------------------------

@pytest.mark.parametrize("received, ack, feedback", [
    (date(2026, 11, 20), date(2026, 11, 23), date(2026, 12, 11)),  # Friday: Monday; 15 working days, 3 weekends
    (date(2026, 9, 30), date(2026, 10, 8), date(2026, 10, 27)),  # National Day week off, Saturday 10th worked
    (date(2026, 2, 13), date(2026, 2, 14), date(2026, 3, 12)),  # worked Saturday 14th, Spring Festival, 28th worked
    (date(2026, 11, 21), date(2026, 11, 23), date(2026, 12, 11)),  # arriving on a Saturday (sync) counts from Monday
])
def test_referral_deadlines_follow_the_calendar(demo, received, ack, feedback):
    cal = demo.calendar.calendar()
    assert due_dates(cal, received, 1, 15) == (ack, feedback)


def test_levels_count_working_days(demo):
    cal = demo.calendar.calendar()
    due = date(2026, 10, 12)  # Monday after the worked Saturday 10th
    assert level(cal, date(2026, 10, 13), due, 2) == "overdue"
    assert level(cal, due, due, 2) == "soon"
    assert level(cal, date(2026, 10, 9), due, 2) == "soon"  # Sat 10th (worked) + Mon 12th = 2
    assert level(cal, date(2026, 10, 8), due, 2) == "later"  # 3 working days ahead
    assert level(cal, date(2026, 9, 30), date(2026, 10, 8), 0) == "later"  # a week of holidays between
    assert level(cal, date(2026, 10, 7), date(2026, 10, 8), 1) == "soon"
    d = referral_due(cal, date(2026, 11, 24), "inbound", "received", date(2026, 11, 23), date(2026, 12, 11), 2)
    assert (d.kind, d.level, d.working_days) == ("accept", "overdue", -1)
    assert referral_due(cal, date(2026, 11, 24), "inbound", "feedback_sent", date(2026, 11, 23),
                        date(2026, 12, 11), 2) is None


def test_limits_are_settings(demo, admin, mediator, today):
    demo.settings.set(admin, "linkage.accept_days", 2)
    demo.settings.set(admin, "linkage.feedback_days", 10)
    ref_id = demo.referrals.receive_referral(mediator, letter())
    detail = demo.referrals.get(mediator, ref_id)
    assert (detail.ack_due, detail.feedback_due) == (date(2026, 11, 24), date(2026, 12, 4))
    with pytest.raises(ValidationError):
        demo.settings.set(admin, "linkage.feedback_days", 0)


# --- inbound referral ------------------------------------------------------------------------

def test_accepting_registers_the_case_with_the_parties(demo, mediator, today):
    ref_id = demo.referrals.receive_referral(mediator, letter())
    row = demo.referrals.list(mediator)[0]
    assert (row.state, row.origin, row.due.kind, row.due.level) == ("received", "paper", "accept", "soon")
    today(date(2026, 11, 23))
    case_id = demo.referrals.accept(mediator, ref_id)
    case = demo.cases.get(mediator, case_id)
    assert case.source == "police" and case.category_code == "02" and case.received_on == date(2026, 11, 23)
    assert [(p.role, p.name, p.id_number, p.phone) for p in case.parties] == [
        ("applicant", "张三明", ID_A, "13812345678"), ("respondent", "王芳", "", "13987654321")]
    assert case.parties[0].sex == "F" and case.parties[0].birth_date == date(1949, 12, 31)  # derived from the ID
    assert "JQ20261120001" in case.summary and "经八路派出所" in case.summary
    linked = demo.referrals.referral_for_case(mediator, case_id)
    assert (linked.id, linked.state, linked.case_number, linked.due.kind) == (ref_id, "accepted", case.number, "feedback")


def test_the_state_machine_refuses_illegal_steps(demo, mediator, today):
    ref_id = demo.referrals.receive_referral(mediator, letter())
    with pytest.raises(ConflictError, match="can start only after the referral has been accepted"):
        demo.referrals.start_mediation(mediator, ref_id)
    with pytest.raises(ConflictError, match="only while the referral is being mediated"):
        demo.referrals.record_result(mediator, ref_id)
    with pytest.raises(ConflictError, match="only once the mediation has a result"):
        demo.referrals.send_feedback(mediator, ref_id)
    case_id = demo.referrals.accept(mediator, ref_id)
    with pytest.raises(ConflictError, match="Only a referral just received can be accepted"):
        demo.referrals.accept(mediator, ref_id)
    with pytest.raises(ConflictError, match="Only a referral just received can be declined"):
        demo.referrals.decline(mediator, ref_id, "不属于民间纠纷")
    demo.referrals.start_mediation(mediator, ref_id)
    with pytest.raises(ConflictError, match="has not ended yet"):
        demo.referrals.record_result(mediator, ref_id)
    assert demo.cases.numbers_in_year(2026) == [1]  # a refused accept registered nothing
    demo.case_work.terminate(mediator, case_id, "no_agreement", "双方对赔偿数额分歧过大。")
    assert demo.referrals.record_result(mediator, ref_id) == "failed"
    demo.referrals.send_feedback(mediator, ref_id, method="书面函件")
    detail = demo.referrals.get(mediator, ref_id)
    assert detail.row.state == "feedback_sent" and detail.row.due is None and detail.feedback_on == date(2026, 11, 20)
    with pytest.raises(ConflictError, match="only once the mediation has a result"):
        demo.referrals.send_feedback(mediator, ref_id)


def test_declining_needs_a_reason_and_ends_the_referral(demo, mediator, today):
    ref_id = demo.referrals.receive_referral(mediator, letter())
    with pytest.raises(ValidationError) as err:
        demo.referrals.decline(mediator, ref_id, " ")
    assert err.value.field == "reason"
    demo.referrals.decline(mediator, ref_id, "涉嫌刑事案件，不宜调解")
    with pytest.raises(ConflictError):
        demo.referrals.accept(mediator, ref_id)
    assert demo.referrals.list(mediator, open_only=True) == []


def test_successful_mediation(demo, mediator, today):
    ref_id = demo.referrals.receive_referral(mediator, letter())
    case_id = demo.referrals.accept(mediator, ref_id)
    demo.referrals.start_mediation(mediator, ref_id)
    demo.case_work.record_oral_agreement(mediator, case_id, "王芳赔偿张三明维修费三千元，当场付清。")
    assert demo.referrals.record_result(mediator, ref_id, "当场履行完毕") == "succeeded"
    assert demo.referrals.get(mediator, ref_id).concluded_on == date(2026, 11, 20)


def test_receiving_validates_and_refuses_duplicates(demo, mediator, clerk, today):
    for field, change in (("incident_no", {"incident_no": " "}), ("station", {"station": ""}),
                          ("summary", {"summary": "吵架"}), ("parties", {"parties": []}),
                          ("parties.0.id_number", {"parties": [ReferralPartyInput("applicant", "张三", id_number="123")]}),
                          ("referred_on", {"referred_on": date(2026, 11, 21)}),
                          ("category_code", {"category_code": "nope"})):
        with pytest.raises(ValidationError) as err:
            demo.referrals.receive_referral(mediator, letter(**change))
        assert err.value.field == field
    first = demo.referrals.receive_referral(clerk, letter())  # the front desk may type a paper letter in
    with pytest.raises(ConflictError, match="registered already"):
        demo.referrals.receive_referral(mediator, letter(incident="jq20261120001"))
    with pytest.raises(PermissionDenied):
        demo.referrals.accept(clerk, first)
    head = demo.auth.login("zhaomin", "demo1234")
    with pytest.raises(PermissionDenied):
        demo.referrals.receive_referral(head, letter(incident="JQ2"))


def test_sync_receives_idempotently_and_adopts_the_paper_copy(demo, mediator, today):
    from desk.services.permissions import SYSTEM

    paper = demo.referrals.receive_referral(mediator, letter())
    assert demo.referrals.receive_referral(SYSTEM, letter(), origin="platform", platform_id="P-1") == paper
    other = demo.referrals.receive_referral(SYSTEM, letter(incident="JQ9"), origin="platform", platform_id="P-2")
    assert demo.referrals.receive_referral(SYSTEM, letter(incident="JQ9"), origin="platform", platform_id="P-2") == other
    assert {r.incident_no: r.origin for r in demo.referrals.list(mediator)} == {"JQ20261120001": "paper",
                                                                                "JQ9": "platform"}


def test_transfer_to_police(demo, mediator, today):
    ref_id = demo.referrals.receive_referral(mediator, letter())
    case_id = demo.referrals.accept(mediator, ref_id)
    with pytest.raises(ValidationError):
        demo.referrals.transfer_to_police(mediator, case_id, TransferInput(station="经八路派出所", reason=""))
    out = demo.referrals.transfer_to_police(mediator, case_id, TransferInput(
        station="经八路派出所", officer="值班民警", reason="一方扬言报复，纠纷有激化为治安案件的可能。"))
    with pytest.raises(ConflictError, match="transferred to police already"):
        demo.referrals.transfer_to_police(mediator, case_id, TransferInput(station="经八路派出所", reason="再次移送的原因。"))
    with pytest.raises(ConflictError, match="after the station acknowledged"):
        demo.referrals.police_concluded(mediator, out, "已立案")
    row = next(r for r in demo.referrals.list(mediator, direction="outbound"))
    assert (row.id, row.state, row.due.kind, row.parties) == (out, "transferred", "police_ack", "张三明、王芳")
    demo.referrals.police_acknowledged(mediator, out, incident_no="jq2026-55")
    demo.referrals.police_concluded(mediator, out, "已依法予以治安调解。")
    detail = demo.referrals.get(mediator, out)
    assert (detail.row.state, detail.row.incident_no, detail.row.due) == ("concluded", "JQ2026-55", None)


def test_personal_data_masked_for_the_front_desk(demo, mediator, clerk, today):
    ref_id = demo.referrals.receive_referral(mediator, letter())
    assert demo.referrals.get(clerk, ref_id).parties[0].id_number != ID_A
    assert demo.referrals.get(mediator, ref_id).parties[0].id_number == ID_A


def test_figures(demo, mediator, today):
    head = demo.auth.login("zhaomin", "demo1234")
    a = demo.referrals.receive_referral(mediator, letter())
    b = demo.referrals.receive_referral(mediator, letter(incident="JQ2"))
    demo.referrals.receive_referral(mediator, letter(incident="JQ3"))
    demo.referrals.decline(mediator, b, "不属于调解范围")
    today(date(2026, 11, 23))
    case_id = demo.referrals.accept(mediator, a)
    demo.referrals.start_mediation(mediator, a)
    demo.case_work.record_oral_agreement(mediator, case_id, "王芳赔偿张三明维修费三千元。")
    demo.referrals.record_result(mediator, a)
    today(date(2026, 11, 25))
    demo.referrals.send_feedback(mediator, a)
    f = demo.linkage_figures.figures(head, date(2026, 11, 1), date(2026, 11, 30))
    assert (f.referrals_received, f.referrals_accepted, f.referrals_declined, f.referrals_succeeded) == (3, 1, 1, 1)
    assert (f.feedback_sent, f.avg_days_to_feedback) == (1, 3.0)  # Fri 20th → Wed 25th: 3 working days
    assert demo.linkage_figures.figures(head, date(2026, 12, 1), date(2026, 12, 31)).referrals_received == 0
