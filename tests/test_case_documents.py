"""Printable documents of a mediation case: application, records, agreement (art. 29, one copy per
party plus the committee's), termination notice (art. 26), follow-up record, case-file cover and
table of contents. Checked through the text a reader extracts with pdftotext."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import uuid
from datetime import date, datetime

import pytest

from desk.cli import PRINT_KINDS, main
from desk.errors import NotFound, PermissionDenied, ValidationError
from desk.models.mediation import CaseFollowUp, CaseOutcome, CaseRecord, MediationCase
from desk.services import case_documents as cd
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.timeutil import utcnow

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

ID_A = "11010519491231002X"
ID_B = "410105199001011233"
FACTS = "申请人住宅楼上卫生间漏水，致其天花板霉变。"
DISPUTED = "漏水损失的赔偿数额及维修责任。"
RESPONSIBILITY = "被申请人对漏水负主要责任，申请人未及时告知负次要责任。"
TERMS = "被申请人赔偿申请人维修费人民币三千元，并于十日内修复防水层。"
METHOD = "被申请人以银行转账方式一次性支付。"


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)  # CJK lines wrap anywhere: compare without spaces and line breaks


def text_of(doc, tmp_path) -> str:
    path = tmp_path / f"{doc.doc_id}.pdf"
    path.write_bytes(doc.pdf)
    return pdf_text(path)


@pytest.fixture
def mediator(demo):
    return demo.auth.login("sunli", "demo1234")


def register(demo, mediator, respondent_address="纬五路12号院4号楼"):
    return demo.cases.register(mediator, IntakeInput(
        source="application", category_code="02", summary="邻里之间因漏水问题发生纠纷，双方多次争吵。",
        place="纬五路12号院", received_on=date(2026, 11, 20),
        parties=[PartyInput(role="applicant", name="张三明", id_number=ID_A, phone="13812345678",
                            ethnicity="汉族", address="纬五路12号院3号楼"),
                 PartyInput(role="respondent", name="王芳", id_number=ID_B, phone="13987654321",
                            address=respondent_address),
                 PartyInput(role="agent", name="李律师", phone="13700001111", agent_for=0)]))


def add_work(demo, case_id, outcome: dict | None = None, sessions=2, follow_up=True):
    """Records, an outcome and a follow-up written straight to the tables (their service is elsewhere)."""
    now = utcnow()
    ids = {"sessions": []}
    with demo.db.writer() as s:
        inv = CaseRecord(id=str(uuid.uuid4()), case_id=case_id, kind="investigation", state="held",
                         starts_at=datetime(2026, 11, 21, 9, 30), place="社区调解室", staff="孙丽、周强",
                         recorder="周强", attendees="王芳", content="被调查人陈述：卫生间防水层老化。",
                         created_at=now, updated_at=now)
        s.add(inv)
        ids["investigation"] = inv.id
        for n in range(sessions):
            rec = CaseRecord(id=str(uuid.uuid4()), case_id=case_id, kind="session", state="held",
                             starts_at=datetime(2026, 11, 22 + n, 14, 0), place="社区调解室", staff="孙丽",
                             recorder="周强", attendees="张三明、王芳", public=n == 0,
                             content=f"第{n + 1}次调解：双方陈述意见。", signed_by="张三明、王芳",
                             created_at=now, updated_at=now)
            s.add(rec)
            ids["sessions"].append(rec.id)
        if outcome is not None:
            s.add(CaseOutcome(case_id=case_id, created_at=now, updated_at=now, **outcome))
            case = s.get(MediationCase, case_id)
            case.outcome, case.closed_on = outcome["kind"], date(2026, 11, 25)
            case.archived_on, case.retention, case.archived_by = date(2026, 12, 10), "30y", "孙丽"
        if follow_up:
            f = CaseFollowUp(case_id=case_id, due_on=date(2026, 12, 5), done_on=date(2026, 12, 4), method="phone",
                             performance="partial", notes="已支付两千元，余款约定月底付清。", by_name="孙丽")
            s.add(f)
            s.flush()
            ids["follow_up"] = f.id
        s.commit()
    return ids


def written(**changes) -> dict:
    return {"kind": "written", "facts": FACTS, "disputed_matters": DISPUTED, "responsibility": RESPONSIBILITY,
            "terms": TERMS, "performance_method": METHOD, "performance_due": date(2026, 12, 31),
            "effective_on": date(2026, 11, 25), **changes}


def issued_count(demo) -> int:
    conn = sqlite3.connect(demo.db.path)
    try:
        return conn.execute("SELECT count(*) FROM issued_document").fetchone()[0]
    finally:
        conn.close()


def test_agreement_states_every_art29_item_once_per_copy(demo, mediator, tmp_path):
    case = register(demo, mediator)
    add_work(demo, case.id, written())
    doc = cd.agreement(demo.documents, mediator, case.number)
    text = text_of(doc, tmp_path)
    for expected in (FACTS, DISPUTED, RESPONSIBILITY, TERMS, METHOD, "2026年12月31日", "张三明", ID_A, "王芳", ID_B,
                     "13812345678", "1949年12月31日出生", "李律师", "申请人张三明的委托代理人", case.number,
                     "三十日内", "司法确认", "经八路街道人民调解委员会印章", "签名（盖章或按指印）"):
        assert expected in text, expected
    # two parties (the agent gets no copy): three copies, each in full
    assert [text.count(f"第{i}份（共3份）") for i in (1, 2, 3)] == [1, 1, 1]
    assert "第1份（共3份）申请人张三明收执" in text and "第2份（共3份）被申请人王芳收执" in text
    assert text.count("存档") == 1 and "第3份（共3份）本委员会存档" in text
    assert "第4份" not in text
    assert text.count(TERMS) == 3 and text.count("人民调解协议书") >= 3
    assert demo.documents.verify(mediator, doc.verification_code).id == doc.doc_id
    assert doc.doc_id.startswith("MX")


def test_each_copy_starts_on_a_new_page(demo, mediator, tmp_path):
    case = register(demo, mediator)
    add_work(demo, case.id, written())
    path = tmp_path / "a.pdf"
    path.write_bytes(cd.agreement(demo.documents, mediator, case.id).pdf)
    pages = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    starts = [i for i, page in enumerate(pages) if "份（共3份）" in page]
    assert len(starts) == 3
    for i in starts:  # the mark sits under the title at the top of its page
        assert "人民调解协议书" in pages[i].split("份（共3份）")[0]


@pytest.mark.parametrize("missing, field, item", [
    ({"responsibility": ""}, "responsibility", "各方当事人的责任"),
    ({"performance_due": None}, "performance_due", "履行期限"),
    ({"facts": " ", "terms": ""}, "facts", "纠纷的主要事实、协议内容"),
])
def test_agreement_missing_an_item_is_refused_and_nothing_issued(demo, mediator, missing, field, item):
    case = register(demo, mediator)
    add_work(demo, case.id, written(**missing))
    before = issued_count(demo)
    with pytest.raises(ValidationError) as e:
        cd.agreement(demo.documents, mediator, case.id)
    assert e.value.field == field
    assert item in str(e.value) and e.value.params["items"] == item
    assert issued_count(demo) == before


def test_agreement_names_a_party_lacking_particulars(demo, mediator):
    case = register(demo, mediator, respondent_address="")
    add_work(demo, case.id, written())
    with pytest.raises(ValidationError) as e:
        cd.agreement(demo.documents, mediator, case.id)
    assert e.value.field == "parties" and "当事人的基本情况（王芳的住址）" in str(e.value)


def test_agreement_refused_without_a_written_outcome(demo, mediator):
    case = register(demo, mediator)
    with pytest.raises(ValidationError):
        cd.agreement(demo.documents, mediator, case.id)
    add_work(demo, case.id, {"kind": "oral", "terms": TERMS, "effective_on": date(2026, 11, 25)})
    with pytest.raises(ValidationError) as e:
        cd.agreement(demo.documents, mediator, case.id)
    assert e.value.field == "outcome"


def test_agreement_error_translates(demo, mediator):
    from desk.labels import zh

    case = register(demo, mediator)
    add_work(demo, case.id, written(responsibility=""))
    with pytest.raises(ValidationError) as e:
        cd.agreement(demo.documents, mediator, case.id)
    assert e.value.translated(zh) == "调解协议书不能打印：缺少各方当事人的责任。"


@pytest.mark.parametrize("reason, ended_by, article", [
    ("no_agreement", "", "第二十六条"), ("party_refused", "被申请人王芳", "第十七条"),
    ("party_ended", "申请人张三明", "第二十三条"),
])
def test_termination_notice_tells_the_routes(demo, mediator, tmp_path, reason, ended_by, article):
    case = register(demo, mediator)
    add_work(demo, case.id, {"kind": "terminated", "termination_reason": reason, "ended_by": ended_by,
                             "effective_on": date(2026, 11, 25)}, follow_up=False)
    text = text_of(cd.termination_notice(demo.documents, mediator, case.number), tmp_path)
    for expected in ("终止人民调解告知书", case.number, "申请人张三明、被申请人王芳：", "2026年11月25日终止调解",
                     "仲裁、行政、司法等途径", "申请仲裁", "向有关行政机关申请处理", "向人民法院提起诉讼",
                     article, ended_by, "经八路街道人民调解委员会印章"):
        assert expected in text, expected


def test_termination_notice_only_for_terminated_cases(demo, mediator):
    case = register(demo, mediator)
    add_work(demo, case.id, written())
    with pytest.raises(ValidationError):
        cd.termination_notice(demo.documents, mediator, case.id)


def test_contents_list_the_sessions_and_mark_missing_items(demo, mediator, tmp_path):
    case = register(demo, mediator)
    add_work(demo, case.id, None, sessions=2, follow_up=False)
    doc = cd.file_contents(demo.documents, mediator, case.id)
    text = text_of(doc, tmp_path)
    for expected in ("卷内目录", "序号", "文件题名", "页号", "备注", "人民调解申请书", "人民调解受理登记表",
                     "调查记录", "调解笔录（第1次）2026年11月22日", "调解笔录（第2次）2026年11月23日",
                     "张三明与王芳邻里纠纷"):
        assert expected in text, expected
    # no outcome yet: the agreement is missing and marked; the follow-up is not asked for yet
    assert re.search("人民调解协议书缺", text)
    assert text.count("缺") == 2  # the agreement row, and the note explaining the mark


def test_cover_shows_retention_and_the_case(demo, mediator, tmp_path):
    case = register(demo, mediator)
    add_work(demo, case.id, written())
    text = text_of(cd.file_cover(demo.documents, mediator, case.id), tmp_path)
    for expected in ("人民调解卷宗", "经八路街道人民调解委员会", case.number, "张三明与王芳邻里纠纷", "孙丽",
                     "2026年11月20日", "2026年11月25日", "调解成功（书面协议）", "保管期限30年", "2026年12月10日",
                     "卷内共页"):
        assert expected in text, expected


def test_records_and_follow_up(demo, mediator, tmp_path):
    case = register(demo, mediator)
    ids = add_work(demo, case.id, written())
    inv = text_of(cd.investigation_record(demo.documents, mediator, ids["investigation"]), tmp_path)
    for expected in ("调查记录", "2026年11月21日09:30", "社区调解室", "孙丽、周强", "卫生间防水层老化", "被调查人（签名）"):
        assert expected in inv, expected
    session = text_of(cd.session_record(demo.documents, mediator, ids["sessions"][0]), tmp_path)
    for expected in ("调解笔录", "公开调解", "第二十三条", "知悉", "第1次调解", "张三明（签名或按指印）",
                     "人民调解员（签名）", "记录人（签名）"):
        assert expected in session, expected
    assert "不公开调解" in text_of(cd.session_record(demo.documents, mediator, ids["sessions"][1]), tmp_path)
    follow = text_of(cd.follow_up_record(demo.documents, mediator, ids["follow_up"]), tmp_path)
    for expected in ("人民调解回访记录", TERMS, "2026年12月4日", "电话回访", "部分履行", "余款约定月底付清",
                     "回访人（签名）", "被回访人（签名）"):
        assert expected in follow, expected
    with pytest.raises(NotFound):  # a session id is not an investigation record
        cd.investigation_record(demo.documents, mediator, ids["sessions"][0])


def test_application(demo, mediator, tmp_path):
    case = register(demo, mediator)
    text = text_of(cd.application(demo.documents, mediator, case.number), tmp_path)
    for expected in ("人民调解申请书", "申请人：张三明", ID_A, "被申请人：王芳", "申请事项", "事实与理由",
                     "漏水问题", "自愿申请", "此致", "经八路街道人民调解委员会", "申请人张三明（签名、盖章或按指印）"):
        assert expected in text, expected


def test_permissions(demo, mediator):
    case = register(demo, mediator)
    add_work(demo, case.id, written())
    clerk = demo.auth.login("liuyang", "demo1234")  # reception: no mediation files
    for kind in ("case-application", "agreement", "file-cover", "file-contents"):
        with pytest.raises(PermissionDenied):
            cd.DOCUMENT_BUILDERS[kind](demo.documents, clerk, case.id)
    lawyer = demo.auth.login("wuhao", "demo1234")  # may see ID numbers, not mediation files
    with pytest.raises(PermissionDenied):
        cd.agreement(demo.documents, lawyer, case.id)
    head = demo.auth.login("zhaomin", "demo1234")
    assert cd.file_cover(demo.documents, head, case.id).pdf.startswith(b"%PDF")


def test_cli_kinds_match_the_builders():
    from desk.services.legal_documents import LEGAL_BUILDERS
    from desk.services.linkage_documents import LINKAGE_BUILDERS

    assert set(PRINT_KINDS) == {"audit-report"} | set(cd.DOCUMENT_BUILDERS) | set(LINKAGE_BUILDERS) | set(LEGAL_BUILDERS)


@pytest.mark.parametrize("kind, ref, title", [
    ("case-registration", "number", "人民调解受理登记表"),
    ("case-application", "number", "人民调解申请书"),
    ("investigation-record", "investigation", "调查记录"),
    ("session-record", "session", "调解笔录"),
    ("agreement", "id", "人民调解协议书"),
    ("termination-notice", "terminated", "终止人民调解告知书"),
    ("follow-up-record", "follow_up", "人民调解回访记录"),
    ("file-cover", "number", "人民调解卷宗"),
    ("file-contents", "id", "卷内目录"),
])
def test_cli_prints_each_kind(demo, mediator, db_path, tmp_path, capsys, kind, ref, title):
    case = register(demo, mediator)
    if ref == "terminated":
        add_work(demo, case.id, {"kind": "terminated", "termination_reason": "no_agreement",
                                 "effective_on": date(2026, 11, 25)})
    else:
        ids = add_work(demo, case.id, written())
    arg = {"number": case.number, "id": case.id, "terminated": case.number}.get(ref) or (
        ids["sessions"][0] if ref == "session" else str(ids[ref]))
    demo.db.dispose()
    out = tmp_path / "out.pdf"
    assert main(["--db", str(db_path), "print", kind, "--id", arg, "--out", str(out)]) == 0
    code = re.search(r"verification code (\S+)\)", capsys.readouterr().out).group(1)
    assert title in pdf_text(out) and code.replace("-", "") in pdf_text(out).replace("-", "")
    assert main(["--db", str(db_path), "print", kind, "--out", str(out)]) == 2  # --id is required


def test_cli_refusal_is_reported(demo, mediator, db_path, tmp_path, capsys):
    case = register(demo, mediator)
    add_work(demo, case.id, written(performance_due=None))
    demo.db.dispose()
    assert main(["--db", str(db_path), "print", "agreement", "--id", case.number, "--out",
                 str(tmp_path / "x.pdf")]) == 1
    assert "履行期限" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def test_unwritten_session_and_pending_follow_up_print_as_forms(demo, mediator, tmp_path):
    case = register(demo, mediator)
    now = utcnow()
    with demo.db.writer() as s:
        rec = CaseRecord(id=str(uuid.uuid4()), case_id=case.id, kind="session", state="scheduled",
                         starts_at=datetime(2026, 12, 1, 9, 0), place="社区调解室", staff="孙丽",
                         created_at=now, updated_at=now)
        f = CaseFollowUp(case_id=case.id, due_on=date(2026, 12, 20))
        s.add_all([rec, f])
        s.flush()
        rec_id, f_id = rec.id, f.id
        s.commit()
    session = text_of(cd.session_record(demo.documents, mediator, rec_id), tmp_path)
    assert "2026年12月1日09:00" in session and "参加人（签名或按指印）" in session
    follow = text_of(cd.follow_up_record(demo.documents, mediator, f_id), tmp_path)
    assert "应于2026年12月20日前回访" in follow and "□已全部履行□部分履行□未履行" in follow
