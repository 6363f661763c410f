"""My deadlines: planned sessions and investigations, follow-ups due, judicial-confirmation windows
closing and cases open too long — overdue first, then due soon, then later. A mediator sees their
own; the center head picks a mediator or everyone. Colour is never the only cue: each row says
how late or how near it is in words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.container import Services
from desk.services.mediation_work import Deadline
from desk.services.permissions import Actor, Perm
from desk.views.messages import show_error
from desk.views.page import page_layout
from desk.views.rows_model import RowsTableModel
from desk.views.tables import row_table

KIND_NAMES = {
    "session": QT_TRANSLATE_NOOP("DeadlinesModel", "Planned session"),
    "investigation": QT_TRANSLATE_NOOP("DeadlinesModel", "Planned investigation"),
    "follow_up": QT_TRANSLATE_NOOP("DeadlinesModel", "Follow-up due"),
    "judicial": QT_TRANSLATE_NOOP("DeadlinesModel", "Judicial confirmation deadline"),
    "open_too_long": QT_TRANSLATE_NOOP("DeadlinesModel", "Open too long"),
}
# text, background: red / amber / neutral; the words in the first column carry the same meaning
LEVEL_COLOURS = {"overdue": ("#b71c1c", "#fdecea"), "soon": ("#7a4b00", "#fff4ce")}
EVERYONE = -1


class DeadlinesModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("What"), self.tr("Case number"), self.tr("Due on"), self.tr("Details"))

    def kind_text(self, kind: str) -> str:
        source = KIND_NAMES.get(kind)
        return QCoreApplication.translate("DeadlinesModel", source) if source else kind

    def due_text(self, item: Deadline) -> str:
        """「已逾期 3 天」, 「今天到期」, 「2 天后到期」."""
        days = (item.due_on - self.today).days
        if days < 0:
            return self.tr("Overdue by %n day(s)", "", -days)
        if days == 0:
            return self.tr("Due today")
        return self.tr("Due in %n day(s)", "", days)

    def detail_text(self, item: Deadline) -> str:
        if item.kind == "follow_up":
            return self.tr("Check how the agreement is being performed (art. 31)")
        if item.kind == "judicial":
            return self.tr("Agreement took effect on {date}; the parties may apply to a court within 30 days "
                           "(art. 33)").format(date=item.detail)
        if item.kind == "open_too_long":
            return self.tr("Received on {date}").format(date=item.detail)
        return item.detail

    def text(self, row: Deadline, column: int) -> str:
        if column == 0:
            return self.due_text(row)
        if column == 1:
            return self.kind_text(row.kind)
        if column == 2:  # in everyone's list, whose case it is
            return f"{row.number} · {row.mediator}" if row.mediator else row.number
        if column == 3:
            return row.due_on.isoformat()
        return self.detail_text(row)

    def colour(self, row: Deadline, column: int) -> QColor | None:
        colours = LEVEL_COLOURS.get(row.level)
        return QColor(colours[0]) if colours and column == 0 else None

    def tooltip(self, row: Deadline, column: int) -> str | None:
        return self.detail_text(row) if column == 4 else None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.item(index.row())
            if role == Qt.BackgroundRole and row.level in LEVEL_COLOURS:
                return QBrush(QColor(LEVEL_COLOURS[row.level][1]))
            if role == Qt.FontRole and index.column() == 0 and row.level == "overdue":
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class MyDeadlinesPage(QWidget):
    detail_dialog = None  # the class, imported on first use (tests may replace it)

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.head = actor.can(Perm.MEDIATION_VIEW) and not actor.can(Perm.MEDIATION_EDIT)
        soon = services.settings.get("mediation.due_soon_days")
        title = self.tr("Deadlines of the mediators") if self.head else self.tr("My deadlines")
        lay = page_layout(self, title, self.tr(
            "Overdue first, then what is due within {days} days, then the next 30 days. "
            "Double-click or press Enter to open the case.").format(days=soon))
        row = QHBoxLayout()
        self.mediator = QComboBox()
        self.mediator.setMinimumWidth(160)
        if self.head:
            row.addWidget(QLabel(self.tr("Mediator")))
            self.mediator.addItem(self.tr("Everyone"), EVERYONE)
            for user_id, name in mediators(services, actor):
                self.mediator.addItem(name, user_id)
            row.addWidget(self.mediator)
            self.mediator.currentIndexChanged.connect(lambda _i: self.reload())
        else:
            self.mediator.hide()
        self.counts = QLabel()
        row.addWidget(self.counts, 1)
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.setToolTip("F5")
        self.refresh_btn.setShortcut("F5")
        self.refresh_btn.clicked.connect(self.reload)
        row.addWidget(self.refresh_btn)
        lay.addLayout(row)
        self.model = DeadlinesModel(self)
        self.table = row_table(self.model, (130, 150, 200, 110))
        self.table.activated.connect(lambda index: self.open_case(index.row()))  # double-click and Enter
        lay.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nothing is due in the next 30 days."))
        self.empty.setObjectName("hint")
        self.empty.hide()
        lay.addWidget(self.empty)
        self.reload()

    def mediator_id(self) -> int | None:
        """Whose deadlines: the signed-in mediator's, or the one the head picked (None: everyone)."""
        if not self.head:
            return self.actor.user_id
        value = self.mediator.currentData()
        return None if value in (None, EVERYONE) else value

    def reload(self) -> None:
        try:
            items = self.services.deadlines.for_mediator(self.actor, self.mediator_id())
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.today = self.services.case_work.today()
        self.model.set_rows(items)
        levels = [d.level for d in items]
        self.counts.setText(self.tr("Overdue: {overdue}   Due soon: {soon}   Later: {later}").format(
            overdue=levels.count("overdue"), soon=levels.count("soon"), later=levels.count("later")))
        self.empty.setVisible(not items)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():  # coming back to the page: what was done elsewhere shows
            self.reload()

    def open_case(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        dialog_class = self.detail_dialog
        if dialog_class is None:
            from desk.views.case_detail import CaseDetailDialog as dialog_class
        dialog_class(self.services, self.actor, self.model.item(row).case_id, self).exec()
        self.reload()


def mediators(services: Services, actor: Actor) -> list[tuple[int, str]]:
    """Active mediators (id, name) for the head's choice."""
    return [(m.id, m.name) for m in services.cases.mediators(actor) if m.active]


__all__ = ["DeadlinesModel", "MyDeadlinesPage", "mediators"]
