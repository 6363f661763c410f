"""Figures of the notary-agency point and the consultation desk for a period (the dashboard shows
them), aggregated in SQL: intakes by the day received, consultations by their local day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from desk.db import Database
from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import DictionaryEntry
from desk.models.consultation import CHANNELS, REFERRALS, Consultation
from desk.models.notary import INTAKE_STATES, NotaryIntake, NotaryMatter
from desk.services.permissions import Actor, Perm


@dataclass(frozen=True)
class NotaryFigures:
    received: int  # intakes received in the period
    by_matter: tuple[tuple[str, int], ...]  # (matter name, count), most first
    by_state: tuple[tuple[str, int], ...]  # (state, count) in the order of the workflow; only states present
    by_matter_state: tuple[tuple[str, str, int], ...]  # (matter name, state, count)
    ready: int  # of those, how many reached "ready for pickup" (ready_on set), collected or not
    avg_days_to_ready: float | None  # calendar days from received_on to ready_on, of those; None if none
    max_days_to_ready: int | None
    collected: int  # of those, how many have been collected


@dataclass(frozen=True)
class ConsultationFigures:
    total: int  # consultations on days in the period
    minutes: int  # time spent on them
    by_category: tuple[tuple[str, int], ...]  # (category label, count), most first
    by_referral: tuple[tuple[str, int], ...]  # (referral code, count); "" = not referred; in REFERRALS order
    by_channel: tuple[tuple[str, int], ...]  # (channel, count) in CHANNELS order
    anonymous: int

    @property
    def referred(self) -> int:
        return sum(n for code, n in self.by_referral if code)


@dataclass(frozen=True)
class LegalFigures:
    start: date
    end: date
    notary: NotaryFigures | None  # None when the actor may not see the notary point
    consultations: ConsultationFigures | None  # None when the actor may not see the consultation log


def _rank(column, order: tuple[str, ...]):
    """Sorts codes in the order the model lists them (unknown codes last)."""
    return case({code: i for i, code in enumerate(order)}, value=column, else_=len(order))


def _pairs(rows) -> tuple[tuple[str, int], ...]:
    return tuple((key, n) for key, n in rows)


class LegalFiguresService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def figures(self, actor: Actor, start: date, end: date) -> LegalFigures:
        """The parts the actor may see; neither → PermissionDenied."""
        notary, consult = actor.can(Perm.NOTARY_VIEW), actor.can(Perm.CONSULT_VIEW)
        if not (notary or consult):
            actor.require(Perm.NOTARY_VIEW)
        if end < start:
            raise ValidationError("period_to", QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."))
        with self.db.reader() as s:
            return LegalFigures(start, end, self._notary(s, start, end) if notary else None,
                                self._consultations(s, start, end) if consult else None)

    @staticmethod
    def _notary(s, start: date, end: date) -> NotaryFigures:
        N, M = NotaryIntake, NotaryMatter
        period = N.received_on.between(start, end)
        days = func.julianday(N.ready_on) - func.julianday(N.received_on)
        received, ready, avg_days, max_days, collected = s.execute(select(
            func.count(), func.count(N.ready_on), func.avg(days), func.max(days), func.count(N.collected_on),
        ).where(period)).one()
        by_matter = s.execute(
            select(M.name, func.count()).select_from(N).join(M, M.id == N.matter_id).where(period)
            .group_by(M.id).order_by(func.count().desc(), M.sort_order, M.id)).all()
        state_rank = _rank(N.state, INTAKE_STATES)
        by_state = s.execute(select(N.state, func.count()).where(period).group_by(N.state).order_by(state_rank)).all()
        by_matter_state = s.execute(
            select(M.name, N.state, func.count()).select_from(N).join(M, M.id == N.matter_id).where(period)
            .group_by(M.id, N.state).order_by(M.sort_order, M.id, state_rank)).all()
        return NotaryFigures(
            received=received, by_matter=_pairs(by_matter), by_state=_pairs(by_state),
            by_matter_state=tuple((name, state, n) for name, state, n in by_matter_state),
            ready=ready, avg_days_to_ready=round(avg_days, 1) if avg_days is not None else None,
            max_days_to_ready=round(max_days) if max_days is not None else None, collected=collected)

    @staticmethod
    def _consultations(s, start: date, end: date) -> ConsultationFigures:
        C, D = Consultation, DictionaryEntry
        period = C.day.between(start, end)
        total, minutes, anonymous = s.execute(select(
            func.count(), func.coalesce(func.sum(C.minutes), 0),
            func.coalesce(func.sum(case((C.anonymous.is_(True), 1), else_=0)), 0)).where(period)).one()
        label = func.coalesce(D.label, C.category_code)
        by_category = s.execute(
            select(label, func.count()).select_from(C)
            .outerjoin(D, (D.kind == "consultation_category") & (D.code == C.category_code)).where(period)
            .group_by(C.category_code).order_by(func.count().desc(), func.min(D.sort_order), C.category_code)).all()
        by_referral = s.execute(select(C.referral, func.count()).where(period).group_by(C.referral)
                                .order_by(_rank(C.referral, REFERRALS))).all()
        by_channel = s.execute(select(C.channel, func.count()).where(period).group_by(C.channel)
                               .order_by(_rank(C.channel, CHANNELS))).all()
        return ConsultationFigures(
            total=total, minutes=int(minutes), by_category=_pairs(by_category), by_referral=_pairs(by_referral),
            by_channel=_pairs(by_channel), anonymous=int(anonymous))
