"""The printed documents of police–mediation linkage and work orders. Each builder checks the state
allows the letter, freezes what it prints (the linked case's outcome included), registers it with
``DocumentService._issue`` and renders it — like desk/services/case_documents.py."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from desk.errors import ConflictError, NotFound
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import DictionaryEntry, GridNode
from desk.models.linkage import PoliceReferral, WorkOrder, WorkOrderAttachment, WorkOrderNote
from desk.models.mediation import CaseOutcome, MediationCase
from desk.services.documents import DocumentService, RenderedDocument
from desk.services.lookup import by_ref
from desk.services.permissions import Actor, Perm
from desk.timeutil import to_local

# which states a letter may be printed in (inbound unless said otherwise)
LETTER_STATES = {
    "referral-receipt": ("received", "accepted", "declined", "mediating", "succeeded", "failed", "feedback_sent"),
    "referral-feedback": ("succeeded", "failed", "feedback_sent"),
    "referral-return": ("declined", "failed", "feedback_sent"),
    "police-transfer": ("transferred", "acknowledged", "concluded"),
}
NOTE_WORDS = {"sign": "签收", "return_request": "申请退单", "return_decision": "退单审核", "extension_request": "申请延期",
              "extension_decision": "延期审核", "completion": "办结"}
DECISIONS = {"granted": "同意", "refused": "不同意"}


def _referral_letter(kind: str) -> Callable[[DocumentService, Actor, str], RenderedDocument]:
    def build(documents: DocumentService, actor: Actor, ref: str) -> RenderedDocument:
        from desk.print.linkage_letters import TITLES, ReferralLetterData, letter_content, render_referral_letter

        actor.require(Perm.LINKAGE_VIEW)
        with documents.db.reader() as s:
            r = s.scalar(select(PoliceReferral).where((PoliceReferral.id == ref) | (PoliceReferral.incident_no == ref))
                         .order_by(PoliceReferral.created_at.desc()).limit(1))
            if r is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This referral no longer exists."))
            if r.state not in LETTER_STATES[kind] or (kind == "police-transfer") != (r.direction == "outbound"):
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This letter does not fit the referral's present state."))
            case = s.get(MediationCase, r.case_id) if r.case_id else None
            outcome = s.get(CaseOutcome, r.case_id) if r.case_id else None
            if kind == "referral-return" and r.state == "feedback_sent" and (outcome is None or outcome.kind != "terminated"):
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This letter does not fit the referral's present state."))
            category = s.scalar(select(DictionaryEntry.label).where(
                DictionaryEntry.kind == "dispute_category", DictionaryEntry.code == r.category_code)) or ""
            data = ReferralLetterData(
                kind=kind, committee_name=documents.center.profile().committee_name, station=r.station,
                officer=r.officer, officer_phone=r.officer_phone, incident_no=r.incident_no, referred_on=r.referred_on,
                received_on=r.received_on, parties=tuple(p.name for p in r.parties), summary=r.summary,
                police_opinion=r.police_opinion, state=r.state, ack_due=r.ack_due, feedback_due=r.feedback_due,
                case_number=case.number if case else "",
                category=category if category.endswith("纠纷") or not category else f"{category}纠纷",
                accepted_on=r.accepted_on, decline_reason=r.decline_reason,
                outcome=outcome.kind if outcome else "", outcome_on=outcome.effective_on if outcome else None,
                terms=outcome.terms if outcome else "",
                termination_reason=outcome.termination_reason if outcome else "",
                termination_detail=outcome.termination_detail if outcome else "",
                ended_by=outcome.ended_by if outcome else "", result_note=r.result_note)
            number = r.incident_no or data.case_number
        title = f"{TITLES[kind]} {number}".strip()
        meta = documents._issue(actor, kind, title, letter_content(data), "police_referral", r.id, doc_number=number)
        return RenderedDocument(meta.doc_id, kind, title, meta.verification_code, render_referral_letter(data, meta))
    build.__name__ = kind.replace("-", "_")
    return build


referral_receipt = _referral_letter("referral-receipt")
referral_feedback = _referral_letter("referral-feedback")
referral_return = _referral_letter("referral-return")
police_transfer = _referral_letter("police-transfer")


def work_order_feedback(documents: DocumentService, actor: Actor, ref: str) -> RenderedDocument:
    """工单办结反馈单 of a completed work order (by id or number)."""
    from desk.print.linkage_letters import TITLES, OrderFeedbackData, letter_content, render_order_feedback

    actor.require(Perm.LINKAGE_VIEW)
    with documents.db.reader() as s:
        o = by_ref(s, WorkOrder, ref, QT_TRANSLATE_NOOP("Errors", "This work order no longer exists."))
        if o.state != "completed":
            raise ConflictError(QT_TRANSLATE_NOOP("Errors", "The work order has not been completed yet."))
        grid = s.get(GridNode, o.grid_id) if o.grid_id else None
        case = s.get(MediationCase, o.linked_id) if o.linked_entity == "mediation_case" else None
        steps = tuple((f"{to_local(n.at):%Y-%m-%d %H:%M}", n.by_name, _step(n))
                      for n in s.scalars(select(WorkOrderNote).where(WorkOrderNote.order_id == o.id)
                                         .order_by(WorkOrderNote.at, WorkOrderNote.id)) if n.kind != "completion")
        files = tuple(s.scalars(select(WorkOrderAttachment.file_name).where(WorkOrderAttachment.order_id == o.id)
                                .order_by(WorkOrderAttachment.id)))
        data = OrderFeedbackData(
            center_name=documents.center.profile().name, number=o.number, source=o.source, order_type=o.order_type,
            description=o.description, place=o.place, grid=grid.name if grid else "", assigned_at=o.assigned_at,
            due_on=o.due_on, completed_on=o.completed_on, on_time=o.on_time, signed_by=o.signed_by, steps=steps,
            result=o.result, linked=case.number if case else "", attachments=files)
    title = f"{TITLES['work-order-feedback']} {o.number}"
    meta = documents._issue(actor, "work-order-feedback", title, letter_content(data), "work_order", o.id,
                            doc_number=o.number)
    return RenderedDocument(meta.doc_id, "work-order-feedback", title, meta.verification_code,
                            render_order_feedback(data, meta))


def _step(note: WorkOrderNote) -> str:
    word = NOTE_WORDS.get(note.kind, "")
    text = DECISIONS.get(note.text, note.text) if note.kind == "extension_decision" else note.text
    return "：".join(t for t in (word, text) if t)


LINKAGE_BUILDERS: dict[str, Callable[[DocumentService, Actor, str], RenderedDocument]] = {
    "referral-receipt": referral_receipt,
    "referral-feedback": referral_feedback,
    "referral-return": referral_return,
    "police-transfer": police_transfer,
    "work-order-feedback": work_order_feedback,
}
