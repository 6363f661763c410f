"""Demo data for a newcomer's first run and for screenshots; ``scale`` adds bulk history."""

from __future__ import annotations

import random
from datetime import timedelta

from desk.models.accounts import Role
from desk.models.audit import AuditHead
from desk.models.center import LEVEL_COMMUNITY
from desk.services import audit
from desk.services.center import AdminData, AreaData, ProfileData
from desk.services.container import Services
from desk.services.permissions import SYSTEM
from desk.timeutil import utcnow

DEMO_PASSWORD = "demo1234"
STREET = ("410105001000", "经八路街道")
COMMUNITIES = (
    ("410105001001", "纬五路社区"), ("410105001002", "经五路社区"),
    ("410105001003", "红专路社区"), ("410105001004", "省府社区"),
)
STAFF = (
    ("zhaomin", "赵敏", (Role.HEAD,), "13903711201"),
    ("liuyang", "刘洋", (Role.RECEPTION,), "13783712202"),
    ("chenjing", "陈静", (Role.RECEPTION, Role.NOTARY), "15803713203"),
    ("sunli", "孙丽", (Role.MEDIATOR,), "18638714204"),
    ("zhougang", "周刚", (Role.MEDIATOR,), "13607715205"),
    ("wuhao", "吴昊", (Role.LAWYER,), "17703716206"),
    ("zhengxue", "郑雪", (Role.NOTARY,), "19937717207"),
)
GRID_NAMES = ("第一网格", "第二网格", "第三网格")


def add_cases_with_work(services: Services, count: int, rng: random.Random) -> None:
    """Bulk cases, then the records, outcomes and follow-ups their status implies."""
    from desk.services.demo_case_work import add_case_work, last_case_rowid
    from desk.services.demo_mediation import add_cases

    before = last_case_rowid(services)
    add_cases(services, count, rng)
    add_case_work(services, random.Random(rng.random()), before)


def seed_demo(services: Services, scale: int = 0, seed: int = 2026, demo_cases: int = 60) -> None:
    """Create the demo center, its grid tree and staff (idempotent), then ``scale`` history rows."""
    if not services.center.is_set_up():
        services.center.setup(
            ProfileData("经八路街道综治中心", "经八路街道人民调解委员会",
                        "郑州市金水区经八路街道纬五路12号", "0371-65951234"),
            AreaData(STREET[0], STREET[1], COMMUNITIES),
            AdminData("admin", "王建国", DEMO_PASSWORD),
        )
        existing = {g.code for g in services.grid.tree()}
        for node in services.grid.tree():
            if node.level == LEVEL_COMMUNITY:
                for i, name in enumerate(GRID_NAMES, 1):
                    code = f"{node.code}{i:02d}"
                    if code not in existing:
                        services.grid.add(SYSTEM, node.id, code, name)
        taken = {u.username for u in services.accounts.list_users(SYSTEM)}
        for username, name, roles, phone in STAFF:
            if username not in taken:
                services.accounts.create_user(SYSTEM, username, name, roles, DEMO_PASSWORD, phone=phone,
                                              must_change_password=False)
        services.settings.set_internal(SYSTEM, "demo", True)
        from desk.services.demo_queue import seed_queue_config, seed_queue_day

        seed_queue_config(services)
        seed_queue_day(services)
        add_cases_with_work(services, demo_cases, random.Random(seed + 3))
        if demo_cases:
            from desk.services.demo_recent_cases import add_recent_cases

            add_recent_cases(services, random.Random(seed + 6))
            from desk.services.demo_linkage import add_linkage

            add_linkage(services)
            from desk.services.demo_legal import add_legal_demo

            add_legal_demo(services, random.Random(seed + 7))
    if scale > 0:
        from desk.services.demo_queue import add_ticket_history

        add_history(services, scale, random.Random(seed))
        add_ticket_history(services, 3 * scale, random.Random(seed + 1))
        add_cases_with_work(services, scale, random.Random(seed + 2))


def add_history(services: Services, count: int, rng: random.Random, chunk: int = 50_000) -> None:
    """Bulk audit history (sign-ins, verifications, edits) with a valid chain, for scale benchmarks.

    Three years of activity by the demo staff, written in chunks inside one transaction:
    bulk inserts, not the ORM row by row, and bounded memory.
    """
    users = services.accounts.list_users(SYSTEM)
    actions = ("login.ok", "document.verify", "setting.change", "user.update", "grid.update")
    with services.db.writer() as s, s.begin():
        head = s.get(AuditHead, 1)
        prev_hash, last_id = (head.last_hash, head.last_id) if head else (audit.GENESIS, 0)
        start = utcnow() - timedelta(days=3 * 365)
        step = (3 * 365 * 86400) / max(count, 1)
        insert = audit.AuditRecord.__table__.insert()
        rows = []
        for i in range(count):
            rec_id = last_id + i + 1
            user = users[rng.randrange(len(users))]
            at = (start + timedelta(seconds=int(i * step))).replace(microsecond=0)
            action = actions[rng.randrange(len(actions))]
            content = audit.record_content(rec_id, at, user.id, user.full_name, action, "user",
                                           str(user.id), user.username, "")
            digest = audit.chain_hash(prev_hash, content)
            rows.append({**content, "at": at, "prev_hash": prev_hash, "hash": digest})
            prev_hash = digest
            if len(rows) >= chunk:
                s.execute(insert, rows)
                rows = []
        if rows:
            s.execute(insert, rows)
        if head is None:
            s.add(AuditHead(id=1, last_id=last_id + count, last_hash=prev_hash, count=count))
        else:
            head.last_id, head.last_hash, head.count = last_id + count, prev_hash, head.count + count
