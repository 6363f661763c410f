"""Lazy table model over the audit trail (tested without a window)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk.services.audit_log import AuditRow
from desk.timeutil import fmt_local
from desk.views.labels import action_name, entity_name
from desk.views.lazy_table_model import LazyTableModel


class AuditTableModel(LazyTableModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Time"), self.tr("Person"), self.tr("Action"),
                self.tr("Record"), self.tr("Summary"))

    def record(self, row: int) -> AuditRow:
        return self.item(row)

    def cell(self, rec: AuditRow, column: int, role: int):
        if role == Qt.DisplayRole:
            return (str(rec.id), fmt_local(rec.at), rec.actor_name, action_name(rec.action),
                    f"{entity_name(rec.entity)} {rec.entity_id}".strip(), rec.summary.replace("\n", " ")[:200])[column]
        if role == Qt.ToolTipRole and column == 5:
            return rec.summary[:2000]
        if role == Qt.TextAlignmentRole and column == 0:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None
