"""Record how a bad rating (好差评 不满意 or worse) was followed up: who contacted the visitor,
the cause and what was changed. Saving closes the follow-up item."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.services.queue_ratings import RectificationInfo
from desk.views.forms import FieldErrors
from desk.views.queue_figures_models import rating_label


class FollowUpDialog(QDialog):
    """Record how a bad rating was followed up; saving closes the item."""

    def __init__(self, services: Services, actor: Actor, item: RectificationInfo, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.item = services, actor, item
        self.saved: RectificationInfo | None = None
        self.setWindowTitle(self.tr("Record follow-up"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        about = QLabel(self.tr("Ticket {number} · {rating} · due {due}").format(
            number=item.ticket_number, rating=rating_label(item.level), due=item.due_on.isoformat()))
        lay.addWidget(about)
        if item.comment:
            comment = QLabel(self.tr("Visitor's comment: {comment}").format(comment=item.comment))
            comment.setObjectName("hint")
            comment.setWordWrap(True)
            lay.addWidget(comment)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.text = self.errors.add_row(form, self.tr("Follow-up"), "follow_up", QPlainTextEdit())
        self.text.setPlaceholderText(self.tr("Who contacted the visitor and when, the cause, and what was changed."))
        self.text.setMinimumHeight(140)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("Close item"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.text.setFocus()

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.saved = self.services.ratings.close(self.actor, self.item.id, self.text.toPlainText())
        except Exception as exc:
            self.errors.handle(self, exc)
            return False
        self.accept()
        return True
