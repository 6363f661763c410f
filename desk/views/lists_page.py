"""The administrator's "Grid and lists" page: the grid tree of the center's area and the
dictionaries (dispute categories, ethnic groups …) other screens offer as choices.

Nothing here is ever deleted, only deactivated, so records that point at an area or an entry
stay readable. Dialog classes are attributes so tests can swap in ones that don't block.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.models.center import LEVEL_COMMUNITY, LEVEL_GRID, LEVEL_STREET
from desk.services.builtin_lists import DICTIONARY_KINDS
from desk.services.container import Services
from desk.services.dictionaries import EntryInfo
from desk.services.grid import GridInfo
from desk.services.permissions import Actor, Perm
from desk.views.dictionary_table_model import DictionaryTableModel
from desk.views.forms import FieldErrors
from desk.views.grid_dialog import GridDialog
from desk.views.page import page_layout

_INACTIVE = QColor("#9aa5b1")


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Dictionaries", DICTIONARY_KINDS[kind])


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class EntryDialog(QDialog):
    """Add an entry to the list ``kind``, or rename / deactivate ``entry`` (its code is fixed)."""

    def __init__(self, services: Services, actor: Actor, kind: str, entry: EntryInfo | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.kind, self.entry = services, actor, kind, entry
        self.saved: EntryInfo | None = None
        self.setWindowTitle(self.tr("Edit entry") if entry else self.tr("Add entry"))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        lay.addWidget(_hint(self.tr("List: {kind}").format(kind=kind_label(kind))))
        form = QFormLayout()
        self.errors = FieldErrors()
        self.code = self.errors.add_row(form, self.tr("Code"), "code", QLineEdit())
        self.label = self.errors.add_row(form, self.tr("Name"), "label", QLineEdit())
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)
        if entry is not None:
            self.code.setText(entry.code)
            self.code.setReadOnly(True)
            self.label.setText(entry.label)
            self.active.setChecked(entry.active)
            form.addRow("", self.active)
            if entry.source == "platform":
                lay.addWidget(_hint(self.tr("This entry comes from the platform; the next sync may undo changes.")))
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        (self.label if entry else self.code).setFocus()

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.entry is None:
                self.saved = self.services.dictionaries.add(self.actor, self.kind, self.code.text(), self.label.text())
            else:
                self.saved = self.services.dictionaries.update(self.actor, self.entry.id, self.label.text(),
                                                               self.active.isChecked())
        except Exception as exc:  # a duplicate code or name: keep the dialog and what was typed
            self.errors.handle(self, exc, conflict_field="code" if self.entry is None else None)
            return
        self.accept()


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class GridTab(QWidget):
    dialog_class = GridDialog

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.can_edit = actor.can(Perm.DICTIONARIES_EDIT)
        self.levels = {LEVEL_STREET: self.tr("Street"), LEVEL_COMMUNITY: self.tr("Community"),
                       LEVEL_GRID: self.tr("Grid")}
        lay = QVBoxLayout(self)
        self.add_button = QPushButton(self.tr("Add area under selected…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.add_button.clicked.connect(self.add_node)
        self.edit_button.clicked.connect(self.edit_node)
        lay.addLayout(_button_row(self.add_button, self.edit_button))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Code"), self.tr("Level"), self.tr("Status")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_node())
        lay.addWidget(self.tree, 1)
        lay.addWidget(_hint(self.tr(
            "Codes follow the statistical division codes: a street has 12 digits ending in 000 "
            "(e.g. 410105001000); a community has 12 digits beginning with its street's first 9 "
            "(e.g. 410105001001); a grid is its community's code followed by 2 or 3 digits "
            "(e.g. 41010500100101). Areas are deactivated, never deleted, so old records keep their place.")))
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for node in self.services.grid.tree():  # parents come before their children
            item = QTreeWidgetItem([node.name, node.code, self.levels.get(node.level, ""),
                                    self.tr("Active") if node.active else self.tr("Inactive")])
            item.setData(0, Qt.UserRole, node)
            item.setSizeHint(3, QSize(0, 26))  # row height as airy as the lists table; on the stretched
            # last column so it does not stop the others sizing to their contents
            if not node.active:
                for col in range(4):
                    item.setForeground(col, QBrush(_INACTIVE))
            parent = items.get(node.parent_id) if node.parent_id is not None else None
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[node.id] = item
        self.tree.expandAll()
        for col in range(3):
            self.tree.resizeColumnToContents(col)
            self.tree.setColumnWidth(col, self.tree.columnWidth(col) + 24)  # room to breathe
        if select_id in items:
            self.tree.setCurrentItem(items[select_id])
            self.tree.scrollToItem(items[select_id])
        self._update_buttons()

    def selected(self) -> GridInfo | None:
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.UserRole) if items else None

    def _update_buttons(self) -> None:
        node = self.selected()
        self.add_button.setEnabled(self.can_edit and node is not None and node.level < LEVEL_GRID)
        self.edit_button.setEnabled(self.can_edit and node is not None)

    def add_node(self) -> None:
        node = self.selected()
        if node is None or not self.add_button.isEnabled():
            return
        self._run(self.dialog_class(self.services, self.actor, parent_node=node, parent=self))

    def edit_node(self) -> None:
        node = self.selected()
        if node is None or not self.edit_button.isEnabled():
            return
        self._run(self.dialog_class(self.services, self.actor, node=node, parent=self))

    def _run(self, dialog: GridDialog) -> None:
        if dialog.exec() == QDialog.Accepted and dialog.saved is not None:
            self.reload(select_id=dialog.saved.id)


class ListsTab(QWidget):
    dialog_class = EntryDialog

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.can_edit = actor.can(Perm.DICTIONARIES_EDIT)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("List")))
        self.kind = QComboBox()
        for kind in DICTIONARY_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setMinimumWidth(220)
        top.addWidget(self.kind)
        top.addSpacing(16)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addStretch(1)
        self.show_inactive = QCheckBox(self.tr("Show inactive entries"))
        top.addWidget(self.show_inactive)
        lay.addLayout(top)
        self.model = DictionaryTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setMinimumSectionSize(90)  # "Inactive" and the header text need some air
        self.table.doubleClicked.connect(lambda *_: self.edit_entry())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        lay.addWidget(self.table, 1)
        lay.addWidget(_hint(self.tr(
            "Entries are deactivated, never deleted, so records that use them stay readable. "
            "Entries from the platform may be replaced at the next sync.")))
        self.kind.currentIndexChanged.connect(lambda *_: self.reload())
        self.show_inactive.toggled.connect(lambda *_: self.reload())
        self.reload()

    def current_kind(self) -> str:
        return self.kind.currentData()

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_entries(self.services.dictionaries.entries(
            self.current_kind(), include_inactive=self.show_inactive.isChecked()))
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def selected(self) -> EntryInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _update_buttons(self, *_) -> None:
        self.add_button.setEnabled(self.can_edit)
        self.edit_button.setEnabled(self.can_edit and self.selected() is not None)

    def add_entry(self) -> None:
        if self.can_edit:
            self._run(self.dialog_class(self.services, self.actor, self.current_kind(), parent=self))

    def edit_entry(self) -> None:
        entry = self.selected()
        if entry is not None and self.can_edit:
            self._run(self.dialog_class(self.services, self.actor, self.current_kind(), entry, parent=self))

    def _run(self, dialog: EntryDialog) -> None:
        if dialog.exec() == QDialog.Accepted and dialog.saved is not None:
            self.reload(select_id=dialog.saved.id)


class ListsPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = page_layout(self, self.tr("Grid and lists"))
        self.tabs = QTabWidget()
        self.grid_tab = GridTab(services, actor)
        self.lists_tab = ListsTab(services, actor)
        self.tabs.addTab(self.grid_tab, self.tr("Grid"))
        self.tabs.addTab(self.lists_tab, self.tr("Lists"))
        lay.addWidget(self.tabs, 1)
