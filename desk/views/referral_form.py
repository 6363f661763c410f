"""Type in a police referral from the paper letter (offline, or before sync brings it): the letter's
facts and up to four parties. Whatever is refused is shown under its field; nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.services.referrals import ReferralInput, ReferralPartyInput
from desk.views.forms import FieldErrors
from desk.views.linkage_labels import PARTY_ROLES, name

PARTY_ROWS = 4


class ReferralFormDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.result_id: str | None = None
        self.setWindowTitle(self.tr("Register a police referral from the paper letter"))
        self.resize(760, 680)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.incident_no = self.errors.add_row(form, self.tr("Incident number"), "incident_no", QLineEdit())
        self.station = self.errors.add_row(form, self.tr("Police station"), "station", QLineEdit())
        self.officer = self.errors.add_row(form, self.tr("Officer"), "officer", QLineEdit())
        self.officer_phone = self.errors.add_row(form, self.tr("Officer's phone"), "officer_phone", QLineEdit())
        today = QDate.fromString(services.referrals.today().isoformat(), "yyyy-MM-dd")
        self.referred_on = self.errors.add_row(form, self.tr("Letter dated"), "referred_on", QDateEdit(today))
        self.received_on = self.errors.add_row(form, self.tr("Received on"), "received_on", QDateEdit(today))
        for edit in (self.referred_on, self.received_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.category = QComboBox()
        self.category.addItem(self.tr("(decide when accepting)"), "")
        for entry in services.dictionaries.entries("dispute_category"):
            self.category.addItem(entry.label, entry.code)
        self.errors.add_row(form, self.tr("Kind of dispute"), "category_code", self.category)
        self.place = self.errors.add_row(form, self.tr("Place"), "place", QLineEdit())
        self.summary = self.errors.add_row(form, self.tr("Summary"), "summary", QPlainTextEdit())
        self.opinion = self.errors.add_row(form, self.tr("Police opinion"), "police_opinion", QPlainTextEdit())
        for edit in (self.summary, self.opinion):
            edit.setFixedHeight(64)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Parties (name, phone, ID number, address)")))
        grid = QGridLayout()
        self.parties: list[tuple[QComboBox, QLineEdit, QLineEdit, QLineEdit, QLineEdit]] = []
        self.party_error = QLabel()
        self.party_error.setObjectName("fieldError")
        self.party_error.setWordWrap(True)
        self.party_error.hide()
        for i in range(PARTY_ROWS):
            role = QComboBox()
            for code in PARTY_ROLES:
                role.addItem(name(PARTY_ROLES, code), code)
            role.setCurrentIndex(0 if i == 0 else 1)
            fields = (QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit())
            for edit, hint in zip(fields, (self.tr("Name"), self.tr("Phone"), self.tr("ID number"), self.tr("Address"))):
                edit.setPlaceholderText(hint)
            for column, widget in enumerate((role, *fields)):
                grid.addWidget(widget, i, column)
            self.parties.append((role, *fields))
        holder = QWidget()
        holder.setLayout(grid)
        lay.addWidget(holder)
        lay.addWidget(self.party_error)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def data(self) -> ReferralInput:
        return ReferralInput(
            incident_no=self.incident_no.text(), station=self.station.text(), officer=self.officer.text(),
            officer_phone=self.officer_phone.text(), referred_on=self.referred_on.date().toPython(),
            received_on=self.received_on.date().toPython(), category_code=self.category.currentData() or "",
            summary=self.summary.toPlainText(), police_opinion=self.opinion.toPlainText(), place=self.place.text(),
            parties=[ReferralPartyInput(role.currentData(), n.text(), phone=phone.text(), id_number=ident.text(),
                                        address=address.text())
                     for role, n, phone, ident, address in self.parties])

    def save(self) -> bool:
        self.errors.clear()
        self.party_error.hide()
        try:
            self.result_id = self.services.referrals.receive_referral(self.actor, self.data(), origin="paper")
        except Exception as exc:
            if not self.errors.show(exc):
                from desk.views.messages import error_text, show_error

                if getattr(exc, "field", "").startswith("parties"):
                    self.party_error.setText(error_text(exc))
                    self.party_error.show()
                else:
                    show_error(self, exc)
            return False
        self.accept()
        return True
