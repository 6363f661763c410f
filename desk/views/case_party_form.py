"""One party of a mediation case on the intake screen: a person or an organisation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from desk.errors import ValidationError
from desk.models.mediation import PARTY_ROLES
from desk.services.mediation_cases import PartyInput
from desk.validation import parse_id_number
from desk.views.case_labels import kind_name, role_name, sex_name
from desk.views.forms import FieldErrors

PERSON_ONLY = ("sex", "ethnicity", "id_number")
ORG_ONLY = ("credit_code", "legal_representative")


class PartyForm(QWidget):
    """The fields of one party; ``errors`` shows a service's message under the right field."""

    changed = Signal()
    """The role or name changed (the tab title follows)."""

    def __init__(self, role: str, ethnicities: list[str], parent=None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
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
        self._rows: dict[str, int] = {}
        for label, name in ((self.tr("Role"), "role"), (self.tr("Kind"), "kind"), (self.tr("Name"), "name"),
                            (self.tr("Sex"), "sex"), (self.tr("Ethnicity"), "ethnicity"),
                            (self.tr("ID number"), "id_number"), (self.tr("Credit code"), "credit_code"),
                            (self.tr("Legal representative"), "legal_representative"),
                            (self.tr("Phone"), "phone"), (self.tr("Address"), "address")):
            self.errors.add_row(self.form, label, name, getattr(self, name))
            self._rows[name] = self.form.rowCount() - 1
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.role.currentIndexChanged.connect(self.changed)
        self.name.textChanged.connect(self.changed)
        self.id_number.editingFinished.connect(self._id_entered)
        self._kind_changed()
        editors = [getattr(self, n) for n in ("role", "kind", "name", "sex", "ethnicity", "id_number",
                                               "credit_code", "legal_representative", "phone", "address")]
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
            self.form.setRowVisible(self._rows[name], not org)
        for name in ORG_ONLY:
            self.form.setRowVisible(self._rows[name], org)

    def _id_entered(self) -> None:
        """A valid ID number fills in the sex (the service derives it too)."""
        text = self.id_number.text().strip()
        if not text:
            return
        try:
            ident = parse_id_number(text, "id_number")
        except ValidationError:
            return
        self.sex.setCurrentIndex(max(0, self.sex.findData(ident.sex)))

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
            id_number=self.id_number.text(), address=self.address.text(), phone=self.phone.text(),
            credit_code=self.credit_code.text(), legal_representative=self.legal_representative.text())

