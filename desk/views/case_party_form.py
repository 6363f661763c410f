"""The parties of a mediation case as the intake screen and the correction dialog edit them: one form
per party (a person or an organisation), in tabs with add / remove buttons."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ValidationError
from desk.models.mediation import PARTY_ROLES
from desk.services.mediation_cases import PartyInput
from desk.validation import parse_id_number
from desk.views.case_labels import kind_name, role_name, sex_name
from desk.views.case_tab import OptionalDateEdit
from desk.views.forms import FieldErrors
from desk.views.messages import error_text

PERSON_ONLY = ("sex", "birth_date", "ethnicity", "id_number")
PARTY_FIELD = re.compile(r"parties\.(\d+)\.(\w+)")
ORG_ONLY = ("credit_code", "legal_representative")


class PartyForm(QWidget):
    """The fields of one party; ``errors`` shows a service's message under the right field."""

    changed = Signal()
    """The role or name changed (the tab title follows)."""

    def __init__(self, role: str, ethnicities: list[str], parent=None, birth_date: bool = False) -> None:
        """``birth_date``: a field for the birth date of a person without an ID number (the correction
        dialog); otherwise it follows from the ID number only."""
        super().__init__(parent)
        self.errors = FieldErrors()
        self.represents: PartyForm | None = None  # the party an agent acts for (kept, not edited here)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.role = QComboBox()
        for code in PARTY_ROLES:
            self.role.addItem(role_name(code), code)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.kind = QComboBox()
        for code in ("person", "org"):
            self.kind.addItem(kind_name(code), code)
        self.name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItem("", "")
        for code in ("M", "F"):
            self.sex.addItem(sex_name(code), code)
        self.ethnicity = QComboBox()
        self.ethnicity.addItem("", "")
        for label in ethnicities:
            self.ethnicity.addItem(label, label)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(18)
        self.id_number.setPlaceholderText(self.tr("18 characters; sex and birth date follow from it"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(11)
        self.phone.setPlaceholderText(self.tr("11-digit mobile number"))
        self.address = QLineEdit()
        self.credit_code = QLineEdit()
        self.credit_code.setMaxLength(18)
        self.legal_representative = QLineEdit()
        self.birth_date = OptionalDateEdit() if birth_date else None
        if self.birth_date is not None:
            self.birth_date.edit.setDateRange(QDate(1900, 1, 1), QDate.currentDate())
            self.birth_date.set_value(None)  # "not set" sits on the new minimum
        self._rows: dict[str, int] = {}
        for label, name in ((self.tr("Role"), "role"), (self.tr("Kind"), "kind"), (self.tr("Name"), "name"),
                            (self.tr("Sex"), "sex"), (self.tr("Born"), "birth_date"), (self.tr("Ethnicity"), "ethnicity"),
                            (self.tr("ID number"), "id_number"), (self.tr("Credit code"), "credit_code"),
                            (self.tr("Legal representative"), "legal_representative"),
                            (self.tr("Phone"), "phone"), (self.tr("Address"), "address")):
            if getattr(self, name) is None:
                continue
            self.errors.add_row(self.form, label, name, getattr(self, name))
            self._rows[name] = self.form.rowCount() - 1
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.role.currentIndexChanged.connect(self.changed)
        self.name.textChanged.connect(self.changed)
        self.id_number.editingFinished.connect(self._id_entered)
        self._kind_changed()
        editors = [getattr(self, n) for n in ("role", "kind", "name", "sex", "ethnicity", "id_number",
                                               "credit_code", "legal_representative", "phone", "address")]
        if self.birth_date is not None:
            editors[4:4] = [self.birth_date.check, self.birth_date.edit]
        for a, b in zip(editors, editors[1:]):
            QWidget.setTabOrder(a, b)

    def first_editor(self) -> QWidget:
        return self.role

    def last_editor(self) -> QWidget:
        return self.address

    def title(self, index: int) -> str:
        name = self.name.text().strip()
        role = role_name(self.role.currentData())
        return f"{index + 1}. {role}" + (f" {name}" if name else "")

    def _kind_changed(self) -> None:
        org = self.kind.currentData() == "org"
        for name in PERSON_ONLY:
            if name in self._rows:
                self.form.setRowVisible(self._rows[name], not org)
        for name in ORG_ONLY:
            if name in self._rows:
                self.form.setRowVisible(self._rows[name], org)

    def _id_entered(self) -> None:
        """A valid ID number fills in the sex and birth date (the service derives them too)."""
        text = self.id_number.text().strip()
        if not text:
            return
        try:
            ident = parse_id_number(text, "id_number")
        except ValidationError:
            return
        self.sex.setCurrentIndex(max(0, self.sex.findData(ident.sex)))
        if self.birth_date is not None:
            self.birth_date.set_value(ident.birth_date)

    def show_error(self, name: str, exc: ValidationError) -> bool:
        """Show ``exc`` under field ``name``; False when this form has no such field."""
        self.errors.clear()
        if name not in self._rows:
            return False
        return self.errors.show(ValidationError(name, exc.message, **exc.params))

    def value(self) -> PartyInput:
        return PartyInput(
            role=self.role.currentData(), kind=self.kind.currentData(), name=self.name.text(),
            sex=self.sex.currentData() or "", ethnicity=self.ethnicity.currentData() or "",
            birth_date=self.birth_date.value() if self.birth_date is not None else None,
            id_number=self.id_number.text(), address=self.address.text(), phone=self.phone.text(),
            credit_code=self.credit_code.text(), legal_representative=self.legal_representative.text())

    def set_value(self, party: PartyInput) -> None:
        """Show ``party``; an ethnicity missing from the dictionary is kept as it is."""
        self.role.setCurrentIndex(max(0, self.role.findData(party.role)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(party.kind)))
        self.sex.setCurrentIndex(max(0, self.sex.findData(party.sex or "")))
        if party.ethnicity and self.ethnicity.findData(party.ethnicity) < 0:
            self.ethnicity.addItem(party.ethnicity, party.ethnicity)
        self.ethnicity.setCurrentIndex(max(0, self.ethnicity.findData(party.ethnicity or "")))
        if self.birth_date is not None:
            self.birth_date.set_value(party.birth_date)
        for name in ("name", "id_number", "phone", "address", "credit_code", "legal_representative"):
            getattr(self, name).setText(getattr(party, name) or "")


class PartyTabs(QWidget):
    """The parties, one tab each, with an error line for the list as a whole and add / remove buttons."""

    added = Signal(PartyForm)
    removed = Signal()

    def __init__(self, ethnicities: list[str], birth_date: bool = False, parent=None) -> None:
        super().__init__(parent)
        self._ethnicities, self._birth_date = ethnicities, birth_date
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        row = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("Add party"))
        self.add_btn.clicked.connect(lambda: self.add_party("third_party"))
        self.remove_btn = QPushButton(self.tr("Remove party"))
        self.remove_btn.clicked.connect(self.remove_party)
        row.addWidget(self.add_btn)
        row.addWidget(self.remove_btn)
        row.addStretch(1)
        lay.addLayout(row)

    def parties(self) -> list[PartyForm]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def add_party(self, role: str = "third_party") -> PartyForm:
        form = PartyForm(role, self._ethnicities, birth_date=self._birth_date)
        form.changed.connect(self._retitle)
        self.tabs.addTab(form, "")
        self._retitle()
        self.tabs.setCurrentWidget(form)
        self.remove_btn.setEnabled(self.tabs.count() > 1)
        self.added.emit(form)
        return form

    def remove_party(self) -> None:
        if self.tabs.count() > 1:
            widget = self.tabs.currentWidget()
            self.tabs.removeTab(self.tabs.currentIndex())
            widget.deleteLater()
            self._retitle()
            self.removed.emit()
        self.remove_btn.setEnabled(self.tabs.count() > 1)

    def clear(self) -> None:
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()

    def set_values(self, parties: list[PartyInput]) -> None:
        """Replace the tabs with ``parties``; an agent's ``agent_for`` index is kept as a link to the form."""
        self.clear()
        forms = []
        for party in parties:
            form = self.add_party(party.role or "third_party")
            form.set_value(party)
            forms.append(form)
        for form, party in zip(forms, parties):
            if party.agent_for is not None and 0 <= party.agent_for < len(forms):
                form.represents = forms[party.agent_for]
        self.tabs.setCurrentIndex(0)

    def values(self) -> list[PartyInput]:
        forms = self.parties()
        out = []
        for form in forms:
            party = form.value()
            if form.represents in forms and party.role == "agent":
                party.agent_for = forms.index(form.represents)
            out.append(party)
        return out

    def _retitle(self) -> None:
        for i, form in enumerate(self.parties()):
            self.tabs.setTabText(i, form.title(i))

    def focus_chain(self) -> tuple[list[QWidget], list[QWidget]]:
        """Tab order pieces: (tab bar, the shown party's first field) and (its last field, the buttons)."""
        form = self.tabs.currentWidget()
        return ([self.tabs.tabBar()] + ([form.first_editor()] if form else []),
                [form.last_editor() if form else self.tabs.tabBar(), self.add_btn, self.remove_btn])

    def clear_errors(self) -> None:
        self.error.hide()
        for form in self.parties():
            form.errors.clear()

    def show_error(self, exc: BaseException) -> bool:
        """``parties.N.field`` under that party's field (its tab shown), ``parties`` under the tabs."""
        if not isinstance(exc, ValidationError):
            return False
        match = PARTY_FIELD.fullmatch(exc.field)
        if match and int(match.group(1)) < self.tabs.count():
            index = int(match.group(1))
            self.tabs.setCurrentIndex(index)
            return self.parties()[index].show_error(match.group(2), exc)
        if exc.field == "parties":
            self.error.setText(error_text(exc))
            self.error.show()
            return True
        return False
