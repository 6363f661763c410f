"""结果: how mediation ends — a written agreement (art. 29), an oral agreement (art. 28) or ending
mediation (a party refusing, art. 17; a party ending it, art. 23; no agreement, art. 26). Once the
outcome is final (or for someone who may only read) the tab shows it read-only with its print button."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.models.mediation import TERMINATION_REASONS
from desk.services.mediation_work import WorkSummary
from desk.views.case_agreement_panel import AgreementPanel, text_box
from desk.views.case_labels import (
    agreement_item_name,
    outcome_name,
    role_name,
    sign_mark_name,
    termination_name,
)
from desk.views.case_tab import CaseTab, OptionalDateEdit, date_edit, plain_scroll, wrapped
from desk.views.forms import FieldErrors

KINDS = ("written", "oral", "terminated")


class CaseOutcomeTab(CaseTab):
    def __init__(self, view) -> None:
        super().__init__(view)
        lay = QVBoxLayout(self)
        self.editor = QWidget()
        ev = QVBoxLayout(self.editor)
        ev.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Outcome:")))
        self.choice = QButtonGroup(self)
        for i, text in enumerate((self.tr("Written agreement (art. 29)"), self.tr("Oral agreement (art. 28)"),
                                  self.tr("End mediation (arts. 17, 23, 26)"))):
            button = QRadioButton(text)
            self.choice.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        ev.addLayout(row)
        self.stack = QStackedWidget()
        self.agreement = AgreementPanel(self)
        self.oral = OralPanel(self)
        self.end = EndPanel(self)
        for panel in (self.agreement, self.oral, self.end):
            self.stack.addWidget(panel)
        ev.addWidget(self.stack, 1)
        self.choice.idClicked.connect(self.stack.setCurrentIndex)
        lay.addWidget(self.editor, 1)
        self.final = FinalView(self)
        lay.addWidget(self.final, 1)

    def choose(self, kind: str) -> None:
        index = KINDS.index(kind)
        self.choice.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)

    def refresh(self, summary: WorkSummary) -> None:
        editing = self.can_edit and self.is_open(summary)
        self.editor.setVisible(editing)
        self.final.setVisible(not editing)
        if editing:
            if self.choice.checkedId() < 0:
                self.choose(summary.outcome.kind if summary.outcome else "written")
            for panel in (self.agreement, self.oral, self.end):
                panel.refresh(summary)
        else:
            self.final.refresh(summary)


class OralPanel(QGroupBox):
    """Art. 28: the mediator records what the parties agreed orally; it binds from that day."""

    def __init__(self, tab: CaseTab) -> None:
        super().__init__()
        self.setTitle(self.tr("Oral agreement"))
        self.tab, self.view = tab, tab.view
        v = QVBoxLayout(self)
        note = QLabel(self.tr("For a simple dispute settled on the spot the parties may agree orally; "
                              "the mediator records what was agreed (art. 28)."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        v.addWidget(note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.terms = self.errors.add_row(form, self.tr("What was agreed"), "terms", text_box(110))
        self.performance_method = self.errors.add_row(form, self.tr("How performed"), "performance_method",
                                                      QLineEdit())
        self.performance_method.setPlaceholderText(self.tr("Optional"))
        self.performance_due = self.errors.add_row(form, self.tr("By when"), "performance_due", OptionalDateEdit())
        self.on = self.errors.add_row(form, self.tr("Agreed on"), "on", date_edit())
        v.addLayout(form)
        v.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.record_btn = QPushButton(self.tr("Record the oral agreement…"))
        self.record_btn.setObjectName("primary")
        self.record_btn.clicked.connect(self.record)
        row.addWidget(self.record_btn)
        v.addLayout(row)

    def refresh(self, summary: WorkSummary) -> None:
        today = self.view.services.case_work.today()
        self.on.setDateRange(QDate(self.view.detail.received_on), QDate(today))

    def record(self) -> bool:
        if not self.view.confirm(self.tr("Record the oral agreement? The case is then closed as agreed "
                                         "and its outcome can no longer be changed.")):
            return False
        terms, method = self.terms.toPlainText(), self.performance_method.text()
        due, on = self.performance_due.value(), self.on.date().toPython()
        ok, _ = self.tab.call(lambda: self.view.services.case_work.record_oral_agreement(
            self.view.actor, self.view.case_id, terms, on, method, due), self.errors)
        return ok


class EndPanel(QGroupBox):
    """End mediation without agreement; the parties are then told of the other routes (art. 26)."""

    def __init__(self, tab: CaseTab) -> None:
        super().__init__()
        self.setTitle(self.tr("End mediation"))
        self.tab, self.view = tab, tab.view
        v = QVBoxLayout(self)
        note = QLabel(self.tr("A party may refuse mediation (art. 17) or end it at any time (art. 23). When mediation "
                              "ends without agreement the parties must be told they may seek arbitration, "
                              "administrative or judicial remedies: print the termination notice for them (art. 26)."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        v.addWidget(note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.reason = QComboBox()
        for code in TERMINATION_REASONS:
            self.reason.addItem(termination_name(code), code)
        self.errors.add_row(form, self.tr("Reason"), "reason", self.reason)
        self.ended_by = QComboBox()
        self.errors.add_row(form, self.tr("Which party"), "ended_by", self.ended_by)
        self.detail = self.errors.add_row(form, self.tr("Details"), "detail", text_box(
            90, self.tr("What was said or done; required for another reason")))
        self.on = self.errors.add_row(form, self.tr("Ended on"), "on", date_edit())
        v.addLayout(form)
        v.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.end_btn = QPushButton(self.tr("End mediation…"))
        self.end_btn.setObjectName("primary")
        self.end_btn.clicked.connect(self.terminate)
        row.addWidget(self.end_btn)
        v.addLayout(row)
        self.reason.currentIndexChanged.connect(lambda _i: self._reason_changed())
        self._reason_changed()

    def _reason_changed(self) -> None:
        self.ended_by.setEnabled(self.reason.currentData() in ("party_refused", "party_ended"))

    def refresh(self, summary: WorkSummary) -> None:
        current = self.ended_by.currentData()
        self.ended_by.clear()
        self.ended_by.addItem(self.tr("Choose…"), "")
        for p in self.view.detail.parties:
            if p.role != "agent":
                self.ended_by.addItem(f"{p.name}（{role_name(p.role)}）", p.name)
        self.ended_by.setCurrentIndex(max(0, self.ended_by.findData(current)))
        self.on.setDateRange(QDate(self.view.detail.received_on), QDate(self.view.services.case_work.today()))

    def terminate(self) -> bool:
        reason = self.reason.currentData()
        ended_by = self.ended_by.currentData() if self.ended_by.isEnabled() else ""
        detail, on = self.detail.toPlainText(), self.on.date().toPython()
        text = self.tr("End mediation of case {number}: {reason}? This cannot be undone.").format(
            number=self.view.detail.number, reason=termination_name(reason))
        if not self.view.confirm(text):
            return False
        ok, _ = self.tab.call(lambda: self.view.services.case_work.terminate(
            self.view.actor, self.view.case_id, reason, detail, ended_by or "", on), self.errors)
        return ok


class FinalView(QWidget):
    """The outcome read-only: final, or a draft seen by someone who may only read."""

    def __init__(self, tab: CaseTab) -> None:
        super().__init__()
        self.tab, self.view = tab, tab.view
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.state = wrapped(name="okBanner")
        lay.addWidget(self.state)
        self.box = QGroupBox()
        self.form = QFormLayout(self.box)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        lay.addWidget(plain_scroll(self.box), 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.print_agreement_btn = QPushButton(self.tr("Print agreement…"))
        self.print_agreement_btn.clicked.connect(
            lambda: self.view.print_document(self.print_agreement_btn, "agreement", self.view.case_id))
        self.print_notice_btn = QPushButton(self.tr("Print termination notice…"))
        self.print_notice_btn.clicked.connect(
            lambda: self.view.print_document(self.print_notice_btn, "termination_notice", self.view.case_id))
        row.addWidget(self.print_agreement_btn)
        row.addWidget(self.print_notice_btn)
        lay.addLayout(row)

    def refresh(self, summary: WorkSummary) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        outcome = summary.outcome
        kind = outcome.kind if outcome else ""
        self.print_agreement_btn.setVisible(kind == "written")
        self.print_notice_btn.setVisible(kind == "terminated")
        if outcome is None:
            self.box.setTitle(self.tr("Outcome"))
            self.state.setObjectName("banner")
            self.state.setText(self.tr("No outcome has been recorded yet."))
            self._restyle()
            return
        self.box.setTitle(outcome_name(kind))
        final = outcome.effective_on is not None
        self.state.setObjectName("okBanner" if final else "banner")
        if not final:
            self.state.setText(self.tr("Draft: not in effect yet."))
        elif kind == "terminated":
            self.state.setText(self.tr("Mediation ended on {date}.").format(date=outcome.effective_on.isoformat()))
        else:
            self.state.setText(self.tr("In effect since {date}.").format(date=outcome.effective_on.isoformat()))
        self._restyle()

        def add(label: str, value: str) -> None:
            self.form.addRow(label, wrapped(value or "—"))

        if kind == "terminated":
            add(self.tr("Reason"), termination_name(outcome.termination_reason))
            if outcome.ended_by:
                add(self.tr("Which party"), outcome.ended_by)
            add(self.tr("Details"), outcome.termination_detail)
            add("", self.tr("Give each party the termination notice: it tells them of arbitration, "
                            "administrative and judicial remedies (art. 26)."))
            return
        if kind == "written":
            for field in ("facts", "disputed_matters", "responsibility"):
                add(agreement_item_name(field).capitalize(), getattr(outcome, field))
        add(agreement_item_name("terms").capitalize(), outcome.terms)
        add(agreement_item_name("performance_method").capitalize(), outcome.performance_method)
        add(agreement_item_name("performance_due").capitalize(),
            outcome.performance_due.isoformat() if outcome.performance_due else "")
        if kind == "written":
            marks = json.loads(outcome.signatures or "{}")
            signed = [f"{p.name}：{sign_mark_name(marks.get(str(pos), ''))}"
                      for pos, p in enumerate(self.view.detail.parties) if p.role != "agent"]
            signed.append(self.tr("mediator: {state}").format(
                state=self.tr("signed") if outcome.mediator_signed else self.tr("not yet")))
            signed.append(self.tr("committee seal: {state}").format(
                state=self.tr("applied") if outcome.committee_sealed else self.tr("not yet")))
            add(self.tr("Signatures"), "；".join(signed))
            if summary.agreement_missing:
                add(self.tr("Still missing"), "、".join(agreement_item_name(g) for g in summary.agreement_missing))

    def _restyle(self) -> None:
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
