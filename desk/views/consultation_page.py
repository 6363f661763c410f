"""The duty lawyer's consultation desk (法律咨询登记): a quick entry form on top, the lawyer's list of
the day below.

The form is made for the keyboard: Alt+1/2/3 choose in person, phone or WeChat; Tab walks the
fields; the category is found by typing its pinyin initials (ldzy → 劳动争议), its first characters or
its code; Ctrl+Enter saves and empties the form for the next person. A queue ticket served at the
window (F3 on the calling page) is attached with ``attach_ticket`` and the time spent follows the
clock from then on. What is typed is kept as a draft (``consultation-entry``) and comes back after
a crash."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ValidationError
from desk.models.consultation import CHANNELS, REFERRALS
from desk.services.consultations import (
    ConsultationInput,
    ConsultationRow,
    MediationReferral,
    RegisteredConsultation,
)
from desk.services.container import Services
from desk.services.permissions import Actor
from desk.views.consultation_dialogs import MediationReferralDialog, ReferDialog
from desk.views.drafts import DraftKeeper
from desk.views.forms import FieldErrors
from desk.views.legal_labels import CHANNELS as CHANNEL_NAMES
from desk.views.legal_labels import REFERRALS as REFERRAL_NAMES
from desk.views.legal_labels import TICKET_BADGE_STYLE, name, referral_text
from desk.views.legal_printing import print_legal_document
from desk.views.messages import confirm, show_error
from desk.views.page import page_layout
from desk.views.rows_model import RowsTableModel
from desk.views.tables import row_table

DEFAULT_MINUTES = 10
MINUTES_TICK_MS = 20_000  # the time spent follows the clock while a ticket is being served
TYPE_AHEAD_MS = 1200  # keys typed within this time search together (l, d → 劳动争议)
# the applicant's data of a mediation case come from the form's person fields
APPLICANT_FIELDS = {"parties.0.name": "name", "parties.0.phone": "phone", "parties.0.id_number": "id_number",
                    "parties.0.address": "address"}


class CategoryBox(QComboBox):
    """The consultation categories, found from the keyboard by pinyin initials (ldzy), by code (03) or
    by the first characters of the name (劳动); Alt+Down opens the whole list."""

    def __init__(self, entries: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Choose…"), "")
        for code, label in entries:
            self.addItem(label, code)
        self.setMaxVisibleItems(20)
        self._initials: list[str] | None = None
        self._typed = ""
        self._clock = QElapsedTimer()

    def _keys(self) -> list[str]:
        if self._initials is None:
            from desk.services.mediation_search import initials  # pypinyin, loaded on the first key

            self._initials = [initials(self.itemText(i)) for i in range(self.count())]
        return self._initials

    def find(self, typed: str) -> int:
        """The entry ``typed`` points at, or -1: a code, pinyin initials, or the start of a name."""
        typed = typed.strip().lower()
        if not typed:
            return -1
        for i in range(1, self.count()):
            if str(self.itemData(i)).lower() == typed:
                return i
        for test in (lambda i: self._keys()[i].startswith(typed), lambda i: self.itemText(i).startswith(typed),
                     lambda i: typed in self.itemText(i)):
            for i in range(1, self.count()):
                if test(i):
                    return i
        return -1

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not event.modifiers() & (
                Qt.ControlModifier | Qt.AltModifier):
            if not self._clock.isValid() or self._clock.elapsed() > TYPE_AHEAD_MS:
                self._typed = ""
            self._clock.restart()
            self._typed += text
            index = self.find(self._typed)
            if index >= 0:
                self.setCurrentIndex(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def pick(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))


class DayListModel(RowsTableModel):
    numeric = frozenset({6})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Number"), self.tr("Person"), self.tr("How asked"), self.tr("Category"),
                self.tr("Question"), self.tr("Minutes"), self.tr("Referred to"))

    def text(self, row: ConsultationRow, column: int) -> str:
        if column == 5:  # the question's start; the whole of it in the tooltip
            first = row.question.splitlines()[0] if row.question else ""
            return first[:40] + "…" if len(first) > 40 or first != row.question else first
        return (f"{row.at:%H:%M}", row.number, row.person or self.tr("Anonymous"), name(CHANNEL_NAMES, row.channel),
                row.category, "", str(row.minutes), referral_text(row.referral, row.referral_to, row.case_number))[column]

    def tooltip(self, row: ConsultationRow, column: int) -> str | None:
        if column == 5:
            return row.question
        return self.text(row, column) if column == 7 and row.referral else None


class ConsultationPage(QWidget):
    # dialogs' classes, imported here; tests swap in ones that do not block
    mediation_dialog = MediationReferralDialog
    refer_dialog = ReferDialog
    preview_dialog = None  # the print preview (PdfPreviewDialog when None)

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.drafts: DraftKeeper | None = None
        self.ticket_id: str | None = None
        self.ticket_number = ""
        self.last_saved: RegisteredConsultation | None = None
        self._mediation: MediationReferral | None = None  # the other party, kept while the save is refused
        self._stash: dict[str, str] = {}  # person fields put aside while "anonymous" is ticked
        self._ticket_started: datetime | None = None
        self._minutes_auto = True
        self._setting_minutes = False
        self.setStyleSheet(TICKET_BADGE_STYLE)
        lay = page_layout(self, self.tr("Legal consultations"), self.tr(
            "One entry per person asking. Ctrl+Enter saves and empties the form for the next person; "
            "Alt+1, Alt+2, Alt+3 choose in person, phone or WeChat."))
        self._draft_slot = QVBoxLayout()
        lay.addLayout(self._draft_slot)
        lay.addWidget(self._entry_box())
        lay.addWidget(self._day_box(), 1)
        for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.Save):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.minutes_timer = QTimer(self)
        self.minutes_timer.setInterval(MINUTES_TICK_MS)
        self.minutes_timer.timeout.connect(self._follow_clock)
        self.reset()
        self.drafts = DraftKeeper(services, actor, "consultation-entry", self.collect, self.restore,
                                  self.tr("Legal consultation"), self.entry)
        self._draft_slot.addWidget(self.drafts.banner)
        self.drafts.restore_if_any()
        self.reload_day()

    # --- building --------------------------------------------------------------------------------
    def _entry_box(self) -> QGroupBox:
        self.entry = QGroupBox(self.tr("New consultation"))
        v = QVBoxLayout(self.entry)
        v.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("How asked")))
        self.channel_group = QButtonGroup(self)
        self.channels: dict[str, QRadioButton] = {}
        for number, code in enumerate(CHANNELS, 1):
            radio = QRadioButton(name(CHANNEL_NAMES, code))
            radio.setToolTip(f"Alt+{number}")
            self.channel_group.addButton(radio)
            self.channels[code] = radio
            top.addWidget(radio)
            # a shortcut, not a mnemonic: the focus stays in the field being typed in
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(radio.click)
        top.addSpacing(28)
        self.anonymous = QCheckBox(self.tr("&Anonymous"))
        self.anonymous.setToolTip(self.tr("The person prefers not to say who they are: nothing about them is kept."))
        self.anonymous.toggled.connect(self._anonymous_changed)
        top.addWidget(self.anonymous)
        top.addStretch(1)
        self.ticket_badge = QLabel()
        self.ticket_badge.setObjectName("ticketBadge")
        self.ticket_badge.hide()
        top.addWidget(self.ticket_badge)
        v.addLayout(top)

        self.errors = FieldErrors()
        columns = QHBoxLayout()
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name = self.errors.add_row(left, self.tr("Name"), "name", QLineEdit())
        self.name.setMaxLength(100)
        self.id_number = self.errors.add_row(left, self.tr("ID number"), "id_number", QLineEdit())
        self.id_number.setMaxLength(18)
        self.id_number.setPlaceholderText(self.tr("Optional, 18 characters"))
        self.phone = self.errors.add_row(left, self.tr("Phone"), "phone", QLineEdit())
        self.phone.setMaxLength(20)
        self.phone.setPlaceholderText(self.tr("Mobile or landline, optional"))
        self.address = self.errors.add_row(left, self.tr("Address"), "address", QLineEdit())
        self.address.setMaxLength(200)
        self.address.setPlaceholderText(self.tr("Optional"))
        self.category = CategoryBox(self.services.consultations.categories())
        self.category.setToolTip(self.tr("Type the pinyin initials (ldzy), the code or the first characters; "
                                         "Alt+Down shows the list."))
        self.errors.add_row(left, self.tr("Category"), "category_code", self.category)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.question = self.errors.add_row(right, self.tr("Question"), "question", QPlainTextEdit())
        self.advice = self.errors.add_row(right, self.tr("Advice given"), "advice", QPlainTextEdit())
        for edit in (self.question, self.advice):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(62)
        self.question.setPlaceholderText(self.tr("What the person asked, in a sentence or two"))
        self.advice.setPlaceholderText(self.tr("What the lawyer advised"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 480)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setMinimumWidth(110)
        self.minutes.setToolTip(self.tr("Time spent with the person. With a queue ticket it follows the clock "
                                        "until you change it."))
        self.minutes.valueChanged.connect(self._minutes_edited)
        minutes_box = QWidget()
        row = QHBoxLayout(minutes_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.minutes)
        row.addStretch(1)
        self.errors.add_row(right, self.tr("Time spent"), "minutes", minutes_box)
        self.referral = QComboBox()
        for code in REFERRALS:
            self.referral.addItem(name(REFERRAL_NAMES, code), code)
        self.referral.setMinimumWidth(170)
        self.referral_to = QLineEdit()
        self.referral_to.setMaxLength(100)
        self.referral_to.setPlaceholderText(self.tr("Which department"))
        referral_box = QWidget()
        row = QHBoxLayout(referral_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.referral)
        row.addWidget(self.referral_to, 1)
        row.addStretch(0)
        self.errors.add_row(right, self.tr("Referral"), "referral", referral_box)
        self.referral.currentIndexChanged.connect(lambda _i: self._referral_changed())
        for form in (left, right):  # rows keep their height; spare room stays below them
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            if form is right:
                columns.addSpacing(20)
            columns.addLayout(column, 1)
        v.addLayout(columns)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.aid_btn = QPushButton(self.tr("Print the legal-aid application…"))
        self.aid_btn.clicked.connect(lambda: self.print_aid(self.last_saved.id if self.last_saved else None))
        self.aid_btn.hide()
        bottom.addWidget(self.aid_btn)
        self.clear_btn = QPushButton(self.tr("Clear form"))
        self.clear_btn.clicked.connect(self.clear_form)
        self.save_btn = QPushButton(self.tr("Save (Ctrl+Enter)"))
        self.save_btn.setObjectName("primary")
        self.save_btn.clicked.connect(self.save)
        bottom.addWidget(self.clear_btn)
        bottom.addWidget(self.save_btn)
        v.addLayout(bottom)
        chain = [self.channels["walk_in"], self.channels["phone"], self.channels["wechat"], self.anonymous,
                 self.name, self.id_number, self.phone, self.address, self.category, self.question, self.advice,
                 self.minutes, self.referral, self.referral_to, self.save_btn, self.clear_btn, self.aid_btn]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)
        return self.entry

    def _day_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("My consultations"))
        v = QVBoxLayout(box)
        bar = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMinimumWidth(130)
        self.day.setDate(QDate(self.services.consultations.today()))
        self.day.setMaximumDate(QDate(self.services.consultations.today()))
        self.day.dateChanged.connect(lambda _d: self.reload_day())
        bar.addWidget(self.day)
        self.today_btn = QPushButton(self.tr("Today"))
        self.today_btn.clicked.connect(lambda: self.show_today())
        bar.addWidget(self.today_btn)
        bar.addStretch(1)
        self.refer_btn = QPushButton(self.tr("Refer…"))
        self.refer_btn.clicked.connect(self.refer_selected)
        self.form_btn = QPushButton(self.tr("Print registration form"))
        self.form_btn.clicked.connect(self.print_selected)
        self.aid_row_btn = QPushButton(self.tr("Print legal-aid application"))
        self.aid_row_btn.clicked.connect(lambda: self.print_aid(getattr(self.selected(), "id", None)))
        self.list_btn = QPushButton(self.tr("Print the day's list"))
        self.list_btn.clicked.connect(self.print_day)
        for button in (self.refer_btn, self.form_btn, self.aid_row_btn, self.list_btn):
            bar.addWidget(button)
        v.addLayout(bar)
        self.model = DayListModel(self)
        self.table = row_table(self.model, (64, 116, 84, 84, 100, 250, 70))
        self.table.setMinimumHeight(150)
        # the list takes the room left: asking for more would make the page scroll on a 1280x800 screen
        self.table.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Ignored)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        v.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setObjectName("hint")
        v.addWidget(self.totals)
        return box

    # --- the form --------------------------------------------------------------------------------
    def first_field(self) -> QWidget:
        return self.name if self.name.isEnabled() else self.category

    def channel(self) -> str:
        return next((code for code, radio in self.channels.items() if radio.isChecked()), "walk_in")

    def value(self) -> ConsultationInput:
        self._follow_clock()
        anonymous = self.anonymous.isChecked()
        referral = self.referral.currentData() or ""
        return ConsultationInput(
            channel=self.channel(), anonymous=anonymous, name="" if anonymous else self.name.text(),
            id_number="" if anonymous else self.id_number.text(), phone="" if anonymous else self.phone.text(),
            address="" if anonymous else self.address.text(), category_code=self.category.currentData() or "",
            question=self.question.toPlainText(), advice=self.advice.toPlainText(), minutes=self.minutes.value(),
            referral=referral, referral_to=self.referral_to.text() if referral == "department" else "",
            ticket_id=self.ticket_id)

    def has_entry(self) -> bool:
        """Something was typed that is not saved yet."""
        return any((self.name.text().strip(), self.id_number.text().strip(), self.phone.text().strip(),
                    self.address.text().strip(), self.question.toPlainText().strip(),
                    self.advice.toPlainText().strip(), self.category.currentData(), self.referral.currentData()))

    def _anonymous_changed(self, anonymous: bool) -> None:
        """Anonymous: the person fields are emptied and locked (what was typed comes back if unticked)."""
        fields = {"name": self.name, "id_number": self.id_number, "phone": self.phone, "address": self.address}
        if anonymous:
            self._stash = {key: edit.text() for key, edit in fields.items()}
        for key, edit in fields.items():
            edit.setText("" if anonymous else self._stash.get(key, edit.text()))
            edit.setEnabled(not anonymous)
            edit.setPlaceholderText(self.tr("Anonymous") if anonymous else "")
        if not anonymous:
            self._stash = {}
            self.id_number.setPlaceholderText(self.tr("Optional, 18 characters"))
            self.phone.setPlaceholderText(self.tr("Mobile or landline, optional"))
            self.address.setPlaceholderText(self.tr("Optional"))

    def _referral_changed(self) -> None:
        self.referral_to.setVisible(self.referral.currentData() == "department")

    def _minutes_edited(self, _value: int) -> None:
        if not self._setting_minutes:
            self._minutes_auto = False

    def _set_minutes(self, value: int) -> None:
        self._setting_minutes = True
        try:
            self.minutes.setValue(value)
        finally:
            self._setting_minutes = False

    def _follow_clock(self) -> None:
        """With a ticket, the time spent is the time since serving began (until the lawyer sets it)."""
        if not self._minutes_auto or self._ticket_started is None:
            return
        elapsed = (self.services.tickets.clock() - self._ticket_started).total_seconds() / 60
        value = min(480, max(1, round(elapsed)))
        if value != self.minutes.value():
            if self.drafts is not None:
                with self.drafts.paused():
                    self._set_minutes(value)
            else:
                self._set_minutes(value)

    def _set_status(self, text: str, ok: bool = False) -> None:
        self.status.setText(text)
        self.status.setObjectName("okBanner" if ok else "hint")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def reset(self) -> None:
        """An empty form for the next person, the focus on its first field."""
        self.errors.clear()
        self.channels["walk_in"].setChecked(True)
        self.anonymous.setChecked(False)
        self._stash = {}
        for edit in (self.name, self.id_number, self.phone, self.address, self.referral_to):
            edit.clear()
        self.question.clear()
        self.advice.clear()
        self.category.setCurrentIndex(0)
        self.referral.setCurrentIndex(0)
        self._referral_changed()
        self._mediation = None
        self.ticket_id, self.ticket_number, self._ticket_started = None, "", None
        self.ticket_badge.hide()
        self.minutes_timer.stop()
        self._minutes_auto = True
        self._set_minutes(DEFAULT_MINUTES)
        self._set_status(self.tr("Ctrl+Enter saves; the form is then ready for the next person."))
        self.first_field().setFocus()

    def clear_form(self) -> None:
        self.reset()
        self.aid_btn.hide()
        if self.drafts is not None:
            self.drafts.discard()

    # --- the queue ticket ------------------------------------------------------------------------
    def attach_ticket(self, ticket_id: str, number: str) -> None:
        """The window started serving ticket ``number``: an empty form for that visitor."""
        if ticket_id == self.ticket_id:
            self.first_field().setFocus()
            return
        if self.has_entry() and not self.ask_discard(number):
            self._set_status(self.tr("Ticket {number} is not attached: save or clear the form, then open it again "
                                     "from the calling page.").format(number=number))
            return
        self.reset()
        self.aid_btn.hide()
        self._attach(ticket_id, number)
        if self.drafts is not None:
            self.drafts.touch()
        self.first_field().setFocus()

    def _attach(self, ticket_id: str, number: str) -> None:
        self.ticket_id, self.ticket_number = ticket_id, number
        self.ticket_badge.setText(self.tr("Ticket {number}").format(number=number))
        self.ticket_badge.show()
        try:
            ticket = self.services.tickets.ticket(ticket_id)
            self._ticket_started = ticket.serving_at or ticket.called_at
        except Exception:  # a ticket gone from the queue: the time spent stays as typed
            self._ticket_started = None
        if self._ticket_started is not None:
            self._follow_clock()
            self.minutes_timer.start()

    def ask_discard(self, number: str) -> bool:
        return confirm(self, self.tr("Unsaved entry"), self.tr(
            "The form holds an entry that was not saved. Empty it for ticket {number}?").format(number=number))

    # --- saving ----------------------------------------------------------------------------------
    def save(self) -> RegisteredConsultation | None:
        """Log the consultation (registering the mediation case when referred there); returns it, or
        None when something is refused (shown under its field, everything typed kept)."""
        self.errors.clear()
        data = self.value()
        if data.referral == "mediation":
            if data.anonymous or not data.name.strip():
                self.errors.set("referral", self.tr(
                    "Mediation needs to know who applies: enter the person's name (not anonymous)."))
                return None
            data.mediation = self.ask_mediation(data)
            if data.mediation is None:
                return None
        try:
            saved = self.services.consultations.record(self.actor, data)
        except Exception as exc:
            self._show_error(exc)
            return None
        self.last_saved = saved
        referral = data.referral
        self.reset()
        if self.drafts is not None:
            self.drafts.discard()
        text = self.tr("Saved {number}.").format(number=saved.number)
        if saved.case_number:
            text += " " + self.tr("Mediation case {case} registered; the committee assigns a mediator.").format(
                case=saved.case_number)
        elif referral == "legal_aid":
            text += " " + self.tr("Referred to legal aid: print the application for the person to sign.")
        self._set_status(text, ok=True)
        self.aid_btn.setVisible(referral == "legal_aid")
        self.show_today(select_id=saved.id)
        self.first_field().setFocus()
        return saved

    def ask_mediation(self, data: ConsultationInput) -> MediationReferral | None:
        """The other party and the kind of dispute (kept if the save is then refused)."""
        dialog = self.mediation_dialog(self.services, data.name.strip(), self._mediation, data.question, self)
        if dialog.exec() != QDialog.Accepted:
            return None
        self._mediation = dialog.value()
        return self._mediation

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field in APPLICANT_FIELDS:
            exc = ValidationError(APPLICANT_FIELDS[exc.field], exc.message, **exc.params)
        elif isinstance(exc, ValidationError) and exc.field == "referral_to":  # shares the referral's line
            self.errors.show(ValidationError("referral", exc.message, **exc.params))
            self.referral_to.setFocus()
            return
        if not self.errors.show(exc):
            show_error(self, exc)

    # --- draft ---------------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        return {"channel": self.channel(), "anonymous": self.anonymous.isChecked(), "name": self.name.text(),
                "id_number": self.id_number.text(), "phone": self.phone.text(), "address": self.address.text(),
                "category_code": self.category.currentData() or "", "question": self.question.toPlainText(),
                "advice": self.advice.toPlainText(), "minutes": self.minutes.value(),
                "minutes_set": not self._minutes_auto,
                "referral": self.referral.currentData() or "", "referral_to": self.referral_to.text(),
                "ticket_id": self.ticket_id or "", "ticket_number": self.ticket_number}

    def restore(self, data: dict[str, Any]) -> None:
        self.reset()
        radio = self.channels.get(str(data.get("channel")))
        if radio is not None:
            radio.setChecked(True)
        for key in ("name", "id_number", "phone", "address", "referral_to"):
            getattr(self, key).setText(str(data.get(key) or ""))
        self.anonymous.setChecked(bool(data.get("anonymous")))
        self.category.pick(str(data.get("category_code") or ""))
        self.question.setPlainText(str(data.get("question") or ""))
        self.advice.setPlainText(str(data.get("advice") or ""))
        self.referral.setCurrentIndex(max(0, self.referral.findData(str(data.get("referral") or ""))))
        self._referral_changed()
        if data.get("ticket_id"):
            self._attach(str(data["ticket_id"]), str(data.get("ticket_number") or ""))
        if data.get("minutes_set"):  # typed by the lawyer (otherwise it follows the ticket's clock again)
            try:
                self._set_minutes(int(data.get("minutes") or DEFAULT_MINUTES))
            except (TypeError, ValueError):
                pass
            self._minutes_auto = False

    # --- the day list ----------------------------------------------------------------------------
    def shown_day(self) -> date:
        return self.day.date().toPython()

    def show_today(self, select_id: str | None = None) -> None:
        today = self.services.consultations.today()
        self.day.setMaximumDate(QDate(today))
        if self.shown_day() != today:
            self.day.blockSignals(True)
            self.day.setDate(QDate(today))
            self.day.blockSignals(False)
        self.reload_day(select_id)

    def reload_day(self, select_id: str | None = None) -> None:
        select_id = select_id or getattr(self.selected(), "id", None)
        try:
            day = self.services.consultations.day_list(self.actor, self.shown_day())
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(day.rows)
        if day.rows:
            self.totals.setText(self.tr(
                "Consultations: {count}   Time spent: {minutes} min   Referred: {referred}").format(
                count=len(day.rows), minutes=day.minutes, referred=day.referred))
        else:
            self.totals.setText(self.tr("No consultations on this day."))
        if select_id and (i := self.model.row_of(select_id)) >= 0:
            self.table.selectRow(i)
            self.table.scrollTo(self.model.index(i, 0))
        self._update_buttons()

    def selected(self) -> ConsultationRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.refer_btn.setEnabled(row is not None and not row.case_number)
        self.form_btn.setEnabled(row is not None)
        self.aid_row_btn.setEnabled(row is not None and row.referral == "legal_aid")
        self.list_btn.setEnabled(self.model.rowCount() > 0)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.reload_day()

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            from desk.views.legal_detail import ConsultationDetailDialog

            ConsultationDetailDialog(self.services, self.actor, self.model.item(row).id, self).exec()

    def refer_selected(self) -> RegisteredConsultation | None:
        row = self.selected()
        if row is None:
            return None
        dialog = self.refer_dialog(self.services, self.actor, row, self)
        if dialog.exec() != QDialog.Accepted or dialog.registered is None:
            return None
        done = dialog.registered
        text = self.tr("{number} referred.").format(number=done.number)
        if done.case_number:
            text += " " + self.tr("Mediation case {case} registered; the committee assigns a mediator.").format(
                case=done.case_number)
        self._set_status(text, ok=True)
        self.reload_day(row.id)
        return done

    # --- printing --------------------------------------------------------------------------------
    def print_selected(self) -> bool:
        row = self.selected()
        return row is not None and print_legal_document(self, self.services, self.actor, "consultation-form",
                                                        row.id, self.preview_dialog)

    def print_aid(self, consultation_id: str | None) -> bool:
        return bool(consultation_id) and print_legal_document(
            self, self.services, self.actor, "legal-aid-application", consultation_id, self.preview_dialog)

    def print_day(self) -> bool:
        return print_legal_document(self, self.services, self.actor, "consultation-day-list",
                                    self.shown_day().isoformat(), self.preview_dialog)
