"""Check a printed document: type its verification code (or scan its QR code into the field)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.timeutil import fmt_local
from desk.views.messages import show_error


class VerifyDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Verify a printed document"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Type the verification code printed beside the QR code (e.g. K7Q2-M9XD), the document number, or scan the QR code."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        lay.addWidget(hint)
        row = QHBoxLayout()
        self.code = QLineEdit()
        self.code.returnPressed.connect(self.check)
        check = QPushButton(self.tr("Check"))
        check.setObjectName("primary")
        check.clicked.connect(self.check)
        row.addWidget(self.code, 1)
        row.addWidget(check)
        lay.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        lay.addWidget(self.result)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def check(self) -> None:
        try:
            info = self.services.documents.verify(self.actor, self.code.text())
        except Exception as exc:
            show_error(self, exc)
            return
        if info is None:
            self.result.setObjectName("badBanner")
            self.result.setText(self.tr("No document with this code was issued here. The copy may be forged, or it was issued by another center."))
        else:
            self.result.setObjectName("okBanner")
            self.result.setText(self.tr("Genuine: {title}\nDocument {id}, issued {when} by {who}.").format(
                title=info.title, id=info.id, when=fmt_local(info.issued_at), who=info.issued_by_name))
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.show()
