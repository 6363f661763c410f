"""调查与调解: the investigation records and mediation sessions of a case, held or planned. New and
existing records open in the record editor; a planned session can be cancelled; a record that was
held prints as 调查记录 / 调解笔录."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from desk.models.mediation import CaseRecord
from desk.services.mediation_work import WorkSummary
from desk.views.case_labels import record_kind_name, record_state_name
from desk.views.case_tab import WARN_COLOUR, CaseTab, list_table, select_key, selected_key, set_row


class CaseRecordsTab(CaseTab):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.records: dict[str, CaseRecord] = {}
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_investigation_btn = QPushButton(self.tr("New investigation record…"))
        self.new_investigation_btn.clicked.connect(lambda: self.open_editor("investigation"))
        self.new_session_btn = QPushButton(self.tr("New session record…"))
        self.new_session_btn.clicked.connect(lambda: self.open_editor("session"))
        self.plan_btn = QPushButton(self.tr("Plan a session…"))
        self.plan_btn.clicked.connect(self.plan)
        self.edit_btn = QPushButton(self.tr("Open / write up…"))
        self.edit_btn.clicked.connect(self.edit_selected)
        self.cancel_btn = QPushButton(self.tr("Cancel planned…"))
        self.cancel_btn.clicked.connect(self.cancel_selected)
        self.print_btn = QPushButton(self.tr("Print record…"))
        self.print_btn.clicked.connect(self.print_selected)
        for b in (self.new_investigation_btn, self.new_session_btn, self.plan_btn):
            bar.addWidget(b)
        bar.addStretch(1)
        for b in (self.edit_btn, self.cancel_btn, self.print_btn):
            bar.addWidget(b)
        self.show_edit(self.new_investigation_btn, self.new_session_btn, self.plan_btn, self.edit_btn, self.cancel_btn)
        lay.addLayout(bar)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.table = list_table([self.tr("Date and time"), self.tr("Kind"), self.tr("State"), self.tr("Place"),
                                 self.tr("Conducted by"), self.tr("Attendees"), self.tr("Public / private")],
                                (140, 130, 80, 150, 120, 220))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        lay.addWidget(self.table, 3)
        self.content = QPlainTextEdit()
        self.content.setReadOnly(True)
        self.content.setPlaceholderText(self.tr("Select a record to read it here."))
        lay.addWidget(self.content, 2)

    def refresh(self, summary: WorkSummary) -> None:
        self.summary = summary
        key = selected_key(self.table)
        self.records = {r.id: r for r in summary.records}
        self.table.setRowCount(len(summary.records))
        for row, r in enumerate(summary.records):
            set_row(self.table, row, [
                f"{r.starts_at:%Y-%m-%d %H:%M}", record_kind_name(r.kind), record_state_name(r.state), r.place,
                r.staff, r.attendees, self.tr("Public") if r.public else self.tr("Private")],
                r.id, {2: WARN_COLOUR} if r.state == "scheduled" else None)
        if key:
            select_key(self.table, key)
        open_ = self.can_edit and self.is_open(summary)
        for b in (self.new_investigation_btn, self.new_session_btn, self.plan_btn):
            b.setEnabled(open_)
        if summary.archived_on is not None:
            self.note.setText(self.tr("The case is archived; its records are read-only."))
        elif not self.is_open(summary):
            self.note.setText(self.tr("Mediation has ended; records can no longer be added or changed."))
        elif not summary.records:
            self.note.setText(self.tr("No records yet. Write up an investigation or a session, or plan a session.")
                              if self.can_edit else self.tr("No records yet."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self._selection_changed()

    def selected(self) -> CaseRecord | None:
        return self.records.get(selected_key(self.table))

    def _selection_changed(self) -> None:
        record = self.selected()
        open_ = self.can_edit and self.is_open(self.summary)
        self.edit_btn.setEnabled(open_ and record is not None)
        self.cancel_btn.setEnabled(open_ and record is not None and record.state == "scheduled")
        self.print_btn.setEnabled(record is not None and record.state == "held")
        if record is None:
            self.content.clear()
            return
        lines = [self.tr("Recorder: {name}").format(name=record.recorder or "—"),
                 self.tr("Signed by: {names}").format(names=record.signed_by or "—"), "", record.content]
        self.content.setPlainText("\n".join(lines).strip())

    # --- actions ------------------------------------------------------------------------------
    def open_editor(self, kind: str, record: CaseRecord | None = None, planned: bool = False) -> None:
        try:
            dialog = self.view.record_dialog_class()(self.services, self.actor, self.case_id, kind, record, self.view)
        except Exception as exc:
            self.view.report(exc)
            return
        if planned and hasattr(dialog, "planned"):  # the editor's own planned / held choice
            dialog.planned.setChecked(True)
        if self.view.run_dialog(dialog):
            self.view.reload()

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None and self.edit_btn.isEnabled():
            self.open_editor(record.kind, record)

    def plan(self) -> None:
        self.open_editor("session", planned=True)

    def cancel_selected(self) -> None:
        record = self.selected()
        if record is None or record.state != "scheduled":
            return
        if self.view.confirm(self.tr("Take the {kind} planned for {when} out of the diary?").format(
                kind=record_kind_name(record.kind), when=f"{record.starts_at:%Y-%m-%d %H:%M}")):
            self.call(lambda: self.services.case_work.cancel_scheduled(self.actor, record.id))

    def print_selected(self) -> None:
        record = self.selected()
        if record is not None and record.state == "held":
            builder = "investigation_record" if record.kind == "investigation" else "session_record"
            self.view.print_document(self.print_btn, builder, record.id)
