"""Registering a mediation case (受理登记) on one screen: the case on the left, its parties on the
right. Before saving, open cases sharing an ID number, phone or address are shown; a second click
saves anyway (a duplicate check, not a block). After saving the form clears for the next case.
What is typed is kept as a draft (``case-intake``) and comes back after a crash."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.models.mediation import CASE_SOURCES
from desk.services.container import Services
from desk.services.grid import depth_first
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.permissions import Actor
from desk.views.case_labels import match_name, source_name, status_name
from desk.views.case_party_form import PartyForm, PartyTabs
from desk.views.drafts import DraftKeeper
from desk.views.forms import FieldErrors
from desk.views.messages import show_error
from desk.views.page import page_layout


class CaseIntakePage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.drafts: DraftKeeper | None = None
        self._ethnicities = [e.label for e in services.dictionaries.entries("ethnicity")]
        self._shown: set[str] = set()  # related cases already shown: a second click saves anyway
        lay = page_layout(self, self.tr("Register a mediation case"),
                          self.tr("Everything on one screen. Ctrl+S saves; open cases of the same people are shown first."))
        self.banner = QLabel()
        self.banner.setObjectName("okBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        lay.addWidget(self.banner)
        self._draft_slot = QVBoxLayout()
        lay.addLayout(self._draft_slot)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self._case_box(), 1)
        columns.addWidget(self._parties_box(), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(body)
        lay.addWidget(scroll, 1)
        lay.addWidget(self._related_box())
        row = QHBoxLayout()
        row.addStretch(1)
        self.clear_btn = QPushButton(self.tr("Clear form"))
        self.clear_btn.clicked.connect(self.reset)
        self.save_btn = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_btn.setObjectName("primary")
        self.save_btn.clicked.connect(self.save)
        row.addWidget(self.clear_btn)
        row.addWidget(self.save_btn)
        lay.addLayout(row)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        self.reset()
        self.drafts = DraftKeeper(services, actor, "case-intake", self.collect, self.restore,
                                  self.tr("Register a mediation case"), self)
        self._draft_slot.addWidget(self.drafts.banner)
        self.drafts.restore_if_any()

    # --- building --------------------------------------------------------------------------
    def _case_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Case"))
        outer = QVBoxLayout(box)
        self.facts = CaseFactsForm(self.services)
        outer.addWidget(self.facts)
        outer.addStretch(1)
        f = self.facts  # the page's own names for the fields (tests and the draft use them)
        self.errors, self.source, self.category, self.summary, self.place = f.errors, f.source, f.category, f.summary, f.place
        self.grid, self.amount, self.people, self.risk, self.risk_note = f.grid, f.amount, f.people, f.risk, f.risk_note
        return box

    def _parties_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Parties"))
        lay = QVBoxLayout(box)
        self.party_tabs = PartyTabs(self._ethnicities)
        self.party_tabs.added.connect(self._party_added)
        self.party_tabs.removed.connect(self._touch)
        self.tabs, self.parties_error = self.party_tabs.tabs, self.party_tabs.error
        self.add_btn, self.remove_btn = self.party_tabs.add_btn, self.party_tabs.remove_btn
        self.tabs.currentChanged.connect(lambda _i: self._chain_tabs())
        lay.addWidget(self.party_tabs, 1)
        return box

    def _related_box(self) -> QGroupBox:
        self.related_box = QGroupBox(self.tr("Open cases of the same people"))
        lay = QVBoxLayout(self.related_box)
        note = QLabel(self.tr("These open cases share an ID number, phone or address with the parties. "
                              "Check it is not the same dispute, then click “Save anyway”."))
        note.setObjectName("banner")
        note.setWordWrap(True)
        lay.addWidget(note)
        self.related = QTableWidget(0, 4)
        self.related.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Status"), self.tr("Matched on"), self.tr("Party")])
        self.related.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.related.verticalHeader().hide()
        self.related.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.related.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.related)
        self.related_box.hide()
        return self.related_box

    # --- parties ---------------------------------------------------------------------------
    def parties(self) -> list[PartyForm]:
        return self.party_tabs.parties()

    def add_party(self, role: str = "third_party") -> PartyForm:
        return self.party_tabs.add_party(role)

    def remove_party(self) -> None:
        self.party_tabs.remove_party()

    def _party_added(self, form: PartyForm) -> None:
        if self.drafts is not None:
            self.drafts.watch(form)
            self.drafts.touch()

    def _touch(self) -> None:
        if self.drafts is not None:
            self.drafts.touch()

    def _chain_tabs(self) -> None:
        """Tab order: case fields top to bottom, then the shown party's fields, then the buttons."""
        head, tail = self.party_tabs.focus_chain()
        for chain in (self.facts.editors + head, tail + [self.clear_btn, self.save_btn]):
            for a, b in zip(chain, chain[1:]):
                QWidget.setTabOrder(a, b)

    # --- saving ----------------------------------------------------------------------------
    def value(self) -> IntakeInput:
        return self.facts.value(self.party_tabs.values())

    def save(self) -> str | None:
        """Register the case; returns its id, or None (an error or related cases are shown)."""
        self._clear_errors()
        self.banner.hide()
        data = self.value()
        try:
            found = self.services.cases.related_cases(self.actor, data.parties)
            if any(case.id not in self._shown for case in found):
                self._show_related(found)
                return None
            registered = self.services.cases.register(self.actor, data)
        except Exception as exc:
            self._show_error(exc)
            return None
        self.reset()
        self.drafts.discard()
        self.banner.setText(self.tr("Case {number} registered. The form is ready for the next case.").format(
            number=registered.number))
        self.banner.show()
        return registered.id

    # --- draft ---------------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        """Every field, the parties included, as JSON-able values (the draft)."""
        data = asdict(self.value())
        data["escalation_note"] = self.risk_note.toPlainText()
        return data

    def restore(self, data: dict[str, Any]) -> None:
        self.facts.restore(data)
        parties = [p for p in data.get("parties") or [] if isinstance(p, dict)]
        if parties:
            self.party_tabs.clear()
            for party in parties:
                form = self.add_party(party.get("role") or "third_party")
                pick(form.kind, party.get("kind"))
                pick(form.sex, party.get("sex", ""))
                pick(form.ethnicity, party.get("ethnicity", ""))
                for name in ("name", "id_number", "phone", "address", "credit_code", "legal_representative"):
                    getattr(form, name).setText(str(party.get(name, "")))
            self.tabs.setCurrentIndex(0)
            self._chain_tabs()

    def _show_related(self, found) -> None:
        self._shown |= {case.id for case in found}
        self.related.setRowCount(len(found))
        for r, case in enumerate(found):
            for c, text in enumerate((case.number, status_name(case.status), match_name(case.matched_on), case.party)):
                item = QTableWidgetItem(text)
                item.setToolTip(case.summary)
                self.related.setItem(r, c, item)
        rows = sum(self.related.rowHeight(r) for r in range(min(len(found), 4)))
        self.related.setFixedHeight(self.related.horizontalHeader().height() + rows + 2 * self.related.frameWidth())
        self.related_box.show()
        self.save_btn.setText(self.tr("Save anyway"))

    def _clear_errors(self) -> None:
        self.errors.clear()
        self.party_tabs.clear_errors()

    def _show_error(self, exc: BaseException) -> None:
        if not (self.party_tabs.show_error(exc) or self.errors.show(exc)):
            show_error(self, exc)

    def reset(self) -> None:
        """Empty form for the next case: an applicant and a respondent."""
        self._clear_errors()
        self._shown = set()
        self.related_box.hide()
        self.save_btn.setText(self.tr("Save (Ctrl+S)"))
        self.facts.reset()
        self.party_tabs.clear()
        self.add_party("applicant")
        self.add_party("respondent")
        self.tabs.setCurrentIndex(0)
        self._chain_tabs()
        self.banner.hide()
        self.source.setFocus()


class CaseFactsForm(QWidget):
    """The facts of a case (source, kind of dispute, summary, place, area, amount, people, escalation
    risk) with an error line under each; shared by the intake page and the correction dialog."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.source = QComboBox()
        for code in CASE_SOURCES:
            self.source.addItem(source_name(code), code)
        self.category = QComboBox()
        self.category.addItem(self.tr("Choose…"), "")
        for entry in services.dictionaries.entries("dispute_category"):
            self.category.addItem(entry.label, entry.code)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What the dispute is about, in a sentence or two"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        self.place = QLineEdit()
        self.grid = QComboBox()
        self.grid.addItem(self.tr("Not set"), None)
        for node in depth_first(services.grid.tree(include_inactive=False)):
            self.grid.addItem("\u3000" * (node.level - 1) + node.name, node.id)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Yuan, e.g. 12000 or 3500.50; empty if none"))
        self.people = QSpinBox()
        self.people.setRange(0, 100000)
        self.risk = QCheckBox(self.tr("Escalation risk"))
        self.risk.setToolTip(self.tr("May turn into a public-order or criminal case — report to the police (art. 25)."))
        self.risk_note = QPlainTextEdit()
        self.risk_note.setTabChangesFocus(True)
        self.risk_note.setFixedHeight(80)
        self.risk_note.setPlaceholderText(
            self.tr("May turn into a public-order or criminal case — report to the police (art. 25). What was seen and who was told."))
        self.risk.toggled.connect(self.risk_note.setEnabled)
        for label, name, editor in (
                (self.tr("Source"), "source", self.source), (self.tr("Kind of dispute"), "category_code", self.category),
                (self.tr("Summary"), "summary", self.summary), (self.tr("Place"), "place", self.place),
                (self.tr("Community / grid"), "grid_id", self.grid), (self.tr("Amount involved"), "amount", self.amount),
                (self.tr("People involved"), "people_count", self.people), ("", "escalation_risk", self.risk),
                (self.tr("Risk note"), "escalation_note", self.risk_note)):
            self.errors.add_row(form, label, name, editor)
        self.editors: list[QWidget] = [self.source, self.category, self.summary, self.place, self.grid, self.amount,
                                       self.people, self.risk, self.risk_note]

    def value(self, parties: list[PartyInput]) -> IntakeInput:
        return IntakeInput(
            source=self.source.currentData(), category_code=self.category.currentData() or "",
            summary=self.summary.toPlainText(), place=self.place.text(), grid_id=self.grid.currentData(),
            amount=self.amount.text(), people_count=self.people.value(), escalation_risk=self.risk.isChecked(),
            escalation_note=self.risk_note.toPlainText() if self.risk.isChecked() else "", parties=parties)

    def restore(self, data: dict[str, Any]) -> None:
        """Show the facts of ``data`` (a draft, or ``asdict`` of a case's IntakeInput)."""
        pick(self.source, data.get("source"))
        pick(self.category, data.get("category_code", ""))
        pick(self.grid, data.get("grid_id"))
        self.summary.setPlainText(str(data.get("summary", "")))
        self.place.setText(str(data.get("place", "")))
        self.amount.setText(str(data.get("amount", "")))
        self.people.setValue(int(data.get("people_count") or 0))
        self.risk.setChecked(bool(data.get("escalation_risk")))
        self.risk_note.setEnabled(self.risk.isChecked())
        self.risk_note.setPlainText(str(data.get("escalation_note", "")))

    def reset(self) -> None:
        self.errors.clear()
        self.source.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.grid.setCurrentIndex(0)
        for editor in (self.summary, self.place, self.amount, self.risk_note):
            editor.clear()
        self.people.setValue(2)
        self.risk.setChecked(False)
        self.risk_note.setEnabled(False)


def pick(combo: QComboBox, value) -> None:
    """Select the entry holding ``value``; None / "" pick the first entry ("not set", "choose…")."""
    index = combo.findData(value)
    if index >= 0 or value in (None, ""):
        combo.setCurrentIndex(max(index, 0))
