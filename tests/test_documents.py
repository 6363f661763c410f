"""Documents: the audit report as a real PDF (text extracted, font embedded), its verification
code, and the audit of every print and export."""

import re
import sqlite3
import subprocess
from datetime import date

import pytest

from desk.cli import main
from desk.errors import ValidationError


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_audit_report_pdf(demo, admin, tmp_path):
    demo.accounts.create_user(admin, "xiaoli", "李晓红", ["mediator"], "abc12345", phone="13812345678")
    today = date.today()
    doc = demo.documents.audit_report(admin, today.replace(day=1), today)
    path = tmp_path / "report.pdf"
    path.write_bytes(doc.pdf)
    text = pdf_text(path)
    assert "审计日志报告" in text and "经八路街道综治中心" in text
    assert "xiaoli" in text and doc.verification_code in text and doc.doc_id in text
    assert re.search(r"第\s*1\s*页\s*共\s*\d+\s*页", text)
    assert "13812345678" not in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines() if "UMing" in line or "MicroHei" in line]
    assert cjk and all(" yes " in line for line in cjk)


def test_verification_code_finds_the_document(demo, admin):
    doc = demo.documents.audit_report(admin, date.today(), date.today())
    for typed in (doc.verification_code, doc.verification_code.replace("-", "").lower(),
                  f"DESK-VERIFY:{doc.doc_id}:{doc.verification_code}", doc.doc_id):
        info = demo.documents.verify(admin, typed)
        assert info is not None and info.id == doc.doc_id
    assert demo.documents.verify(admin, "ZZZZ-ZZZZ") is None


def test_document_ids_count_up(demo, admin):
    a = demo.documents.audit_report(admin, date.today(), date.today())
    b = demo.documents.audit_report(admin, date.today(), date.today())
    assert int(a.doc_id[-4:]) + 1 == int(b.doc_id[-4:])


def test_bad_period(demo, admin):
    with pytest.raises(ValidationError):
        demo.documents.audit_report(admin, date(2026, 2, 1), date(2026, 1, 1))


def test_print_and_export_are_audited(demo, admin):
    doc = demo.documents.audit_report(admin, date.today(), date.today())
    demo.documents.record_output(admin, doc.doc_id, "print", "Office printer")
    demo.documents.record_output(admin, doc.doc_id, "export", "/tmp/x.pdf")
    conn = sqlite3.connect(demo.db.path)
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_record WHERE entity_id=?", (doc.doc_id,))]
    conn.close()
    assert actions == ["document.issue", "document.print", "document.export"]


def test_cli_print_and_verify(demo, db_path, tmp_path, capsys):
    demo.db.dispose()
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db_path), "print", "audit-report", "--from", "2020-01-01",
                 "--to", date.today().isoformat(), "--out", str(out)]) == 0
    code = re.search(r"verification code (\S+)\)", capsys.readouterr().out).group(1)
    assert "审计日志报告" in pdf_text(out)
    assert main(["--db", str(db_path), "verify-document", code]) == 0
    assert "FOUND" in capsys.readouterr().out
    assert main(["--db", str(db_path), "verify-document", "AAAA-BBBB"]) == 1


def test_case_registration_form(demo, tmp_path):
    from desk.errors import PermissionDenied
    from desk.services.documents import case_registration
    from desk.services.mediation_cases import IntakeInput, PartyInput

    mediator = demo.auth.login("sunli", "demo1234")
    case = demo.cases.register(mediator, IntakeInput(
        category_code="13", summary="业主与物业公司因物业费收取标准发生争议。", amount="12000", people_count=3,
        received_on=date(2026, 6, 1),
        parties=[PartyInput(role="applicant", name="周一鸣", id_number="11010519491231002X", phone="13812345678"),
                 PartyInput(role="respondent", kind="org", name="郑州某物业服务有限公司",
                            credit_code="91350100M000100Y43", legal_representative="赵六")]))
    doc = case_registration(demo.documents, mediator, case.number)
    path = tmp_path / "reg.pdf"
    path.write_bytes(doc.pdf)
    text = pdf_text(path).replace(" ", "")
    for expected in ("人民调解受理登记表", case.number, "周一鸣", "11010519491231002X", "13812345678",
                     "91350100M000100Y43", "物业", "12,000.00元", "经八路街道人民调解委员会印章", doc.verification_code):
        assert expected in text, expected
    assert demo.documents.verify(mediator, doc.verification_code).id == doc.doc_id
    with pytest.raises(PermissionDenied):  # full ID numbers: only roles that may see them
        case_registration(demo.documents, demo.auth.login("liuyang", "demo1234"), case.id)
