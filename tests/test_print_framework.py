"""The document printing framework (desk.print): layout, fonts, verification codes, the audit report.

PDFs are checked with poppler's command-line tools (pdftotext, pdfinfo, pdffonts), like a reader would.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desk.print import verification as V
from desk.print.audit_report import (
    AuditReportData,
    AuditReportRow,
    audit_report_content,
    audit_report_meta,
    render_audit_report,
)

REPO = Path(__file__).resolve().parent.parent
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
ACTORS = ["张三", "李四", "王芳", "欧阳明"]
ACTIONS = ["创建调解案件", "修改当事人信息", "叫号", "打印调解协议书", "登录", "导出报表"]


def make_data(n: int = 120) -> AuditReportData:
    start = datetime(2024, 3, 1, 8, 30)
    rows = [
        AuditReportRow(
            seq=i + 1,
            at=start + timedelta(minutes=37 * i),
            actor=ACTORS[i % 4],
            action=ACTIONS[i % 6],
            entity=f"案件{i + 1}",
            summary="将当事人联系电话由 138****0000 修改为 139****1111，原因：当事人申请变更。" * (1 + i % 3),
        )
        for i in range(n)
    ]
    return AuditReportData(
        center_name="幸福街道综合服务中心",
        period_from=date(2024, 3, 1),
        period_to=date(2024, 3, 31),
        filters="操作人：全部；操作类型：全部",
        generated_by="王芳",
        chain_ok=True,
        chain_message="",
        total=n,
        rows=rows,
    )


def make_meta(data: AuditReportData, doc_id: str = "AR-20240401-0001"):
    return audit_report_meta(data, doc_id=doc_id, issuer_name="幸福街道人民调解委员会",
                             generated_at=datetime(2024, 4, 1, 9, 15), doc_number="幸福街审字〔2024〕第 3 号")


def pdf_text(path: Path, *pages: int) -> str:
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run(args + [str(path), "-"], check=True, capture_output=True, text=True).stdout


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def write(tmp_path: Path, name: str, pdf: bytes) -> Path:
    assert pdf.startswith(b"%PDF-")
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


@needs_poppler
def test_audit_report_pages_text_and_verification(tmp_path):
    data = make_data(120)
    meta = make_meta(data)
    path = write(tmp_path, "audit.pdf", render_audit_report(data, meta))
    n = page_count(path)
    assert n >= 3, "120 rows should take several pages"
    text = pdf_text(path)
    squeezed = re.sub(r"\s+", "", text)
    assert "审计日志报告" in text
    assert "哈希链校验" in text and "完整" in text
    assert "叫号" in text and "导出报表" in text and "案件57" in text and "欧阳明" in text
    assert "2024-03-02" in text and "138****0000" in squeezed
    assert f"第 1 页 共 {n} 页" in text
    assert f"第 {n} 页 共 {n} 页" in text
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", meta.verification_code)
    assert f"验证码：{meta.verification_code}" in text
    assert "文书编号：AR-20240401-0001" in text
    assert "幸福街审字〔2024〕第 3 号" in text  # header
    last = pdf_text(path, n)
    assert "审核人（签名）" in last and f"验证码：{meta.verification_code}" in last
    # the table header repeats on every page that the table reaches
    assert pdf_text(path, 2).count("操作人") >= 1
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"^Title:\s+审计日志报告$", info, re.M)
    assert re.search(r"^Author:\s+幸福街道综合服务中心$", info, re.M)
    assert re.search(r"^Creator:\s+desk$", info, re.M)


@needs_poppler
def test_fonts_are_embedded(tmp_path):
    data = make_data(5)
    path = write(tmp_path, "fonts.pdf", render_audit_report(data, make_meta(data)))
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    assert any("UMing" in r for r in rows), out
    for row in rows:  # every font, including the header / footer and table strings, is embedded
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row), out


@needs_poppler
@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools not installed")
def test_qr_code_decodes(tmp_path):
    for rows in (1, 3, 40):  # room under the signature, none (QR in the margin), several pages
        data = make_data(rows)
        meta = make_meta(data)
        path = write(tmp_path, f"qr{rows}.pdf", render_audit_report(data, meta))
        n = page_count(path)
        for page in range(1, n + 1):
            prefix = tmp_path / f"qr{rows}-{page}"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), str(path),
                            str(prefix)], check=True)
            png = next(tmp_path.glob(f"{prefix.name}*.png"))
            out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True).stdout
            if page == n:  # exactly once, on the last page
                assert out.strip() == meta.qr_payload, (rows, page)
                assert meta.qr_payload == f"DESK-VERIFY:AR-20240401-0001:{meta.verification_code}"
            else:
                assert out.strip() == "", (rows, page)


@needs_poppler
def test_hostile_text_does_not_break_the_build(tmp_path):
    data = make_data(12)
    rows = list(data.rows)
    rows[2] = replace(rows[2], actor="<b>&amp;张</b>", action="删除\x00\x07", entity="😀🎉对象",
                      summary="长" * 10_000)
    rows[3] = replace(rows[3], actor="مرحبا", action="操作\u200f𠀀", entity="x\ny\r\nz",
                      summary="ordinary text 普通文本 ok")
    hostile = replace(data, rows=rows, filters="<font name='x'>&#0;</font> 筛选]]>",
                      chain_ok=False, chain_message="第 7 条记录的哈希与前一条不符 <i>")
    path = write(tmp_path, "hostile.pdf", render_audit_report(hostile, make_meta(hostile)))
    text = pdf_text(path)
    squeezed = re.sub(r"\s+", "", text)
    assert "ordinary text 普通文本 ok" in text
    assert "&amp;" in squeezed and "<b>" in squeezed  # shown literally, not interpreted
    assert "发现异常：第 7 条记录的哈希与前一条不符 <i>" in text
    assert "<fontname='x'>&#0;</font>" in squeezed
    assert squeezed.count("长") >= 10_000  # the huge cell is printed in full, across pages
    assert page_count(path) > 5


@needs_poppler
def test_layout_helpers_with_hostile_text(tmp_path):
    from desk.print import layout as L

    evil = "甲方<乙方> & \"丙\" \x1b[31m 😀 \U000f0000 \ud800 شكرا\n第二行\r\n第三行\t制表"
    meta = L.DocumentMeta(doc_id="T-1", kind="test", title="测试<文书>", center_name="中心 & 站",
                          issuer_name="调委会", verification_code="ABCD-EFGH", qr_payload="DESK-VERIFY:T-1:ABCD-EFGH",
                          generated_at=datetime(2024, 1, 1), doc_number=None)
    story = [
        L.title(evil),
        L.heading(evil),
        L.paragraph("段" * 10_000),
        L.paragraph(evil),
        L.key_value_table([(evil, evil), ("长值", "值" * 5000)]),
        L.data_table(["一", "二", "三"], [[evil], ["a", "b", "c", "多余"]], [1, 2, 3]),
        L.data_table(["空表"], [], None),
        L.signature_block(["当事人甲", "当事人乙 <" + "很长" * 40], "（人民调解委员会印章）"),
    ]
    path = write(tmp_path, "helpers.pdf", L.build_pdf(meta, story))
    text = pdf_text(path)
    squeezed = re.sub(r"\s+", "", text)
    assert "甲方<乙方>&\"丙\"" in squeezed
    assert "第二行" in text and "第三行" in text
    assert "（无记录）" in text
    assert "当事人甲（签名、盖章或按指印）：" in text
    assert "（人民调解委员会印章）" in text
    assert squeezed.count("段") >= 10_000


def test_verification_codes_are_stable_and_content_sensitive():
    a, b = make_data(30), make_data(30)
    assert a is not b
    ha, hb = V.content_hash(audit_report_content(a)), V.content_hash(audit_report_content(b))
    assert ha == hb and re.fullmatch(r"[0-9a-f]{64}", ha)
    assert V.short_code("D1", ha) == V.short_code("D1", hb)
    assert V.short_code("D1", ha) != V.short_code("D2", ha)
    changed = make_data(30)
    changed.rows[17] = replace(changed.rows[17], summary=changed.rows[17].summary + "。")
    hc = V.content_hash(audit_report_content(changed))
    assert hc != ha and V.short_code("D1", hc) != V.short_code("D1", ha)
    for field, value in [("chain_ok", False), ("total", 31), ("period_to", date(2024, 4, 1)),
                         ("generated_by", "李四")]:
        other = replace(make_data(30), **{field: value})
        assert V.content_hash(audit_report_content(other)) != ha, field
    assert make_meta(a).verification_code == make_meta(b).verification_code
    assert make_meta(a).verification_code != make_meta(changed).verification_code


def test_canonical_json_and_code_helpers():
    data = {"b": [1, Decimal("1.10")], "a": "张三", "d": date(2024, 3, 1), "t": datetime(2024, 3, 1, 8, 5, 9)}
    assert V.canonical_json(data) == (
        '{"a":"张三","b":[1,"1.10"],"d":"2024-03-01","t":"2024-03-01T08:05:09"}'.encode()
    )
    assert V.canonical_json({"x": 1, "y": 2}) == V.canonical_json({"y": 2, "x": 1})
    with pytest.raises(ValueError):
        V.canonical_json({"x": float("nan")})
    code = V.short_code("AR-1", V.content_hash(data))
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", code)
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert V.verify_code("AR-1", V.content_hash(data), typed)
    assert not V.verify_code("AR-1", V.content_hash(data), "0000-0000")
    assert V.qr_payload("AR-1", code) == f"DESK-VERIFY:AR-1:{code}"
    assert V.parse_qr_payload(V.qr_payload("AR-1", code)) == ("AR-1", code)
    assert V.parse_qr_payload("https://example.com") is None


@needs_poppler
def test_short_report_fits_on_one_page(tmp_path):
    """Title, summary, a row, closing note, signature and QR code share one page (groups nest)."""
    data = make_data(1)
    meta = make_meta(data)
    path = write(tmp_path, "short.pdf", render_audit_report(data, meta))
    assert page_count(path) == 1
    text = pdf_text(path)
    assert "第 1 页 共 1 页" in text and "审核人（签名）" in text and "三、说明" in text


def test_empty_report_and_broken_chain_build():
    data = replace(make_data(0), chain_ok=False, chain_message="第 3 条记录缺失", total=0)
    assert render_audit_report(data, make_meta(data)).startswith(b"%PDF-")


def test_importing_desk_print_is_cheap_and_qt_free():
    code = ("import sys, desk.print, desk.print.verification, desk.print.layout, desk.print.audit_report, "
            "desk.print.fonts, desk.print.blocks; "
            "bad = [m for m in ('reportlab', 'PySide6', 'sqlalchemy') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
    for source in (REPO / "desk" / "print").glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "PySide6" not in text and "sqlalchemy" not in text, source


def test_register_fonts_is_idempotent():
    from desk.print.fonts import register_fonts

    first = register_fonts()
    assert register_fonts() is first
    from reportlab.lib.fonts import tt2ps

    assert tt2ps(first.song, 1, 0) == first.song  # bold maps to the same face


def test_warm_build_time_is_reported():
    data = make_data(25)  # about two pages
    meta = make_meta(data)
    render_audit_report(data, meta)  # warm up: fonts, styles, imports
    t0 = time.perf_counter()
    for _ in range(5):
        pdf = render_audit_report(data, meta)
    warm_ms = (time.perf_counter() - t0) / 5 * 1000
    print(f"\nwarm audit report build ({len(data.rows)} rows, {len(pdf)} bytes): {warm_ms:.1f} ms")
