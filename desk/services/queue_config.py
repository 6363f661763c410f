"""Queue configuration (center head, administrator): services with a letter prefix, daily cap and
issuing hours; windows with their number, name and the services they serve."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from desk.db import Database
from desk.errors import ConflictError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.queue import HANDLED_AS, QueueService, QueueWindow
from desk.services.permissions import Actor, Perm
from desk.services.uow import UnitOfWork, apply_changes
from desk.validation import normalize_text


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    prefix: str
    name: str
    daily_cap: int
    opens_at: str
    closes_at: str
    default_minutes: int
    active: bool
    handled_as: str = ""  # what serving one of its tickets opens: "" nothing, or one of HANDLED_AS


@dataclass(frozen=True)
class WindowInfo:
    id: int
    number: int
    name: str
    paused: bool
    active: bool
    service_ids: frozenset[int]


def service_info(s: QueueService) -> ServiceInfo:
    return ServiceInfo(s.id, s.prefix, s.name, s.daily_cap, s.opens_at, s.closes_at, s.default_minutes, s.active,
                       s.handled_as or "")


def window_info(w: QueueWindow) -> WindowInfo:
    return WindowInfo(w.id, w.number, w.name, w.paused, w.active, frozenset(s.id for s in w.services))


def _hhmm(raw: str, field: str) -> str:
    text = raw.strip()
    m = re.fullmatch(r"(\d{1,2})[:：](\d{2})", text)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "Enter a time like 08:30."))
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def _positive(value: int, field: str, maximum: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= maximum:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "Enter a number from {minimum} to {maximum}."),
                              minimum=1, maximum=maximum)
    return number


class QueueConfigService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- services ------------------------------------------------------------------------------
    def services(self, include_inactive: bool = False) -> list[ServiceInfo]:
        with self.db.reader() as s:
            stmt = select(QueueService).order_by(QueueService.sort_order, QueueService.prefix)
            if not include_inactive:
                stmt = stmt.where(QueueService.active.is_(True))
            return [service_info(x) for x in s.scalars(stmt)]

    def save_service(self, actor: Actor, service_id: int | None, prefix: str, name: str, daily_cap: int,
                     opens_at: str, closes_at: str, default_minutes: int = 10, active: bool = True,
                     handled_as: str | None = None) -> ServiceInfo:
        """Create or change a service; ``handled_as`` None keeps what serving its tickets opens ("" for a new one)."""
        actor.require(Perm.QUEUE_CONFIGURE)
        prefix = prefix.strip().upper()
        if not re.fullmatch(r"[A-Z]", prefix):
            raise ValidationError("prefix", QT_TRANSLATE_NOOP("Errors", "The prefix is one letter from A to Z."))
        name = normalize_text(name, 50, "name")
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        cap = _positive(daily_cap, "daily_cap", 9999)
        minutes = _positive(default_minutes, "default_minutes", 240)
        opens, closes = _hhmm(opens_at, "opens_at"), _hhmm(closes_at, "closes_at")
        if closes <= opens:
            raise ValidationError("closes_at", QT_TRANSLATE_NOOP("Errors", "Closing time must be after opening time."))
        if handled_as is not None and handled_as not in ("", *HANDLED_AS):
            raise ValidationError("handled_as", QT_TRANSLATE_NOOP(
                "Errors", "Choose what serving a ticket of this service opens at the window."))
        values = {"prefix": prefix, "name": name, "daily_cap": cap, "opens_at": opens, "closes_at": closes,
                  "default_minutes": minutes, "active": active}
        if handled_as is not None:
            values["handled_as"] = handled_as
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            clash = s.scalar(select(QueueService).where(QueueService.prefix == prefix, QueueService.id != (service_id or 0)))
            if clash is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "The prefix {prefix} is already used by {name}."),
                                    prefix=prefix, name=clash.name)
            if service_id is None:
                order = s.scalar(select(func.max(QueueService.sort_order))) or 0
                service = QueueService(**values, sort_order=order + 1)
                s.add(service)
                s.flush()
                uow.audit("queue.service.create", "queue_service", service.id, summary=f"{prefix} {name}")
            else:
                service = s.get(QueueService, service_id)
                if service is None:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "This service no longer exists."))
                changes = apply_changes(service, values)
                if changes:
                    uow.audit("queue.service.update", "queue_service", service.id, summary=f"{prefix} {name}",
                              changes=changes)
            return service_info(service)

    # --- windows -------------------------------------------------------------------------------
    def windows(self, include_inactive: bool = False) -> list[WindowInfo]:
        with self.db.reader() as s:
            stmt = select(QueueWindow).order_by(QueueWindow.number)
            if not include_inactive:
                stmt = stmt.where(QueueWindow.active.is_(True))
            return [window_info(w) for w in s.scalars(stmt)]

    def save_window(self, actor: Actor, window_id: int | None, number: int, name: str,
                    service_ids: Iterable[int], active: bool = True) -> WindowInfo:
        actor.require(Perm.QUEUE_CONFIGURE)
        number = _positive(number, "number", 99)
        name = normalize_text(name, 50, "name")
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        ids = set(service_ids)
        if not ids:
            raise ValidationError("services", QT_TRANSLATE_NOOP("Errors", "Choose at least one service for this window."))
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            clash = s.scalar(select(QueueWindow).where(QueueWindow.number == number, QueueWindow.id != (window_id or 0)))
            if clash is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "Window {number} already exists."), number=number)
            services = list(s.scalars(select(QueueService).where(QueueService.id.in_(ids))))
            if window_id is None:
                window = QueueWindow(number=number, name=name, active=active, services=services)
                s.add(window)
                s.flush()
                uow.audit("queue.window.create", "queue_window", window.id, summary=f"{number} {name}")
            else:
                window = s.get(QueueWindow, window_id)
                if window is None:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "This window no longer exists."))
                old = ",".join(sorted(x.prefix for x in window.services))
                changes = apply_changes(window, {"number": number, "name": name, "active": active})
                window.services = services
                new = ",".join(sorted(x.prefix for x in services))
                if old != new:
                    changes["services"] = (old, new)
                if changes:
                    uow.audit("queue.window.update", "queue_window", window.id, summary=f"{number} {name}",
                              changes=changes)
            return window_info(window)
