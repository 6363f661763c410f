"""Lazy table model over mediation cases (tested without a window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desk.services.mediation_cases import CaseRow
from desk.views.case_labels import status_name
from desk.views.lazy_table_model import LazyTableModel


class CaseListModel(LazyTableModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Number"), self.tr("Received"), self.tr("Category"), self.tr("Parties"),
                self.tr("Status"), self.tr("Flags"))

    def case(self, row: int) -> CaseRow | None:
        return self.item(row)

    def flags_text(self, case: CaseRow) -> str:
        flags = []
        if case.mass_dispute:
            flags.append(self.tr("Mass dispute"))
        if case.escalation_risk:
            flags.append(self.tr("Escalation risk"))
        return self.tr(", ").join(flags)

    def cell(self, case: CaseRow, column: int, role: int):
        if role == Qt.DisplayRole:
            return (case.number, case.received_on.isoformat(), case.category, case.parties,
                    status_name(case.status), self.flags_text(case))[column]
        if role == Qt.ForegroundRole and column == 5 and case.escalation_risk:
            return QColor("#c62828")
        return None
