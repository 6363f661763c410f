"""Screenshots of the consultation desk (called from ``main.py screenshot``): the entry form with a queue
ticket attached and partly filled, the lawyer's day list after a save, the mediation referral dialog,
and the cross search as the center head sees it."""

from __future__ import annotations

from pathlib import Path

from desk.services.consultations import ConsultationInput, MediationReferral
from desk.services.demo import DEMO_PASSWORD
from desk.services.notary_intakes import ApplicantInput, NotaryIntakeInput
from desk.validation import id_check_char
from desk.views.screenshots import _save

SIZE = (1280, 800)
# channel, anonymous, name, phone, category, question, advice, minutes, referral, referral_to
DEMO_DAY = (
    ("walk_in", False, "张桂芳", "13903715566", "03", "单位拖欠两个月工资，老板一直推脱，应该怎么办？",
     "先书面催要并保留考勤、工资条和聊天记录；不成可向劳动人事争议仲裁委员会申请仲裁，不收费。", 15, "", ""),
    ("phone", True, "", "", "01", "离婚后孩子跟我，对方不给抚养费怎么办？",
     "可先协商；协商不成可向法院起诉要求支付抚养费，标准一般为月收入的20%—30%。", 8, "", ""),
    ("walk_in", False, "刘建华", "0371-65951234", "04", "装修公司拖延工期还要加钱，合同怎么处理？",
     "按合同约定主张违约责任，保留往来证据；可申请法律援助代写起诉状。", 20, "legal_aid", ""),
    ("wechat", False, "陈晓燕", "", "11", "低保申请材料被退回，应找哪个部门？",
     "到街道民政所窗口复核，需补户口簿和收入证明。", 6, "department", "街道民政所"),
)


def _demo_day(services, lawyer) -> None:
    """A few consultations today when the demo data brought none for this lawyer."""
    if len(services.consultations.day_list(lawyer).rows) >= 3:
        return
    for channel, anonymous, name, phone, category, question, advice, minutes, referral, to in DEMO_DAY:
        services.consultations.record(lawyer, ConsultationInput(
            channel=channel, anonymous=anonymous, name=name, phone=phone, category_code=category,
            question=question, advice=advice, minutes=minutes, referral=referral, referral_to=to))


def _ticket(services):
    """A waiting ticket of a service that opens the consultation form (one is issued if none waits)."""
    ids = [s.id for s in services.queue_config.services() if s.handled_as == "consultation"]
    waiting = services.tickets.waiting(ids) if ids else []
    if waiting:
        return waiting[-1]
    try:
        from desk.services.permissions import KIOSK

        return services.tickets.issue(KIOSK, ids[0]) if ids else None
    except Exception:  # closed at this hour: the form is shown without a ticket
        return None


def _both_kinds(services, head, lawyer) -> str:
    """A person's name matching a notary application and a consultation (made when the demo has none)."""
    names = [r.applicants.split("、")[0] for r in services.notary.list(head, limit=50)]
    for name in names:
        if {h.kind for h in services.legal_search.search(head, name)} == {"consultation", "notary_intake"}:
            return name
    if not names:
        clerk = services.auth.login("zhengxue", DEMO_PASSWORD)
        matter = next(m for m in services.notary_catalogue.matters() if m.name == "继承公证")
        ident = "41010519580301202"
        services.notary.receive(clerk, NotaryIntakeInput(matter_id=matter.id, applicants=[ApplicantInput(
            "王秀兰", "", ident + id_check_char(ident), "13703719988", "郑州市金水区纬五路社区")]))
        names = ["王秀兰"]
    # the heir came to the lawyer first, then to the notary desk
    services.consultations.record(lawyer, ConsultationInput(
        name=names[0], phone="13703719988", category_code="02", question="父亲去世后房产过户需要办哪些手续？",
        advice="先办理继承公证或协商分割，再持公证书到不动产登记中心办理转移登记。", minutes=12))
    services.consultations.record(lawyer, ConsultationInput(
        channel="phone", name=names[0], category_code="02", question="继承公证需要带哪些材料？",
        advice="身份证、户口簿、死亡证明、亲属关系证明和房产证，到中心公证代办窗口办理。", minutes=6))
    return names[0]


def render_consultation(services, out: Path, db_path: Path) -> list[Path]:
    from desk.views.consultation_dialogs import MediationReferralDialog
    from desk.views.main_window import MainWindow

    written: list[Path] = []
    lawyer = services.auth.login("wuhao", DEMO_PASSWORD)
    _demo_day(services, lawyer)
    window = MainWindow(services, lawyer, db_path)
    window.idle.stop()
    page = window.show_area("consultation")
    ticket = _ticket(services)
    if ticket is not None:
        page.attach_ticket(ticket.id, ticket.number)
    page.name.setText("李秀英")
    page.phone.setText("13912345678")
    page.category.pick("03")
    page.question.setPlainText("在物流公司干了两年，没签劳动合同，现在被辞退，能要求赔偿吗？")
    written.append(_save(window, out / "consultation-entry.png", SIZE))

    page.advice.setPlainText("未签书面劳动合同可主张二倍工资差额；违法解除可要求赔偿金。建议先申请调解。")
    page.referral.setCurrentIndex(page.referral.findData("mediation"))
    dialog = MediationReferralDialog(services, "李秀英", MediationReferral(
        "某某物流有限公司", "", "郑州市金水区经三路8号", ""), page.question.toPlainText(), window)
    dialog.fields.category.setCurrentIndex(max(0, dialog.fields.category.findText("劳动争议")))
    written.append(_save(dialog, out / "consultation-mediation-dialog.png"))
    dialog.close()

    page.mediation_dialog = _Accepting(dialog.value())
    page.save()  # registers the mediation case: the status line says so, the list shows the new row
    window.show()
    written.append(_save(window, out / "consultation-day-list.png", SIZE))
    window.close()

    head = services.auth.login("zhaomin", DEMO_PASSWORD)
    term = _both_kinds(services, head, lawyer)
    head_window = MainWindow(services, head, db_path)
    head_window.idle.stop()
    search = head_window.show_area("legal_search")
    search.search(term)
    written.append(_save(head_window, out / "legal-search.png", SIZE))
    head_window.close()
    return written


class _Accepting:
    """Stands in for the mediation dialog when the screenshot saves the entry: answers with ``value``."""

    def __init__(self, value: MediationReferral) -> None:
        self.value_ = value

    def __call__(self, *args, **kwargs):
        return self

    def exec(self) -> int:
        return 1

    def value(self) -> MediationReferral:
        return self.value_
