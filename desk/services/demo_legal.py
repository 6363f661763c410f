"""Demo notary-agency intakes and duty-lawyer consultations over the last two months, made through
the real services (numbering, validation, state checks and audit records are what real use leaves).

The services date their work by their clock, so each is given a clock the replay moves from one
day to the next: events are planned first, then replayed in date order. Today's events stay
between the start of today and now, whatever the hour the demo is made (see demo_queue.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from desk.demo_people import ZHENGZHOU_AREA_CODES, make_address, make_mobile, make_person
from desk.services.consultations import ConsultationInput, ConsultationService, MediationReferral
from desk.services.container import Services
from desk.services.demo import COMMUNITIES, GRID_NAMES, STREET
from desk.services.notary_catalogue import MatterInfo
from desk.services.notary_intakes import ApplicantInput, NotaryIntakeInput, NotaryService
from desk.services.permissions import SYSTEM, Actor
from desk.timeutil import local_to_utc, to_local, utcnow

SPAN_DAYS = 60
OPENING, CLOSING = time(8, 30), time(17, 30)


class _Clock:
    """The services' clock, set by the replay to the moment of the next event."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class _Days:
    """Moments on past days (office hours) and today (after midnight and never later than ``now``)."""

    def __init__(self, now: datetime) -> None:
        self.local_now = to_local(now)
        self.today = self.local_now.date()
        midnight = datetime.combine(self.today, time())
        if self.local_now >= datetime.combine(self.today, OPENING) + timedelta(hours=1):
            self.start = datetime.combine(self.today, OPENING)
            self.end = min(self.local_now, datetime.combine(self.today, CLOSING))
        else:  # early in the day (or just after midnight): today's work is squeezed in before now
            self.start = max(midnight, self.local_now - timedelta(hours=1))
            self.end = self.local_now

    def at(self, day: date, minutes: float, fraction: float) -> datetime:
        """UTC moment: ``minutes`` after opening on a past day, or ``fraction`` of today's span so far."""
        if day < self.today:
            return local_to_utc(datetime.combine(day, OPENING) + timedelta(minutes=min(minutes, 600)))
        moment = self.start + (self.end - self.start) * min(max(fraction, 0.0), 1.0)
        return local_to_utc(moment.replace(microsecond=0))


def _actor(services: Services, username: str) -> Actor:
    user = next(u for u in services.accounts.list_users(SYSTEM) if u.username == username)
    return Actor(user.id, user.username, user.full_name, user.roles)


def _address(rng: random.Random) -> str:
    return make_address(rng, STREET[1] + rng.choice(COMMUNITIES)[1], rng.choice(GRID_NAMES))


def add_legal_demo(services: Services, rng: random.Random, now: datetime | None = None) -> None:
    """About 40 notary intakes in every state and about 150 consultations (6–10 of them today)."""
    now = now or utcnow()
    days = _Days(now)
    add_notary_intakes(services, random.Random(rng.random()), days)
    add_consultations(services, random.Random(rng.random()), days)


# --- notary intakes -------------------------------------------------------------------------------

MATTER_WEIGHTS = {"亲属关系公证": 9, "学历学位公证": 6, "无犯罪记录公证": 5, "婚姻状况公证": 5, "出生公证": 4,
                  "委托书公证": 7, "驾驶证公证": 3, "声明书公证": 2, "继承公证": 3}
# (purpose, country of use) by matter used abroad
ABROAD = {
    "亲属关系公证": (("探亲", "加拿大"), ("定居", "澳大利亚"), ("探亲", "美国"), ("随行家属签证", "新西兰"),
                 ("留学", "英国"), ("探亲", "意大利")),
    "出生公证": (("留学", "德国"), ("定居", "澳大利亚"), ("留学", "日本"), ("定居", "加拿大")),
    "婚姻状况公证": (("探亲", "加拿大"), ("定居", "美国"), ("随行家属签证", "日本"), ("探亲", "新加坡")),
    "学历学位公证": (("留学", "德国"), ("工作", "日本"), ("留学", "英国"), ("工作", "新加坡"), ("留学", "法国"),
                 ("留学", "韩国")),
    "无犯罪记录公证": (("工作", "日本"), ("定居", "澳大利亚"), ("工作", "阿联酋"), ("定居", "加拿大"),
                  ("工作", "新加坡")),
    "驾驶证公证": (("换领当地驾驶证", "澳大利亚"), ("换领当地驾驶证", "德国"), ("换领当地驾驶证", "加拿大")),
}
LANGUAGES = {"德国": "德文", "日本": "日文", "法国": "法文", "韩国": "韩文", "意大利": "意大利文"}
DOMESTIC = {
    "委托书公证": ("委托亲属办理房屋出售手续", "委托他人代为办理房屋过户", "委托办理养老保险关系转移",
              "委托亲属代为领取拆迁补偿款"),
    "声明书公证": ("放弃房屋继承权声明", "未婚声明", "放弃优先购买权声明"),
    "继承公证": ("办理房产继承过户", "办理银行存款继承"),
}
WITHDRAW_REASONS = ("申请人出国计划取消，决定暂不办理", "申请人改为直接到公证处办理", "申请人无法补齐材料，申请撤回")
OFFICE_RETURNS = ("公证处审查后要求补充提交父母结婚证复印件", "公证处要求补充提交派出所出具的户籍证明原件",
                  "公证处核实后要求补充提交学信网学历认证报告")
OFFICE_CLERKS = ("李明", "王芳", "赵磊")
NOTES_ABROAD = "需附{language}译文"


@dataclass
class _Intake:
    key: int
    received: date
    matter: MatterInfo
    applicants: list[ApplicantInput]
    purpose: str = ""
    country: str = ""
    copies: int = 1
    notes: str = ""
    materials: dict[str, str] = field(default_factory=dict)
    fix: dict[str, str] = field(default_factory=dict)  # what the applicant brings later
    checked: bool = True
    collected_by: str = ""
    events: list[tuple[date, str, str]] = field(default_factory=list)  # (day, kind, detail)
    id: str = ""


# the order of a day's work at the point: take in, check, hear from the office, then the trip there
ORDER = {"receive": 0, "materials": 1, "withdraw": 2, "accept": 3, "office_return": 3, "issue": 4, "ready": 5,
         "collect": 6, "forward": 7}
STATE_AFTER = {"accept": "accepted", "issue": "issued", "ready": "ready", "collect": "collected",
               "forward": "forwarded", "withdraw": "withdrawn", "office_return": "incomplete"}


def _final_state(intake: _Intake) -> str:
    state = "received" if not intake.checked else ("complete" if not _missing(intake.materials, intake) else
                                                    "incomplete")
    for _, kind, _detail in intake.events:
        if kind == "materials":
            state = "complete"
        elif kind != "receive":
            state = STATE_AFTER[kind]
    return state


def _missing(statuses: dict[str, str], intake: _Intake) -> list[str]:
    return [m.name for m in intake.matter.materials if m.required and statuses.get(m.name, "missing") == "missing"]


def add_notary_intakes(services: Services, rng: random.Random, days: _Days) -> None:
    today = days.today
    cal = services.calendar.calendar()
    past = [today - timedelta(days=i) for i in range(SPAN_DAYS, 0, -1)]
    work = [d for d in past if cal.is_working_day(d)]
    # The clerk takes the complete files to the notary office every other working day; the last trip
    # was the working day before today. The office takes about a week to accept what it was given.
    trips = sorted(work[::-1][::2])

    def next_trip(day: date) -> date | None:
        return next((t for t in trips if t >= day), None)

    matters = {m.name: m for m in services.notary_catalogue.matters()}
    names = [n for n in MATTER_WEIGHTS if n in matters]
    weights = [MATTER_WEIGHTS[n] for n in names]
    intakes: list[_Intake] = []
    withdrawn = returned = False
    for i, day in enumerate(work):
        count = rng.choices((0, 1, 2), weights=(2, 3, 1))[0]
        if i >= len(work) - 10:
            count = max(count, 1)  # the last fortnight is never empty: every state shows on screen
        for _ in range(count):
            first = not intakes
            matter = matters["亲属关系公证"] if first and "亲属关系公证" in matters else matters[
                rng.choices(names, weights=weights)[0]]
            intake = _new_intake(services, rng, len(intakes), day, matter, today)
            intakes.append(intake)
            age = (today - day).days
            late = not first and rng.random() < 0.3
            withdraw = not withdrawn and 12 <= age <= 35
            if late or withdraw:  # one required material left at home: 补正
                _leave_one_out(rng, intake)
            if withdraw:  # …and the applicant gives up instead of bringing it
                withdrawn = True
                intake.events.append((cal.add_working_days(day, 3), "withdraw", rng.choice(WITHDRAW_REASONS)))
                continue
            complete = day
            if intake.fix:
                complete = cal.add_working_days(day, rng.randint(1, 5))
                intake.events.append((complete, "materials", ""))
            trip = next_trip(complete)
            if trip is None:
                continue
            intake.events.append((trip, "forward", ""))
            accept = cal.add_working_days(trip, rng.choice((4, 5, 5, 6)))
            if not returned and 30 <= age <= 50 and not intake.fix:
                # the office asks for one more paper; the applicant brings it two days later
                returned = True
                intake.events.append((accept, "office_return", rng.choice(OFFICE_RETURNS)))
                again = cal.add_working_days(accept, 2)
                intake.events.append((again, "materials", ""))
                trip = next_trip(again)
                if trip is None:
                    continue
                intake.events.append((trip, "forward", ""))
                accept = cal.add_working_days(trip, 4)
            intake.events.append((accept, "accept", ""))
            issue = cal.add_working_days(accept, max(1, matter.days_expected - 5) + rng.randint(0, 2))
            intake.events.append((issue, "issue", ""))
            ready = cal.add_working_days(issue, 1)
            intake.events.append((ready, "ready", ""))
            if first or rng.random() < 0.8:
                intake.events.append((cal.add_working_days(ready, rng.choice((0, 1, 1, 2, 3, 5, 8))), "collect", ""))
    for intake in intakes:
        intake.events = [e for e in intake.events if e[0] <= today]
    _make_sure_every_state_shows(intakes)
    # Taken in today: one waiting to be checked, one short of a paper, one complete for the next trip.
    for how in ("unchecked", "late", "complete", *(("complete",) * rng.randint(0, 1))):
        intake = _new_intake(services, rng, len(intakes), today, matters[rng.choices(names, weights=weights)[0]],
                             today)
        intake.checked = how != "unchecked"
        if how == "late":
            _leave_one_out(rng, intake)
        intakes.append(intake)
    _replay(services, rng, days, intakes)


def _make_sure_every_state_shows(intakes: list[_Intake]) -> None:
    """If chance left a state empty, stop the intake that most recently left it there (collected is
    made sure of by the first intake, which is always collected)."""
    for state in ("forwarded", "accepted", "issued", "ready", "collected"):
        if any(_final_state(x) == state for x in intakes):
            continue
        best = None
        for x in intakes:
            for i, (_day, kind, _detail) in enumerate(x.events[:-1]):
                later = (STATE_AFTER.get(k) for _, k, _ in x.events[i + 1:])
                if STATE_AFTER.get(kind) == state and state not in later:
                    leaving = x.events[i + 1][0]
                    if best is None or leaving > best[0]:
                        best = (leaving, x, i)
        if best is not None:
            _, x, i = best
            x.events = x.events[:i + 1]


def _new_intake(services: Services, rng: random.Random, key: int, day: date, matter: MatterInfo,
                today: date) -> _Intake:
    people = [make_person(rng, ZHENGZHOU_AREA_CODES, today)]
    if matter.name == "继承公证":
        people += [make_person(rng, ZHENGZHOU_AREA_CODES, today) for _ in range(rng.randint(1, 2))]
    elif matter.name == "亲属关系公证" and rng.random() < 0.3:
        people.append(make_person(rng, ZHENGZHOU_AREA_CODES, today))
    address = _address(rng)
    applicants = [ApplicantInput(p.name, p.sex, p.id_number, p.mobile if i == 0 or rng.random() < 0.5 else "", address)
                  for i, p in enumerate(people)]
    intake = _Intake(key, day, matter, applicants)
    if matter.use_abroad:
        intake.purpose, intake.country = rng.choice(ABROAD.get(matter.name, (("探亲", "加拿大"),)))
        intake.copies = rng.choice((1, 2, 2, 3))
        intake.notes = NOTES_ABROAD.format(language=LANGUAGES.get(intake.country, "英文"))
    else:
        intake.purpose = rng.choice(DOMESTIC.get(matter.name, ("",)))
    for m in matter.materials:
        if m.required:
            # identity papers are looked at and copied, the originals handed back
            intake.materials[m.name] = "copied" if ("身份证" in m.name or "户口簿" in m.name) else "received"
        elif rng.random() < 0.4:
            intake.materials[m.name] = "received"
    if rng.random() < 0.25:
        proxy = rng.choice(people[1:]) if len(people) > 1 else make_person(rng, ZHENGZHOU_AREA_CODES, today)
        intake.collected_by = f"{proxy.name}（代领，持委托书）"
    else:
        intake.collected_by = people[0].name
    return intake


def _leave_one_out(rng: random.Random, intake: _Intake) -> None:
    required = [m.name for m in intake.matter.materials if m.required and m.name != "申请人居民身份证"]
    if not required:
        return
    name = rng.choice(required)
    intake.fix = {name: intake.materials[name]}
    intake.materials[name] = "missing"


def _replay(services: Services, rng: random.Random, days: _Days, intakes: list[_Intake]) -> None:
    clock = _Clock(days.at(days.today, 0, 0))
    notary = NotaryService(services.db, services.settings, services.calendar, clock=clock)
    clerks = [_actor(services, "zhengxue"), _actor(services, "chenjing")]
    events = [(intake.received, ORDER["receive"], intake.key, "receive", "", intake) for intake in intakes]
    events += [(day, ORDER[kind], intake.key, kind, detail, intake)
               for intake in intakes for day, kind, detail in intake.events]
    events.sort(key=lambda e: e[:3])  # by day, the order of a day's work, then as taken in
    certificate, office_ref = rng.randint(2000, 3000), rng.randint(100, 500)
    step, day_of_step = 0, None
    batch: list[_Intake] = []
    last_trip = max((e[0] for e in events if e[3] == "forward"), default=None)

    def tick(day: date) -> Actor:
        nonlocal step, day_of_step
        step = step + 1 if day == day_of_step else 0
        day_of_step = day
        clock.now = days.at(day, 5 + 7 * step, (step + 1) / 12)
        return clerks[0] if day.toordinal() % 3 else clerks[1]  # the two clerks take turns

    def trip(day: date) -> None:
        clerk = tick(day)
        info = notary.forward(clerk, [x.id for x in batch])
        if day != last_trip:  # the newest hand-over list still waits for the office's signature
            notary.confirm_handover(clerk, info.id, rng.choice(OFFICE_CLERKS))
        batch.clear()

    for i, (day, _order, _key, kind, detail, intake) in enumerate(events):
        if kind == "forward":
            batch.append(intake)
            if i + 1 == len(events) or events[i + 1][3] != "forward" or events[i + 1][0] != day:
                trip(day)
            continue
        clerk = tick(day)
        if kind == "receive":
            intake.id = notary.receive(clerk, NotaryIntakeInput(
                matter_id=intake.matter.id, applicants=intake.applicants, purpose=intake.purpose,
                use_country=intake.country, copies=intake.copies, materials=dict(intake.materials),
                notes=intake.notes, received_on=day, checked=intake.checked)).id
        elif kind == "materials":
            notary.update_materials(clerk, intake.id, intake.fix, missing_note="")
        elif kind == "withdraw":
            notary.withdraw(clerk, intake.id, detail)
        elif kind == "office_return":
            notary.office_return(clerk, intake.id, detail)
        elif kind == "accept":
            office_ref += rng.randint(5, 30)  # the office takes in from other points too
            notary.office_accept(clerk, intake.id, f"{day.year}-SL{office_ref:05d}", on=day)
        elif kind == "issue":
            certificate += 1
            notary.certificate_issued(clerk, intake.id, f"({day.year})豫郑黄证字第{certificate:05d}号", on=day)
        elif kind == "ready":
            notary.ready_for_pickup(clerk, intake.id, on=day)
        elif kind == "collect":
            notary.collect(clerk, intake.id, intake.collected_by, on=day)


# --- consultations --------------------------------------------------------------------------------

LEGAL_AID = ("legal_aid", "金水区法律援助中心")
COURT = ("litigation", "金水区人民法院")
LABOUR_ARBITRATION = ("department", "金水区劳动人事争议仲裁委员会")
LABOUR_INSPECTION = ("department", "金水区人社局劳动保障监察大队")
MARKET = ("department", "金水区市场监督管理局")

# (category, question, advice, where such a question may be referred; ("mediation", dispute category, other side))
PAIRS = (
    ("劳动争议", "在一家餐馆做服务员，老板拖欠两个月工资共八千余元，一直推说资金紧张，该怎么办？",
     "先保留考勤记录、工资转账记录和微信聊天记录等证据，向老板书面催要；仍不支付的，可向劳动保障监察大队投诉，"
     "或向劳动人事争议仲裁委员会申请仲裁，仲裁不收费。经济困难的可申请法律援助。",
     (LEGAL_AID, LABOUR_INSPECTION, ("mediation", "劳动争议", "餐馆老板"))),
    ("劳动争议", "入职快一年公司一直没签劳动合同，现在要辞退我，能要求什么赔偿？",
     "用人单位自用工之日起超过一个月不满一年未订立书面劳动合同的，应当向劳动者每月支付二倍工资，最长十一个月；"
     "违法解除的还可主张赔偿金。申请仲裁的时效为一年，注意保留工牌、工资条、社保记录等证明劳动关系的材料。",
     (LABOUR_ARBITRATION, LEGAL_AID)),
    ("劳动争议", "下班途中骑电动车被汽车撞伤，单位说不算工伤，这种情况能认定工伤吗？",
     "在上下班途中受到非本人主要责任的交通事故伤害的，应当认定为工伤。需取得交警部门的事故责任认定书；"
     "单位应在30日内提出工伤认定申请，单位不申请的，本人或近亲属可在1年内向人社部门申请。",
     (("department", "郑州市人社局工伤保险科"), LEGAL_AID)),
    ("劳动争议", "在工地干活，包工头跑了，三万多元工钱没拿到，总包公司说跟他们没关系。",
     "总承包单位将工程分包给不具备用工主体资格的个人，该个人招用的农民工被拖欠工资的，由总承包单位先行清偿。"
     "建议和工友一起整理出勤记录和欠条，向劳动保障监察部门投诉，也可拨打12345反映。",
     (LEGAL_AID, LABOUR_INSPECTION)),
    ("婚姻家庭", "结婚八年，丈夫长期酗酒，感情已经破裂，想离婚，孩子抚养和房子怎么处理？",
     "双方协商一致的可到婚姻登记机关协议离婚（有30日冷静期）；协商不成的可向法院起诉。子女抚养以有利于子女成长为原则，"
     "八周岁以上子女的意愿应当尊重；婚后共同购买的房产一般平均分割，可照顾子女和女方权益。",
     (COURT, ("mediation", "婚姻家庭", "丈夫"))),
    ("婚姻家庭", "离婚时约定前夫每月给孩子一千五百元抚养费，已经半年没给了，怎么要？",
     "先通过短信、微信催要并保留记录；抚养费已由法院判决或调解书确定的，可向原审法院申请强制执行；"
     "协议离婚的可向法院起诉追索抚养费。",
     (COURT,)),
    ("婚姻家庭", "丈夫喝酒后动手打人，已经不是第一次了，我能做什么保护自己？",
     "遭受家庭暴力可立即拨打110报警，要求公安机关出具告诫书；及时就医并保留病历、照片等证据；"
     "可向法院申请人身安全保护令，法院应在72小时内作出，情况紧急的24小时内作出。也可向妇联、居委会求助。",
     (("department", "金水区妇联权益部"), LEGAL_AID)),
    ("婚姻家庭", "婚前父母出钱付了首付，婚后两人一起还贷，离婚时房子算谁的？",
     "婚前一方父母出资购房并登记在自己子女名下的，一般认定为对自己子女的赠与；婚后共同还贷部分及其对应的增值部分"
     "属于夫妻共同财产，离婚时由取得房屋的一方对另一方进行补偿，数额可协商或由法院判决。",
     ()),
    ("借贷纠纷", "朋友三年前借了我五万元，有借条，现在一直拖着不还，还能起诉吗？",
     "借条约定了还款期限的，诉讼时效为三年，从期限届满之日起算；未约定期限的可随时催要。催款时保留短信、微信或录音，"
     "可以中断时效。金额不大的可适用小额诉讼程序，审理较快。",
     (COURT, ("mediation", "合同", "借款人"))),
    ("借贷纠纷", "给亲戚借款担保签了字，现在亲戚还不上，债主找我还钱，我要承担吗？",
     "要看保证方式：约定连带责任保证的，债权人可以直接要求保证人清偿；一般保证或者约定不明的，在债务人财产依法"
     "强制执行仍不能清偿前，保证人可以拒绝承担。保证人承担责任后可向债务人追偿。",
     (COURT,)),
    ("借贷纠纷", "在网上借款平台借了一万元，现在利息加各种费用要还两万多，这合法吗？",
     "民间借贷利率超过合同成立时一年期贷款市场报价利率四倍的部分不受法律保护；以服务费、手续费等名义变相收取的"
     "高额费用也可主张抵扣。遇到暴力催收可以报警，并可向金融监管部门投诉。",
     (("department", "郑州市地方金融管理局"),)),
    ("继承赡养", "父亲去世没留遗嘱，名下有一套房子，母亲和我们兄妹三人怎么分？",
     "没有遗嘱的按法定继承办理，第一顺序继承人为配偶、子女、父母，原则上均等分配。房产属于夫妻共同财产的，"
     "先分出一半归母亲所有，其余作为遗产继承。办理过户可先办理继承公证，本中心公证代办窗口可以代收材料。",
     (("department", "本中心公证代办窗口"),)),
    ("继承赡养", "母亲七十多岁了，两个哥哥都不管，赡养费应该怎么分担？",
     "成年子女对父母有赡养扶助的义务，不因放弃继承权或其他理由而免除。赡养费一般参照子女收入和当地生活水平协商确定；"
     "协商不成的可以申请人民调解，也可以代母亲向法院起诉。",
     (("mediation", "婚姻家庭", "哥哥"), COURT)),
    ("继承赡养", "爷爷生前手写了一份遗嘱把房子留给我，叔叔说遗嘱无效，怎么证明有效？",
     "自书遗嘱须由遗嘱人亲笔书写、签名，注明年、月、日，符合形式要件且是真实意思表示的有效；对笔迹有争议的可申请"
     "笔迹鉴定。有多份内容相抵触的遗嘱的，以最后的遗嘱为准。",
     (COURT,)),
    ("房产物业", "楼上卫生间漏水把我家天花板泡坏了，楼上不肯赔，物业也不管。",
     "楼上住户对其专有部分的设施漏水造成的损害应当承担赔偿责任。先拍照、录像固定证据，请物业出具漏水情况说明，"
     "必要时对维修费用进行评估；可申请社区人民调解，调解不成再向法院起诉。",
     (("mediation", "邻里", "楼上住户"),)),
    ("房产物业", "物业公司服务很差，电梯经常坏，能不能拒交物业费？",
     "以服务差为由拒交物业费，法院一般不予支持，但服务确有瑕疵的可以主张适当减免。建议收集电梯故障记录等证据，"
     "通过业主委员会与物业协商，或向街道、住房和城乡建设部门投诉。",
     (("department", "金水区住房保障和房地产管理局"),)),
    ("房产物业", "租的房子还没到期，房东突然要收回，押金也不退，怎么办？",
     "租赁期内出租人无正当理由不得单方解除合同；房东违约收回房屋的，应当退还押金并按合同约定承担违约责任。"
     "保留好租赁合同和转账记录，先协商，协商不成可以申请调解或者起诉。",
     (("mediation", "合同", "房东"), COURT)),
    ("合同纠纷", "装修公司拖延工期两个多月，活还干得很差，能解除合同要回钱吗？",
     "装修公司迟延履行，经催告后在合理期限内仍未履行的，可以解除合同，并要求返还未施工部分的款项、赔偿损失。"
     "建议书面催告并保留施工现场照片，必要时委托鉴定施工质量。",
     (("mediation", "合同", "装修队负责人"), COURT, MARKET)),
    ("合同纠纷", "买的二手车过户后发现是事故车，卖家当初说没出过事故，能退车吗？",
     "卖方故意隐瞒重大事故情况的构成欺诈，可以请求撤销合同、退车退款，并要求赔偿损失；撤销权应自知道撤销事由之日起"
     "一年内行使。保留好买卖合同、聊天记录和检测报告。",
     (COURT,)),
    ("交通事故", "骑电动车和汽车相撞，交警认定我负次要责任，对方保险公司只愿意赔一部分医药费。",
     "机动车与非机动车之间发生事故，先由保险公司在交强险限额内赔偿，不足部分按责任比例承担，非机动车一方负次要责任的，"
     "机动车一方一般承担百分之六十至七十。可以主张医疗费、误工费、护理费、交通费等，注意保存票据和病历。",
     (("mediation", "道路交通事故", "肇事司机"), COURT)),
    ("交通事故", "被一辆车撞了以后司机跑了，现在医药费谁来出？",
     "肇事逃逸的应当立即报警，由交警部门侦查。肇事车辆找不到或者未投保的，抢救费用可以申请道路交通事故社会救助基金垫付。"
     "保留好报警回执、诊断证明和费用票据。",
     (("department", "金水交警大队事故处理中队"), LEGAL_AID)),
    ("人身损害", "孩子在小区被邻居家的狗咬伤，打疫苗花了两千多元，对方说是孩子先逗狗的。",
     "饲养的动物造成他人损害的，饲养人或者管理人应当承担侵权责任；违反管理规定未对动物采取安全措施的，应当承担侵权责任，"
     "只有能够证明损害是因被侵权人故意造成的才可以减轻责任。可以要求赔偿医疗费、交通费等。",
     (("mediation", "损害赔偿", "犬只饲养人"),)),
    ("消费维权", "在超市买到过期食品，商家只同意退款，我能要求赔偿吗？",
     "经营明知是不符合食品安全标准的食品的，消费者除要求赔偿损失外，还可以要求支付价款十倍或者损失三倍的赔偿金，"
     "增加赔偿的金额不足一千元的，为一千元。保留购物小票和商品实物，可拨打12315投诉。",
     (MARKET,)),
    ("消费维权", "在健身房办了三年卡，健身房突然关门了，老板联系不上。",
     "经营者停业不退还预付款属于违约，可以要求退还剩余费用。可以向市场监管部门投诉；涉及人数较多、老板卷款失联的，"
     "可以向公安机关报案。",
     (MARKET,)),
    ("土地征收", "老家的房子要征收，补偿标准怎么定，对补偿不满意怎么办？",
     "征收补偿应按照依法公布的补偿方案执行，可以查阅补偿标准和评估报告；对评估结果有异议的可申请复核评估，"
     "对补偿决定不服的可依法申请行政复议或者提起行政诉讼，注意法定期限。",
     (COURT,)),
    ("行政事务", "退休后养老金领取资格认证和异地领取手续怎么办，社区能办吗？",
     "领取资格认证可以通过社保APP刷脸办理，也可以到社区服务站办理；长期在外地居住的，可在参保地社保经办机构办理异地认证，"
     "详情可拨打12333咨询。",
     (("department", "金水区社会保险中心"),)),
    ("刑事问题", "儿子因为打架被派出所带走了，家属能做什么，需要请律师吗？",
     "被刑事拘留的，公安机关应当在24小时内通知家属。家属可以为其委托律师，律师可以会见并申请取保候审；"
     "对方伤情构成轻伤以上的可能涉及刑事责任，积极赔偿、取得谅解对处理结果有利。经济困难的可以申请法律援助。",
     (LEGAL_AID,)),
    ("公司企业", "和朋友合伙开了个小饭店，现在想退伙，投的钱怎么拿回来？",
     "退伙应按合伙协议约定办理，没有约定的应当提前通知其他合伙人，按退伙时的合伙财产状况进行结算，退还财产份额。"
     "建议清点账目、保留出资凭证，先协商处理。",
     (("mediation", "合同", "合伙人"),)),
)
CATEGORY_WEIGHTS = {"劳动争议": 20, "婚姻家庭": 18, "借贷纠纷": 14, "继承赡养": 9, "房产物业": 9, "合同纠纷": 7,
                    "交通事故": 6, "人身损害": 4, "消费维权": 4, "土地征收": 2, "行政事务": 3, "刑事问题": 2,
                    "公司企业": 2}
CHANNEL_WEIGHTS = (("walk_in", 60), ("phone", 25), ("wechat", 15))
ANONYMOUS = {"walk_in": 0.1, "phone": 0.35, "wechat": 0.35}
REFERRED = 0.3  # of the questions that may be referred somewhere
MEDIATION_DAYS = 30  # referrals to mediation only recently: older ones would be cases long overdue
MAX_MEDIATION = 5


def add_consultations(services: Services, rng: random.Random, days: _Days) -> None:
    today = days.today
    cal = services.calendar.calendar()
    clock = _Clock(days.at(today, 0, 0))
    consultations = ConsultationService(services.db, services.cases, clock=clock)
    lawyer = _actor(services, "wuhao")
    categories = {label: code for code, label in consultations.categories()}
    disputes = {e.label: e.code for e in services.dictionaries.entries("dispute_category")}
    pairs = [p for p in PAIRS if p[0] in categories]
    weights = [CATEGORY_WEIGHTS.get(p[0], 1) / sum(1 for q in pairs if q[0] == p[0]) for p in pairs]
    channels, channel_weights = zip(*CHANNEL_WEIGHTS)
    referred_to_mediation = 0
    past = [today - timedelta(days=i) for i in range(SPAN_DAYS, 0, -1)]
    schedule = [(day, rng.choice((2, 2, 3, 3, 4, 4, 4, 5, 5, 6))) for day in past if cal.is_working_day(day)]
    schedule.append((today, rng.randint(6, 10)))
    for day, count in schedule:
        minute = rng.randint(0, 40)
        for k in range(count):
            category, question, advice, referrals = rng.choices(pairs, weights=weights)[0]
            channel = rng.choices(channels, weights=channel_weights)[0]
            anonymous = rng.random() < ANONYMOUS[channel]
            minutes = rng.randint(10, 45) if channel == "walk_in" else rng.randint(5, 20)
            clock.now = days.at(day, minute, (k + 1) / (count + 1))
            minute += minutes + rng.randint(5, 60)
            data = ConsultationInput(channel=channel, anonymous=anonymous, category_code=categories[category],
                                     question=question, advice=advice, minutes=minutes)
            if not anonymous:
                person = make_person(rng, ZHENGZHOU_AREA_CODES, today)
                data.name, data.sex = person.name, person.sex
                data.phone = (f"0371-6{rng.randrange(10**7):07d}" if channel == "phone" and rng.random() < 0.2
                              else person.mobile)
                if channel == "walk_in":
                    data.address = _address(rng)
                    if rng.random() < 0.3:
                        data.id_number = person.id_number
            mediation = next((r for r in referrals if r[0] == "mediation" and r[1] in disputes), None)
            if (mediation is not None and not anonymous and referred_to_mediation < MAX_MEDIATION
                    and (today - day).days <= MEDIATION_DAYS
                    and (rng.random() < 0.2 or not referred_to_mediation and (today - day).days <= 7)):
                referred_to_mediation += 1
                other = make_person(rng, ZHENGZHOU_AREA_CODES, today)
                while mediation[2] == "丈夫" and other.sex != "M":
                    other = make_person(rng, ZHENGZHOU_AREA_CODES, today)
                neighbour = mediation[1] == "邻里" and data.address
                data.referral, data.referral_note = "mediation", f"对方为{mediation[2]}，申请人同意调解"
                data.mediation = MediationReferral(
                    respondent_name=other.name, respondent_phone=make_mobile(rng),
                    respondent_address=data.address if neighbour else _address(rng),
                    category_code=disputes[mediation[1]])
            elif rng.random() < REFERRED:
                elsewhere = [r for r in referrals if r[0] != "mediation"]
                if elsewhere:
                    data.referral, data.referral_to = rng.choice(elsewhere)
            consultations.record(lawyer, data)
