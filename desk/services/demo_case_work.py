"""The work behind bulk demo cases: a mediator each, investigation and session records, the outcome
their status implies, follow-ups, judicial confirmation and the archive, consistent with what the
services would have written. Bulk inserts (a million cases take minutes, not hours)."""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, text, update

from desk.models.accounts import Role, User, UserRole
from desk.models.mediation import CaseFollowUp, CaseOutcome, CaseParty, CaseRecord, MediationCase
from desk.services.container import Services
from desk.timeutil import utcnow

PLACES = ("社区人民调解室", "街道人民调解委员会调解室", "当事人家中", "网格工作站")
SESSION_TEXT = ("调解员告知双方当事人在调解活动中的权利和义务。\n申请人陈述了纠纷经过及诉求。\n被申请人陈述了意见。\n"
                "调解员结合相关法律规定释法明理，双方同意继续协商。")
INVESTIGATION_TEXT = "问：请讲一下事情经过。\n答：事情是这样的，……\n问：你还有什么要补充的吗？\n答：没有了。"
TERMS = ("被申请人于十日内一次性支付申请人赔偿款{amount}元；双方今后和睦相处，不再因此事发生争执。",
         "被申请人负责修复受损设施，维修费用由被申请人承担；申请人予以配合。")
CHUNK = 20_000


def _mediators(s) -> list[tuple[int, str]]:
    return list(s.execute(select(User.id, User.full_name).join(UserRole, UserRole.user_id == User.id)
                          .where(UserRole.role == Role.MEDIATOR.value)).all())


def last_case_rowid(services: Services) -> int:
    with services.db.reader() as s:
        return s.scalar(text("SELECT coalesce(max(rowid), 0) FROM mediation_case"))


def add_case_work(services: Services, rng: random.Random, after_rowid: int = 0, today: date | None = None) -> int:
    """Fill in the work of the cases added after ``after_rowid`` (bulk, without any work yet)."""
    today = today or date.today()
    now = utcnow()
    done = 0
    with services.db.writer() as s, s.begin():
        mediators = _mediators(s) or [(None, "调解员")]
        rows = s.execute(select(MediationCase.id, MediationCase.status, MediationCase.received_on,
                                MediationCase.amount_cents, MediationCase.mediator_id)
                         .where(text("mediation_case.rowid > :after")).params(after=after_rowid)).all()
        by_id = dict(mediators)
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            names: dict[str, list[tuple[int, str]]] = {}
            for case_id, pos, name in s.execute(select(CaseParty.case_id, CaseParty.position, CaseParty.name).where(
                    CaseParty.case_id.in_([r[0] for r in chunk]), CaseParty.role != "agent")):
                names.setdefault(case_id, []).append((pos, name))
            cases, records, outcomes, follow_ups = [], [], [], []
            for case_id, status, received, amount, assigned in chunk:
                mediator_id, mediator = ((assigned, by_id.get(assigned, "调解员")) if assigned
                                         else mediators[rng.randrange(len(mediators))])
                parties = names.get(case_id, [])
                attendees = "、".join(n for _, n in parties)
                values = {"id": case_id, "mediator_id": mediator_id}
                day = received

                def record(kind: str, on: date, state: str = "held") -> None:
                    at = datetime.combine(on, time(rng.choice((9, 10, 14, 15)), rng.choice((0, 30))))
                    records.append({"id": str(uuid.uuid4()), "case_id": case_id, "kind": kind, "state": state,
                                    "starts_at": at, "place": rng.choice(PLACES), "staff": mediator,
                                    "recorder": "", "attendees": attendees, "public": False,
                                    "content": "" if state == "scheduled" else
                                    INVESTIGATION_TEXT if kind == "investigation" else SESSION_TEXT,
                                    "signed_by": "" if state == "scheduled" else attendees,
                                    "created_by_id": mediator_id, "created_at": now, "updated_at": now})

                if status != "registered":
                    day = min(received + timedelta(days=rng.randint(0, 3)), today)
                    record("investigation", day)
                if status in ("mediating", "agreed", "terminated", "archived"):
                    for _ in range(rng.choice((1, 1, 2, 3))):
                        day = min(day + timedelta(days=rng.randint(1, 7)), today)
                        record("session", day)
                if status in ("registered", "investigating", "mediating") and rng.random() < 0.5:
                    record("session", today + timedelta(days=rng.randint(-2, 10)), "scheduled")
                if status in ("agreed", "terminated", "archived"):
                    kind = "terminated" if status == "terminated" else rng.choices(
                        ("written", "oral", "terminated"), (80, 17, 3))[0]  # about 97 % settle, as nationally
                    closed = day
                    due = closed + timedelta(days=rng.choice((7, 10, 15, 30)))
                    out = {"case_id": case_id, "kind": kind, "facts": "", "disputed_matters": "", "responsibility": "",
                           "terms": "", "performance_method": "", "performance_due": None, "termination_reason": "",
                           "termination_detail": "", "ended_by": "", "signatures": "{}", "mediator_signed": False,
                           "committee_sealed": False, "effective_on": closed, "judicial_status": "",
                           "judicial_applied_on": None, "created_at": now, "updated_at": now}
                    if kind == "terminated":
                        reason = rng.choices(("no_agreement", "party_refused", "party_ended"), (70, 20, 10))[0]
                        out |= {"termination_reason": reason, "termination_detail": "双方分歧较大，经多次调解未能达成协议。",
                                "ended_by": parties[-1][1] if reason != "no_agreement" and parties else ""}
                    else:
                        out |= {"terms": rng.choice(TERMS).format(amount=f"{amount // 100 or 2000}"),
                                "performance_method": "现金或银行转账一次性支付", "performance_due": due}
                    if kind == "written":
                        out |= {"facts": "双方因此事发生纠纷，经调解员调查，事实清楚。", "disputed_matters": "赔偿数额及履行方式。",
                                "responsibility": "被申请人对损害后果负主要责任。",
                                "signatures": json.dumps({str(p): "sign" for p, _ in parties}),
                                "mediator_signed": True, "committee_sealed": True,
                                "judicial_status": "" if (today - closed).days <= 30 else
                                rng.choices(("applied", "not_needed"), (10, 90))[0]}
                        if out["judicial_status"] == "applied":
                            out["judicial_applied_on"] = closed + timedelta(days=rng.randint(1, 20))
                    outcomes.append(out)
                    values |= {"outcome": kind, "closed_on": closed}
                    if kind != "terminated":
                        finished = status == "archived" or due < today - timedelta(days=3)
                        follow_ups.append({"case_id": case_id, "due_on": due, "done_on": due if finished else None,
                                           "method": "phone" if finished else "", "by_id": mediator_id if finished else None,
                                           "performance": "full" if finished else "", "by_name": mediator if finished else "",
                                           "notes": "双方均表示协议已履行完毕。" if finished else ""})
                    if status == "archived":
                        values |= {"archived_on": min((due if kind != "terminated" else closed) + timedelta(days=5), today),
                                   "retention": rng.choice(("10y", "10y", "30y")), "archived_by": mediator}
                cases.append(values)
            s.execute(update(MediationCase), cases)
            for model, batch in ((CaseRecord, records), (CaseOutcome, outcomes), (CaseFollowUp, follow_ups)):
                if batch:
                    s.execute(model.__table__.insert(), batch)
            done += len(chunk)
    return done
