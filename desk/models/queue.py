"""Reception queue: services, windows, tickets, appointments, ratings and their follow-ups."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base

window_service = Table(
    "queue_window_service", Base.metadata,
    Column("window_id", ForeignKey("queue_window.id", ondelete="CASCADE"), primary_key=True),
    Column("service_id", ForeignKey("queue_service.id", ondelete="CASCADE"), primary_key=True),
)


HANDLED_AS = ("consultation", "notary")


class TicketState(str, enum.Enum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class QueueService(Base):
    """A service a visitor takes a ticket for, e.g. A 人民调解."""

    __tablename__ = "queue_service"

    id: Mapped[int] = mapped_column(primary_key=True)
    prefix: Mapped[str] = mapped_column(String(1), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    daily_cap: Mapped[int] = mapped_column(default=200)
    opens_at: Mapped[str] = mapped_column(String(5), default="08:30")  # local "HH:MM"
    closes_at: Mapped[str] = mapped_column(String(5), default="17:30")
    default_minutes: Mapped[int] = mapped_column(default=10)  # estimate before any service was timed
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    # What serving a ticket of this service opens at the window: "" nothing, or one of HANDLED_AS.
    handled_as: Mapped[str] = mapped_column(String(20), default="")


class QueueWindow(Base):
    """A counter (窗口) serving one or more services; open or paused."""

    __tablename__ = "queue_window"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(50))
    paused: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    services: Mapped[list[QueueService]] = relationship(secondary=window_service, lazy="selectin")


class Ticket(Base):
    """One visitor's number for one day. ``queued_at`` orders the queue; it keeps the original
    arrival time through transfers and is reset only when a no-show is reinstated."""

    __tablename__ = "queue_ticket"
    __table_args__ = (
        UniqueConstraint("issued_service_id", "day", "seq"),
        Index("ix_queue_ticket_waiting", "day", "state", "priority", "queued_at"),
        Index("ix_queue_ticket_window", "window_id", "state"),
        # Recent service times per service, for wait estimates over years of history.
        Index("ix_queue_ticket_service_done", "service_id", "state", "finished_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID: unique across desks
    service_id: Mapped[int] = mapped_column(ForeignKey("queue_service.id"))  # the queue it waits in now
    issued_service_id: Mapped[int] = mapped_column(ForeignKey("queue_service.id"))  # whose sequence numbered it
    day: Mapped[date]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(8))
    priority: Mapped[bool] = mapped_column(default=False)
    priority_reason: Mapped[str] = mapped_column(String(20), default="")
    state: Mapped[str] = mapped_column(String(12), default=TicketState.WAITING.value)
    arrived_at: Mapped[datetime]
    queued_at: Mapped[datetime]
    called_at: Mapped[datetime | None] = mapped_column(default=None)
    serving_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    call_count: Mapped[int] = mapped_column(default=0)
    window_id: Mapped[int | None] = mapped_column(ForeignKey("queue_window.id"), default=None)
    target_window_id: Mapped[int | None] = mapped_column(ForeignKey("queue_window.id"), default=None)
    clerk_id: Mapped[int | None] = mapped_column(default=None)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("queue_appointment.id"), default=None)
    transferred_from: Mapped[str] = mapped_column(String(50), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    print_status: Mapped[str] = mapped_column(String(10), default="")  # "", "printed", "failed"

    service: Mapped[QueueService] = relationship(lazy="joined", foreign_keys=[service_id])


class Appointment(Base):
    """A booking (预约) checked in at the kiosk by its code."""

    __tablename__ = "queue_appointment"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("queue_service.id"))
    name: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    slot_start: Mapped[datetime]
    slot_end: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(12), default="booked")  # booked, checked_in, cancelled
    ticket_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Rating(Base):
    """The visitor's five-level rating (好差评) of one service: 5 非常满意 … 1 非常不满意."""

    __tablename__ = "queue_rating"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("queue_ticket.id"), unique=True)
    level: Mapped[int]
    comment: Mapped[str] = mapped_column(Text, default="")
    rated_at: Mapped[datetime]
    window_id: Mapped[int | None]
    clerk_id: Mapped[int | None]


class Rectification(Base):
    """A bad rating's follow-up (整改) for the center head, due in 15 working days."""

    __tablename__ = "queue_rectification"

    id: Mapped[int] = mapped_column(primary_key=True)
    rating_id: Mapped[int] = mapped_column(ForeignKey("queue_rating.id"), unique=True)
    due_on: Mapped[date]
    state: Mapped[str] = mapped_column(String(10), default="open")  # open, closed
    follow_up: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_by_id: Mapped[int | None] = mapped_column(default=None)


class QueueClock(Base):
    """A counter bumped in every queue transaction: displays poll it to refresh at once."""

    __tablename__ = "queue_clock"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(default=0)
