"""The sync screens: status-bar line, background rounds, the sync page, "needs attention" and the
conflict dialog. No platform here: sync state and problems are rows inserted into local.db."""

import json
import threading
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desk.models.accounts import Role
from desk.models.sync import SyncOutbox, SyncProblem, SyncRecord, SyncState
from desk.services.demo import DEMO_PASSWORD
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.permissions import Actor
from desk.sync import credentials
from desk.sync.attention import Attention
from desk.sync.client import NotEnrolled, PlatformUnavailable
from desk.sync.engine import SyncReport, SyncStatus
from desk.timeutil import to_local, utcnow
from desk.views import operations
from desk.views.main_window import MainWindow
from desk.views.sync_attention_model import SyncAttentionModel
from desk.views.sync_conflict_dialog import ConflictDialog
from desk.views.sync_page import SyncPage
from desk.views.sync_status import SyncStatusButton
from desk.views.sync_worker import SyncWorker

THEIRS = "平台的摘要：双方已在社区调解下达成初步谅解，待签协议。"


@pytest.fixture
def mediator(demo):
    return demo.auth.login("sunli", DEMO_PASSWORD)


@pytest.fixture
def administrator():
    """An administrator without an account row: for tests that need no demo center (faster)."""
    return Actor(user_id=None, username="admin", full_name="管理员", roles=frozenset({Role.ADMIN}))


def add_rows(services, *rows):
    with services.db.writer() as s:
        s.add_all(rows)
        s.commit()


def enroll_rows(services, pending=0):
    now = utcnow()
    add_rows(services, *[SyncState(key=k, value=v) for k, v in (
        ("device_id", "d-1"), ("url", "https://platform.example.cn"), ("center_name", "经八路街道综治中心"),
        ("device_name", "前台一号机"), ("last_success", now.isoformat()), ("last_attempt", now.isoformat()))],
        *[SyncOutbox(op_id=f"op-{i}", entity="work_order", entity_id=f"w{i}", kind="upsert", fields="{}",
                     created_at=now) for i in range(pending)])


@pytest.fixture
def conflict(demo, mediator):
    """A registered case whose summary was changed here and on the platform."""
    case = demo.cases.register(mediator, IntakeInput(
        source="application", category_code="02", summary="邻里之间因漏水问题发生纠纷，双方多次争吵。",
        place="纬五路12号院", amount="", people_count=2, received_on=date(2026, 11, 20),
        parties=[PartyInput(role="applicant", name="张三明", phone="13812345678"),
                 PartyInput(role="respondent", name="王芳", phone="13987654321")]))
    add_rows(demo, SyncRecord(entity="mediation_case", entity_id=case.id, local_id=case.id, version=3),
             SyncProblem(kind="conflict", entity="mediation_case", entity_id=case.id, field="summary",
                         mine=json.dumps("本机的摘要：漏水已修好，双方同意赔偿。", ensure_ascii=False),
                         theirs=json.dumps(THEIRS, ensure_ascii=False), version=4, created_at=utcnow()))
    return case.id


def status(**kw):
    base = dict(enrolled=True, url="https://platform.example.cn", center="经八路街道综治中心", device_name="前台一号机",
                last_success=datetime(2026, 3, 18, 6, 5), last_attempt=datetime(2026, 3, 18, 6, 5),
                last_error="", pending=0, problems=0)
    return SyncStatus(**{**base, **kw})


# --- status bar ---------------------------------------------------------------------------------

def test_status_line(gui):
    button = SyncStatusButton()
    gui.addWidget(button)
    button.show_status(status(enrolled=False))
    assert button.text() == "未接入平台" and button.level == "off"
    st = status(pending=3)
    now = to_local(st.last_success)
    button.show_status(st, now)
    assert button.text() == f"同步：正常 · 上次 {now:%H:%M} · 待发送 3" and button.level == "ok"
    button.show_status(status(pending=3, last_error="PlatformUnavailable: ConnectionError"))
    assert button.text() == "同步：离线，3 项待发送"
    assert "无法连接平台" in button.toolTip()
    button.show_status(status(pending=3, problems=2))
    assert button.text() == "同步：需处理 2 项" and button.level == "attention"
    button.show_status(status(last_success=st.last_success - timedelta(days=2)), now)
    assert "上次 03-16" in button.text()


def test_main_window_status_opens_the_page_and_stops_its_worker(gui, demo, admin, db_path):
    window = MainWindow(demo, admin, db_path)
    gui.addWidget(window)
    assert window.sync_worker is None  # nothing sync-related at start-up
    gui.waitUntil(lambda: window.sync_worker is not None, timeout=3000)
    assert window.sync_status.text() == "未接入平台" and not window.sync_worker.running
    window.sync_status.click()
    assert window.stack.currentWidget() is window.frames["sync"]
    enroll_rows(demo, pending=2)
    window.pages["sync"].enrolled.emit()  # as after the administrator enrolled
    assert window.sync_worker.running
    window.close()
    assert not window.sync_worker.running


# --- worker --------------------------------------------------------------------------------------

class FakeEngine:
    def __init__(self, error=None, gate=None):
        self.error, self.gate, self.rounds = error, gate, 0

    def status(self):
        return status()

    def sync_once(self):
        self.rounds += 1
        if self.gate is not None:
            self.gate.wait(5)
        if self.error is not None:
            raise self.error
        return SyncReport(pushed=2, applied=2, pulled=5)


def test_worker_reports_failure_in_words_and_backs_off(gui, services):
    worker = SyncWorker(services, engine=FakeEngine(PlatformUnavailable("ConnectError")), live=False)
    with gui.waitSignal(worker.failed) as failed:
        assert worker.sync_now()
    assert "无法连接平台" in failed.args[0]
    assert worker.timer.isActive() and worker.timer.interval() == 120_000  # 60 s doubled after one failure
    worker.stop()
    assert not worker.running


def test_worker_runs_one_round_at_a_time_off_the_gui_thread(qapp_zh, qtbot, services):
    gate = threading.Event()
    engine = FakeEngine(gate=gate)
    worker = SyncWorker(services, engine=engine, live=False)
    operations.set_synchronous(False)  # a real pool thread (the gui fixture would run it inline)
    with qtbot.waitSignal(worker.finished, timeout=5000) as done:
        assert worker.sync_now()
        assert worker.busy and not worker.sync_now()  # a second request while busy starts nothing
        gate.set()
    assert done.args[0].pulled == 5 and engine.rounds == 1 and not worker.busy
    assert worker.timer.interval() == 60_000
    worker.stop()


# --- page ------------------------------------------------------------------------------------------

def test_enrollment_form_only_for_the_administrator(gui, demo, admin, clerk):
    assert SyncPage(demo, admin).enroll_box is not None
    page = SyncPage(demo, clerk)
    gui.addWidget(page)
    assert page.enroll_box is None and page.settings_box is None
    assert page.values["url"].text().startswith("未接入")


def test_sync_now_on_a_desk_not_enrolled_says_so(gui, demo, clerk):
    page = SyncPage(demo, clerk)
    gui.addWidget(page)
    assert not page.sync_now()
    assert page.result.text() == QCoreApplication.translate("Sync", NotEnrolled.message)
    assert "未接入" in page.result.text() and page.sync_button.isEnabled()


@pytest.mark.parametrize("url, fake, expected", [
    ("http://10.0.0.5:8765", None, "https://"),
    ("https://platform.example.cn", NotEnrolled("unknown code"), "注册码"),
    ("https://platform.example.cn", PlatformUnavailable("ConnectError"), "无法通过这个地址连接平台"),
    ("https://platform.example.cn", "no-keyring", "密码库"),
])
def test_enrollment_errors_in_plain_words(gui, services, administrator, monkeypatch, url, fake, expected):
    page = SyncPage(services, administrator)
    gui.addWidget(page)

    class Client:
        def __init__(self, url, token=None, ca_bundle=None):
            self.url = url

        def enroll(self, code, device_name):
            if isinstance(fake, Exception):
                raise fake
            return {"device_id": "d-9", "token": "t", "center": {"code": "C001", "name": "经八路"}, "roles": []}

        def close(self):
            pass

    if fake is not None:
        page.engine.client_factory = Client
    if fake == "no-keyring":
        monkeypatch.setattr(credentials, "backend_usable", lambda: False)
    box = page.enroll_box
    box.url.setText(url)
    box.code.setText("ABCD-EFGH-JKLM")
    assert box.enroll()
    assert expected in box.message.text() and box.button.isEnabled()
    assert not page.engine.status().enrolled


def test_enrolling_starts_rounds(gui, services, administrator):
    page = SyncPage(services, administrator)
    gui.addWidget(page)

    class Client:
        def __init__(self, url, token=None, ca_bundle=None):
            self.url = url

        def enroll(self, code, device_name):
            return {"device_id": "d-9", "token": "t", "center": {"code": "C001", "name": "经八路中心"}, "roles": []}

        def close(self):
            pass

    page.engine.client_factory = Client
    page.enroll_box.url.setText("https://platform.example.cn")
    page.enroll_box.code.setText("ABCD-EFGH-JKLM")
    with gui.waitSignal(page.enrolled, timeout=1000):
        page.enroll_box.enroll()
    assert "经八路中心" in page.enroll_box.message.text()
    assert page.values["center"].text() == "经八路中心" and page.values["url"].text() == "https://platform.example.cn"


def test_sync_settings_are_saved_and_checked(gui, services, administrator, tmp_path):
    page = SyncPage(services, administrator)
    gui.addWidget(page)
    box = page.settings_box
    box.ca_bundle.setText(str(tmp_path / "missing.pem"))
    assert not box.save()
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    box.ca_bundle.setText(str(ca))
    box.interval.setValue(300)
    assert box.save()
    assert services.settings.get("sync.ca_bundle") == str(ca) and services.settings.get("sync.interval_seconds") == 300


# --- needs attention ------------------------------------------------------------------------------

def test_attention_model(gui, demo, conflict, qtmodeltester):
    add_rows(demo, SyncProblem(kind="rejected", entity="work_order", entity_id="3f2a9c1e-aaaa", code="illegal_transition",
                               detail="assigned -> completed is not allowed", created_at=utcnow()),
             SyncProblem(kind="apply_failed", entity="police_referral", entity_id="r-1", code="ValidationError",
                         detail="odd", created_at=utcnow()))
    model = SyncAttentionModel()
    model.set_rows(Attention(demo).open_items())
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 5
    cells = [[model.index(r, c).data() for c in range(5)] for r in range(3)]
    assert cells[0][:3] == ["双方都有修改", "调解案件 (2026)金调字第001号", "案情摘要"]  # the number a clerk knows
    assert "平台：平台的摘要" in cells[0][4]
    assert cells[1][:3] == ["平台拒绝", "工单 3f2a9c1e", "—"] and "不允许" in cells[1][4]
    assert cells[2][0] == "无法接收" and cells[2][4] == "odd"
    assert model.index(1, 4).data(Qt.ToolTipRole) == "assigned -> completed is not allowed"


def test_conflict_take_theirs(gui, demo, mediator, conflict):
    problem = Attention(demo).open_items()[0]
    dialog = ConflictDialog(demo, mediator, problem)
    gui.addWidget(dialog)
    assert "漏水已修好" in dialog.texts["mine"].toPlainText() and dialog.texts["theirs"].toPlainText() == THEIRS
    assert not dialog.keep_mine.isDefault() and not dialog.take_theirs.isDefault()
    assert dialog.choose("theirs") and dialog.result() == ConflictDialog.Accepted
    assert demo.cases.get(mediator, conflict).summary == THEIRS
    assert Attention(demo).open_items() == []


def test_conflict_keep_mine_queues_it_on_the_platform_version(gui, demo, mediator, conflict):
    problem = Attention(demo).open_items()[0]
    dialog = ConflictDialog(demo, mediator, problem)
    gui.addWidget(dialog)
    dialog.keep_mine.click()
    assert dialog.choice == "mine" and Attention(demo).open_items() == []
    with demo.db.reader() as s:
        ops = s.query(SyncOutbox).filter_by(entity="mediation_case", entity_id=conflict).all()
    assert [(o.kind, o.base_version) for o in ops] == [("upsert", 4)]
    assert "summary" in json.loads(ops[0].fields)


def test_escape_leaves_the_conflict_open(gui, demo, mediator, conflict):
    dialog = ConflictDialog(demo, mediator, Attention(demo).open_items()[0])
    gui.addWidget(dialog)
    dialog.show()
    gui.keyClick(dialog, Qt.Key_Escape)
    assert dialog.result() == ConflictDialog.Rejected and dialog.choice is None
    assert len(Attention(demo).open_items()) == 1


def test_parties_one_line_each(gui, demo, mediator, conflict):
    parties = [{"name": "张三明", "role": "applicant", "phone": "13812345678"},
               {"name": "王芳", "role": "respondent", "phone": ""}]
    problem = Attention(demo).open_items()[0]
    from dataclasses import replace

    dialog = ConflictDialog(demo, mediator, replace(problem, field="parties", mine=parties, theirs=parties[:1]))
    gui.addWidget(dialog)
    assert dialog.texts["mine"].toPlainText() == "张三明 申请人 13812345678\n王芳 被申请人"


def test_page_buttons_follow_kind_and_permission(gui, demo, admin, mediator, conflict):
    add_rows(demo, SyncProblem(kind="rejected", entity="mediation_case", entity_id=conflict, code="forbidden",
                               payload=json.dumps({"kind": "upsert", "fields": {"place": "x"}}), created_at=utcnow()),
             SyncProblem(kind="apply_failed", entity="work_order", entity_id="w-1", code="ValidationError",
                         detail="odd", created_at=utcnow()))
    page = SyncPage(demo, mediator)
    gui.addWidget(page)
    page.show()
    assert page.model.rowCount() == 3 and page.choose_button.isVisible() and not page.retry_button.isVisible()
    page.table.selectRow(1)
    assert page.retry_button.isVisible() and page.dismiss_button.isVisible() and not page.choose_button.isVisible()
    assert page.retry()
    with demo.db.reader() as s:
        assert s.query(SyncOutbox).filter_by(entity_id=conflict).count() == 1  # sent again with the next round
    page.table.selectRow(1)
    assert page.dismiss_button.isVisible() and not page.retry_button.isVisible()
    assert page.dismiss(ask=False)
    assert page.model.rowCount() == 1
    watching = SyncPage(demo, admin)  # the administrator sees the items but does not settle them
    gui.addWidget(watching)
    watching.show()
    assert watching.model.rowCount() == 1 and not watching.choose_button.isVisible()
    assert not watching.open_conflict()
