"""One work order: what the platform assigned, its deadline, every step taken (全留痕) and the steps
its state allows: sign, add a handling note (with files), register a mediation case for it, ask for a
return or an extension, record the platform's decision, report completion, print the feedback sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.services.work_orders import OPEN_STATES
from desk.views.linkage_labels import EXTENSIONS, ORIGINS, SOURCES, STATES, due_text, level_foreground, name
from desk.views.messages import confirm, show_error
from desk.views.operations import run_op

NOTE_KINDS = {
    "sign": QT_TRANSLATE_NOOP("WorkOrderDetailDialog", "Signed for"),
    "note": QT_TRANSLATE_NOOP("WorkOrderDetailDialog", "Handling"),
    "return_request": QT_TRANSLATE_NOOP("WorkOrderDetailDialog", "Return asked"),
    "return_decision": QT_TRANSLATE_NOOP("WorkOrderDetailDialog", "Return decided"),
    "extension_request": QT_TRANSLATE_NOOP("WorkOrderDetailDialog", "Extension asked"),
    "extension_decision": QT_TRANSLATE_NOOP("WorkOrderDetailDialog", "Extension decided"),
    "completion": QT_TRANSLATE_NOOP("WorkOrderDetailDialog", "Completed"),
}


class WorkOrderDetailDialog(QDialog):
    case_form = None  # the start-a-case dialog's class, imported on first use (tests may replace it)
    case_dialog = None  # the case view's class, likewise

    def __init__(self, services: Services, actor: Actor, order_id: str, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.order_id = services, actor, order_id
        self.setWindowTitle(self.tr("Work order"))
        self.resize(860, 660)
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        lay.addWidget(self.heading)
        self.due = QLabel()
        lay.addWidget(self.due)
        self.form = QFormLayout()
        lay.addLayout(self.form)
        lay.addWidget(QLabel(self.tr("Steps taken")))
        self.notes = QListWidget()
        lay.addWidget(self.notes, 1)
        self.actions = QHBoxLayout()
        lay.addLayout(self.actions)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        self.buttons: dict[str, QPushButton] = {}
        self.reload()

    def reload(self) -> None:
        try:
            d = self.services.work_orders.get(self.actor, self.order_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.detail = d
        r = d.row
        self.heading.setText(self.tr("Work order {number} · {state}").format(number=r.number, state=name(STATES, r.state)))
        self.due.setText(due_text(r.due) or self.tr("No deadline running."))
        colour = level_foreground(r.due)
        self.due.setStyleSheet(f"color: {colour.name()}; font-weight: bold;" if colour else "")
        while self.form.rowCount():
            self.form.removeRow(0)
        rows = [
            (self.tr("Source"), f"{name(SOURCES, r.source)} · {name(ORIGINS, r.origin)}"),
            (self.tr("Type"), r.order_type),
            (self.tr("Description"), r.description),
            (self.tr("Place"), " ".join(t for t in (r.place, d.grid_name) if t)),
            (self.tr("Reporter"), f"{d.reporter} {d.reporter_phone}".strip()),
            (self.tr("Assigned"), f"{d.assigned_at:%Y-%m-%d %H:%M}"),
            (self.tr("Time limit"), self.tr("sign by {sign}, complete by {due} ({days} working days)").format(
                sign=d.sign_due.isoformat(), due=r.due_on.isoformat(), days=d.limit_days)),
            (self.tr("Extension"), f"{name(EXTENSIONS, r.extension_state)} {d.extension_days or ''} {d.extension_reason}".strip()
             if r.extension_state else ""),
            (self.tr("Reason for return"), d.return_reason),
            (case_label := self.tr("Handled by case"), d.linked_number),
            (self.tr("Result"), d.result),
            (self.tr("Attachments"), "、".join(a.file_name for a in d.attachments)),
        ]
        self.open_case_button = None
        for label, value in rows:
            if value:
                text = QLabel(value)
                text.setTextFormat(Qt.PlainText)  # typed text is shown as typed, never as rich text
                text.setWordWrap(True)
                if label == case_label and r.linked_entity == "mediation_case" and self.actor.can(
                        Perm.MEDIATION_VIEW):
                    self.form.addRow(label, self._case_row(text))
                else:
                    self.form.addRow(label, text)
        self.notes.clear()
        for n in d.notes:
            kind = self.tr(NOTE_KINDS[n.kind]) if n.kind in NOTE_KINDS else n.kind
            self.notes.addItem(f"{n.at:%Y-%m-%d %H:%M}  {n.by_name}  {kind}  {n.text}".rstrip())
        self._build_buttons()
        if self.open_case_button:
            self.buttons["open_case"] = self.open_case_button

    def _case_row(self, number: QLabel) -> QWidget:
        """The linked case's number with a button opening it."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(number)
        self.open_case_button = QPushButton(self.tr("Open the case"))
        self.open_case_button.clicked.connect(self.open_case)
        row.addWidget(self.open_case_button)
        row.addStretch(1)
        return box

    def _build_buttons(self) -> None:
        while self.actions.count():
            item = self.actions.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone at once, not when the event loop next deletes it
                item.widget().deleteLater()
        self.buttons = {}
        r = self.detail.row
        steps: list[tuple[str, str]] = []
        if r.state == "assigned":
            steps.append(("sign", self.tr("Sign for it")))
        if r.state in ("signed", "handling"):
            steps += [("note", self.tr("Add a note…")), ("attach", self.tr("Attach a file…")),
                      ("complete", self.tr("Report completion…"))]
            if r.extension_state != "requested":
                steps.append(("extension", self.tr("Ask for an extension…")))
            if not r.linked_id and self.actor.can(Perm.MEDIATION_EDIT):
                steps.append(("case", self.tr("Register as a mediation case…")))
        if r.state in ("assigned", "signed", "handling"):
            steps.append(("return", self.tr("Ask to return it…")))
        if r.state == "return_requested":
            steps += [("return_yes", self.tr("Platform approved the return")),
                      ("return_no", self.tr("Platform refused the return"))]
        if r.extension_state == "requested" and r.state in OPEN_STATES:
            steps += [("ext_yes", self.tr("Platform granted the extension")),
                      ("ext_no", self.tr("Platform refused the extension"))]
        handlers = {"sign": self.sign, "note": self.add_note, "attach": self.attach, "complete": self.complete,
                    "extension": self.ask_extension, "return": self.ask_return, "case": self.start_case,
                    "return_yes": lambda: self.decide_return(True), "return_no": lambda: self.decide_return(False),
                    "ext_yes": lambda: self.decide_extension(True), "ext_no": lambda: self.decide_extension(False)}
        if self.actor.can(Perm.LINKAGE_EDIT):
            for key, text in steps:
                button = QPushButton(text)
                button.clicked.connect(lambda _=False, k=key: handlers[k]())
                self.actions.addWidget(button)
                self.buttons[key] = button
        self.actions.addStretch(1)
        if r.state == "completed":
            button = QPushButton(self.tr("Print feedback sheet"))
            button.clicked.connect(self.print_feedback)
            self.actions.addWidget(button)
            self.buttons["print"] = button

    # --- steps --------------------------------------------------------------------------------
    def _do(self, fn) -> bool:
        try:
            fn()
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True

    def _text(self, title: str, label: str, multi: bool = True) -> str | None:
        text, ok = (QInputDialog.getMultiLineText if multi else QInputDialog.getText)(self, title, label)
        return text if ok else None

    def sign(self) -> bool:
        return self._do(lambda: self.services.work_orders.sign(self.actor, self.order_id))

    def add_note(self, text: str | None = None) -> bool:
        text = text if text is not None else self._text(self.tr("Handling note"), self.tr("What was done?"))
        return text is not None and self._do(lambda: self.services.work_orders.add_note(self.actor, self.order_id, text))

    def attach(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
            if not path:
                return False
        return self._do(lambda: self.services.work_orders.add_attachment(
            self.actor, self.order_id, Path(path).name, Path(path).read_bytes()))

    def complete(self, result: str | None = None) -> bool:
        result = result if result is not None else self._text(self.tr("Report completion"), self.tr("How was it resolved?"))
        return result is not None and self._do(lambda: self.services.work_orders.complete(self.actor, self.order_id, result))

    def ask_return(self, reason: str | None = None) -> bool:
        reason = reason if reason is not None else self._text(self.tr("Ask to return"), self.tr("Why is it not the center's?"))
        return reason is not None and self._do(
            lambda: self.services.work_orders.request_return(self.actor, self.order_id, reason))

    def ask_extension(self, days: int | None = None, reason: str | None = None) -> bool:
        if days is None:
            days, ok = QInputDialog.getInt(self, self.tr("Ask for an extension"), self.tr("Working days"), 3, 1, 90)
            if not ok:
                return False
        reason = reason if reason is not None else self._text(self.tr("Ask for an extension"), self.tr("Why?"))
        return reason is not None and self._do(
            lambda: self.services.work_orders.request_extension(self.actor, self.order_id, days, reason))

    def decide_return(self, approved: bool) -> bool:
        return self._do(lambda: self.services.work_orders.decide_return(self.actor, self.order_id, approved))

    def decide_extension(self, approved: bool) -> bool:
        return self._do(lambda: self.services.work_orders.decide_extension(self.actor, self.order_id, approved))

    def start_case(self) -> bool:
        """Register a mediation case for the order (linked to it), then offer to open it."""
        form_class = self.case_form
        if form_class is None:
            from desk.views.work_order_case_dialog import WorkOrderCaseDialog as form_class
        try:
            form = form_class(self.services, self.actor, self.order_id, self)
        except Exception as exc:
            show_error(self, exc)
            return False
        if not form.exec() or not form.result_id:
            return False
        self.reload()
        if self.ask_open_case(self.detail.linked_number):
            self.open_case()
        return True

    def ask_open_case(self, number: str) -> bool:
        return confirm(self, self.tr("Case registered"), self.tr(
            "Case {number} is registered and linked to this work order. Open it now?").format(number=number))

    def open_case(self) -> None:
        dialog_class = self.case_dialog
        if dialog_class is None:
            from desk.views.case_detail import CaseDetailDialog as dialog_class
        dialog_class(self.services, self.actor, self.detail.row.linked_id, self).exec()
        self.reload()

    def print_feedback(self) -> None:
        from desk.services.linkage_documents import work_order_feedback
        from desk.views.print_preview import PdfPreviewDialog

        run_op(self, lambda: work_order_feedback(self.services.documents, self.actor, self.order_id),
               lambda doc: PdfPreviewDialog(self.services, self.actor, doc, self).exec())
