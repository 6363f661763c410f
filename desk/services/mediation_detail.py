"""One case as a mediator or the center head reads it: personal data masked by default; the full
ID numbers and phones only for a role that needs them, and every such view audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desk.db import Database
from desk.errors import NotFound
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import DictionaryEntry, GridNode
from desk.models.mediation import MediationCase
from desk.services.permissions import Actor, Perm
from desk.services.uow import UnitOfWork
from desk.validation import mask_id_number, mask_phone


@dataclass(frozen=True)
class PartyView:
    role: str
    kind: str
    name: str
    sex: str
    ethnicity: str
    birth_date: date | None
    id_number: str  # masked unless revealed; a credit code is never masked
    phone: str
    address: str
    legal_representative: str


@dataclass(frozen=True)
class CaseDetail:
    id: str
    number: str
    status: str
    source: str
    category: str
    summary: str
    place: str
    grid: str
    amount_cents: int
    people_count: int
    mass_dispute: bool
    escalation_risk: bool
    escalation_note: str
    received_on: date
    parties: list[PartyView]
    revealed: bool


def case_detail(db: Database, actor: Actor, case_id: str, reveal: bool = False) -> CaseDetail:
    actor.require(Perm.MEDIATION_VIEW)
    if reveal:
        actor.require(Perm.PERSONAL_DATA_UNMASK)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        case = s.get(MediationCase, case_id)
        if case is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This case no longer exists."))
        category = s.scalar(select(DictionaryEntry.label).where(
            DictionaryEntry.kind == "dispute_category", DictionaryEntry.code == case.category_code)) or case.category_code
        grid = ""
        node = s.get(GridNode, case.grid_id) if case.grid_id else None
        if node is not None:  # "经五路社区 第一网格": a grid's own name repeats in every community
            parent = s.get(GridNode, node.parent_id) if node.parent_id else None
            grid = f"{parent.name} {node.name}" if parent is not None and node.level == 3 else node.name
        parties = [PartyView(
            p.role, p.kind, p.name, p.sex, p.ethnicity, p.birth_date,
            p.id_number if (reveal or p.kind == "org") else mask_id_number(p.id_number),
            p.phone if reveal else mask_phone(p.phone), p.address, p.legal_representative,
        ) for p in case.parties]
        uow.audit("mediation.case.reveal" if reveal else "mediation.case.view", "mediation_case", case.id,
                  summary=case.number + (" (ID numbers and phones shown)" if reveal else ""))
        return CaseDetail(case.id, case.number, case.status, case.source, category, case.summary, case.place, grid,
                          case.amount_cents, case.people_count, case.mass_dispute, case.escalation_risk,
                          case.escalation_note, case.received_on, parties, reveal)
