"""Every service action a signed-in person can call, with the permission(s) it needs and a builder
that sets the stage (as SYSTEM) and returns the call to make as the person under test.

The needs are read from the services' code (``actor.require`` / ``actor.can``), not found by running
them: tests/test_permission_matrix.py calls each action as every role and compares the outcome with
``ROLE_PERMISSIONS``, so a changed role matrix or a missing check in a service shows up there.

Row ids are ``<container attribute>.<method>``, ``<module>.<function>`` for the actions outside the
container, ``print.<kind>`` for the printed documents of the builder registries, and a ``[variant]``
suffix where an argument adds a permission (``reveal=True`` needs personal_data.unmask as well).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import text

from desk.models.accounts import Role
from desk.services.audit import AuditQuery
from desk.services.center import ProfileData
from desk.services.consultations import ConsultationInput
from desk.services.container import Services
from desk.services.dashboard_types import DashboardFilter
from desk.services.demo import DEMO_PASSWORD
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.mediation_work import AgreementInput, FollowUpInput, RecordInput, SigningInput
from desk.services.notary_catalogue import MaterialSpec, MatterInput
from desk.services.notary_intakes import ApplicantInput, NotaryIntakeInput
from desk.services.permissions import SYSTEM, Actor, Perm
from desk.services.referrals import ReferralInput, ReferralPartyInput, TransferInput
from desk.services.uow import UnitOfWork
from desk.services.work_orders import WorkOrderInput
from desk.timeutil import utcnow
from desk.validation import id_check_char

PASSWORD = DEMO_PASSWORD  # of the one-role accounts made for the matrix, as of the demo staff
QUEUE_PREFIX = "Z"  # the matrix's own queue service (open all day, no daily cap worth mentioning)
ID_A = "11010519491231002X"
ID_B = "410105199001011233"
ID_N = "41010519850312123" + id_check_char("41010519850312123")


# --- what an action needs ------------------------------------------------------------------------

@dataclass(frozen=True)
class Need:
    """All of ``all_of`` and, when given, at least one of ``any_of``; neither: any signed-in person."""

    all_of: frozenset[Perm] = frozenset()
    any_of: frozenset[Perm] = frozenset()

    def allows(self, perms: frozenset[Perm]) -> bool:
        return self.all_of <= perms and (not self.any_of or bool(self.any_of & perms))

    @property
    def perms(self) -> frozenset[Perm]:
        return self.all_of | self.any_of


def needs(*perms: Perm) -> Need:
    return Need(all_of=frozenset(perms))


def one_of(*perms: Perm) -> Need:
    return Need(any_of=frozenset(perms))


ANYONE = Need()  # own account, own drafts, auditing one's own session or printout


@dataclass(frozen=True)
class Action:
    id: str
    need: Need
    build: Callable[[World], Callable[[Actor], object]]
    keeps: bool = False  # the call leaves the records it is given as they were (reads, prints)

    @property
    def method(self) -> str:
        return self.id.split("[")[0]


# Methods taking an actor that no person triggers: listed so the completeness test knows them.
NOT_USER_ACTIONS = {
    "settings.set_internal": "demo seeding and sync write internal settings as SYSTEM; no permission check by design",
    "backups.run_if_due": "the backup scheduler's timer, run as SYSTEM; a due backup goes through run_now's check",
    "audit.append": "writes the audit record of an action inside that action's unit of work",
    "uow.joined": "joins the caller's unit of work (sync) or opens one; the action calling it checks",
}


# --- the stage ---------------------------------------------------------------------------------------

def shared(helper):
    """While the world is in ``reuse`` mode (setting up a call that will be refused), the helper's record
    is made once and handed out again: a refused call changes nothing (the test checks that), so the
    record stays in the state the helper promises. Records for allowed calls are always fresh."""
    @functools.wraps(helper)
    def wrapper(self: World, *args, **kw):
        if not self.reuse:
            return helper(self, *args, **kw)
        key = (helper.__name__, args, tuple(sorted(kw.items())))
        if key not in self._shared:
            self.reuse = False  # what the helper builds on is its own, fresh
            try:
                self._shared[key] = helper(self, *args, **kw)
            finally:
                self.reuse = True
        return self._shared[key]
    return wrapper


@dataclass
class World:
    """One role's database (a copy of the seeded template) and the helpers that put records in the
    state an action needs. Setup runs as SYSTEM; only the returned call runs as the role."""

    svc: Services
    role: Role
    actor: Actor = field(init=False)
    _n: itertools.count = field(default_factory=lambda: itertools.count(1))
    _windows: itertools.count = field(default_factory=lambda: itertools.count(20))
    passwords: dict[int, str] = field(default_factory=dict)
    reuse: bool = False
    _shared: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        users = {u.username: u for u in self.svc.accounts.list_users(SYSTEM)}
        self.users = {name: u.id for name, u in users.items()}
        me = users[f"only_{self.role.value}"]
        assert me.roles == frozenset({self.role})
        self.actor = Actor(user_id=me.id, username=me.username, full_name=me.full_name, roles=frozenset({self.role}))
        self.passwords[me.id] = PASSWORD
        self.service_id = next(s.id for s in self.svc.queue_config.services() if s.prefix == QUEUE_PREFIX)
        self.today = self.svc.case_work.today()

    def n(self) -> int:
        return next(self._n)

    def fingerprint(self) -> dict[str, int]:
        """Rows per table, and the audit chain's head: a refused call must change none of them."""
        with self.svc.db.reader() as s:
            if not hasattr(self, "_count_all"):
                tables = s.execute(text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                        "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")).scalars().all()
                self._tables = [*tables, "audit_head.last_id"]
                self._count_all = text("SELECT " + ", ".join(
                    [f'(SELECT count(*) FROM "{t}")' for t in tables]
                    + ["(SELECT coalesce(max(last_id), 0) FROM audit_head)"]))
            return dict(zip(self._tables, s.execute(self._count_all).one(), strict=True))

    # --- mediation ---------------------------------------------------------------------------
    def intake(self, **kw) -> IntakeInput:
        values = dict(
            source="application", category_code="02", summary="楼上卫生间漏水，楼下天花板受损，双方协商未果。",
            place="纬五路12号院", received_on=self.today - timedelta(days=10),
            parties=[PartyInput(role="applicant", name="张三明", id_number=ID_A, phone="13812345678",
                                address="纬五路12号院3号楼201", ethnicity="汉族"),
                     PartyInput(role="respondent", name="王芳", id_number=ID_B, phone="13987654321",
                                address="纬五路12号院3号楼301", ethnicity="汉族")])
        values.update(kw)
        return IntakeInput(**values)

    @shared
    def case(self) -> str:
        return self.svc.cases.register(SYSTEM, self.intake()).id

    def record_input(self, kind: str = "session", state: str = "held") -> RecordInput:
        day = self.today - timedelta(days=8) if state == "held" else self.today + timedelta(days=3)
        return RecordInput(kind=kind, state=state, starts_at=datetime.combine(day, datetime.min.time()).replace(hour=9),
                           place="社区调解室", staff="孙丽", recorder="周刚", attendees="张三明、王芳",
                           content="调解员告知双方权利义务，双方陈述漏水经过。", signed_by="张三明、王芳")

    @shared
    def record(self, kind: str = "session", state: str = "held") -> str:
        return self.svc.case_work.save_record(SYSTEM, self.case(), self.record_input(kind, state))

    @shared
    def oral_case(self) -> str:
        case_id = self.case()
        self.svc.case_work.record_oral_agreement(SYSTEM, case_id, "王芳赔偿张三明维修费3500元。")
        return case_id

    @shared
    def follow_up(self) -> int:
        return self.svc.case_work.summary(SYSTEM, self.oral_case()).follow_ups[0].id

    @shared
    def written_case(self, signed: bool = False) -> str:
        case_id = self.case()
        self.svc.case_work.save_agreement(SYSTEM, case_id, FULL_AGREEMENT)
        if signed:
            self.svc.case_work.record_signing(SYSTEM, case_id, self.signing(case_id))
        return case_id

    def signing(self, case_id: str) -> SigningInput:
        case = self.svc.cases.get(SYSTEM, case_id)
        return SigningInput({p.position: "sign" for p in case.parties if p.role != "agent"}, True, True)

    @shared
    def terminated_case(self) -> str:
        case_id = self.case()
        self.svc.case_work.terminate(SYSTEM, case_id, "party_refused", ended_by="王芳")
        return case_id

    @shared
    def archived_case(self) -> str:
        case_id = self.terminated_case()
        self.svc.case_work.archive(SYSTEM, case_id, "10y")
        return case_id

    # --- police linkage and work orders ---------------------------------------------------------
    def letter(self) -> ReferralInput:
        return ReferralInput(
            incident_no=f"JQ{self.today:%Y%m%d}{self.n():04d}", station="经八路派出所", officer="李警官",
            officer_phone="0371-65950110", received_on=self.today, category_code="02",
            summary="楼上楼下因漏水发生争执，民警到场后建议调解。", police_opinion="建议人民调解委员会调解。",
            place="纬五路12号院",
            parties=[ReferralPartyInput("applicant", "张三明", id_number=ID_A, phone="13812345678"),
                     ReferralPartyInput("respondent", "王芳", phone="13987654321")])

    @shared
    def referral(self) -> str:
        return self.svc.referrals.receive_referral(SYSTEM, self.letter())

    @shared
    def accepted_referral(self) -> tuple[str, str]:
        ref = self.referral()
        return ref, self.svc.referrals.accept(SYSTEM, ref)

    @shared
    def mediating_referral(self, ended: bool = False) -> str:
        ref, case_id = self.accepted_referral()
        self.svc.referrals.start_mediation(SYSTEM, ref)
        if ended:
            self.svc.case_work.terminate(SYSTEM, case_id, "no_agreement")
        return ref

    @shared
    def failed_referral(self) -> str:
        ref = self.mediating_referral(ended=True)
        self.svc.referrals.record_result(SYSTEM, ref)
        return ref

    @shared
    def declined_referral(self) -> str:
        ref = self.referral()
        self.svc.referrals.decline(SYSTEM, ref, "属于治安案件，不宜调解")
        return ref

    @shared
    def transfer(self, acknowledged: bool = False) -> str:
        ref = self.svc.referrals.transfer_to_police(SYSTEM, self.case(), TRANSFER)
        if acknowledged:
            self.svc.referrals.police_acknowledged(SYSTEM, ref)
        return ref

    @shared
    def order(self, state: str = "assigned") -> str:
        wo = self.svc.work_orders
        order_id = wo.receive_work_order(SYSTEM, WorkOrderInput(
            number=f"GD{self.today:%Y%m%d}{self.n():04d}", source="grid",
            description="网格员上报占道经营问题，请处理。", reporter="李四", reporter_phone="13800001111"), "paper")
        if state in ("signed", "handling", "extension", "completed"):
            wo.sign(SYSTEM, order_id)
        if state in ("handling", "completed"):
            wo.add_note(SYSTEM, order_id, "已联系经营者，要求整改。")
        if state == "completed":
            wo.complete(SYSTEM, order_id, "经营者已自行清理，恢复通行。")
        if state == "return_requested":
            wo.request_return(SYSTEM, order_id, "不属于本中心职责")
        if state == "extension":
            wo.request_extension(SYSTEM, order_id, 5, "需要协调城管部门")
        return order_id

    @shared
    def attachment(self) -> int:
        return self.svc.work_orders.add_attachment(SYSTEM, self.order("signed"), "现场.jpg", b"\xff\xd8\xff\xe0photo")

    # --- notary and consultations -----------------------------------------------------------------
    def intake_input(self) -> NotaryIntakeInput:
        matter = next(m for m in self.svc.notary_catalogue.matters() if m.name == "委托书公证")
        return NotaryIntakeInput(matter_id=matter.id, applicants=[ApplicantInput("张伟", "", ID_N, "13800138000", "经八路1号")],
                                 materials={m.name: "received" for m in matter.materials})

    @shared
    def notary_intake(self, state: str = "complete") -> str:
        """An application moved on to ``state`` (complete, forwarded, accepted, issued or ready)."""
        notary = self.svc.notary
        intake_id = notary.receive(SYSTEM, self.intake_input()).id
        steps = ("forwarded", "accepted", "issued", "ready")
        if state in steps:
            notary.forward(SYSTEM, [intake_id], office="郑州市黄河公证处")
        if state in steps[1:]:
            notary.office_accept(SYSTEM, intake_id, "2026-黄证-1")
        if state in steps[2:]:
            notary.certificate_issued(SYSTEM, intake_id, f"(2026)豫郑黄证字第{self.n()}号")
        if state == "ready":
            notary.ready_for_pickup(SYSTEM, intake_id)
        return intake_id

    @shared
    def batch(self) -> str:
        return self.svc.notary.forward(SYSTEM, [self.notary_intake()], office="郑州市黄河公证处").id

    @shared
    def consultation(self, referral: str = "") -> str:
        return self.svc.consultations.record(SYSTEM, consultation_input(referral=referral)).id

    @shared
    def monthly_report(self):
        return self.svc.monthly_report.build(SYSTEM, self.today.year, self.today.month)

    # --- queue ----------------------------------------------------------------------------------
    @shared
    def ticket(self):
        return self.svc.tickets.issue(SYSTEM, self.service_id)

    @shared
    def window(self, state: str = "") -> int:
        """A new window serving the matrix's service; with a ticket ``called`` (once), called the most
        times allowed (``recalled``), or ``serving``."""
        tickets = self.svc.tickets
        window_id = self.svc.queue_config.save_window(SYSTEM, None, next(self._windows), "矩阵窗口", [self.service_id]).id
        if state:
            tickets.call_number(SYSTEM, window_id, self.ticket().number)
        if state == "recalled":
            for _ in range(self.svc.settings.get("queue.max_calls") - 1):
                tickets.recall(SYSTEM, window_id)
        if state == "serving":
            tickets.start(SYSTEM, window_id)
        return window_id

    @shared
    def no_show_ticket(self) -> str:
        return self.svc.tickets.no_show(SYSTEM, self.window("recalled")).id

    @shared
    def done_ticket(self) -> str:
        return self.svc.tickets.finish(SYSTEM, self.window("serving")).id

    @shared
    def appointment(self) -> str:
        start = utcnow() - timedelta(minutes=1)
        return self.svc.appointments.book(SYSTEM, self.service_id, "张三", "13800138000", start,
                                          start + timedelta(minutes=30)).code

    @shared
    def rectification(self) -> int:
        return self.svc.ratings.rate(SYSTEM, self.done_ticket(), 1, "等候时间太长").id


FULL_AGREEMENT = AgreementInput(
    facts="王芳家卫生间防水层破损，漏水致张三明家天花板受损。", disputed_matters="维修费用由谁承担。",
    responsibility="王芳对漏水负全部责任。", terms="王芳赔偿张三明维修费3500元，并于十日内修复防水层。",
    performance_method="现金一次性支付", performance_due=date.today() + timedelta(days=10))
TRANSFER = TransferInput(station="经八路派出所", officer="李警官", reason="双方多次冲突，有激化为治安案件的风险。")


def consultation_input(referral: str = "", **kw) -> ConsultationInput:
    return ConsultationInput(name="张伟", id_number=ID_N, phone="13800138000", address="经八路1号", category_code="03",
                             question="单位拖欠工资三个月怎么办", advice="可申请劳动仲裁，并申请法律援助。", referral=referral,
                             referral_to="金水区法律援助中心" if referral else "", **kw)


def _grid(w: World, level: int):
    return next(g for g in w.svc.grid.tree() if g.level == level)


def _tree(w: World) -> list[tuple[str, str, str | None]]:
    nodes = [g for g in w.svc.grid.tree(include_inactive=False)]
    codes = {g.id: g.code for g in nodes}
    return [(g.code, g.name, codes.get(g.parent_id)) for g in nodes]


def _change_password(w: World) -> Callable[[Actor], object]:
    def call(a: Actor) -> None:
        new = f"Changed{w.n()}x"
        w.svc.auth.change_password(a, w.passwords[a.user_id], new)
        w.passwords[a.user_id] = new
    return call


def _register_referred(w: World) -> Callable[[Actor], object]:
    def call(a: Actor):
        with UnitOfWork(w.svc.db, a) as uow:
            return w.svc.cases.register_referred(a, w.intake(), uow)
    return call


def _dictionary_entry(w: World) -> int:
    return w.svc.dictionaries.add(SYSTEM, "ethnicity", f"M{w.n()}", f"矩阵测试{w.n()}").id


def _scheduled_record(w: World) -> str:
    return w.record("session", "scheduled")


def _record_of(w: World, kind: str) -> str:
    return w.record(kind)


def _print(kind: str) -> Callable[[World, str], Callable[[Actor], object]]:
    def build(w: World, ref: str) -> Callable[[Actor], object]:
        from desk.services.case_documents import DOCUMENT_BUILDERS
        from desk.services.legal_documents import LEGAL_BUILDERS
        from desk.services.linkage_documents import LINKAGE_BUILDERS

        builder = (DOCUMENT_BUILDERS | LINKAGE_BUILDERS | LEGAL_BUILDERS)[kind]
        return lambda a: builder(w.svc.documents, a, ref)
    return build


def printed(kind: str, need: Need, ref: Callable[[World], str]) -> Action:
    return Action(f"print.{kind}", need, lambda w: _print(kind)(w, str(ref(w))), keeps=True)


def _case_detail(reveal: bool) -> Callable[[World], Callable[[Actor], object]]:
    def build(w: World):
        from desk.services.mediation_detail import case_detail

        case_id = w.case()
        return lambda a: case_detail(w.svc.db, a, case_id, reveal=reveal)
    return build


def _queue_figures(w: World):
    from desk.services.queue_figures import queue_figures

    return lambda a: queue_figures(a, w.svc.tickets)


P = Perm
WEEK_AGO = timedelta(days=7)
QUIET = timedelta(days=400)  # a day before the template's records

ACTIONS: list[Action] = [
    # --- own account and session: anyone signed in -------------------------------------------------
    Action("auth.change_password", ANYONE, _change_password),
    Action("auth.must_change_password", ANYONE, lambda w: lambda a: w.svc.auth.must_change_password(a)),
    Action("auth.record_session_event", ANYONE, lambda w: lambda a: w.svc.auth.record_session_event(a, "screen.lock")),
    Action("auth.unlock", ANYONE, lambda w: lambda a: w.svc.auth.unlock(a, w.passwords[a.user_id])),
    Action("drafts.save", ANYONE, lambda w: lambda a: w.svc.drafts.save(a, "matrix", {"summary": "草稿"}, "草稿")),
    Action("drafts.load", ANYONE, lambda w: lambda a: w.svc.drafts.load(a, "matrix")),
    Action("drafts.discard", ANYONE, lambda w: lambda a: w.svc.drafts.discard(a, "matrix")),
    Action("drafts.pending", ANYONE, lambda w: lambda a: w.svc.drafts.pending(a)),
    Action("documents.record_output", ANYONE,
           lambda w: lambda a: w.svc.documents.record_output(a, "DOC20260101-0001", "print", "矩阵打印机")),
    Action("documents.verify", needs(P.DOCUMENTS_VERIFY), lambda w: lambda a: w.svc.documents.verify(a, "ABCD-EFGH")),
    # --- administration ------------------------------------------------------------------------------
    Action("settings.set", needs(P.SETTINGS_EDIT),
           lambda w: lambda a: w.svc.settings.set(a, "security.idle_lock_minutes", 7)),
    Action("settings.set_many", needs(P.SETTINGS_EDIT), lambda w: lambda a: w.svc.settings.set_many(
        a, {"security.idle_lock_minutes": 8, "queue.max_calls": 4})),
    Action("backups.run_now", needs(P.BACKUP), lambda w: lambda a: w.svc.backups.run_now(a)),
    # audits a restore already made, in the restored database (whoever restored passed the restore's checks)
    Action("backups.record_restore", ANYONE, lambda w: lambda a: w.svc.backups.record_restore(
        a, w.svc.db.path.parent / "backup.db")),
    Action("accounts.list_users", needs(P.ACCOUNTS_MANAGE), lambda w: lambda a: w.svc.accounts.list_users(a)),
    Action("accounts.get", needs(P.ACCOUNTS_MANAGE), lambda w: lambda a: w.svc.accounts.get(a, w.users["zhougang"])),
    Action("accounts.create_user", needs(P.ACCOUNTS_MANAGE), lambda w: (lambda n: lambda a: w.svc.accounts.create_user(
        a, f"newbie{n}", "新同事", [Role.RECEPTION], "Newbie12345"))(w.n())),
    Action("accounts.update_user", needs(P.ACCOUNTS_MANAGE), lambda w: lambda a: w.svc.accounts.update_user(
        a, w.users["zhougang"], "周刚", "13607715299", [Role.MEDIATOR])),
    Action("accounts.set_active", needs(P.ACCOUNTS_MANAGE),
           lambda w: lambda a: w.svc.accounts.set_active(a, w.users["wuhao"], False)),
    Action("accounts.reset_password", needs(P.ACCOUNTS_MANAGE),
           lambda w: lambda a: w.svc.accounts.reset_password(a, w.users["zhengxue"], "Reset12345")),
    Action("accounts.unlock", needs(P.ACCOUNTS_MANAGE), lambda w: lambda a: w.svc.accounts.unlock(a, w.users["sunli"])),
    Action("center.update_profile", needs(P.CENTER_EDIT), lambda w: lambda a: w.svc.center.update_profile(
        a, ProfileData("经八路街道综治中心", "经八路街道人民调解委员会", "郑州市金水区经八路街道纬五路12号", "0371-65950000"))),
    Action("grid.add", needs(P.DICTIONARIES_EDIT), lambda w: (lambda parent, n: lambda a: w.svc.grid.add(
        a, parent.id, f"{parent.code}{50 + n % 50}", f"矩阵网格{n}"))(_grid(w, 2), w.n())),
    Action("grid.update", needs(P.DICTIONARIES_EDIT), lambda w: (lambda node: lambda a: w.svc.grid.update(
        a, node.id, node.name + "（改）", True))(_grid(w, 3))),
    Action("grid.replace_tree", needs(P.DICTIONARIES_EDIT), lambda w: (lambda nodes: lambda a: w.svc.grid.replace_tree(
        a, nodes))(_tree(w))),
    Action("dictionaries.add", needs(P.DICTIONARIES_EDIT), lambda w: (lambda n: lambda a: w.svc.dictionaries.add(
        a, "ethnicity", f"A{n}", f"新增{n}"))(w.n())),
    Action("dictionaries.update", needs(P.DICTIONARIES_EDIT), lambda w: (lambda e: lambda a: w.svc.dictionaries.update(
        a, e, "改名", False))(_dictionary_entry(w))),
    Action("dictionaries.replace", needs(P.DICTIONARIES_EDIT), lambda w: (lambda entries: lambda a: (
        w.svc.dictionaries.replace(a, "ethnicity", entries)))(
        [(e.code, e.label) for e in w.svc.dictionaries.entries("ethnicity")][:-1])),
    Action("calendar.set_day", needs(P.SETTINGS_EDIT),
           lambda w: lambda a: w.svc.calendar.set_day(a, date(2031, 1, 6), False, "矩阵假日")),
    Action("calendar.clear_day", needs(P.SETTINGS_EDIT), lambda w: (
        w.svc.calendar.set_day(SYSTEM, date(2031, 1, 7), False, "矩阵假日"),
        lambda a: w.svc.calendar.clear_day(a, date(2031, 1, 7)))[1]),
    Action("calendar.load_official", needs(P.SETTINGS_EDIT), lambda w: lambda a: w.svc.calendar.load_official(a, 2026)),
    Action("audit_log.count", needs(P.AUDIT_VIEW), lambda w: lambda a: w.svc.audit_log.count(a, AuditQuery())),
    Action("audit_log.page", needs(P.AUDIT_VIEW), lambda w: lambda a: w.svc.audit_log.page(a, AuditQuery(), 0, 20)),
    Action("audit_log.people", needs(P.AUDIT_VIEW), lambda w: lambda a: w.svc.audit_log.people(a)),
    Action("audit_log.verify", needs(P.AUDIT_VIEW), lambda w: lambda a: w.svc.audit_log.verify(a)),
    Action("documents.audit_report", needs(P.AUDIT_EXPORT),
           lambda w: lambda a: w.svc.documents.audit_report(a, w.today - QUIET, w.today - QUIET)),  # a short one
    # --- queue ---------------------------------------------------------------------------------------
    Action("queue_config.save_service", needs(P.QUEUE_CONFIGURE), lambda w: lambda a: w.svc.queue_config.save_service(
        a, None, "Y", "矩阵业务", 100, "08:00", "18:00")),
    Action("queue_config.save_window", needs(P.QUEUE_CONFIGURE), lambda w: (lambda number: lambda a: (
        w.svc.queue_config.save_window(a, None, number, "新窗口", [w.service_id])))(next(w._windows))),
    Action("tickets.issue", needs(P.QUEUE_ISSUE), lambda w: lambda a: w.svc.tickets.issue(a, w.service_id)),
    Action("tickets.record_print", needs(P.QUEUE_ISSUE), lambda w: (lambda t: lambda a: w.svc.tickets.record_print(
        a, t.id, True, "矩阵打印机"))(w.ticket())),
    Action("tickets.cancel", one_of(P.QUEUE_ISSUE, P.QUEUE_CALL), lambda w: (lambda t: lambda a: w.svc.tickets.cancel(
        a, t.id))(w.ticket())),
    Action("tickets.call_next", needs(P.QUEUE_CALL), lambda w: (lambda win, _: lambda a: w.svc.tickets.call_next(
        a, win))(w.window(), w.ticket())),
    Action("tickets.call_number", needs(P.QUEUE_CALL), lambda w: (lambda win, t: lambda a: w.svc.tickets.call_number(
        a, win, t.number))(w.window(), w.ticket())),
    Action("tickets.recall", needs(P.QUEUE_CALL), lambda w: (lambda win: lambda a: w.svc.tickets.recall(a, win))(
        w.window("called"))),
    Action("tickets.no_show", needs(P.QUEUE_CALL), lambda w: (lambda win: lambda a: w.svc.tickets.no_show(a, win))(
        w.window("recalled"))),
    Action("tickets.start", needs(P.QUEUE_CALL), lambda w: (lambda win: lambda a: w.svc.tickets.start(a, win))(
        w.window("called"))),
    Action("tickets.finish", needs(P.QUEUE_CALL), lambda w: (lambda win: lambda a: w.svc.tickets.finish(
        a, win, "已解答"))(w.window("serving"))),
    Action("tickets.transfer", needs(P.QUEUE_CALL), lambda w: (lambda win: lambda a: w.svc.tickets.transfer(
        a, win, to_service_id=w.service_id))(w.window("called"))),
    Action("tickets.reinstate", needs(P.QUEUE_CALL), lambda w: (lambda t: lambda a: w.svc.tickets.reinstate(a, t))(
        w.no_show_ticket())),
    Action("tickets.set_paused", needs(P.QUEUE_CALL), lambda w: (lambda win: lambda a: w.svc.tickets.set_paused(
        a, win, True))(w.window())),
    Action("appointments.book", needs(P.QUEUE_ISSUE), lambda w: (lambda start: lambda a: w.svc.appointments.book(
        a, w.service_id, "李四", "13900001111", start, start + timedelta(minutes=30)))(utcnow() + timedelta(days=1))),
    Action("appointments.check_in", needs(P.QUEUE_ISSUE), lambda w: (lambda code: lambda a: (
        w.svc.appointments.check_in(a, code)))(w.appointment())),
    Action("ratings.rate", needs(P.QUEUE_ISSUE), lambda w: (lambda t: lambda a: w.svc.ratings.rate(a, t, 5))(
        w.done_ticket())),
    Action("ratings.rectifications", needs(P.QUEUE_RECTIFY), lambda w: lambda a: w.svc.ratings.rectifications(a)),
    Action("ratings.close", needs(P.QUEUE_RECTIFY), lambda w: (lambda item: lambda a: w.svc.ratings.close(
        a, item, "电话回访来访人，说明原因并增开窗口。"))(w.rectification())),
    Action("queue_figures.queue_figures", needs(P.QUEUE_FIGURES), _queue_figures),
    # --- mediation -----------------------------------------------------------------------------------
    Action("cases.register", needs(P.MEDIATION_EDIT), lambda w: lambda a: w.svc.cases.register(a, w.intake())),
    Action("cases.register_referred", needs(P.CONSULT_EDIT), _register_referred),
    Action("cases.update", needs(P.MEDIATION_EDIT), lambda w: (lambda c: lambda a: w.svc.cases.update(
        a, c, w.intake(summary="楼上卫生间漏水，楼下天花板受损，物业已到场查看。")))(w.case())),
    Action("cases.get", needs(P.MEDIATION_VIEW), lambda w: (lambda c: lambda a: w.svc.cases.get(a, c))(w.case())),
    Action("cases.mediators", needs(P.MEDIATION_VIEW), lambda w: lambda a: w.svc.cases.mediators(a)),
    Action("cases.search", needs(P.MEDIATION_VIEW), lambda w: lambda a: w.svc.cases.search(a, "张三明")),
    Action("cases.related_cases", needs(P.MEDIATION_VIEW), lambda w: lambda a: w.svc.cases.related_cases(
        a, w.intake().parties)),
    Action("mediation_detail.case_detail", needs(P.MEDIATION_VIEW), _case_detail(False)),
    Action("mediation_detail.case_detail[reveal]", needs(P.MEDIATION_VIEW, P.PERSONAL_DATA_UNMASK), _case_detail(True)),
    Action("case_work.summary", needs(P.MEDIATION_VIEW), lambda w: (lambda c: lambda a: w.svc.case_work.summary(
        a, c))(w.case())),
    Action("case_work.heading", needs(P.MEDIATION_VIEW), lambda w: (lambda c: lambda a: w.svc.case_work.heading(
        a, c))(w.case())),
    Action("case_work.assign_mediator", needs(P.MEDIATION_EDIT), lambda w: (lambda c: lambda a: (
        w.svc.case_work.assign_mediator(a, c, w.users["sunli"])))(w.case())),
    Action("case_work.save_record", needs(P.MEDIATION_EDIT), lambda w: (lambda c: lambda a: (
        w.svc.case_work.save_record(a, c, w.record_input())))(w.case())),
    Action("case_work.cancel_scheduled", needs(P.MEDIATION_EDIT), lambda w: (lambda r: lambda a: (
        w.svc.case_work.cancel_scheduled(a, r)))(_scheduled_record(w))),
    Action("case_work.save_agreement", needs(P.MEDIATION_EDIT), lambda w: (lambda c: lambda a: (
        w.svc.case_work.save_agreement(a, c, FULL_AGREEMENT)))(w.case())),
    Action("case_work.record_signing", needs(P.MEDIATION_EDIT), lambda w: (lambda c: (lambda signing: lambda a: (
        w.svc.case_work.record_signing(a, c, signing)))(w.signing(c)))(w.written_case())),
    Action("case_work.record_oral_agreement", needs(P.MEDIATION_EDIT), lambda w: (lambda c: lambda a: (
        w.svc.case_work.record_oral_agreement(a, c, "双方同意王芳修复防水层。")))(w.case())),
    Action("case_work.terminate", needs(P.MEDIATION_EDIT), lambda w: (lambda c: lambda a: w.svc.case_work.terminate(
        a, c, "no_agreement"))(w.case())),
    Action("case_work.set_judicial_confirmation", needs(P.MEDIATION_EDIT), lambda w: (lambda c: lambda a: (
        w.svc.case_work.set_judicial_confirmation(a, c, "applied")))(w.written_case(signed=True))),
    Action("case_work.schedule_follow_up", needs(P.MEDIATION_EDIT), lambda w: (lambda c: lambda a: (
        w.svc.case_work.schedule_follow_up(a, c, w.today + timedelta(days=30))))(w.oral_case())),
    Action("case_work.record_follow_up", needs(P.MEDIATION_EDIT), lambda w: (lambda f: lambda a: (
        w.svc.case_work.record_follow_up(a, f, FollowUpInput(method="phone", performance="full"))))(w.follow_up())),
    Action("case_work.archive", needs(P.MEDIATION_EDIT), lambda w: (lambda c: lambda a: w.svc.case_work.archive(
        a, c, "10y"))(w.terminated_case())),
    Action("case_work.add_addendum", needs(P.MEDIATION_EDIT), lambda w: (lambda c: lambda a: (
        w.svc.case_work.add_addendum(a, c, "补充：当事人王芳的联系电话已变更。")))(w.archived_case())),
    Action("deadlines.for_mediator", needs(P.MEDIATION_VIEW), lambda w: lambda a: w.svc.deadlines.for_mediator(a, None)),
    # --- police linkage and work orders --------------------------------------------------------------------
    Action("referrals.receive_referral", needs(P.LINKAGE_RECEIVE), lambda w: (lambda data: lambda a: (
        w.svc.referrals.receive_referral(a, data)))(w.letter())),
    Action("referrals.accept", needs(P.LINKAGE_EDIT), lambda w: (lambda r: lambda a: w.svc.referrals.accept(a, r))(
        w.referral())),
    Action("referrals.decline", needs(P.LINKAGE_EDIT), lambda w: (lambda r: lambda a: w.svc.referrals.decline(
        a, r, "属于治安案件"))(w.referral())),
    Action("referrals.start_mediation", needs(P.LINKAGE_EDIT), lambda w: (lambda r: lambda a: (
        w.svc.referrals.start_mediation(a, r)))(w.accepted_referral()[0])),
    Action("referrals.record_result", needs(P.LINKAGE_EDIT), lambda w: (lambda r: lambda a: (
        w.svc.referrals.record_result(a, r)))(w.mediating_referral(ended=True))),
    Action("referrals.send_feedback", needs(P.LINKAGE_EDIT), lambda w: (lambda r: lambda a: (
        w.svc.referrals.send_feedback(a, r, method="送达")))(w.failed_referral())),
    Action("referrals.transfer_to_police", needs(P.LINKAGE_EDIT), lambda w: (lambda c: lambda a: (
        w.svc.referrals.transfer_to_police(a, c, TRANSFER)))(w.case())),
    Action("referrals.police_acknowledged", needs(P.LINKAGE_EDIT), lambda w: (lambda r: lambda a: (
        w.svc.referrals.police_acknowledged(a, r, "JQ-ACK-1")))(w.transfer())),
    Action("referrals.police_concluded", needs(P.LINKAGE_EDIT), lambda w: (lambda r: lambda a: (
        w.svc.referrals.police_concluded(a, r, "已立案调查")))(w.transfer(acknowledged=True))),
    Action("referrals.list", needs(P.LINKAGE_VIEW), lambda w: lambda a: w.svc.referrals.list(a)),
    Action("referrals.get", needs(P.LINKAGE_VIEW), lambda w: (lambda r: lambda a: w.svc.referrals.get(a, r))(
        w.referral())),
    Action("referrals.referral_for_case", needs(P.LINKAGE_VIEW), lambda w: (lambda c: lambda a: (
        w.svc.referrals.referral_for_case(a, c)))(w.accepted_referral()[1])),
    Action("work_orders.receive_work_order", needs(P.LINKAGE_RECEIVE), lambda w: (lambda n: lambda a: (
        w.svc.work_orders.receive_work_order(a, WorkOrderInput(
            number=f"P{n}", source="grid", description="网格员上报占道经营问题，请处理。"), "paper")))(w.n())),
    Action("work_orders.sign", needs(P.LINKAGE_EDIT), lambda w: (lambda o: lambda a: w.svc.work_orders.sign(a, o))(
        w.order())),
    Action("work_orders.add_note", needs(P.LINKAGE_EDIT), lambda w: (lambda o: lambda a: w.svc.work_orders.add_note(
        a, o, "已到现场查看。"))(w.order("signed"))),
    Action("work_orders.add_attachment", needs(P.LINKAGE_EDIT), lambda w: (lambda o: lambda a: (
        w.svc.work_orders.add_attachment(a, o, "整改后.jpg", b"\xff\xd8\xff\xe0after")))(w.order("signed"))),
    Action("work_orders.attachment", needs(P.LINKAGE_VIEW), lambda w: (lambda att: lambda a: (
        w.svc.work_orders.attachment(a, att)))(w.attachment())),
    Action("work_orders.request_return", needs(P.LINKAGE_EDIT), lambda w: (lambda o: lambda a: (
        w.svc.work_orders.request_return(a, o, "不属于本中心职责")))(w.order())),
    Action("work_orders.decide_return", needs(P.LINKAGE_EDIT), lambda w: (lambda o: lambda a: (
        w.svc.work_orders.decide_return(a, o, False, "平台不同意退单")))(w.order("return_requested"))),
    Action("work_orders.request_extension", needs(P.LINKAGE_EDIT), lambda w: (lambda o: lambda a: (
        w.svc.work_orders.request_extension(a, o, 5, "需要协调城管部门")))(w.order("signed"))),
    Action("work_orders.decide_extension", needs(P.LINKAGE_EDIT), lambda w: (lambda o: lambda a: (
        w.svc.work_orders.decide_extension(a, o, True)))(w.order("extension"))),
    Action("work_orders.complete", needs(P.LINKAGE_EDIT), lambda w: (lambda o: lambda a: w.svc.work_orders.complete(
        a, o, "经营者已自行清理，恢复通行。"))(w.order("handling"))),
    Action("work_orders.link", needs(P.LINKAGE_EDIT), lambda w: (lambda o, c: lambda a: w.svc.work_orders.link(
        a, o, "mediation_case", c))(w.order("signed"), w.case())),
    Action("work_orders.start_case", needs(P.LINKAGE_EDIT), lambda w: (lambda o: lambda a: (
        w.svc.work_orders.start_case(a, o, w.intake())))(w.order("signed"))),
    Action("work_orders.list", needs(P.LINKAGE_VIEW), lambda w: lambda a: w.svc.work_orders.list(a)),
    Action("work_orders.get", needs(P.LINKAGE_VIEW), lambda w: (lambda o: lambda a: w.svc.work_orders.get(a, o))(
        w.order())),
    Action("work_orders.order_for_case", needs(P.LINKAGE_VIEW), lambda w: (lambda c: lambda a: (
        w.svc.work_orders.order_for_case(a, c)))(w.case())),
    Action("work_orders.supervision", needs(P.LINKAGE_SUPERVISE), lambda w: lambda a: w.svc.work_orders.supervision(
        a, w.today - WEEK_AGO, w.today)),
    Action("linkage_figures.figures", one_of(P.LINKAGE_SUPERVISE, P.LINKAGE_VIEW),
           lambda w: lambda a: w.svc.linkage_figures.figures(a, w.today - WEEK_AGO, w.today)),
    # --- notary and consultations --------------------------------------------------------------------------
    Action("notary_catalogue.save", needs(P.NOTARY_CONFIGURE), lambda w: (lambda n: lambda a: (
        w.svc.notary_catalogue.save(a, MatterInput(f"T{n}", f"矩阵事项{n}", False, 5, True,
                                                   [MaterialSpec("申请人居民身份证")]))))(w.n())),
    Action("notary.receive", needs(P.NOTARY_EDIT), lambda w: (lambda data: lambda a: w.svc.notary.receive(a, data))(
        w.intake_input())),
    Action("notary.update_materials", needs(P.NOTARY_EDIT), lambda w: (lambda i: lambda a: (
        w.svc.notary.update_materials(a, i, {}, "请补充户口簿")))(w.notary_intake())),
    Action("notary.forward", needs(P.NOTARY_EDIT), lambda w: (lambda i: lambda a: w.svc.notary.forward(
        a, [i], office="郑州市黄河公证处"))(w.notary_intake())),
    Action("notary.confirm_handover", needs(P.NOTARY_EDIT), lambda w: (lambda b: lambda a: (
        w.svc.notary.confirm_handover(a, b, "王公证员")))(w.batch())),
    Action("notary.office_accept", needs(P.NOTARY_EDIT), lambda w: (lambda i: lambda a: w.svc.notary.office_accept(
        a, i, "2026-黄证-9"))(w.notary_intake("forwarded"))),
    Action("notary.office_return", needs(P.NOTARY_EDIT), lambda w: (lambda i: lambda a: w.svc.notary.office_return(
        a, i, "补充户口簿原件"))(w.notary_intake("forwarded"))),
    Action("notary.certificate_issued", needs(P.NOTARY_EDIT), lambda w: (lambda i: lambda a: (
        w.svc.notary.certificate_issued(a, i, "(2026)豫郑黄证字第900号")))(w.notary_intake("accepted"))),
    Action("notary.ready_for_pickup", needs(P.NOTARY_EDIT), lambda w: (lambda i: lambda a: (
        w.svc.notary.ready_for_pickup(a, i)))(w.notary_intake("issued"))),
    Action("notary.collect", needs(P.NOTARY_EDIT), lambda w: (lambda i: lambda a: w.svc.notary.collect(
        a, i, "张伟"))(w.notary_intake("ready"))),
    Action("notary.withdraw", needs(P.NOTARY_EDIT), lambda w: (lambda i: lambda a: w.svc.notary.withdraw(
        a, i, "申请人不再需要"))(w.notary_intake())),
    Action("notary.list", needs(P.NOTARY_VIEW), lambda w: lambda a: w.svc.notary.list(a)),
    Action("notary.batches", needs(P.NOTARY_VIEW), lambda w: lambda a: w.svc.notary.batches(a)),
    Action("notary.detail", needs(P.NOTARY_VIEW), lambda w: (lambda i: lambda a: w.svc.notary.detail(a, i))(
        w.notary_intake())),
    Action("notary.detail[reveal]", needs(P.NOTARY_VIEW, P.PERSONAL_DATA_UNMASK), lambda w: (lambda i: lambda a: (
        w.svc.notary.detail(a, i, reveal=True)))(w.notary_intake())),
    Action("consultations.record", needs(P.CONSULT_EDIT), lambda w: lambda a: w.svc.consultations.record(
        a, consultation_input())),
    Action("consultations.refer", needs(P.CONSULT_EDIT), lambda w: (lambda c: lambda a: w.svc.consultations.refer(
        a, c, "legal_aid", "金水区法律援助中心"))(w.consultation())),
    Action("consultations.update", needs(P.CONSULT_EDIT), lambda w: (lambda c: lambda a: w.svc.consultations.update(
        a, c, consultation_input(minutes=25)))(w.consultation())),
    Action("consultations.day_list", needs(P.CONSULT_VIEW), lambda w: lambda a: w.svc.consultations.day_list(
        a, everyone=True)),
    Action("consultations.search", needs(P.CONSULT_VIEW), lambda w: lambda a: w.svc.consultations.search(a, "工资")),
    Action("consultations.detail", needs(P.CONSULT_VIEW), lambda w: (lambda c: lambda a: (
        w.svc.consultations.detail(a, c)))(w.consultation())),
    Action("consultations.detail[reveal]", needs(P.CONSULT_VIEW, P.PERSONAL_DATA_UNMASK), lambda w: (
        lambda c: lambda a: w.svc.consultations.detail(a, c, reveal=True))(w.consultation())),
    Action("legal_search.search", one_of(P.NOTARY_VIEW, P.CONSULT_VIEW),
           lambda w: lambda a: w.svc.legal_search.search(a, "张伟")),
    Action("legal_figures.figures", one_of(P.NOTARY_VIEW, P.CONSULT_VIEW),
           lambda w: lambda a: w.svc.legal_figures.figures(a, w.today - WEEK_AGO, w.today)),
    # --- statistics: the dashboard and the monthly report -------------------------------------------------
    Action("dashboard.figures", needs(P.STATS_VIEW), lambda w: lambda a: w.svc.dashboard.figures(
        a, DashboardFilter(w.today - WEEK_AGO, w.today))),
    Action("dashboard.mediation_month", needs(P.STATS_VIEW), lambda w: lambda a: w.svc.dashboard.mediation_month(
        a, w.today.replace(day=1), w.today)),
    Action("dashboard.queue_period", needs(P.STATS_VIEW), lambda w: lambda a: w.svc.dashboard.queue_period(
        a, w.today - WEEK_AGO, w.today)),
    Action("monthly_report.satisfaction", needs(P.STATS_VIEW), lambda w: lambda a: w.svc.monthly_report.satisfaction(
        a, w.today - WEEK_AGO, w.today)),
    Action("monthly_report.build", needs(P.STATS_VIEW), lambda w: lambda a: w.svc.monthly_report.build(
        a, w.today.year, w.today.month)),
    Action("monthly_report.document", needs(P.STATS_VIEW), lambda w: (lambda r: lambda a: (
        w.svc.monthly_report.document(a, r)))(w.monthly_report())),
    Action("monthly_report.pdf", needs(P.STATS_VIEW), lambda w: (lambda r: lambda a: w.svc.monthly_report.pdf(a, r))(
        w.monthly_report())),
    Action("monthly_report.save_pdf", needs(P.STATS_VIEW), lambda w: (lambda r: lambda a: (
        w.svc.monthly_report.save_pdf(a, r, w.svc.db.path.parent / f"月报{w.n()}.pdf")))(w.monthly_report())),
    Action("monthly_report.workbook", needs(P.STATS_VIEW), lambda w: (lambda r: lambda a: (
        w.svc.monthly_report.workbook(a, r, w.svc.db.path.parent / f"月报{w.n()}.xlsx")))(w.monthly_report())),
    # --- printed documents (DOCUMENT_BUILDERS, LINKAGE_BUILDERS, LEGAL_BUILDERS) ---------------------------------
    printed("case-registration", needs(P.MEDIATION_VIEW, P.PERSONAL_DATA_UNMASK), World.case),
    printed("case-application", needs(P.MEDIATION_VIEW, P.PERSONAL_DATA_UNMASK), World.case),
    printed("investigation-record", needs(P.MEDIATION_VIEW), lambda w: _record_of(w, "investigation")),
    printed("session-record", needs(P.MEDIATION_VIEW), lambda w: _record_of(w, "session")),
    printed("agreement", needs(P.MEDIATION_VIEW, P.PERSONAL_DATA_UNMASK), lambda w: w.written_case(signed=True)),
    printed("termination-notice", needs(P.MEDIATION_VIEW), World.terminated_case),
    printed("follow-up-record", needs(P.MEDIATION_VIEW), World.follow_up),
    printed("file-cover", needs(P.MEDIATION_VIEW), World.archived_case),
    printed("file-contents", needs(P.MEDIATION_VIEW), World.archived_case),
    printed("referral-receipt", needs(P.LINKAGE_VIEW), World.referral),
    printed("referral-feedback", needs(P.LINKAGE_VIEW), World.failed_referral),
    printed("referral-return", needs(P.LINKAGE_VIEW), World.declined_referral),
    printed("police-transfer", needs(P.LINKAGE_VIEW), World.transfer),
    printed("work-order-feedback", needs(P.LINKAGE_VIEW), lambda w: w.order("completed")),
    printed("notary-receipt", needs(P.NOTARY_VIEW), World.notary_intake),
    printed("notary-transfer-list", needs(P.NOTARY_VIEW), World.batch),
    printed("notary-pickup-notice", needs(P.NOTARY_VIEW), lambda w: w.notary_intake("ready")),
    printed("consultation-form", needs(P.CONSULT_VIEW), World.consultation),
    printed("consultation-day-list", needs(P.CONSULT_VIEW), lambda w: (w.consultation(), w.today.isoformat())[1]),
    printed("legal-aid-application", needs(P.CONSULT_VIEW, P.PERSONAL_DATA_UNMASK),
            lambda w: w.consultation("legal_aid")),
]

# Reading actions: their records may be shared like those of refused calls.
KEEPS = {"cases.get", "mediation_detail.case_detail", "mediation_detail.case_detail[reveal]", "case_work.summary",
         "case_work.heading", "referrals.get", "referrals.referral_for_case", "work_orders.attachment",
         "work_orders.get", "work_orders.order_for_case", "notary.detail", "notary.detail[reveal]",
         "consultations.detail", "consultations.detail[reveal]", "monthly_report.document", "monthly_report.pdf",
         "monthly_report.save_pdf", "monthly_report.workbook"}
assert KEEPS <= {a.id for a in ACTIONS}
ACTIONS = [dataclasses.replace(a, keeps=True) if a.id in KEEPS else a for a in ACTIONS]


def seed_matrix_accounts(svc: Services) -> None:
    """One account per role (exactly that role) and the matrix's own queue service, in the template."""
    for role in Role:
        svc.accounts.create_user(SYSTEM, f"only_{role.value}", f"矩阵{role.value}", [role], PASSWORD,
                                 must_change_password=False)
    svc.queue_config.save_service(SYSTEM, None, QUEUE_PREFIX, "矩阵测试业务", 999, "00:00", "23:59")


__all__ = ["ACTIONS", "ANYONE", "NOT_USER_ACTIONS", "Action", "Need", "World", "needs", "one_of",
           "seed_matrix_accounts"]
