"""调查记录 and 调解笔录: the records of an investigation and of a mediation session, each signed by
those present. A record printed before it was written up leaves ruled lines to write on."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from desk.print.case_common import LAW, cn_datetime

INVESTIGATION_TITLE = "调查记录"
INVESTIGATION_KIND = "investigation-record"
SESSION_TITLE = "调解笔录"
SESSION_KIND = "session-record"

# Read out at the start of every session (art. 23 rights, art. 24 duties).
RIGHTS_NOTICE = (
    f"人民调解员已告知各方当事人依照{LAW}享有的权利和承担的义务：当事人有权选择或者接受人民调解员，"
    "接受调解、拒绝调解或者要求终止调解，要求调解公开进行或者不公开进行，自主表达意愿，自愿达成调解协议（第二十三条）；"
    "当事人应当如实陈述纠纷事实，遵守调解现场秩序，尊重人民调解员，尊重对方当事人行使权利（第二十四条）。"
    "各方当事人表示已经知悉。"
)


@dataclass(frozen=True)
class InvestigationData:
    number: str
    category: str
    starts_at: datetime
    place: str
    investigators: str
    recorder: str
    interviewees: str  # 被调查人
    content: str


@dataclass(frozen=True)
class SessionData:
    number: str
    category: str
    starts_at: datetime
    place: str
    mediators: str
    recorder: str
    attendees: str
    public: bool  # art. 23
    content: str
    signers: tuple[str, ...]  # those present who sign the record


def investigation_content(data: InvestigationData) -> dict:
    return {"kind": INVESTIGATION_KIND, "version": 1, **asdict(data)}


def session_content(data: SessionData) -> dict:
    return {"kind": SESSION_KIND, "version": 1, **asdict(data)}


def render_investigation(data: InvestigationData, meta) -> bytes:
    from desk.print import layout as L
    from desk.print.case_common import text_or_blank

    story = [
        L.title(INVESTIGATION_TITLE),
        L.key_value_table([
            ("案号", data.number),
            ("纠纷类型", data.category),
            ("调查时间", cn_datetime(data.starts_at)),
            ("调查地点", data.place),
            ("调查人", data.investigators),
            ("记录人", data.recorder),
            ("被调查人", data.interviewees),
        ]),
        L.heading("调查内容"),
        *text_or_blank(data.content),
        L.signature_block(["被调查人", "调查人", "记录人"], None, False, mark="签名"),
    ]
    return L.build_pdf(meta, story)


def render_session(data: SessionData, meta) -> bytes:
    from desk.print import layout as L
    from desk.print.case_common import text_or_blank

    story = [
        L.title(SESSION_TITLE),
        L.key_value_table([
            ("案号", data.number),
            ("纠纷类型", data.category),
            ("调解时间", cn_datetime(data.starts_at)),
            ("调解地点", data.place),
            ("调解方式", "公开调解" if data.public else "不公开调解"),
            ("人民调解员", data.mediators),
            ("记录人", data.recorder),
            ("参加人", data.attendees),
        ]),
        L.paragraph(RIGHTS_NOTICE),
        L.heading("调解情况"),
        *text_or_blank(data.content),
        L.keep_together([
            L.signature_block(list(data.signers) or ["参加人"], None, False, mark="签名或按指印"),
            L.signature_block(["人民调解员", "记录人"], None, False, mark="签名"),
        ]),
    ]
    return L.build_pdf(meta, story)
