"""One police referral: the letter's facts and parties, its state and deadlines, the steps its state
allows (accept, decline, start mediation, record the result, feedback sent; for a transfer: police
receipt and result) and its letters to print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.views.linkage_labels import DIRECTIONS, ORIGINS, PARTY_ROLES, STATES, due_text, level_foreground, name
from desk.views.messages import show_error
from desk.views.operations import run_op


class ReferralDetailDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, referral_id: str, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.referral_id = services, actor, referral_id
        self.setWindowTitle(self.tr("Police referral"))
        self.resize(820, 620)
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        lay.addWidget(self.heading)
        self.due = QLabel()
        lay.addWidget(self.due)
        self.form = QFormLayout()
        lay.addLayout(self.form)
        lay.addStretch(1)
        self.actions = QHBoxLayout()
        lay.addLayout(self.actions)
        self.prints = QHBoxLayout()
        lay.addLayout(self.prints)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        self.buttons: dict[str, QPushButton] = {}
        self.reload()

    # --- showing ------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            d = self.services.referrals.get(self.actor, self.referral_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.detail = d
        r = d.row
        self.heading.setText(self.tr("{direction}: {incident} · {state}").format(
            direction=name(DIRECTIONS, r.direction), incident=r.incident_no or "—", state=name(STATES, r.state)))
        self.due.setText(due_text(r.due) or self.tr("No deadline running."))
        colour = level_foreground(r.due)
        self.due.setStyleSheet(f"color: {colour.name()}; font-weight: bold;" if colour else "")
        while self.form.rowCount():
            self.form.removeRow(0)
        parties = "\n".join(f"{name(PARTY_ROLES, p.role)} {p.name}  {p.phone}  {p.id_number}  {p.address}".strip()
                            for p in d.parties)
        rows = [
            (self.tr("Police station"), r.station),
            (self.tr("Officer"), f"{d.officer}  {d.officer_phone}".strip()),
            (self.tr("Letter dated"), d.referred_on.isoformat()),
            (self.tr("Received"), f"{r.received_on.isoformat()}  ({name(ORIGINS, r.origin)})"),
            (self.tr("Parties"), parties),
            (self.tr("Summary"), r.summary),
            (self.tr("Police opinion") if r.direction == "inbound" else self.tr("Why transferred"), d.police_opinion),
            (self.tr("Deadlines"), self.tr("accept / receipt by {ack}, feedback by {feedback}").format(
                ack=d.ack_due.isoformat(), feedback=d.feedback_due.isoformat())),
            (self.tr("Mediation case"), r.case_number),
            (self.tr("Reason for declining"), d.decline_reason),
            (self.tr("Result"), d.result_note),
            (self.tr("Feedback sent"), f"{d.feedback_on.isoformat()} {d.feedback_method}".strip() if d.feedback_on else ""),
        ]
        for label, value in rows:
            if value:
                text = QLabel(value)
                text.setTextFormat(Qt.PlainText)  # typed text is shown as typed, never as rich text
                text.setWordWrap(True)
                self.form.addRow(label, text)
        self._build_buttons()

    def _build_buttons(self) -> None:
        for layout in (self.actions, self.prints):
            while layout.count():
                item = layout.takeAt(0)
                if item.widget():
                    item.widget().deleteLater()
        self.buttons = {}
        state = self.detail.row.state
        steps = {
            "received": [("accept", self.tr("Accept and register the case")), ("decline", self.tr("Decline…"))],
            "accepted": [("start", self.tr("Mediation started"))],
            "mediating": [("result", self.tr("Record the case's result"))],
            "succeeded": [("feedback", self.tr("Result letter sent"))],
            "failed": [("feedback", self.tr("Return letter sent"))],
            "transferred": [("acknowledged", self.tr("Police acknowledged…"))],
            "acknowledged": [("concluded", self.tr("Police result…"))],
        }.get(state, [])
        handlers = {"accept": self.accept_referral, "decline": self.decline, "start": self.start_mediation,
                    "result": self.record_result, "feedback": self.feedback_sent,
                    "acknowledged": self.police_acknowledged, "concluded": self.police_concluded}
        if self.actor.can(Perm.LINKAGE_EDIT):
            for key, text in steps:
                button = QPushButton(text)
                button.clicked.connect(lambda _=False, k=key: handlers[k]())
                self.actions.addWidget(button)
                self.buttons[key] = button
        self.actions.addStretch(1)
        letters = [("referral-receipt", self.tr("Print receipt"))] if self.detail.row.direction == "inbound" else [
            ("police-transfer", self.tr("Print transfer letter"))]
        if state in ("succeeded", "failed", "feedback_sent"):
            letters.append(("referral-feedback", self.tr("Print result letter")))
        if state in ("declined", "failed"):
            letters.append(("referral-return", self.tr("Print return letter")))
        for kind, text in letters:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self.print_letter(k))
            self.prints.addWidget(button)
            self.buttons[kind] = button
        self.prints.addStretch(1)

    # --- steps --------------------------------------------------------------------------------
    def _do(self, fn) -> bool:
        try:
            fn()
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True

    def accept_referral(self, category_code: str | None = None) -> bool:
        if category_code is None and not self.detail.category_code:
            entries = self.services.dictionaries.entries("dispute_category")
            label, ok = QInputDialog.getItem(self, self.tr("Accept"), self.tr("Kind of dispute"),
                                             [e.label for e in entries], 0, False)
            if not ok:
                return False
            category_code = next(e.code for e in entries if e.label == label)
        return self._do(lambda: self.services.referrals.accept(self.actor, self.referral_id, category_code or ""))

    def decline(self, reason: str | None = None) -> bool:
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(self, self.tr("Decline"), self.tr("Why is it not suitable for mediation?"))
            if not ok:
                return False
        return self._do(lambda: self.services.referrals.decline(self.actor, self.referral_id, reason))

    def start_mediation(self) -> bool:
        return self._do(lambda: self.services.referrals.start_mediation(self.actor, self.referral_id))

    def record_result(self, note: str = "") -> bool:
        return self._do(lambda: self.services.referrals.record_result(self.actor, self.referral_id, note))

    def feedback_sent(self, method: str | None = None) -> bool:
        if method is None:
            method, ok = QInputDialog.getText(self, self.tr("Feedback sent"), self.tr("How was it sent (letter, platform…)?"))
            if not ok:
                return False
        return self._do(lambda: self.services.referrals.send_feedback(self.actor, self.referral_id, method=method))

    def police_acknowledged(self, incident_no: str | None = None) -> bool:
        if incident_no is None:
            incident_no, ok = QInputDialog.getText(self, self.tr("Police acknowledged"),
                                                   self.tr("Incident number given by the police (if any)"))
            if not ok:
                return False
        return self._do(lambda: self.services.referrals.police_acknowledged(self.actor, self.referral_id, incident_no))

    def police_concluded(self, result: str | None = None) -> bool:
        if result is None:
            result, ok = QInputDialog.getMultiLineText(self, self.tr("Police result"), self.tr("What did the police do?"))
            if not ok:
                return False
        return self._do(lambda: self.services.referrals.police_concluded(self.actor, self.referral_id, result))

    def print_letter(self, kind: str) -> None:
        from desk.services.linkage_documents import LINKAGE_BUILDERS
        from desk.views.print_preview import PdfPreviewDialog

        run_op(self, lambda: LINKAGE_BUILDERS[kind](self.services.documents, self.actor, self.referral_id),
               lambda doc: PdfPreviewDialog(self.services, self.actor, doc, self).exec())
