"""My deadlines: overdue before soon before later, said in words; the head picks a mediator; a row opens its case."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desk.services.demo import DEMO_PASSWORD
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.mediation_work import RecordInput
from desk.views.main_window import AREAS
from desk.views.my_deadlines import MyDeadlinesPage

TODAY = date.today()


@pytest.fixture
def sunli(demo):
    return demo.auth.login("sunli", DEMO_PASSWORD)


@pytest.fixture
def zhougang(demo):
    return demo.auth.login("zhougang", DEMO_PASSWORD)


def register(demo, actor, name: str) -> str:
    return demo.cases.register(actor, IntakeInput(
        source="application", category_code="02", summary="邻里纠纷。", received_on=TODAY,
        parties=[PartyInput(role="applicant", name=name), PartyInput(role="respondent", name="王芳")])).id


def plan(demo, actor, case_id: str, day: date, kind: str = "session", place: str = "社区调解室") -> None:
    demo.case_work.save_record(actor, case_id, RecordInput(
        kind=kind, state="scheduled", starts_at=datetime.combine(day, time(9, 30)), place=place))


@pytest.fixture
def diary(demo, sunli, zhougang):
    """Cases received today (not yet open too long). sunli: a session planned three days ago (never
    written up), an investigation in two days and a session in three weeks; zhougang: a session tomorrow."""
    first, second = register(demo, sunli, "张三明"), register(demo, sunli, "李四")
    plan(demo, sunli, first, TODAY + timedelta(days=2), "investigation", "王芳家中")
    plan(demo, sunli, first, TODAY - timedelta(days=3))
    plan(demo, sunli, second, TODAY + timedelta(days=21))
    plan(demo, zhougang, register(demo, zhougang, "赵六"), TODAY + timedelta(days=1))
    return first, second


def texts(page: MyDeadlinesPage, column: int) -> list[str]:
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_a_mediator_sees_their_items_overdue_first_in_words(gui, demo, sunli, diary):
    first, second = diary
    page = MyDeadlinesPage(demo, sunli)
    gui.addWidget(page)
    assert page.mediator.isHidden()
    assert texts(page, 0) == ["已逾期 3 天", "2 天后到期", "21 天后到期"]
    assert texts(page, 1) == ["计划调解", "计划调查", "计划调解"]
    assert texts(page, 3) == [(TODAY + timedelta(days=d)).isoformat() for d in (-3, 2, 21)]
    assert texts(page, 4) == ["09:30 社区调解室", "09:30 王芳家中", "09:30 社区调解室"]
    assert texts(page, 2)[0] == texts(page, 2)[1] != texts(page, 2)[2]
    assert "已逾期 1 项" in page.counts.text() and "即将到期 1 项" in page.counts.text()
    # red, amber, neutral — and the words say the same
    model = page.model
    backgrounds = [model.index(r, 1).data(Qt.BackgroundRole) for r in range(3)]
    assert backgrounds[0].color() == QColor("#fdecea") and backgrounds[1].color() == QColor("#fff4ce")
    assert backgrounds[2] is None
    assert model.index(0, 0).data(Qt.FontRole).bold()


def test_other_kinds_are_named(gui, demo, sunli, zhougang):
    case_id = demo.cases.register(sunli, IntakeInput(
        source="application", category_code="02", summary="拖欠货款。", received_on=TODAY - timedelta(days=28),
        parties=[PartyInput(role="applicant", name="钱七"), PartyInput(role="respondent", name="孙八")])).id
    page = MyDeadlinesPage(demo, sunli)
    gui.addWidget(page)
    assert texts(page, 1) == ["超期未结"]
    assert texts(page, 0) == ["2 天后到期"]
    assert texts(page, 4) == [f"{(TODAY - timedelta(days=28)).isoformat()} 受理"]
    assert page.model.item(0).case_id == case_id
    # zhougang has nothing
    empty = MyDeadlinesPage(demo, zhougang)
    gui.addWidget(empty)
    assert empty.model.rowCount() == 0 and not empty.empty.isHidden()


def test_the_head_picks_a_mediator_or_everyone(gui, demo, diary):
    head = demo.auth.login("zhaomin", DEMO_PASSWORD)
    page = MyDeadlinesPage(demo, head)
    gui.addWidget(page)
    assert not page.mediator.isHidden()
    names = [page.mediator.itemText(i) for i in range(page.mediator.count())]
    assert names[0] == "全部调解员" and {"孙丽", "周刚"} <= set(names)
    assert texts(page, 0) == ["已逾期 3 天", "1 天后到期", "2 天后到期", "21 天后到期"]
    page.mediator.setCurrentIndex(names.index("周刚"))
    assert texts(page, 0) == ["1 天后到期"]
    page.mediator.setCurrentIndex(names.index("孙丽"))
    assert texts(page, 0) == ["已逾期 3 天", "2 天后到期", "21 天后到期"]


def test_double_click_opens_the_case_and_reloads_after(gui, demo, sunli, diary):
    first, second = diary
    opened: list[str] = []

    class FakeDetail:
        def __init__(self, services, actor, case_id, parent):
            opened.append(case_id)
            self.case_id = case_id

        def exec(self):  # the mediator writes up the overdue session meanwhile
            for record in demo.case_work.summary(sunli, self.case_id).records:
                if record.starts_at.date() < TODAY:
                    demo.case_work.save_record(sunli, self.case_id, RecordInput(
                        kind="session", state="held", starts_at=record.starts_at, place=record.place, staff="孙丽",
                        attendees="张三明、王芳", content="双方陈述了意见，同意再约时间。"), record.id)
            return 0

    page = MyDeadlinesPage(demo, sunli)
    page.detail_dialog = FakeDetail
    gui.addWidget(page)
    page.show()
    rect = page.table.visualRect(page.model.index(0, 2))
    gui.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())  # a double-click: press, release,
    gui.mouseDClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())  # then the second press
    assert opened == [first]
    assert texts(page, 0) == ["2 天后到期", "21 天后到期"]  # reloaded after the dialog closed
    # Enter opens the selected row too
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    gui.keyClick(page.table, Qt.Key_Return)
    assert opened == [first, second]


def test_the_area_follows_the_case_list():
    keys = [a.key for a in AREAS]
    assert keys[keys.index("cases") + 1] == "deadlines"
