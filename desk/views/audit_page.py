"""Audit trail viewer (administrator, center head): filter by person, record and date; check the
hash chain; print the audit report."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from desk.services.audit import AuditQuery
from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.timeutil import fmt_local, local_to_utc
from desk.views.audit_table_model import AuditTableModel
from desk.views.labels import ENTITY_NAMES, action_name, entity_name
from desk.views.operations import run_op
from desk.views.page import page_layout
from desk.views.tables import row_table


class AuditPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = page_layout(self, self.tr("Audit trail"))
        filters = QHBoxLayout()
        self.person = QComboBox()
        self.person.addItem(self.tr("Everyone"), None)
        for user_id, name in services.audit_log.people(actor):
            self.person.addItem(name, user_id)
        self.entity = QComboBox()
        self.entity.addItem(self.tr("All records"), None)
        for entity in ENTITY_NAMES:
            self.entity.addItem(entity_name(entity), entity)
        self.entity_id = QLineEdit()
        self.entity_id.setPlaceholderText(self.tr("Record id"))
        self.entity_id.setMaximumWidth(110)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Text in summary"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        apply_btn = QPushButton(self.tr("Search"))
        apply_btn.setObjectName("primary")
        apply_btn.clicked.connect(self.reload)
        for w in (QLabel(self.tr("Person")), self.person, QLabel(self.tr("Record")), self.entity, self.entity_id,
                  self.text, QLabel(self.tr("From")), self.date_from, QLabel(self.tr("to")), self.date_to, apply_btn):
            filters.addWidget(w)
        lay.addLayout(filters)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        self.chain_label = QLabel()
        self.chain_label.hide()
        actions.addWidget(self.chain_label)
        verify_btn = QPushButton(self.tr("Check the hash chain"))
        verify_btn.clicked.connect(self.verify_chain)
        actions.addWidget(verify_btn)
        self.print_btn = QPushButton(self.tr("Print report…"))
        self.print_btn.clicked.connect(self.print_report)
        self.print_btn.setEnabled(actor.can(Perm.AUDIT_EXPORT))
        actions.addWidget(self.print_btn)
        lay.addLayout(actions)

        self.model = AuditTableModel(lambda o, n: [], 0, self)
        self.table = row_table(self.model, (70, 160, 90, 120, 150))
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select a record to see what changed."))
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([460, 140])
        lay.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur.row()))
        self.reload()

    def query(self) -> AuditQuery:
        start = datetime.combine(self.date_from.date().toPython(), time.min)
        end = datetime.combine(self.date_to.date().toPython() + timedelta(days=1), time.min)
        return AuditQuery(
            actor_id=self.person.currentData(), entity=self.entity.currentData(),
            entity_id=self.entity_id.text().strip() or None, text=self.text.text().strip() or None,
            date_from=local_to_utc(start), date_to=local_to_utc(end),
        )

    def reload(self) -> None:
        query = self.query()
        total = self.services.audit_log.count(self.actor, query)
        self.model.reset(lambda offset, limit: self.services.audit_log.page(self.actor, query, offset, limit), total)
        if self.model.canFetchMore():
            self.model.fetchMore()
        self.count_label.setText(self.tr("{count} records").format(count=total))
        self.detail.clear()

    def show_detail(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self.detail.clear()
            return
        rec = self.model.record(row)
        lines = [f"#{rec.id}  {fmt_local(rec.at)}  {rec.actor_name}  {action_name(rec.action)}",
                 f"{entity_name(rec.entity)} {rec.entity_id}".strip(), rec.summary]
        if rec.changes:
            for field, (old, new) in json.loads(rec.changes).items():
                lines.append(self.tr("{field}: {old} → {new}").format(field=field, old=old, new=new))
        self.detail.setPlainText("\n".join(line for line in lines if line))

    def verify_chain(self) -> None:
        run_op(self, lambda: self.services.audit_log.verify(self.actor), self._chain_checked)

    def _chain_checked(self, report) -> None:
        if report.ok:
            self.chain_label.setObjectName("okBanner")
            self.chain_label.setText(self.tr("Chain intact: {count} records checked").format(count=report.checked))
        else:
            self.chain_label.setObjectName("badBanner")
            self.chain_label.setText(self.tr("Chain broken at record {id}: {message}").format(
                id=report.broken_id, message=report.text(QCoreApplication.translate)))
        self.chain_label.style().unpolish(self.chain_label)
        self.chain_label.style().polish(self.chain_label)
        self.chain_label.show()

    def print_report(self) -> None:
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        actor_id = self.person.currentData()
        filters = self.person.currentText() if actor_id is not None else ""
        self.print_btn.setEnabled(False)

        def done(doc) -> None:
            self.print_btn.setEnabled(True)
            from desk.views.print_preview import PdfPreviewDialog

            dialog = PdfPreviewDialog(self.services, self.actor, doc, self)
            dialog.open()

        def failed(exc) -> None:
            self.print_btn.setEnabled(True)
            from desk.views.messages import show_error

            show_error(self, exc)

        run_op(self, lambda: self.services.documents.audit_report(self.actor, start, end, actor_id, filters),
               done, failed)
