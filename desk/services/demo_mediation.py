"""Bulk mediation cases for scale benchmarks: realistic parties (common surnames, valid ID numbers,
addresses across the grid tree), categories, sources, dates and states over three years."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import select, text

from desk.demo_people import ZHENGZHOU_AREA_CODES, make_address, make_company, make_person
from desk.models.accounts import Role, UserRole
from desk.models.mediation import CaseNumberCounter, CaseParty, CaseSearchToken, MediationCase
from desk.services.container import Services
from desk.services.mediation_search import case_text, case_tokens
from desk.timeutil import utcnow

SUMMARIES = ("因房屋漏水造成财产损失发生纠纷", "因宠物扰民引发邻里矛盾", "因拖欠货款产生合同纠纷", "因宅基地边界不清发生争执",
             "因交通事故赔偿数额协商不成", "因物业费收取标准发生争议", "因赡养老人费用分担产生矛盾", "因装修噪音影响休息引发纠纷",
             "因拖欠工资发生劳动争议", "因商品质量问题发生消费纠纷")
SOURCES = ("application",) * 6 + ("initiative", "police", "police", "court", "government", "work_order")


def add_cases(services: Services, count: int, rng: random.Random, chunk: int = 20_000) -> None:
    today = date.today()
    grids = [g for g in services.grid.tree() if g.level == 3] or services.grid.tree()
    communities = {g.id: g for g in services.grid.tree()}
    categories = [e.code for e in services.dictionaries.entries("dispute_category")]
    template, abbr = services.settings.get("mediation.number_format"), services.settings.get("mediation.case_abbr")

    def fmt(year: int, seq: int) -> str:
        return template.format(year=year, abbr=abbr, seq=seq)

    start = today - timedelta(days=3 * 365)
    step = (3 * 365) / max(count, 1)
    now = utcnow()
    tables = (MediationCase.__table__, CaseParty.__table__, CaseSearchToken.__table__)
    # the free-text row shares the case's rowid (see mediation_query)
    insert_text = text("INSERT INTO mediation_text (rowid, case_id, body) "
                       "VALUES ((SELECT rowid FROM mediation_case WHERE id = :id), :id, :body)")
    with services.db.writer() as s, s.begin():
        seqs: dict[int, int] = {r.year: r.last_seq for r in s.query(CaseNumberCounter)}
        mediators = list(s.scalars(select(UserRole.user_id).where(UserRole.role == Role.MEDIATOR.value)))
        pick = random.Random(count)  # its own generator: the other demo data stays as it was
        cases, parties, tokens, texts = [], [], [], []
        for i in range(count):
            received = start + timedelta(days=int(i * step))
            year = received.year
            seqs[year] = seqs.get(year, 0) + 1
            case_id = str(uuid.uuid4())
            number = fmt(year, seqs[year])
            grid = grids[rng.randrange(len(grids))]
            age_days = (today - received).days
            status = ("archived" if age_days > 90 else rng.choice(("agreed", "terminated", "archived")) if age_days > 30
                      else rng.choice(("registered", "investigating", "mediating", "agreed")))
            people = [make_person(rng, ZHENGZHOU_AREA_CODES, today) for _ in range(2)]
            community = communities.get(grid.parent_id)
            address = make_address(rng, community.name if community else "", grid.name)
            rows = [(p, role) for p, role in zip(people, ("applicant", "respondent"))]
            cases.append({"id": case_id, "year": year, "seq": seqs[year], "number": number, "status": status,
                          "source": rng.choice(SOURCES), "category_code": rng.choice(categories),
                          "summary": rng.choice(SUMMARIES), "place": address.split(" ")[-1], "grid_id": grid.id,
                          "amount_cents": rng.choice((0, 0, 50_000, 120_000, 1_000_000, 3_500_050)),
                          "people_count": 2 if rng.random() > 0.02 else rng.randint(5, 40),
                          "mass_dispute": False, "escalation_risk": rng.random() < 0.03, "escalation_note": "",
                          "mediator_id": pick.choice(mediators) if mediators else None, "received_on": received,
                          "created_at": now, "ticket_id": None})
            names = []
            for pos, (p, role) in enumerate(rows):
                org = role == "respondent" and rng.random() < 0.1
                name, code = make_company(rng) if org else (p.name, p.id_number)
                parties.append({"case_id": case_id, "position": pos, "role": role, "kind": "org" if org else "person",
                                "name": name, "sex": "" if org else p.sex, "ethnicity": "" if org else p.ethnicity,
                                "birth_date": None if org else p.birth_date, "id_number": code,
                                "address": address if pos == 0 else "", "phone": p.mobile,
                                "credit_code": code if org else "", "legal_representative": p.name if org else "",
                                "agent_for": None})
                names.append((name, code, p.mobile))
            tokens += [{"case_id": case_id, "token": t, "received_on": received, "seq": seqs[year]}
                       for t in case_tokens(number, seqs[year], names)]
            texts.append({"id": case_id, "body": case_text(cases[-1]["place"], cases[-1]["summary"], (address, ""))})
            if len(cases) >= chunk:
                for table, rows_ in zip(tables, (cases, parties, tokens)):
                    s.execute(table.insert(), rows_)
                s.execute(insert_text, texts)
                cases, parties, tokens, texts = [], [], [], []
        for table, rows_ in zip(tables, (cases, parties, tokens)):
            if rows_:
                s.execute(table.insert(), rows_)
        if texts:
            s.execute(insert_text, texts)
        for year, last in seqs.items():
            counter = s.get(CaseNumberCounter, year)
            if counter is None:
                s.add(CaseNumberCounter(year=year, last_seq=last))
            else:
                counter.last_seq = last
