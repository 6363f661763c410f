"""Working a case from intake to archive through each outcome: records and sessions, the written
agreement's art. 29 items and signing, the oral agreement, termination by a party (arts. 17/23/26),
follow-ups (art. 31), the 30-day judicial-confirmation window (art. 33), the archive and addenda,
and the per-mediator deadline list."""

from datetime import date, datetime, timedelta

import pytest

from desk.errors import PermissionDenied, ValidationError
from desk.models.audit import AuditRecord
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.mediation_work import AgreementInput, FollowUpInput, RecordInput, SigningInput

TODAY = date.today()
RECEIVED = TODAY - timedelta(days=10)


@pytest.fixture
def mediator(demo):
    return demo.auth.login("sunli", "demo1234")


@pytest.fixture
def case_id(demo, mediator):
    return demo.cases.register(mediator, IntakeInput(
        source="application", category_code="02", summary="楼上卫生间漏水，楼下天花板受损，双方协商未果。",
        place="纬五路12号院", received_on=RECEIVED,
        parties=[PartyInput(role="applicant", name="张三明", id_number="11010519491231002X", phone="13812345678",
                            address="纬五路12号院3号楼201", ethnicity="汉族"),
                 PartyInput(role="respondent", name="王芳", id_number="410105199001011233", phone="13987654321",
                            address="纬五路12号院3号楼301", ethnicity="汉族")])).id


def session(**kw) -> RecordInput:
    values = dict(kind="session", state="held", starts_at=datetime.combine(RECEIVED + timedelta(days=2),
                                                                             datetime.min.time()).replace(hour=9),
                  place="社区调解室", staff="孙丽", recorder="周刚", attendees="张三明、王芳",
                  content="调解员告知双方权利义务。双方陈述漏水经过，同意由王芳承担维修费用。", signed_by="张三明、王芳")
    values.update(kw)
    return RecordInput(**values)


FULL_AGREEMENT = AgreementInput(
    facts="2026年11月王芳家卫生间防水层破损，漏水致张三明家天花板受损。", disputed_matters="维修费用由谁承担。",
    responsibility="王芳对漏水负全部责任。", terms="王芳赔偿张三明维修费3500元，并于十日内修复防水层。",
    performance_method="现金一次性支付", performance_due=TODAY + timedelta(days=10))


def test_a_written_agreement_takes_effect_when_everyone_has_signed(demo, mediator, case_id):
    work = demo.case_work
    work.save_record(mediator, case_id, session(kind="investigation", attendees="王芳", content="王芳承认漏水属实。"))
    assert work.summary(mediator, case_id).status == "investigating"
    work.save_record(mediator, case_id, session())
    assert work.summary(mediator, case_id).status == "mediating"

    gaps = work.save_agreement(mediator, case_id, AgreementInput(facts="漏水", terms="赔偿3500元"))
    assert gaps == ["disputed_matters", "responsibility", "performance_method", "performance_due"]
    assert work.save_agreement(mediator, case_id, FULL_AGREEMENT) == []

    partly = work.record_signing(mediator, case_id, SigningInput({0: "sign"}, mediator_signed=True, committee_sealed=True))
    assert partly is None
    summary = work.summary(mediator, case_id)
    assert summary.status == "mediating" and summary.unsigned == ["王芳"]

    effective = work.record_signing(mediator, case_id, SigningInput({0: "sign", 1: "thumb"}, True, True))
    assert effective == TODAY
    summary = work.summary(mediator, case_id)
    assert summary.status == "agreed" and summary.outcome.effective_on == TODAY
    # art. 31: a follow-up is scheduled when performance is due
    assert [f.due_on for f in summary.follow_ups] == [FULL_AGREEMENT.performance_due]
    with pytest.raises(ValidationError):  # final: the text can no longer change
        work.save_agreement(mediator, case_id, FULL_AGREEMENT)


def test_signing_is_refused_while_an_art29_item_is_missing(demo, mediator, case_id):
    demo.case_work.save_record(mediator, case_id, session())
    demo.case_work.save_agreement(mediator, case_id, AgreementInput(facts="漏水", terms="赔偿"))
    with pytest.raises(ValidationError) as e:
        demo.case_work.record_signing(mediator, case_id, SigningInput({0: "sign", 1: "sign"}, True, True))
    assert e.value.field == "outcome"
    assert demo.case_work.summary(mediator, case_id).status == "mediating"


def test_the_judicial_confirmation_window_is_30_days_and_shows_in_my_deadlines(demo, mediator, case_id):
    work = demo.case_work
    work.save_record(mediator, case_id, session())
    work.save_agreement(mediator, case_id, FULL_AGREEMENT)
    signed_on = TODAY - timedelta(days=28)
    # signing cannot precede the case
    with pytest.raises(ValidationError):
        work.record_signing(mediator, case_id, SigningInput({0: "sign", 1: "seal"}, True, True, signed_on))
    work.record_signing(mediator, case_id, SigningInput({0: "sign", 1: "seal"}, True, True, RECEIVED + timedelta(days=3)))
    due = RECEIVED + timedelta(days=33)
    items = {d.kind: d for d in demo.deadlines.for_mediator(mediator, mediator.user_id)}
    assert items["judicial"].due_on == due
    assert items["judicial"].level == ("overdue" if due < TODAY else "soon" if due <= TODAY + timedelta(days=3) else "later")
    work.set_judicial_confirmation(mediator, case_id, "applied", TODAY)
    assert "judicial" not in {d.kind for d in demo.deadlines.for_mediator(mediator, mediator.user_id)}
    # another mediator's list does not hold this case
    zhougang = demo.auth.login("zhougang", "demo1234")
    assert all(d.case_id != case_id for d in demo.deadlines.for_mediator(zhougang, zhougang.user_id))


def test_oral_agreement_then_follow_up_then_archive_then_addendum(demo, mediator, case_id):
    work = demo.case_work
    work.save_record(mediator, case_id, session())
    work.record_oral_agreement(mediator, case_id, "王芳当场支付维修费3500元，双方和好。")
    summary = work.summary(mediator, case_id)
    assert (summary.status, summary.outcome.kind) == ("agreed", "oral")
    with pytest.raises(ValidationError) as e:  # the follow-up is still missing from the file
        work.archive(mediator, case_id, "10y")
    assert "回访记录" in str(e.value)
    follow_up = summary.follow_ups[0]
    with pytest.raises(ValidationError) as e:
        work.record_follow_up(mediator, follow_up.id, FollowUpInput(performance="partial", notes=""))
    assert e.value.field == "notes"
    work.record_follow_up(mediator, follow_up.id, FollowUpInput(method="phone", performance="full", notes="已履行完毕"))
    work.archive(mediator, case_id, "10y")
    summary = work.summary(mediator, case_id)
    assert (summary.status, summary.retention, summary.archived_on) == ("archived", "10y", TODAY)
    assert [i.code for i in summary.file] == ["application", "registration", "session", "oral_agreement", "follow_up"]
    # read-only: records, outcome, mediator cannot change any more
    for change in (lambda: work.save_record(mediator, case_id, session()),
                   lambda: work.record_follow_up(mediator, follow_up.id, FollowUpInput(notes="改")),
                   lambda: work.assign_mediator(mediator, case_id, mediator.user_id)):
        with pytest.raises(ValidationError) as e:
            change()
        assert "archived" in str(e.value) or "ended" in str(e.value)
    work.add_addendum(mediator, case_id, "更正：维修费实际支付日期为次日。")
    summary = work.summary(mediator, case_id)
    assert [a.text for a in summary.addenda] == ["更正：维修费实际支付日期为次日。"]
    assert summary.file[-1].code == "addendum"
    with demo.db.reader() as s:
        actions = [a for (a,) in s.query(AuditRecord.action).filter(AuditRecord.entity_id == case_id)]
    assert "mediation.case.archive" in actions and "mediation.case.addendum" in actions


def test_a_party_refusing_ends_mediation_even_before_any_session(demo, mediator, case_id):
    work = demo.case_work
    with pytest.raises(ValidationError) as e:
        work.terminate(mediator, case_id, "party_refused")
    assert e.value.field == "ended_by"
    work.save_record(mediator, case_id, session(state="scheduled", starts_at=datetime.combine(TODAY + timedelta(days=2),
                                                                                             datetime.min.time())))
    work.terminate(mediator, case_id, "party_refused", "被申请人明确表示不接受调解。", ended_by="王芳")
    summary = work.summary(mediator, case_id)
    assert (summary.status, summary.outcome.termination_reason, summary.outcome.ended_by) == (
        "terminated", "party_refused", "王芳")
    assert summary.records == []  # the planned session left the diary
    with pytest.raises(ValidationError):  # ended: nothing more is recorded as mediation
        work.save_record(mediator, case_id, session())
    with pytest.raises(ValidationError):  # no agreement: nothing to follow up
        work.schedule_follow_up(mediator, case_id, TODAY)
    work.archive(mediator, case_id, "10y")  # no session needed when a party refused
    assert [i.code for i in work.summary(mediator, case_id).file] == ["application", "registration", "termination"]


def test_termination_without_agreement_needs_a_session_in_the_file(demo, mediator, case_id):
    work = demo.case_work
    work.terminate(mediator, case_id, "no_agreement", "双方分歧较大。")
    with pytest.raises(ValidationError) as e:
        work.archive(mediator, case_id, "10y")
    assert "调解笔录" in str(e.value)


def test_record_validation_and_planned_sessions(demo, mediator, case_id):
    work = demo.case_work
    for bad, field in ((session(content=""), "content"), (session(attendees=""), "attendees"),
                       (session(starts_at=None), "starts_at"),
                       (session(starts_at=datetime.now() + timedelta(days=1)), "starts_at"),
                       (session(content="长" * 50_001), "content")):
        with pytest.raises(ValidationError) as e:
            work.save_record(mediator, case_id, bad)
        assert e.value.field == field
    planned_at = datetime.combine(TODAY + timedelta(days=1), datetime.min.time()).replace(hour=14, minute=30)
    record_id = work.save_record(mediator, case_id, RecordInput(kind="session", state="scheduled", starts_at=planned_at,
                                                                place="社区调解室"))
    assert work.summary(mediator, case_id).status == "registered"  # planned is not held
    sessions = [d for d in demo.deadlines.for_mediator(mediator, mediator.user_id) if d.kind == "session"]
    assert [(d.ref, d.due_on, d.level) for d in sessions] == [(record_id, planned_at.date(), "soon")]
    work.cancel_scheduled(mediator, record_id)
    assert work.summary(mediator, case_id).records == []
    held = work.save_record(mediator, case_id, session())
    with pytest.raises(ValidationError):
        work.cancel_scheduled(mediator, held)


def test_open_too_long_is_flagged(demo, mediator):
    old = demo.cases.register(mediator, IntakeInput(
        source="initiative", category_code="02", summary="两户因排水沟堵塞发生争执。", received_on=TODAY - timedelta(days=45),
        parties=[PartyInput(role="applicant", name="甲某"), PartyInput(role="respondent", name="乙某")])).id
    items = [d for d in demo.deadlines.for_mediator(mediator, mediator.user_id) if d.kind == "open_too_long"]
    assert [(d.case_id, d.level, d.due_on) for d in items] == [(old, "overdue", TODAY - timedelta(days=15))]


def test_only_mediators_work_cases(demo, case_id, clerk):
    head = demo.auth.login("zhaomin", "demo1234")
    for actor in (clerk, head):
        with pytest.raises(PermissionDenied):
            demo.case_work.save_record(actor, case_id, session())
    with pytest.raises(PermissionDenied):
        demo.case_work.summary(clerk, case_id)
    assert demo.case_work.summary(head, case_id).status == "registered"


def test_correcting_an_open_case_reindexes_it_and_is_audited(demo, mediator, case_id):
    from desk.services.mediation_cases import IntakeInput, PartyInput

    data = IntakeInput(
        source="application", category_code="02", summary="楼上卫生间漏水，楼下天花板受损，双方协商未果。",
        place="纬五路12号院", received_on=RECEIVED,
        parties=[PartyInput(role="applicant", name="张三明", id_number="11010519491231002X", phone="13812345678",
                            address="纬五路12号院3号楼201", ethnicity="汉族"),
                 PartyInput(role="respondent", name="王芳芳", id_number="410105199001011233", phone="13987654321",
                            address="经三路88号院2号楼", ethnicity="回族")])
    work = demo.case_work
    work.save_record(mediator, case_id, session())
    work.save_agreement(mediator, case_id, FULL_AGREEMENT)
    work.record_signing(mediator, case_id, SigningInput({0: "sign"}, True, False))
    demo.cases.update(mediator, case_id, data)
    case = demo.cases.get(mediator, case_id)
    assert [p.name for p in case.parties] == ["张三明", "王芳芳"] and case.parties[1].ethnicity == "回族"
    assert case.number.endswith("第001号") and case.received_on == RECEIVED
    assert demo.cases.search(mediator, "王芳芳")[0] == 1
    assert demo.cases.search(mediator, "经三路88号")[0] == 1  # the free text follows the new address
    assert demo.cases.search(mediator, "wf")[0] == 0  # the old name's initials are gone
    assert work.summary(mediator, case_id).unsigned == ["张三明", "王芳芳"]  # signatures to record again
    with demo.db.reader() as s:
        record = s.query(AuditRecord).filter(AuditRecord.action == "mediation.case.update").one()
    assert "410105199001011233" not in (record.changes or "") and "parties" in (record.changes or "")
    demo.cases.update(mediator, case_id, data)  # nothing changed: nothing written
    with demo.db.reader() as s:
        assert s.query(AuditRecord).filter(AuditRecord.action == "mediation.case.update").count() == 1
    work.terminate(mediator, case_id, "no_agreement", "分歧较大")
    with pytest.raises(ValidationError):
        demo.cases.update(mediator, case_id, data)
