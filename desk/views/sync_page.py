"""The "Platform sync" page: how sync stands (address, center, this desk, keyring, last rounds,
what waits to be sent), a "sync now" button, the items that need a person, and for the
administrator the enrollment form and the sync settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.sync import credentials
from desk.sync.attention import Attention, Problem
from desk.sync.engine import SyncEngine
from desk.timeutil import fmt_local
from desk.views.messages import confirm, show_error
from desk.views.operations import run_op
from desk.views.page import page_layout
from desk.views.sync_admin import EnrollBox, SyncSettingsBox, show_banner
from desk.views.sync_attention_model import SyncAttentionModel
from desk.views.sync_conflict_dialog import ConflictDialog
from desk.views.sync_labels import EDIT_PERMS, can_resolve, last_error_text
from desk.views.sync_worker import SyncWorker
from desk.views.tables import row_table


def _keyring_in_use() -> tuple[str, bool]:
    """The keyring backend's name and whether it can keep the token (it may ask the desktop over D-Bus)."""
    return credentials.backend_name(), credentials.backend_usable()


class SyncPage(QWidget):
    changed = Signal()
    """What the status bar shows may have changed (an item settled, the desk enrolled)."""
    enrolled = Signal()
    """The administrator connected this desk to the platform: rounds may start."""

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.engine = SyncEngine(services)
        self.attention = Attention(services)
        self.worker: SyncWorker | None = None
        self._backend = ""
        self._backend_asked = False
        lay = page_layout(self, self.tr("Platform sync"), self.tr(
            "Everything is saved on this desk first and sent to the platform in the background; "
            "the platform's changes come back the same way. Working offline loses nothing."))
        lay.addWidget(self._status_box())
        lay.addWidget(self._attention_box())
        self.enroll_box: EnrollBox | None = None
        self.settings_box: SyncSettingsBox | None = None
        if actor.can(Perm.SETTINGS_EDIT):
            self.enroll_box = EnrollBox(services, actor, self.engine)
            self.enroll_box.enrolled.connect(self._enrolled)
            self.settings_box = SyncSettingsBox(services, actor)
            self.settings_box.saved.connect(lambda: self.worker and self.worker.reschedule())
            lay.addWidget(self.enroll_box)
            lay.addWidget(self.settings_box)
        lay.addStretch(1)
        self.refresh()

    # --- status ----------------------------------------------------------------------------
    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Status"))
        form = QFormLayout(box)
        self.values: dict[str, QLabel] = {}
        for key, caption in (("url", self.tr("Platform address")), ("center", self.tr("Center on the platform")),
                             ("device", self.tr("Name of this desk")), ("keyring", self.tr("Password store")),
                             ("success", self.tr("Last successful sync")), ("attempt", self.tr("Last attempt")),
                             ("error", self.tr("Last problem")), ("pending", self.tr("Waiting to send"))):
            value = QLabel()
            value.setWordWrap(True)
            form.addRow(caption, value)
            self.values[key] = value
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("primary")
        self.sync_button.clicked.connect(self.sync_now)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        self.sync_button.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.result, 1)
        row.addStretch(0)
        form.addRow("", row)
        return box

    def refresh(self) -> None:
        st = self.engine.status()
        none = "—"
        v = self.values
        v["url"].setText(st.url if st.enrolled else self.tr("Not connected: this desk works offline"))
        v["center"].setText(st.center or none)
        v["device"].setText(st.device_name or none)
        v["keyring"].setText(self._backend or self.tr("checking…"))
        v["success"].setText(fmt_local(st.last_success) or self.tr("never"))
        v["attempt"].setText(fmt_local(st.last_attempt) or none)
        v["error"].setText(last_error_text(st.last_error) or self.tr("none"))
        v["error"].setToolTip(st.last_error)
        v["pending"].setText(self.tr("{count} changes").format(count=st.pending))
        if not self._backend_asked:  # asking the keyring may talk to the desktop's secret service: not here
            self._backend_asked = True
            run_op(self, _keyring_in_use, self._show_backend, lambda _exc: self._show_backend(("?", False)))
        self.reload_items()

    def _show_backend(self, found: tuple[str, bool]) -> None:
        name, usable = found
        self._backend = name if usable else self.tr("{name} (unusable: sync cannot keep its token)").format(name=name)
        self.values["keyring"].setText(self._backend)

    # --- sync now --------------------------------------------------------------------------
    def attach(self, worker: SyncWorker) -> None:
        """Use the main window's worker (its rounds show here too)."""
        self.worker = worker
        worker.started.connect(self._round_started)
        worker.finished.connect(self._round_done)
        worker.failed.connect(self._round_failed)
        self.sync_button.setEnabled(not worker.busy)

    def sync_now(self) -> bool:
        if self.worker is None:  # a page on its own (tests): a worker of its own, no schedule
            self.attach(SyncWorker(self.services, self, self.engine))
        return self.worker.sync_now()

    def _round_started(self) -> None:
        self.sync_button.setEnabled(False)
        show_banner(self.result, self.tr("Syncing…"), "banner")

    def _round_done(self, report) -> None:
        self.sync_button.setEnabled(True)
        text = self.tr("Synced: {sent} sent, {received} received.").format(sent=report.pushed, received=report.pulled)
        attention = report.conflicts + report.rejected
        if attention:
            text += " " + self.tr("{count} need attention below.").format(count=attention)
        show_banner(self.result, text, "banner" if attention else "okBanner")
        self.refresh()

    def _round_failed(self, message: str) -> None:
        self.sync_button.setEnabled(not (self.worker and self.worker.busy))
        show_banner(self.result, message, "badBanner")
        self.refresh()

    def _enrolled(self) -> None:
        self.refresh()
        self.enrolled.emit()
        self.changed.emit()

    # --- needs attention -------------------------------------------------------------------
    def _attention_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Needs attention"))
        lay = QVBoxLayout(box)
        self.empty = QLabel(self.tr("Nothing needs attention."))
        self.empty.setObjectName("hint")
        lay.addWidget(self.empty)
        self.model = SyncAttentionModel(self)
        self.table = row_table(self.model, (120, 230, 100, 100))  # room for a case number
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(260)  # a handful of items; more scroll inside
        self.table.doubleClicked.connect(lambda _i: self.open_conflict())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.who = QLabel()
        self.who.setObjectName("hint")
        self.who.setWordWrap(True)
        row.addWidget(self.who, 1)
        self.choose_button = QPushButton(self.tr("Choose a value…"))
        self.choose_button.clicked.connect(self.open_conflict)
        self.retry_button = QPushButton(self.tr("Send again"))
        self.retry_button.clicked.connect(self.retry)
        self.dismiss_button = QPushButton(self.tr("Ignore"))
        self.dismiss_button.clicked.connect(lambda: self.dismiss())
        for button in (self.choose_button, self.retry_button, self.dismiss_button):
            row.addWidget(button)
        lay.addLayout(row)
        if not any(self.actor.can(p) for p in set(EDIT_PERMS.values())):
            self.who.setText(self.tr("Staff who edit these records (mediators) settle them here."))
        return box

    def reload_items(self) -> None:
        selected = self.selected()
        self.model.set_rows(self.attention.open_items())
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows:
            row = self.model.row_of(selected.id) if selected else -1
            self.table.selectRow(max(row, 0))
        self._update_buttons()

    def selected(self) -> Problem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        p = self.selected()
        allowed = p is not None and can_resolve(self.actor, p.entity)
        self.choose_button.setVisible(allowed and p.kind == "conflict")
        self.retry_button.setVisible(allowed and p.kind == "rejected")
        self.dismiss_button.setVisible(allowed and p.kind in ("rejected", "apply_failed"))

    def open_conflict(self) -> bool:
        p = self.selected()
        if p is None or p.kind != "conflict" or not can_resolve(self.actor, p.entity):
            return False
        dialog = ConflictDialog(self.services, self.actor, p, self)
        if dialog.exec() != QDialog.Accepted:
            return False
        self._settled()
        return True

    def retry(self) -> bool:
        return self._resolve("retry")

    def dismiss(self, ask: bool = True) -> bool:
        if ask and not confirm(self, self.tr("Ignore this item?"), self.tr(
                "The platform keeps its version and this desk's change is not sent again.")):
            return False
        return self._resolve("dismiss")

    def _resolve(self, choice: str) -> bool:
        p = self.selected()
        if p is None or not can_resolve(self.actor, p.entity):
            return False
        try:
            self.attention.resolve(self.actor, p.id, choice)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._settled()
        return True

    def _settled(self) -> None:
        self.refresh()
        self.changed.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
