"""概况: the facts and parties of a case (masked until someone whose role needs it asks to see them,
audited), its mediator, correcting the facts and parties while mediation runs, and the registration
form and application to print."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.services.mediation_detail import CaseDetail, case_detail
from desk.services.mediation_work import WorkSummary
from desk.services.permissions import Perm
from desk.views.case_labels import kind_name, role_name, sex_name, source_name
from desk.views.case_tab import CaseTab, wrapped


class CaseOverviewTab(CaseTab):
    def __init__(self, view) -> None:
        super().__init__(view)
        lay = QVBoxLayout(self)
        facts = QGroupBox(self.tr("The dispute"))
        self.facts = QGridLayout(facts)
        self.facts.setHorizontalSpacing(14)
        self.facts.setColumnStretch(1, 1)
        self.facts.setColumnStretch(3, 1)
        lay.addWidget(facts)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Mediator")))
        self.mediator = QComboBox()
        self.mediator.setMinimumWidth(160)
        row.addWidget(self.mediator)
        self.assign_btn = QPushButton(self.tr("Assign"))
        self.assign_btn.clicked.connect(self.assign)
        row.addWidget(self.assign_btn)
        self.show_edit(self.assign_btn)
        self.mediator.setEnabled(self.can_edit)
        note = QLabel(self.tr("The parties may choose or accept the mediator (art. 23)."))
        note.setObjectName("hint")
        row.addWidget(note)
        row.addStretch(1)
        self.edit_btn = QPushButton(self.tr("Correct facts and parties…"))
        self.edit_btn.setToolTip(self.tr("A typo, or particulars the agreement needs that were not typed at intake; "
                                         "possible until mediation ends."))
        self.edit_btn.clicked.connect(self.edit_case)
        row.addWidget(self.edit_btn)
        self.show_edit(self.edit_btn)
        lay.addLayout(row)

        people = QGroupBox(self.tr("Parties"))
        v = QVBoxLayout(people)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            self.tr("Role"), self.tr("Kind"), self.tr("Name"), self.tr("Sex"), self.tr("Ethnicity"),
            self.tr("Born"), self.tr("ID number / credit code"), self.tr("Phone"), self.tr("Address")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        v.addWidget(self.table)
        buttons = QHBoxLayout()
        self.reveal_btn = QPushButton(self.tr("Show full ID numbers and phones (recorded in the audit trail)"))
        self.reveal_btn.setVisible(self.actor.can(Perm.PERSONAL_DATA_UNMASK))
        self.reveal_btn.clicked.connect(lambda: self.load(reveal=True))
        buttons.addWidget(self.reveal_btn)
        buttons.addStretch(1)
        self.application_btn = QPushButton(self.tr("Print the application…"))
        self.application_btn.clicked.connect(
            lambda: self.view.print_document(self.application_btn, "application", self.case_id))
        self.print_btn = QPushButton(self.tr("Print the registration form…"))
        self.print_btn.clicked.connect(self.view.print_registration)
        for b in (self.application_btn, self.print_btn):
            b.setVisible(self.actor.can(Perm.PERSONAL_DATA_UNMASK))  # both carry full ID numbers
            buttons.addWidget(b)
        v.addLayout(buttons)
        lay.addWidget(people, 1)

    # --- facts and parties --------------------------------------------------------------------
    def load(self, reveal: bool = False) -> CaseDetail | None:
        try:
            detail = case_detail(self.services.db, self.actor, self.case_id, reveal)
        except Exception as exc:
            self.view.report(exc)
            return None
        self.view.detail = detail
        self.show_detail(detail)
        self.view.show_header()
        return detail

    def show_detail(self, detail: CaseDetail) -> None:
        while self.facts.count():
            item = self.facts.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        flags = [self.tr("mass dispute")] if detail.mass_dispute else []
        if detail.escalation_risk:
            flags.append(self.tr("risk of escalation: {note}").format(note=detail.escalation_note or "—"))
        pairs = (
            (self.tr("Received"), detail.received_on.isoformat()), (self.tr("Source"), source_name(detail.source)),
            (self.tr("Category"), detail.category),
            (self.tr("Place"), " ".join(x for x in (detail.grid, detail.place) if x) or "—"),
            (self.tr("Amount involved"), self.tr("{yuan} yuan").format(yuan=f"{detail.amount_cents / 100:,.2f}")),
            (self.tr("People involved"), str(detail.people_count)))
        for i, (label, value) in enumerate(pairs):
            self.facts.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            self.facts.addWidget(wrapped(value), i // 2, (i % 2) * 2 + 1)
        row = (len(pairs) + 1) // 2
        for label, value in ((self.tr("Summary"), detail.summary), (self.tr("Flags"), "; ".join(flags) or "—")):
            self.facts.addWidget(QLabel(label), row, 0)
            text = wrapped(value)
            if flags and label == self.tr("Flags"):
                text.setStyleSheet("color: #c62828;")
            self.facts.addWidget(text, row, 1, 1, 3)
            row += 1
        self.table.setRowCount(len(detail.parties))
        for r, p in enumerate(detail.parties):
            cells = (role_name(p.role), kind_name(p.kind), p.name, sex_name(p.sex), p.ethnicity,
                     p.birth_date.isoformat() if p.birth_date else "", p.id_number, p.phone, p.address)
            for c, value in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.reveal_btn.setEnabled(not detail.revealed)
        self.application_btn.setVisible(detail.source == "application" and self.actor.can(Perm.PERSONAL_DATA_UNMASK))

    # --- mediator -----------------------------------------------------------------------------
    def refresh(self, summary: WorkSummary) -> None:
        self.mediator.blockSignals(True)
        self.mediator.clear()
        people = [(m.id, m.name) for m in self.services.cases.mediators(self.actor) if m.active] if self.can_edit else []
        if summary.mediator_id is not None and summary.mediator_id not in {i for i, _n in people}:
            people.insert(0, (summary.mediator_id, summary.mediator_name or "—"))
        if summary.mediator_id is None:
            self.mediator.addItem(self.tr("Not assigned"), None)
        for user_id, name in people:
            self.mediator.addItem(name, user_id)
        self.mediator.setCurrentIndex(max(0, self.mediator.findData(summary.mediator_id)))
        self.mediator.blockSignals(False)
        self.mediator.setEnabled(self.can_edit and self.is_open(summary))
        self.assign_btn.setEnabled(self.can_edit and self.is_open(summary))
        self.edit_btn.setEnabled(self.can_edit and self.is_open(summary))

    # --- correcting the facts and parties ------------------------------------------------------
    def edit_case(self) -> None:
        from desk.views.case_edit_dialog import CaseEditDialog

        try:
            dialog = CaseEditDialog(self.services, self.actor, self.case_id, self.view)
        except Exception as exc:
            self.view.report(exc)
            return
        if self.view.run_dialog(dialog):
            self.load()
            self.view.reload()

    def assign(self) -> None:
        user_id = self.mediator.currentData()
        if user_id is None:
            return
        self.call(lambda: self.services.case_work.assign_mediator(self.actor, self.case_id, user_id))
