"""Demo police referrals and work orders in every state, dated around today, made through the services
(so deadlines, cases, notes and audit records are what real use would leave)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desk.services.container import Services
from desk.services.demo import DEMO_PASSWORD
from desk.services.permissions import SYSTEM
from desk.services.referrals import ReferralInput, ReferralPartyInput, TransferInput
from desk.services.work_orders import WorkOrderInput

REFERRALS = (
    # incident, days ago, origin, parties, category, summary, target state
    ("JQ{y}0001", 0, "platform", (("applicant", "马建军", "13803710001"), ("respondent", "田丽", "13903710002")), "02",
     "楼上住户夜间噪音扰民，双方在楼道发生口角，民警到场后建议调解。", "received"),
    ("JQ{y}0002", 4, "paper", (("applicant", "郭志强", "13703710003"), ("respondent", "何秀兰", "15803710004")), "02",
     "因共用楼道堆放杂物发生争执并相互推搡，双方均无明显伤情。", "received"),
    ("JQ{y}0003", 6, "platform", (("applicant", "罗海燕", "18603710005"), ("respondent", "高建华", "13603710006")), "06",
     "电动车剐蹭行人致轻微擦伤，双方就医药费赔偿数额争执不下。", "mediating"),
    ("JQ{y}0004", 12, "paper", (("applicant", "林志明", "13503710007"), ("respondent", "周雪梅", "13203710008")), "04",
     "装修款结算发生纠纷，业主拒付尾款，装修工人报警。", "feedback_sent"),
    ("JQ{y}0005", 9, "platform", (("applicant", "谢文博", "18803710009"), ("respondent", "韩冬梅", "17703710010")), "02",
     "酒后争吵中一方持械威胁，涉嫌违反治安管理。", "declined"),
)
ORDERS = (
    # number, source, type, description, days ago, limit, target state
    ("GD{y}1001", "hotline_12345", "噪音扰民", "市民反映纬五路12号院夜间装修噪音扰民，请核实处理。", 0, 5, "assigned"),
    ("GD{y}1002", "grid", "邻里纠纷", "网格员上报：经三路社区两户居民因漏水问题多次争吵。", 9, 5, "handling"),
    ("GD{y}1003", "hotline_12345", "物业纠纷", "业主反映小区物业擅自提高停车费，要求协调。", 4, 5, "signed"),
    ("GD{y}1004", "police_110", "家庭纠纷", "110转非警务警情：夫妻因赡养老人问题发生争吵，请社区调处。", 10, 5, "completed"),
    ("GD{y}1005", "hotline_12345", "占道经营", "市民反映农业路口早市占道经营影响通行。", 2, 5, "return_requested"),
    ("GD{y}1006", "grid", "环境卫生", "网格员上报：红专路背街小巷垃圾堆积。", 8, 5, "returned"),
    ("GD{y}1007", "hotline_12345", "劳动争议", "务工人员反映某餐馆拖欠两个月工资。", 6, 5, "extension"),
)


def add_linkage(services: Services, today: date | None = None) -> None:
    today = today or services.referrals.today()
    mediator = services.auth.login("sunli", DEMO_PASSWORD)
    year = today.year
    refs = services.referrals
    for incident, ago, origin, parties, category, summary, state in REFERRALS:
        day = today - timedelta(days=ago)
        data = ReferralInput(incident_no=incident.format(y=year), station="经八路派出所", officer="李卫东",
                             officer_phone="0371-65950110", referred_on=day, received_on=day, category_code=category,
                             summary=summary, police_opinion="经现场调查，属民间纠纷，建议由人民调解委员会调解。",
                             parties=[ReferralPartyInput(role, name, phone=phone) for role, name, phone in parties])
        actor = SYSTEM if origin == "platform" else mediator
        ref_id = refs.receive_referral(actor, data, origin=origin,
                                       platform_id=f"P-{data.incident_no}" if origin == "platform" else None)
        if state == "declined":
            refs.decline(mediator, ref_id, "涉嫌违反治安管理，不属于人民调解范围")
        elif state in ("mediating", "feedback_sent"):
            case_id = refs.accept(mediator, ref_id)
            refs.start_mediation(mediator, ref_id)
            if state == "feedback_sent":
                services.case_work.record_oral_agreement(mediator, case_id, "周雪梅于三日内支付装修尾款八千元，林志明负责保修一年。")
                refs.record_result(mediator, ref_id, "双方当场签字确认")
                refs.send_feedback(mediator, ref_id, method="书面函件")
            else:
                refs.transfer_to_police(mediator, case_id, TransferInput(
                    station="经八路派出所", officer="值班民警",
                    reason="调解中被申请人扬言报复，纠纷有激化为治安案件的可能。"))
    orders = services.work_orders
    for number, source, kind, description, ago, limit, state in ORDERS:
        assigned = datetime.combine(today - timedelta(days=ago), time(9, 30))
        order_id = orders.receive_work_order(SYSTEM, WorkOrderInput(
            number=number.format(y=year), source=source, order_type=kind, description=description,
            place="经八路街道", reporter="市民", assigned_at=assigned, limit_days=limit))
        if state == "return_requested" or state == "returned":
            orders.request_return(mediator, order_id, "该事项属于城市管理部门职责，不属于本中心受理范围")
            if state == "returned":
                orders.decide_return(SYSTEM, order_id, approved=True, note="同意退单")
            continue
        if state == "assigned":
            continue
        orders.sign(mediator, order_id)
        if state in ("handling", "completed", "extension"):
            orders.add_note(mediator, order_id, "已电话联系反映人，约定上门核实。")
        if state == "extension":
            orders.request_extension(mediator, order_id, 3, "需等待用人单位负责人返回后协调")
        if state == "completed":
            orders.complete(mediator, order_id, "经社区调解，双方达成一致，反映人表示满意。",
                            on=min(today, today - timedelta(days=ago - 3)))
