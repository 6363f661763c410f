"""回访: checking that an agreement is performed (art. 31), and for a written agreement the 30-day
window in which the parties may jointly ask a court for judicial confirmation (art. 33)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desk.errors import ValidationError
from desk.models.mediation import FOLLOW_UP_METHODS, PERFORMANCE, CaseFollowUp
from desk.services.mediation_rules import judicial_deadline
from desk.services.mediation_work import FollowUpInput, WorkSummary
from desk.views.case_labels import follow_up_method_name, judicial_name, performance_name
from desk.views.case_tab import (
    MISSING_COLOUR,
    OK_COLOUR,
    CaseTab,
    date_edit,
    list_table,
    select_key,
    selected_key,
    set_row,
    wrapped,
)
from desk.views.forms import FieldErrors
from desk.views.messages import error_text

WARN_DAYS = 3


class CaseFollowUpTab(CaseTab):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.follow_ups: dict[int, CaseFollowUp] = {}
        lay = QVBoxLayout(self)
        self.note = wrapped(name="hint")
        lay.addWidget(self.note)

        box = QGroupBox(self.tr("Performance follow-ups (art. 31)"))
        v = QVBoxLayout(box)
        bar = QHBoxLayout()
        self.record_btn = QPushButton(self.tr("Record follow-up…"))
        self.record_btn.clicked.connect(self.record)
        self.schedule_btn = QPushButton(self.tr("Schedule another…"))
        self.schedule_btn.clicked.connect(self.schedule)
        self.print_btn = QPushButton(self.tr("Print follow-up record…"))
        self.print_btn.clicked.connect(self.print_selected)
        bar.addWidget(self.record_btn)
        bar.addWidget(self.schedule_btn)
        bar.addStretch(1)
        bar.addWidget(self.print_btn)
        self.show_edit(self.record_btn, self.schedule_btn)
        v.addLayout(bar)
        self.table = list_table([self.tr("Due"), self.tr("Done"), self.tr("Method"), self.tr("Performance"),
                                 self.tr("Notes"), self.tr("By")], (100, 100, 90, 110, 380))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.record_btn.isEnabled() and self.record())
        v.addWidget(self.table)
        lay.addWidget(box, 1)

        self.judicial_box = QGroupBox(self.tr("Judicial confirmation (art. 33)"))
        j = QVBoxLayout(self.judicial_box)
        self.window_label = wrapped()
        f = self.window_label.font()
        f.setBold(True)
        self.window_label.setFont(f)
        j.addWidget(self.window_label)
        self.judicial_state = wrapped()
        j.addWidget(self.judicial_state)
        row = QHBoxLayout()
        self.applied_label = QLabel(self.tr("Applied on"))
        self.applied_on = date_edit()
        self.applied_btn = QPushButton(self.tr("Record application"))
        self.applied_btn.clicked.connect(lambda: self.set_judicial("applied"))
        self.not_needed_btn = QPushButton(self.tr("Not needed"))
        self.not_needed_btn.clicked.connect(lambda: self.set_judicial("not_needed"))
        self.judicial_error = wrapped(name="fieldError")
        self.judicial_error.hide()
        for w in (self.applied_label, self.applied_on, self.applied_btn, self.not_needed_btn):
            row.addWidget(w)
        row.addStretch(1)
        self.show_edit(self.applied_label, self.applied_on, self.applied_btn, self.not_needed_btn)
        j.addLayout(row)
        j.addWidget(self.judicial_error)
        lay.addWidget(self.judicial_box)

    def refresh(self, summary: WorkSummary) -> None:
        self.summary = summary
        outcome = summary.outcome
        agreed = outcome is not None and outcome.kind in ("written", "oral") and outcome.effective_on is not None
        if agreed:
            self.note.setText("")
        elif outcome is not None and outcome.kind == "terminated":
            self.note.setText(self.tr("Mediation ended without agreement: there is nothing to follow up."))
        else:
            self.note.setText(self.tr("Follow-ups start once an agreement is in effect; the first one is scheduled "
                                      "for when performance is due."))
        self.note.setVisible(bool(self.note.text()))
        key = selected_key(self.table)
        today = self.services.case_work.today()
        self.follow_ups = {f.id: f for f in summary.follow_ups}
        self.table.setRowCount(len(summary.follow_ups))
        for row, f in enumerate(summary.follow_ups):
            late = f.done_on is None and f.due_on < today
            set_row(self.table, row, [
                f.due_on.isoformat(), f.done_on.isoformat() if f.done_on else self.tr("not yet"),
                follow_up_method_name(f.method) if f.done_on else "",
                performance_name(f.performance) if f.done_on else "",
                f.notes, f.by_name], f.id, {0: MISSING_COLOUR} if late else None)
        if key is not None:
            select_key(self.table, key)
        writable = self.can_edit and summary.archived_on is None
        self.schedule_btn.setEnabled(writable and summary.status == "agreed")
        self._selection_changed()
        self._judicial(summary, today)

    def _judicial(self, summary: WorkSummary, today) -> None:
        outcome = summary.outcome
        written = outcome is not None and outcome.kind == "written" and outcome.effective_on is not None
        self.judicial_box.setVisible(written)
        self.judicial_error.hide()
        if not written:
            return
        last = judicial_deadline(outcome.effective_on)
        left = (last - today).days
        if left >= 0:
            text = self.tr("The parties may jointly apply for judicial confirmation until {date} "
                           "(days left: {days}).").format(date=last.isoformat(), days=left)
        else:
            text = self.tr("The 30-day window for judicial confirmation closed on {date}.").format(
                date=last.isoformat())
        self.window_label.setText(text)
        settled = outcome.judicial_status != ""
        colour = "#52606d" if settled else "#c62828" if left <= WARN_DAYS else "#1f2933"
        self.window_label.setStyleSheet(f"color: {colour};")
        state = judicial_name(outcome.judicial_status)
        if outcome.judicial_status == "applied" and outcome.judicial_applied_on:
            state += self.tr(" on {date}").format(date=outcome.judicial_applied_on.isoformat())
        self.judicial_state.setText(self.tr("Recorded: {state}").format(state=state))
        self.judicial_state.setStyleSheet(f"color: {OK_COLOUR.name()};" if settled else "")
        writable = self.can_edit and summary.archived_on is None
        self.applied_on.setDateRange(QDate(outcome.effective_on), QDate(today))
        if outcome.judicial_applied_on:
            self.applied_on.setDate(QDate(outcome.judicial_applied_on))
        for w in (self.applied_on, self.applied_btn, self.not_needed_btn):
            w.setEnabled(writable)

    def selected(self) -> CaseFollowUp | None:
        return self.follow_ups.get(selected_key(self.table))

    def target(self) -> CaseFollowUp | None:
        """The selected follow-up, else the first one not yet made."""
        return self.selected() or next((f for f in self.summary.follow_ups if f.done_on is None), None)

    def _selection_changed(self) -> None:
        writable = self.can_edit and self.summary.archived_on is None
        self.record_btn.setEnabled(writable and self.target() is not None)
        self.print_btn.setEnabled(self.selected() is not None)

    # --- actions ------------------------------------------------------------------------------
    def record(self) -> None:
        follow_up = self.target()
        if follow_up is None:
            return
        if self.view.run_dialog(FollowUpRecordDialog(self.view, follow_up)):
            self.view.reload()

    def schedule(self) -> None:
        if self.view.run_dialog(ScheduleDialog(self.view, self.summary)):
            self.view.reload()

    def print_selected(self) -> None:
        follow_up = self.selected()
        if follow_up is not None:
            self.view.print_document(self.print_btn, "follow_up_record", follow_up.id)

    def set_judicial(self, status: str) -> None:
        applied_on = self.applied_on.date().toPython() if status == "applied" else None
        self.judicial_error.hide()
        try:
            self.services.case_work.set_judicial_confirmation(self.actor, self.case_id, status, applied_on)
        except Exception as exc:
            if isinstance(exc, ValidationError):
                self.judicial_error.setText(error_text(exc))
                self.judicial_error.show()
            else:
                self.view.report(exc)
            return
        self.view.reload()


class FollowUpRecordDialog(QDialog):
    """What a follow-up found: when and how the parties were contacted, how far the agreement is performed."""

    def __init__(self, view, follow_up: CaseFollowUp) -> None:
        super().__init__(view)
        self.view, self.follow_up = view, follow_up
        self.setWindowTitle(self.tr("Record follow-up"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        about = QLabel(self.tr("Follow-up due {date}").format(date=follow_up.due_on.isoformat()))
        about.setObjectName("hint")
        lay.addWidget(about)
        form = QFormLayout()
        self.errors = FieldErrors()
        today = view.services.case_work.today()
        self.done_on = self.errors.add_row(form, self.tr("Date"), "done_on", date_edit(follow_up.done_on or today))
        self.done_on.setMaximumDate(QDate(today))
        self.method = QComboBox()
        for code in FOLLOW_UP_METHODS:
            self.method.addItem(follow_up_method_name(code), code)
        self.method.setCurrentIndex(max(0, self.method.findData(follow_up.method)))
        self.errors.add_row(form, self.tr("Method"), "method", self.method)
        self.performance = QComboBox()
        for code in PERFORMANCE:
            self.performance.addItem(performance_name(code), code)
        self.performance.setCurrentIndex(max(0, self.performance.findData(follow_up.performance)))
        self.errors.add_row(form, self.tr("Performance"), "performance", self.performance)
        self.notes = self.errors.add_row(form, self.tr("Notes"), "notes", QPlainTextEdit(follow_up.notes))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Who was contacted and what they said; what is still outstanding "
                                              "and what was done about it."))
        self.notes.setMinimumHeight(110)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> bool:
        self.errors.clear()
        data = FollowUpInput(self.done_on.date().toPython(), self.method.currentData(),
                             self.performance.currentData(), self.notes.toPlainText())
        try:
            self.view.services.case_work.record_follow_up(self.view.actor, self.follow_up.id, data)
        except Exception as exc:
            self.view.report(exc, self.errors)
            return False
        self.accept()
        return True


class ScheduleDialog(QDialog):
    """Another follow-up, e.g. when performance was partial."""

    def __init__(self, view, summary: WorkSummary) -> None:
        super().__init__(view)
        self.view = view
        self.setWindowTitle(self.tr("Schedule a follow-up"))
        self.setMinimumWidth(380)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        due = view.services.case_work.today() + timedelta(days=view.services.settings.get("mediation.follow_up_days"))
        self.due_on = self.errors.add_row(form, self.tr("Due on"), "due_on", date_edit(due))
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> bool:
        self.errors.clear()
        due = self.due_on.date().toPython()
        try:
            self.view.services.case_work.schedule_follow_up(self.view.actor, self.view.case_id, due)
        except Exception as exc:
            self.view.report(exc, self.errors)
            return False
        self.accept()
        return True
