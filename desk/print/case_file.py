"""The case file (卷宗, art. 27): its cover (卷宗封面) and table of contents (卷内目录).

Page numbers are left blank: they are written by hand once the file is bound, as is the cover's
page count.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from desk.print.case_common import OUTCOME_RESULTS, RETENTION, cn_date

COVER_TITLE = "人民调解卷宗"
COVER_KIND = "file-cover"
CONTENTS_TITLE = "卷内目录"
CONTENTS_KIND = "file-contents"
CONTENTS_HEADERS = ["序号", "文件题名", "日期", "页号", "备注"]
CONTENTS_WIDTHS = [0.8, 4.0, 2.0, 1.0, 1.2]


@dataclass(frozen=True)
class CoverData:
    committee_name: str
    number: str
    cause: str  # 案由, e.g. "张三与李四邻里纠纷"
    mediator: str
    received_on: date
    closed_on: date | None
    outcome: str  # code written | oral | terminated, "" while open
    retention: str  # code permanent | 30y | 10y, "" before archiving
    archived_by: str
    archived_on: date | None


@dataclass(frozen=True)
class ContentsRow:
    title: str
    on: date | None
    present: bool


@dataclass(frozen=True)
class ContentsData:
    committee_name: str
    number: str
    cause: str
    rows: tuple[ContentsRow, ...]


def cover_content(data: CoverData) -> dict:
    return {"kind": COVER_KIND, "version": 1, **asdict(data)}


def contents_content(data: ContentsData) -> dict:
    return {"kind": CONTENTS_KIND, "version": 1, **asdict(data)}


def render_cover(data: CoverData, meta) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table

    from desk.print import layout as L
    from desk.print.blocks import _title_class, markup, styles

    big = ParagraphStyle("desk-cover-title", styles()["title"], fontSize=36, leading=48, spaceAfter=10)
    sub = ParagraphStyle("desk-cover-sub", styles()["center"], fontSize=16, leading=24)
    key = ParagraphStyle("desk-cover-key", styles()["sign"], fontSize=14, leading=20)
    value = ParagraphStyle("desk-cover-value", styles()["sign"], fontSize=14, leading=20)
    rows = [
        ("案　　号", data.number),
        ("案　　由", data.cause),
        ("调 解 员", data.mediator),
        ("受理日期", cn_date(data.received_on)),
        ("结案日期", cn_date(data.closed_on)),
        ("调解结果", OUTCOME_RESULTS.get(data.outcome, "")),
        ("保管期限", RETENTION.get(data.retention, "")),
        ("立 卷 人", data.archived_by),
        ("归档日期", cn_date(data.archived_on)),
        ("页　　数", "卷内共" + "\u00a0" * 16 + "页"),  # counted by hand after binding (NBSP: not collapsed)
    ]
    table = Table([[Paragraph(markup(k, key.fontName), key), Paragraph(markup(v, value.fontName), value)]
                   for k, v in rows], colWidths=[32 * L.MM, 100 * L.MM], hAlign="CENTER", style=[
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, "#000000"),
    ])
    story = [
        Spacer(1, 18 * L.MM),
        # the layout's emboldened title, only larger (there is no bold face)
        _title_class()(markup(COVER_TITLE, big.fontName), big),
        Paragraph(markup(data.committee_name, sub.fontName), sub),
        Spacer(1, 20 * L.MM),
        table,
    ]
    return L.build_pdf(meta, story)


def render_contents(data: ContentsData, meta) -> bytes:
    from desk.print import layout as L
    from desk.print.case_common import right_line

    rows = [[str(i), r.title, cn_date(r.on), "", "" if r.present else "缺"] for i, r in enumerate(data.rows, 1)]
    story = [
        L.title(CONTENTS_TITLE),
        right_line(f"案号：{data.number}"),
        L.key_value_table([("案由", data.cause), ("调解委员会", data.committee_name)]),
        L.data_table(CONTENTS_HEADERS, rows, CONTENTS_WIDTHS),
        L.paragraph("注：页号在卷宗装订后填写；备注栏标“缺”的文件尚未归入卷内。"),
    ]
    return L.build_pdf(meta, story)
