"""Letters of police–mediation linkage and the work-order feedback sheet: 接收回执, 调解结果反馈函,
退回公安函, 移送公安函 (art. 25) and 工单办结反馈单. Names only, no ID numbers: they leave the center."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime

from desk.print.case_common import LAW, cn_date, cn_datetime

TITLES = {"referral-receipt": "接收回执", "referral-feedback": "调解结果反馈函", "referral-return": "退回公安函",
          "police-transfer": "移送公安函", "work-order-feedback": "工单办结反馈单"}
TERMINATION = {"no_agreement": "双方当事人经调解未能达成调解协议", "party_refused": "{who}拒绝接受调解",
               "party_ended": "{who}要求终止调解"}
ORDER_SOURCES = {"hotline_12345": "12345热线", "grid": "网格上报", "police_110": "110非警务警情", "other": "其他"}


@dataclass(frozen=True)
class ReferralLetterData:
    kind: str
    committee_name: str
    station: str
    officer: str
    officer_phone: str
    incident_no: str
    referred_on: date
    received_on: date
    parties: tuple[str, ...]
    summary: str
    police_opinion: str  # inbound: the police opinion; outbound: why the case goes to police
    state: str
    ack_due: date
    feedback_due: date
    case_number: str = ""
    category: str = ""
    accepted_on: date | None = None
    decline_reason: str = ""
    outcome: str = ""  # written | oral | terminated | "" (the case's)
    outcome_on: date | None = None
    terms: str = ""
    termination_reason: str = ""
    termination_detail: str = ""
    ended_by: str = ""
    result_note: str = ""


@dataclass(frozen=True)
class OrderFeedbackData:
    center_name: str
    number: str
    source: str
    order_type: str
    description: str
    place: str
    grid: str
    assigned_at: datetime
    due_on: date
    completed_on: date | None
    on_time: bool | None
    signed_by: str
    steps: tuple[tuple[str, str, str], ...]  # (when, who, what)
    result: str
    linked: str  # the case number that handled it
    attachments: tuple[str, ...]


def letter_content(data) -> dict:
    """What the verification code covers."""
    return {"kind": getattr(data, "kind", "work-order-feedback"), "version": 1, **asdict(data)}


def outcome_text(data: ReferralLetterData) -> str:
    """The case's outcome in a sentence, with the agreement's terms or why mediation ended."""
    if data.outcome in ("written", "oral"):
        form = "书面调解协议" if data.outcome == "written" else "口头调解协议"
        return f"经调解，双方当事人于{cn_date(data.outcome_on)}自愿达成{form}，协议内容为：{data.terms}"
    if data.outcome == "terminated":
        why = TERMINATION.get(data.termination_reason, "").format(who=data.ended_by or "一方当事人")
        why = "，".join(t for t in (why, data.termination_detail) if t) or "调解无法继续进行"
        return f"经调解，因{why}，本委员会于{cn_date(data.outcome_on)}依照{LAW}第二十六条终止调解。"
    return "该纠纷正在调解中。"


def _facts(data: ReferralLetterData, outbound: bool = False):
    from desk.print import layout as L

    rows = [("警情编号", data.incident_no or "—"), ("派出所", data.station),
            ("民警" if not outbound else "接收民警", "　".join(t for t in (data.officer, data.officer_phone) if t) or "—"),
            ("当事人", "、".join(data.parties))]
    if data.case_number:
        rows.append(("调解案号", data.case_number))
    rows.append(("纠纷概要", data.summary))
    return L.key_value_table(rows)


def render_referral_letter(data: ReferralLetterData, meta) -> bytes:
    from desk.print import layout as L
    from desk.print.case_common import line

    names = "、".join(data.parties)
    head = [L.title(TITLES[data.kind]), line(f"{data.station}：")]
    if data.kind == "referral-receipt":
        body = [f"你所于{cn_date(data.referred_on)}移交的警情编号为{data.incident_no}的纠纷（当事人：{names}），"
                f"本委员会已于{cn_date(data.received_on)}收到。"]
        if data.accepted_on:
            body.append(f"经审查，本委员会已于{cn_date(data.accepted_on)}受理，案号为{data.case_number}，"
                        f"将于{cn_date(data.feedback_due)}前将调解结果函告你所。")
        elif data.state == "declined":
            body.append("经审查，该纠纷不宜调解，本委员会另函退回你所依法处理。")
        else:
            body.append(f"本委员会将于{cn_date(data.ack_due)}前审查决定是否受理，并及时告知你所。")
        body.append("特此回执。")
        signers = ["接收人"]
    elif data.kind == "referral-feedback":
        body = [f"你所于{cn_date(data.referred_on)}移交的警情编号为{data.incident_no}的纠纷（当事人：{names}），"
                f"本委员会于{cn_date(data.accepted_on)}受理，案号为{data.case_number}。", outcome_text(data)]
        if data.outcome == "terminated":
            body.append("现将该纠纷退回你所依法处理。")
        if data.result_note:
            body.append(f"补充说明：{data.result_note}")
        body.append("特此函告。")
        signers = []
    elif data.kind == "referral-return":
        opening = (f"你所于{cn_date(data.referred_on)}移交的警情编号为{data.incident_no}的纠纷（当事人：{names}），"
                   f"本委员会已于{cn_date(data.received_on)}收到。")
        if data.state == "declined" or not data.case_number:
            body = [opening, f"经审查，{data.decline_reason}，该纠纷不宜由人民调解委员会调解。"]
        else:
            body = [opening, outcome_text(data)]
        body += ["现将该纠纷退回你所，请依法处理。", "特此函告。"]
        signers = []
    else:  # police-transfer (art. 25)
        body = [f"本委员会受理的{data.case_number}号{data.category}（当事人：{names}），在调解过程中发现："
                f"{data.police_opinion}", f"根据{LAW}第二十五条的规定，为防止矛盾激化，现将该纠纷移送你所，"
                "请依法处理，并将处理结果反馈本委员会。", "特此函告。"]
        signers = []
    story = head + [L.paragraph(t) for t in body] + [_facts(data, data.kind == "police-transfer")]
    story.append(L.signature_block(signers, f"（{data.committee_name}印章）", True))
    return L.build_pdf(meta, story)


def render_order_feedback(data: OrderFeedbackData, meta) -> bytes:
    from desk.print import layout as L
    from desk.print.case_common import text_or_blank

    timing = "按期办结" if data.on_time else "超期办结" if data.on_time is False else ""
    story = [
        L.title(TITLES["work-order-feedback"]),
        L.key_value_table([
            ("工单编号", data.number), ("工单来源", ORDER_SOURCES.get(data.source, data.source)),
            ("工单类型", data.order_type or "—"), ("事发地点", "　".join(t for t in (data.place, data.grid) if t) or "—"),
            ("派单时间", cn_datetime(data.assigned_at)), ("办理时限", cn_date(data.due_on)),
            ("办结日期", f"{cn_date(data.completed_on)}　{timing}".strip()), ("签收人", data.signed_by or "—"),
            ("关联案件", data.linked or "—"), ("附件", "、".join(data.attachments) or "无"),
        ]),
        L.heading("反映问题"),
        L.paragraph(data.description),
        L.heading("处置过程"),
    ]
    if data.steps:
        story.append(L.data_table(["时间", "经办人", "处置情况"], [list(s) for s in data.steps], [3.2, 1.8, 9.0]))
    else:
        story += text_or_blank("", 3)
    story += [L.heading("办结结果"), L.paragraph(data.result),
              L.signature_block(["经办人", "负责人"], f"（{data.center_name}印章）", True, mark="签名")]
    return L.build_pdf(meta, story)
