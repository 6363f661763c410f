"""This month's demo cases, registered and worked through the real services, so a demo shows a
mediator's week: cases just in, sessions planned, an agreement waiting for signatures, a follow-up
due, a judicial-confirmation window closing."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from desk.demo_people import ZHENGZHOU_AREA_CODES, make_address, make_person
from desk.services.container import Services
from desk.services.demo import DEMO_PASSWORD
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.mediation_work import AgreementInput, RecordInput, SigningInput

CASES = (  # (category, summary, days ago, what happened since)
    ("02", "楼上住户卫生间漏水，导致楼下天花板和墙面受损，双方就维修费用协商未果。", 2, "registered"),
    ("08", "申请人家中饲养的犬只夜间吠叫，影响邻居休息，多次沟通无果引发争吵。", 4, "planned"),
    ("04", "申请人向被申请人供应建材，被申请人拖欠货款三万二千元未付。", 9, "investigating"),
    ("14", "小区物业公司上调物业费标准，业主认为未经业主大会同意，拒绝缴纳。", 12, "mediating"),
    ("06", "被申请人驾驶电动车与申请人发生碰撞，申请人右腿受伤，就医疗费赔偿发生争议。", 18, "awaiting_signatures"),
    ("01", "三名子女就母亲赡养费用分担及轮流照料安排发生争执。", 27, "agreed_recently"),
    ("02", "两户因共用楼道堆放杂物发生争执，一方阻塞消防通道。", 40, "follow_up_due"),
)


def add_recent_cases(services: Services, rng: random.Random, today: date | None = None) -> None:
    today = today or date.today()
    mediator = services.auth.login("sunli", DEMO_PASSWORD)
    grids = [g for g in services.grid.tree() if g.level == 3]
    communities = {g.id: g for g in services.grid.tree()}
    work = services.case_work
    for category, summary, days_ago, stage in CASES:
        received = today - timedelta(days=days_ago)
        grid = rng.choice(grids)
        community = communities.get(grid.parent_id)
        people = [make_person(rng, ZHENGZHOU_AREA_CODES, today) for _ in range(2)]
        addresses = [make_address(rng, community.name if community else "", grid.name) for _ in people]
        case_id = services.cases.register(mediator, IntakeInput(
            source=rng.choice(("application", "application", "police", "work_order")), category_code=category,
            summary=summary, place=addresses[0].split(" ")[-1], grid_id=grid.id, received_on=received,
            amount=rng.choice(("", "3500", "32000", "12800.50")),
            parties=[PartyInput(role=role, name=p.name, ethnicity=p.ethnicity, id_number=p.id_number, phone=p.mobile,
                                address=a) for p, role, a in zip(people, ("applicant", "respondent"), addresses)])).id
        names = "、".join(p.name for p in people)

        def held(kind: str, on: date, text: str) -> None:
            work.save_record(mediator, case_id, RecordInput(
                kind=kind, starts_at=datetime.combine(on, time(9, 30)), place="社区人民调解室", staff="孙丽",
                recorder="周刚", attendees=names if kind == "session" else people[1].name, content=text, signed_by=names))

        if stage == "registered":
            continue
        if stage == "planned":
            work.save_record(mediator, case_id, RecordInput(
                kind="session", state="scheduled", starts_at=datetime.combine(today + timedelta(days=1), time(14, 30)),
                place="社区人民调解室"))
            continue
        held("investigation", received + timedelta(days=1),
             "问：请讲一下事情的经过。\n答：……\n问：对方的说法你是否认可？\n答：部分认可。")
        if stage == "investigating":
            work.save_record(mediator, case_id, RecordInput(
                kind="session", state="scheduled", starts_at=datetime.combine(today - timedelta(days=1), time(10, 0)),
                place="街道人民调解委员会调解室"))  # planned yesterday, not yet written up: shows as overdue
            continue
        held("session", received + timedelta(days=3),
             "调解员告知双方当事人在调解活动中的权利和义务。\n双方分别陈述了意见，调解员释法明理。\n双方同意进一步协商。")
        if stage == "mediating":
            continue
        due = today + timedelta(days=10 if stage == "awaiting_signatures" else -3 if stage == "follow_up_due" else 5)
        work.save_agreement(mediator, case_id, AgreementInput(
            facts=summary, disputed_matters="赔偿（给付）数额及履行期限。", responsibility="被申请人对纠纷的发生负主要责任。",
            terms="被申请人一次性支付申请人人民币3500元；双方今后互谅互让，和睦相处。",
            performance_method="银行转账一次性支付", performance_due=due))
        if stage == "awaiting_signatures":
            work.record_signing(mediator, case_id, SigningInput({0: "sign"}, mediator_signed=True))
            continue
        signed_on = received + timedelta(days=4)
        work.record_signing(mediator, case_id, SigningInput({0: "sign", 1: "thumb"}, True, True, signed_on))
