"""人民调解协议书 (art. 29): the written agreement, printed once per party plus one for the committee.

Every copy is complete and starts on a new page, marked under the title with its number and holder
("第1份（共3份）申请人张三收执" … "第3份（共3份）本委员会存档"). The service checks the art. 29
items before issuing, so an agreement missing one is never printed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from desk.print.case_common import LAW, PartyInfo, cn_date, particulars

TITLE = "人民调解协议书"
KIND = "agreement"
SIGN_MARK = "签名（盖章或按指印）"


@dataclass(frozen=True)
class AgreementData:
    committee_name: str
    number: str
    parties: tuple[PartyInfo, ...]  # each party followed by its agents
    facts: str
    disputed_matters: str
    responsibility: str
    terms: str
    performance_method: str
    performance_due: date
    mediators: tuple[str, ...]

    @property
    def principals(self) -> list[PartyInfo]:
        """The parties themselves (not agents): one copy and one signature each."""
        return [p for p in self.parties if not p.agent_for]


def agreement_content(data: AgreementData) -> dict:
    """What the verification code covers."""
    return {"kind": KIND, "version": 1, **asdict(data)}


def copy_marks(data: AgreementData) -> list[str]:
    """One mark per copy: each party's, then the committee's file copy."""
    n = len(data.principals) + 1
    marks = [f"第{i}份（共{n}份）{p.role}{p.name}收执" for i, p in enumerate(data.principals, 1)]
    return marks + [f"第{n}份（共{n}份）本委员会存档"]


def _copy(data: AgreementData, mark: str, copies: int) -> list:
    from desk.print import layout as L
    from desk.print.case_common import line, right_line

    signers = [f"{p.role}{p.name}　{SIGN_MARK}" if not p.agent_for else f"{p.agent_for}的委托代理人{p.name}　签名"
               for p in data.parties]
    return [
        L.title(TITLE),
        line(mark, "center"),
        right_line(f"案号：{data.number}"),
        L.heading("一、当事人基本情况"),
        *[L.paragraph(particulars(p)) for p in data.parties],
        L.heading("二、纠纷主要事实、争议事项"),
        L.paragraph(data.facts),
        L.paragraph(f"争议事项：{data.disputed_matters}"),
        L.heading("三、各方当事人的责任"),
        L.paragraph(data.responsibility),
        L.heading("四、协议内容"),
        L.paragraph(f"在{data.committee_name}主持下，各方当事人自愿达成如下协议："),
        L.paragraph(data.terms),
        L.heading("五、履行方式、时限"),
        L.paragraph(f"履行方式：{data.performance_method}"),
        L.paragraph(f"履行期限：于{cn_date(data.performance_due)}前履行完毕。"),
        L.heading("六、协议的生效"),
        L.paragraph("本协议经各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。"
                    f"经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行（{LAW}第三十一条）。"),
        L.paragraph(f"各方当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认（{LAW}第三十三条）。"),
        L.paragraph(f"本协议一式{copies}份，当事人各执一份，人民调解委员会留存一份。"),
        L.keep_together([
            L.signature_block(signers, None, False, mark=""),
            L.signature_block([f"人民调解员{m}" for m in data.mediators] or ["人民调解员"], None, False, mark="签名"),
            L.signature_block([], f"（{data.committee_name}印章）", True),
        ]),
    ]


def render_agreement(data: AgreementData, meta) -> bytes:
    from reportlab.platypus import PageBreak

    from desk.print import layout as L

    marks = copy_marks(data)
    story: list = []
    for i, mark in enumerate(marks):
        if i:
            story.append(PageBreak())  # every copy starts on a page of its own
        story += _copy(data, mark, len(marks))
    return L.build_pdf(meta, story)
