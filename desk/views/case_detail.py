"""The case workspace a mediator works in, opened from the case list: a header (number, status,
mediator, kind of dispute, what is overdue or due soon) and one tab per stage — overview, records,
outcome, follow-up, case file. Every change goes through CaseWorkService; afterwards the summary is
read again and every tab refreshed. The center head (view without edit) sees it all read-only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services.container import Services
from desk.services.mediation_detail import CaseDetail
from desk.services.mediation_work import WorkSummary
from desk.services.permissions import Actor
from desk.views import messages
from desk.views.case_file_tab import CaseFileTab
from desk.views.case_follow_up_tab import CaseFollowUpTab
from desk.views.case_labels import deadline_name, status_name
from desk.views.case_outcome_tab import CaseOutcomeTab
from desk.views.case_overview_tab import CaseOverviewTab
from desk.views.case_work_tab import CaseRecordsTab
from desk.views.forms import FieldErrors

CHIP = "border-radius: 10px; padding: 2px 10px; font-weight: bold;"
CHIP_STYLES = {
    "status": "background: #e6f0fa; color: #1f4e79; border: 1px solid #b9d3ec;",
    "overdue": "background: #fde2e1; color: #9b1c1c; border: 1px solid #f1a9a6;",
    "soon": "background: #fff4ce; color: #7a5a00; border: 1px solid #f0d98c;",
}


def chip(kind: str) -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"QLabel {{ {CHIP_STYLES[kind]} {CHIP} }}")
    label.setTextInteractionFlags(Qt.NoTextInteraction)
    return label


class CaseDetailDialog(QDialog):
    record_dialog = None  # the record editor class, imported on first use (tests may replace it)

    def __init__(self, services: Services, actor: Actor, case_id: str, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case_id = services, actor, case_id
        self.detail: CaseDetail | None = None
        self.summary: WorkSummary | None = None
        self.setSizeGripEnabled(True)
        self.resize(1100, 720)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 10, 18, 12)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status_chip = chip("status")
        self.overdue_chip = chip("overdue")
        self.soon_chip = chip("soon")
        head.addWidget(self.title)
        head.addSpacing(8)
        head.addWidget(self.status_chip)
        head.addStretch(1)
        head.addWidget(self.overdue_chip)
        head.addWidget(self.soon_chip)
        lay.addLayout(head)
        self.facts_line = QLabel()
        self.facts_line.setObjectName("hint")
        lay.addWidget(self.facts_line)

        self.tabs = QTabWidget()
        self.overview = CaseOverviewTab(self)
        self.records = CaseRecordsTab(self)
        self.outcome = CaseOutcomeTab(self)
        self.follow_up = CaseFollowUpTab(self)
        self.file = CaseFileTab(self)
        for tab, name in ((self.overview, self.tr("Overview")), (self.records, self.tr("Investigation and mediation")),
                          (self.outcome, self.tr("Outcome")), (self.follow_up, self.tr("Follow-up")),
                          (self.file, self.tr("Case file"))):
            self.tabs.addTab(tab, name)
        lay.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        if self.overview.load() is not None:
            self.reload()

    # what the case list and older tests reach for
    @property
    def table(self):
        return self.overview.table

    @property
    def reveal_btn(self):
        return self.overview.reveal_btn

    @property
    def print_btn(self):
        return self.overview.print_btn

    def load(self, reveal: bool = False) -> CaseDetail | None:
        return self.overview.load(reveal)

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> WorkSummary | None:
        """Read the case's work summary again and refresh every tab and the header."""
        try:
            summary = self.services.case_work.summary(self.actor, self.case_id)
        except Exception as exc:
            self.report(exc)
            return None
        self.summary = summary
        if self.detail is not None:
            for tab in (self.overview, self.records, self.outcome, self.follow_up, self.file):
                tab.refresh(summary)
        self.show_header()
        return summary

    def show_header(self) -> None:
        if self.detail is None:
            return
        self.setWindowTitle(self.detail.number)
        self.title.setText(self.detail.number)
        status = self.summary.status if self.summary else self.detail.status
        self.status_chip.setText(status_name(status))
        mediator = (self.summary.mediator_name if self.summary else "") or self.tr("not assigned")
        self.facts_line.setText(self.tr("Mediator: {mediator}   ·   Kind of dispute: {category}   ·   Received: {date}")
                                .format(mediator=mediator, category=self.detail.category,
                                        date=self.detail.received_on.isoformat()))
        self._deadline_chips()

    def _deadline_chips(self) -> None:
        """Red for what is overdue, yellow for what is due soon (the same list as My deadlines)."""
        items = []
        if self.summary is not None and self.summary.archived_on is None:
            try:
                items = [d for d in self.services.deadlines.for_mediator(self.actor, self.summary.mediator_id)
                         if d.case_id == self.case_id]
            except Exception:  # the chips are a convenience; the tabs show the same facts
                items = []
        for level, label, text in (("overdue", self.overdue_chip, self.tr("Overdue: {items}")),
                                   ("soon", self.soon_chip, self.tr("Due soon: {items}"))):
            due = [f"{deadline_name(d.kind)} {d.due_on:%m-%d}" for d in items if d.level == level]
            label.setText(text.format(items="；".join(due)) if due else "")
            label.setToolTip("\n".join(f"{deadline_name(d.kind)}  {d.due_on.isoformat()}  {d.detail}".strip()
                                       for d in items if d.level == level))
            label.setVisible(bool(due))

    # --- what the tabs use (tests replace the modal parts) ----------------------------------------
    def report(self, exc: BaseException, errors: FieldErrors | None = None) -> None:
        """An error beside its field when ``errors`` knows the field, else in a message box."""
        if errors is not None and errors.show(exc):
            return
        self.error(exc)

    def error(self, exc: BaseException) -> None:
        messages.show_error(self, exc)

    def confirm(self, text: str) -> bool:
        return messages.confirm(self, self.tr("Please confirm"), text)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a sub-dialog modally; True when it saved."""
        return dialog.exec() == QDialog.Accepted

    def record_dialog_class(self) -> type:
        if self.record_dialog is not None:
            return self.record_dialog
        from desk.views.case_record_editor import CaseRecordDialog

        return CaseRecordDialog

    def open_preview(self, doc) -> None:
        from desk.views.print_preview import PdfPreviewDialog

        PdfPreviewDialog(self.services, self.actor, doc, self).open()

    # --- printing -----------------------------------------------------------------------------
    def print_registration(self) -> None:
        """人民调解受理登记表 in the preview, from where it is printed or saved (both audited)."""
        from desk.services.documents import case_registration

        self._print(self.overview.print_btn,
                    lambda: case_registration(self.services.documents, self.actor, self.case_id))

    def print_document(self, button: QWidget, builder: str, *args: Any, errors: FieldErrors | None = None) -> None:
        """One of the case's documents (desk/services/case_documents.py ``builder``) in the preview."""
        try:
            from desk.services import case_documents
        except ImportError as exc:
            self.error(exc)
            return
        build = getattr(case_documents, builder)
        self._print(button, lambda: build(self.services.documents, self.actor, *args), errors)

    def _print(self, button: QWidget, fn: Callable[[], Any], errors: FieldErrors | None = None) -> None:
        from desk.views.operations import run_op

        was = button.isEnabled()
        button.setEnabled(False)
        if errors is not None:
            errors.clear()

        def done(doc) -> None:
            button.setEnabled(was)
            self.open_preview(doc)

        def failed(exc) -> None:
            button.setEnabled(was)
            self.report(exc, errors)

        run_op(self, fn, done, failed)
