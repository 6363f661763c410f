"""The queue set-up page (services, windows, their dialogs) and the "Queue today" figures page."""

from __future__ import annotations

import pytest

from desk.services.permissions import KIOSK
from desk.services.queue_figures import queue_figures
from desk.views.follow_up_dialog import FollowUpDialog
from desk.views.queue_config_dialogs import QueueServiceDialog, QueueWindowDialog
from desk.views.queue_config_models import QueueServicesModel, QueueWindowsModel
from desk.views.queue_config_page import QueueConfigPage
from desk.views.queue_figures_models import (
    RectificationsModel,
    ServiceFiguresModel,
    WindowLoadModel,
    minutes_text,
    percent_text,
)
from desk.views.queue_figures_page import QueueFiguresPage


@pytest.fixture
def head(demo):
    return demo.auth.login("zhaomin", "demo1234")


def _auto(dialog_class, fill, opened: list):
    """A dialog whose exec() fills its fields, saves and returns, instead of blocking."""
    class Auto(dialog_class):
        def exec(self):
            opened.append(self)
            fill(self)
            self.save()
            return self.result()
    return Auto


@pytest.fixture
def config_page(gui, demo, admin):
    page = QueueConfigPage(demo, admin)
    gui.addWidget(page)
    return page


@pytest.fixture
def figures_page(gui, demo, head):
    page = QueueFiguresPage(demo, head)
    gui.addWidget(page)
    return page


def _row(model, text, column=0):
    return next(r for r in range(model.rowCount()) if text in model.index(r, column).data())


def test_models_pass_the_model_tester(qtmodeltester, gui, demo, head):
    services = demo.queue_config.services(include_inactive=True)
    config = QueueServicesModel()
    config.set_services(services)
    qtmodeltester.check(config)
    windows = QueueWindowsModel()
    windows.set_windows(demo.queue_config.windows(include_inactive=True), services)
    qtmodeltester.check(windows)
    assert "A 人民调解" in windows.index(0, 2).data() and "E 综合受理" in windows.index(0, 2).data()
    figures = queue_figures(head, demo.tickets)
    for model, rows in ((ServiceFiguresModel(), figures.services), (WindowLoadModel(), figures.windows)):
        model.set_rows(rows)
        qtmodeltester.check(model)
    items = RectificationsModel()
    items.set_items(demo.ratings.rectifications(head), {w.id: w.number for w in demo.queue_config.windows()},
                    figures.day)
    qtmodeltester.check(items)
    for model in (QueueServicesModel(), RectificationsModel()):  # empty ones too
        qtmodeltester.check(model)


def test_config_tables_show_services_and_windows(config_page, demo):
    assert config_page.service_model.rowCount() == len(demo.queue_config.services(include_inactive=True))
    row = _row(config_page.service_model, "人民调解", 1)
    assert config_page.service_model.index(row, 0).data() == "A"
    assert config_page.service_model.index(row, 3).data() == "08:30–17:30"
    assert config_page.window_model.rowCount() == 4
    assert not config_page.edit_service_btn.isEnabled()
    config_page.service_table.selectRow(0)
    assert config_page.edit_service_btn.isEnabled()


def test_duplicate_prefix_shows_error_under_prefix_and_keeps_name(config_page, demo):
    opened = []

    def fill(d):
        d.prefix.setText("A")
        d.name.setText("调解复查")

    config_page.service_dialog_class = _auto(QueueServiceDialog, fill, opened)
    before = len(demo.queue_config.services(include_inactive=True))
    config_page.new_service()
    dialog = opened[0]
    assert dialog.saved is None
    assert not dialog.errors.error_label("prefix").isHidden()
    assert "A" in dialog.errors.error_label("prefix").text()
    assert dialog.name.text() == "调解复查"
    assert len(demo.queue_config.services(include_inactive=True)) == before


def test_bad_time_shows_error_under_its_field(config_page):
    opened = []

    def fill(d):
        d.closes_at.setText("25:00")

    config_page.service_table.selectRow(0)
    config_page.service_dialog_class = _auto(QueueServiceDialog, fill, opened)
    config_page.edit_service()
    dialog = opened[0]
    assert dialog.saved is None
    assert not dialog.errors.error_label("closes_at").isHidden()
    assert dialog.errors.error_label("opens_at").isHidden()
    assert dialog.closes_at.text() == "25:00"


def test_new_service_appears_and_is_selected(config_page, demo):
    def fill(d):
        d.prefix.setText("f")
        d.name.setText("社保咨询")
        d.daily_cap.setValue(50)

    config_page.service_dialog_class = _auto(QueueServiceDialog, fill, [])
    config_page.new_service()
    saved = next(s for s in demo.queue_config.services() if s.prefix == "F")
    assert (saved.name, saved.daily_cap) == ("社保咨询", 50)
    assert config_page.selected_service().id == saved.id


def test_editing_a_windows_services_persists(config_page, demo):
    ids = {s.prefix: s.id for s in demo.queue_config.services()}
    window = next(w for w in demo.queue_config.windows() if w.number == 2)
    config_page.window_table.selectRow(config_page.window_model.row_of(window.id))

    def fill(d):
        d.service_checks[ids["B"]].setChecked(True)

    config_page.window_dialog_class = _auto(QueueWindowDialog, fill, [])
    config_page.edit_window()
    after = next(w for w in demo.queue_config.windows() if w.number == 2)
    assert after.service_ids == {ids["A"], ids["B"]}
    row = config_page.window_model.row_of(window.id)
    assert "B 法律咨询" in config_page.window_model.index(row, 2).data()
    assert config_page.selected_window().id == window.id


def test_window_without_services_shows_error(config_page):
    opened = []

    def fill(d):
        d.name.setText("临时窗口")

    config_page.window_dialog_class = _auto(QueueWindowDialog, fill, opened)
    config_page.new_window()
    assert opened[0].saved is None
    assert not opened[0].errors.error_label("services").isHidden()
    assert opened[0].number.value() == 5  # the first free number


def test_config_page_read_only_without_permission(gui, demo, clerk):
    page = QueueConfigPage(demo, clerk)
    gui.addWidget(page)
    page.service_table.selectRow(0)
    assert not page.new_service_btn.isEnabled() and not page.edit_service_btn.isEnabled()
    assert not page.new_window_btn.isEnabled()


def test_figures_page_shows_waiting_count(figures_page, demo, head):
    figures = queue_figures(head, demo.tickets)
    assert figures_page.waiting_value.text() == str(figures.waiting)
    assert figures_page.served_value.text() == str(sum(s.served for s in figures.services))
    assert figures_page.service_model.rowCount() == len(figures.services)
    assert figures_page.window_model.rowCount() == len(figures.windows)
    for level, count in figures.ratings.items():
        assert figures_page.rating_counts[level].text() == str(count)
        assert figures_page.rating_bars[level].value() == count


def test_closing_a_rectification_removes_it(figures_page, demo, head):
    items = demo.ratings.rectifications(head)
    assert figures_page.follow_up_model.rowCount() == len(items) > 0
    assert not figures_page.follow_up_btn.isEnabled()
    figures_page.follow_up_table.selectRow(0)
    assert figures_page.follow_up_btn.isEnabled()
    first = figures_page.selected_item()
    opened = []

    def too_short(d):
        d.text.setPlainText("好")

    figures_page.follow_up_dialog_class = _auto(FollowUpDialog, too_short, opened)
    figures_page.record_follow_up()
    assert not opened[0].errors.error_label("follow_up").isHidden()
    assert opened[0].text.toPlainText() == "好"
    assert figures_page.follow_up_model.rowCount() == len(items)

    def fill(d):
        d.text.setPlainText("已电话联系来访群众，说明等候原因，增开午间窗口。")

    figures_page.follow_up_dialog_class = _auto(FollowUpDialog, fill, [])
    figures_page.record_follow_up()
    remaining = [figures_page.follow_up_model.item(r).id for r in range(figures_page.follow_up_model.rowCount())]
    assert first.id not in remaining and len(remaining) == len(items) - 1
    assert first.id not in {x.id for x in demo.ratings.rectifications(head)}


def test_refresh_follows_the_queue_version(gui, figures_page, demo, admin, head):
    service = next(s for s in demo.queue_config.services() if s.prefix == "C")
    # Issuing only works within a service's hours: open it round the clock so the test runs any time.
    demo.queue_config.save_service(admin, service.id, service.prefix, service.name, service.daily_cap,
                                   "00:00", "23:59", service.default_minutes, True)
    before = int(figures_page.waiting_value.text())
    figures_page.show()
    assert figures_page.timer.isActive() and figures_page.timer.interval() == 2000
    demo.tickets.issue(KIOSK, service.id)
    expected = str(queue_figures(head, demo.tickets).waiting)
    assert expected == str(before + 1)
    gui.waitUntil(lambda: figures_page.waiting_value.text() == expected, timeout=5000)  # the 2 s timer did it
    figures_page.hide()
    assert not figures_page.timer.isActive()


def test_unchanged_version_does_not_reload(figures_page, monkeypatch):
    calls = []
    monkeypatch.setattr(figures_page, "reload", lambda: calls.append(1))
    figures_page.poll()
    assert calls == []


def test_figures_page_without_permission(gui, demo, clerk):
    page = QueueFiguresPage(demo, clerk)  # a reception clerk calls tickets but sees no figures
    gui.addWidget(page)
    assert not hasattr(page, "waiting_value")
    assert page.updated.text()
    page.show()
    assert not page.timer.isActive()


def test_minutes_and_percent_texts(gui):
    assert minutes_text(None) == "—" and percent_text(None) == "—"
    assert "12.5" in minutes_text(12.5)
    assert "25.0" in percent_text(0.25)
