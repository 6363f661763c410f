"""人民调解工作月度统计报表: the monthly statistics report of a center as a PDF.

The figures come from a :class:`desk.services.monthly_report.MonthlyReport` (read duck-typed: this
module imports no service). The sections below (``category_rows``, ``mediation_extras``, ``linkage_items``,
``legal_items``, ``queue_rows``, ``satisfaction_rows``, ``DEFINITIONS``) are shared with the Excel
workbook (``desk.services.monthly_workbook``), so the PDF and the workbook hold the same numbers: each
value is kept raw with its kind, and only the formatting differs (text here, number formats there).
reportlab is imported inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desk.print.case_common import cn_date

KIND = "monthly-report"
WORKBOOK_KIND = "monthly-workbook"
TITLE = "人民调解工作月度统计报表"
SUBTITLE = "（含公调对接、工单、公证代办、法律咨询及窗口服务情况）"
CONTENT_VERSION = 1
DASH = "—"  # a rate without a denominator, an average without cases

# value kinds: how a figure is written (text in the PDF, a number format in the workbook)
COUNT, YUAN, RATE, MINUTES, DAYS = "count", "yuan", "rate", "minutes", "days"

CATEGORY_HEADERS = ("纠纷类别", "受理", "调结", "调解成功", "书面协议", "涉及金额(元)", "成功率")
CATEGORY_KINDS = (None, COUNT, COUNT, COUNT, COUNT, YUAN, RATE)
QUEUE_HEADERS = ("业务", "取号", "办结", "过号", "平均等候(分钟)", "平均办理(分钟)")
QUEUE_KINDS = (None, COUNT, COUNT, COUNT, MINUTES, MINUTES)
SATISFACTION_HEADERS = ("评价等级", "件数", "占比")
LEVELS = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
TOTAL = "合计"
NOTARY_STATES = {"received": "已受理", "incomplete": "待补正", "complete": "材料齐全", "forwarded": "已转递公证处",
                 "accepted": "公证处已受理", "issued": "已出证", "ready": "待领取", "collected": "已领取",
                 "withdrawn": "已撤回"}
REFERRALS = {"legal_aid": "转法律援助", "mediation": "转人民调解", "litigation": "建议诉讼", "department": "转其他部门"}

# what each figure means (the workbook's 说明 sheet and the PDF's closing section)
DEFINITIONS = (
    ("受理", "统计期间内登记受理的人民调解案件件数（按受理日期）。"),
    ("调结", "统计期间内调解终结的案件件数，包括达成调解协议和终止调解。"),
    ("调解成功", "调结案件中达成调解协议（书面或口头）的件数。"),
    ("书面协议", "调解成功案件中签订书面调解协议书的件数。"),
    ("涉及金额(元)", "统计期间内受理案件的涉及金额合计，单位为元。"),
    ("成功率", "调解成功件数 ÷ 调结件数；无调结案件时记为“—”。"),
    ("防止民转刑", "有激化风险、经调解达成协议的纠纷件数。"),
    ("防止群体性事件", "群体性纠纷经调解达成协议的件数。"),
    ("回访", "统计期间内记录的协议履行回访次数。"),
    ("申请司法确认", "统计期间内申请司法确认的调解协议件数。"),
    ("公调对接", "派出所移交人民调解委员会的纠纷（按接收日期），及依人民调解法第二十五条移送公安机关的纠纷。"),
    ("工单", "上级平台交办的工单（按派单日期），办结及按期办结按办结日期统计。"),
    ("公证代办", "统计期间内受理的公证代办申请及其办理进度。"),
    ("法律咨询", "统计期间内登记的法律咨询人次、时长及转介去向。"),
    ("取号、办结、过号", "窗口服务按业务统计的取号数、办结数和过号数（按取号日期）。"),
    ("平均等候(分钟)", "从取号到首次叫号的平均分钟数（已叫号者）。"),
    ("平均办理(分钟)", "从开始办理到办结的平均分钟数（已办结者）。"),
    ("满意率", "（非常满意 + 满意）÷ 评价总数；无评价时记为“—”。"),
)


@dataclass(frozen=True)
class Item:
    """One labelled figure of a section: ``value`` raw (None = no figure), ``kind`` how to write it."""

    group: str
    label: str
    value: Any
    kind: str = COUNT


def fmt(value: Any, kind: str | None) -> str:
    """A figure as the PDF prints it: counts plain, 元 with two decimals, rates in % with one decimal."""
    if kind is None:
        return "" if value is None else str(value)
    if value is None:
        return DASH
    if kind == YUAN:
        return f"{value:,.2f}"
    if kind == RATE:
        return f"{value * 100:.1f}%"
    if kind in (MINUTES, DAYS):
        return f"{value:.1f}"
    return f"{value:,d}" if isinstance(value, int) else str(value)


def yuan(cents: int) -> Decimal:
    """An amount in cents as exact yuan."""
    return Decimal(cents) / 100


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# --- the sections, shared with the workbook ------------------------------------------------------
def period_text(report) -> str:
    text = f"{cn_date(report.start)}至{cn_date(report.end)}"
    return f"{text}（本月截至{cn_date(report.end)}）" if report.to_date else text


def month_text(report) -> str:
    return f"{report.year}年{report.month}月"


def scope_text(report) -> str:
    if report.grid_name:
        return f"人民调解：{report.grid_name}（含下辖网格）；其他项目：全中心"
    return "全中心"


def category_rows(report) -> list[tuple]:
    """(label, received, concluded, agreements, written, amount in yuan, success rate) per category,
    the totals row last."""
    m = report.mediation
    rows = [(r.label or "未分类", r.received, r.concluded, r.agreements, r.written, yuan(r.amount_cents),
             r.success_rate) for r in m.rows]
    rows.append((TOTAL, m.received, m.concluded, m.agreements, m.written, yuan(m.amount_cents), m.success_rate))
    return rows


def mediation_extras(report) -> list[Item]:
    m, g = report.mediation, "人民调解"
    return [Item(g, "涉及人数", m.people), Item(g, "口头协议", m.oral), Item(g, "终止调解", m.terminated),
            Item(g, "防止民转刑", m.criminal_prevented), Item(g, "防止群体性事件", m.mass_prevented),
            Item(g, "回访", m.follow_ups), Item(g, "申请司法确认", m.judicial_confirmations)]


def linkage_items(report) -> list[Item]:
    f = report.linkage
    if f is None:
        return []
    p, w = "公调对接", "工单"
    return [
        Item(p, "接收公安移交纠纷", f.referrals_received), Item(p, "受理", f.referrals_accepted),
        Item(p, "不予受理", f.referrals_declined), Item(p, "调解成功", f.referrals_succeeded),
        Item(p, "调解成功率", f.success_rate, RATE), Item(p, "反馈调解结果", f.feedback_sent),
        Item(p, "平均反馈用时(工作日)", f.avg_days_to_feedback, DAYS),
        Item(p, "移送公安机关(第二十五条)", f.transfers_to_police),
        Item(w, "接收工单", f.orders_received), Item(w, "办结", f.orders_completed),
        Item(w, "按期办结", f.orders_on_time), Item(w, "按期办结率", f.on_time_rate, RATE),
        Item(w, "退单", f.orders_returned),
    ]


def legal_items(report) -> list[Item]:
    legal = report.legal
    if legal is None:
        return []
    items: list[Item] = []
    n = legal.notary
    if n is not None:
        g = "公证代办"
        items += [Item(g, "受理申请", n.received), Item(g, "已出证（含已领取）", n.ready),
                  Item(g, "已领取", n.collected), Item(g, "平均出证用时(天)", n.avg_days_to_ready, DAYS)]
        items += [Item(g, f"其中：{name}", count) for name, count in n.by_matter]
    c = legal.consultations
    if c is not None:
        g = "法律咨询"
        referred = dict(c.by_referral)
        items += [Item(g, "咨询人次", c.total), Item(g, "咨询时长(分钟)", c.minutes),
                  Item(g, "匿名咨询", c.anonymous), Item(g, "当场解答", referred.get("", 0))]
        items += [Item(g, label, referred.get(code, 0)) for code, label in REFERRALS.items()]
        items += [Item(g, f"其中：{label}", count) for label, count in c.by_category]
    return items


def queue_rows(report) -> list[tuple]:
    """(service, issued, served, no-shows, average wait, average service) per service, then the totals
    (the averages weighed by the tickets each is over: called ones for the wait, served ones for service)."""
    services = report.services
    rows = [(f"{s.prefix} {s.name}".strip(), s.issued, s.served, s.no_shows, s.average_wait, s.average_service)
            for s in services]
    rows.append((TOTAL, sum(s.issued for s in services), sum(s.served for s in services),
                 sum(s.no_shows for s in services), _weighted((s.average_wait, s.called) for s in services),
                 _weighted((s.average_service, s.served) for s in services)))
    return rows


def _weighted(pairs) -> float | None:
    pairs = [(value, n) for value, n in pairs if value is not None and n]
    total = sum(n for _, n in pairs)
    return sum(value * n for value, n in pairs) / total if total else None


def satisfaction_rows(report) -> list[tuple]:
    """(level name, count, share) for 非常满意 … 非常不满意, then 合计 and 满意率."""
    sat = report.satisfaction
    counts = dict(sat.by_level)
    total = sat.total
    rows = [(name, counts.get(level, 0), _rate(counts.get(level, 0), total)) for level, name in LEVELS.items()]
    rows.append((TOTAL, total, _rate(total, total)))
    rows.append(("满意率（非常满意＋满意）", sum(n for lv, n in counts.items() if lv >= 4), sat.satisfied_share))
    return rows


def report_content(report) -> dict:
    """What the verification code covers: every figure printed, as the workbook writes it too."""
    return {
        "kind": KIND, "version": CONTENT_VERSION, "center_name": report.center_name,
        "month": f"{report.year:04d}-{report.month:02d}", "start": report.start, "end": report.end,
        "to_date": report.to_date, "scope": scope_text(report),
        "categories": category_rows(report), "mediation": [(i.label, i.value) for i in mediation_extras(report)],
        "linkage": [(i.group, i.label, i.value) for i in linkage_items(report)],
        "legal": [(i.group, i.label, i.value) for i in legal_items(report)],
        "queue": queue_rows(report), "satisfaction": satisfaction_rows(report),
    }


# --- the PDF --------------------------------------------------------------------------------------
CATEGORY_WIDTHS = (30, 15, 15, 17, 17, 32, 18)  # millimetres, scaled to the text width
QUEUE_WIDTHS = (44, 16, 16, 16, 30, 30)


def _styles():
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    from desk.print.blocks import styles

    st = styles()
    return {"th": st["th"], "td": st["td"],
            "num": ParagraphStyle("mr-num", st["td"], alignment=TA_RIGHT),
            "total": ParagraphStyle("mr-total", st["td"], fontName=st["th"].fontName),
            "total-num": ParagraphStyle("mr-total-num", st["td"], fontName=st["th"].fontName, alignment=TA_RIGHT),
            "sub": ParagraphStyle("mr-sub", st["body"], fontSize=12, leading=18, firstLineIndent=0,
                                  alignment=TA_CENTER, spaceBefore=-10, spaceAfter=12)}


def _cell(text: str, style):
    from reportlab.platypus import Paragraph

    from desk.print.fonts import markup

    return Paragraph(markup(text, style.fontName), style)


def _table(data: list, widths, style: list | None = None, grid: bool = True):
    """A ruled table over the text width (``widths`` are weights); its header row repeats on every page.
    Without ``grid`` only the frame is drawn and ``style`` holds the inner rules."""
    from reportlab.platypus import Table

    from desk.print.blocks import RULE, TEXT_WIDTH

    scale = TEXT_WIDTH / sum(widths)
    base = [("GRID" if grid else "BOX", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), "#eeeeee"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    return Table(data, colWidths=[w * scale for w in widths], style=base + (style or []), repeatRows=1,
                 spaceBefore=2, spaceAfter=8)


def figure_table(headers, kinds, rows, widths, total_rows: int = 0):
    """A table of figures: numbers right-aligned, the last ``total_rows`` rows in the heading face on a
    shaded ground."""
    st = _styles()
    data = [[_cell(h, st["th"]) for h in headers]]
    for i, row in enumerate(rows):
        total = i >= len(rows) - total_rows
        data.append([_cell(fmt(v, k), st[("total" if total else "td") if k is None else
                                         ("total-num" if total else "num")]) for v, k in zip(row, kinds)])
    shade = [("BACKGROUND", (0, len(data) - total_rows), (-1, -1), "#f3f3f3")] if total_rows else []
    return _table(data, widths, shade)


def items_table(items: list[Item]):
    """(类别, 项目, 数值) rows: a group's name heads its block of rows."""
    from desk.print.blocks import RULE

    st = _styles()
    data = [[_cell(h, st["th"]) for h in ("类别", "项目", "数值")]]
    if not items:
        return _table(data + [[_cell("（无记录）", st["td"]), "", ""]], (26, 86, 32), [("SPAN", (0, 1), (-1, 1))])
    # the group column has no rule between the rows of one group
    rules = [("LINEAFTER", (0, 0), (-2, -1), 0.5, RULE), ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE)]
    for row, item in enumerate(items, 1):
        first = row == 1 or items[row - 2].group != item.group
        last = row == len(items) or items[row].group != item.group
        data.append([_cell(item.group if first else "", st["total"]), _cell(item.label, st["td"]),
                     _cell(fmt(item.value, item.kind), st["num"])])
        rules.append(("LINEBELOW", (0 if last else 1, row), (-1, row), 0.5, RULE))
    return _table(data, (26, 86, 32), rules, grid=False)


def definitions_table():
    st = _styles()
    data = [[_cell("指标", st["th"]), _cell("含义", st["th"])]]
    data += [[_cell(name, st["total"]), _cell(text, st["td"])] for name, text in DEFINITIONS]
    return _table(data, (22, 78))


def render_monthly_report(report, meta) -> bytes:
    """The report as PDF bytes (``meta`` is a :class:`desk.print.layout.DocumentMeta`)."""
    from reportlab.platypus import Paragraph

    from desk.print import layout as L
    from desk.print.fonts import markup

    sub = _styles()["sub"]
    generated = report.generated_at
    basics = [("填报单位", report.center_name), ("统计月份", month_text(report)),
              ("统计期间", period_text(report)), ("统计范围", scope_text(report)),
              ("生成时间", f"{cn_date(generated)} {generated:%H:%M}")]
    story = [
        L.title(TITLE),
        Paragraph(markup(SUBTITLE, sub.fontName), sub),
        L.heading("一、基本情况"),
        L.key_value_table(basics),
        L.heading("二、人民调解纠纷受理及调处情况（按纠纷类别）"),
        figure_table(CATEGORY_HEADERS, CATEGORY_KINDS, category_rows(report), CATEGORY_WIDTHS, total_rows=1),
        # the shorter sections move to the next page whole rather than leave a heading and two rows behind
        L.keep_together([L.heading("三、人民调解其他情况"), items_table(mediation_extras(report))]),
        L.keep_together([L.heading("四、公调对接与工单办理情况"), items_table(linkage_items(report))]),
        L.keep_together([L.heading("五、公证代办与法律咨询情况"), items_table(legal_items(report))]),
        L.keep_together([L.heading("六、窗口服务情况（按业务）"),
                         figure_table(QUEUE_HEADERS, QUEUE_KINDS, queue_rows(report), QUEUE_WIDTHS, total_rows=1)]),
        L.keep_together([L.heading("七、群众满意度评价"),
                         figure_table(SATISFACTION_HEADERS, (None, COUNT, RATE), satisfaction_rows(report),
                                      (60, 40, 40), total_rows=2)]),
        L.heading("八、指标说明"),
        definitions_table(),
        L.signature_block(["填报人", "审核人"], "单位（盖章）", True, mark="签名"),
    ]
    return L.build_pdf(meta, story)
