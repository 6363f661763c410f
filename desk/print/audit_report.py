"""审计日志报告 (audit trail report): the audit records of a period, printed for review and filing.

Built from plain data; the caller (a service) reads the audit log and checks its hash chain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.print.verification import content_hash, qr_payload, short_code

KIND = "audit_report"
TITLE = "审计日志报告"
CONTENT_VERSION = 1
HEADERS = ["序号", "时间", "操作人", "操作", "对象", "摘要"]
COL_WIDTHS = [11, 31, 20, 22, 26, 46]  # millimetres; scaled to the 156 mm text width


@dataclass(frozen=True)
class AuditReportRow:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    summary: str


@dataclass
class AuditReportData:
    center_name: str
    period_from: date
    period_to: date
    filters: str
    generated_by: str
    chain_ok: bool
    chain_message: str
    total: int
    rows: list[AuditReportRow] = field(default_factory=list)


def audit_report_content(data: AuditReportData) -> dict:
    """The canonical content of the report: what the verification hash and code are computed from."""
    return {
        "kind": KIND,
        "version": CONTENT_VERSION,
        "center_name": data.center_name,
        "period_from": data.period_from,
        "period_to": data.period_to,
        "filters": data.filters,
        "generated_by": data.generated_by,
        "chain_ok": bool(data.chain_ok),
        "chain_message": data.chain_message,
        "total": data.total,
        "rows": [[r.seq, r.at, r.actor, r.action, r.entity, r.summary] for r in data.rows],
    }


def audit_report_meta(data: AuditReportData, *, doc_id: str, issuer_name: str, generated_at: datetime,
                      doc_number: str | None = None):
    """A :class:`DocumentMeta` for ``data`` with its verification code and QR payload filled in."""
    from desk.print.layout import DocumentMeta

    code = short_code(doc_id, content_hash(audit_report_content(data)))
    return DocumentMeta(doc_id=doc_id, kind=KIND, title=TITLE, center_name=data.center_name,
                        issuer_name=issuer_name, verification_code=code,
                        qr_payload=qr_payload(doc_id, code), generated_at=generated_at,
                        doc_number=doc_number)


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _moment(t: datetime) -> str:
    return f"{_day(t)} {t:%H:%M}"


def _chain_text(data: AuditReportData) -> str:
    if data.chain_ok:
        return data.chain_message or "完整"
    return f"发现异常：{data.chain_message or '未说明'}"


def _count_text(data: AuditReportData) -> str:
    shown = len(data.rows)
    if shown == data.total:
        return f"{data.total} 条"
    return f"共 {data.total} 条，本报告列出 {shown} 条"


def render_audit_report(data: AuditReportData, meta) -> bytes:
    """The report as PDF bytes (``meta`` is a :class:`desk.print.layout.DocumentMeta`)."""
    from desk.print import layout as L

    summary = [
        ("中心", data.center_name),
        ("统计期间", f"{_day(data.period_from)} 至 {_day(data.period_to)}"),
        ("筛选条件", data.filters or "无"),
        ("生成人", data.generated_by),
        ("生成时间", _moment(meta.generated_at)),
        ("记录数", _count_text(data)),
        ("哈希链校验", _chain_text(data)),
    ]
    rows = [[str(r.seq), f"{r.at:%Y-%m-%d %H:%M:%S}", r.actor, r.action, r.entity, r.summary]
            for r in data.rows]
    closing = (
        "本报告根据系统审计日志自动生成，所列记录以系统中留存的审计日志为准。"
        "审计日志按哈希链逐条相连，任何记录被修改或删除均会在校验中显示为异常。"
        "本报告可凭文书编号和验证码（或扫描二维码）核验真伪。"
    )
    story = [
        L.title(TITLE),
        L.heading("一、基本情况"),
        L.key_value_table(summary),
        L.heading("二、日志明细"),
        L.data_table(HEADERS, rows, COL_WIDTHS),
        L.keep_together([  # the closing note stays with the reviewer's signature
            L.heading("三、说明"),
            L.paragraph(closing),
            L.signature_block(["审核人"], None, True, mark="签名"),
        ]),
    ]
    return L.build_pdf(meta, story)
