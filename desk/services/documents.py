"""Issuing documents: register each with its content hash and verification code, audit every
print and export, and look a printed copy up again by its code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from desk.db import Database
from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.labels import zh, zh_action, zh_entity
from desk.models.documents import IssuedDocument
from desk.services import audit
from desk.services.center import CenterService
from desk.services.lookup import by_ref
from desk.services.permissions import Actor, Perm
from desk.services.uow import UnitOfWork
from desk.timeutil import fmt_local, local_to_utc, to_local, utcnow

MAX_REPORT_ROWS = 20_000
KIND_PREFIX = {
    "audit-report": "AR", "case-registration": "MR",
    # the other documents of a mediation case (desk/services/case_documents.py)
    "case-application": "MA", "investigation-record": "MI", "session-record": "MS", "agreement": "MX",
    "termination-notice": "MT", "follow-up-record": "MF", "file-cover": "MC", "file-contents": "ML",
    # police–mediation linkage and work orders (desk/services/linkage_documents.py)
    "referral-receipt": "PR", "referral-feedback": "PF", "referral-return": "PB", "police-transfer": "PT",
    "work-order-feedback": "WF",
    # notary agency and legal consultation (desk/services/legal_documents.py)
    "notary-receipt": "NR", "notary-transfer-list": "NT", "notary-pickup-notice": "NP",
    "consultation-form": "CF", "consultation-day-list": "CD", "legal-aid-application": "LA",
    # the monthly statistics report (desk/services/monthly_report.py): PDF and workbook
    "monthly-report": "SR", "monthly-workbook": "SX",
}


@dataclass(frozen=True)
class RenderedDocument:
    doc_id: str
    kind: str
    title: str
    verification_code: str
    pdf: bytes


@dataclass(frozen=True)
class IssuedInfo:
    id: str
    kind: str
    title: str
    issued_at: datetime
    issued_by_name: str
    verification_code: str
    content_hash: str


class DocumentService:
    def __init__(self, db: Database, center: CenterService) -> None:
        self.db = db
        self.center = center

    # --- issuing ---------------------------------------------------------------------------
    def _issue(self, actor: Actor, kind: str, title: str, content: dict, entity: str = "",
               entity_id: str = "", doc_number: str | None = None):
        """Register a document and return its meta; rendering happens after the commit."""
        from desk.print.layout import DocumentMeta
        from desk.print.verification import content_hash, qr_payload, short_code

        digest = content_hash(content)
        profile = self.center.profile()
        with UnitOfWork(self.db, actor) as uow:
            now = utcnow()
            prefix = f"{KIND_PREFIX.get(kind, 'DOC')}{to_local(now):%Y%m%d}-"
            n = uow.session.scalar(
                select(func.count()).select_from(IssuedDocument).where(IssuedDocument.id.startswith(prefix))
            ) or 0
            doc_id = f"{prefix}{n + 1:04d}"
            code = short_code(doc_id, digest)
            uow.session.add(IssuedDocument(
                id=doc_id, kind=kind, title=title, entity=entity, entity_id=entity_id, content_hash=digest,
                verification_code=code, issued_at=now, issued_by_id=actor.user_id, issued_by_name=actor.full_name,
            ))
            uow.audit("document.issue", "document", doc_id, summary=f"{kind}: {title}")
        return DocumentMeta(
            doc_id=doc_id, kind=kind, title=title, center_name=profile.name, issuer_name=profile.name,
            verification_code=code, qr_payload=qr_payload(doc_id, code), generated_at=to_local(now),
            doc_number=doc_number,
        )

    def record_output(self, actor: Actor, doc_id: str, channel: str, target: str) -> None:
        """Audit that a document was printed ("print") or saved/exported ("export")."""
        with UnitOfWork(self.db, actor) as uow:
            uow.audit(f"document.{channel}", "document", doc_id, summary=target[:200])

    def verify(self, actor: Actor, code: str) -> IssuedInfo | None:
        """Find the issued document a printed code (short code, document id or QR text) belongs to."""
        actor.require(Perm.DOCUMENTS_VERIFY)
        text = code.strip().upper()
        if text.startswith("DESK-VERIFY:"):
            parts = text.split(":")
            text = parts[2] if len(parts) >= 3 else ""
        if len(text) == 8 and "-" not in text:
            text = f"{text[:4]}-{text[4:]}"
        with UnitOfWork(self.db, actor) as uow:
            doc = uow.session.scalar(select(IssuedDocument).where(
                (IssuedDocument.verification_code == text) | (IssuedDocument.id == text)))
            uow.audit("document.verify", "document", doc.id if doc else "", summary=f"code {text[:20]}: "
                      + ("found" if doc else "not found"))
            if doc is None:
                return None
            return IssuedInfo(doc.id, doc.kind, doc.title, doc.issued_at, doc.issued_by_name,
                              doc.verification_code, doc.content_hash)

    # --- the audit report -----------------------------------------------------------------
    def audit_report(self, actor: Actor, period_from: date, period_to: date,
                     actor_id: int | None = None, filters_text: str = "") -> RenderedDocument:
        actor.require(Perm.AUDIT_EXPORT)
        if period_to < period_from:
            raise ValidationError("period_to", QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."))
        from desk.print.audit_report import (
            AuditReportData,
            AuditReportRow,
            audit_report_content,
            render_audit_report,
        )

        query = audit.AuditQuery(
            actor_id=actor_id,
            date_from=local_to_utc(datetime.combine(period_from, time.min)),
            date_to=local_to_utc(datetime.combine(period_to + timedelta(days=1), time.min)),
        )
        with self.db.reader() as s:
            total = audit.count(s, query)
            if total > MAX_REPORT_ROWS:
                raise ValidationError("period_from", QT_TRANSLATE_NOOP(
                    "Errors", "{total} records are too many for one report (at most {limit}); choose a shorter period."),
                    total=total, limit=MAX_REPORT_ROWS)
            records = list(reversed(audit.page(s, query, 0, MAX_REPORT_ROWS)))
            chain = audit.verify_chain(s)
        rows = [AuditReportRow(seq=i, at=to_local(r.at), actor=r.actor_name, action=zh_action(r.action),
                               entity=f"{zh_entity(r.entity)} {r.entity_id}".strip(), summary=r.summary)
                for i, r in enumerate(records, 1)]
        data = AuditReportData(
            center_name=self.center.profile().name, period_from=period_from, period_to=period_to,
            filters=filters_text or "全部", generated_by=actor.full_name, chain_ok=chain.ok,
            chain_message=chain.text(zh), total=total, rows=rows,
        )
        title = f"审计日志报告（{period_from:%Y-%m-%d} 至 {period_to:%Y-%m-%d}）"
        meta = self._issue(actor, "audit-report", title, audit_report_content(data))
        pdf = render_audit_report(data, meta)
        return RenderedDocument(meta.doc_id, meta.kind, title, meta.verification_code, pdf)


def describe(info: IssuedInfo) -> str:
    return f"{info.id} {info.title} {fmt_local(info.issued_at)} {info.issued_by_name}"


def case_registration(documents: DocumentService, actor: Actor, case_ref: str) -> RenderedDocument:
    """人民调解受理登记表 of a case (by id or number). It prints full ID numbers and phones, as the
    committee's file copy must, so it needs a role that may see them; printing it is audited."""
    from desk.models.accounts import User
    from desk.models.mediation import MediationCase
    from desk.print.case_common import ROLES, SEXES, SOURCES
    from desk.print.case_registration import (
        CaseRegistrationData,
        RegistrationParty,
        registration_content,
        render_case_registration,
    )
    from desk.services.mediation_detail import case_detail

    actor.require(Perm.MEDIATION_VIEW)
    actor.require(Perm.PERSONAL_DATA_UNMASK)
    with documents.db.reader() as s:
        case = by_ref(s, MediationCase, case_ref, QT_TRANSLATE_NOOP("Errors", "This case no longer exists."))
        mediator = s.get(User, case.mediator_id).full_name if case.mediator_id else ""
    detail = case_detail(documents.db, actor, case.id, reveal=True)
    data = CaseRegistrationData(
        committee_name=documents.center.profile().committee_name, number=detail.number,
        received_on=detail.received_on, source=SOURCES.get(detail.source, detail.source),
        category=detail.category,
        place=" ".join(x for x in (detail.grid, detail.place) if x),
        amount=f"{detail.amount_cents / 100:,.2f} 元" if detail.amount_cents else "无",
        people_count=detail.people_count,
        risk=("群体性纠纷；" if detail.mass_dispute else "") + (f"有激化风险：{detail.escalation_note}" if detail.escalation_risk else ""),
        summary=detail.summary, mediator=mediator,
        parties=[RegistrationParty(ROLES.get(p.role, p.role), p.name, SEXES.get(p.sex, ""), p.ethnicity,
                                   p.birth_date.isoformat() if p.birth_date else "", p.id_number, p.phone, p.address)
                 for p in detail.parties])
    meta = documents._issue(actor, "case-registration", f"人民调解受理登记表 {detail.number}",
                            registration_content(data), "mediation_case", case.id, doc_number=detail.number)
    pdf = render_case_registration(data, meta)
    return RenderedDocument(meta.doc_id, meta.kind, meta.title, meta.verification_code, pdf)
