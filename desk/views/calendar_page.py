"""The working-day calendar: per year, the public holidays that fall on weekdays and the weekend days
worked in exchange (调休). Deadlines are counted on it. An administrator adds or removes single days,
or loads the State Council's published arrangement for a year the desk knows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.calendar import CalendarDay
from desk.services.container import Services
from desk.services.permissions import Actor
from desk.views.forms import FieldErrors
from desk.views.messages import confirm, show_error
from desk.views.page import page_layout
from desk.views.rows_model import RowsTableModel
from desk.views.tables import row_table

WEEKDAYS = (
    QT_TRANSLATE_NOOP("CalendarModel", "Monday"),
    QT_TRANSLATE_NOOP("CalendarModel", "Tuesday"),
    QT_TRANSLATE_NOOP("CalendarModel", "Wednesday"),
    QT_TRANSLATE_NOOP("CalendarModel", "Thursday"),
    QT_TRANSLATE_NOOP("CalendarModel", "Friday"),
    QT_TRANSLATE_NOOP("CalendarModel", "Saturday"),
    QT_TRANSLATE_NOOP("CalendarModel", "Sunday"),
)
WORKED_COLOUR = "#0b5394"  # worked weekend days stand apart from holidays; the kind column says it in words


def weekday_text(day: date) -> str:
    return QCoreApplication.translate("CalendarModel", WEEKDAYS[day.weekday()])


class CalendarModel(RowsTableModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Weekday"), self.tr("Kind"), self.tr("Name"))

    def text(self, row: CalendarDay, column: int) -> str:
        if column == 0:
            return row.day.isoformat()
        if column == 1:
            return weekday_text(row.day)
        if column == 2:
            return self.tr("Worked weekend day") if row.working else self.tr("Holiday")
        return row.name or ""

    def colour(self, row: CalendarDay, column: int) -> QColor | None:
        return QColor(WORKED_COLOUR) if row.working and column == 2 else None


class DayDialog(QDialog):
    """One exception: a holiday on a weekday (``working`` False) or a worked weekend day (True)."""

    def __init__(self, services: Services, actor: Actor, working: bool, year: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.working = services, actor, working
        self.result_day: date | None = None
        self.setWindowTitle(self.tr("Add a worked weekend day") if working else self.tr("Add a holiday"))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("A Saturday or Sunday worked in exchange for a holiday.") if working
                      else self.tr("A weekday off; weekends are off already."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        form = QFormLayout()
        self.errors = FieldErrors()
        today = date.today()
        start = today if today.year == year else date(year, 1, 1)
        self.day = QDateEdit(QDate(start))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.errors.add_row(form, self.tr("Date"), "day", self.day)
        self.weekday = QLabel()
        form.addRow(self.tr("Weekday"), self.weekday)
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.errors.add_row(form, self.tr("Name"), "name", self.name)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.day.dateChanged.connect(self._show_weekday)
        self._show_weekday()

    def chosen_day(self) -> date:
        return self.day.date().toPython()

    def _show_weekday(self) -> None:
        self.weekday.setText(weekday_text(self.chosen_day()))

    def save(self) -> bool:
        self.errors.clear()
        day = self.chosen_day()
        try:
            self.services.calendar.set_day(self.actor, day, self.working, self.name.text())
        except Exception as exc:
            self.errors.handle(self, exc)
            return False
        self.result_day = day
        self.accept()
        return True


class CalendarPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = page_layout(self, self.tr("Working-day calendar"), self.tr(
            "Monday to Friday are working days, except the holidays listed here; the weekend days listed "
            "as worked are working days. Deadlines are counted on this calendar."))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setMinimumWidth(90)
        top.addWidget(self.year)
        top.addSpacing(16)
        self.summary = QLabel()
        top.addWidget(self.summary, 1)
        lay.addLayout(top)
        self.model = CalendarModel(self)
        self.table = row_table(self.model, (130, 100, 140))
        lay.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_holiday_btn = QPushButton(self.tr("Add a holiday…"))
        self.add_worked_btn = QPushButton(self.tr("Add a worked weekend day…"))
        self.remove_btn = QPushButton(self.tr("Remove the selected day"))
        self.official_btn = QPushButton(self.tr("Load the State Council's arrangement"))
        self.official_btn.setToolTip(self.tr("Replaces this year's entries with the officially published "
                                             "holidays and worked weekend days."))
        self.add_holiday_btn.clicked.connect(lambda: self.add_day(False))
        self.add_worked_btn.clicked.connect(lambda: self.add_day(True))
        self.remove_btn.clicked.connect(self.remove_selected)
        self.official_btn.clicked.connect(self.load_official)
        for button in (self.add_holiday_btn, self.add_worked_btn, self.remove_btn):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.official_btn)
        lay.addLayout(buttons)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def selected_year(self) -> int:
        return self.year.value()

    def selected(self) -> CalendarDay | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        return self.model.item(rows[0].row())

    def reload(self, select: date | None = None) -> None:
        year = self.selected_year()
        try:
            days = self.services.calendar.year(year)
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(days)
        holidays = sum(not d.working for d in days)
        worked = len(days) - holidays
        if days:
            self.summary.setText(self.tr("{year}: {holidays} holiday day(s) on weekdays, {worked} weekend "
                                         "day(s) worked").format(year=year, holidays=holidays, worked=worked))
        elif year in self.services.calendar.known_years():
            self.summary.setText(self.tr("{year}: nothing entered — load the State Council's arrangement "
                                         "or add the days one by one.").format(year=year))
        else:
            self.summary.setText(self.tr("{year}: nothing entered — Monday to Friday count as working "
                                         "days.").format(year=year))
        if select is not None:
            row = next((i for i, d in enumerate(days) if d.day == select), -1)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_btn.setEnabled(self.selected() is not None)

    def make_dialog(self, working: bool) -> DayDialog:
        return DayDialog(self.services, self.actor, working, self.selected_year(), self)

    def add_day(self, working: bool) -> None:
        dialog = self.make_dialog(working)
        if dialog.exec() and dialog.result_day is not None:
            if dialog.result_day.year != self.selected_year():
                self.year.setValue(dialog.result_day.year)  # reloads
            self.reload(select=dialog.result_day)

    def remove_selected(self) -> None:
        day = self.selected()
        if day is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        try:
            self.services.calendar.clear_day(self.actor, day.day)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def confirm_load(self, year: int) -> bool:
        return confirm(self, self.tr("Load the official arrangement"), self.tr(
            "Replace every entry of {year} with the holidays and worked weekend days published by the "
            "State Council? Days added by hand for {year} are removed.").format(year=year))

    def load_official(self) -> None:
        year = self.selected_year()
        if year not in self.services.calendar.known_years():
            try:
                self.services.calendar.load_official(self.actor, year)  # explains in the service's words
            except Exception as exc:
                show_error(self, exc)
            return
        if not self.confirm_load(year):
            return
        try:
            self.services.calendar.load_official(self.actor, year)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()


__all__ = ["CalendarModel", "CalendarPage", "DayDialog"]
