"""卷宗: the case file's checklist (art. 27), archiving it with a retention period, its cover and
table of contents to print; once archived it is read-only and corrections are addenda (补充说明)."""

from __future__ import annotations

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
from desk.models.mediation import RETENTION_PERIODS
from desk.services.mediation_work import CLOSED, WorkSummary
from desk.timeutil import to_local
from desk.views.case_labels import file_item_name, retention_name
from desk.views.case_tab import MISSING_COLOUR, OK_COLOUR, CaseTab, list_table, set_row, wrapped
from desk.views.forms import FieldErrors
from desk.views.messages import error_text


class CaseFileTab(CaseTab):
    def __init__(self, view) -> None:
        super().__init__(view)
        lay = QVBoxLayout(self)
        self.banner = wrapped(name="banner")
        lay.addWidget(self.banner)
        columns = QHBoxLayout()
        lay.addLayout(columns, 1)

        box = QGroupBox(self.tr("Case file checklist"))
        v = QVBoxLayout(box)
        self.table = list_table([self.tr("Item"), self.tr("Status"), self.tr("Date")], (220, 110))
        v.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.retention_label = QLabel(self.tr("Retention"))
        self.retention = QComboBox()
        for code in RETENTION_PERIODS:
            self.retention.addItem(retention_name(code), code)
        self.retention.setCurrentIndex(self.retention.findData("10y"))
        self.archive_btn = QPushButton(self.tr("Archive…"))
        self.archive_btn.setObjectName("primary")
        self.archive_btn.clicked.connect(self.archive)
        for w in (self.retention_label, self.retention, self.archive_btn):
            row.addWidget(w)
        self.show_edit(self.retention_label, self.retention, self.archive_btn)
        row.addStretch(1)
        self.cover_btn = QPushButton(self.tr("Print cover…"))
        self.cover_btn.clicked.connect(lambda: self.view.print_document(self.cover_btn, "file_cover", self.case_id))
        self.contents_btn = QPushButton(self.tr("Print table of contents…"))
        self.contents_btn.clicked.connect(
            lambda: self.view.print_document(self.contents_btn, "file_contents", self.case_id))
        row.addWidget(self.cover_btn)
        row.addWidget(self.contents_btn)
        v.addLayout(row)
        self.archive_error = wrapped(name="fieldError")
        self.archive_error.hide()
        v.addWidget(self.archive_error)
        columns.addWidget(box, 3)

        addenda = QGroupBox(self.tr("Addenda"))
        a = QVBoxLayout(addenda)
        self.addenda = QPlainTextEdit()  # read in full: corrections are sentences, not table cells
        self.addenda.setReadOnly(True)
        self.addenda.setPlaceholderText(self.tr("None. Once the file is archived, corrections are added here."))
        a.addWidget(self.addenda, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.addendum_btn = QPushButton(self.tr("Add addendum…"))
        self.addendum_btn.clicked.connect(self.add_addendum)
        self.show_edit(self.addendum_btn)
        row.addWidget(self.addendum_btn)
        a.addLayout(row)
        columns.addWidget(addenda, 2)

    def refresh(self, summary: WorkSummary) -> None:
        self.archive_error.hide()
        archived = summary.archived_on is not None
        if archived:
            self.banner.setObjectName("banner")
            self.banner.setText(self.tr("Archived, read-only; to correct anything, add an addendum.") + "  " +
                                self.tr("Archived on {date}, kept {period}.").format(
                                    date=summary.archived_on.isoformat(), period=retention_name(summary.retention)))
        elif summary.status in CLOSED:
            missing = [i for i in summary.file if i.required and not i.present]
            self.banner.setObjectName("banner" if missing else "okBanner")
            self.banner.setText(self.tr("Mediation has ended. Complete the missing items, then archive the file.")
                                if missing else self.tr("The file is complete and can be archived."))
        else:
            self.banner.setObjectName("hint")
            self.banner.setText(self.tr("The file is archived once mediation has ended and every item is in it."))
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.table.setRowCount(len(summary.file))
        for row, item in enumerate(summary.file):
            if item.present:
                state, colour = "✓ " + self.tr("in the file"), OK_COLOUR
            else:
                state, colour = "✗ " + self.tr("missing"), MISSING_COLOUR
            set_row(self.table, row, [file_item_name(item.code), state, item.on.isoformat() if item.on else ""],
                    item.code, {1: colour})
        self.retention.setCurrentIndex(max(0, self.retention.findData(summary.retention or "10y")))
        can_archive = self.can_edit and not archived and summary.status in CLOSED
        self.retention.setEnabled(can_archive)
        self.archive_btn.setEnabled(can_archive)
        self.addenda.setPlainText("\n\n".join(f"【{to_local(a.at):%Y-%m-%d %H:%M}  {a.by_name}】\n{a.text}"
                                                for a in summary.addenda))
        self.addendum_btn.setEnabled(self.can_edit and archived)

    def archive(self) -> None:
        retention = self.retention.currentData()
        if not self.view.confirm(self.tr("Archive case {number}, kept {period}? The file then becomes read-only; "
                                         "corrections can only be added as addenda.").format(
                number=self.view.detail.number, period=retention_name(retention))):
            return
        self.archive_error.hide()
        try:
            self.services.case_work.archive(self.actor, self.case_id, retention)
        except ValidationError as exc:  # names what the file still lacks
            self.archive_error.setText(error_text(exc))
            self.archive_error.show()
            return
        except Exception as exc:
            self.view.report(exc)
            return
        self.view.reload()

    def add_addendum(self) -> None:
        if self.view.run_dialog(AddendumDialog(self.view)):
            self.view.reload()


class AddendumDialog(QDialog):
    """A correction or later fact for an archived file; the archived content stays as it was."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.setWindowTitle(self.tr("Add an addendum"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("The archived file stays as it is; the addendum is filed after it and recorded "
                              "in the audit trail."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.text = self.errors.add_row(form, self.tr("Addendum"), "text", QPlainTextEdit())
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(140)
        self.text.setPlaceholderText(self.tr("What is corrected or added, and why"))
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.view.services.case_work.add_addendum(self.view.actor, self.view.case_id, self.text.toPlainText())
        except Exception as exc:
            self.view.report(exc, self.errors)
            return False
        self.accept()
        return True
