"""The monthly statistics report as an Excel workbook (openpyxl) a center sends upward.

Sheets 人民调解, 公调对接与工单, 公证与咨询, 窗口服务 and 说明. The rows come from the same section
functions as the PDF (``desk.print.monthly_report``), so both hold the same numbers; here they are
numbers with number formats (amounts '#,##0.00' in yuan, rates as percentages), not text. openpyxl is
imported only when a workbook is written (start-up time matters).
"""

from __future__ import annotations

import io
from typing import Any

from desk.print.monthly_report import (
    CATEGORY_HEADERS,
    CATEGORY_KINDS,
    COUNT,
    DAYS,
    DEFINITIONS,
    MINUTES,
    QUEUE_HEADERS,
    QUEUE_KINDS,
    RATE,
    SATISFACTION_HEADERS,
    TITLE,
    YUAN,
    Item,
    category_rows,
    legal_items,
    linkage_items,
    mediation_extras,
    month_text,
    period_text,
    queue_rows,
    satisfaction_rows,
    scope_text,
)

FORMATS = {COUNT: "#,##0", YUAN: "#,##0.00", RATE: "0.0%", MINUTES: "0.0", DAYS: "0.0"}
DASH = "—"
HEADER_FILL = "EEEEEE"
TOTAL_FILL = "F3F3F3"


def workbook_bytes(report, meta) -> bytes:
    """The workbook as .xlsx bytes (``meta``: the issued document's DocumentMeta, for its code)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "人民调解"
    _mediation_sheet(ws, report)
    _items_sheet(wb.create_sheet("公调对接与工单"), report, linkage_items(report))
    _items_sheet(wb.create_sheet("公证与咨询"), report, legal_items(report))
    _queue_sheet(wb.create_sheet("窗口服务"), report)
    _notes_sheet(wb.create_sheet("说明"), report, meta)
    wb.properties.title = f"{TITLE} {month_text(report)}"
    wb.properties.creator = report.center_name
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- cells ----------------------------------------------------------------------------------------
def _put(ws, row: int, col: int, value: Any, kind: str | None = None, bold: bool = False, fill: str | None = None):
    from openpyxl.styles import Alignment, Font, PatternFill

    if kind is not None and value is None:
        value = DASH
    cell = ws.cell(row=row, column=col, value=value)
    if kind is not None and value != DASH:
        cell.number_format = FORMATS[kind]
    if kind is not None:
        cell.alignment = Alignment(horizontal="right")
    if bold:
        cell.font = Font(bold=True)
    if fill:
        cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
    return cell


def _header(ws, row: int, headers, freeze: bool = False) -> None:
    from openpyxl.styles import Alignment

    for col, text in enumerate(headers, 1):
        _put(ws, row, col, text, bold=True, fill=HEADER_FILL).alignment = Alignment(horizontal="center",
                                                                                     wrap_text=True)
    if freeze:
        ws.freeze_panes = ws.cell(row=row + 1, column=1)


def _rows(ws, row: int, rows, kinds, total_rows: int = 0) -> int:
    """Write ``rows`` from ``row`` on; returns the next free row."""
    for i, values in enumerate(rows):
        total = i >= len(rows) - total_rows
        for col, (value, kind) in enumerate(zip(values, kinds), 1):
            _put(ws, row, col, value, kind, bold=total, fill=TOTAL_FILL if total else None)
        row += 1
    return row


def _setup(ws, report, widths) -> None:
    """Column widths, a printed header, the header row on every printed page, fit to the page width."""
    from openpyxl.utils import get_column_letter

    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.oddHeader.center.text = f"{report.center_name} {TITLE}（{month_text(report)}）"
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"


# --- sheets ---------------------------------------------------------------------------------------
def _mediation_sheet(ws, report) -> None:
    _header(ws, 1, CATEGORY_HEADERS, freeze=True)
    row = _rows(ws, 2, category_rows(report), CATEGORY_KINDS, total_rows=1) + 1
    _header(ws, row, ("项目", "数值"))
    _rows(ws, row + 1, [(i.label, i.value) for i in mediation_extras(report)], (None, COUNT))
    _setup(ws, report, (22, 12, 12, 12, 12, 18, 12))


def _items_sheet(ws, report, items: list[Item]) -> None:
    _header(ws, 1, ("类别", "项目", "数值"), freeze=True)
    for row, item in enumerate(items, 2):
        _put(ws, row, 1, item.group)
        _put(ws, row, 2, item.label)
        _put(ws, row, 3, item.value, item.kind)
    if not items:
        _put(ws, 2, 1, "（无记录）")
    _setup(ws, report, (14, 34, 14))


def _queue_sheet(ws, report) -> None:
    _header(ws, 1, QUEUE_HEADERS, freeze=True)
    row = _rows(ws, 2, queue_rows(report), QUEUE_KINDS, total_rows=1) + 1
    _header(ws, row, SATISFACTION_HEADERS)
    _rows(ws, row + 1, satisfaction_rows(report), (None, COUNT, RATE), total_rows=2)
    _setup(ws, report, (26, 12, 12, 12, 16, 16))


def _notes_sheet(ws, report, meta) -> None:
    from openpyxl.styles import Alignment

    _header(ws, 1, ("项目", "内容"), freeze=True)
    generated = report.generated_at
    facts = [("报表", TITLE), ("填报单位", report.center_name), ("统计月份", month_text(report)),
             ("统计期间", period_text(report)), ("统计范围", scope_text(report)),
             ("生成时间", f"{generated:%Y-%m-%d %H:%M}"), ("生成人", report.generated_by),
             ("文书编号", meta.doc_id), ("验证码", meta.verification_code)]
    row = _rows(ws, 2, facts, (None, None)) + 1
    _header(ws, row, ("指标", "定义"))
    row = _rows(ws, row + 1, DEFINITIONS, (None, None))
    for r in range(2, row):
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    _setup(ws, report, (18, 70))
