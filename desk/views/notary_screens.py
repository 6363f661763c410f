"""Screenshots of the notary-agency screens (called from ``main.py screenshot``): the intake form with a
ticket and a checklist still missing something, the applications list with one selected, the batch
dialog, and the matters catalogue with its edit dialog as the administrator sees them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from desk.services.demo import DEMO_PASSWORD
from desk.services.notary_intakes import ApplicantInput, NotaryIntakeInput
from desk.services.permissions import Actor
from desk.validation import id_check_char

# (matter, [(name, ID number's first 17 digits, mobile, address)], present materials ("*": all required),
#  purpose, country, days ago, missing note, steps to take after intake)
DEMO_INTAKES = (
    ("驾驶证公证", [("孙志强", "41010519800615101", "13903710021", "郑州市金水区纬五路12号院2号楼")], "*", "驾照换领",
     "澳大利亚", 20, "", ("forward", "accept", "issue", "ready", "collect")),
    ("亲属关系公证", [("王丽华", "41010519920308202", "13703712345", "郑州市金水区经八路8号院")], "*", "探亲", "英国",
     12, "", ("forward", "accept", "issue", "ready")),
    ("出生公证", [("陈晓东", "41010520010921301", "15838201234", "郑州市金水区纬四路3号")], "*", "留学", "加拿大", 9, "",
     ("forward", "accept")),
    ("继承公证", [("周桂兰", "41010519550112402", "13603710088", "郑州市金水区经五路20号院"),
                ("周建军", "41010519790530101", "13503719906", "郑州市金水区经五路20号院")],
     ("申请人居民身份证", "申请人户口簿", "被继承人死亡证明", "亲属关系证明"), "", "", 3,
     "其他继承人放弃继承声明书（公证处要求）", ()),
    ("委托书公证", [("李建国", "41010519680404301", "13838007766", "郑州市金水区纬五路社区6号楼")],
     ("申请人居民身份证", "委托书草稿"), "", "", 2, "", ()),
    ("学历学位公证", [("刘欣然", "41010519980711202", "18638005511", "郑州市金水区经七路15号")], "*", "留学", "德国", 1, "",
     ()),
    ("婚姻状况公证", [("马文博", "41010519900202101", "13598001122", "郑州市金水区纬三路9号")], "*", "工作签证", "日本", 1,
     "", ()),
    ("无犯罪记录公证", [("赵一鸣", "41010519950817301", "17703716655", "郑州市金水区经八路社区")], (), "工作签证", "新加坡",
     0, "", ("unchecked",)),
)


def seed_notary_intakes(services, clerk: Actor) -> None:
    """A few applications in different states, taken in by ``clerk`` over the last weeks."""
    matters = {m.name: m for m in services.notary_catalogue.matters()}
    today = services.notary.today()
    forward: list[str] = []
    later: list[tuple[str, tuple[str, ...]]] = []
    for matter_name, people, present, purpose, country, days_ago, note, steps in DEMO_INTAKES:
        matter = matters.get(matter_name)
        if matter is None:
            continue
        names = [m.name for m in matter.materials if m.required] if present == "*" else list(present)
        got = services.notary.receive(clerk, NotaryIntakeInput(
            matter_id=matter.id,
            applicants=[ApplicantInput(n, "", body + id_check_char(body), phone, address)
                        for n, body, phone, address in people],
            purpose=purpose if matter.use_abroad else "", use_country=country if matter.use_abroad else "",
            materials={n: "copied" if "复印件" in n else "received" for n in names}, missing_note=note,
            received_on=today - timedelta(days=days_ago), checked="unchecked" not in steps))
        if "forward" in steps:
            forward.append(got.id)
        later.append((got.id, steps))
    if forward:
        batch = services.notary.forward(clerk, forward)
        services.notary.confirm_handover(clerk, batch.id, "公证处 张静")
    for intake_id, steps in later:
        if "accept" in steps:
            services.notary.office_accept(clerk, intake_id, f"SL{today:%Y%m%d}{intake_id[:3].upper()}")
        if "issue" in steps:
            number = int(intake_id[:4], 16) % 9000 + 1000
            services.notary.certificate_issued(clerk, intake_id, f"({today.year})豫郑证字第{number}号")
        if "ready" in steps:
            services.notary.ready_for_pickup(clerk, intake_id)
        if "collect" in steps:
            services.notary.collect(clerk, intake_id, "本人")


def _ticket(services) -> tuple[str, str]:
    """(id, number) of a notary-service (C) ticket from the demo queue morning; a made-up one (the
    form is not saved) when the queue has none."""
    from sqlalchemy import select

    from desk.models.queue import Ticket

    waiting = [t for t in services.tickets.waiting() if t.number.startswith("C")]
    if waiting:
        return waiting[0].id, waiting[0].number
    with services.db.reader() as s:
        found = s.execute(select(Ticket.id, Ticket.number).where(Ticket.number.like("C%"))
                          .order_by(Ticket.number.desc()).limit(1)).first()
    return (found[0], found[1]) if found else ("screenshot", "C012")


def render_notary(services, out: Path, db_path: Path) -> list[Path]:
    from desk.views.main_window import MainWindow
    from desk.views.notary_catalogue_page import MatterDialog
    from desk.views.notary_dialogs import ForwardDialog
    from desk.views.screenshots import _save

    written: list[Path] = []
    clerk = services.auth.login("zhengxue", DEMO_PASSWORD)
    if not services.notary.list(clerk, limit=1):
        seed_notary_intakes(services, clerk)
    window = MainWindow(services, clerk, db_path)
    window.idle.stop()

    intake = window.show_area("notary_intake")
    intake.attach_ticket(*_ticket(services))
    intake.matter.setCurrentIndex(max(0, intake.matter.findText("亲属关系公证")))
    intake.purpose.setText("留学")
    intake.use_country.setText("澳大利亚")
    first = intake.applicants.forms[0]
    body = "41010520030417202"
    for editor, text in ((first.name, "郭佳怡"), (first.id_number, body + id_check_char(body)),
                         (first.phone, "13783712468"), (first.address, "郑州市金水区纬五路社区12号楼3单元")):
        editor.setText(text)
    intake.checklist.set_statuses({"申请人居民身份证": "received", "申请人户口簿": "copied"})
    intake.missing_note.setPlainText("父母双方身份证复印件")
    written.append(_save(window, out / "notary-intake.png", (1280, 800)))
    intake.drafts.discard()  # a picture, not unfinished work

    applications = window.show_area("notary")
    rows = applications.model
    pick = next((i for i in range(rows.rowCount()) if rows.item(i).state == "incomplete"
                 and "、" in rows.item(i).applicants), next(
        (i for i in range(rows.rowCount()) if rows.item(i).state == "incomplete"), 0))
    if rows.rowCount():
        applications.table.selectRow(pick)
        applications.show_intake(rows.item(pick).id)
    written.append(_save(window, out / "notary-list.png", (1280, 800)))

    ready = [r for r in services.notary.list(clerk, ("complete",))]
    dialog = ForwardDialog(services, clerk, ready, 0, window)
    written.append(_save(dialog, out / "notary-batch-dialog.png", (700, 460)))
    dialog.close()
    window.close()

    admin = services.auth.login("admin", DEMO_PASSWORD)
    admin_window = MainWindow(services, admin, db_path)
    admin_window.idle.stop()
    catalogue = admin_window.show_area("notary_catalogue")
    matters = catalogue.model
    row = next((i for i in range(matters.rowCount()) if matters.item(i).name == "继承公证"), 0)
    if matters.rowCount():
        catalogue.table.selectRow(row)
    written.append(_save(admin_window, out / "notary-catalogue.png", (1280, 800)))
    if matters.rowCount():
        edit = MatterDialog(services, admin, matters.item(row), admin_window)
        written.append(_save(edit, out / "notary-matter-dialog.png", (640, 600)))
        edit.close()
    admin_window.close()
    return written
