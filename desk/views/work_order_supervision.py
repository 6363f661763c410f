"""Supervision of work orders for the center head (督办): overdue and due-soon orders now, returns and
the on-time rate of the chosen month, and the police-referral figures beside them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.views.messages import show_error
from desk.views.page import page_layout
from desk.views.tables import row_table
from desk.views.work_order_list import WorkOrdersModel


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class SupervisionPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = page_layout(self, self.tr("Work-order supervision"), self.tr(
            "Overdue and due-soon orders as of today; returns, completions and the on-time rate of the period."))
        row = QHBoxLayout()
        today = services.work_orders.today()
        self.date_from = QDateEdit(_qdate(today.replace(day=1)))
        self.date_to = QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.reload())
        row.addWidget(QLabel(self.tr("Period")))
        row.addWidget(self.date_from)
        row.addWidget(QLabel("—"))
        row.addWidget(self.date_to)
        row.addStretch(1)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setShortcut("F5")
        refresh.clicked.connect(self.reload)
        row.addWidget(refresh)
        lay.addLayout(row)
        figures = QGridLayout()
        self.figure_labels: dict[str, QLabel] = {}
        captions = (("overdue", self.tr("Overdue")), ("soon", self.tr("Due soon")), ("returned", self.tr("Returns")),
                    ("rate", self.tr("On-time rate")), ("referrals", self.tr("Referrals received / accepted / succeeded")),
                    ("feedback", self.tr("Average working days to feedback")))
        for i, (key, caption) in enumerate(captions):
            value = QLabel("—")
            value.setObjectName("figure")
            value.setStyleSheet("font-size: 20px; font-weight: bold;")
            label = QLabel(caption)
            label.setWordWrap(True)
            figures.addWidget(label, 0, i)
            figures.addWidget(value, 1, i)
            self.figure_labels[key] = value
        lay.addLayout(figures)
        self.sections: dict[str, WorkOrdersModel] = {}
        for key, title in (("overdue", self.tr("Overdue")), ("soon", self.tr("Due soon")),
                           ("returned", self.tr("Returns asked or granted"))):
            lay.addWidget(QLabel(title))
            model = WorkOrdersModel(self)
            table = row_table(model, (270, 130, 150, 100, 100, 300, 100))
            table.setMinimumHeight(110)
            lay.addWidget(table, 1)
            self.sections[key] = model
        self.reload()

    def period(self) -> tuple[date, date]:
        a, b = self.date_from.date().toPython(), self.date_to.date().toPython()
        return (a, b) if a <= b else (b, a)

    def reload(self) -> None:
        a, b = self.period()
        try:
            sup = self.services.work_orders.supervision(self.actor, a, b)
            fig = self.services.linkage_figures.figures(self.actor, a, b)
        except Exception as exc:
            show_error(self, exc)
            return
        for key in ("overdue", "soon", "returned"):
            rows = getattr(sup, key)
            self.sections[key].set_rows(rows)
            self.figure_labels[key].setText(str(len(rows)))
        self.figure_labels["overdue"].setStyleSheet("font-size: 20px; font-weight: bold; color: #b71c1c;")
        self.figure_labels["soon"].setStyleSheet("font-size: 20px; font-weight: bold; color: #7a4b00;")
        rate = sup.on_time_rate
        self.figure_labels["rate"].setText(self.tr("{rate:.1f}% ({on_time} of {completed})").format(
            rate=rate * 100, on_time=sup.on_time, completed=sup.completed) if rate is not None else "—")
        self.figure_labels["referrals"].setText(
            f"{fig.referrals_received} / {fig.referrals_accepted} / {fig.referrals_succeeded}")
        self.figure_labels["feedback"].setText(
            f"{fig.avg_days_to_feedback:.1f}" if fig.avg_days_to_feedback is not None else "—")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()
