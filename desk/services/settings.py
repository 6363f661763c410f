"""Center-wide settings: a typed registry with defaults and limits, stored in the ``setting`` table."""

from __future__ import annotations

import json
from dataclasses import dataclass
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
    SettingSpec("security.idle_lock_minutes", 10,
                QT_TRANSLATE_NOOP("Settings", "Lock the screen after this many idle minutes (0 = never)"), 0, 240),
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
    SettingSpec("demo", False, QT_TRANSLATE_NOOP("Settings", "Demo data"), editable=False),
)}


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
            row = uow.session.get(Setting, key)
            old = SPECS[key].default if row is None else json.loads(row.value)
            if old == value and row is not None:
                return
            if row is None:
                uow.session.add(Setting(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
            uow.audit("setting.change", "setting", key, summary=key, changes={key: (old, value)})
