"""Referring a consultation: to people's mediation (the other party and the kind of dispute, so the
case can be registered with the person who asked as applicant), and, for a consultation already
logged, to legal aid, mediation, litigation or another department."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.consultation import REFERRALS
from desk.services.consultations import ConsultationRow, MediationReferral, RegisteredConsultation
from desk.services.container import Services
from desk.services.permissions import Actor
from desk.validation import parse_mobile
from desk.views.forms import FieldErrors, fit_height
from desk.views.legal_labels import REFERRALS as REFERRAL_NAMES
from desk.views.legal_labels import name
from desk.views.messages import show_error

# the mediation case's respondent (parties.1) under the dialog's own fields
RESPONDENT_FIELDS = {"parties.1.name": "respondent_name", "parties.1.phone": "respondent_phone",
                     "parties.1.address": "respondent_address"}


class MediationFields(QWidget):
    """The other party of the dispute, its kind and (optionally) a summary for the mediation case."""

    def __init__(self, services: Services, prefill: MediationReferral | None = None, question: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.respondent_name = self.errors.add_row(form, self.tr("Other party"), "respondent_name", QLineEdit())
        self.respondent_name.setMaxLength(100)
        self.respondent_name.setPlaceholderText(self.tr("Name of the person or organisation"))
        self.respondent_phone = self.errors.add_row(form, self.tr("Their phone"), "respondent_phone", QLineEdit())
        self.respondent_phone.setPlaceholderText(self.tr("Mobile number, if known"))
        self.respondent_address = self.errors.add_row(form, self.tr("Their address"), "respondent_address",
                                                      QLineEdit())
        self.respondent_address.setMaxLength(200)
        self.category = QComboBox()
        self.category.addItem(self.tr("Choose…"), "")
        for entry in services.dictionaries.entries("dispute_category"):
            self.category.addItem(entry.label, entry.code)
        self.errors.add_row(form, self.tr("Kind of dispute"), "category_code", self.category)
        self.summary = self.errors.add_row(form, self.tr("Summary"), "summary", QPlainTextEdit())
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(72)
        self.summary.setPlaceholderText(self.tr("Empty: the question asked is used"))
        if question:
            self.summary.setToolTip(question)
        if prefill is not None:
            self.respondent_name.setText(prefill.respondent_name)
            self.respondent_phone.setText(prefill.respondent_phone)
            self.respondent_address.setText(prefill.respondent_address)
            self.category.setCurrentIndex(max(0, self.category.findData(prefill.category_code)))
            self.summary.setPlainText(prefill.summary)

    def value(self) -> MediationReferral:
        return MediationReferral(
            respondent_name=self.respondent_name.text(), respondent_phone=self.respondent_phone.text(),
            respondent_address=self.respondent_address.text(), category_code=self.category.currentData() or "",
            summary=self.summary.toPlainText())

    def check(self) -> bool:
        """What the case needs before anything is saved: the other party and the kind of dispute."""
        self.errors.clear()
        problems = []
        if not self.respondent_name.text().strip():
            problems.append(ValidationError("respondent_name", QT_TRANSLATE_NOOP(
                "Errors", "Enter the other party of the dispute: mediation needs someone to mediate with.")))
        if self.respondent_phone.text().strip():
            try:
                parse_mobile(self.respondent_phone.text(), "respondent_phone")
            except ValidationError as exc:
                problems.append(exc)
        if not self.category.currentData():
            problems.append(ValidationError("category_code", QT_TRANSLATE_NOOP(
                "Errors", "Choose the kind of dispute.")))
        for exc in reversed(problems):  # the first problem ends up with the focus
            self.errors.show(exc)
        return not problems

    def show_error(self, exc: BaseException) -> bool:
        """Show a service's refusal under its field here; False when it is not about these fields."""
        if isinstance(exc, ValidationError) and exc.field in RESPONDENT_FIELDS:
            exc = ValidationError(RESPONDENT_FIELDS[exc.field], exc.message, **exc.params)
        return self.errors.show(exc)


class MediationReferralDialog(QDialog):
    """Asked when a consultation is saved with the referral "people's mediation"."""

    def __init__(self, services: Services, applicant: str, prefill: MediationReferral | None = None,
                 question: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refer to people's mediation"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        self.note = QLabel(self.tr("Saving the consultation registers a mediation case with {name} as the "
                                   "applicant. Who is the dispute with?").format(name=applicant))
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.fields = MediationFields(services, prefill, question)
        lay.addWidget(self.fields)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Save and register the case"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.fields.respondent_name.setFocus()

    def value(self) -> MediationReferral:
        return self.fields.value()

    def save(self) -> bool:
        if not self.fields.check():
            fit_height(self)
            return False
        self.accept()
        return True


class ReferDialog(QDialog):
    """Refer a consultation already logged (the person came back, or the lawyer decided later)."""

    def __init__(self, services: Services, actor: Actor, row: ConsultationRow, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.row = services, actor, row
        self.registered: RegisteredConsultation | None = None
        self.setWindowTitle(self.tr("Refer consultation {number}").format(number=row.number))
        self.setMinimumWidth(580)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.referral = QComboBox()
        for code in REFERRALS:
            if code:
                self.referral.addItem(name(REFERRAL_NAMES, code), code)
        if row.referral:
            self.referral.setCurrentIndex(max(0, self.referral.findData(row.referral)))
        self.errors.add_row(form, self.tr("Refer to"), "referral", self.referral)
        self.referral_to = self.errors.add_row(form, self.tr("Department, court or centre"), "referral_to",
                                               QLineEdit())
        self.referral_to.setMaxLength(100)
        self.note = self.errors.add_row(form, self.tr("Note"), "referral_note", QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        lay.addLayout(form)
        self.mediation_box = QGroupBox(self.tr("The mediation case"))
        box = QVBoxLayout(self.mediation_box)
        self.mediation = MediationFields(services, question=row.question)
        box.addWidget(self.mediation)
        lay.addWidget(self.mediation_box)
        lay.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.referral.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        self.referral.setFocus()

    def _kind_changed(self) -> None:
        mediation = self.referral.currentData() == "mediation"
        self.mediation_box.setVisible(mediation)
        self.referral_to.setPlaceholderText(
            self.tr("Required: the department the person was sent to") if self.referral.currentData() == "department"
            else self.tr("Optional"))
        self.adjustSize()

    def save(self) -> bool:
        self.errors.clear()
        referral = self.referral.currentData()
        mediation = None
        if referral == "mediation":
            if not self.mediation.check():
                fit_height(self)
                return False
            mediation = self.mediation.value()
        try:
            self.registered = self.services.consultations.refer(
                self.actor, self.row.id, referral, self.referral_to.text(), self.note.toPlainText(), mediation)
        except Exception as exc:
            if not (self.errors.show(exc) or (mediation is not None and self.mediation.show_error(exc))):
                show_error(self, exc)
            fit_height(self)
            return False
        self.accept()
        return True
