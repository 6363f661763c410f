"""Letters of police–mediation linkage and the work-order feedback sheet, read back with pdftotext:
the feedback letter carries the case outcome, letters refuse states they do not fit, the CLI prints them."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime

import pytest
from test_referrals import letter

from desk.cli import PRINT_KINDS, main
from desk.errors import ConflictError, PermissionDenied
from desk.services import case_documents as cd
from desk.services import linkage_documents as ld
from desk.services.permissions import SYSTEM
from desk.services.referrals import TransferInput
from desk.services.work_orders import WorkOrderInput

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)  # CJK lines wrap anywhere: compare without spaces and line breaks


def text_of(doc, tmp_path) -> str:
    path = tmp_path / f"{doc.doc_id}.pdf"
    path.write_bytes(doc.pdf)
    return pdf_text(path)


TERMS = "王芳赔偿张三明维修费人民币三千元，于十日内付清。"


@pytest.fixture
def mediator(demo):
    for svc in (demo.referrals, demo.work_orders, demo.cases, demo.case_work):
        svc.clock = lambda: datetime(2026, 11, 23, 12, 0)
    return demo.auth.login("sunli", "demo1234")


def accepted(demo, mediator):
    ref_id = demo.referrals.receive_referral(mediator, letter())
    case_id = demo.referrals.accept(mediator, ref_id)
    demo.referrals.start_mediation(mediator, ref_id)
    return ref_id, case_id


def test_receipt_states_the_acceptance(demo, mediator, tmp_path):
    ref_id = demo.referrals.receive_referral(mediator, letter())
    text = text_of(ld.referral_receipt(demo.documents, mediator, ref_id), tmp_path)
    assert "接收回执" in text and "经八路派出所" in text and "JQ20261120001" in text
    assert "2026年11月23日前审查决定是否受理" in text  # received Friday 20th: one working day
    demo.referrals.accept(mediator, ref_id)
    text = text_of(ld.referral_receipt(demo.documents, mediator, "JQ20261120001"), tmp_path)
    assert "已于2026年11月23日受理" in text and "(2026)金调字第001号" in text and "张三明、王芳" in text


def test_feedback_letter_carries_the_agreement(demo, mediator, tmp_path):
    ref_id, case_id = accepted(demo, mediator)
    with pytest.raises(ConflictError, match="present state"):
        ld.referral_feedback(demo.documents, mediator, ref_id)
    demo.case_work.record_oral_agreement(mediator, case_id, TERMS)
    demo.referrals.record_result(mediator, ref_id)
    doc = ld.referral_feedback(demo.documents, mediator, ref_id)
    text = text_of(doc, tmp_path)
    assert "调解结果反馈函" in text and "口头调解协议" in text and TERMS in text
    assert doc.doc_id.startswith("PF") and demo.documents.verify(mediator, doc.verification_code).kind == "referral-feedback"
    with pytest.raises(ConflictError):
        ld.referral_return(demo.documents, mediator, ref_id)  # a success is not returned to police


def test_failed_mediation_goes_back_to_police(demo, mediator, tmp_path):
    ref_id, case_id = accepted(demo, mediator)
    demo.case_work.terminate(mediator, case_id, "party_refused", ended_by="王芳")
    demo.referrals.record_result(mediator, ref_id)
    demo.referrals.send_feedback(mediator, ref_id)
    feedback = text_of(ld.referral_feedback(demo.documents, mediator, ref_id), tmp_path)
    assert "王芳拒绝接受调解" in feedback and "终止调解" in feedback and "退回你所依法处理" in feedback
    back = text_of(ld.referral_return(demo.documents, mediator, ref_id), tmp_path)
    assert "退回公安函" in back and "王芳拒绝接受调解" in back


def test_declined_referral_return_letter(demo, mediator, tmp_path):
    ref_id = demo.referrals.receive_referral(mediator, letter())
    demo.referrals.decline(mediator, ref_id, "该纠纷涉嫌故意伤害")
    text = text_of(ld.referral_return(demo.documents, mediator, ref_id), tmp_path)
    assert "该纠纷涉嫌故意伤害" in text and "不宜由人民调解委员会调解" in text


def test_transfer_letter_cites_article_25(demo, mediator, tmp_path):
    _, case_id = accepted(demo, mediator)
    out = demo.referrals.transfer_to_police(mediator, case_id, TransferInput(
        station="经八路派出所", reason="一方扬言报复，纠纷有激化为治安案件的可能。"))
    text = text_of(ld.police_transfer(demo.documents, mediator, out), tmp_path)
    assert "移送公安函" in text and "第二十五条" in text and "扬言报复" in text and "邻里纠纷" in text
    with pytest.raises(ConflictError):
        ld.police_transfer(demo.documents, mediator, demo.referrals.list(mediator, direction="inbound")[0].id)


def test_work_order_feedback_sheet(demo, mediator, tmp_path, db_path, capsys):
    order_id = demo.work_orders.receive_work_order(SYSTEM, WorkOrderInput(
        number="GD202611230001", source="hotline_12345", order_type="噪音扰民",
        description="市民反映夜间装修噪音扰民，请核实处理。", place="纬五路12号院",
        assigned_at=datetime(2026, 11, 23, 9, 30), limit_days=5))
    with pytest.raises(ConflictError, match="not been completed"):
        ld.work_order_feedback(demo.documents, mediator, order_id)
    demo.work_orders.sign(mediator, order_id)
    demo.work_orders.add_note(mediator, order_id, "已到现场核实", [("现场照片.jpg", b"jpeg")])
    demo.work_orders.complete(mediator, order_id, "已协调施工方停止夜间施工，反映人表示满意。")
    text = text_of(ld.work_order_feedback(demo.documents, mediator, "GD202611230001"), tmp_path)
    for words in ("工单办结反馈单", "12345热线", "噪音扰民", "已到现场核实", "签收", "按期办结", "反映人表示满意", "现场照片.jpg"):
        assert words in text
    out = tmp_path / "wo.pdf"
    assert main(["--db", str(db_path), "print", "work-order-feedback", "--id", "GD202611230001", "--out", str(out)]) == 0
    assert "反映人表示满意" in pdf_text(out)


def test_letters_need_the_view_permission(demo, mediator):
    ref_id = demo.referrals.receive_referral(mediator, letter())
    lawyer = demo.auth.login("wuhao", "demo1234")
    with pytest.raises(PermissionDenied):
        ld.referral_receipt(demo.documents, lawyer, ref_id)


def test_cli_kinds_cover_the_linkage_builders():
    from desk.services.legal_documents import LEGAL_BUILDERS

    assert set(PRINT_KINDS) == {"audit-report"} | set(cd.DOCUMENT_BUILDERS) | set(ld.LINKAGE_BUILDERS) | set(LEGAL_BUILDERS)

