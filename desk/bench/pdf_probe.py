"""PDF benchmarks: a two-page document through the printing framework, and the floor — a bare
reportlab canvas drawing the same text in the same embedded font.

``python -m desk.bench.pdf_probe cold|floor-cold`` prints the seconds of one first build in a
fresh process (imports and font loading included).
"""

from __future__ import annotations

import sys
import time
from datetime import date, datetime

ROWS = 14  # the audit report spills onto a second page, like a typical agreement


def sample_report():
    from desk.print.audit_report import AuditReportData, AuditReportRow, audit_report_meta

    rows = [AuditReportRow(seq=i, at=datetime(2026, 11, 2, 9, i % 60), actor="孙丽", action="修改账号",
                           entity=f"账号 {i}", summary=f"调解员孙丽更新了第 {i} 号记录的联系电话与住址信息")
            for i in range(1, ROWS + 1)]
    data = AuditReportData(center_name="经八路街道综治中心", period_from=date(2026, 11, 1),
                           period_to=date(2026, 11, 30), filters="全部", generated_by="王建国", chain_ok=True,
                           chain_message="共 14 条记录，哈希链完整", total=ROWS, rows=rows)
    meta = audit_report_meta(data, doc_id="AR20261125-0001", issuer_name="经八路街道综治中心",
                             generated_at=datetime(2026, 11, 25, 10, 0))
    return data, meta


def build_document() -> bytes:
    from desk.print.audit_report import render_audit_report

    data, meta = sample_report()
    return render_audit_report(data, meta)


def build_floor() -> bytes:
    """The same strings drawn line by line on a bare canvas in the same font: reportlab's own cost."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desk.print.fonts import register_fonts

    song = register_fonts().song
    data, _meta = sample_report()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    lines = ["审计日志报告", data.center_name] + [f"{r.seq} {r.actor} {r.action} {r.entity} {r.summary}" for r in data.rows]
    y = 780
    for line in lines:
        if y < 60:
            c.showPage()
            y = 780
        c.setFont(song, 11)
        c.drawString(72, y, line)
        y -= 36
    c.save()
    return buf.getvalue()


if __name__ == "__main__":
    t0 = time.perf_counter()
    (build_floor if sys.argv[1] == "floor-cold" else build_document)()
    print(f"{time.perf_counter() - t0:.6f}")
