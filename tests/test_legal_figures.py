"""Figures of the notary point and the consultation desk, checked against a small hand-made period;
and the demo's legal data (every intake state, today's consultations, any hour, deterministic)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from desk.db import open_database
from desk.errors import PermissionDenied, ValidationError
from desk.models.consultation import Consultation
from desk.models.notary import INTAKE_STATES, NotaryIntake
from desk.services.consultations import ConsultationInput, ConsultationService, MediationReferral
from desk.services.container import Services
from desk.services.demo import DEMO_PASSWORD, seed_demo
from desk.services.demo_legal import add_legal_demo
from desk.services.legal_figures import ConsultationFigures, NotaryFigures
from desk.services.notary_intakes import ApplicantInput, NotaryIntakeInput, NotaryService
from desk.timeutil import local_to_utc, to_local, utcnow
from desk.validation import id_check_char

ID = "41010519850312123" + id_check_char("41010519850312123")
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


class Clock:
    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def on(self, day: date, hour: int = 10) -> date:
        self.now = local_to_utc(datetime.combine(day, time(hour)))
        return day


def _matter(services, name):
    return next(m for m in services.notary_catalogue.matters() if m.name == name)


@pytest.fixture
def period(demo):
    """Intakes and consultations around March 2026, dated with fixed clocks."""
    clock = Clock()
    notary = NotaryService(demo.db, demo.settings, demo.calendar, clock=clock)
    clerk = demo.auth.login("zhengxue", DEMO_PASSWORD)

    def receive(day, matter_name, complete=True, checked=True):
        m = _matter(demo, matter_name)
        required = [x.name for x in m.materials if x.required]
        present = required if complete else required[:-1]
        abroad = dict(purpose="留学", use_country="德国") if m.use_abroad else {}
        return notary.receive(clerk, NotaryIntakeInput(
            matter_id=m.id, applicants=[ApplicantInput("张伟", "", ID, "13800138000")],
            materials={name: "received" for name in present}, received_on=clock.on(day), checked=checked,
            **abroad)).id

    def forward(day, *ids):
        clock.on(day)
        notary.forward(clerk, list(ids))

    def to_ready(intake, accepted, issued, ready):
        notary.office_accept(clerk, intake, "SL-1", on=clock.on(accepted))
        notary.certificate_issued(clerk, intake, "(2026)豫郑证字第1号", on=clock.on(issued))
        notary.ready_for_pickup(clerk, intake, on=clock.on(ready))

    # outside the period: received the day before… and after
    before = receive(date(2026, 2, 26), "委托书公证")
    forward(date(2026, 2, 27), before)
    to_ready(before, date(2026, 3, 2), date(2026, 3, 4), date(2026, 3, 5))
    notary.collect(clerk, before, "张伟", on=clock.on(date(2026, 3, 6)))
    # in the period
    one = receive(date(2026, 3, 2), "委托书公证")
    two = receive(date(2026, 3, 3), "亲属关系公证")
    forward(date(2026, 3, 3), one, two)
    to_ready(one, date(2026, 3, 4), date(2026, 3, 9), date(2026, 3, 10))  # 8 days to pickup
    notary.collect(clerk, one, "张伟", on=clock.on(date(2026, 3, 12)))
    to_ready(two, date(2026, 3, 6), date(2026, 3, 16), date(2026, 3, 17))  # 14 days, not yet collected
    receive(date(2026, 3, 5), "亲属关系公证", complete=False)  # 补正
    receive(date(2026, 3, 6), "委托书公证")  # complete, waiting for the next trip
    withdrawn = receive(date(2026, 3, 9), "委托书公证", checked=False)
    clock.on(date(2026, 3, 10))
    notary.withdraw(clerk, withdrawn, "申请人决定暂不办理")
    receive(date(2026, 4, 1), "亲属关系公证")

    consultations = ConsultationService(demo.db, demo.cases, clock=clock)
    lawyer = demo.auth.login("wuhao", DEMO_PASSWORD)
    codes = {label: code for code, label in consultations.categories()}
    disputes = {e.label: e.code for e in demo.dictionaries.entries("dispute_category")}

    def consult(day, hour, channel, category, minutes, anonymous=False, **referral):
        clock.on(day, hour)
        consultations.record(lawyer, ConsultationInput(
            channel=channel, anonymous=anonymous, name="" if anonymous else "李娜", phone="" if anonymous else
            "13900139000", category_code=codes[category], question="问题的内容", advice="解答的内容",
            minutes=minutes, **referral))

    consult(date(2026, 2, 28), 9, "walk_in", "劳动争议", 40, anonymous=True)
    consult(date(2026, 3, 2), 9, "walk_in", "劳动争议", 20, referral="legal_aid", referral_to="金水区法律援助中心")
    consult(date(2026, 3, 2), 10, "phone", "婚姻家庭", 10, anonymous=True)
    consult(date(2026, 3, 10), 11, "wechat", "劳动争议", 15, anonymous=True, referral="department",
            referral_to="区劳动保障监察大队")
    consult(date(2026, 3, 16), 14, "walk_in", "婚姻家庭", 30, referral="mediation", mediation=MediationReferral(
        respondent_name="王强", category_code=disputes["婚姻家庭"]))
    consult(date(2026, 3, 20), 15, "phone", "劳动争议", 5)
    consult(date(2026, 3, 31), 16, "walk_in", "借贷纠纷", 25, referral="litigation", referral_to="金水区人民法院")
    consult(date(2026, 4, 1), 9, "phone", "借贷纠纷", 12)
    return demo


def test_figures_of_a_period_match_the_hand_count(period):
    head = period.auth.login("zhaomin", DEMO_PASSWORD)
    got = period.legal_figures.figures(head, *MARCH)
    assert got.notary == NotaryFigures(
        received=5,
        by_matter=(("委托书公证", 3), ("亲属关系公证", 2)),
        by_state=(("incomplete", 1), ("complete", 1), ("ready", 1), ("collected", 1), ("withdrawn", 1)),
        by_matter_state=(("亲属关系公证", "incomplete", 1), ("亲属关系公证", "ready", 1),
                         ("委托书公证", "complete", 1), ("委托书公证", "collected", 1), ("委托书公证", "withdrawn", 1)),
        ready=2, avg_days_to_ready=11.0, max_days_to_ready=14, collected=1)
    assert got.consultations == ConsultationFigures(
        total=6, minutes=105,
        by_category=(("劳动争议", 3), ("婚姻家庭", 2), ("借贷纠纷", 1)),
        by_referral=(("", 2), ("legal_aid", 1), ("mediation", 1), ("litigation", 1), ("department", 1)),
        by_channel=(("walk_in", 3), ("phone", 2), ("wechat", 1)),
        anonymous=2)
    assert got.consultations.referred == 4
    assert (got.start, got.end) == MARCH


def test_a_single_day(period):
    head = period.auth.login("zhaomin", DEMO_PASSWORD)
    got = period.legal_figures.figures(head, date(2026, 3, 3), date(2026, 3, 3))
    assert got.notary == NotaryFigures(1, (("亲属关系公证", 1),), (("ready", 1),), (("亲属关系公证", "ready", 1),),
                                       1, 14.0, 14, 0)
    assert got.consultations == ConsultationFigures(0, 0, (), (), (), 0)
    got = period.legal_figures.figures(head, date(2026, 3, 2), date(2026, 3, 2))
    assert got.notary.ready == 1 and got.notary.avg_days_to_ready == 8.0 and got.notary.collected == 1
    assert got.consultations.total == 2 and got.consultations.minutes == 30
    assert got.consultations.by_channel == (("walk_in", 1), ("phone", 1))


def test_an_empty_period_gives_zeros(period):
    head = period.auth.login("zhaomin", DEMO_PASSWORD)
    got = period.legal_figures.figures(head, date(2025, 1, 1), date(2025, 1, 31))
    assert got.notary == NotaryFigures(0, (), (), (), 0, None, None, 0)
    assert got.consultations == ConsultationFigures(0, 0, (), (), (), 0)
    assert got.consultations.referred == 0


def test_each_part_needs_its_permission(period):
    lawyer = period.auth.login("wuhao", DEMO_PASSWORD)
    got = period.legal_figures.figures(lawyer, *MARCH)
    assert got.notary is None and got.consultations.total == 6
    clerk = period.auth.login("zhengxue", DEMO_PASSWORD)
    got = period.legal_figures.figures(clerk, *MARCH)
    assert got.consultations is None and got.notary.received == 5
    for username in ("liuyang", "sunli"):  # reception, mediator
        with pytest.raises(PermissionDenied):
            period.legal_figures.figures(period.auth.login(username, DEMO_PASSWORD), *MARCH)
    with pytest.raises(ValidationError):
        period.legal_figures.figures(clerk, MARCH[1], MARCH[0])


# --- the demo ---------------------------------------------------------------------------------------

def _counts(services):
    with services.db.reader() as s:
        return (s.scalar(select(func.count()).select_from(NotaryIntake)),
                s.scalar(select(func.count()).select_from(Consultation)))


def test_seed_demo_has_intakes_in_every_state_and_consultations_today(tmp_path):
    services = Services(open_database(tmp_path / "x.db"))
    try:
        seed_demo(services)
        head = services.auth.login("zhaomin", DEMO_PASSWORD)
        today = services.consultations.today()
        got = services.legal_figures.figures(head, today - timedelta(days=70), today)
        assert {state for state, _ in got.notary.by_state} == set(INTAKE_STATES)
        assert dict(got.notary.by_state)["withdrawn"] == 1
        assert 30 <= got.notary.received <= 50 and got.notary.ready >= got.notary.collected > 0
        assert 120 <= got.consultations.total <= 190
        assert {code for code, _ in got.consultations.by_referral} == {"", "legal_aid", "mediation", "litigation",
                                                                      "department"}
        assert 0.1 < got.consultations.anonymous / got.consultations.total < 0.3
        lawyer = services.auth.login("wuhao", DEMO_PASSWORD)
        day = services.consultations.day_list(lawyer)
        assert 6 <= len(day.rows) <= 10
        referred = services.consultations.search(lawyer, referral="mediation")
        assert referred and all(r.case_number for r in referred)
        clerk = services.auth.login("zhengxue", DEMO_PASSWORD)
        batches = services.notary.batches(clerk)
        assert len({r.batch_number for r in services.notary.list(clerk, ("forwarded",))}) >= 2
        assert batches[0].received_by == "" and all(b.received_by for b in batches[1:])
    finally:
        services.db.dispose()


def test_seed_demo_without_demo_cases_adds_no_legal_data(tmp_path):
    services = Services(open_database(tmp_path / "x.db"))
    try:
        seed_demo(services, demo_cases=0)
        assert _counts(services) == (0, 0)
    finally:
        services.db.dispose()


def _within_today(services, now: datetime) -> None:
    today = to_local(now).date()
    with services.db.reader() as s:
        assert s.scalar(select(func.max(Consultation.at))) <= now
        assert s.scalar(select(func.max(NotaryIntake.updated_at))) <= now
        assert 6 <= s.scalar(select(func.count()).where(Consultation.day == today)) <= 10
        assert s.scalar(select(func.count()).where(Consultation.day > today)) == 0
        assert s.scalar(select(func.count()).where(NotaryIntake.received_on == today)) >= 3
        assert {st for st, in s.execute(select(NotaryIntake.state).distinct())} == set(INTAKE_STATES)
        for at, day in s.execute(select(Consultation.at, Consultation.day)):
            assert to_local(at).date() == day


def test_the_legal_demo_late_in_the_evening_stays_within_today(demo):
    now = local_to_utc(datetime.combine(to_local(utcnow()).date(), time(23, 59, 30)))
    add_legal_demo(demo, random.Random(5), now=now)
    _within_today(demo, now)


def test_the_legal_demo_just_after_midnight_is_deterministic_and_stays_within_today(tmp_path):
    now = local_to_utc(datetime.combine(to_local(utcnow()).date(), time(0, 0, 20)))
    made = []
    for name in ("a.db", "b.db"):
        services = Services(open_database(tmp_path / name))
        try:
            seed_demo(services, demo_cases=0)
            add_legal_demo(services, random.Random(11), now=now)
            _within_today(services, now)
            with services.db.reader() as s:
                made.append((
                    s.execute(select(NotaryIntake.number, NotaryIntake.matter_name, NotaryIntake.state,
                                     NotaryIntake.received_on, NotaryIntake.ready_on, NotaryIntake.certificate_no)
                              .order_by(NotaryIntake.number)).all(),
                    s.execute(select(Consultation.number, Consultation.at, Consultation.name, Consultation.question,
                                     Consultation.referral).order_by(Consultation.number)).all()))
        finally:
            services.db.dispose()
    assert made[0] == made[1]
