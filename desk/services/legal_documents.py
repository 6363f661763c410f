"""The printed documents of the notary-agency point and the legal consultation desk.

Notary (needs NOTARY_VIEW): the intake receipt (受理回执, any state but withdrawn), the batch's
hand-over list (转递清单) and the pickup notice (领取通知, only when the certificate is ready).
Consultation (needs CONSULT_VIEW): the registration form (登记表), the day list (台账, every lawyer's
consultations of a day) and the legal aid application form (法律援助申请表, pre-filled; it prints the
full ID number for the legal aid centre, so it also needs PERSONAL_DATA_UNMASK, and it is refused for
an anonymous consultation).

Like desk/services/linkage_documents.py each builder checks permission and state, freezes what it
prints into the print module's dataclass, registers it with ``DocumentService._issue`` (verification
code, audit) and renders it. The receipt and the forms the person takes home show ID numbers and
phones masked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import ConflictError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import DictionaryEntry
from desk.models.consultation import Consultation
from desk.models.mediation import MediationCase
from desk.models.notary import NotaryBatch, NotaryIntake
from desk.models.queue import QueueService, Ticket
from desk.services.documents import DocumentService, RenderedDocument
from desk.services.lookup import by_ref
from desk.services.notary_intakes import PRESENT, missing_required
from desk.services.permissions import Actor, Perm
from desk.services.settings import SettingsService
from desk.timeutil import to_local
from desk.validation import mask_id_number, mask_name, mask_phone, parse_date, parse_id_number

SEXES = {"M": "男", "F": "女"}
QUESTION_SHORT = 24  # characters of the question in the day list (two lines of its column)


# --- loading ------------------------------------------------------------------------------------

def _intake(s: Session, ref: str) -> NotaryIntake:
    return by_ref(s, NotaryIntake, ref, QT_TRANSLATE_NOOP("Errors", "This notary application no longer exists."))


def _consultation(s: Session, ref: str) -> Consultation:
    return by_ref(s, Consultation, ref, QT_TRANSLATE_NOOP("Errors", "This consultation no longer exists."))


def _hours(s: Session, word: str) -> str:
    """Office hours from the queue: the service named like ``word`` (公证代办), else the span of all."""
    services = list(s.scalars(select(QueueService).where(QueueService.active.is_(True))
                              .order_by(QueueService.sort_order, QueueService.id)))
    own = [q for q in services if word in q.name] or services
    if not own:
        return ""
    opens, closes = min(q.opens_at for q in own), max(q.closes_at for q in own)
    return f"工作日 {opens}—{closes}（法定节假日除外）"


def _center(documents: DocumentService, s: Session, word: str):
    from desk.print.notary_docs import CenterInfo

    p = documents.center.profile()
    return CenterInfo(p.name, p.address, p.phone, _hours(s, word))


def _categories(s: Session) -> dict[str, str]:
    return dict(s.execute(select(DictionaryEntry.code, DictionaryEntry.label).where(
        DictionaryEntry.kind == "consultation_category")).all())


def _issue_and_render(documents: DocumentService, actor: Actor, kind: str, number: str, data, entity: str,
                      entity_id: str, render) -> RenderedDocument:
    from desk.print.notary_docs import TITLES, document_content

    title = f"{TITLES[kind]} {number}"
    meta = documents._issue(actor, kind, title, document_content(kind, data), entity, entity_id, doc_number=number)
    return RenderedDocument(meta.doc_id, kind, title, meta.verification_code, render(data, meta))


# --- notary agency ---------------------------------------------------------------------------

def notary_receipt(documents: DocumentService, actor: Actor, ref: str) -> RenderedDocument:
    """公证代办受理回执 of an intake (by id or number): what was received, what is still missing."""
    from desk.print.notary_docs import ApplicantLine, NotaryReceiptData, render_notary_receipt

    actor.require(Perm.NOTARY_VIEW)
    settings = SettingsService(documents.db)
    office, keep = settings.get("notary.office_name"), settings.get("notary.pickup_keep_days")
    with documents.db.reader() as s:
        i = _intake(s, ref)
        if i.state == "withdrawn":
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Errors", "The application has been withdrawn: there is no receipt to print."))
        batch = s.get(NotaryBatch, i.batch_id) if i.batch_id else None
        data = NotaryReceiptData(
            center=_center(documents, s, "公证"), number=i.number, state=i.state, received_on=i.received_on,
            clerk=i.clerk_name,
            applicants=tuple(ApplicantLine(a.name, SEXES.get(a.sex, ""), mask_id_number(a.id_number),
                                           mask_phone(a.phone)) for a in i.applicants),
            matter=i.matter_name, purpose=i.purpose, use_country=i.use_country, copies=i.copies,
            received=tuple((m.name, m.status) for m in i.materials if m.status in PRESENT),
            missing=tuple(missing_required(i.materials)), missing_note=i.missing_note,
            office=batch.office if batch else office, expected_on=i.expected_on, forwarded_on=i.forwarded_on,
            ready_on=i.ready_on, keep_until=i.ready_on + timedelta(days=keep) if i.ready_on else None,
            collected_on=i.collected_on)
        intake_id = i.id
    return _issue_and_render(documents, actor, "notary-receipt", data.number, data, "notary_intake", intake_id,
                             render_notary_receipt)


def notary_transfer_list(documents: DocumentService, actor: Actor, ref: str) -> RenderedDocument:
    """公证申请转递清单 of a batch (by id or number): every intake handed to the office, both signatures."""
    from desk.print.notary_docs import TransferListData, TransferRow, render_transfer_list

    actor.require(Perm.NOTARY_VIEW)
    with documents.db.reader() as s:
        batch = by_ref(s, NotaryBatch, ref, QT_TRANSLATE_NOOP("Errors", "This batch no longer exists."))
        intakes = s.scalars(select(NotaryIntake).where(NotaryIntake.batch_id == batch.id)
                            .order_by(NotaryIntake.year, NotaryIntake.seq))
        data = TransferListData(
            center_name=documents.center.profile().name, number=batch.number, office=batch.office,
            forwarded_on=batch.forwarded_on, forwarded_by=batch.forwarded_by, received_by=batch.received_by,
            rows=tuple(TransferRow(i.number, "、".join(a.name for a in i.applicants), i.matter_name, i.copies,
                                   sum(1 for m in i.materials if m.status in PRESENT)) for i in intakes))
        batch_id = batch.id
    return _issue_and_render(documents, actor, "notary-transfer-list", data.number, data, "notary_batch", batch_id,
                             render_transfer_list)


def notary_pickup_notice(documents: DocumentService, actor: Actor, ref: str) -> RenderedDocument:
    """公证书领取通知 of an intake whose certificate is ready for pickup (by id or number)."""
    from desk.print.notary_docs import PickupNoticeData, render_pickup_notice

    actor.require(Perm.NOTARY_VIEW)
    settings = SettingsService(documents.db)
    office, keep = settings.get("notary.office_name"), settings.get("notary.pickup_keep_days")
    with documents.db.reader() as s:
        i = _intake(s, ref)
        if i.state != "ready" or i.ready_on is None:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Errors", "A pickup notice can be printed only when the certificate is ready for pickup."))
        batch = s.get(NotaryBatch, i.batch_id) if i.batch_id else None
        data = PickupNoticeData(
            center=_center(documents, s, "公证"), number=i.number, applicants=tuple(a.name for a in i.applicants),
            matter=i.matter_name, copies=i.copies, received_on=i.received_on,
            office=batch.office if batch else office,
            certificate_no=i.certificate_no, ready_on=i.ready_on, keep_until=i.ready_on + timedelta(days=keep),
            notice_on=i.ready_on)
        intake_id = i.id
    return _issue_and_render(documents, actor, "notary-pickup-notice", data.number, data, "notary_intake", intake_id,
                             render_pickup_notice)


# --- legal consultation ------------------------------------------------------------------------

def consultation_form(documents: DocumentService, actor: Actor, ref: str) -> RenderedDocument:
    """法律咨询登记表 of a consultation (by id or number); ID number and phone masked."""
    from desk.print.notary_docs import ConsultationFormData, render_consultation_form

    actor.require(Perm.CONSULT_VIEW)
    with documents.db.reader() as s:
        c = _consultation(s, ref)
        case = s.get(MediationCase, c.case_id) if c.case_id else None
        ticket = s.get(Ticket, c.ticket_id) if c.ticket_id else None
        data = ConsultationFormData(
            center_name=documents.center.profile().name, number=c.number, at=to_local(c.at), lawyer=c.lawyer_name,
            channel=c.channel, anonymous=c.anonymous, name=c.name, sex=SEXES.get(c.sex, ""),
            id_number=mask_id_number(c.id_number), phone=mask_phone(c.phone), address=c.address,
            category=_categories(s).get(c.category_code, c.category_code), question=c.question, advice=c.advice,
            minutes=c.minutes, referral=c.referral, referral_to=c.referral_to, referral_note=c.referral_note,
            case_number=case.number if case else "", ticket_number=ticket.number if ticket else "")
        consultation_id = c.id
    return _issue_and_render(documents, actor, "consultation-form", data.number, data, "consultation",
                             consultation_id, render_consultation_form)


def consultation_day_list(documents: DocumentService, actor: Actor, ref: str) -> RenderedDocument:
    """法律咨询台账 of a day ("YYYY-MM-DD"): every lawyer's consultations, names masked."""
    from desk.print.notary_docs import DayListData, DayRow, render_day_list

    actor.require(Perm.CONSULT_VIEW)
    day = parse_date(ref, "day")
    with documents.db.reader() as s:
        labels = _categories(s)
        items = s.scalars(select(Consultation).where(Consultation.day == day)
                          .order_by(Consultation.at, Consultation.seq))
        rows = tuple(DayRow(
            time=f"{to_local(c.at):%H:%M}", number=c.number,
            person="匿名" if c.anonymous or not c.name else mask_name(c.name), channel=c.channel,
            category=labels.get(c.category_code, c.category_code), question=_short(c.question), minutes=c.minutes,
            referral=c.referral, lawyer=c.lawyer_name) for c in items)
    data = DayListData(center_name=documents.center.profile().name, day=day, rows=rows)
    return _issue_and_render(documents, actor, "consultation-day-list", day.isoformat(), data, "consultation_day",
                             day.isoformat(), render_day_list)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUESTION_SHORT else flat[:QUESTION_SHORT - 1] + "…"


def legal_aid_application(documents: DocumentService, actor: Actor, ref: str) -> RenderedDocument:
    """法律援助申请表 pre-filled from a consultation (by id or number); refused for an anonymous one."""
    from desk.print.notary_docs import LegalAidData, render_legal_aid

    actor.require(Perm.CONSULT_VIEW)
    actor.require(Perm.PERSONAL_DATA_UNMASK)  # the form carries the full ID number
    with documents.db.reader() as s:
        c = _consultation(s, ref)
        if c.anonymous or not c.name:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Errors", "Legal aid needs to know who applies: this consultation is anonymous. Record the "
                "person's name and ID number first."))
        birth = None
        if c.id_number:
            try:
                birth = parse_id_number(c.id_number).birth_date
            except ValidationError:
                birth = None  # an old record with a bad number: leave the line blank
        data = LegalAidData(
            center_name=documents.center.profile().name, number=c.number, day=c.day, lawyer=c.lawyer_name,
            name=c.name, sex=SEXES.get(c.sex, ""), birth=birth, id_number=c.id_number, phone=c.phone,
            address=c.address, category=_categories(s).get(c.category_code, c.category_code), question=c.question,
            advice=c.advice, referral_to=c.referral_to if c.referral == "legal_aid" else "")
        consultation_id = c.id
    return _issue_and_render(documents, actor, "legal-aid-application", data.number, data, "consultation",
                             consultation_id, render_legal_aid)


LEGAL_BUILDERS: dict[str, Callable[[DocumentService, Actor, str], RenderedDocument]] = {
    "notary-receipt": notary_receipt,
    "notary-transfer-list": notary_transfer_list,
    "notary-pickup-notice": notary_pickup_notice,
    "consultation-form": consultation_form,
    "consultation-day-list": consultation_day_list,
    "legal-aid-application": legal_aid_application,
}
