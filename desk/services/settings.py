"""Center-wide settings: a typed registry with defaults and limits, stored in the ``setting`` table."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.db import Database
from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import Setting
from desk.services.permissions import Actor, Perm
from desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    editable: bool = True


SPECS: dict[str, SettingSpec] = {s.key: s for s in (
    # A desk showing personal data always locks: 0 ("never") is no longer accepted.
    SettingSpec("security.idle_lock_minutes", 10,
                QT_TRANSLATE_NOOP("Settings", "Lock the screen after this many idle minutes"), 1, 240),
    SettingSpec("security.max_failed_logins", 5,
                QT_TRANSLATE_NOOP("Settings", "Failed sign-ins before an account is locked"), 3, 20),
    SettingSpec("security.lockout_minutes", 15,
                QT_TRANSLATE_NOOP("Settings", "Minutes an account stays locked"), 1, 1440),
    SettingSpec("ui.language", "zh_CN", QT_TRANSLATE_NOOP("Settings", "Interface language"),
                choices=("zh_CN", "en")),
    SettingSpec("queue.max_calls", 3,
                QT_TRANSLATE_NOOP("Settings", "Calls before a ticket may be marked no-show"), 1, 10),
    SettingSpec("queue.appointment_early_minutes", 30,
                QT_TRANSLATE_NOOP("Settings", "Appointment check-in opens this many minutes early"), 0, 240),
    SettingSpec("queue.appointment_late_minutes", 15,
                QT_TRANSLATE_NOOP("Settings", "Minutes late an appointment still keeps its priority"), 0, 240),
    SettingSpec("queue.voice", True, QT_TRANSLATE_NOOP("Settings", "Announce calls by voice")),
    SettingSpec("queue.hall_notice", "请留意叫号屏和语音提示，过号请到服务台重新排队。",
                QT_TRANSLATE_NOOP("Settings", "Notice line on the hall display"), maximum=120),
    SettingSpec("queue.ticket_printer", "",
                QT_TRANSLATE_NOOP("Settings", "Ticket printer (empty: system printer; tcp://host:9100 or a device for ESC/POS)"),
                maximum=200),
    SettingSpec("mediation.case_abbr", "金调",
                QT_TRANSLATE_NOOP("Settings", "Case number abbreviation of the committee (e.g. 金调)"), maximum=8),
    SettingSpec("mediation.number_format", "({year}){abbr}字第{seq:03d}号",
                QT_TRANSLATE_NOOP("Settings", "Case number format ({year}, {abbr}, {seq:03d})"), maximum=60),
    SettingSpec("mediation.mass_dispute_threshold", 5,
                QT_TRANSLATE_NOOP("Settings", "People involved from which a dispute counts as a mass dispute"), 2, 1000),
    SettingSpec("mediation.open_days_limit", 30,
                QT_TRANSLATE_NOOP("Settings", "Days a case may stay open before it is flagged"), 1, 365),
    SettingSpec("mediation.follow_up_days", 15,
                QT_TRANSLATE_NOOP("Settings", "Follow-up due this many days after an agreement without a deadline"), 1, 365),
    SettingSpec("mediation.due_soon_days", 3,
                QT_TRANSLATE_NOOP("Settings", "Days ahead a deadline counts as due soon"), 0, 30),
    SettingSpec("linkage.accept_days", 1,
                QT_TRANSLATE_NOOP("Settings", "Working days to accept or decline a police referral"), 1, 30),
    SettingSpec("linkage.feedback_days", 15,
                QT_TRANSLATE_NOOP("Settings", "Working days to send the result of a police referral back"), 1, 90),
    SettingSpec("linkage.order_sign_days", 1,
                QT_TRANSLATE_NOOP("Settings", "Working days to sign for a work order"), 1, 30),
    SettingSpec("linkage.order_limit_days", 5,
                QT_TRANSLATE_NOOP("Settings", "Working days to complete a work order when the platform sets no limit"), 1, 90),
    SettingSpec("linkage.due_soon_days", 2,
                QT_TRANSLATE_NOOP("Settings", "Working days ahead a hand-over counts as due soon"), 0, 30),
    SettingSpec("notary.office_name", "市公证处",
                QT_TRANSLATE_NOOP("Settings", "Notary office the intakes are forwarded to"), maximum=100),
    SettingSpec("notary.pickup_keep_days", 60,
                QT_TRANSLATE_NOOP("Settings", "Days a ready certificate is kept for pickup"), 1, 365),
    SettingSpec("sync.ca_bundle", "",
                QT_TRANSLATE_NOOP("Settings", "CA certificate file for a platform with a private CA (empty: system CAs)"),
                maximum=500),
    SettingSpec("sync.interval_seconds", 60,
                QT_TRANSLATE_NOOP("Settings", "Seconds between automatic syncs with the platform"), 10, 3600),
    SettingSpec("queue.ticket_system_printer", "",
                QT_TRANSLATE_NOOP("Settings", "System printer for tickets when no ESC/POS printer is set (empty: the default printer)"),
                maximum=200),
    # Printers per group of documents (PRINT_GROUPS): "" asks each time, SYSTEM_DEFAULT_PRINTER is the
    # system's default printer, anything else a printer's name. See SettingsService.printer_choice.
    SettingSpec("print.printer.documents", "",
                QT_TRANSLATE_NOOP("Settings", "Printer for agreements, applications, records and case files"),
                maximum=200),
    SettingSpec("print.printer.letters", "",
                QT_TRANSLATE_NOOP("Settings", "Printer for notices and letters"), maximum=200),
    SettingSpec("print.printer.receipts", "", QT_TRANSLATE_NOOP("Settings", "Printer for receipts"), maximum=200),
    SettingSpec("print.printer.reports", "",
                QT_TRANSLATE_NOOP("Settings", "Printer for reports and day lists"), maximum=200),
    # The daily backup (the backup scheduler reads exactly these four keys).
    SettingSpec("backup.enabled", False, QT_TRANSLATE_NOOP("Settings", "Back up the database every day")),
    SettingSpec("backup.folder", "",
                QT_TRANSLATE_NOOP("Settings", "Backup folder (empty: a backups folder beside the database)"),
                maximum=500),
    SettingSpec("backup.time", "12:00", QT_TRANSLATE_NOOP("Settings", "Time of the daily backup (HH:MM)"),
                maximum=5),
    SettingSpec("backup.keep_days", 30, QT_TRANSLATE_NOOP("Settings", "Days backups are kept"), 1, 3650),
    SettingSpec("demo", False, QT_TRANSLATE_NOOP("Settings", "Demo data"), editable=False),
)}

SYSTEM_DEFAULT_PRINTER = "@default"
"""Value of a ``print.printer.*`` setting meaning the system's default printer ("" asks each time)."""
PRINT_GROUPS: dict[str, str] = {
    # agreements, applications, records and the case file
    "case-registration": "documents", "case-application": "documents", "investigation-record": "documents",
    "session-record": "documents", "agreement": "documents", "follow-up-record": "documents",
    "file-cover": "documents", "file-contents": "documents", "consultation-form": "documents",
    "legal-aid-application": "documents",
    # notices and letters
    "termination-notice": "letters", "referral-feedback": "letters", "referral-return": "letters",
    "police-transfer": "letters", "work-order-feedback": "letters", "notary-pickup-notice": "letters",
    "notary-transfer-list": "letters",
    # receipts
    "referral-receipt": "receipts", "notary-receipt": "receipts",
    # reports and lists
    "audit-report": "reports", "consultation-day-list": "reports", "monthly-report": "reports",
    "monthly-workbook": "reports",
}
"""Document kind (desk/services/documents.py KIND_PREFIX) -> printer group (``print.printer.<group>``)."""
_TIME = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")
_COM_PORT = re.compile(r"^(?:\\\\\.\\)?COM[1-9][0-9]*$", re.IGNORECASE)


def escpos_target_ok(target: str) -> bool:
    """The forms desk/devices/escpos_printer.py understands: tcp://host[:port], a device path, a COM port."""
    if target.lower().startswith("tcp://"):
        return len(target) > len("tcp://")
    return target.startswith("/") or target.startswith("\\\\.\\") or bool(_COM_PORT.match(target))


def print_group(kind: str) -> str:
    """The printer group of a document kind; a kind not listed (a new report) goes by its name."""
    group = PRINT_GROUPS.get(kind)
    if group is None:
        group = "reports" if ("report" in kind or "stat" in kind or "list" in kind) else "documents"
    return group


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> Any:
        spec = SPECS[key]
        with self.db.reader() as s:
            row = s.get(Setting, key)
        return spec.default if row is None else json.loads(row.value)

    def all(self) -> dict[str, Any]:
        with self.db.reader() as s:
            stored = {r.key: json.loads(r.value) for r in s.query(Setting)}
        return {k: stored.get(k, spec.default) for k, spec in SPECS.items()}

    def validate(self, key: str, value: Any) -> Any:
        spec = SPECS[key]
        if isinstance(spec.default, bool):
            return bool(value)
        if isinstance(spec.default, int):
            try:
                number = int(value)
            except (TypeError, ValueError):
                raise ValidationError(key, QT_TRANSLATE_NOOP("Errors", "Enter a whole number.")) from None
            if (spec.minimum is not None and number < spec.minimum) or (
                spec.maximum is not None and number > spec.maximum
            ):
                raise ValidationError(
                    key, QT_TRANSLATE_NOOP("Errors", "Enter a number from {minimum} to {maximum}."),
                    minimum=spec.minimum, maximum=spec.maximum,
                )
            return number
        text = str(value).strip()
        if key == "backup.folder" and text:
            text = self._check_folder(key, text)
        if key == "backup.time":
            match = _TIME.match(unicodedata.normalize("NFKC", text))  # full-width digits from an IME
            if match is None:
                raise ValidationError(key, QT_TRANSLATE_NOOP("Errors", "Enter a time as HH:MM, e.g. 12:30."))
            text = f"{int(match.group(1)):02d}:{match.group(2)}"
        if key == "queue.ticket_printer" and text and not escpos_target_ok(text):
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "Errors", "The ticket printer address {target} is not understood. Use tcp://host:9100, "
                "a device path such as /dev/usb/lp0, or a port such as COM3."), target=text)
        if key == "mediation.number_format":
            try:
                sample = text.format(year=2026, abbr="金调", seq=15)
            except (KeyError, IndexError, ValueError):
                sample = ""
            if "{seq" not in text or not sample:
                raise ValidationError(key, QT_TRANSLATE_NOOP(
                    "Errors", "The format needs {seq} and may use {year} and {abbr}, e.g. ({year}){abbr}字第{seq:03d}号."))
        if spec.maximum is not None and len(text) > spec.maximum:
            raise ValidationError(key, QT_TRANSLATE_NOOP("Errors", "At most {maximum} characters."),
                                  maximum=spec.maximum)
        if spec.choices and text not in spec.choices:
            raise ValidationError(key, QT_TRANSLATE_NOOP("Errors", "This value is not one of the choices."))
        return text

    def _check_folder(self, key: str, text: str) -> str:
        """A backup folder: a full path that exists as a folder (or can be created) where the desk
        may write, and neither the live database file nor the folder it lives in."""
        try:
            return self._usable_folder(key, text)
        except (OSError, ValueError, UnicodeError, RuntimeError):  # NUL, lone surrogates, symlink loops
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "Errors", "The desk cannot write in this folder. Choose a folder this user may write to.")) from None

    def _usable_folder(self, key: str, text: str) -> str:
        text.encode("utf-8")  # a lone surrogate names no folder
        path = Path(os.path.expanduser(text))
        if not path.is_absolute():
            raise ValidationError(key, QT_TRANSLATE_NOOP("Errors", "Enter the folder's full path."))
        if path.exists() and not path.is_dir():
            raise ValidationError(key, QT_TRANSLATE_NOOP("Errors", "This is a file, not a folder."))
        if path.resolve() == Path(self.db.path).resolve().parent:
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "Errors", "Backups cannot go into the folder of the database itself: choose another folder, "
                "best on another drive."))
        existing = path
        while not existing.exists():  # a folder still to be created: its nearest existing parent decides
            existing = existing.parent
        if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "Errors", "The desk cannot write in this folder. Choose a folder this user may write to."))
        return str(path)

    def problems(self, values: dict[str, Any]) -> list[ValidationError]:
        """Every reason ``values`` (key -> value) cannot be saved together; empty when they can."""
        found: list[ValidationError] = []
        for key, value in values.items():
            if not SPECS[key].editable:
                found.append(ValidationError(key, QT_TRANSLATE_NOOP("Errors", "This setting cannot be changed here.")))
                continue
            try:
                self.validate(key, value)
            except ValidationError as exc:
                found.append(exc)
        return found

    def set_many(self, actor: Actor, values: dict[str, Any]) -> list[str]:
        """Save several settings in one transaction (all or none), each change audited; returns the
        keys whose value changed."""
        actor.require(Perm.SETTINGS_EDIT)
        found = self.problems(values)
        if found:
            raise found[0]
        checked = {key: self.validate(key, value) for key, value in values.items()}
        with UnitOfWork(self.db, actor) as uow:
            return [key for key, value in checked.items() if self._write_in(uow, key, value, pin=False)]

    def printer_choice(self, kind: str) -> str:
        """The printer documents of ``kind`` go to: "" = ask each time, SYSTEM_DEFAULT_PRINTER, or a name."""
        return str(self.get(f"print.printer.{print_group(kind)}") or "")

    def set(self, actor: Actor, key: str, value: Any) -> None:
        actor.require(Perm.SETTINGS_EDIT)
        if not SPECS[key].editable:
            raise ValidationError(key, QT_TRANSLATE_NOOP("Errors", "This setting cannot be changed here."))
        self._write(actor, key, self.validate(key, value))

    def set_internal(self, actor: Actor, key: str, value: Any) -> None:
        """For the system itself (demo seeding, sync): no permission check, still audited."""
        self._write(actor, key, value)

    def _write(self, actor: Actor, key: str, value: Any) -> None:
        with UnitOfWork(self.db, actor) as uow:
            self._write_in(uow, key, value)

    @staticmethod
    def _write_in(uow: UnitOfWork, key: str, value: Any, pin: bool = True) -> bool:
        """Store ``value``; an unchanged value is skipped (unless ``pin`` stores a default not yet stored)."""
        row = uow.session.get(Setting, key)
        old = SPECS[key].default if row is None else json.loads(row.value)
        if old == value and (row is not None or not pin):
            return False
        if row is None:
            uow.session.add(Setting(key=key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
        uow.audit("setting.change", "setting", key, summary=key, changes={key: (old, value)})
        return True
