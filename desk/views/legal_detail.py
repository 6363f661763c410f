"""Read-only views of one consultation and of one notary application, opened from the cross search
and the lawyer's day list. ID numbers and phones are masked; a role that may see them has a button
to show them (audited by the service)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.views.legal_labels import CHANNELS, SEXES, name, notary_state_name, referral_text
from desk.views.messages import show_error


class _RecordDialog(QDialog):
    """A heading, the record's lines in a scrolling form, and a row of buttons."""

    def __init__(self, services: Services, actor: Actor, record_id: str, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.record_id = services, actor, record_id
        self.resize(680, 620)
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        lay.addWidget(self.heading)
        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(body)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        lay.addWidget(scroll, 1)
        self.actions = QHBoxLayout()
        self.reveal_btn = QPushButton(self.tr("Show ID numbers and phones"))
        self.reveal_btn.setToolTip(self.tr("Shown in full for this view only; the audit trail records it."))
        self.reveal_btn.clicked.connect(lambda: self.reload(reveal=True))
        self.actions.addWidget(self.reveal_btn)
        self.actions.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.actions.addWidget(close)
        lay.addLayout(self.actions)
        self.revealed = False

    def _lines(self, rows: list[tuple[str, str]]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for label, value in rows:
            if value:
                text = QLabel(value)
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextSelectableByMouse)
                self.form.addRow(label, text)

    def text_of(self, label: str) -> str:
        """The value shown on the line ``label`` ("" when the line is not shown); for tests."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.LabelRole)
            if item is not None and item.widget().text() == label:
                return self.form.itemAt(row, QFormLayout.FieldRole).widget().text()
        return ""

    def reload(self, reveal: bool = False) -> bool:
        raise NotImplementedError


class ConsultationDetailDialog(_RecordDialog):
    preview_dialog = None  # the print preview's class (tests may replace it)

    def __init__(self, services: Services, actor: Actor, consultation_id: str, parent=None) -> None:
        super().__init__(services, actor, consultation_id, parent)
        self.setWindowTitle(self.tr("Consultation"))
        self.print_btn = QPushButton(self.tr("Print registration form"))
        self.print_btn.clicked.connect(self.print_form)
        self.print_btn.setVisible(actor.can(Perm.CONSULT_VIEW))
        self.actions.insertWidget(1, self.print_btn)
        self.reload()

    def reload(self, reveal: bool = False) -> bool:
        try:
            d = self.services.consultations.detail(self.actor, self.record_id, reveal=reveal)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.detail, self.revealed = d, d.revealed
        r = d.row
        self.heading.setText(self.tr("Consultation {number}").format(number=r.number))
        person = self.tr("Anonymous") if d.anonymous else d.name
        self._lines([
            (self.tr("Date and time"), f"{r.at:%Y-%m-%d %H:%M}"),
            (self.tr("Duty lawyer"), r.lawyer_name),
            (self.tr("How asked"), name(CHANNELS, r.channel)),
            (self.tr("Queue ticket"), d.ticket_number),
            (self.tr("Person"), person),
            (self.tr("Sex"), name(SEXES, d.sex) if d.sex else ""),
            (self.tr("ID number"), d.id_number),
            (self.tr("Phone"), d.phone),
            (self.tr("Address"), d.address),
            (self.tr("Category"), r.category),
            (self.tr("Question"), r.question),
            (self.tr("Advice given"), d.advice),
            (self.tr("Time spent"), self.tr("{n} minutes").format(n=r.minutes)),
            (self.tr("Referred to"), referral_text(r.referral, d.referral_to, r.case_number)),
            (self.tr("Referral note"), d.referral_note),
        ])
        self.reveal_btn.setVisible(self.actor.can(Perm.PERSONAL_DATA_UNMASK) and not d.revealed
                                   and bool(d.id_number or d.phone))
        return True

    def print_form(self) -> None:
        from desk.views.legal_printing import print_legal_document

        print_legal_document(self, self.services, self.actor, "consultation-form", self.record_id,
                             self.preview_dialog)


class NotaryIntakeDetailDialog(_RecordDialog):
    def __init__(self, services: Services, actor: Actor, intake_id: str, parent=None) -> None:
        super().__init__(services, actor, intake_id, parent)
        self.setWindowTitle(self.tr("Notary application"))
        self.reload()

    def reload(self, reveal: bool = False) -> bool:
        try:
            d = self.services.notary.detail(self.actor, self.record_id, reveal=reveal)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.detail, self.revealed = d, d.revealed
        r = d.row
        self.heading.setText(self.tr("Notary application {number} · {state}").format(
            number=r.number, state=notary_state_name(r.state)))
        people = "\n".join("  ".join(t for t in (a.name, name(SEXES, a.sex) if a.sex else "", a.id_number, a.phone,
                                                 a.address) if t) for a in d.applicants)
        missing = "、".join(d.missing_materials)
        if d.missing_note:
            missing = f"{missing}；{d.missing_note}" if missing else d.missing_note
        materials = "\n".join(f"{m.name}：{self._material(m.status)}" for m in d.materials)
        forwarded = ""
        if d.forwarded_on:
            forwarded = " · ".join(t for t in (d.forwarded_on.isoformat(), d.office, r.batch_number) if t)
        self._lines([
            (self.tr("Matter"), r.matter_name),
            (self.tr("Applicants"), people),
            (self.tr("Received"), r.received_on.isoformat()),
            (self.tr("Expected back"), r.expected_on.isoformat()),
            (self.tr("Purpose"), d.purpose),
            (self.tr("Country of use"), d.use_country),
            (self.tr("Copies"), str(d.copies)),
            (self.tr("Materials"), materials),
            (self.tr("Still missing"), missing),
            (self.tr("Taken in by"), d.clerk_name),
            (self.tr("Queue ticket"), d.ticket_number),
            (self.tr("Forwarded"), forwarded),
            (self.tr("Accepted by the office"), " · ".join(
                t for t in (d.accepted_on.isoformat() if d.accepted_on else "", d.office_ref) if t)),
            (self.tr("Certificate"), " · ".join(
                t for t in (d.certificate_no, d.issued_on.isoformat() if d.issued_on else "") if t)),
            (self.tr("Keep for pickup until"), d.pickup_until.isoformat() if d.pickup_until else ""),
            (self.tr("Collected"), " · ".join(
                t for t in (d.collected_on.isoformat() if d.collected_on else "", d.collected_by) if t)),
            (self.tr("Reason for withdrawal"), d.withdraw_reason),
        ])
        self.reveal_btn.setVisible(self.actor.can(Perm.PERSONAL_DATA_UNMASK) and not d.revealed
                                   and any(a.id_number or a.phone for a in d.applicants))
        return True

    def _material(self, status: str) -> str:
        try:
            from desk.views.notary_labels import material_state_name
        except ImportError:  # the notary screens are not part of this build
            return status
        return material_state_name(status)
