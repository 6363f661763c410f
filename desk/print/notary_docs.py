"""Printed documents of the notary-agency point and the duty lawyer's desk.

Notary agency (公证代办): 公证代办受理回执 (goes home with the applicant: ID numbers and phones
masked), 公证申请转递清单 (signed by the center and the notary office), 公证书领取通知 (with a
collection confirmation to cut off and keep). Legal consultation (法律咨询): 法律咨询登记表,
法律咨询台账 (a day's consultations) and 法律援助申请表 (pre-filled from a consultation; it is
submitted to the legal aid centre, so it carries the full ID number).

The data classes are frozen snapshots of what is printed (the verification code covers them);
reportlab is imported inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime

from desk.print.case_common import cn_date, cn_datetime

TITLES = {
    "notary-receipt": "公证代办受理回执",
    "notary-transfer-list": "公证申请转递清单",
    "notary-pickup-notice": "公证书领取通知",
    "consultation-form": "法律咨询登记表",
    "consultation-day-list": "法律咨询台账",
    "legal-aid-application": "法律援助申请表",
}
CHANNELS = {"walk_in": "现场", "phone": "电话", "wechat": "微信"}
REFERRALS = {"": "当场解答", "legal_aid": "法律援助", "mediation": "人民调解", "litigation": "诉讼",
             "department": "其他部门"}
MATERIAL_FORMS = {"received": ("原件", "原件已收存"), "copied": ("复印件", "原件已核对并退还")}
SEXES = {"M": "男", "F": "女"}
WEEKDAYS = "一二三四五六日"
# 经济困难状况: the usual grounds a legal aid form offers to tick (法律援助法 arts. 32, 42)
AID_GROUNDS = (
    "城乡最低生活保障对象", "特困供养人员", "低收入家庭成员",
    "无固定生活来源的未成年人、老年人、残疾人等特定群体", "社会救助、司法救助或者优抚对象",
    "申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员",
    "英雄烈士近亲属为维护英雄烈士的人格权益", "因见义勇为行为主张相关民事权益",
)
BLANK = "_" * 8  # a line to write a number on by hand inside a sentence (spaces would collapse)


@dataclass(frozen=True)
class CenterInfo:
    name: str
    address: str
    phone: str
    hours: str  # e.g. "工作日 08:30—17:30（法定节假日除外）"; "" when unknown


@dataclass(frozen=True)
class ApplicantLine:
    name: str
    sex: str  # 男 / 女 / ""
    id_number: str  # masked
    phone: str  # masked


@dataclass(frozen=True)
class NotaryReceiptData:
    center: CenterInfo
    number: str
    state: str
    received_on: date
    clerk: str
    applicants: tuple[ApplicantLine, ...]
    matter: str
    purpose: str
    use_country: str
    copies: int
    received: tuple[tuple[str, str], ...]  # (material, received | copied)
    missing: tuple[str, ...]  # the required materials still missing, in checklist order
    missing_note: str
    office: str
    expected_on: date
    forwarded_on: date | None = None
    ready_on: date | None = None
    keep_until: date | None = None
    collected_on: date | None = None


@dataclass(frozen=True)
class TransferRow:
    number: str
    applicants: str
    matter: str
    copies: int
    materials: int  # materials handed over (originals and copies)


@dataclass(frozen=True)
class TransferListData:
    center_name: str
    number: str
    office: str
    forwarded_on: date
    forwarded_by: str
    received_by: str
    rows: tuple[TransferRow, ...]


@dataclass(frozen=True)
class PickupNoticeData:
    center: CenterInfo
    number: str
    applicants: tuple[str, ...]
    matter: str
    copies: int
    received_on: date
    office: str
    certificate_no: str
    ready_on: date
    keep_until: date
    notice_on: date


@dataclass(frozen=True)
class ConsultationFormData:
    center_name: str
    number: str
    at: datetime  # local
    lawyer: str
    channel: str
    anonymous: bool
    name: str
    sex: str
    id_number: str  # masked
    phone: str  # masked
    address: str
    category: str
    question: str
    advice: str
    minutes: int
    referral: str
    referral_to: str
    referral_note: str
    case_number: str
    ticket_number: str


@dataclass(frozen=True)
class DayRow:
    time: str
    number: str
    person: str  # masked name or 匿名
    channel: str
    category: str
    question: str  # shortened
    minutes: int
    referral: str  # "" | legal_aid | mediation | litigation | department
    lawyer: str


@dataclass(frozen=True)
class DayListData:
    center_name: str
    day: date
    rows: tuple[DayRow, ...]


@dataclass(frozen=True)
class LegalAidData:
    center_name: str
    number: str  # the consultation's
    day: date
    lawyer: str
    name: str
    sex: str
    birth: date | None
    id_number: str  # full: the form goes to the legal aid centre
    phone: str
    address: str
    category: str
    question: str
    advice: str
    referral_to: str  # the legal aid centre, when the lawyer named one


def document_content(kind: str, data) -> dict:
    """What the verification code covers."""
    return {"kind": kind, "version": 1, **asdict(data)}


def referral_text(referral: str, referral_to: str, case_number: str, note: str) -> str:
    """Where the person was sent, in a sentence."""
    if referral == "legal_aid":
        text = "转介申请法律援助" + (f"（{referral_to}）" if referral_to else "")
    elif referral == "mediation":
        text = "转人民调解" + (f"，案号：{case_number}" if case_number else "")
    elif referral == "litigation":
        text = "建议通过诉讼途径解决" + (f"（{referral_to}）" if referral_to else "")
    elif referral == "department":
        text = f"转介其他部门：{referral_to}"
    else:
        text = "当场解答，未转介"
    return f"{text}。{note}" if note else f"{text}。"


def weekday(d: date) -> str:
    return f"星期{WEEKDAYS[d.weekday()]}"


# --- small flowables -----------------------------------------------------------------------------

def _p(text, style: str = "value", **overrides):
    """A paragraph of user text in one of the layout's styles (optionally adjusted)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from desk.print.blocks import markup, styles

    st = styles()[style]
    if overrides:
        st = ParagraphStyle(f"{st.name}-{'-'.join(sorted(overrides))}", st, **overrides)
    return Paragraph(markup(text, st.fontName), st)


def _label(text: str):
    from reportlab.lib.enums import TA_CENTER

    return _p(text, "key", alignment=TA_CENTER)


def form_table(rows: list[list[tuple[str, str, int]]], weights: list[float], pad: tuple[int, int] = (5, 6)):
    """A ruled form: each row a list of (kind, text, span) cells, kind "k" for a shaded label and "v"
    for a value; the spans of every row add up to the number of columns. Values wrap; empty values
    leave room to write by hand. Meant for short fields (names, numbers, an address)."""
    from reportlab.platypus import Table

    from desk.print.blocks import RULE, TEXT_WIDTH, register_fonts

    n = len(weights)
    widths = [TEXT_WIDTH * w / sum(weights) for w in weights]
    data, style = [], [
        ("FONT", (0, 0), (-1, -1), register_fonts().song, 10.5),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), pad[0]), ("BOTTOMPADDING", (0, 0), (-1, -1), pad[1]),
    ]
    for r, row in enumerate(rows):
        line, col = [], 0
        for kind, text, span in row:
            line.append(_label(text) if kind == "k" else _p(text))
            line += [""] * (span - 1)
            if kind == "k":
                style.append(("BACKGROUND", (col, r), (col + span - 1, r), "#f3f3f3"))
            if span > 1:
                style.append(("SPAN", (col, r), (col + span - 1, r)))
            col += span
        if col != n:
            raise ValueError(f"form row {r} spans {col} columns, not {n}")
        data.append(line)
    return Table(data, colWidths=widths, style=style, spaceBefore=2, spaceAfter=8)


def boxed(header: str, text: str, blank_lines: int = 4):
    """A full-width box headed by ``header`` holding long text (split across pages, the header
    repeated), or ruled room to write by hand when there is no text."""
    from reportlab.platypus import Table

    from desk.print.blocks import MM, RULE, TEXT_WIDTH, _grid

    if (text or "").strip():
        head = [_p(header, "th", fontSize=10.5, leading=14)]
        return _grid([[text]], [TEXT_WIDTH], ["value"], head)
    rows = [[_p(header, "th", fontSize=10.5, leading=14)]] + [[""] for _ in range(blank_lines)]
    heights = [None] + [9 * MM] * blank_lines
    return Table(rows, colWidths=[TEXT_WIDTH], rowHeights=heights, spaceBefore=2, spaceAfter=8, style=[
        ("BOX", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (-1, 0), "#eeeeee"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE), ("LINEBELOW", (0, 1), (-1, -2), 0.3, "#aaaaaa"),
        ("TOPPADDING", (0, 0), (-1, 0), 3), ("BOTTOMPADDING", (0, 0), (-1, 0), 4)])


def fill_lines(items: list[tuple[str, str]], label_width: float = 42, line_width: float = 60,
               date_items: tuple[str, ...] = ()):
    """Lines to fill in by hand: "label：____" (a pre-printed value sits on the line); a label in
    ``date_items`` gets a "年　月　日" line."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.platypus import Table

    from desk.print.blocks import MM

    data = []
    for label, value in items:
        if label in date_items:
            data.append([_p(f"{label}：", "sign"), _p("年　　　月　　　日", "sign", alignment=TA_RIGHT)])
        else:
            data.append([_p(f"{label}：", "sign"), _p(value, "sign")])
    return Table(data, colWidths=[label_width * MM, line_width * MM], hAlign="LEFT", style=[
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 11),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LINEBELOW", (1, 0), (1, -1), 0.6, "#000000")])


def sign_rows(labels: list[str], seal: str = "", on: date | None = None):
    """A compact close for a one-page form: signature lines on the left ("受理人（签名）：____"), the
    seal label over the date on the right (a blank "年 月 日" without ``on``), kept on one page."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.platypus import Spacer, Table

    from desk.print.blocks import MM, TEXT_WIDTH, keep_together

    right = ([seal] if seal else []) + [cn_date(on) if on else "年　　月　　日"]
    n = max(len(labels), len(right))
    right = [""] * (n - len(right)) + right  # the date on the last line
    data = []
    for k in range(n):
        label = labels[k] if k < len(labels) else ""
        data.append([_p(f"{label}（签名）：", "sign") if label else "", "",
                     _p(right[k], "sign", alignment=TA_CENTER) if right[k] else ""])
    style = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 10),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    style += [("LINEBELOW", (1, k), (1, k), 0.6, "#000000") for k in range(min(n, len(labels)))]
    table = Table(data, colWidths=[34 * MM, 48 * MM, TEXT_WIDTH - 82 * MM], hAlign="LEFT", style=style)
    return keep_together([Spacer(1, 2 * MM), table])


def fill_grid(items: list[tuple[str, str]], label_width: float = 35):
    """Lines to fill in by hand, two to a row: (label, "") for a blank line, (label, "date") for a
    "年　月　日" line."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.platypus import Table

    from desk.print.blocks import MM, TEXT_WIDTH

    gap = 6 * MM
    line_width = (TEXT_WIDTH - gap - 2 * label_width * MM) / 2
    cells = []
    for k, (label, kind) in enumerate(items):
        if k % 2:
            cells.append("")
        cells += [_p(f"{label}：", "sign"),
                  _p("年　　月　　日", "sign", alignment=TA_RIGHT) if kind == "date" else ""]
    cells += [""] * (-len(cells) % 5)
    data = [cells[k:k + 5] for k in range(0, len(cells), 5)]
    style = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 10),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for k in range(len(items)):
        r, c = divmod(k, 2)
        style.append(("LINEBELOW", (3 * c + 1, r), (3 * c + 1, r), 0.6, "#000000"))
    return Table(data, colWidths=[label_width * MM, line_width, gap, label_width * MM, line_width],
                 hAlign="LEFT", style=style)


def _two_sides(left, right):
    """Two blocks side by side (the two parties of a hand-over), kept on one page."""
    from reportlab.platypus import Spacer, Table

    from desk.print.blocks import MM, TEXT_WIDTH, keep_together

    half = TEXT_WIDTH / 2
    table = Table([[left, right]], colWidths=[half, half], style=[
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 * MM)])
    return keep_together([Spacer(1, 8 * MM), table])


def _right(text: str):
    from reportlab.lib.enums import TA_RIGHT

    return _p(text, "sign", alignment=TA_RIGHT, spaceAfter=4)


def _center_line(text: str, size: float = 12):
    from reportlab.lib.enums import TA_CENTER

    return _p(text, "sign", alignment=TA_CENTER, fontSize=size, leading=size * 1.5, spaceAfter=6)


def _numbered(items: list[str]):
    """A numbered list without the first-line indent. (No hanging indent: reportlab puts gaps into an
    indented paragraph it splits across pages, and a long note may be split.)"""
    return [_p(f"{i}．{text}", "sign", spaceAfter=3) for i, text in enumerate(items, 1)]


def _contact_lines(center: CenterInfo) -> list:
    """Where and when to find the center, in two short lines."""
    first = "　".join(f"{k}：{v}" for k, v in (("办公地址", center.address), ("联系电话", center.phone)) if v)
    return [_p(t, "value", spaceBefore=2) for t in (first, f"办公时间：{center.hours}" if center.hours else "") if t]


# --- notary agency ---------------------------------------------------------------------------

def _receipt_next_steps(d: NotaryReceiptData) -> list[str]:
    phone = d.applicants[0].phone if d.applicants else ""
    notify = f"本中心将电话通知您（{phone}）前来领取" if phone else "本中心将电话通知您前来领取"
    if d.state == "received":
        return ["本中心将核对您提交的材料：材料齐全的，转递公证处办理；需要补交材料的，本中心将电话通知您。"]
    if d.state == "incomplete":
        return ["您的申请材料尚不齐全。请携带上列“尚需补交的材料”到本中心补交；材料齐全后方开始办理，"
                "办理期限自材料齐全之日起计算。"]
    if d.state == "complete":
        return [f"您的申请材料已齐全。本中心将把您的申请转递{d.office}办理，预计于{cn_date(d.expected_on)}前后"
                f"可以领取公证书（以公证处实际出证时间为准）。公证书送达本中心后，{notify}。"]
    if d.state in ("forwarded", "accepted", "issued"):
        return [f"您的申请已于{cn_date(d.forwarded_on)}转递{d.office}办理，预计于{cn_date(d.expected_on)}前后"
                f"可以领取公证书（以公证处实际出证时间为准）。公证书送达本中心后，{notify}。"]
    if d.state == "ready":
        return [f"公证书已送达本中心，请于{cn_date(d.keep_until)}前携带本人居民身份证和本回执前来领取。"]
    return [f"公证书已于{cn_date(d.collected_on)}领取。"]


def render_notary_receipt(d: NotaryReceiptData, meta) -> bytes:
    from desk.print import layout as L

    facts = [[("k", "受理日期", 1), ("v", cn_date(d.received_on), 1), ("k", "公证事项", 1), ("v", d.matter, 1)]]
    if d.purpose or d.use_country:
        facts.append([("k", "用途", 1), ("v", d.purpose, 1), ("k", "使用地", 1), ("v", d.use_country, 1)])
    facts.append([("k", "公证书份数", 1), ("v", f"{d.copies} 份", 1), ("k", "受理人", 1), ("v", d.clerk, 1)])
    applicants = [[a.name, a.sex, a.id_number, a.phone] for a in d.applicants]
    received = [[str(i), name, *MATERIAL_FORMS.get(status, (status, ""))]
                for i, (name, status) in enumerate(d.received, 1)]
    story = [
        L.title(TITLES["notary-receipt"]), _right(f"受理编号：{d.number}"),
        form_table(facts, [2.2, 4.6, 2.2, 4.6]),
        L.heading("一、申请人"),
        L.data_table(["姓名", "性别", "身份证号码", "联系电话"], applicants, [2.6, 1.0, 4.2, 3.0]),
        L.heading("二、已收取的材料"),
        L.data_table(["序号", "材料名称", "收取形式", "说明"], received, [0.9, 6.0, 1.6, 3.2]),
        L.heading("三、尚需补交的材料"),
    ]
    missing = list(d.missing) + ([f"其他：{d.missing_note}"] if d.missing_note else [])
    story += _numbered(missing) if missing else [L.paragraph("所需材料已齐全，无需补交。")]
    story.append(L.heading("四、后续办理"))
    story += [L.paragraph(t) for t in _receipt_next_steps(d)]
    story.append(L.paragraph("请妥善保管本回执，补交材料、查询进度和领取公证书时请出示。"))
    story += _contact_lines(d.center)
    story.append(sign_rows(["受理人", "申请人"], f"（{d.center.name}）", d.received_on))
    return L.build_pdf(meta, story)


def render_transfer_list(d: TransferListData, meta) -> bytes:
    from desk.print import layout as L

    rows = [[str(i), r.number, r.applicants, r.matter, str(r.copies), str(r.materials)]
            for i, r in enumerate(d.rows, 1)]
    copies, materials = sum(r.copies for r in d.rows), sum(r.materials for r in d.rows)
    if rows:
        rows.append(["", "合计", f"{len(d.rows)} 件申请", "", str(copies), str(materials)])
    story = [
        L.title(TITLES["notary-transfer-list"]), _right(f"批次号：{d.number}"),
        form_table([[("k", "移交单位", 1), ("v", d.center_name, 1), ("k", "接收单位", 1), ("v", d.office, 1)],
                    [("k", "转递日期", 1), ("v", cn_date(d.forwarded_on), 1), ("k", "经办人", 1),
                     ("v", d.forwarded_by, 1)]], [2.0, 4.8, 2.0, 4.8]),
        L.data_table(["序号", "受理编号", "申请人", "公证事项", "份数", "材料（件）"], rows,
                     [0.9, 2.4, 3.8, 3.4, 1.0, 1.5]),
        L.paragraph(f"本批共移交公证申请 {len(d.rows)} 件，申请公证书 {copies} 份，随附申请材料 {materials} 件"
                    f"（原件或复印件，逐件见各申请的材料清单）。接收单位核对无误后签收，本清单一式两份，双方各执一份。"),
    ]
    left = [_p(f"移交单位：{d.center_name}", "sign"),
            fill_lines([("移交人（签名）", ""), ("日期", "")], 35, 36, ("日期",))]
    right = [_p(f"接收单位：{d.office}", "sign"),
             fill_lines([("接收人（签名）", ""), ("日期", "")], 35, 36, ("日期",))]
    story.append(_two_sides(left, right))
    return L.build_pdf(meta, story)


def render_pickup_notice(d: PickupNoticeData, meta) -> bytes:
    from reportlab.platypus import Spacer

    from desk.print import layout as L
    from desk.print.blocks import MM, keep_together
    from desk.print.case_common import line

    names = "、".join(d.applicants)
    facts = [
        [("k", "受理编号", 1), ("v", d.number, 1), ("k", "联系电话", 1), ("v", d.center.phone, 1)],
        [("k", "公证事项", 1), ("v", d.matter, 1), ("k", "份数", 1), ("v", f"{d.copies} 份", 1)],
        [("k", "公证书编号", 1), ("v", d.certificate_no, 3)],
        [("k", "领取地点", 1), ("v", "　".join(t for t in (d.center.name, d.center.address) if t), 3)],
        [("k", "领取时间", 1), ("v", d.center.hours or "工作日办公时间", 3)],
        [("k", "保管期限", 1), ("v", f"{cn_date(d.keep_until)}前（逾期未能领取的，请提前与本中心联系）", 3)],
    ]
    story = [
        L.title(TITLES["notary-pickup-notice"]),
        line(f"{names}：" if names else "申请人："),
        L.paragraph(f"您于{cn_date(d.received_on)}在本中心申请办理的{d.matter}，{d.office}已出具公证书，"
                    f"并于{cn_date(d.ready_on)}送达本中心。请于{cn_date(d.keep_until)}前前来领取。"),
        form_table(facts, [2.2, 5.2, 2.0, 4.2], (3, 4)),
        L.heading("领取须知"),
        *_numbered([
            "申请人本人领取的，请携带本人居民身份证原件和本通知（或《公证代办受理回执》）。",
            "委托他人代为领取的，代领人须携带本人居民身份证原件、申请人的居民身份证（或复印件）和申请人签名的委托书。",
        ]),
        keep_together([_right(d.center.name), _right(cn_date(d.notice_on))]),
    ]
    confirmation = [
        Spacer(1, 2 * MM),
        _center_line("－ － － － － － － － 沿此线剪下，由本中心留存 － － － － － － － －", 9),
        _center_line("公证书领取确认", 13),
        form_table([
            [("k", "受理编号", 1), ("v", d.number, 1), ("k", "申请人", 1), ("v", names, 1)],
            [("k", "公证书编号", 1), ("v", d.certificate_no, 1), ("k", "份数", 1), ("v", f"{d.copies} 份", 1)],
        ], [2.2, 5.2, 2.0, 4.2], (3, 4)),
        _p("本人已核对并领取上述公证书。", "sign"),
        fill_grid([("领取人（签名）", ""), ("领取日期", "date"), ("身份证件号码", ""), ("与申请人关系", ""),
                   ("经办人（签名）", "")]),
    ]
    story.append(keep_together(confirmation))
    return L.build_pdf(meta, story)


# --- legal consultation ------------------------------------------------------------------------

def render_consultation_form(d: ConsultationFormData, meta) -> bytes:
    from desk.print import layout as L

    person = "匿名" if d.anonymous else d.name
    rows = [
        [("k", "咨询时间", 1), ("v", cn_datetime(d.at), 1), ("k", "咨询方式", 1), ("v", CHANNELS.get(d.channel, d.channel), 1)],
        [("k", "咨询人", 1), ("v", person, 1), ("k", "性别", 1), ("v", "" if d.anonymous else d.sex, 1)],
        [("k", "身份证号码", 1), ("v", "" if d.anonymous else d.id_number, 1), ("k", "联系电话", 1),
         ("v", "" if d.anonymous else d.phone, 1)],
        [("k", "住址", 1), ("v", "" if d.anonymous else d.address, 3)],
        [("k", "咨询类别", 1), ("v", d.category, 1), ("k", "用时", 1), ("v", f"{d.minutes} 分钟", 1)],
        [("k", "值班律师", 1), ("v", d.lawyer, 1), ("k", "排队号", 1), ("v", d.ticket_number, 1)],
    ]
    story = [
        L.title(TITLES["consultation-form"]), _right(f"登记编号：{d.number}"),
        form_table(rows, [2.2, 4.6, 2.2, 4.6]),
        boxed("咨询问题", d.question),
        boxed("解答意见", d.advice),
        boxed("处理结果", referral_text(d.referral, d.referral_to, d.case_number, d.referral_note)),
        sign_rows(["咨询人", "值班律师"], f"（{d.center_name}）", d.at.date()),
    ]
    return L.build_pdf(meta, story)


def day_totals(rows) -> dict[str, int]:
    """Count of consultations per referral kind ("" = answered on the spot)."""
    counts = {k: 0 for k in REFERRALS}
    for r in rows:
        counts[r.referral if r.referral in counts else ""] += 1
    return counts


def render_day_list(d: DayListData, meta) -> bytes:
    from desk.print import layout as L

    rows = [[r.time, r.number, r.person, CHANNELS.get(r.channel, r.channel), r.category, r.question, str(r.minutes),
             REFERRALS.get(r.referral, r.referral) if r.referral else "—", r.lawyer] for r in d.rows]
    minutes = sum(r.minutes for r in d.rows)
    counts = day_totals(d.rows)
    channels = {k: sum(1 for r in d.rows if r.channel == k) for k in CHANNELS}
    referred = len(d.rows) - counts[""]
    lawyers = list(dict.fromkeys(r.lawyer for r in d.rows if r.lawyer))
    totals = [
        ("咨询人次", f"{len(d.rows)} 人次（" + "，".join(f"{CHANNELS[k]} {n}" for k, n in channels.items()) + "）"),
        ("累计用时", f"{minutes} 分钟"),
        ("转介情况", f"转介 {referred} 件：" + "，".join(f"{REFERRALS[k]} {counts[k]} 件" for k in REFERRALS if k)
         + f"；当场解答 {counts['']} 件"),
        ("值班律师", "、".join(lawyers) or "—"),
    ]
    story = [
        L.title(TITLES["consultation-day-list"]),
        _center_line(f"{d.center_name}　　{cn_date(d.day)}（{weekday(d.day)}）", 12),
        L.data_table(["时间", "编号", "咨询人", "方式", "类别", "咨询问题（摘要）", "用时（分）", "转介", "律师"], rows,
                     [12, 22.5, 14, 9.5, 16, 43, 10, 16, 13]),  # mm: categories and referrals fit on a line
        L.heading("合计"),
        L.key_value_table(totals),
        L.signature_block(["制表人", "负责人"], None, True, mark="签名"),
    ]
    return L.build_pdf(meta, story)


def render_legal_aid(d: LegalAidData, meta) -> bytes:
    from reportlab.platypus import Spacer

    from desk.print import layout as L
    from desk.print.blocks import MM, keep_together

    rows = [
        [("k", "姓名", 1), ("v", d.name, 1), ("k", "性别", 1), ("v", d.sex, 1), ("k", "出生日期", 1),
         ("v", cn_date(d.birth), 1)],
        [("k", "身份证号码", 1), ("v", d.id_number, 3), ("k", "民族", 1), ("v", "", 1)],
        [("k", "联系电话", 1), ("v", d.phone, 1), ("k", "工作单位", 1), ("v", "", 3)],
        [("k", "住址", 1), ("v", d.address, 5)],
        [("k", "户籍所在地", 1), ("v", "", 5)],
        [("k", "代理人", 1), ("v", "", 1), ("k", "代理类型", 1), ("v", "□ 法定代理人　□ 委托代理人", 3)],
    ]
    matter = [
        [("k", "案件（事项）类别", 1), ("v", d.category, 3)],
        [("k", "对方当事人", 1), ("v", "", 3)],
        [("k", "申请援助事项", 1),
         ("v", "□ 诉讼代理　□ 非诉讼代理　□ 劳动争议调解与仲裁代理\n□ 刑事辩护与代理　□ 代拟法律文书　□ 其他", 3)],
    ]
    grounds = [f"□ {g}" for g in AID_GROUNDS] + [f"□ 其他：{BLANK * 4}"]
    economy = [
        _p(f"家庭人口：{BLANK}人；家庭月人均收入：{BLANK}元；家庭主要收入来源：{BLANK}", "value",
           spaceAfter=6),
        _p("属于下列情形的，请在□内打“√”：", "value", spaceAfter=3),
        *[_p(g, "value", leftIndent=12, spaceAfter=2) for g in grounds],
        _p("本人承诺以上所填内容及所提交的材料真实有效；如有虚假，愿意承担相应的法律责任。", "value",
           spaceBefore=8),
        fill_lines([("申请人（签名或按指印）", ""), ("日期", "")], 52, 56, ("日期",)),
    ]
    story = [
        L.title(TITLES["legal-aid-application"]), _right(f"法律咨询编号：{d.number}"),
        L.heading("一、申请人基本情况"),
        form_table(rows, [2.5, 2.6, 1.9, 1.6, 2.0, 2.9]),
        L.heading("二、申请事项"),
        form_table(matter, [3.0, 4.0, 3.0, 4.0]),
        boxed("申请事项及理由（案情概述）", d.question, 8),
        boxed("值班律师初步意见", d.advice, 4),
        keep_together([L.heading("三、经济困难状况"), _boxed_flowables(economy)]),
        keep_together([
            L.heading("四、转交及受理情况"),
            form_table([
                [("k", "转交单位", 1), ("v", d.center_name, 3)],
                [("k", "法律咨询编号", 1), ("v", d.number, 1), ("k", "咨询日期", 1), ("v", cn_date(d.day), 1)],
                [("k", "转介律师", 1), ("v", d.lawyer, 1), ("k", "接收机构", 1), ("v", d.referral_to, 1)],
            ], [3.0, 4.0, 3.0, 4.0]),
            boxed("法律援助机构受理意见", "", 3),
            Spacer(1, 2 * MM),
            fill_lines([("受理人（签名）", ""), ("受理日期", "")], 36, 60, ("受理日期",)),
        ]),
    ]
    return L.build_pdf(meta, story)


def _boxed_flowables(flowables: list):
    """Flowables in a ruled box (a part of a form that is filled in by hand)."""
    from reportlab.platypus import Table

    from desk.print.blocks import RULE, TEXT_WIDTH

    return Table([[flowables]], colWidths=[TEXT_WIDTH], spaceBefore=2, spaceAfter=8, style=[
        ("BOX", (0, 0), (-1, -1), 0.5, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
