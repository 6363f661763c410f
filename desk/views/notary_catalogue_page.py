"""The notary matters the point takes in (administrator, center head): each with its code, whether
the certificate is used abroad (purpose and country asked), the working days until it is back and
the materials the applicant brings. Matters are deactivated, never deleted; an intake keeps the
checklist it was taken in with. Dialog classes are attributes so tests can swap in ones that don't block."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ValidationError
from desk.services.builtin_lists import ID_CARD  # the line every matter starts with
from desk.services.container import Services
from desk.services.notary_catalogue import MaterialSpec, MatterInfo, MatterInput
from desk.services.permissions import Actor, Perm
from desk.views.forms import FieldErrors, fit_height
from desk.views.messages import confirm, error_text, show_error
from desk.views.notary_labels import MUTED_COLOUR
from desk.views.page import page_layout
from desk.views.rows_model import RowsTableModel
from desk.views.tables import row_table

MATERIAL_FIELD = re.compile(r"materials\.(\d+)")


class MattersModel(RowsTableModel):
    numeric = frozenset({3})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Name"), self.tr("Used abroad"), self.tr("Working days"), self.tr("Active"),
                self.tr("Materials"))

    def text(self, row: MatterInfo, column: int) -> str:
        required = sum(1 for m in row.materials if m.required)
        return (row.code, row.name, self.tr("yes") if row.use_abroad else self.tr("no"), str(row.days_expected),
                self.tr("active") if row.active else self.tr("inactive"),
                self.tr("{n} ({required} required): {names}").format(
                    n=len(row.materials), required=required, names="、".join(m.name for m in row.materials)))[column]

    def colour(self, row: MatterInfo, column: int):
        return None if row.active else MUTED_COLOUR

    def tooltip(self, row: MatterInfo, column: int) -> str | None:
        if column == 5:
            return "\n".join(("● " if m.required else "○ ") + m.name for m in row.materials)
        return None


class MaterialsTable(QWidget):
    """The materials of a matter: a name and a "required" tick per line; add, remove, move up and down."""

    def __init__(self, materials: tuple[MaterialSpec, ...] = (), parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Material"), self.tr("Required")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.setEditTriggers(QAbstractItemView.AllEditTriggers)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("Add material"))
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.up_btn = QPushButton(self.tr("Move up"))
        self.down_btn = QPushButton(self.tr("Move down"))
        for button in (self.add_btn, self.remove_btn, self.up_btn, self.down_btn):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        lay.addLayout(row)
        self.add_btn.clicked.connect(lambda: self.add_line(edit=True))
        self.remove_btn.clicked.connect(self.remove_line)
        self.up_btn.clicked.connect(lambda: self.move(-1))
        self.down_btn.clicked.connect(lambda: self.move(1))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        for m in materials:
            self.add_line(m.name, m.required)
        self._update_buttons()

    def add_line(self, name: str = "", required: bool = True, edit: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._set_row(row, name, required)
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        self._update_buttons()
        return row

    def _set_row(self, row: int, name: str, required: bool) -> None:
        self.table.setItem(row, 0, QTableWidgetItem(name))
        tick = QTableWidgetItem()
        tick.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
        tick.setCheckState(Qt.Checked if required else Qt.Unchecked)
        self.table.setItem(row, 1, tick)

    def _row(self, row: int) -> tuple[str, bool]:
        name = self.table.item(row, 0)
        tick = self.table.item(row, 1)
        return (name.text() if name else "", bool(tick and tick.checkState() == Qt.Checked))

    def current(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_line(self) -> None:
        row = self.current()
        if row >= 0:
            self.table.removeRow(row)
            if self.table.rowCount():
                self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._update_buttons()

    def move(self, step: int) -> None:
        row = self.current()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        a, b = self._row(row), self._row(other)
        self._set_row(row, *b)
        self._set_row(other, *a)
        self.table.selectRow(other)

    def _update_buttons(self) -> None:
        row = self.current()
        self.remove_btn.setEnabled(row >= 0)
        self.up_btn.setEnabled(row > 0)
        self.down_btn.setEnabled(0 <= row < self.table.rowCount() - 1)

    def values(self) -> list[MaterialSpec]:
        return [MaterialSpec(*self._row(r)) for r in range(self.table.rowCount())]

    def select(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
            self.table.setFocus()


class MatterDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, matter: MatterInfo | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.matter = services, actor, matter
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New notary matter") if matter is None else self.tr("Edit notary matter"))
        self.resize(640, 600)
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("Applications already taken in keep the list of materials they were taken in with."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.code = self.errors.add_row(form, self.tr("Code"), "code", QLineEdit(matter.code if matter else ""))
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("Letters and digits, e.g. QS"))
        self.name = self.errors.add_row(form, self.tr("Name"), "name", QLineEdit(matter.name if matter else ""))
        self.name.setMaxLength(50)
        self.days = QSpinBox()
        self.days.setRange(1, 120)
        self.days.setValue(matter.days_expected if matter else 10)
        self.days.setMaximumWidth(110)
        self.days.setToolTip(self.tr("Working days until the certificate is usually back; the applicant is told"))
        self.errors.add_row(form, self.tr("Working days"), "days_expected", self.days)
        self.use_abroad = QCheckBox(self.tr("Used abroad: ask the purpose and the country of use"))
        self.use_abroad.setChecked(bool(matter and matter.use_abroad))
        form.addRow("", self.use_abroad)
        self.active = QCheckBox(self.tr("Active: offered when taking applications in"))
        self.active.setChecked(matter.active if matter else True)
        form.addRow("", self.active)
        lay.addLayout(form)
        title = QLabel(self.tr("Materials the applicant brings"))
        title.setObjectName("sectionLabel")
        title.setStyleSheet("font-weight: bold; color: #334e68;")
        lay.addWidget(title)
        self.materials = MaterialsTable(matter.materials if matter else (MaterialSpec(ID_CARD),))
        lay.addWidget(self.materials, 1)
        self.materials_error = QLabel()
        self.materials_error.setObjectName("fieldError")
        self.materials_error.setWordWrap(True)
        self.materials_error.hide()
        lay.addWidget(self.materials_error)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        (self.name if matter else self.code).setFocus()

    def value(self) -> MatterInput:
        return MatterInput(code=self.code.text(), name=self.name.text(), use_abroad=self.use_abroad.isChecked(),
                           days_expected=self.days.value(), active=self.active.isChecked(),
                           materials=self.materials.values())

    def save(self) -> bool:
        self.errors.clear()
        self.materials_error.hide()
        try:
            self.saved_id = self.services.notary_catalogue.save(
                self.actor, self.value(), self.matter.id if self.matter else None)
        except Exception as exc:
            if isinstance(exc, ValidationError) and exc.field.startswith("materials"):
                match = MATERIAL_FIELD.fullmatch(exc.field)
                if match:
                    self.materials.select(int(match.group(1)))
                self.materials_error.setText(error_text(exc))
                self.materials_error.show()
                fit_height(self)
            else:
                self.errors.handle(self, exc, conflict_field="code")  # a taken code is said next to it
            return False
        self.accept()
        return True


class NotaryCataloguePage(QWidget):
    matter_dialog = MatterDialog

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.can_edit = actor.can(Perm.NOTARY_CONFIGURE)
        lay = page_layout(self, self.tr("Notary matters"), self.tr(
            "The kinds of notarisation the point takes in, with the materials each needs; the intake screen builds "
            "its checklist from them. Matters are deactivated, never deleted. Double-click to edit."))
        row = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("New matter…"))
        self.new_btn.clicked.connect(self.new_matter)
        self.edit_btn = QPushButton(self.tr("Edit…"))
        self.edit_btn.clicked.connect(self.edit_matter)
        self.active_btn = QPushButton(self.tr("Deactivate"))
        self.active_btn.clicked.connect(lambda: self.toggle_active())
        for button in (self.new_btn, self.edit_btn, self.active_btn):
            button.setVisible(self.can_edit)
            row.addWidget(button)
        row.addStretch(1)
        lay.addLayout(row)
        self.model = MattersModel(self)
        self.table = row_table(self.model, (90, 220, 100, 110, 90))
        self.table.doubleClicked.connect(lambda *_: self.edit_matter())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.table, 1)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else getattr(self.selected(), "id", None)
        try:
            self.model.set_rows(self.services.notary_catalogue.matters(active_only=False))
        except Exception as exc:
            show_error(self, exc)
            return
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def selected(self) -> MatterInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        matter = self.selected()
        self.edit_btn.setEnabled(matter is not None)
        self.active_btn.setEnabled(matter is not None)
        self.active_btn.setText(self.tr("Activate") if matter is not None and not matter.active
                                else self.tr("Deactivate"))

    def new_matter(self) -> int | None:
        return self._run(self.matter_dialog(self.services, self.actor, None, self)) if self.can_edit else None

    def edit_matter(self) -> int | None:
        matter = self.selected()
        if not self.can_edit or matter is None:
            return None
        return self._run(self.matter_dialog(self.services, self.actor, matter, self))

    def _run(self, dialog: MatterDialog) -> int | None:
        if dialog.exec() and dialog.saved_id is not None:
            self.reload(dialog.saved_id)
            return dialog.saved_id
        return None

    def toggle_active(self, ask: bool = True) -> bool:
        matter = self.selected()
        if not self.can_edit or matter is None:
            return False
        if matter.active and ask and not confirm(self, self.tr("Deactivate the matter"), self.tr(
                "Stop offering {name} when taking applications in? Applications already taken in are not "
                "changed.").format(name=matter.name)):
            return False
        data = MatterInput(matter.code, matter.name, matter.use_abroad, matter.days_expected, not matter.active,
                           list(matter.materials))
        try:
            self.services.notary_catalogue.save(self.actor, data, matter.id)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload(matter.id)
        return True
