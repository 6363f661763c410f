"""PDF benchmarks: the mediation agreement (two parties, so three full copies) through the printing
framework, and the floor — a bare reportlab canvas drawing the same text in the same embedded font.

``python -m desk.bench.pdf_probe cold|floor-cold`` prints the seconds of one first build in a
fresh process (imports and font loading included).
"""

from __future__ import annotations

import sys
import time
from datetime import date, datetime


def sample_agreement():
    from desk.print.case_agreement import AgreementData
    from desk.print.case_common import PartyInfo
    from desk.print.layout import DocumentMeta

    parties = (
        PartyInfo("申请人", "person", "张三明", "女", date(1949, 12, 31), "汉族", "11010519491231002X",
                  "郑州市金水区经八路街道纬五路12号院3号楼201", "13812345678"),
        PartyInfo("被申请人", "person", "王芳", "女", date(1990, 1, 1), "汉族", "410105199001011233",
                  "郑州市金水区经八路街道纬五路12号院3号楼301", "13987654321"),
    )
    data = AgreementData(
        committee_name="经八路街道人民调解委员会", number="(2026)金调字第015号", parties=parties,
        facts="2026年11月，被申请人家中卫生间防水层破损，漏水致申请人家天花板、墙面受损。申请人多次上门协商未果，"
              "遂申请调解。经调解员实地查看，漏水事实清楚。" * 2,
        disputed_matters="维修费用及损失赔偿由谁承担、赔偿数额多少。", responsibility="被申请人对漏水造成的损失负全部责任。",
        terms="一、被申请人赔偿申请人维修费及损失共计人民币叁仟伍佰元整（3500元）。\n二、被申请人于十日内修复卫生间防水层，"
              "申请人予以配合。\n三、双方今后和睦相处，不再因此事发生争执。",
        performance_method="现金或银行转账一次性支付", performance_due=date(2026, 12, 5), mediators=("孙丽", "周刚"))
    meta = DocumentMeta(doc_id="MA20261125-0001", kind="agreement", title="人民调解协议书 (2026)金调字第015号",
                        center_name="经八路街道综治中心", issuer_name="经八路街道综治中心", verification_code="7K3M-Q9TX",
                        qr_payload="DESK-VERIFY:MA20261125-0001:7K3M-Q9TX", generated_at=datetime(2026, 11, 25, 10, 0),
                        doc_number="(2026)金调字第015号")
    return data, meta


def build_document() -> bytes:
    from desk.print.case_agreement import render_agreement

    data, meta = sample_agreement()
    return render_agreement(data, meta)


def build_floor() -> bytes:
    """The same strings drawn line by line on a bare canvas in the same font: reportlab's own cost."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desk.print.fonts import register_fonts

    song = register_fonts().song
    data, _meta = sample_agreement()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    body = [data.facts, data.disputed_matters, data.responsibility, data.terms, data.performance_method]
    text = "".join(body).replace("\n", "")
    one_copy = ["人民调解协议书", data.number] + [p.name + p.id_number + p.address for p in data.parties] + [
        text[i:i + 38] for i in range(0, len(text), 38)]
    lines = one_copy * (len(data.parties) + 1)
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
