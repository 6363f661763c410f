"""The monthly statistics report (issue #9): on a small known dataset the PDF (read back with pdftotext)
and the Excel workbook (read back with openpyxl) hold the same hand-checked numbers; a long category
table repeats its header on the next page; a future month or one before the center's records is
refused; the current month counts up to today; every export is audited; the dialog and the CLI save
both files.

A few cases, tickets with ratings, work orders and consultations are seeded directly; the tests that need
many categories or want to see the periods asked for replace the dashboard's mediation and queue figures
with records of their own."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desk.errors import PermissionDenied, ValidationError
from desk.models.accounts import Role
from desk.models.audit import AuditRecord
from desk.models.center import CenterProfile
from desk.models.consultation import Consultation
from desk.models.linkage import WorkOrder
from desk.models.mediation import CaseFollowUp, CaseOutcome, MediationCase
from desk.models.queue import QueueService, Rating, Ticket
from desk.print.blocks import FRAME_H, LEFT, TEXT_WIDTH, TOP
from desk.services.center import AdminData, AreaData, ProfileData
from desk.services.dashboard_figures import DashboardService
from desk.services.dashboard_types import CategoryRow, MediationMonth, ServicePeriod
from desk.services.permissions import Actor
from desk.services.uow import UnitOfWork

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

CENTER = "金水区文化路街道综合服务中心"
NOW = datetime(2026, 11, 15, 4, 0)  # UTC: 15 November in any time zone from UTC to UTC+12
ROWS = (
    CategoryRow("01", "婚姻家庭", 5, 4, 3, 2, 1_234_567),
    CategoryRow("02", "邻里", 3, 2, 2, 1, 0),
    CategoryRow("03", "房屋宅基地", 1, 0, 0, 0, 50),
)
# received 9, concluded 6, agreements 5 (written 3, oral 2), terminated 1, 12,346.17 yuan, 20 people,
# 2 kept from turning criminal, 1 mass dispute prevented, 4 follow-ups, 1 judicial confirmation
# the total's averages weigh each service by the tickets they are over: wait (12.34 × 38 + 5 × 10) / 48 = 10.81;
# service: A's alone (B has none)
QUEUE = (ServicePeriod("A", "人民调解", 40, 35, 3, 12.34, 20.0, called=38),
         ServicePeriod("B", "法律咨询", 10, 9, 1, 5.0, None, called=10))


def month_of(start, end, rows=ROWS):
    return MediationMonth(start, end, rows, received=sum(r.received for r in rows),
                          concluded=sum(r.concluded for r in rows), agreements=sum(r.agreements for r in rows),
                          written=sum(r.written for r in rows), oral=2, terminated=1,
                          amount_cents=sum(r.amount_cents for r in rows), people=20, criminal_prevented=2,
                          mass_prevented=1, follow_ups=4, judicial_confirmations=1)


class FakeFigures(DashboardService):
    """The dashboard service with hand-made mediation and queue records; records the calls it received."""

    def __init__(self, services, rows=ROWS) -> None:
        super().__init__(services.db, services.tickets)
        self.rows, self.calls = rows, []

    def mediation_month(self, actor, start, end, grid_id=None):
        self.calls.append(("mediation", start, end, grid_id))
        return month_of(start, end, self.rows)

    def queue_period(self, actor, start, end):
        self.calls.append(("queue", start, end))
        return QUEUE


@pytest.fixture
def head(services):
    """A center set up with one community, its first account (administrator and head) and the fakes."""
    actor = services.center.setup(
        ProfileData(CENTER, "文化路街道人民调解委员会", "文化路1号"),
        AreaData("410105001", "文化路街道", (("410105001001", "黄河社区"),)),
        AdminData("zhuren", "王主任", "Wenhua-2026-pass"))
    services.tickets.clock = lambda: NOW
    seed_october(services, actor)
    return actor


@pytest.fixture
def fake(services, head):
    services.dashboard = FakeFigures(services)
    return services.dashboard


def seed_october(services, actor) -> None:
    """October 2026 (each figure counted by hand in the tests):
    cases (received, category, outcome, closed, amount in cents, people, escalation risk, mass dispute)
      c1 10-02 婚姻家庭 written 10-05 1,000.00 2 risk  (judicial confirmation applied 10-08, follow-up 10-20)
      c2 10-03 婚姻家庭 terminated 10-20 500.00 3
      c3 10-10 邻里 oral 10-12 0 2 mass
      c4 10-16 邻里 open 250.50 4
      c5 09-20 婚姻家庭 written 10-04 (received in September: concluded in October only)
    6 tickets of A 人民调解, all served (10 minutes' wait, 20 of service), rated 3×非常满意, 1×满意,
    1×基本满意, 1×非常不满意 (and a September ticket rated 非常不满意); 3 work orders completed (2 on
    time); 2 consultations (45 minutes, one sent to legal aid)."""
    with UnitOfWork(services.db, actor) as uow:
        s = uow.session
        created = datetime(2026, 9, 1)
        for seq, (cid, received, cat, outcome, closed, amount, people, risk, mass) in enumerate((
                ("c1", 2, "01", "written", date(2026, 10, 5), 100_000, 2, True, False),
                ("c2", 3, "01", "terminated", date(2026, 10, 20), 50_000, 3, False, False),
                ("c3", 10, "02", "oral", date(2026, 10, 12), 0, 2, False, True),
                ("c4", 16, "02", "", None, 25_050, 4, False, False),
                ("c5", -20, "01", "written", date(2026, 10, 4), 70_000, 5, False, False)), 1):
            day = date(2026, 10, received) if received > 0 else date(2026, 9, -received)
            status = {"written": "agreed", "oral": "agreed", "terminated": "terminated"}.get(outcome, "mediating")
            s.add(MediationCase(id=cid, year=2026, seq=seq, number=f"(2026)文调字第{seq:03d}号", status=status,
                                source="application", category_code=cat, summary="纠纷", amount_cents=amount,
                                people_count=people, escalation_risk=risk, mass_dispute=mass, received_on=day,
                                created_at=created, outcome=outcome, closed_on=closed))
        s.flush()
        s.add_all([CaseOutcome(case_id="c1", kind="written", judicial_applied_on=date(2026, 10, 8), created_at=created,
                               updated_at=created),
                   CaseOutcome(case_id="c5", kind="written", created_at=created, updated_at=created),
                   CaseFollowUp(case_id="c1", due_on=date(2026, 10, 19), done_on=date(2026, 10, 20)),
                   CaseFollowUp(case_id="c5", due_on=date(2026, 11, 3))])
        service = QueueService(prefix="A", name="人民调解")
        s.add(service)
        s.flush()
        for seq, level in enumerate((5, 5, 5, 4, 3, 1), 1):
            at = datetime(2026, 10, 10 + seq, 2, 0)
            called, done = at + timedelta(minutes=10), at + timedelta(minutes=30)
            ticket = Ticket(id=str(uuid.uuid4()), service_id=service.id, issued_service_id=service.id, day=at.date(),
                            seq=seq, number=f"A{seq:03d}", state="done", arrived_at=at, queued_at=at, called_at=called,
                            serving_at=called, finished_at=done)
            s.add(ticket)
            s.flush()
            s.add(Rating(ticket_id=ticket.id, level=level, rated_at=at))
        s.add(Rating(ticket_id=_ticket(s, service.id, datetime(2026, 9, 30, 2, 0)), level=1,
                     rated_at=datetime(2026, 9, 30, 2, 0)))  # September: not counted
        for n, (day, done, on_time) in enumerate(((3, 10, True), (5, 12, True), (8, 20, False)), 1):
            at = datetime(2026, 10, day, 9, 0)
            s.add(WorkOrder(id=str(uuid.uuid4()), number=f"GD2026100{n}", source="hotline_12345", description="路灯不亮",
                            assigned_at=at, assigned_on=at.date(), sign_due=at.date(), due_on=date(2026, 10, 16),
                            state="completed", completed_on=date(2026, 10, done), on_time=on_time, created_at=at,
                            updated_at=at))
        for n, (category, referral, minutes) in enumerate((("01", "legal_aid", 30), ("03", "", 15)), 1):
            at = datetime(2026, 10, 20, 2, 0)
            s.add(Consultation(id=str(uuid.uuid4()), year=2026, seq=n, number=f"ZX2026-0000{n}", at=at, day=at.date(),
                               category_code=category, question="问题", advice="解答", minutes=minutes, referral=referral,
                               created_at=at, updated_at=at))


def _ticket(s, service_id, at) -> str:
    ticket = Ticket(id=str(uuid.uuid4()), service_id=service_id, issued_service_id=service_id, day=at.date(), seq=99,
                    number="A099", state="done", arrived_at=at, queued_at=at)
    s.add(ticket)
    s.flush()
    return ticket.id


# --- reading the outputs back ---------------------------------------------------------------------
def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path, page: int | None = None, body_only: bool = False) -> str:
    args = ["pdftotext", "-layout"]
    if page:
        args += ["-f", str(page), "-l", str(page)]
    if body_only:  # the type area only: no running header or footer
        args += ["-x", str(int(LEFT)), "-y", str(int(TOP)), "-W", str(int(TEXT_WIDTH) + 1), "-H", str(int(FRAME_H) + 1)]
    return subprocess.run(args + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_count(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def sheet_rows(ws) -> dict[str, list]:
    """Each row by the text of its first non-empty label cell (column A, or B on the item sheets)."""
    out = {}
    for row in ws.iter_rows(values_only=True):
        if ws.title in ("公调对接与工单", "公证与咨询"):
            if row[1] is not None:
                out[row[1]] = list(row[2:3])
        elif row[0] is not None:
            out.setdefault(row[0], list(row[1:]))
    return out


def cell_of(ws, label: str, column: int):
    for row in ws.iter_rows():
        if row[0].value == label:
            return row[column]
    raise AssertionError(f"no row {label} on {ws.title}")


# hand-checked figures as the PDF prints them, row by row (cells squeezed together)
PDF_ROWS = [
    "纠纷类别受理调结调解成功书面协议涉及金额(元)成功率",
    "婚姻家庭23221,500.0066.7%", "邻里2110250.50100.0%", "合计44321,750.5075.0%",
    "人民调解涉及人数11口头协议1终止调解1防止民转刑1防止群体性事件1回访1申请司法确认1",
    "工单接收工单3办结3按期办结2按期办结率66.7%退单0",
    "法律咨询咨询人次2咨询时长(分钟)45匿名咨询0当场解答1转法律援助1",
    "A人民调解66010.020.0", "合计66010.020.0",
    "非常满意350.0%满意116.7%基本满意116.7%不满意00.0%非常不满意116.7%合计6100.0%满意率（非常满意＋满意）466.7%",
]


def test_pdf_and_workbook_hold_the_same_hand_checked_numbers(services, head, tmp_path):
    report = services.monthly_report.build(head, 2026, 10)
    assert (report.start, report.end, report.to_date) == (date(2026, 10, 1), date(2026, 10, 31), False)
    pdf, xlsx = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    doc = services.monthly_report.save_pdf(head, report, pdf)
    book = services.monthly_report.workbook(head, report, xlsx)

    text = squeeze(pdf_text(pdf))
    assert "人民调解工作月度统计报表" in text and CENTER in text
    assert "2026年10月1日至2026年10月31日" in text and "截至" not in text
    for row in PDF_ROWS:
        assert row in text, row
    for words in ("防止民转刑", "公调对接", "公证代办", "填报人（签名）", "审核人（签名）", "单位（盖章）",
                  f"验证码：{doc.verification_code}"):
        assert words in text

    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["人民调解", "公调对接与工单", "公证与咨询", "窗口服务", "说明"]
    med = sheet_rows(wb["人民调解"])
    assert med["纠纷类别"] == ["受理", "调结", "调解成功", "书面协议", "涉及金额(元)", "成功率"]
    assert med["婚姻家庭"][:5] == [2, 3, 2, 2, 1500] and med["婚姻家庭"][5] == pytest.approx(2 / 3)
    assert med["邻里"] == [2, 1, 1, 0, 250.5, 1]
    assert med["合计"] == [4, 4, 3, 2, 1750.5, 0.75]
    assert {k: med[k][0] for k in ("涉及人数", "口头协议", "终止调解", "防止民转刑", "防止群体性事件", "回访",
                                   "申请司法确认")} == {"涉及人数": 11, "口头协议": 1, "终止调解": 1, "防止民转刑": 1,
                                                  "防止群体性事件": 1, "回访": 1, "申请司法确认": 1}
    ws = wb["人民调解"]
    assert cell_of(ws, "合计", 5).number_format == "#,##0.00" and cell_of(ws, "合计", 6).number_format == "0.0%"
    assert cell_of(ws, "合计", 0).font.b and ws["A1"].font.b and ws.freeze_panes == "A2"
    assert ws.column_dimensions["A"].width >= 15 and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage

    link = sheet_rows(wb["公调对接与工单"])
    assert (link["接收工单"], link["办结"], link["按期办结"]) == ([3], [3], [2])
    assert link["按期办结率"][0] == pytest.approx(2 / 3) and link["调解成功率"] == ["—"]
    legal = sheet_rows(wb["公证与咨询"])
    assert (legal["咨询人次"], legal["咨询时长(分钟)"], legal["转法律援助"], legal["当场解答"]) == ([2], [45], [1], [1])
    queue = sheet_rows(wb["窗口服务"])
    assert queue["A 人民调解"][:3] == [6, 6, 0] and queue["A 人民调解"][3:] == pytest.approx([10.0, 20.0])
    assert queue["合计"][:3] == [6, 6, 0] and queue["合计"][3:] == pytest.approx([10.0, 20.0])
    assert [queue[k][0] for k in ("非常满意", "满意", "基本满意", "不满意", "非常不满意")] == [3, 1, 1, 0, 1]
    assert queue["满意率（非常满意＋满意）"][0] == 4
    assert queue["满意率（非常满意＋满意）"][1] == pytest.approx(4 / 6)
    assert cell_of(wb["窗口服务"], "非常满意", 2).number_format == "0.0%"
    notes = sheet_rows(wb["说明"])
    assert notes["填报单位"] == [CENTER] and notes["统计期间"] == ["2026年10月1日至2026年10月31日"]
    assert notes["验证码"] == [book.verification_code] and "成功率" in notes


def test_a_long_category_table_repeats_its_header_on_the_next_page(services, head, tmp_path):
    services.dashboard = FakeFigures(services, tuple(CategoryRow(f"{i:02d}", f"类别{i:02d}", i, 1, 1, 0, 100 * i)
                                           for i in range(1, 46)))
    report = services.monthly_report.build(head, 2026, 10)
    path = tmp_path / "long.pdf"
    path.write_bytes(services.monthly_report.pdf(head, report))
    assert page_count(path) >= 3
    header = "纠纷类别受理调结调解成功书面协议涉及金额(元)成功率"
    first, second = squeeze(pdf_text(path, 1, body_only=True)), squeeze(pdf_text(path, 2, body_only=True))
    assert header in first and "类别01" in first and "类别45" not in first
    assert second.startswith(header)  # the table goes on under its header row
    continued = re.match(re.escape(header) + r"类别(\d\d)", second)
    assert continued and continued.group(1) != "01" and f"类别{int(continued.group(1)) - 1:02d}" in first
    whole = squeeze(pdf_text(path))
    assert whole.count(header) == 2 and "合计1,035454501,035.00100.0%" in whole


def test_future_month_refused_current_month_to_date(services, head, fake, tmp_path):
    with pytest.raises(ValidationError) as refused:
        services.monthly_report.build(head, 2026, 12)
    assert "2026-12" in str(refused.value) and "not begun" in str(refused.value)
    report = services.monthly_report.build(head, 2026, 11)
    assert (report.start, report.end, report.to_date) == (date(2026, 11, 1), date(2026, 11, 15), True)
    assert services.dashboard.calls[-2] == ("mediation", date(2026, 11, 1), date(2026, 11, 15), None)
    path = tmp_path / "now.pdf"
    path.write_bytes(services.monthly_report.pdf(head, report))
    assert "2026年11月1日至2026年11月15日（本月截至2026年11月15日）" in squeeze(pdf_text(path))
    with pytest.raises(ValidationError):
        services.monthly_report.build(head, 2026, 13)


def test_month_before_the_center_refused(services, head):
    with UnitOfWork(services.db, head) as uow:
        uow.session.get(CenterProfile, 1).created_at = datetime(2026, 9, 1, 2, 0)
    services.monthly_report.build(head, 2026, 9)
    with pytest.raises(ValidationError) as refused:
        services.monthly_report.build(head, 2026, 8)
    assert "2026-08" in str(refused.value) and "2026-09-01" in str(refused.value)


def test_grid_limits_the_mediation_figures(services, head, fake, tmp_path):
    community = next(g for g in services.grid.tree() if g.name == "黄河社区")
    report = services.monthly_report.build(head, 2026, 10, community.id)
    assert services.dashboard.calls[-2] == ("mediation", date(2026, 10, 1), date(2026, 10, 31), community.id)
    path = tmp_path / "grid.pdf"
    doc = services.monthly_report.save_pdf(head, report, path)
    assert "人民调解：黄河社区（含下辖网格）；其他项目：全中心" in squeeze(pdf_text(path))
    assert "黄河社区" in doc.title


def test_exports_are_in_the_audit_trail_and_verify(services, head, tmp_path):
    report = services.monthly_report.build(head, 2026, 10)
    pdf = services.monthly_report.save_pdf(head, report, tmp_path / "a.pdf")
    book = services.monthly_report.workbook(head, report, tmp_path / "a.xlsx")
    assert pdf.doc_id.startswith("SR") and book.doc_id.startswith("SX")
    with services.db.reader() as s:
        records = {(r.action, r.entity_id): r for r in s.scalars(select(AuditRecord).where(
            AuditRecord.entity_id.in_((pdf.doc_id, book.doc_id))))}
    assert set(records) == {("document.issue", pdf.doc_id), ("document.export", pdf.doc_id),
                            ("document.issue", book.doc_id), ("document.export", book.doc_id)}
    assert records[("document.export", pdf.doc_id)].summary.endswith("a.pdf")
    assert records[("document.export", book.doc_id)].summary.endswith("a.xlsx")
    assert records[("document.issue", pdf.doc_id)].actor_name == "王主任"
    assert "2026年10月" in records[("document.issue", book.doc_id)].summary
    info = services.documents.verify(head, pdf.verification_code)
    assert info is not None and info.kind == "monthly-report"


def test_report_needs_the_statistics_permission(services, head):
    clerk = Actor(user_id=None, username="jiedai", full_name="接待员", roles=frozenset({Role.RECEPTION}))
    with pytest.raises(PermissionDenied):
        services.monthly_report.build(clerk, 2026, 10)
    report = services.monthly_report.build(head, 2026, 10)
    with pytest.raises(PermissionDenied):
        services.monthly_report.pdf(clerk, report)


def test_unwritable_target_is_a_clear_error(services, head, tmp_path):
    from desk.errors import DeskError

    report = services.monthly_report.build(head, 2026, 10)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DeskError) as failed:
        services.monthly_report.workbook(head, report, blocker / "out.xlsx")
    assert "could not be written" in str(failed.value)
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_cli_writes_both_files(services, head, fake, tmp_path, monkeypatch, capsys):
    from desk import cli

    monkeypatch.setattr(cli, "_open", lambda args: services)  # with the test clock and the fake figures
    pdf, xlsx = tmp_path / "out" / "r.pdf", tmp_path / "out" / "r.xlsx"
    assert cli.main(["--db", str(services.db.path), "report", "--month", "2026-10", "--grid", "410105001001",
                     "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    assert "verification code" in capsys.readouterr().out
    assert "合计965312,346.1783.3%" in squeeze(pdf_text(pdf))
    assert sheet_rows(load_workbook(xlsx)["人民调解"])["合计"][:4] == [9, 6, 5, 3]
    assert services.dashboard.calls[-2][3] is not None  # the grid code became its node
    assert cli.main(["--db", str(services.db.path), "report", "--month", "2026-12", "--pdf", str(pdf)]) == 1
    assert "not begun" in capsys.readouterr().err
    assert cli.main(["--db", str(services.db.path), "report", "--month", "October", "--pdf", str(pdf)]) == 2
    assert cli.main(["--db", str(services.db.path), "report", "--month", "2026-10"]) == 2


def test_dialog_previews_and_saves_both_files(services, head, fake, gui, tmp_path):
    from PySide6.QtCore import Qt

    from desk.views.monthly_report_dialog import MonthlyReportDialog

    shown = []

    class Preview:
        def __init__(self, services, actor, doc, parent=None) -> None:
            shown.append(doc)

        def exec(self) -> int:
            return 0

    dialog = MonthlyReportDialog(services, head)
    gui.addWidget(dialog)
    dialog.preview_dialog = Preview
    assert dialog.chosen() == (2026, 10, None)  # last month by default
    dialog.preview()
    assert len(shown) == 1 and shown[0].kind == "monthly-report" and shown[0].pdf.startswith(b"%PDF")
    pdf, xlsx = tmp_path / "dialog.pdf", tmp_path / "dialog.xlsx"
    dialog.save_pdf(pdf)
    assert dialog.status.objectName() == "okBanner" and str(pdf) in dialog.status.text()
    dialog.save_excel(xlsx)
    assert dialog.status.objectName() == "okBanner" and str(xlsx) in dialog.status.text()
    assert "合计965312,346.1783.3%" in squeeze(pdf_text(pdf))
    total = sheet_rows(load_workbook(xlsx)["窗口服务"])["合计"]
    assert total[:3] == [50, 44, 4] and total[3:] == pytest.approx([518.92 / 48, 20.0])
    assert sheet_rows(load_workbook(xlsx)["窗口服务"])["满意率（非常满意＋满意）"][0] == 4
    assert dialog.pdf_btn.isEnabled() and dialog.xlsx_btn.isEnabled()

    dialog.grid.setCurrentIndex(dialog.grid.findText("黄河社区", Qt.MatchContains))
    dialog.save_pdf(tmp_path / "grid.pdf")
    assert services.dashboard.calls[-2][3] is not None

    # a month before the center's oldest record (30 September): refused with a message
    dialog.month.setDate(dialog.month.date().addMonths(-2))
    assert dialog.chosen()[:2] == (2026, 8)
    dialog.save_excel(tmp_path / "early.xlsx")
    assert dialog.status.objectName() == "badBanner" and "2026-08" in dialog.status.text()
    assert not (tmp_path / "early.xlsx").exists() and dialog.xlsx_btn.isEnabled()

