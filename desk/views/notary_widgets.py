"""Pieces the notary screens share: the materials checklist (one line per material, three answers,
all by keyboard), the line summing it up, and the applicants' forms with the ID number checked as
it is typed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ValidationError
from desk.models.notary import MATERIAL_STATES
from desk.services.notary_intakes import ApplicantInput
from desk.validation import parse_id_number, parse_mobile
from desk.views.forms import FieldErrors
from desk.views.messages import error_text
from desk.views.notary_labels import MATERIAL_TIPS, material_state_name, name, required_name, sex_name

APPLICANT_FIELD = re.compile(r"applicants\.(\d+)\.(\w+)")
# Names only these screens use, set on their top widget (the shared style sheet stays as it is).
NOTARY_STYLE = (
    "QLabel#missingMaterial { color: #b71c1c; }"
    "QLabel#requiredTag { color: #334e68; font-weight: bold; }"
    "QLabel#applicantHeading { color: #334e68; font-weight: bold; }"
    "QLabel#ticketBadge { background: #e8f1fa; border: 1px solid #a9c9e8; border-radius: 4px; padding: 3px 10px;"
    " color: #174a78; font-weight: bold; }"
    "QLabel#sectionLabel { color: #334e68; font-weight: bold; }"
)


def restyle(widget: QWidget, object_name: str) -> None:
    """Give ``widget`` another style-sheet name and apply it now (colours: padding is not re-applied)."""
    if widget.objectName() != object_name:
        widget.setObjectName(object_name)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class ChecklistLine:
    """One material: its name, required or optional, and a choice of missing / original / copy."""

    def __init__(self, material: str, required: bool, owner: QWidget) -> None:
        self.material, self.required = material, required
        self.label = QLabel(material)
        self.label.setWordWrap(True)
        self.tag = QLabel(required_name(required))
        self.tag.setObjectName("requiredTag" if required else "hint")
        self.group = QButtonGroup(owner)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        for i, status in enumerate(MATERIAL_STATES):
            button = QRadioButton(material_state_name(status))
            button.setToolTip(name(MATERIAL_TIPS, status))
            button.setAccessibleName(f"{material}: {material_state_name(status)}")
            self.group.addButton(button, i)
            self.buttons[status] = button
        self.buttons["missing"].setChecked(True)

    @property
    def status(self) -> str:
        return next((s for s, b in self.buttons.items() if b.isChecked()), "missing")

    def set_status(self, status: str) -> None:
        self.buttons.get(status, self.buttons["missing"]).setChecked(True)


class MaterialsChecklist(QWidget):
    """The checklist of a matter. Tab moves from material to material, the arrow keys (or Space on
    the focused answer) choose among missing / original / copy."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[ChecklistLine] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(0, 1)
        self.empty = QLabel(self.tr("Choose the matter to see the materials it needs."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.grid.addWidget(self.empty, 0, 0, 1, 5)

    def set_materials(self, materials: Iterable[tuple[str, bool]], statuses: dict[str, str] | None = None) -> None:
        """Show ``(name, required)`` lines, each at its status in ``statuses`` (missing by default)."""
        for line in self.lines:
            for widget in (line.label, line.tag, *line.buttons.values()):
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
            line.group.deleteLater()
        self.lines = []
        statuses = statuses or {}
        for row, (material, required) in enumerate(materials):
            line = ChecklistLine(material, required, self)
            line.set_status(statuses.get(material, "missing"))
            self.grid.addWidget(line.label, row, 0)
            self.grid.addWidget(line.tag, row, 1)
            for column, button in enumerate(line.buttons.values(), start=2):
                self.grid.addWidget(button, row, column)
            line.group.idToggled.connect(self._toggled)
            self.lines.append(line)
        self.empty.setVisible(not self.lines)
        self._paint()
        self.changed.emit()

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._paint()
            self.changed.emit()

    def _paint(self) -> None:
        """Required materials still missing in red; Tab stops only at each line's chosen answer (the
        arrow keys move between the answers of a line and choose as they go)."""
        for line in self.lines:
            restyle(line.label, "missingMaterial" if line.required and line.status == "missing" else "")
            for button in line.buttons.values():
                button.setFocusPolicy(Qt.StrongFocus if button.isChecked() else Qt.ClickFocus)

    def statuses(self) -> dict[str, str]:
        return {line.material: line.status for line in self.lines}

    def set_statuses(self, statuses: dict[str, str]) -> None:
        for line in self.lines:
            if line.material in statuses:
                line.set_status(statuses[line.material])
        self._paint()

    def set_all(self, status: str) -> None:
        for line in self.lines:
            line.set_status(status)
        self._paint()
        self.changed.emit()

    def missing(self) -> list[str]:
        """Required materials still missing."""
        return [line.material for line in self.lines if line.required and line.status == "missing"]

    def focus_widgets(self) -> list[QAbstractButton]:
        """Every answer, line by line, for the tab chain (Tab skips the ones not chosen)."""
        return [button for line in self.lines for button in line.buttons.values()]

    def button(self, material: str, status: str) -> QRadioButton:
        return next(line.buttons[status] for line in self.lines if line.material == material)


class ChecklistSummary(QWidget):
    """「材料齐全」 in green, 「缺：…」 in yellow, or the reminder that nothing was checked yet (two
    labels, one shown: a label's style-sheet padding is not re-applied when its name changes)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.ok = QLabel()
        self.ok.setObjectName("okBanner")
        self.warn = QLabel()
        self.warn.setObjectName("banner")
        for label in (self.ok, self.warn):
            label.setWordWrap(True)
            label.hide()
            lay.addWidget(label)
        self.state = ""

    def text(self) -> str:
        return self.ok.text() if self.state == "complete" else self.warn.text()

    def show_for(self, has_matter: bool, missing: list[str], note: str, checked: bool = True) -> None:
        note = note.strip()
        if not has_matter:
            self.state, text = "", ""
        elif not checked:
            self.state = "unchecked"
            text = self.tr("Materials not checked yet: the application waits until they are.")
        elif missing or note:
            self.state = "incomplete"
            parts = (["、".join(missing)] if missing else []) + ([note] if note else [])
            text = self.tr("Missing: {what}").format(what="；".join(parts))
        else:
            self.state = "complete"
            text = self.tr("Complete: every required material is here.")
        label = self.ok if self.state == "complete" else self.warn
        label.setText(text)
        self.ok.setVisible(self.state == "complete")
        self.warn.setVisible(self.state in ("unchecked", "incomplete"))


class ApplicantForm(QWidget):
    """One applicant: name, ID number (checked as it is typed; sex and birth date follow), mobile,
    address. The heading line says who it is and what the ID number tells."""

    remove_clicked = Signal(object)
    changed = Signal()

    def __init__(self, index: int, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("applicantHeading")
        head.addWidget(self.heading, 1)
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.remove_btn.setToolTip(self.tr("Remove this applicant"))
        self.remove_btn.setAutoDefault(False)
        self.remove_btn.clicked.connect(lambda: self.remove_clicked.emit(self))
        head.addWidget(self.remove_btn)
        lay.addLayout(head)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors = FieldErrors()
        self.name = self.errors.add_row(form, self.tr("Name"), "name", QLineEdit())
        self.name.setMaxLength(100)
        self.id_number = self.errors.add_row(form, self.tr("ID number"), "id_number", QLineEdit())
        self.id_number.setMaxLength(20)
        self.id_number.setPlaceholderText(self.tr("18 characters; sex and birth date follow from it"))
        self.phone = self.errors.add_row(form, self.tr("Mobile"), "phone", QLineEdit())
        self.phone.setMaxLength(20)
        self.phone.setPlaceholderText(self.tr("11 digits; the pickup notice goes to it"))
        self.address = self.errors.add_row(form, self.tr("Address"), "address", QLineEdit())
        self.address.setMaxLength(200)
        lay.addLayout(form)
        self.index = index
        self.sex = ""
        self.born = ""
        self.name.textChanged.connect(self._retitle)
        self.id_number.textChanged.connect(self._id_typed)
        self.id_number.editingFinished.connect(lambda: self.check_id(final=True))
        self.phone.editingFinished.connect(self.check_phone)
        for editor in self.editors():
            (editor.textChanged).connect(lambda _t: self.changed.emit())
        self._retitle()

    def editors(self) -> list[QLineEdit]:
        return [self.name, self.id_number, self.phone, self.address]

    def set_index(self, index: int) -> None:
        self.index = index
        self._retitle()

    def _retitle(self) -> None:
        parts = [self.tr("Applicant {n}").format(n=self.index + 1)]
        if self.name.text().strip():
            parts.append(self.name.text().strip())
        if self.sex:
            parts.append(sex_name(self.sex))
        if self.born:
            parts.append(self.tr("born {date}").format(date=self.born))
        self.heading.setText(" · ".join(parts))

    def _id_typed(self, text: str) -> None:
        """Check the number once it is long enough; an old message goes while it is being typed."""
        if len("".join(text.split())) >= 18:
            self.check_id(final=True)
        else:
            self._message(self.id_number, "id_number", "")
            self._derived(None)

    def check_id(self, final: bool = True) -> bool:
        """Show what is wrong with the ID number under it; True when it is empty or valid."""
        text = self.id_number.text().strip()
        self._message(self.id_number, "id_number", "")
        if not text:
            self._derived(None)
            return True
        try:
            ident = parse_id_number(text, "id_number")
        except ValidationError as exc:
            self._derived(None)
            if final:
                self._message(self.id_number, "id_number", error_text(exc))
            return False
        self._derived(ident)
        return True

    def check_phone(self) -> bool:
        """Show what is wrong with the mobile number under it; True when it is empty or valid."""
        text = self.phone.text().strip()
        try:
            if text:
                parse_mobile(text, "phone")
        except ValidationError as exc:
            self._message(self.phone, "phone", error_text(exc))
            return False
        self._message(self.phone, "phone", "")
        return True

    def _message(self, editor: QLineEdit, field: str, text: str) -> None:
        """A message the form worked out itself under ``field`` ("" takes it away); the focus stays."""
        label = self.errors.error_label(field)
        label.setText(text)
        label.setVisible(bool(text))
        FieldErrors._mark(editor, bool(text))

    def _derived(self, ident) -> None:
        self.sex = ident.sex if ident else ""
        self.born = ident.birth_date.isoformat() if ident else ""
        self._retitle()

    def value(self) -> ApplicantInput:
        return ApplicantInput(name=self.name.text(), sex="", id_number=self.id_number.text(),
                              phone=self.phone.text(), address=self.address.text())

    def set_value(self, data: dict) -> None:
        for key in ("name", "id_number", "phone", "address"):
            getattr(self, key).setText(str(data.get(key) or ""))
        self.errors.clear()
        self.check_id(final=False)

    def show_error(self, name: str, exc: ValidationError) -> bool:
        self.errors.clear()
        if name == "sex":
            name = "id_number"
        try:
            self.errors.error_label(name)
        except KeyError:
            return False
        return self.errors.show(ValidationError(name, exc.message, **exc.params))

    def is_empty(self) -> bool:
        return not any(e.text().strip() for e in self.editors())


class ApplicantList(QWidget):
    """The applicants, one form each, with an error line for the list and "Add applicant"."""

    added = Signal(object)
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        self.box = QVBoxLayout()
        self.box.setSpacing(14)
        lay.addLayout(self.box)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        row = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("Add applicant"))
        self.add_btn.setAutoDefault(False)
        self.add_btn.clicked.connect(lambda: self.add().name.setFocus())
        row.addWidget(self.add_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.forms: list[ApplicantForm] = []

    def add(self) -> ApplicantForm:
        form = ApplicantForm(len(self.forms))
        form.remove_clicked.connect(self.remove)
        form.changed.connect(self.changed)
        self.box.addWidget(form)
        self.forms.append(form)
        self._renumber()
        self.added.emit(form)
        self.changed.emit()
        return form

    def remove(self, form: ApplicantForm) -> None:
        if len(self.forms) <= 1 or form not in self.forms:
            return
        self.forms.remove(form)
        self.box.removeWidget(form)
        form.hide()
        form.deleteLater()
        self._renumber()
        self.changed.emit()

    def clear(self) -> None:
        for form in self.forms:
            self.box.removeWidget(form)
            form.hide()
            form.deleteLater()
        self.forms = []
        self.error.hide()

    def _renumber(self) -> None:
        for i, form in enumerate(self.forms):
            form.set_index(i)
            form.remove_btn.setVisible(len(self.forms) > 1)

    def values(self) -> list[ApplicantInput]:
        return [form.value() for form in self.forms]

    def clear_errors(self) -> None:
        self.error.hide()
        for form in self.forms:
            form.errors.clear()

    def show_error(self, exc: BaseException) -> bool:
        """``applicants.N.field`` under that applicant's field, ``applicants`` under the list."""
        if not isinstance(exc, ValidationError):
            return False
        match = APPLICANT_FIELD.fullmatch(exc.field)
        if match and int(match.group(1)) < len(self.forms):
            return self.forms[int(match.group(1))].show_error(match.group(2), exc)
        if exc.field == "applicants":
            self.error.setText(error_text(exc))
            self.error.show()
            if self.forms:
                self.forms[0].name.setFocus()
            return True
        return False

    def editors(self) -> list[QWidget]:
        out: list[QWidget] = []
        for form in self.forms:
            out += [*form.editors(), form.remove_btn]
        return out + [self.add_btn]



def print_notary_document(parent: QWidget, services, actor, kind: str, key: str, preview_class=None) -> None:
    """Build ``kind`` (notary-receipt, notary-pickup-notice: ``key`` an intake id; notary-transfer-list:
    a batch id) off the GUI thread and show it in the print preview."""

    def build():
        from desk.services.legal_documents import LEGAL_BUILDERS

        return LEGAL_BUILDERS[kind](services.documents, actor, key)

    def show(doc) -> None:
        dialog_class = preview_class
        if dialog_class is None:
            from desk.views.print_preview import PdfPreviewDialog as dialog_class
        dialog_class(services, actor, doc, parent).exec()

    from desk.views.operations import run_op

    run_op(parent, build, show)
