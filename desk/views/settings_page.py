"""The administrator's one place for the center and its settings ("Center and settings" area): a tab
per subject — the center's profile and language, printers, queue, case numbers and notary, deadline
rules, security, backups, the platform — each saved on its own. Pages with a life of their own (the
working-day calendar, services and windows, the grid and dictionaries, notary matters, platform sync)
stay where they are; buttons here open them.

Most settings are read where they are used, so a saved value applies at once; the idle lock is
re-armed on the spot; the language applies at the next start (the tab says so)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.sync.engine import SyncEngine
from desk.views.page import page_layout
from desk.views.settings_forms import SettingsForm, hint_label
from desk.views.settings_printing import PrintingTab


def _areas(actor: Actor) -> dict[str, str]:
    """The main window's areas this user may open: key -> English title (context "Areas")."""
    from desk.views.main_window import AREAS

    return {a.key: a.title for a in AREAS if a.allowed(actor)}


class SettingsPage(QWidget):
    settings_saved = Signal(list)
    """Settings were saved; the keys whose value changed."""

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.areas = _areas(actor)
        lay = page_layout(self, self.tr("Center and settings"), self.tr(
            "Each tab is saved on its own. Settings apply at once, except where the tab says otherwise."))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.forms: dict[str, SettingsForm] = {}
        self.tab_keys: list[str] = []
        self.center = None
        self.printing: PrintingTab | None = None
        if actor.can(Perm.CENTER_EDIT) or actor.can(Perm.SETTINGS_EDIT):
            self._add_tab("center", self.tr("Center"), self._center_tab())
        if actor.can(Perm.SETTINGS_EDIT):
            self.printing = PrintingTab(services, actor)
            for name, form in (("printers", self.printing.documents), ("ticket_printer", self.printing.tickets)):
                self._register(name, form)
            self._add_tab("printing", self.tr("Printing"), self.printing)
            self._add_tab("queue", self.tr("Queue"), self._queue_tab())
            self._add_tab("cases", self.tr("Cases and notary"), self._cases_tab())
            self._add_tab("deadlines", self.tr("Deadline rules"), self._deadlines_tab())
            self._add_tab("security", self.tr("Security"), self._security_tab())
            self._add_tab("backup", self.tr("Backups"), self._backup_tab())
            self._add_tab("platform", self.tr("Platform"), self._platform_tab())
            self._add_tab("more", self.tr("More settings"), self._more_tab())
        self.tabs.currentChanged.connect(self._tab_shown)
        lay.addWidget(self.tabs, 1)

    # --- tabs ------------------------------------------------------------------------------------
    def _add_tab(self, key: str, title: str, widget: QWidget) -> None:
        widget.setObjectName(f"settingsTab:{key}")
        self.tabs.addTab(widget, title)
        self.tab_keys.append(key)

    def show_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentIndex(self.tab_keys.index(key))
        return self.tabs.currentWidget()

    def _register(self, name: str, form: SettingsForm) -> SettingsForm:
        self.forms[name] = form
        form.saved.connect(self.apply)
        return form

    def _form(self, name: str, title: str, keys: tuple[str, ...], **kwargs) -> SettingsForm:
        return self._register(name, SettingsForm(self.services, self.actor, title, keys, **kwargs))

    @staticmethod
    def _column(*widgets: QWidget) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        for widget in widgets:
            lay.addWidget(widget)
        lay.addStretch(1)
        return tab

    def _links(self, *keys: str) -> QWidget:
        """Buttons opening other pages of the desk (only those this user may open)."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for key in keys:
            if key in self.areas:
                row.addWidget(self.link_button(key))
        row.addStretch(1)
        return box

    def link_button(self, key: str) -> QPushButton:
        title = QCoreApplication.translate("Areas", self.areas[key])
        button = QPushButton(self.tr("Open {page}").format(page=title))
        button.setObjectName(f"openArea:{key}")
        button.clicked.connect(lambda _=False, k=key: self.open_area(k))
        return button

    def open_area(self, key: str) -> None:
        show_area = getattr(self.window(), "show_area", None)
        if show_area is not None:
            show_area(key)

    def _center_tab(self) -> QWidget:
        widgets: list[QWidget] = []
        if self.actor.can(Perm.CENTER_EDIT):
            from desk.views.center_page import CenterPage

            self.center = CenterPage(self.services, self.actor)
            widgets.append(self.center)
        if self.actor.can(Perm.SETTINGS_EDIT):
            widgets.append(self._form("language", self.tr("Interface"), ("ui.language",),
                                      note=self.tr("A new language applies when the desk is started again.")))
        return self._column(*widgets)

    def _queue_tab(self) -> QWidget:
        form = self._form("queue", self.tr("Reception queue"), (
            "queue.max_calls", "queue.appointment_early_minutes", "queue.appointment_late_minutes",
            "queue.voice", "queue.hall_notice"),
            note=self.tr("Voice and the notice apply to hall displays opened after saving."))
        return self._column(form, hint_label(self.tr("Services, windows and ticket numbering:")),
                            self._links("queue_config"))

    def _cases_tab(self) -> QWidget:
        numbers = self._form("case_numbers", self.tr("Mediation cases"), (
            "mediation.case_abbr", "mediation.number_format", "mediation.mass_dispute_threshold"),
            note=self.tr("Numbers given already stay as they are."))
        notary = self._form("notary", self.tr("Notary agency"), ("notary.office_name", "notary.pickup_keep_days"))
        return self._column(numbers, notary, self._links("notary_catalogue", "lists"))

    def _deadlines_tab(self) -> QWidget:
        mediation = self._form("deadlines_mediation", self.tr("People's mediation"), (
            "mediation.open_days_limit", "mediation.follow_up_days", "mediation.due_soon_days"))
        linkage = self._form("deadlines_linkage", self.tr("Police referrals and work orders"), (
            "linkage.accept_days", "linkage.feedback_days", "linkage.order_sign_days", "linkage.order_limit_days",
            "linkage.due_soon_days"))
        note = hint_label(self.tr("A referral's or work order's due dates are worked out when it arrives: new limits "
                                  "apply to those arriving after saving. Lists of open cases use them at once."))
        return self._column(note, mediation, linkage, self._links("calendar"))

    def _security_tab(self) -> QWidget:
        form = self._form("security", self.tr("Sign-in and screen lock"), (
            "security.idle_lock_minutes", "security.max_failed_logins", "security.lockout_minutes"),
            note=self.tr("The screen lock time applies at once, on this desk's open window too."))
        return self._column(form, self._links("accounts"))

    def _backup_tab(self) -> QWidget:
        form = self._form("backup", self.tr("Daily backup"), (
            "backup.enabled", "backup.folder", "backup.time", "backup.keep_days"),
            placeholders={"backup.folder": self._default_backup_folder()},
            hint=self.tr("A copy of the database each day at the time set, kept for the days set. Choose a folder "
                         "on another drive or a network share: a copy on the same disk is lost with it. An "
                         "encrypted database gives encrypted copies."))
        return self._column(form, self._links("backups", "audit"))

    def _default_backup_folder(self) -> str:
        """Where backups go while no folder is set (the backup service decides it)."""
        try:
            from desk.services.backups import default_folder
        except ImportError:
            return ""
        return str(default_folder(self.services.db.path))

    def _platform_tab(self) -> QWidget:
        box = QGroupBox(self.tr("Platform"))
        form = QFormLayout(box)
        form.addRow(hint_label(self.tr("Connecting this desk to the platform and the sync settings are on the "
                                       "Platform sync page.")))
        self.platform_values: dict[str, QLabel] = {}
        for key, caption in (("url", self.tr("Platform address")), ("center", self.tr("Center on the platform")),
                             ("device", self.tr("Name of this desk")),
                             ("ca", self.tr("Certificate of a private CA")),
                             ("interval", self.tr("Seconds between syncs"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setObjectName(f"platform:{key}")
            form.addRow(caption, value)
            self.platform_values[key] = value
        form.addRow(self._links("sync"))
        self.refresh_platform()
        return self._column(box)

    def refresh_platform(self) -> None:
        st = SyncEngine(self.services).status()
        v, none = self.platform_values, "—"
        v["url"].setText(st.url if st.enrolled else self.tr("Not connected: this desk works offline"))
        v["center"].setText(st.center or none)
        v["device"].setText(st.device_name or none)
        v["ca"].setText(self.services.settings.get("sync.ca_bundle") or self.tr("none (the system's certificates)"))
        v["interval"].setText(str(self.services.settings.get("sync.interval_seconds")))

    def linked_area_texts(self) -> dict[str, str]:
        """The pages the settings area links to: area key -> what the administrator finds there."""
        return {
            "calendar": self.tr("Public holidays and worked weekend days: deadlines in working days are counted "
                                "on this calendar."),
            "queue_config": self.tr("The services of the queue (letters, daily limits, hours) and the windows "
                                    "that serve them."),
            "lists": self.tr("The grid (communities and grid cells) and the dictionaries the forms offer."),
            "notary_catalogue": self.tr("The notary matters offered at intake, with their documents."),
            "accounts": self.tr("Staff accounts, their roles and passwords."),
            "backups": self.tr("Backups made so far, a backup now, and restoring one."),
            "sync": self.tr("Platform address, connecting this desk (enrollment), the certificate of a private CA "
                            "and the time between syncs."),
            "audit": self.tr("Every change, each setting included: who changed what, and when."),
        }

    def _more_tab(self) -> QWidget:
        box = QGroupBox(self.tr("Other pages with settings"))
        form = QFormLayout(box)
        form.setVerticalSpacing(10)
        for key, text in self.linked_area_texts().items():
            if key in self.areas:
                button = self.link_button(key)
                button.setMinimumWidth(180)
                form.addRow(button, hint_label(text))
        return self._column(box)

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self.tab_keys) and self.tab_keys[index] == "platform":
            self.refresh_platform()  # the sync page may have connected the desk since

    # --- applying ---------------------------------------------------------------------------------
    def apply(self, changed: list[str]) -> None:
        """Make saved settings take effect in this window without a restart."""
        if "security.idle_lock_minutes" in changed:
            idle = getattr(self.window(), "idle", None)
            if idle is not None:
                idle.set_minutes(int(self.services.settings.get("security.idle_lock_minutes")))
        if changed:
            self.settings_saved.emit(changed)
