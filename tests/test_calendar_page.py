"""The working-day calendar page: a year's holidays and worked weekend days, edited by an administrator."""

from datetime import date

from PySide6.QtCore import QDate

from desk.views import calendar_page
from desk.views.calendar_page import CalendarPage, DayDialog


def rows(page):
    m = page.model
    return [tuple(m.data(m.index(r, c)) for c in range(m.columnCount())) for r in range(m.rowCount())]


def make_page(gui, demo, admin, year=2026):
    page = CalendarPage(demo, admin)
    gui.addWidget(page)
    page.year.setValue(year)
    return page


def fill_and_save(day, name):
    """Replaces DayDialog.exec: type into the dialog and press Save (non-ASCII via setText)."""
    def exec_(dialog):
        dialog.day.setDate(QDate(day))
        dialog.name.setText(name)
        dialog.save()
        exec_.dialog = dialog
        return dialog.result()
    return exec_


def test_the_2026_page_lists_the_official_days(gui, demo, admin):
    page = make_page(gui, demo, admin)
    listed = rows(page)
    assert ("2026-10-01", "星期四", "节假日", "国庆节") in listed
    assert ("2026-10-10", "星期六", "调休上班", "国庆节调休上班") in listed
    assert len(listed) == 25
    assert page.summary.text() == "2026 年：节假日 19 天（工作日）、调休上班 6 天"
    assert not page.remove_btn.isEnabled()
    page.year.setValue(2031)
    assert rows(page) == [] and "2031" in page.summary.text()


def test_adding_a_holiday_through_the_dialog(gui, demo, admin, monkeypatch):
    page = make_page(gui, demo, admin)
    assert demo.calendar.calendar().is_working_day(date(2026, 11, 12))
    monkeypatch.setattr(DayDialog, "exec", fill_and_save(date(2026, 11, 12), "本地补休"))
    page.add_holiday_btn.click()
    assert ("2026-11-12", "星期四", "节假日", "本地补休") in rows(page)
    assert page.selected().day == date(2026, 11, 12)
    assert not demo.calendar.calendar().is_working_day(date(2026, 11, 12))
    assert "节假日 20 天" in page.summary.text()


def test_a_weekend_date_refused_as_a_holiday(gui, demo, admin, monkeypatch):
    page = make_page(gui, demo, admin)
    before = rows(page)
    exec_ = fill_and_save(date(2026, 11, 14), "周六")  # a Saturday
    monkeypatch.setattr(DayDialog, "exec", exec_)
    page.add_holiday_btn.click()
    error = exec_.dialog.errors.error_label("day")
    assert not error.isHidden() and "周末" in error.text()
    assert exec_.dialog.result_day is None
    assert rows(page) == before
    assert demo.calendar.year(2026) and date(2026, 11, 14) not in {d.day for d in demo.calendar.year(2026)}


def test_adding_a_worked_weekend_day_of_another_year_switches_to_it(gui, demo, admin, monkeypatch):
    page = make_page(gui, demo, admin)
    monkeypatch.setattr(DayDialog, "exec", fill_and_save(date(2027, 2, 6), "春节调休上班"))
    page.add_worked_btn.click()
    assert page.year.value() == 2027
    assert rows(page) == [("2027-02-06", "星期六", "调休上班", "春节调休上班")]
    assert demo.calendar.calendar().is_working_day(date(2027, 2, 6))


def test_removing_the_selected_day(gui, demo, admin):
    page = make_page(gui, demo, admin)
    row = next(i for i, r in enumerate(rows(page)) if r[0] == "2026-10-10")
    page.table.selectRow(row)
    assert page.remove_btn.isEnabled()
    page.remove_btn.click()
    assert "2026-10-10" not in [r[0] for r in rows(page)]
    assert not demo.calendar.calendar().is_working_day(date(2026, 10, 10))  # an ordinary Saturday again
    assert "调休上班 5 天" in page.summary.text()


def test_loading_the_official_arrangement_restores_it(gui, demo, admin, monkeypatch):
    page = make_page(gui, demo, admin)
    official = rows(page)
    demo.calendar.set_day(admin, date(2026, 11, 12), working=False, name="本地补休")
    demo.calendar.clear_day(admin, date(2026, 10, 1))
    page.reload()
    assert rows(page) != official
    asked = []
    monkeypatch.setattr(CalendarPage, "confirm_load", lambda self, year: asked.append(year) or False)
    page.official_btn.click()
    assert asked == [2026] and rows(page) != official  # declined: nothing changed
    monkeypatch.setattr(CalendarPage, "confirm_load", lambda self, year: True)
    page.official_btn.click()
    assert rows(page) == official
    assert not demo.calendar.calendar().is_working_day(date(2026, 10, 1))


def test_an_unknown_year_cannot_be_loaded(gui, demo, admin, monkeypatch):
    page = make_page(gui, demo, admin, year=2031)
    shown = []
    monkeypatch.setattr(calendar_page, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(CalendarPage, "confirm_load", lambda self, year: True)
    page.official_btn.click()
    assert len(shown) == 1 and getattr(shown[0], "field", None) == "year"
    assert rows(page) == []
