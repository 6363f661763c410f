"""Demo data for the reception queue: services and windows, a live morning, and bulk history."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, time, timedelta

from sqlalchemy import func, select

from desk.models.queue import Rating, Ticket, TicketState
from desk.services.container import Services
from desk.services.permissions import KIOSK, SYSTEM
from desk.services.queue_tickets import TicketService
from desk.timeutil import local_to_utc, to_local, utcnow

# prefix, name, daily cap, what serving a ticket opens at the window
SERVICES = (("A", "人民调解", 80, ""), ("B", "法律咨询", 120, "consultation"), ("C", "公证代办", 60, "notary"),
            ("D", "法律援助", 60, "consultation"), ("E", "综合受理", 200, ""))
WINDOWS = ((1, "综合受理窗口", "EA"), (2, "人民调解室", "A"), (3, "法律咨询窗口", "BD"), (4, "公证代办窗口", "CE"))


def seed_queue_config(services: Services) -> None:
    existing = {s.prefix: s.id for s in services.queue_config.services(include_inactive=True)}
    for prefix, name, cap, handled_as in SERVICES:
        if prefix not in existing:
            existing[prefix] = services.queue_config.save_service(SYSTEM, None, prefix, name, cap, "08:30", "17:30",
                                                                  handled_as=handled_as).id
    numbers = {w.number for w in services.queue_config.windows(include_inactive=True)}
    for number, name, prefixes in WINDOWS:
        if number not in numbers:
            services.queue_config.save_window(SYSTEM, None, number, name, [existing[p] for p in prefixes])


class _Clock:
    def __init__(self, start: datetime, scale: float = 1.0) -> None:
        self.now = start
        self.scale = scale

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes * self.scale)


MORNING_MINUTES = 240.0


def _morning_clock() -> _Clock:
    """A clock for a morning that ends about now and stays within today: a ticket's day is the local
    date it was issued, so a morning crossing midnight would leave tickets called "yesterday" at a
    window that can no longer finish them. Soon after midnight the morning is compressed."""
    now = utcnow()
    local = to_local(now)
    since_midnight = (local - datetime.combine(local.date(), time())).total_seconds() / 60
    minutes = max(0.05, min(MORNING_MINUTES, since_midnight - 0.05))
    return _Clock(now - timedelta(minutes=minutes), minutes / MORNING_MINUTES)


def seed_queue_day(services: Services, seed: int = 7) -> None:
    """A busy morning up to now: finished, rated, no-show, called and waiting tickets."""
    rng = random.Random(seed)
    # The morning ends about now, so waiting times look like a real day whenever the demo is made.
    clock = _morning_clock()
    tickets = TicketService(services.db, services.settings, clock, check_hours=False)
    from desk.services.queue_ratings import RatingService

    ratings = RatingService(tickets, services.calendar)
    ids = {s.prefix: s.id for s in services.queue_config.services()}
    windows = {w.number: w.id for w in services.queue_config.windows()}
    clerk = services.auth.login("liuyang", "demo1234") if _has(services, "liuyang") else SYSTEM
    issued = []
    for i in range(30):
        prefix = rng.choice("AABBBCDEEE")
        reason = "elderly" if i in (5, 17) else ""
        issued.append(tickets.issue(KIOSK, ids[prefix], reason))
        clock.advance(rng.uniform(2, 6))
        if i % 3 == 2 and i < 21:  # windows work through the queue; the last arrivals still wait
            for number in (1, 2, 3, 4):
                _serve_one(tickets, ratings, clerk, windows[number], rng, clock)
    for number in (1, 3):  # two windows are calling right now
        tickets.call_next(clerk, windows[number])
    tickets.set_paused(clerk, windows[4], True)


def _serve_one(tickets, ratings, clerk, window_id, rng, clock) -> None:
    called = tickets.call_next(clerk, window_id)
    if called is None:
        return
    if rng.random() < 0.08:  # nobody came
        for _ in range(tickets.settings.get("queue.max_calls") - 1):
            tickets.recall(clerk, window_id)
        tickets.no_show(clerk, window_id)
        return
    tickets.start(clerk, window_id)
    clock.advance(rng.uniform(3, 9))
    done = tickets.finish(clerk, window_id, "已解答咨询并告知后续办理流程")
    level = rng.choices((5, 4, 3, 2, 1), weights=(60, 25, 9, 4, 2))[0]
    ratings.rate(clerk, done.id, level, "等候时间较长" if level <= 2 else "")


def _has(services: Services, username: str) -> bool:
    return any(u.username == username for u in services.accounts.list_users(SYSTEM))


def add_ticket_history(services: Services, count: int, rng: random.Random, days: int = 3 * 365,
                       chunk: int = 50_000) -> None:
    """Bulk past tickets (served, some no-shows, ratings) spread over ``days`` days before today."""
    svc = services.queue_config.services()
    win = services.queue_config.windows()
    by_service = {s.id: [w.id for w in win if s.id in w.service_ids] or [None] for s in svc}
    today = to_local(utcnow()).date()
    with services.db.reader() as s:
        # History ends before the first day that already has tickets: before opening time the demo's
        # "queue morning" is the previous working day, and a day's numbers must not be given twice.
        first = s.scalar(select(func.min(Ticket.day)))
    if first is not None and first < today:
        today = first
    per_day = max(1, count // days)
    ticket_table, rating_table = Ticket.__table__, Rating.__table__
    with services.db.writer() as s, s.begin():
        rows, ratings, made = [], [], 0
        for back in range(days, 0, -1):
            day = today - timedelta(days=back)
            if made >= count:
                break
            seqs: dict[int, int] = {}
            t = local_to_utc(datetime.combine(day, time(8, 30)))
            for _ in range(min(per_day, count - made)):
                service = svc[rng.randrange(len(svc))]
                seqs[service.id] = seqs.get(service.id, 0) + 1
                t += timedelta(seconds=rng.randint(20, 90))
                called = t + timedelta(minutes=rng.uniform(1, 25))
                no_show = rng.random() < 0.05
                finished = called + timedelta(minutes=rng.uniform(3, 15))
                ticket_id = str(uuid.uuid4())
                rows.append({
                    "id": ticket_id, "service_id": service.id, "issued_service_id": service.id, "day": day, "seq": seqs[service.id],
                    "number": f"{service.prefix}{seqs[service.id]:03d}", "priority": rng.random() < 0.08,
                    "priority_reason": "", "state": TicketState.NO_SHOW.value if no_show else TicketState.DONE.value,
                    "arrived_at": t, "queued_at": t, "called_at": called,
                    "serving_at": None if no_show else called + timedelta(minutes=1), "finished_at": finished,
                    "call_count": 3 if no_show else 1, "window_id": rng.choice(by_service[service.id]),
                    "target_window_id": None, "clerk_id": None, "appointment_id": None, "transferred_from": "",
                    "outcome": "", "print_status": "printed",
                })
                if not no_show and rng.random() < 0.6:
                    ratings.append({"ticket_id": ticket_id, "level": rng.choices((5, 4, 3, 2, 1), (60, 25, 9, 4, 2))[0],
                                    "comment": "", "rated_at": finished, "window_id": None, "clerk_id": None})
                made += 1
            if len(rows) >= chunk:
                s.execute(ticket_table.insert(), rows)
                s.execute(rating_table.insert(), ratings)
                rows, ratings = [], []
        if rows:
            s.execute(ticket_table.insert(), rows)
        if ratings:
            s.execute(rating_table.insert(), ratings)
