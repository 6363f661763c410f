"""The "needs attention" table of the sync page: one row per open item (a field changed on both
sides, a change the platform refused, a platform record this desk could not take in)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desk.sync.attention import Problem
from desk.timeutil import to_local
from desk.views.rows_model import RowsTableModel
from desk.views.sync_labels import code_text, field_name, kind_name, record_text, short_value

CONFLICT_COLOUR = "#7a4b00"


class SyncAttentionModel(RowsTableModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("What"), self.tr("Record"), self.tr("Field"), self.tr("Noticed"), self.tr("Detail"))

    def text(self, row: Problem, column: int) -> str:
        if column == 0:
            return kind_name(row.kind)
        if column == 1:
            return record_text(row.entity, row.entity_id, row.title)
        if column == 2:
            return field_name(row.field) or "—"
        if column == 3:
            local = to_local(row.created_at)
            return local.strftime("%m-%d %H:%M") if local else ""
        return self.detail(row)

    def detail(self, row: Problem) -> str:
        if row.kind == "conflict":
            return self.tr("Here: {mine} · Platform: {theirs}").format(
                mine=short_value(row.entity, row.field, row.mine, 16),
                theirs=short_value(row.entity, row.field, row.theirs, 16))
        return code_text(row.code, row.detail)

    def colour(self, row: Problem, column: int) -> QColor | None:
        return QColor(CONFLICT_COLOUR) if column == 0 and row.kind == "conflict" else None

    def tooltip(self, row: Problem, column: int) -> str | None:
        if row.kind == "conflict":
            return self.tr("Double-click to choose which value to keep.")
        return row.detail or None
