"""My deadlines (per mediator): planned sessions, follow-ups due, judicial-confirmation windows
closing (art. 33) and cases open longer than the center allows. Each query is one index range."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desk.db import Database
from desk.models.accounts import User
from desk.models.mediation import CaseFollowUp, CaseOutcome, CaseRecord, MediationCase
from desk.services.mediation_rules import JUDICIAL_CONFIRMATION_DAYS, judicial_deadline
from desk.services.mediation_work import OPEN, Deadline
from desk.services.permissions import Actor, Perm
from desk.services.settings import SettingsService
from desk.timeutil import to_local, utcnow

KIND_ORDER = ("session", "investigation", "follow_up", "judicial", "open_too_long")
LEVEL_ORDER = ("overdue", "soon", "later")


class DeadlineService:
    def __init__(self, db: Database, settings: SettingsService, clock=utcnow) -> None:
        self.db, self.settings, self.clock = db, settings, clock

    def for_mediator(self, actor: Actor, mediator_id: int | None, today: date | None = None,
                     horizon_days: int = 30) -> list[Deadline]:
        """What is due for ``mediator_id``'s cases (None: every mediator's, for the center head),
        overdue first, then by date. Items further ahead than ``horizon_days`` are left out."""
        actor.require(Perm.MEDIATION_VIEW)
        today = today or to_local(self.clock()).date()
        soon = today + timedelta(days=self.settings.get("mediation.due_soon_days"))
        horizon = today + timedelta(days=horizon_days)
        limit_days = self.settings.get("mediation.open_days_limit")

        def level(due: date) -> str:
            return "overdue" if due < today else "soon" if due <= soon else "later"

        def mine(stmt):
            return stmt if mediator_id is None else stmt.where(MediationCase.mediator_id == mediator_id)

        out: list[Deadline] = []
        with self.db.reader() as s:
            # planned sessions up to the horizon, and past ones never written up
            # plain columns, not entities: a busy center's diary is thousands of rows
            rows = s.execute(mine(select(CaseRecord.kind, CaseRecord.case_id, MediationCase.number, CaseRecord.starts_at,
                                         CaseRecord.place, CaseRecord.id).join(MediationCase).where(
                CaseRecord.state == "scheduled",
                CaseRecord.starts_at < datetime.combine(horizon + timedelta(days=1), time.min)))).all()
            for kind, case_id, number, starts_at, place, record_id in rows:
                due = starts_at.date()
                out.append(Deadline(kind, case_id, number, due, level(due), f"{starts_at:%H:%M} {place}".strip(), record_id))
            rows = s.execute(mine(select(CaseFollowUp.case_id, MediationCase.number, CaseFollowUp.due_on, CaseFollowUp.id)
                                  .join(MediationCase).where(CaseFollowUp.done_on.is_(None),
                                                             CaseFollowUp.due_on <= horizon))).all()
            for case_id, number, due, follow_up_id in rows:
                out.append(Deadline("follow_up", case_id, number, due, level(due), "", str(follow_up_id)))
            # written agreements still inside their 30-day window with nothing recorded about confirmation
            rows = s.execute(mine(select(CaseOutcome.case_id, MediationCase.number, CaseOutcome.effective_on)
                                  .join(MediationCase).where(
                CaseOutcome.kind == "written", CaseOutcome.judicial_status == "",
                CaseOutcome.effective_on >= today - timedelta(days=JUDICIAL_CONFIRMATION_DAYS)))).all()
            for case_id, number, effective_on in rows:
                due = judicial_deadline(effective_on)
                out.append(Deadline("judicial", case_id, number, due, level(due), effective_on.isoformat()))
            # open cases past the limit or reaching it soon (not every open case: that is the case list);
            # the status index leads — open cases are few, a mediator's cases are many
            stmt = select(MediationCase.id, MediationCase.number, MediationCase.received_on).where(
                MediationCase.status.in_(OPEN),
                MediationCase.received_on <= soon - timedelta(days=limit_days))
            if mediator_id is not None:
                stmt = stmt.where(MediationCase.mediator_id + 0 == mediator_id)
            rows = s.execute(stmt).all()
            for case_id, number, received in rows:
                due = received + timedelta(days=limit_days)
                out.append(Deadline("open_too_long", case_id, number, due, level(due), received.isoformat()))
            if mediator_id is None:  # the center head's list says whose each item is
                owners = dict(s.execute(select(MediationCase.id, MediationCase.mediator_id).where(
                    MediationCase.id.in_({d.case_id for d in out}))).all())
                names = dict(s.execute(select(User.id, User.full_name)).all())
                out = [replace(d, mediator=names.get(owners.get(d.case_id), "")) for d in out]
        out.sort(key=lambda d: (LEVEL_ORDER.index(d.level), d.due_on, KIND_ORDER.index(d.kind), d.number))
        return out
