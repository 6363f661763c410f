"""Printed documents of the notary-agency point and the legal consultation desk, read back with
pdftotext: the receipt's missing list, the batch hand-over list over several pages, the pickup notice
only when ready, the consultation form, the day list, the pre-filled legal aid form; long text intact."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from desk.cli import main
from desk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desk.models.audit import AuditRecord
from desk.models.consultation import Consultation
from desk.print.blocks import FRAME_H, LEFT, TEXT_WIDTH, TOP
from desk.print.case_common import cn_date
from desk.services import legal_documents as lg
from desk.services.consultations import ConsultationInput
from desk.services.demo import DEMO_PASSWORD
from desk.services.notary_intakes import ApplicantInput, NotaryIntakeInput
from desk.validation import id_check_char

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

ID = "41010519850312123" + id_check_char("41010519850312123")
ID2 = "41010519900101002" + id_check_char("41010519900101002")
MASKED = ID[:6] + "********" + ID[-4:]
NOTE = "请补充提供父母的结婚证复印件"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)  # CJK lines wrap anywhere: compare without spaces and line breaks


def pdf_text(path, first: int | None = None, last: int | None = None, body_only: bool = False) -> str:
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    if body_only:  # the type area: no page header, footer or page numbers between the lines
        args += ["-x", str(int(LEFT)), "-y", str(int(TOP)), "-W", str(int(TEXT_WIDTH) + 1), "-H", str(int(FRAME_H) + 1)]
    return subprocess.run(args + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def save(doc, tmp_path):
    path = tmp_path / f"{doc.doc_id}.pdf"
    path.write_bytes(doc.pdf)
    return path


def text_of(doc, tmp_path) -> str:
    return squeeze(pdf_text(save(doc, tmp_path)))


def page_count(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def between(text: str, start: str, end: str) -> str:
    return text[text.index(start) + len(start):text.index(end)]


@pytest.fixture
def notary(demo):
    return demo.auth.login("zhengxue", DEMO_PASSWORD)


@pytest.fixture
def lawyer(demo):
    return demo.auth.login("wuhao", DEMO_PASSWORD)


def matter(services, name):
    return next(m for m in services.notary_catalogue.matters() if m.name == name)


def take_in(services, actor, matter_name="委托书公证", statuses=None, all_present=False, **kw):
    m = matter(services, matter_name)
    if all_present:
        statuses = {x.name: "received" for x in m.materials}
    return services.notary.receive(actor, NotaryIntakeInput(
        matter_id=m.id, applicants=[ApplicantInput("张伟", "", ID, "13800138000", "经八路1号")],
        materials=statuses or {}, **kw))


def category(services, label):
    return next(code for code, text in services.consultations.categories() if text == label)


def consult(services, actor, **kw):
    data = dict(channel="walk_in", name="赵六", id_number=ID, phone="13800138000",
                address="郑州市金水区纬五路12号院3号楼401", category_code=category(services, "劳动争议"),
                question="公司拖欠工资三个月，没有签劳动合同，怎么办？",
                advice="建议申请劳动仲裁，主张拖欠工资和二倍工资差额，保留考勤记录等证据。", minutes=25)
    data.update(kw)
    return services.consultations.record(actor, ConsultationInput(**data))


# --- notary --------------------------------------------------------------------------------------

def test_receipt_lists_exactly_the_missing_required_materials(demo, notary, tmp_path):
    m = matter(demo, "亲属关系公证")
    required = [x.name for x in m.materials if x.required]
    optional = [x.name for x in m.materials if not x.required]
    assert len(required) == 3 and optional
    got = take_in(demo, notary, "亲属关系公证", {required[0]: "received", required[1]: "copied"},
                  purpose="留学", use_country="德国", copies=2, missing_note=NOTE)
    doc = lg.notary_receipt(demo.documents, notary, got.number)
    text = text_of(doc, tmp_path)
    assert "公证代办受理回执" in text and got.number in text and "经八路街道综治中心" in text
    assert "亲属关系公证" in text and "留学" in text and "德国" in text and "2份" in text and "郑雪" in text
    received = between(text, "二、已收取的材料", "三、尚需补交的材料")
    assert f"{required[0]}原件" in received and f"{required[1]}复印件" in received
    missing = between(text, "三、尚需补交的材料", "四、后续办理")
    assert missing == f"1．{required[2]}2．其他：{NOTE}"  # exactly the required one still missing, and the note
    assert required[0] not in missing and required[1] not in missing and optional[0] not in missing
    assert "材料齐全后方开始办理" in text
    assert MASKED in text and ID not in text and "138****8000" in text and "13800138000" not in text
    assert "0371-65951234" in text and "办公时间：工作日" in text

    demo.notary.update_materials(notary, got.id, {required[2]: "received"}, missing_note="")
    intake = demo.notary.detail(notary, got.id)
    text = text_of(lg.notary_receipt(demo.documents, notary, got.id), tmp_path)
    assert "所需材料已齐全，无需补交" in between(text, "三、尚需补交的材料", "四、后续办理")
    assert "转递市公证处办理" in text and f"预计于{cn_date(intake.row.expected_on)}" in text and "电话通知" in text

    gone = take_in(demo, notary, checked=False)
    demo.notary.withdraw(notary, gone.id, "申请人决定暂不办理")
    with pytest.raises(ConflictError, match="withdrawn"):
        lg.notary_receipt(demo.documents, notary, gone.id)


def test_transfer_list_holds_every_intake_over_several_pages(demo, notary, tmp_path):
    ids = [take_in(demo, notary, all_present=True) for _ in range(60)]
    left_out = take_in(demo, notary, all_present=True)  # complete, but not in this batch
    batch = demo.notary.forward(notary, [i.id for i in ids])
    path = save(lg.notary_transfer_list(demo.documents, notary, batch.number), tmp_path)
    text = squeeze(pdf_text(path))
    assert "公证申请转递清单" in text and batch.number in text and "市公证处" in text and "郑雪" in text
    for intake in ids:
        assert intake.number in text
    assert left_out.number not in text
    assert "移交人（签名）" in text and "接收人（签名）" in text and "移交单位：经八路街道综治中心" in text
    assert "接收单位：市公证处" in text and "合计60件申请" in text and "本批共移交公证申请60件" in text
    pages = page_count(path)
    assert pages > 1
    for page in range(1, pages + 1):  # the table header repeats on every page
        assert "受理编号" in squeeze(pdf_text(path, page))
    # by id as well, and a batch that does not exist
    assert batch.number in text_of(lg.notary_transfer_list(demo.documents, notary, batch.id), tmp_path)
    with pytest.raises(NotFound):
        lg.notary_transfer_list(demo.documents, notary, "ZD1999-001")


def test_pickup_notice_only_when_ready(demo, notary, tmp_path):
    got = take_in(demo, notary, all_present=True)
    with pytest.raises(ConflictError, match="ready for pickup"):
        lg.notary_pickup_notice(demo.documents, notary, got.id)
    demo.notary.forward(notary, [got.id])
    demo.notary.office_accept(notary, got.id, "SL-2026-88")
    demo.notary.certificate_issued(notary, got.id, "(2026)豫郑证字第12345号")
    with pytest.raises(ConflictError, match="ready for pickup"):
        lg.notary_pickup_notice(demo.documents, notary, got.number)
    demo.notary.ready_for_pickup(notary, got.id)
    text = text_of(lg.notary_pickup_notice(demo.documents, notary, got.number), tmp_path)
    keep = cn_date(demo.notary.today() + timedelta(days=60))  # notary.pickup_keep_days
    assert "公证书领取通知" in text and "张伟：" in text and "委托书公证" in text
    assert "(2026)豫郑证字第12345号" in text and f"请于{keep}前前来领取" in text and f"保管期限{keep}前" in text
    assert "居民身份证原件" in text and "公证代办受理回执" in text and "工作日" in text
    assert "公证书领取确认" in text and "领取人（签名）" in text and "领取日期" in text
    demo.notary.collect(notary, got.id, "张伟")
    with pytest.raises(ConflictError):
        lg.notary_pickup_notice(demo.documents, notary, got.id)
    assert "公证书已于" in text_of(lg.notary_receipt(demo.documents, notary, got.id), tmp_path)


def test_notary_documents_need_the_notary_role(demo, lawyer, notary):
    got = take_in(demo, notary, all_present=True)
    with pytest.raises(PermissionDenied):
        lg.notary_receipt(demo.documents, lawyer, got.id)
    head = demo.auth.login("zhaomin", DEMO_PASSWORD)
    assert lg.notary_receipt(demo.documents, head, got.id).pdf.startswith(b"%PDF-")


# --- consultations -------------------------------------------------------------------------------

def test_consultation_form_shows_the_advice_and_anonymous(demo, lawyer, tmp_path):
    named = consult(demo, lawyer, referral="legal_aid", referral_to="金水区法律援助中心")
    text = text_of(lg.consultation_form(demo.documents, lawyer, named.number), tmp_path)
    assert "法律咨询登记表" in text and named.number in text and "吴昊" in text and "现场" in text
    assert "赵六" in text and MASKED in text and ID not in text and "138****8000" in text
    assert "劳动争议" in text and "公司拖欠工资三个月" in text and "主张拖欠工资和二倍工资差额" in text
    assert "25分钟" in text and "转介申请法律援助（金水区法律援助中心）" in text
    assert "咨询人（签名）" in text and "值班律师（签名）" in text

    anonymous = consult(demo, lawyer, channel="phone", anonymous=True, name="", id_number="", phone="",
                        address="", referral="department", referral_to="区人社局")
    text = text_of(lg.consultation_form(demo.documents, lawyer, anonymous.id), tmp_path)
    assert "咨询人匿名" in text and "赵六" not in text and "咨询方式电话" in text and "转介其他部门：区人社局" in text
    notary = demo.auth.login("zhengxue", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        lg.consultation_form(demo.documents, notary, named.id)


def test_day_list_has_every_lawyers_consultations_and_totals(demo, lawyer, tmp_path):
    admin = demo.auth.login("admin", DEMO_PASSWORD)
    demo.accounts.create_user(admin, "liqiang", "李强", ["lawyer"], "abc12345", must_change_password=False)
    other = demo.auth.login("liqiang", "abc12345")
    day = demo.consultations.today()
    clock = demo.consultations.clock
    demo.consultations.clock = lambda: datetime(2020, 5, 6, 3, 0)
    yesterday = consult(demo, lawyer, question="另一天的咨询问题")
    demo.consultations.clock = clock
    a = consult(demo, lawyer, minutes=25, referral="legal_aid")
    b = consult(demo, other, name="", anonymous=True, id_number="", phone="", address="", minutes=8,
                channel="wechat", question="离婚时孩子抚养权怎么判？" * 10)
    c = consult(demo, lawyer, name="欧阳小明", minutes=10, referral="department", referral_to="区住建局")
    doc = lg.consultation_day_list(demo.documents, lawyer, day.isoformat())
    text = text_of(doc, tmp_path)
    assert "法律咨询台账" in text and cn_date(day) in text
    for row in (a, b, c):
        assert row.number in text
    assert yesterday.number not in text
    assert "赵*" in text and "匿名" in text and "欧**明" in text and "欧阳小明" not in text
    assert "李强" in text and "吴昊" in text and "离婚时孩子抚养权" in text
    assert text.count("抚养权") == 2  # the question shortened to two lines of its column
    assert "3人次（现场2，电话0，微信1）" in text and "43分钟" in text
    assert "转介2件：法律援助1件，人民调解0件，诉讼0件，其他部门1件；当场解答1件" in text
    assert doc.doc_id.startswith("CD")
    with pytest.raises(ValidationError):
        lg.consultation_day_list(demo.documents, lawyer, "yesterday")
    empty = text_of(lg.consultation_day_list(demo.documents, lawyer, "2020-01-01"), tmp_path)
    assert "（无记录）" in empty and "0人次" in empty


def test_legal_aid_form_is_prefilled_and_refused_when_anonymous(demo, lawyer, tmp_path):
    got = consult(demo, lawyer, referral="legal_aid", referral_to="金水区法律援助中心")
    text = text_of(lg.legal_aid_application(demo.documents, lawyer, got.number), tmp_path)
    assert "法律援助申请表" in text and "申请人基本情况" in text
    assert "姓名赵六" in text and "性别男" in text and "出生日期1985年3月12日" in text
    assert f"身份证号码{ID}" in text and "联系电话13800138000" in text and "郑州市金水区纬五路12号院3号楼401" in text
    assert "劳动争议" in text and "公司拖欠工资三个月，没有签劳动合同，怎么办？" in text
    assert "值班律师初步意见" in text and "主张拖欠工资和二倍工资差额" in text
    assert "城乡最低生活保障对象" in text and "特困供养人员" in text and "□" in text and "申请人（签名或按指印）" in text
    assert "转交单位经八路街道综治中心" in text and f"法律咨询编号{got.number}" in text and "转介律师吴昊" in text
    assert "金水区法律援助中心" in text and "None" not in text
    # unknown particulars stay blank
    bare = consult(demo, lawyer, id_number="", phone="", address="")
    text = text_of(lg.legal_aid_application(demo.documents, lawyer, bare.id), tmp_path)
    assert "None" not in text and "出生日期身份证号码" in text
    anonymous = consult(demo, lawyer, anonymous=True)
    with pytest.raises(ConflictError, match="anonymous"):
        lg.legal_aid_application(demo.documents, lawyer, anonymous.id)
    head = demo.auth.login("zhaomin", DEMO_PASSWORD)
    assert lg.legal_aid_application(demo.documents, head, got.id).pdf.startswith(b"%PDF-")


def test_long_text_is_printed_in_full(demo, lawyer, tmp_path):
    got = consult(demo, lawyer)
    long_question = "".join(f"第{i}句：邻居在楼道堆放杂物阻碍通行，多次沟通无果。" for i in range(1, 400))[:10_000]
    assert len(long_question) == 10_000
    odd = "表情😀🎉 <b>&amp;</b> \x07 شكرا 𠀀 结束"
    with demo.db.writer() as s, s.begin():
        c = s.scalar(select(Consultation).where(Consultation.id == got.id))
        c.question, c.advice = long_question, odd + "\n" + "建" * 3000
    for build in (lg.consultation_form, lg.legal_aid_application):
        path = save(build(demo.documents, lawyer, got.id), tmp_path)
        assert page_count(path) > 2
        body = squeeze(pdf_text(path, body_only=True))
        body = body.replace("咨询问题", "").replace("申请事项及理由（案情概述）", "")  # repeated box headers
        assert long_question in body  # nothing cut off, nothing in between
        assert "表情" in body and "<b>&amp;</b>" in body and "结束" in body and body.count("建") >= 3000


def test_print_is_audited_and_verifies(demo, notary, lawyer, tmp_path):
    got = take_in(demo, notary, all_present=True)
    doc = lg.notary_receipt(demo.documents, notary, got.number)
    assert doc.doc_id.startswith("NR") and doc.kind == "notary-receipt"
    with demo.db.reader() as s:
        issued = s.scalar(select(AuditRecord).where(AuditRecord.action == "document.issue",
                                                    AuditRecord.entity_id == doc.doc_id))
    assert issued is not None and issued.actor_name == "郑雪" and got.number in issued.summary
    info = demo.documents.verify(notary, doc.verification_code)
    assert info is not None and info.kind == "notary-receipt" and info.id == doc.doc_id
    form = lg.consultation_form(demo.documents, lawyer, consult(demo, lawyer).id)
    assert demo.documents.verify(lawyer, form.verification_code).kind == "consultation-form"


def test_cli_prints_a_notary_receipt(demo, notary, db_path, tmp_path, capsys):
    got = take_in(demo, notary, "亲属关系公证", {"申请人居民身份证": "received"}, purpose="探亲", use_country="加拿大")
    out = tmp_path / "receipt.pdf"
    assert main(["--db", str(db_path), "print", "notary-receipt", "--id", got.number, "--out", str(out)]) == 0
    text = squeeze(pdf_text(out))
    assert got.number in text and "申请人户口簿" in between(text, "三、尚需补交的材料", "四、后续办理")
    assert "verification code" in capsys.readouterr().out
    assert main(["--db", str(db_path), "print", "notary-receipt", "--out", str(out)]) == 2
    assert "INTAKE_ID_OR_NUMBER" in capsys.readouterr().err
    day = tmp_path / "day.pdf"
    assert main(["--db", str(db_path), "print", "consultation-day-list", "--id", date.today().isoformat(),
                 "--out", str(day)]) == 0
    assert "法律咨询台账" in squeeze(pdf_text(day))
