"""Correcting an open case's facts and parties (a typo; the sex, birth date, address or ethnicity the
written agreement needs but nobody typed at intake). The same fields as the intake page, filled from
the case with full ID numbers and phones (reading them is audited as a reveal); saving goes through
CaseService.update, which keeps the number and the day received."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from desk.services.container import Services
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.mediation_detail import case_detail
from desk.services.permissions import Actor
from desk.views.case_intake import CaseFactsForm
from desk.views.case_party_form import PartyTabs
from desk.views.messages import show_error


def case_input(services: Services, actor: Actor, case_id: str) -> tuple[str, IntakeInput]:
    """The case's number and its facts and parties as the registration form holds them, ID numbers and
    phones in full."""
    detail = case_detail(services.db, actor, case_id, reveal=True)
    case = services.cases.get(actor, case_id)  # codes, area, amount, agents: what the detail shows as text
    rows = sorted(case.parties, key=lambda p: p.position)
    parties = []
    for shown, row in zip(detail.parties, rows):
        org = row.kind == "org"
        parties.append(PartyInput(
            role=shown.role, kind=shown.kind, name=shown.name, sex=shown.sex or "", ethnicity=shown.ethnicity or "",
            birth_date=shown.birth_date, id_number="" if org else shown.id_number, address=shown.address or "",
            phone=shown.phone or "", credit_code=(row.credit_code or row.id_number or "") if org else "",
            legal_representative=shown.legal_representative or "", agent_for=row.agent_for))
    amount = f"{case.amount_cents / 100:.2f}".removesuffix(".00") if case.amount_cents else ""
    return detail.number, IntakeInput(
        source=case.source, category_code=case.category_code, summary=case.summary, place=case.place or "",
        grid_id=case.grid_id, amount=amount, people_count=case.people_count, escalation_risk=case.escalation_risk,
        escalation_note=case.escalation_note or "", received_on=case.received_on, parties=parties)


class CaseEditDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, case_id: str, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case_id = services, actor, case_id
        number, data = case_input(services, actor, case_id)  # raises when the case can't be read
        self.setWindowTitle(self.tr("Correct case {number}").format(number=number))
        self.setSizeGripEnabled(True)
        self.resize(1000, 720)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 12, 18, 12)
        lay.setSpacing(8)
        title = QLabel(self.tr("Correct facts and parties of {number}").format(number=number))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        hint = QLabel(self.tr("Correct a typo or add what the agreement needs (sex, birth date, ethnicity, address). "
                              "The case number and the day received stay; if the parties change, signatures "
                              "already recorded are recorded again."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        lay.addWidget(hint)

        columns = QHBoxLayout()
        facts_box = QGroupBox(self.tr("Case"))
        facts_lay = QVBoxLayout(facts_box)
        self.facts = CaseFactsForm(services)
        facts_lay.addWidget(self.facts)
        facts_lay.addStretch(1)
        self.errors = self.facts.errors
        parties_box = QGroupBox(self.tr("Parties"))
        parties_lay = QVBoxLayout(parties_box)
        ethnicities = [e.label for e in services.dictionaries.entries("ethnicity")]
        self.party_tabs = PartyTabs(ethnicities, birth_date=True)
        self.party_tabs.tabs.currentChanged.connect(lambda _i: self._chain_tabs())
        parties_lay.addWidget(self.party_tabs)
        columns.addWidget(facts_box, 1)
        columns.addWidget(parties_box, 1)
        lay.addLayout(columns, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.save_btn = self.buttons.button(QDialogButtonBox.Save)
        self.save_btn.setText(self.tr("Save corrections"))
        self.save_btn.setObjectName("primary")
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

        self.facts.restore(asdict(data))
        self.party_tabs.set_values(data.parties)
        self._chain_tabs()
        self.facts.summary.setFocus()

    # --- the parties as the tests and the intake page reach them ----------------------------------
    def parties(self):
        return self.party_tabs.parties()

    @property
    def tabs(self):
        return self.party_tabs.tabs

    def _chain_tabs(self) -> None:
        head, tail = self.party_tabs.focus_chain()
        for chain in (self.facts.editors + head, tail + [self.save_btn, self.buttons.button(QDialogButtonBox.Cancel)]):
            for a, b in zip(chain, chain[1:]):
                self.setTabOrder(a, b)

    # --- saving ------------------------------------------------------------------------------------
    def value(self) -> IntakeInput:
        return self.facts.value(self.party_tabs.values())

    def save(self) -> bool:
        """Write the corrections; True (and the dialog accepted) when they were saved."""
        self.errors.clear()
        self.party_tabs.clear_errors()
        try:
            self.services.cases.update(self.actor, self.case_id, self.value())
        except Exception as exc:
            self.report(exc)
            return False
        self.accept()
        return True

    def report(self, exc: BaseException) -> None:
        if not (self.party_tabs.show_error(exc) or self.errors.show(exc)):
            self.error(exc)

    def error(self, exc: BaseException) -> None:
        show_error(self, exc)
