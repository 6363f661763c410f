"""Police referrals (公调对接): letters from police stations and cases transferred to them, newest
first, with the deadline each is held to in red (overdue) or yellow (due soon)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.services.referrals import ReferralRow
from desk.views.due_rows_model import DueRowsModel
from desk.views.linkage_labels import DIRECTIONS, ORIGINS, STATES, due_text, name
from desk.views.messages import show_error
from desk.views.page import page_layout
from desk.views.tables import row_table


class ReferralsModel(DueRowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Deadline"), self.tr("State"), self.tr("Incident number"), self.tr("Police station"),
                self.tr("Parties"), self.tr("Received"), self.tr("Case number"), self.tr("Direction"),
                self.tr("Origin"))

    def text(self, row: ReferralRow, column: int) -> str:
        return (due_text(row.due), name(STATES, row.state), row.incident_no, row.station, row.parties,
                row.received_on.isoformat(), row.case_number, name(DIRECTIONS, row.direction),
                name(ORIGINS, row.origin))[column]

    def tooltip(self, row: ReferralRow, column: int) -> str | None:
        return row.summary if column == 4 else None


class ReferralListPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = page_layout(self, self.tr("Police referrals"), self.tr(
            "Disputes handed over by police stations, and cases sent to police because they may escalate "
            "(art. 25). Red: overdue; yellow: due soon. Double-click or press Enter to open one."))
        row = QHBoxLayout()
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Both directions"), None)
        for code in DIRECTIONS:
            self.direction.addItem(name(DIRECTIONS, code), code)
        self.direction.currentIndexChanged.connect(lambda _i: self.reload())
        row.addWidget(self.direction)
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.toggled.connect(lambda _on: self.reload())
        row.addWidget(self.open_only)
        self.counts = QLabel()
        row.addWidget(self.counts, 1)
        self.new_btn = QPushButton(self.tr("Register a paper letter…"))
        self.new_btn.setVisible(actor.can(Perm.LINKAGE_RECEIVE))
        self.new_btn.clicked.connect(self.register)
        row.addWidget(self.new_btn)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setShortcut("F5")
        refresh.clicked.connect(self.reload)
        row.addWidget(refresh)
        lay.addLayout(row)
        self.model = ReferralsModel(self)
        self.table = row_table(self.model, (270, 120, 150, 130, 150, 100, 150, 110))
        self.table.activated.connect(lambda index: self.open(index.row()))
        lay.addWidget(self.table, 1)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        try:
            rows = self.services.referrals.list(self.actor, self.direction.currentData(), self.open_only.isChecked())
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        levels = [r.due.level for r in rows if r.due]
        self.counts.setText(self.tr("Overdue: {overdue}   Due soon: {soon}").format(
            overdue=levels.count("overdue"), soon=levels.count("soon")))
        if select_id and (i := self.model.row_of(select_id)) >= 0:
            self.table.selectRow(i)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def register(self) -> None:
        from desk.views.referral_form import ReferralFormDialog

        dialog = ReferralFormDialog(self.services, self.actor, self)
        if dialog.exec():
            self.reload(dialog.result_id)

    def open(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        from desk.views.referral_detail import ReferralDetailDialog

        referral_id = self.model.item(row).id
        ReferralDetailDialog(self.services, self.actor, referral_id, self).exec()
        self.reload(referral_id)
