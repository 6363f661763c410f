"""The written mediation agreement (调解协议书, art. 29) while it is being drafted and signed: its text
with a live line naming the items the law asks for that are still missing, and the signing record.
It takes effect when every party has signed, sealed or thumb-printed, the mediator has signed and
the committee's seal is applied."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.models.mediation import SIGN_MARKS
from desk.services.mediation_rules import PartyParticulars, agreement_gaps, party_gaps
from desk.services.mediation_work import AgreementInput, SigningInput, WorkSummary
from desk.views.case_labels import agreement_item_name, particular_name, role_name, sign_mark_name
from desk.views.case_tab import CaseTab, OptionalDateEdit, date_edit, plain_scroll, wrapped
from desk.views.forms import FieldErrors

TEXT_FIELDS = ("facts", "disputed_matters", "responsibility", "terms")


def text_box(height: int, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setPlaceholderText(placeholder)
    return box


class AgreementPanel(QWidget):
    def __init__(self, tab: CaseTab) -> None:
        super().__init__()
        self.tab, self.view = tab, tab.view
        self.dirty = False
        self.saved = False
        self._stamp = None
        self._party_names: tuple = ()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._text_box(), 3)
        lay.addWidget(self._signing_box(), 2)

    # --- building -----------------------------------------------------------------------------
    def _text_box(self) -> QWidget:
        box = QGroupBox(self.tr("Agreement text (art. 29)"))
        v = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.facts = self.errors.add_row(form, self.tr("Main facts"), "facts", text_box(
            64, self.tr("What happened, as both parties accept it")))
        self.disputed_matters = self.errors.add_row(form, self.tr("Matters in dispute"), "disputed_matters",
                                                    text_box(48))
        self.responsibility = self.errors.add_row(form, self.tr("Responsibility"), "responsibility", text_box(
            48, self.tr("Each party's responsibility")))
        self.terms = self.errors.add_row(form, self.tr("Agreed terms"), "terms", text_box(64))
        self.performance_method = self.errors.add_row(form, self.tr("How performed"), "performance_method", QLineEdit())
        self.performance_method.setPlaceholderText(self.tr("e.g. paid in cash in one sum"))
        self.performance_due = self.errors.add_row(form, self.tr("By when"), "performance_due", OptionalDateEdit())
        v.addLayout(form)
        self.missing = wrapped()
        v.addWidget(self.missing)
        row = QHBoxLayout()
        row.addStretch(1)
        self.print_btn = QPushButton(self.tr("Print agreement…"))
        self.print_btn.clicked.connect(self.print_agreement)
        self.save_btn = QPushButton(self.tr("Save agreement"))
        self.save_btn.setObjectName("primary")
        self.save_btn.clicked.connect(self.save)
        row.addWidget(self.print_btn)
        row.addWidget(self.save_btn)
        v.addLayout(row)
        for edit in (self.facts, self.disputed_matters, self.responsibility, self.terms):
            edit.textChanged.connect(self._changed)
        self.performance_method.textChanged.connect(self._changed)
        self.performance_due.changed.connect(self._changed)
        return plain_scroll(box)

    def _signing_box(self) -> QWidget:
        box = QGroupBox(self.tr("Signing"))
        v = QVBoxLayout(box)
        note = QLabel(self.tr(
            "It takes effect when every party has signed, sealed or thumb-printed, the mediator "
            "has signed and the committee's seal is applied. One copy per party plus one for the file."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        v.addWidget(note)
        self.sign_form = QFormLayout()
        self.sign_errors = FieldErrors()
        self.party_rows = QWidget()
        self.party_form = QFormLayout(self.party_rows)
        self.party_form.setContentsMargins(0, 0, 0, 0)
        self.sign_combos: dict[int, QComboBox] = {}
        self.sign_errors.add_row(self.sign_form, "", "signatures", self.party_rows)
        self.mediator_signed = QCheckBox(self.tr("The mediator has signed"))
        self.committee_sealed = QCheckBox(self.tr("The committee's seal is applied"))
        self.sign_form.addRow("", self.mediator_signed)
        self.sign_form.addRow("", self.committee_sealed)
        self.signed_on = self.sign_errors.add_row(self.sign_form, self.tr("Date signed"), "signed_on", date_edit())
        v.addLayout(self.sign_form)
        self.sign_status = wrapped()
        v.addWidget(self.sign_status)
        v.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.sign_btn = QPushButton(self.tr("Record signatures"))
        self.sign_btn.clicked.connect(self.record_signing)
        row.addWidget(self.sign_btn)
        v.addLayout(row)
        return plain_scroll(box)  # a dispute with many parties has many rows

    def _party_rows(self) -> None:
        """One combo per party (agents sign for nobody here). A party's position is its index in
        the case's party list, which case_detail returns in position order."""
        parties = [(pos, p) for pos, p in enumerate(self.view.detail.parties) if p.role != "agent"]
        names = tuple((pos, p.name) for pos, p in parties)
        if names == self._party_names:
            return
        self._party_names = names
        while self.party_form.rowCount():
            self.party_form.removeRow(0)
        self.sign_combos.clear()
        for pos, p in parties:
            combo = QComboBox()
            for code in ("", *SIGN_MARKS):
                combo.addItem(sign_mark_name(code), code)
            self.party_form.addRow(f"{p.name}（{role_name(p.role)}）", combo)
            self.sign_combos[pos] = combo

    # --- showing ------------------------------------------------------------------------------
    def refresh(self, summary: WorkSummary) -> None:
        self._party_rows()
        outcome = summary.outcome if summary.outcome is not None and summary.outcome.kind == "written" else None
        stamp = (outcome.updated_at, outcome.kind) if outcome else None
        if stamp != self._stamp or not self.dirty:
            self._stamp = stamp
            self._fill(outcome)
        today, received = self.view.services.case_work.today(), self.view.detail.received_on
        self.signed_on.setDateRange(QDate(received), QDate(today))
        self.saved = outcome is not None
        if outcome is None:
            self.sign_status.setText(self.tr("Save the agreement text first; then record who has signed."))
            self.sign_status.setStyleSheet("")
        else:
            pending = list(summary.unsigned)
            if not outcome.mediator_signed:
                pending.append(self.tr("the mediator"))
            if not outcome.committee_sealed:
                pending.append(self.tr("the committee's seal"))
            self.sign_status.setText(
                self.tr("Not in effect yet. Still to sign: {items}.").format(items="、".join(pending)))
            self.sign_status.setStyleSheet("color: #b26a00;")
        self.show_missing(self.gaps() if self.dirty or outcome is None else summary.agreement_missing)

    def _fill(self, outcome) -> None:
        self.facts.setPlainText(outcome.facts if outcome else "")
        self.disputed_matters.setPlainText(outcome.disputed_matters if outcome else "")
        self.responsibility.setPlainText(outcome.responsibility if outcome else "")
        self.terms.setPlainText(outcome.terms if outcome else "")
        self.performance_method.setText(outcome.performance_method if outcome else "")
        self.performance_due.set_value(outcome.performance_due if outcome else None)
        marks = json.loads(outcome.signatures or "{}") if outcome else {}
        for pos, combo in self.sign_combos.items():
            combo.setCurrentIndex(max(0, combo.findData(marks.get(str(pos), ""))))
        self.mediator_signed.setChecked(bool(outcome and outcome.mediator_signed))
        self.committee_sealed.setChecked(bool(outcome and outcome.committee_sealed))
        self.signed_on.setDate(QDate(self.view.services.case_work.today()))
        self.dirty = False

    def _changed(self) -> None:
        self.dirty = True
        self.show_missing(self.gaps())

    def particulars(self) -> list[tuple[str, PartyParticulars]]:
        return [(p.name, PartyParticulars(p.kind, p.name, p.sex, p.birth_date, p.id_number, p.address,
                                          p.legal_representative))
                for p in self.view.detail.parties if p.role != "agent"]

    def gaps(self) -> list[str]:
        """The art. 29 items missing from what is typed now (the service's own rule)."""
        d = self.value()
        return agreement_gaps([q for _n, q in self.particulars()], d.facts, d.disputed_matters, d.responsibility,
                              d.terms, d.performance_method, d.performance_due)

    def show_missing(self, gaps: list[str]) -> None:
        if not gaps:
            self.missing.setText(self.tr("Every item art. 29 asks for is there."))
            self.missing.setStyleSheet("color: #2e7d32;")
            return
        names = []
        for gap in gaps:
            name = agreement_item_name(gap)
            if gap == "parties":
                lacking = [f"{n}：{'、'.join(particular_name(f) for f in fields)}"
                           for n, q in self.particulars() if (fields := party_gaps(q))]
                if lacking:
                    name += f"（{'；'.join(lacking)}）"
            names.append(name)
        self.missing.setText(self.tr("Still missing: {items}").format(items="、".join(names)))
        self.missing.setStyleSheet("color: #c62828;")

    # --- actions ------------------------------------------------------------------------------
    def value(self) -> AgreementInput:
        return AgreementInput(
            facts=self.facts.toPlainText(), disputed_matters=self.disputed_matters.toPlainText(),
            responsibility=self.responsibility.toPlainText(), terms=self.terms.toPlainText(),
            performance_method=self.performance_method.text(), performance_due=self.performance_due.value())

    def save(self) -> list[str] | None:
        """Save the text; returns the items still missing (None when saving failed)."""
        data = self.value()
        ok, missing = self.tab.call(
            lambda: self.view.services.case_work.save_agreement(self.view.actor, self.view.case_id, data), self.errors)
        if not ok:
            return None
        self.dirty = False
        self.show_missing(missing)
        return missing

    def print_agreement(self) -> None:
        """The service refuses an agreement lacking an art. 29 item and names them."""
        if self.dirty and self.save() is None:
            return
        self.view.print_document(self.print_btn, "agreement", self.view.case_id, errors=self.errors)

    def record_signing(self) -> None:
        # read the marks before saving the text: the reload after saving refills the form
        marks = {pos: combo.currentData() for pos, combo in self.sign_combos.items() if combo.currentData()}
        data = SigningInput(marks, self.mediator_signed.isChecked(), self.committee_sealed.isChecked(),
                            self.signed_on.date().toPython())
        if (self.dirty or not self.saved) and self.save() is None:
            return
        self.tab.call(lambda: self.view.services.case_work.record_signing(self.view.actor, self.view.case_id, data),
                      self.sign_errors)
