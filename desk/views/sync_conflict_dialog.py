"""One field changed both on this desk and on the platform: the two values side by side, and a
person chooses which one stays. Nothing is chosen by default; Esc leaves the item open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.sync.attention import Attention, Problem
from desk.views.messages import show_error
from desk.views.sync_labels import field_name, record_text, value_text


class ConflictDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.problem = services, actor, problem
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Changed on both sides"))
        self.setMinimumSize(720, 420)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        title = QLabel(self.tr("{record} — {field}").format(
            record=record_text(problem.entity, problem.entity_id, problem.title), field=field_name(problem.field)))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        hint = QLabel(self.tr("This field was changed on this desk and on the platform since the last sync. "
                              "Choose the value to keep; the other one is set aside."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.keep_mine = QPushButton(self.tr("Keep this desk's"))
        self.take_theirs = QPushButton(self.tr("Take the platform's"))
        columns = ((self.tr("Changed on this desk"), problem.mine, self.keep_mine, "mine"),
                   (self.tr("Value on the platform"), problem.theirs, self.take_theirs, "theirs"))
        self.texts: dict[str, QPlainTextEdit] = {}
        for col, (caption, value, button, choice) in enumerate(columns):
            label = QLabel(caption)
            label.setStyleSheet("font-weight: bold;")
            text = QPlainTextEdit(value_text(problem.entity, problem.field, value, self._category))
            text.setReadOnly(True)
            text.setLineWrapMode(QPlainTextEdit.WidgetWidth)
            text.setTabChangesFocus(True)
            label.setBuddy(text)
            button.setAutoDefault(False)  # Enter must not pick a side
            button.clicked.connect(lambda _=False, c=choice: self.choose(c))
            grid.addWidget(label, 0, col)
            grid.addWidget(text, 1, col)
            grid.addWidget(button, 2, col, Qt.AlignLeft)
            self.texts[choice] = text
        grid.setRowStretch(1, 1)
        lay.addLayout(grid, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Decide later"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        lay.addLayout(row)
        self.texts["mine"].setFocus()

    def _category(self, code: str) -> str:
        names = {e.code: e.label for e in self.services.dictionaries.entries("dispute_category", include_inactive=True)}
        return f"{code} {names[code]}" if code in names else code

    def choose(self, choice: str) -> bool:
        """Settle the item with ``mine`` or ``theirs`` and close; on an error the dialog stays."""
        try:
            Attention(self.services).resolve(self.actor, self.problem.id, choice)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.choice = choice
        self.accept()
        return True
