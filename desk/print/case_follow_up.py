"""人民调解回访记录 (art. 31): whether the parties performed the agreement. A follow-up printed
before it was made is a blank form: the visitor ticks the performance and writes by hand."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from desk.print.case_common import FOLLOW_UP_METHODS, OUTCOME_RESULTS, PERFORMANCE, cn_date

TITLE = "人民调解回访记录"
KIND = "follow-up-record"
TERMS_LIMIT = 400  # characters of the agreement shown; the full text is in the agreement


@dataclass(frozen=True)
class FollowUpData:
    number: str
    category: str
    parties: str  # "申请人张三；被申请人李四"
    outcome: str  # code written | oral (what was agreed)
    terms: str
    performance_due: date | None
    due_on: date
    done_on: date | None
    method: str  # code visit | phone | other, "" before the visit
    performance: str  # code full | partial | none, "" before the visit
    notes: str
    visitor: str


def follow_up_content(data: FollowUpData) -> dict:
    return {"kind": KIND, "version": 1, **asdict(data)}


def _choice(labels: dict[str, str], code: str) -> str:
    """The chosen label, or every label with a box to tick by hand."""
    if code in labels:
        return labels[code]
    return "　".join(f"□{label}" for label in labels.values())


def render_follow_up(data: FollowUpData, meta) -> bytes:
    from desk.print import layout as L
    from desk.print.case_common import text_or_blank

    terms = data.terms if len(data.terms) <= TERMS_LIMIT else data.terms[:TERMS_LIMIT] + "……（详见调解协议）"
    story = [
        L.title(TITLE),
        L.key_value_table([
            ("案号", data.number),
            ("纠纷类型", data.category),
            ("当事人", data.parties),
            ("调解结果", OUTCOME_RESULTS.get(data.outcome, "")),
            ("协议内容摘要", terms),
            ("履行期限", cn_date(data.performance_due)),
            ("回访日期", cn_date(data.done_on) or f"（应于{cn_date(data.due_on)}前回访）"),
            ("回访方式", _choice(FOLLOW_UP_METHODS, data.method)),
            ("回访人", data.visitor),
            ("履行情况", _choice(PERFORMANCE, data.performance)),
        ]),
        L.heading("回访情况"),
        *text_or_blank(data.notes, 6),
        L.signature_block(["回访人", "被回访人"], None, True, mark="签名"),
    ]
    return L.build_pdf(meta, story)
