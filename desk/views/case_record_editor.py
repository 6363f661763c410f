"""Writing up an investigation (调查记录) or a mediation session (调解笔录), or putting a planned one in
the diary. The record text is typed for an hour while people talk: a large, comfortable editor with
quick inserts (问：/答：, the standard notice of the parties' rights and duties), kept as a draft
while typing so nothing is lost if the desk crashes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ValidationError
from desk.services.container import Services
from desk.services.mediation_work import MAX_RECORD, RecordInput
from desk.services.permissions import Actor
from desk.views.drafts import DraftKeeper
from desk.views.forms import FieldErrors
from desk.views.messages import show_error

# Official wording typed into the record itself: always Chinese, whatever the interface language.
# The notice follows arts. 3, 23 and 24 of the People's Mediation Law.
RIGHTS_NOTICE = (
    "调解员告知当事人：人民调解委员会调解民间纠纷，遵循当事人自愿、平等，不违背法律、法规和国家政策，"
    "尊重当事人权利的原则。当事人在调解活动中享有下列权利：（一）选择或者接受人民调解员；（二）接受调解、"
    "拒绝调解或者要求终止调解；（三）要求调解公开进行或者不公开进行；（四）自主表达意愿、自愿达成调解协议。"
    "当事人在调解活动中履行下列义务：（一）如实陈述纠纷事实；（二）遵守调解现场秩序，尊重人民调解员；"
    "（三）尊重对方当事人行使权利。\n问：以上权利义务是否听清楚了？\n答：听清楚了。\n")
INVESTIGATION_NOTICE = ("调查人员向被调查人表明身份，告知其应当如实提供情况。\n"
                        "问：以上内容是否听清楚了？\n答：听清楚了。\n")
READ_BACK = "以上笔录已经本人阅读（或已向本人宣读），与本人所述一致。\n"
SESSION_SPEAKERS = ("调解员：", "申请人：", "被申请人：")

LINE_HEIGHT = 160  # percent: long records stay easy to read back
TEXT_POINTS = 13


def now_rounded(step_minutes: int = 5) -> datetime:
    """Now, down to the last ``step_minutes`` (a held record may not be dated in the future)."""
    now = datetime.now().replace(second=0, microsecond=0)
    return now - timedelta(minutes=now.minute % step_minutes)


class RecordText(QTextEdit):
    """Plain text with comfortable line spacing (QPlainTextEdit ignores line height)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        font = self.font()
        font.setPointSizeF(TEXT_POINTS)
        self.setFont(font)
        self.document().setDocumentMargin(10)
        self.setStyleSheet("QTextEdit { background: #ffffff; border: 1px solid #c3cbd4; border-radius: 4px; }"
                           "QTextEdit:focus { border: 1px solid #2f80c2; }"
                           'QTextEdit[invalid="true"] { border: 1px solid #c62828; }')
        self._space()

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self._space()
        self.moveCursor(QTextCursor.End)

    def _space(self) -> None:
        doc = self.document()
        undo = doc.isUndoRedoEnabled()
        doc.setUndoRedoEnabled(False)
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.Document)
        spacing = QTextBlockFormat()
        spacing.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(spacing)
        doc.setUndoRedoEnabled(undo)

    def insert_line(self, text: str) -> None:
        """Insert ``text`` at the cursor, starting a new line unless the cursor is at a line's start."""
        cursor = self.textCursor()
        if cursor.positionInBlock() > 0:
            cursor.insertText("\n")
        cursor.insertText(text)
        self.setTextCursor(cursor)
        self.setFocus()


class CaseRecordDialog(QDialog):
    """``kind`` is 'investigation' or 'session'; ``record`` a CaseRecord to edit, or None for a new one.
    After a successful save ``record_id`` holds the record's id."""

    def __init__(self, services: Services, actor: Actor, case_id: str, kind: str, record=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case_id, self.kind, self.record = services, actor, case_id, kind, record
        self.record_id: str | None = record.id if record is not None else None
        self.session = kind == "session"
        number, parties = case_heading(services, actor, case_id)
        what = self.tr("Mediation session record") if self.session else self.tr("Investigation record")
        self.setWindowTitle(f"{what} · {number}" if number else what)
        self.resize(1000, 700)
        self.errors = FieldErrors()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 12, 18, 12)
        lay.setSpacing(8)
        title = QLabel(f"{what}  ·  {number}" if number else what)
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        self.draft_slot = QVBoxLayout()
        lay.addLayout(self.draft_slot)
        lay.addWidget(self._particulars())
        lay.addWidget(self._record_box(), 1)
        self.planned_note = QLabel(self.tr(
            "A planned one needs only the date, time and place: it appears under My deadlines. "
            "Open it again to write it up once it has been held."))
        self.planned_note.setObjectName("banner")
        self.planned_note.setWordWrap(True)
        lay.addWidget(self.planned_note)
        self.planned_space = QWidget()
        lay.addWidget(self.planned_space, 1)
        lay.addLayout(self._buttons())
        QShortcut(QKeySequence.Save, self, activated=self.save)
        self._fill(record, parties)
        self._state_changed()
        self.drafts = DraftKeeper(
            services, actor, f"case-record:{case_id}:{kind}:{record.id if record is not None else 'new'}",
            self.collect, self.restore, f"{what} {number}".strip(), self)
        self.draft_slot.addWidget(self.drafts.banner)
        self.drafts.saved.connect(lambda at: self.status.setText(self.tr("Draft kept at {time}").format(time=at)))
        self.drafts.restore_if_any()
        (self.text if self.held.isChecked() else self.place).setFocus()

    # --- building --------------------------------------------------------------------------
    def _particulars(self) -> QGroupBox:
        box = QGroupBox(self.tr("Particulars"))
        columns = QHBoxLayout(box)
        columns.setSpacing(24)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(6)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        # held or planned
        state = QWidget()
        row = QHBoxLayout(state)
        row.setContentsMargins(0, 0, 0, 0)
        self.held = QRadioButton(self.tr("Held — write it up"))
        self.planned = QRadioButton(self.tr("Planned — put it in the diary"))
        self._state = QButtonGroup(self)
        for button in (self.held, self.planned):
            self._state.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.held.toggled.connect(self._state_changed)
        self.starts_at = QDateTimeEdit()
        self.starts_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setStyleSheet("QDateTimeEdit { min-height: 26px; }")
        self.starts_at.setMaximumWidth(240)
        self.place = QLineEdit()
        self.place.setMaxLength(200)
        self.place.setPlaceholderText(self.tr("e.g. the community mediation room"))
        self.errors.add_row(left, self.tr("State"), "state", state)
        self.errors.add_row(left, self.tr("Date and time"), "starts_at", self.starts_at)
        self.errors.add_row(left, self.tr("Place"), "place", self.place)
        # art. 23: the parties may ask for a public or a private session
        public = self.public_row = QWidget(box)
        row = QHBoxLayout(public)
        row.setContentsMargins(0, 0, 0, 0)
        self.private = QRadioButton(self.tr("Not public"))
        self.public = QRadioButton(self.tr("Public"))
        self._public = QButtonGroup(self)
        for button in (self.private, self.public):
            self._public.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        public.setToolTip(self.tr("The parties may ask for the session to be held in public or not (art. 23)."))
        self.private.setChecked(True)
        if self.session:
            self.errors.add_row(left, self.tr("Session"), "public", public)
        else:
            public.hide()
        self.staff = QLineEdit()
        self.staff.setMaxLength(200)
        self.recorder = QLineEdit()
        self.recorder.setMaxLength(50)
        self.attendees = QLineEdit()
        self.signed_by = QLineEdit()
        self.signed_by.setPlaceholderText(self.tr("Who signed or put a thumbprint on the record"))
        if self.session:
            self.attendees.setPlaceholderText(self.tr("Parties and others present, separated by 、"))
        else:
            self.attendees.setPlaceholderText(self.tr("Name, and how they relate to the dispute"))
        staff = self.tr("Mediators") if self.session else self.tr("Investigators")
        self.errors.add_row(right, staff, "staff", self.staff)
        self.errors.add_row(right, self.tr("Recorder"), "recorder", self.recorder)
        self.errors.add_row(right, self.tr("Present") if self.session else self.tr("Person questioned"),
                            "attendees", self.attendees)
        self.errors.add_row(right, self.tr("Signed by"), "signed_by", self.signed_by)
        self._signed_row = right.rowCount() - 1
        self._right = right
        return box

    def _record_box(self) -> QGroupBox:
        self.record_box = QGroupBox(self.tr("Record") if self.session else self.tr("What was asked and answered"))
        lay = QVBoxLayout(self.record_box)
        lay.setSpacing(6)
        self.text = RecordText()
        tools = QHBoxLayout()
        tools.setSpacing(6)
        inserts: list[tuple[str, str, str, str]] = [
            ("问：", "问：", self.tr("Insert a question"), "Ctrl+1"),
            ("答：", "答：", self.tr("Insert an answer"), "Ctrl+2")]
        if self.session:
            inserts += [(s, s, self.tr("Insert a speaker"), "") for s in SESSION_SPEAKERS]
            inserts.append((self.tr("Rights and duties"), RIGHTS_NOTICE,
                            self.tr("Insert the standard notice of the parties' rights and duties (arts. 23, 24)"),
                            "Ctrl+3"))
        else:
            inserts.append((self.tr("Opening notice"), INVESTIGATION_NOTICE,
                            self.tr("Insert the standard opening: identity shown, asked to tell the truth"), "Ctrl+3"))
        inserts.append((self.tr("Read back"), READ_BACK,
                        self.tr("Insert the closing line: the record was read and confirmed"), ""))
        self.insert_buttons: dict[str, QPushButton] = {}
        for label, text, tip, keys in inserts:
            button = QPushButton(label)
            button.setFocusPolicy(Qt.NoFocus)  # the cursor stays in the text
            button.setToolTip(f"{tip} ({keys})" if keys else tip)
            button.clicked.connect(lambda _=False, t=text: self.text.insert_line(t))
            tools.addWidget(button)
            self.insert_buttons[text] = button
            if keys:
                QShortcut(QKeySequence(keys), self, activated=lambda t=text: self.text.insert_line(t))
        tools.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("hint")
        tools.addWidget(self.count)
        lay.addLayout(tools)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, "", "content", self.text)
        lay.addLayout(form, 1)
        self.text.textChanged.connect(self._count)
        return self.record_box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel(self.tr("Kept as a draft while you type."))
        self.status.setObjectName("hint")
        row.addWidget(self.status, 1)
        cancel = QPushButton(self.tr("Close"))
        cancel.setToolTip(self.tr("What was typed stays as a draft and comes back next time"))
        cancel.clicked.connect(self.reject)
        self.save_btn = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_btn.setObjectName("primary")
        self.save_btn.setAutoDefault(False)
        cancel.setAutoDefault(False)
        self.save_btn.clicked.connect(self.save)
        row.addWidget(cancel)
        row.addWidget(self.save_btn)
        return row

    def _fill(self, record, parties: list[str]) -> None:
        if record is None:
            self.held.setChecked(True)
            self.starts_at.setDateTime(QDateTime(now_rounded()))
            self.staff.setText(self.actor.full_name)
            if self.session:
                self.attendees.setText("、".join(parties))
            return
        (self.held if record.state == "held" else self.planned).setChecked(True)
        self.starts_at.setDateTime(QDateTime(record.starts_at))
        for name in ("place", "staff", "recorder", "attendees", "signed_by"):
            getattr(self, name).setText(getattr(record, name) or "")
        (self.public if record.public else self.private).setChecked(True)
        self.text.set_text(record.content or "")

    def _state_changed(self, *_args) -> None:
        held = self.held.isChecked()
        self.record_box.setVisible(held)
        self._right.setRowVisible(self._signed_row, held)
        self.planned_note.setVisible(not held)
        self.planned_space.setVisible(not held)

    def _count(self) -> None:
        n = len(self.text.toPlainText())
        text = self.tr("%n character(s)", "", n)
        if n > MAX_RECORD * 9 // 10:
            text += " / " + self.tr("at most {limit}").format(limit=f"{MAX_RECORD:,}")
        self.count.setText(text)

    # --- drafts ------------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        return {"state": "held" if self.held.isChecked() else "scheduled",
                "starts_at": self.starts_at.dateTime().toPython().replace(second=0, microsecond=0).isoformat(),
                "place": self.place.text(), "staff": self.staff.text(), "recorder": self.recorder.text(),
                "attendees": self.attendees.text(), "public": self.public.isChecked(),
                "content": self.text.toPlainText(), "signed_by": self.signed_by.text()}

    def restore(self, data: dict[str, Any]) -> None:
        (self.planned if data.get("state") == "scheduled" else self.held).setChecked(True)
        try:
            self.starts_at.setDateTime(QDateTime(datetime.fromisoformat(data.get("starts_at", ""))))
        except (TypeError, ValueError):
            pass
        for name in ("place", "staff", "recorder", "attendees", "signed_by"):
            getattr(self, name).setText(str(data.get(name, "")))
        (self.public if data.get("public") else self.private).setChecked(True)
        self.text.set_text(str(data.get("content", "")))

    # --- saving ------------------------------------------------------------------------------
    def value(self) -> RecordInput:
        return RecordInput(
            kind=self.kind, state="held" if self.held.isChecked() else "scheduled",
            starts_at=self.starts_at.dateTime().toPython().replace(second=0, microsecond=0),
            place=self.place.text(), staff=self.staff.text(), recorder=self.recorder.text(),
            attendees=self.attendees.text(), public=self.session and self.public.isChecked(),
            content=self.text.toPlainText(), signed_by=self.signed_by.text())

    def save(self) -> str | None:
        """Save through the service; returns the record id, or None (the error is shown by its field)."""
        self.errors.clear()
        try:
            self.record_id = self.services.case_work.save_record(self.actor, self.case_id, self.value(), self.record_id)
        except ValidationError as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            return None
        except Exception as exc:
            show_error(self, exc)
            return None
        self.drafts.discard()
        self.accept()
        return self.record_id


def case_heading(services: Services, actor: Actor, case_id: str) -> tuple[str, list[str]]:
    """The case number and the parties' names (not their particulars, so nothing to audit)."""
    return services.case_work.heading(actor, case_id)


__all__ = ["CaseRecordDialog", "RecordText", "case_heading"]
