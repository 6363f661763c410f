"""Add an area under a node of the grid tree, or rename / deactivate one.

The code cannot change once saved (records and platform sync refer to it), so it is read-only
when editing. Areas are deactivated, never deleted.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desk.models.center import LEVEL_COMMUNITY, LEVEL_STREET
from desk.services.container import Services
from desk.services.grid import GridInfo
from desk.services.permissions import Actor
from desk.views.forms import FieldErrors


class _CodeEdit(QLineEdit):
    """Tabbing in keeps the pre-filled prefix: the cursor goes to the end instead of the
    whole text being selected (so the first key typed would erase the parent's code)."""

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if not self.isReadOnly():
            self.deselect()
            self.end(False)


class GridDialog(QDialog):
    """``parent_node`` set: add a child of it; ``node`` set: edit that node."""

    def __init__(self, services: Services, actor: Actor, parent_node: GridInfo | None = None,
                 node: GridInfo | None = None, parent=None) -> None:
        super().__init__(parent)
        assert (parent_node is None) != (node is None), "give exactly one of parent_node / node"
        self.services, self.actor = services, actor
        self.parent_node, self.node = parent_node, node
        self.saved: GridInfo | None = None
        level = node.level if node else parent_node.level + 1
        self.setWindowTitle(self.tr("Edit area") if node else self.tr("Add area"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        if parent_node is not None:
            under = QLabel(self.tr("Under: {name} ({code})").format(name=parent_node.name, code=parent_node.code))
            under.setObjectName("hint")
            lay.addWidget(under)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.name = self.errors.add_row(form, self.tr("Name"), "name", QLineEdit())
        self.code = self.errors.add_row(form, self.tr("Code"), "code", _CodeEdit())
        self.code.setMaxLength(20)
        self.active = QCheckBox(self.tr("Active"))
        if node is not None:
            self.name.setText(node.name)
            self.code.setText(node.code)
            self.code.setReadOnly(True)
            self.active.setChecked(node.active)
            form.addRow("", self.active)
            if node.level == LEVEL_STREET:
                # The service refuses it anyway; say so before the clerk tries.
                self.active.setEnabled(False)
                self.active.setToolTip(self.tr("The center's own street cannot be deactivated."))
        else:
            # Start the code with the part fixed by the parent, so only the new digits are typed.
            self.code.setText(parent_node.code[:9] if level == LEVEL_COMMUNITY else parent_node.code)
        lay.addLayout(form)
        hint = QLabel(self._code_hint(level))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.name.setFocus()

    def _code_hint(self, level: int) -> str:
        # Concrete, from the parent's own code and a free example, rather than the rules again.
        if self.node is not None:
            return self.tr("The code cannot be changed: records and the platform refer to it.")
        prefix = self.parent_node.code[:9] if level == LEVEL_COMMUNITY else self.parent_node.code
        width = 3 if level == LEVEL_COMMUNITY else 2
        used = [int(n.code[len(prefix):]) for n in self.services.grid.tree()
                if n.parent_id == self.parent_node.id and n.code[len(prefix):].isdigit()]
        example = f"{prefix}{max(used, default=0) + 1:0{width}d}"
        if level == LEVEL_COMMUNITY:
            return self.tr("12 digits beginning with the street's {prefix}, e.g. {example}.").format(
                prefix=prefix, example=example)
        return self.tr("The community's code {prefix} followed by 2 or 3 digits, e.g. {example}.").format(
            prefix=prefix, example=example)

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.node is None:
                self.saved = self.services.grid.add(self.actor, self.parent_node.id, self.code.text(), self.name.text())
            else:
                self.saved = self.services.grid.update(self.actor, self.node.id, self.name.text(),
                                                       self.active.isChecked())
        except Exception as exc:  # on add the only conflict is a code already in use
            self.errors.handle(self, exc, conflict_field="code" if self.node is None else None)
            return
        self.accept()
