"""The main window: navigation by role to the areas of the desk, status bar, shortcuts, idle lock.

Each area is a page built by its own module; an area a role may not use is simply absent.
Feature modules add their areas to ``AREAS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.views.backup_scheduler import BackupScheduler
from desk.views.idle import IdleWatcher
from desk.views.labels import role_names
from desk.views.lock_dialog import SIGNED_OUT, LockDialog
from desk.views.sync_status import SyncStatusButton


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # English source, context "Areas"
    perms: tuple[Perm, ...]  # any one of them opens the area; empty = everyone
    factory: Callable[[Services, Actor], QWidget]

    def allowed(self, actor: Actor) -> bool:
        return not self.perms or any(actor.can(p) for p in self.perms)


def lazy_page(path: str) -> Callable[[Services, Actor], QWidget]:
    """A factory for the page class at ``"module:Class"``, imported only when the page is first shown."""
    module, name = path.split(":")

    def build(services: Services, actor: Actor) -> QWidget:
        return getattr(import_module(f"desk.views.{module}"), name)(services, actor)
    return build


AREAS: list[Area] = [
    Area("dashboard", QT_TRANSLATE_NOOP("Areas", "Dashboard"), (Perm.STATS_VIEW,),
         lazy_page("dashboard_page:DashboardPage")),
    Area("queue", QT_TRANSLATE_NOOP("Areas", "Window calling"), (Perm.QUEUE_CALL,),
         lazy_page("caller_panel:CallerPanel")),
    Area("case_intake", QT_TRANSLATE_NOOP("Areas", "Register a dispute"), (Perm.MEDIATION_EDIT,),
         lazy_page("case_intake:CaseIntakePage")),
    Area("cases", QT_TRANSLATE_NOOP("Areas", "Mediation cases"), (Perm.MEDIATION_VIEW,),
         lazy_page("case_list:CaseListPage")),
    Area("deadlines", QT_TRANSLATE_NOOP("Areas", "My deadlines"), (Perm.MEDIATION_VIEW,),
         lazy_page("my_deadlines:MyDeadlinesPage")),
    Area("referrals", QT_TRANSLATE_NOOP("Areas", "Police referrals"), (Perm.LINKAGE_VIEW,),
         lazy_page("referral_list:ReferralListPage")),
    Area("work_orders", QT_TRANSLATE_NOOP("Areas", "Work orders"), (Perm.LINKAGE_VIEW,),
         lazy_page("work_order_list:WorkOrderListPage")),
    Area("work_order_supervision", QT_TRANSLATE_NOOP("Areas", "Work-order supervision"), (Perm.LINKAGE_SUPERVISE,),
         lazy_page("work_order_supervision:SupervisionPage")),
    Area("consultation", QT_TRANSLATE_NOOP("Areas", "Consultations"), (Perm.CONSULT_EDIT,),
         lazy_page("consultation_page:ConsultationPage")),
    Area("notary_intake", QT_TRANSLATE_NOOP("Areas", "Notary intake"), (Perm.NOTARY_EDIT,),
         lazy_page("notary_intake_page:NotaryIntakePage")),
    Area("notary", QT_TRANSLATE_NOOP("Areas", "Notary applications"), (Perm.NOTARY_VIEW,),
         lazy_page("notary_list:NotaryListPage")),
    Area("legal_search", QT_TRANSLATE_NOOP("Areas", "Search intakes and consultations"),
         (Perm.NOTARY_VIEW, Perm.CONSULT_VIEW), lazy_page("legal_search_page:LegalSearchPage")),
    Area("queue_figures", QT_TRANSLATE_NOOP("Areas", "Queue today"), (Perm.QUEUE_FIGURES,),
         lazy_page("queue_figures_page:QueueFiguresPage")),
    Area("queue_config", QT_TRANSLATE_NOOP("Areas", "Queue set-up"), (Perm.QUEUE_CONFIGURE,),
         lazy_page("queue_config_page:QueueConfigPage")),
    Area("audit", QT_TRANSLATE_NOOP("Areas", "Audit trail"), (Perm.AUDIT_VIEW,), lazy_page("audit_page:AuditPage")),
    Area("accounts", QT_TRANSLATE_NOOP("Areas", "Staff accounts"), (Perm.ACCOUNTS_MANAGE,),
         lazy_page("accounts_page:AccountsPage")),
    Area("center", QT_TRANSLATE_NOOP("Areas", "Center and settings"), (Perm.CENTER_EDIT, Perm.SETTINGS_EDIT),
         lazy_page("settings_page:SettingsPage")),
    Area("calendar", QT_TRANSLATE_NOOP("Areas", "Working-day calendar"), (Perm.SETTINGS_EDIT,),
         lazy_page("calendar_page:CalendarPage")),
    Area("notary_catalogue", QT_TRANSLATE_NOOP("Areas", "Notary matters"), (Perm.NOTARY_CONFIGURE,),
         lazy_page("notary_catalogue_page:NotaryCataloguePage")),
    Area("lists", QT_TRANSLATE_NOOP("Areas", "Grid and lists"), (Perm.DICTIONARIES_EDIT,),
         lazy_page("lists_page:ListsPage")),
    Area("backups", QT_TRANSLATE_NOOP("Areas", "Backups"), (Perm.BACKUP,), lazy_page("backup_page:BackupPage")),
    Area("sync", QT_TRANSLATE_NOOP("Areas", "Platform sync"), (), lazy_page("sync_page:SyncPage")),
    Area("me", QT_TRANSLATE_NOOP("Areas", "My account"), (), lazy_page("my_account_page:MyAccountPage")),
]
SYNC_START_MS = 300  # the sync engine (and requests) load just after the window is painted


class MainWindow(QMainWindow):
    sig_signed_out = Signal()
    """The user signed out (menu or lock screen); the app shows the sign-in dialog again."""

    def __init__(self, services: Services, actor: Actor, db_path: Path) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        profile = services.center.profile()
        self.setWindowTitle(self.tr("{center} — desk").format(center=profile.name))
        self.resize(1280, 800)
        body = QWidget()
        lay = QHBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.areas = [a for a in AREAS if a.allowed(actor)]
        # Pages are built when first shown: start-up pays only for the first one.
        self.pages: dict[str, QWidget] = {}
        self.frames: dict[str, QScrollArea] = {}
        for index, area in enumerate(self.areas):
            self.stack.addWidget(QWidget())
            title = QCoreApplication.translate("Areas", area.title)
            item = QListWidgetItem(title)
            item.setToolTip(f"{title}  (Ctrl+{index + 1})")
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self._build_menu()
        self._build_status(profile.name, db_path)
        self.restore_request: Path | None = None
        self.backup_scheduler = BackupScheduler(services, self)  # the daily backup, off the GUI thread
        self.backup_scheduler.attach(self.statusBar())
        self.backup_scheduler.start()
        self.idle = IdleWatcher(services.settings.get("security.idle_lock_minutes"), self)
        self.idle.idle.connect(self.lock)
        self.sync_worker = None
        self._closed = False
        QTimer.singleShot(SYNC_START_MS, self, self.start_sync)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Desk"))
        if self.actor.can(Perm.QUEUE_ISSUE):
            kiosk = QAction(self.tr("Open the ticket kiosk"), self)
            kiosk.triggered.connect(lambda: self.open_queue_window("kiosk"))
            menu.addAction(kiosk)
        if self.actor.can(Perm.QUEUE_CALL) or self.actor.can(Perm.QUEUE_ISSUE):
            hall = QAction(self.tr("Open the hall display"), self)
            hall.triggered.connect(lambda: self.open_queue_window("hall"))
            menu.addAction(hall)
        if self.actor.can(Perm.QUEUE_CALL):
            rating = QAction(self.tr("Open the rating screen for my window"), self)
            rating.triggered.connect(lambda: self.open_queue_window("rating"))
            menu.addAction(rating)
        if not menu.isEmpty():
            menu.addSeparator()
        verify = QAction(self.tr("Verify a printed document…"), self)
        verify.setShortcut(QKeySequence("Ctrl+Shift+V"))
        verify.triggered.connect(self.verify_document)
        menu.addAction(verify)
        lock = QAction(self.tr("Lock screen"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        menu.addAction(lock)
        sign_out = QAction(self.tr("Sign out"), self)
        sign_out.triggered.connect(self.sign_out)
        menu.addAction(sign_out)
        menu.addSeparator()
        quit_ = QAction(self.tr("Quit"), self)
        quit_.setShortcut(QKeySequence("Ctrl+Q"))
        quit_.triggered.connect(self.close)
        menu.addAction(quit_)
        for index in range(min(len(self.areas), 9)):
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            jump.triggered.connect(lambda _=False, i=index: self.nav.setCurrentRow(i))
            self.addAction(jump)

    def _build_status(self, center: str, db_path: Path) -> None:
        bar = self.statusBar()
        bar.addWidget(QLabel(self.tr("User: {name} ({roles})").format(
            name=self.actor.full_name, roles=role_names(self.actor.roles))))
        bar.addWidget(QLabel(self.tr("Center: {center}").format(center=center)))
        db_label = QLabel(self.tr("Database: {name}").format(name=db_path.name))
        db_label.setToolTip(str(db_path))
        bar.addPermanentWidget(db_label)
        self.sync_status = SyncStatusButton()
        self.sync_status.clicked.connect(lambda: self.show_area("sync"))
        bar.addPermanentWidget(self.sync_status)

    # --- sync ----------------------------------------------------------------------------------
    def ensure_sync_worker(self):
        """The window's sync worker (built on first use: no network, no engine import at start-up)."""
        if self.sync_worker is None:
            from desk.views.sync_worker import SyncWorker

            self.sync_worker = SyncWorker(self.services, self)
            self.sync_worker.started.connect(lambda: self.sync_status.set_busy(True))
            self.sync_worker.finished.connect(lambda _report: self.sync_status.set_busy(False))
            self.sync_worker.failed.connect(lambda _message: self.sync_status.set_busy(False))
            self.sync_status.set_source(self.sync_worker.status)
        return self.sync_worker

    def start_sync(self) -> None:
        """Show the sync status and schedule rounds when the desk is enrolled."""
        if not self._closed:
            self.ensure_sync_worker().start()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._closed = True
        if self.sync_worker is not None:
            self.sync_worker.stop()
        self.sync_status.poll.stop()
        self.backup_scheduler.stop()
        super().closeEvent(event)

    def page(self, key: str) -> QWidget:
        """The page of an area, built on first use."""
        if key not in self.pages:
            index = [a.key for a in self.areas].index(key)
            page = self.areas[index].factory(self.services, self.actor)
            # A page taller than a 1280x800 laptop screen (a long settings form) scrolls instead of
            # making the whole window taller than the screen.
            frame = QScrollArea()
            frame.setWidgetResizable(True)
            frame.setFrameShape(QFrame.NoFrame)
            frame.setWidget(page)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, frame)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
            self.frames[key] = frame
            if key == "sync":
                page.attach(self.ensure_sync_worker())
                page.changed.connect(self.sync_status.refresh)
                page.enrolled.connect(self.start_sync)
            if key == "queue":
                page.sig_serving.connect(self.open_for_ticket)
            if key == "backups":
                page.sig_restore.connect(self.request_restore)
            if key == "dashboard":
                page.sig_open.connect(self.open_list)
        return self.pages[key]

    def open_list(self, key: str, filters: object = None) -> None:
        """The dashboard asked for the list behind a figure: show that area, narrowed when it can be."""
        if any(a.key == key for a in self.areas):
            page = self.show_area(key)
            if filters is not None and hasattr(page, "apply_filter"):
                page.apply_filter(filters)

    TICKET_AREAS = {"consultation": "consultation", "notary": "notary_intake"}

    def open_for_ticket(self, ticket_id: str, number: str, handled_as: str) -> None:
        """Serving began on a consultation or notary ticket: its intake, with the ticket attached."""
        key = self.TICKET_AREAS.get(handled_as)
        if key is not None and any(a.key == key for a in self.areas):
            self.show_area(key).attach_ticket(ticket_id, number)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            key = self.areas[row].key
            self.page(key)
            self.stack.setCurrentWidget(self.frames[key])

    def open_queue_window(self, kind: str) -> QWidget:
        """Kiosk, hall display or rating screen as a window of its own, full screen on the last
        screen (a TV or a customer-facing monitor when one is connected)."""
        from desk.views.queue_windows import open_queue_window

        caller = self.page("queue") if any(a.key == "queue" for a in self.areas) else None
        window = open_queue_window(kind, self.services, caller.window_id() if caller else None)
        if kind == "hall" and caller is not None:
            caller.sig_called.connect(lambda *_: window.poll())
        self._queue_windows = [*getattr(self, "_queue_windows", []), window]
        return window

    def show_area(self, key: str) -> QWidget:
        index = [a.key for a in self.areas].index(key)
        self.nav.setCurrentRow(index)
        return self.page(key)

    def verify_document(self) -> None:
        from desk.views.verify_dialog import VerifyDialog

        VerifyDialog(self.services, self.actor, self).exec()

    def lock(self) -> None:
        self.idle.timer.stop()
        self.services.auth.record_session_event(self.actor, "screen.lock")
        # Personal data must not stay readable behind the lock dialog.
        self.centralWidget().hide()
        result = LockDialog(self.services, self.actor, self).exec()
        self.centralWidget().show()
        if result == SIGNED_OUT:
            self.sign_out()
        else:
            self.idle.set_minutes(self.idle.minutes)

    def request_restore(self, backup: Path) -> None:
        """Restore ``backup`` over the database: the window (and any queue window) closes, and desk.app
        closes the engine, restores, reopens and asks for sign-in again."""
        self.restore_request = Path(backup)
        self.idle.stop()
        for window in getattr(self, "_queue_windows", []):
            window.close()
        self.close()

    def sign_out(self) -> None:
        self.services.auth.record_session_event(self.actor, "logout")
        self.idle.stop()
        self.sig_signed_out.emit()
        self.close()
