"""A case opened from the list: its facts and parties. ID numbers and phones stay masked until
someone whose role needs them asks to see them (audited)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.services.container import Services
from desk.services.mediation_detail import CaseDetail, case_detail
from desk.services.permissions import Actor, Perm
from desk.views.case_labels import kind_name, role_name, sex_name, source_name, status_name
from desk.views.messages import show_error


class CaseDetailDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, case_id: str, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case_id = services, actor, case_id
        self.resize(980, 640)
        lay = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        lay.addWidget(self.title)
        facts = QGroupBox(self.tr("The dispute"))
        self.form = QFormLayout(facts)
        lay.addWidget(facts)
        people = QGroupBox(self.tr("Parties"))
        v = QVBoxLayout(people)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            self.tr("Role"), self.tr("Kind"), self.tr("Name"), self.tr("Sex"), self.tr("Ethnicity"),
            self.tr("Born"), self.tr("ID number / credit code"), self.tr("Phone"), self.tr("Address")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        v.addWidget(self.table)
        row = QHBoxLayout()
        self.reveal_btn = QPushButton(self.tr("Show full ID numbers and phones (recorded in the audit trail)"))
        self.reveal_btn.setVisible(actor.can(Perm.PERSONAL_DATA_UNMASK))
        self.reveal_btn.clicked.connect(lambda: self.load(reveal=True))
        row.addWidget(self.reveal_btn)
        row.addStretch(1)
        self.print_btn = QPushButton(self.tr("Print the registration form…"))
        self.print_btn.setVisible(actor.can(Perm.PERSONAL_DATA_UNMASK))
        self.print_btn.clicked.connect(self.print_registration)
        row.addWidget(self.print_btn)
        v.addLayout(row)
        lay.addWidget(people, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.load()

    def print_registration(self) -> None:
        """人民调解受理登记表 in the preview, from where it is printed or saved (both audited)."""
        from desk.services.documents import case_registration
        from desk.views.operations import run_op
        from desk.views.print_preview import PdfPreviewDialog

        self.print_btn.setEnabled(False)

        def done(doc) -> None:
            self.print_btn.setEnabled(True)
            PdfPreviewDialog(self.services, self.actor, doc, self).open()

        def failed(exc) -> None:
            self.print_btn.setEnabled(True)
            show_error(self, exc)

        run_op(self, lambda: case_registration(self.services.documents, self.actor, self.case_id), done, failed)

    def load(self, reveal: bool = False) -> CaseDetail | None:
        try:
            detail = case_detail(self.services.db, self.actor, self.case_id, reveal)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.detail = detail
        self.setWindowTitle(detail.number)
        self.title.setText(f"{detail.number}  ·  {status_name(detail.status)}")
        while self.form.rowCount():
            self.form.removeRow(0)
        flags = [self.tr("mass dispute")] if detail.mass_dispute else []
        if detail.escalation_risk:
            flags.append(self.tr("risk of escalation: {note}").format(note=detail.escalation_note or "—"))
        for label, value in (
            (self.tr("Received"), detail.received_on.isoformat()), (self.tr("Source"), source_name(detail.source)),
            (self.tr("Category"), detail.category), (self.tr("Summary"), detail.summary),
            (self.tr("Place"), " ".join(x for x in (detail.grid, detail.place) if x)),
            (self.tr("Amount involved"), self.tr("{yuan} yuan").format(yuan=f"{detail.amount_cents / 100:,.2f}")),
            (self.tr("People involved"), str(detail.people_count)), (self.tr("Flags"), "; ".join(flags) or "—")):
            text = QLabel(value)
            text.setWordWrap(True)
            self.form.addRow(label, text)
        self.table.setRowCount(len(detail.parties))
        for r, p in enumerate(detail.parties):
            cells = (role_name(p.role), kind_name(p.kind), p.name, sex_name(p.sex), p.ethnicity,
                     p.birth_date.isoformat() if p.birth_date else "", p.id_number, p.phone, p.address)
            for c, value in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.reveal_btn.setEnabled(not detail.revealed)
        return detail
