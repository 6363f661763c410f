"""Appointments (预约取号): booked by phone or through the platform, checked in at the kiosk by code.

Check-in opens ``queue.appointment_early_minutes`` before the slot; up to
``queue.appointment_late_minutes`` after the slot the visitor keeps the priority of an appointment,
later they join the normal queue.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from desk.errors import ConflictError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.queue import Appointment, QueueService
from desk.services.permissions import Actor, Perm
from desk.services.queue_tickets import TicketInfo, TicketService
from desk.services.uow import UnitOfWork
from desk.timeutil import fmt_local, to_local
from desk.validation import normalize_text, parse_mobile


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    code: str
    service_id: int
    name: str
    phone: str
    slot_start: datetime
    slot_end: datetime
    state: str


def _info(a: Appointment) -> AppointmentInfo:
    return AppointmentInfo(a.id, a.code, a.service_id, a.name, a.phone, a.slot_start, a.slot_end, a.state)


class AppointmentService:
    def __init__(self, tickets: TicketService) -> None:
        self.tickets = tickets
        self.db = tickets.db

    def book(self, actor: Actor, service_id: int, name: str, phone: str, slot_start: datetime,
             slot_end: datetime, rng: random.Random | None = None) -> AppointmentInfo:
        """Book a slot (times in UTC); returns the appointment with its 6-digit check-in code."""
        actor.require(Perm.QUEUE_ISSUE)
        name = normalize_text(name, 50, "name")
        phone = parse_mobile(phone, "phone") if phone.strip() else ""
        if slot_end <= slot_start:
            raise ValidationError("slot_end", QT_TRANSLATE_NOOP("Errors", "The slot must end after it starts."))
        rng = rng or random.SystemRandom()
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            if s.get(QueueService, service_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This service is not offered."))
            code = f"{rng.randrange(10**6):06d}"
            while s.scalar(select(Appointment.id).where(Appointment.code == code)) is not None:
                code = f"{rng.randrange(10**6):06d}"
            appt = Appointment(code=code, service_id=service_id, name=name, phone=phone,
                               slot_start=slot_start, slot_end=slot_end)
            s.add(appt)
            s.flush()
            uow.audit("queue.appointment.book", "appointment", appt.id, summary=f"{code} {fmt_local(slot_start)}",
                      changes={"phone": (None, phone)})
            return _info(appt)

    def check_in(self, actor: Actor, code: str) -> TicketInfo:
        actor.require(Perm.QUEUE_ISSUE)
        code = code.strip()
        now = self.tickets.clock()
        early = timedelta(minutes=self.tickets.settings.get("queue.appointment_early_minutes"))
        late = timedelta(minutes=self.tickets.settings.get("queue.appointment_late_minutes"))
        with UnitOfWork(self.db, actor) as uow:
            appt = uow.session.scalar(select(Appointment).where(Appointment.code == code))
            if appt is None or appt.state == "cancelled":
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Errors", "No appointment has the code {code}. Please check it or ask at the service desk."), code=code)
            if appt.state == "checked_in":
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This appointment has already been checked in."))
            if to_local(appt.slot_start).date() != to_local(now).date():
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This appointment is for {day}, not today."),
                                    day=f"{to_local(appt.slot_start):%Y-%m-%d}")
            if now < appt.slot_start - early:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "Check-in for this appointment opens at {time}."),
                                    time=f"{to_local(appt.slot_start - early):%H:%M}")
            on_time = now <= appt.slot_end + late
            # Late arrivals join the normal queue: no priority.
            ticket = self.tickets.issue_in(uow, appt.service_id, "appointment" if on_time else "", appt.id)
            appt.state, appt.ticket_id = "checked_in", ticket.id
            uow.audit("queue.appointment.check_in", "appointment", appt.id,
                      summary=f"{code} → {ticket.number}" + ("" if on_time else " (late)"))
        return ticket

