"""One search over notary applications and consultations ("I came last month about…"): a name, a
phone, an ID number, a number like GZ2026-0012 or ZX2026-00012, or words of a question. Each kind
is searched only for a role that may see it. Double-click or Enter opens the record."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desk.services.container import Services
from desk.services.legal_search import Hit
from desk.services.permissions import Actor, Perm
from desk.views.legal_labels import HIT_KINDS, name, notary_state_name, referral_text
from desk.views.messages import show_error
from desk.views.page import page_layout
from desk.views.rows_model import RowsTableModel
from desk.views.tables import row_table


class HitsModel(RowsTableModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Number"), self.tr("Date"), self.tr("Who"), self.tr("What"),
                self.tr("State or referral"))

    def state(self, hit: Hit) -> str:
        if hit.kind == "notary_intake":
            return notary_state_name(hit.state)
        return referral_text(hit.state) or self.tr("Not referred")

    def text(self, hit: Hit, column: int) -> str:
        who = hit.who or (self.tr("Anonymous") if hit.kind == "consultation" else "")
        return (name(HIT_KINDS, hit.kind), hit.number, hit.day.isoformat(), who, hit.what, self.state(hit))[column]

    def tooltip(self, hit: Hit, column: int) -> str | None:
        return hit.what if column == 4 else None


class LegalSearchPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        if actor.can(Perm.NOTARY_VIEW) and actor.can(Perm.CONSULT_VIEW):
            hint = self.tr("Finds notary applications and consultations by name, phone, ID number or number, "
                           "consultations also by words of the question. Double-click or press Enter to open one.")
        elif actor.can(Perm.NOTARY_VIEW):
            hint = self.tr("Finds notary applications by name, phone, ID number, number or certificate number. "
                           "Double-click or press Enter to open one.")
        else:
            hint = self.tr("Finds consultations by name, phone, ID number, number or words of the question. "
                           "Double-click or press Enter to open one.")
        lay = page_layout(self, self.tr("Search intakes and consultations"), hint)
        row = QHBoxLayout()
        self.term = QLineEdit()
        self.term.setPlaceholderText(self.tr("Name, phone, ID number, GZ2026-0012, ZX2026-00012…"))
        self.term.setClearButtonEnabled(True)
        self.term.returnPressed.connect(self.search)
        row.addWidget(self.term, 1)
        self.search_btn = QPushButton(self.tr("Search"))
        self.search_btn.setObjectName("primary")
        self.search_btn.clicked.connect(self.search)
        row.addWidget(self.search_btn)
        lay.addLayout(row)
        self.count = QLabel()
        self.count.setObjectName("hint")
        lay.addWidget(self.count)
        self.model = HitsModel(self)
        self.table = row_table(self.model, (130, 130, 100, 150, 340))
        self.table.activated.connect(lambda index: self.open(index.row()))
        lay.addWidget(self.table, 1)
        self.term.setFocus()

    def search(self, term: str | None = None) -> list[Hit]:
        if isinstance(term, str):
            self.term.setText(term)
        text = self.term.text().strip()
        try:
            hits = self.services.legal_search.search(self.actor, text) if text else []
        except Exception as exc:
            show_error(self, exc)
            return []
        self.model.set_rows(hits)
        if not text:
            self.count.setText("")
        elif hits:
            self.count.setText(self.tr("{n} found, newest first.").format(n=len(hits)))
        else:
            self.count.setText(self.tr("Nothing found for “{term}”.").format(term=text))
        if hits:
            self.table.selectRow(0)
        return hits

    def open(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        hit = self.model.item(row)
        self.detail_dialog(hit).exec()

    def detail_dialog(self, hit: Hit):
        from desk.views.legal_detail import ConsultationDetailDialog, NotaryIntakeDetailDialog

        dialog_class = ConsultationDetailDialog if hit.kind == "consultation" else NotaryIntakeDetailDialog
        return dialog_class(self.services, self.actor, hit.id, self)
