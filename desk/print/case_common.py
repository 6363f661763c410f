"""What the printed documents of a mediation case share: the Chinese wording of codes, dates, the
parties' particulars as the statutory forms state them, and a few small flowables.

The label maps are plain data (printed documents are always Chinese; the UI has its own translated
labels in desk/views). reportlab is imported inside the functions, so importing this module is cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

LAW = "《中华人民共和国人民调解法》"

ROLES = {"applicant": "申请人", "respondent": "被申请人", "third_party": "第三人", "agent": "代理人"}
SOURCES = {"application": "当事人申请", "initiative": "主动调解", "police": "公安移交", "court": "法院委托",
           "government": "政府部门移交", "work_order": "平台工单"}
SEXES = {"M": "男", "F": "女"}
# art. 29 items as the law words them (agreement_gaps field -> Chinese)
AGREEMENT_ITEMS = {
    "parties": "当事人的基本情况",
    "facts": "纠纷的主要事实",
    "disputed_matters": "争议事项",
    "responsibility": "各方当事人的责任",
    "terms": "协议内容",
    "performance_method": "履行方式",
    "performance_due": "履行期限",
}
OUTCOME_RESULTS = {"written": "调解成功（书面协议）", "oral": "调解成功（口头协议）", "terminated": "调解终止"}
RETENTION = {"permanent": "永久", "30y": "30年", "10y": "10年"}
FOLLOW_UP_METHODS = {"visit": "上门回访", "phone": "电话回访", "other": "其他方式"}
PERFORMANCE = {"full": "已全部履行", "partial": "部分履行", "none": "未履行"}

_NAME_SPLIT = re.compile(r"[、，,；;\s]+")


def cn_date(d: date | datetime | None) -> str:
    """2026年11月25日 (no leading zeros, as official documents write dates); "" for no date."""
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def cn_datetime(dt: datetime | None) -> str:
    return f"{cn_date(dt)} {dt:%H:%M}" if dt else ""


def split_names(text: str) -> list[str]:
    """Names typed as one field ("张三、李四", "张三 李四") as a list, order kept, duplicates dropped."""
    out: list[str] = []
    for name in _NAME_SPLIT.split(text or ""):
        if name and name not in out:
            out.append(name)
    return out


@dataclass(frozen=True)
class PartyInfo:
    """A party or agent as printed. ``role`` is the Chinese label; ``agent_for`` names the party an
    agent represents. Documents that print names only leave the personal fields empty."""

    role: str
    kind: str  # person | org
    name: str
    sex: str = ""  # 男 / 女
    birth: date | None = None
    ethnicity: str = ""
    id_number: str = ""
    address: str = ""
    phone: str = ""
    credit_code: str = ""
    legal_representative: str = ""
    agent_for: str = ""


def particulars(p: PartyInfo) -> str:
    """One sentence of particulars, e.g. "申请人：张三，女，1990年1月1日出生，汉族，身份证号码…，住址：…，联系电话：…。"."""
    role = f"{p.agent_for}的委托代理人" if p.agent_for else p.role
    if p.kind == "org":
        parts = [p.name]
        if p.credit_code:
            parts.append(f"统一社会信用代码：{p.credit_code}")
        if p.address:
            parts.append(f"住所：{p.address}")
        if p.legal_representative:
            parts.append(f"法定代表人：{p.legal_representative}")
    else:
        parts = [p.name] + [x for x in (p.sex, f"{cn_date(p.birth)}出生" if p.birth else "", p.ethnicity) if x]
        if p.id_number:
            parts.append(f"身份证号码：{p.id_number}")
        if p.address:
            parts.append(f"住址：{p.address}")
    if p.phone:
        parts.append(f"联系电话：{p.phone}")
    return f"{role}：{'，'.join(parts)}。"


def line(text: str, style: str = "sign"):
    """One paragraph without the first-line indent (addressees, "此致", a copy mark); ``style`` is
    one of the layout's styles: "sign" (left), "center"."""
    from reportlab.platypus import Paragraph

    from desk.print.blocks import markup, styles

    st = styles()[style]
    return Paragraph(markup(text, st.fontName), st)


def right_line(text: str):
    """A right-aligned line (the case number under a title)."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from desk.print.blocks import markup, styles

    st = ParagraphStyle("desk-case-right", styles()["sign"], alignment=TA_RIGHT, spaceAfter=6)
    return Paragraph(markup(text, st.fontName), st)


def blank_lines(count: int):
    """Ruled empty lines to write on by hand (a record printed before it was written up)."""
    from reportlab.platypus import Table

    from desk.print.blocks import MM, TEXT_WIDTH

    return Table([[""] for _ in range(count)], colWidths=[TEXT_WIDTH], rowHeights=[9 * MM] * count,
                 style=[("LINEBELOW", (0, 0), (-1, -1), 0.4, "#777777")])


def text_or_blank(text: str, count: int = 12) -> list:
    """The text as body paragraphs, or ruled lines when there is none yet."""
    from desk.print import layout as L

    return [L.paragraph(text)] if (text or "").strip() else [blank_lines(count)]
