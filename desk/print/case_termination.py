"""终止人民调解告知书 (art. 26): tells the parties that mediation ended without agreement, why, and
which routes remain open to them (arbitration, an administrative body, a court)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from desk.print.case_common import LAW, cn_date

TITLE = "终止人民调解告知书"
KIND = "termination-notice"

# art. 26: the parties are told they may protect their rights by arbitration, administrative or judicial routes
ROUTES = (
    f"根据{LAW}第二十六条的规定，特告知：当事人可以依法通过仲裁、行政、司法等途径维护自己的权利，"
    "即：（一）依照仲裁协议或者法律规定申请仲裁；（二）向有关行政机关申请处理；（三）向人民法院提起诉讼。"
    "请注意有关法律规定的时效和期限。"
)


@dataclass(frozen=True)
class TerminationData:
    committee_name: str
    number: str
    category: str  # e.g. "邻里纠纷"
    addressees: tuple[str, ...]  # "申请人张三" …
    received_on: date
    reason: str  # code: no_agreement | party_refused | party_ended | other
    detail: str
    ended_by: str
    ended_on: date | None


def termination_content(data: TerminationData) -> dict:
    return {"kind": KIND, "version": 1, **asdict(data)}


def reason_text(data: TerminationData) -> str:
    """Why mediation ended, with the article that allows it."""
    who = data.ended_by or "一方当事人"
    text = {
        "no_agreement": f"各方当事人经调解未能达成调解协议（{LAW}第二十六条）",
        "party_refused": f"{who}拒绝接受调解（{LAW}第十七条）",
        "party_ended": f"{who}要求终止调解（{LAW}第二十三条）",
    }.get(data.reason)
    if text is None:  # "other": the detail is the reason
        return data.detail or "因其他原因，调解无法继续进行"
    return f"{text}，{data.detail}" if data.detail else text


def render_termination(data: TerminationData, meta) -> bytes:
    from desk.print import layout as L
    from desk.print.case_common import line, right_line

    when = f"于{cn_date(data.ended_on)}" if data.ended_on else ""
    story = [
        L.title(TITLE),
        right_line(f"案号：{data.number}"),
        line("、".join(data.addressees) + "："),
        L.paragraph(f"你们之间的{data.category}，本委员会于{cn_date(data.received_on)}受理。"
                    f"因{reason_text(data)}，本委员会决定{when}终止调解。"),
        L.paragraph(ROUTES),
        L.paragraph("特此告知。"),
        L.signature_block([], f"（{data.committee_name}印章）", True),
    ]
    return L.build_pdf(meta, story)
