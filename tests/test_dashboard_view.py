"""The center head's dashboard page: tiles and charts from the dashboard service, click-through to the
case list, the grid filter, PNG export, errors, and who sees the page."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from desk.db import open_database
from desk.errors import ConflictError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import LEVEL_COMMUNITY, LEVEL_GRID
from desk.services.container import Services
from desk.services.demo import DEMO_PASSWORD, seed_demo
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.mediation_query import CaseFilter
from desk.timeutil import to_local, utcnow
from desk.views.case_list import CaseListPage
from desk.views.dashboard_filters import preset_range
from desk.views.dashboard_page import DashboardPage
from desk.views.dashboard_style import BLUE
from desk.views.queue_figures_models import minutes_text, percent_text

TODAY = to_local(utcnow()).date()  # the desk's today (services.tickets.today())
START = TODAY - timedelta(days=9)
# (category code, grid: 0 = first community's first grid, 1 = second community's first grid, days ago)
CASES = (("02", 0, 0), ("02", 0, 1), ("02", 1, 2), ("13", 1, 3), ("13", 0, 4), ("01", 1, 8))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One seeded database (demo center, staff, a queue morning, six cases in the last ten days), copied
    for each test: seeding once keeps the file fast."""
    path = tmp_path_factory.mktemp("dashboard") / "template.db"
    services = Services(open_database(path))
    seed_demo(services, demo_cases=0)
    mediator = services.auth.login("sunli", DEMO_PASSWORD)
    grids = _grids(services)
    for i, (category, grid, days_ago) in enumerate(CASES):
        services.cases.register(mediator, IntakeInput(
            category_code=category, summary=f"第{i + 1}件纠纷，双方同意调解。", grid_id=grids[grid],
            received_on=TODAY - timedelta(days=days_ago),
            parties=[PartyInput(role="applicant", name=f"张{i}明"), PartyInput(role="respondent", name=f"李{i}")]))
    services.db.dispose()
    return path


def _grids(services) -> list[int]:
    """The first grid of each of the first two communities."""
    nodes = services.grid.tree()
    communities = [n for n in nodes if n.level == LEVEL_COMMUNITY][:2]
    return [next(n.id for n in nodes if n.level == LEVEL_GRID and n.parent_id == c.id) for c in communities]


def _community(services, index: int) -> int:
    return [n.id for n in services.grid.tree() if n.level == LEVEL_COMMUNITY][index]


@pytest.fixture
def dash(template, tmp_path):
    path = tmp_path / "local.db"
    shutil.copy(template, path)
    services = Services(open_database(path))
    yield services
    services.db.dispose()


@pytest.fixture
def head(dash):
    return dash.auth.login("zhaomin", DEMO_PASSWORD)


@pytest.fixture
def page(gui, dash, head):
    page = DashboardPage(dash, head)
    gui.addWidget(page)
    page.resize(1300, 1300)
    _set_period(page, START, TODAY)
    return page


def _set_period(page: DashboardPage, start: date, end: date) -> None:
    page.filters.date_from.setDate(start)
    page.filters.date_to.setDate(end)
    page.filters.timer.stop()
    page.reload()


def _bars(chart) -> dict[str, int]:
    return {b.label: b.value for b in chart.bars}


def test_tiles_and_charts_show_the_service_figures(page, dash, head):
    d = dash.dashboard.figures(head, page.current_filter())
    assert page.current_filter().start == START and page.current_filter().grid_id is None
    assert d.cases.received == len(CASES)
    q = d.queue_today
    assert q.issued > 0  # the seeded queue morning
    tile = page.tiles
    assert tile["waiting"].value.text() == f"{q.waiting:,}"
    assert tile["served"].value.text() == f"{q.served:,}"
    assert tile["no_shows"].value.text() == f"{q.no_shows:,}"
    assert tile["average_wait"].value.text() == minutes_text(q.average_wait)
    assert tile["longest_wait"].value.text() == minutes_text(q.longest_wait)
    assert tile["local"].value.text() == percent_text(d.local.share)
    assert tile["satisfaction"].value.text() == percent_text(d.satisfaction.satisfied_share)
    assert page.problem.isHidden() and not page.loading

    charts = page.ensure_charts()
    assert _bars(charts["category"]) == {"邻里": 3, "物业": 2, "婚姻家庭": 1}
    assert [b.label for b in charts["category"].bars][0] == "邻里"  # most first
    assert "3 (50.0%)" in charts["category"].bars[0].text  # the figure is written, not only drawn
    assert sum(_bars(charts["status"]).values()) == len(CASES)
    trend = charts["trend_cases"]
    assert len(trend.labels) == 10 and sum(trend.series[0].values) == len(CASES)
    assert [p.cases for p in d.trend] == list(trend.series[0].values)
    levels = dict(d.satisfaction.by_level)
    assert [b.value for b in charts["satisfaction"].bars] == [levels[n] for n in (5, 4, 3, 2, 1)]
    # Chinese labels are drawn in the bundled CJK font, not a fallback that shows boxes
    axis_font = charts["category"].plot.getAxis("left").style["tickFont"]
    assert axis_font.family() == QApplication.font().family()


def test_category_bar_click_opens_the_matching_cases(page, dash, head, gui):
    charts = page.ensure_charts()
    page.show()
    gui.waitExposed(page)
    chart = charts["category"]
    index = [b.code for b in chart.bars].index("13")  # 物业, two cases
    gui.mouseMove(chart.plot.viewport(), chart.bar_center(index))  # the tooltip names the bar and its figure
    assert chart.tip_at(*_view_point(chart, index)).startswith("物业：2 (")
    with gui.waitSignal(page.sig_open, timeout=2000) as blocker:
        gui.mouseClick(chart.plot.viewport(), Qt.LeftButton, pos=chart.bar_center(index))
    key, filters = blocker.args
    assert key == "cases"
    assert (filters.category, filters.received_from, filters.received_to, filters.grid_id) == ("13", START, TODAY, None)

    cases = CaseListPage(dash, head)
    gui.addWidget(cases)
    cases.search_box.setText("张")
    cases.apply_filter(filters)
    assert cases.search_box.text() == "" and cases.category.currentData() == "13"
    assert cases.received_from.value() == START and cases.received_to.value() == TODAY
    rows = [cases.model.case(r) for r in range(cases.model.rowCount())]
    assert len(rows) == 2 and {r.category for r in rows} == {"物业"}
    cases.clear_filters()
    assert cases.model.rowCount() == len(CASES)
    # the outcome has no widget on the list: it is kept, named, and dropped by "Clear filters"
    cases.apply_filter(CaseFilter(outcome="written"))
    assert cases.model.rowCount() == 0 and cases.extra_label.isVisibleTo(cases)
    cases.apply_filter(CaseFilter(outcome=""))  # still open: every case here
    assert cases.model.rowCount() == len(CASES)
    cases.clear_filters()
    assert cases.extra_label.isHidden() and cases.filters().outcome is None


def test_outcome_bar_opens_the_open_cases(page):
    charts = page.ensure_charts()
    opened = []
    page.sig_open.connect(lambda key, f: opened.append((key, f)))
    assert [(b.code, b.value) for b in charts["outcome"].bars] == [("", len(CASES))]
    charts["outcome"].bar_clicked.emit(0)
    assert opened == [("cases", CaseFilter(received_from=START, received_to=TODAY, outcome=""))]


def _view_point(chart, index: int) -> tuple[float, float]:
    return chart.bars[index].value / 2, len(chart.bars) - 1 - index


def test_tile_click_opens_the_list_behind_it(page, gui):
    page.show()
    gui.waitExposed(page)
    with gui.waitSignal(page.sig_open, timeout=2000) as blocker:
        gui.mouseClick(page.tiles["satisfaction"], Qt.LeftButton)
    assert blocker.args == ["queue_figures", None]
    with gui.waitSignal(page.sig_open, timeout=2000) as blocker:
        gui.mouseClick(page.tiles["on_time"], Qt.LeftButton)
    assert blocker.args == ["work_order_supervision", None]  # the head supervises work orders


def test_trend_point_opens_the_cases_of_that_day(page, gui):
    chart = page.ensure_charts()["trend_cases"]
    page.show()
    gui.waitExposed(page)
    last = len(chart.labels) - 1  # today: one case
    with gui.waitSignal(page.sig_open, timeout=2000) as blocker:
        gui.mouseClick(chart.plot.viewport(), Qt.LeftButton, pos=chart.point_center(last))
    assert blocker.args[0] == "cases"
    assert (blocker.args[1].received_from, blocker.args[1].received_to) == (TODAY, TODAY)


def test_main_window_routes_a_click_to_the_case_list(gui, dash, head, tmp_path):
    from desk.views.main_window import MainWindow

    window = MainWindow(dash, head, tmp_path / "local.db")
    window.idle.stop()
    gui.addWidget(window)
    assert window.areas[0].key == "dashboard"  # the head's first page
    page = window.page("dashboard")
    window.show()
    gui.waitUntil(lambda: bool(page.charts), timeout=10_000)  # built once the window has been painted
    page.sig_open.emit("cases", CaseFilter(category="02", received_from=START, received_to=TODAY))
    cases = window.pages["cases"]
    assert window.stack.currentWidget() is window.frames["cases"]
    assert cases.model.rowCount() == 3 and cases.category.currentData() == "02"
    page.sig_open.emit("queue_figures", None)
    assert window.stack.currentWidget() is window.frames["queue_figures"]
    window.close()


def test_figures_load_off_the_gui_thread(page, gui):
    from desk.views import operations

    operations.set_synchronous(False)  # the gui fixture sets it back
    page.tiles["served"].value.setText("")
    page.reload()
    assert page.loading and page.tiles["served"].value.text() == ""  # nothing yet: the work is queued
    page.reload()  # a second request: the first answer is dropped
    gui.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.tiles["served"].value.text() == f"{page.dashboard.queue_today.served:,}"
    assert page.problem.isHidden()


def test_grid_filter_reloads_with_that_area(page, dash, head, monkeypatch):
    charts = page.ensure_charts()
    calls = []
    real = dash.dashboard.figures
    monkeypatch.setattr(dash.dashboard, "figures", lambda actor, f: calls.append(f) or real(actor, f))
    second = _community(dash, 1)
    page.filters.grid.setCurrentIndex(page.filters.grid.findData(second))
    assert calls and calls[-1].grid_id == second
    assert _bars(charts["category"]) == {"邻里": 1, "物业": 1, "婚姻家庭": 1}  # the cases in that community
    assert page.dashboard.filter.grid_id == second
    assert page.case_filter(category="02").grid_id == second  # click-through keeps the area


def test_empty_period_says_so(page):
    charts = page.ensure_charts()
    _set_period(page, date(2020, 3, 1), date(2020, 3, 31))
    assert charts["category"].is_empty() and charts["trend_cases"].is_empty()
    assert charts["category"].empty.text()
    assert page.tiles["local"].value.text() == "—"  # nothing concluded: no share, not 0 %


def test_export_writes_a_png(page, tmp_path):
    page.ensure_charts()
    path = tmp_path / "category.png"
    assert page.export_png("category", str(path))
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 200 and image.height() > 150
    colors = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert QColor(BLUE).name().lower() in colors  # the bars are in it


def test_service_error_shows_a_message_and_refresh_recovers(page, dash, monkeypatch):
    real = dash.dashboard.figures
    before = page.tiles["served"].value.text()

    def broken(actor, f):
        raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This field is required."))

    monkeypatch.setattr(dash.dashboard, "figures", broken)
    page.refresh_btn.click()
    assert page.problem.isVisibleTo(page) and page.problem.text()
    assert page.tiles["served"].value.text() == before  # the last figures stay
    assert page.refresh_btn.isEnabled()
    monkeypatch.setattr(dash.dashboard, "figures", lambda actor, f: (_ for _ in ()).throw(RuntimeError("x")))
    page.refresh_btn.click()
    assert "RuntimeError" in page.problem.text()
    monkeypatch.setattr(dash.dashboard, "figures", real)
    page.refresh_btn.click()
    assert page.problem.isHidden()


def test_page_is_absent_for_a_reception_clerk(gui, dash, tmp_path):
    from desk.views.main_window import MainWindow

    clerk = dash.auth.login("liuyang", DEMO_PASSWORD)
    window = MainWindow(dash, clerk, tmp_path / "local.db")
    window.idle.stop()
    gui.addWidget(window)
    assert "dashboard" not in [a.key for a in window.areas]
    window.close()


def test_monthly_report_button_opens_the_dialog(page, monkeypatch):
    from desk.views import monthly_report_dialog

    shown = []
    monkeypatch.setattr(monthly_report_dialog.MonthlyReportDialog, "exec", lambda self: shown.append(self) or 0)
    page.report_btn.click()
    assert len(shown) == 1 and shown[0].parent() is page


def test_a_preset_period_follows_the_date(page):
    page.filters.apply_preset("today")
    page.filters.set_today(TODAY + timedelta(days=1))  # past midnight
    assert (page.current_filter().start, page.current_filter().end) == (TODAY + timedelta(days=1),) * 2
    _set_period(page, START, TODAY)  # a custom period stays as chosen
    page.filters.set_today(TODAY + timedelta(days=2))
    assert (page.current_filter().start, page.current_filter().end) == (START, TODAY)


def test_presets():
    wednesday = date(2026, 1, 14)
    assert preset_range("today", wednesday) == (wednesday, wednesday)
    assert preset_range("week", wednesday) == (date(2026, 1, 12), wednesday)
    assert preset_range("month", wednesday) == (date(2026, 1, 1), wednesday)
    assert preset_range("last_month", wednesday) == (date(2025, 12, 1), date(2025, 12, 31))
    assert preset_range("year", wednesday) == (date(2026, 1, 1), wednesday)


def test_pyqtgraph_is_not_imported_with_the_page_module():
    code = ("import sys, desk.views.dashboard_page, desk.views.main_window; "
            "print([m for m in ('pyqtgraph', 'numpy') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=str(Path(__file__).parents[1]))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
