"""The printable statutory documents of a mediation case, besides the registration form: application,
investigation and session records, agreement, termination notice, follow-up record, and the case
file's cover and table of contents.

Each builder checks permissions, reads what it needs, freezes it into the print module's dataclass,
registers the document with ``DocumentService._issue`` (content hash, verification code, audit) and
renders it. Documents printing full ID numbers and phones (application, agreement) need
PERSONAL_DATA_UNMASK; the others print names only. Refusals (an agreement lacking an art. 29 item)
happen before anything is issued.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.accounts import User
from desk.models.center import DictionaryEntry
from desk.models.mediation import (
    CaseAddendum,
    CaseFollowUp,
    CaseOutcome,
    CaseParty,
    CaseRecord,
    MediationCase,
)
from desk.print.case_common import AGREEMENT_ITEMS, ROLES, SEXES, PartyInfo, cn_date, cn_datetime, split_names
from desk.services.documents import DocumentService, RenderedDocument, case_registration
from desk.services.lookup import by_ref
from desk.services.mediation_file import file_items
from desk.services.mediation_rules import PartyParticulars, agreement_gaps, party_gaps
from desk.services.permissions import Actor, Perm

ROLE_ORDER = ("applicant", "respondent", "third_party")
# what party_gaps() names, for the refusal message
PARTICULARS = {"name": "姓名或名称", "sex": "性别", "birth_date": "出生日期", "address": "住址",
               "legal_representative": "法定代表人"}


# --- loading ----------------------------------------------------------------------------------

def _case(s: Session, case_ref: str) -> MediationCase:
    """A case by id or number."""
    return by_ref(s, MediationCase, case_ref, QT_TRANSLATE_NOOP("Errors", "This case no longer exists."))


def _record(s: Session, record_id: str, kind: str) -> CaseRecord:
    record = s.get(CaseRecord, record_id)
    if record is None or record.kind != kind:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This record no longer exists."))
    return record


def _category(s: Session, case: MediationCase) -> str:
    """The dispute category as a cause: "邻里纠纷"."""
    label = s.scalar(select(DictionaryEntry.label).where(
        DictionaryEntry.kind == "dispute_category", DictionaryEntry.code == case.category_code)) or case.category_code
    return label if label.endswith("纠纷") else f"{label}纠纷"


def _mediator(s: Session, case: MediationCase) -> str:
    user = s.get(User, case.mediator_id) if case.mediator_id else None
    return user.full_name if user else ""


def _principals(case: MediationCase) -> list[CaseParty]:
    """The parties themselves (not agents): applicants, respondents, third parties, in case order."""
    parties = [p for p in case.parties if p.role != "agent"]
    return sorted(parties, key=lambda p: (ROLE_ORDER.index(p.role) if p.role in ROLE_ORDER else 9, p.position))


def _ordered(case: MediationCase) -> list[tuple[CaseParty, CaseParty | None]]:
    """(party, represented party) pairs: each party followed by its agents; stray agents last."""
    principals = _principals(case)
    agents = [p for p in case.parties if p.role == "agent"]
    out: list[tuple[CaseParty, CaseParty | None]] = []
    for p in principals:
        out.append((p, None))
        out += [(a, p) for a in agents if a.agent_for == p.position]
    placed = {id(a) for a, _ in out}
    return out + [(a, None) for a in agents if id(a) not in placed]


def _party_info(p: CaseParty, principal: CaseParty | None, full: bool) -> PartyInfo:
    """A party as printed; ``full`` puts in the personal particulars (ID numbers, phones)."""
    agent_for = f"{ROLES.get(principal.role, '')}{principal.name}" if principal else ""
    if not full:
        return PartyInfo(ROLES.get(p.role, p.role), p.kind, p.name, agent_for=agent_for)
    return PartyInfo(
        role=ROLES.get(p.role, p.role), kind=p.kind, name=p.name, sex=SEXES.get(p.sex, ""), birth=p.birth_date,
        ethnicity=p.ethnicity, id_number="" if p.kind == "org" else p.id_number, address=p.address, phone=p.phone,
        credit_code=p.credit_code if p.kind == "org" else "", legal_representative=p.legal_representative,
        agent_for=agent_for)


def _parties(case: MediationCase, full: bool) -> tuple[PartyInfo, ...]:
    return tuple(_party_info(p, principal, full) for p, principal in _ordered(case))


def _cause(case: MediationCase, category: str) -> str:
    """案由: "张三与李四邻里纠纷" (with "等" when a side has several parties)."""
    def side(role: str) -> str:
        names = [p.name for p in _principals(case) if p.role == role]
        return (names[0] + ("等" if len(names) > 1 else "")) if names else ""

    applicant, respondent = side("applicant"), side("respondent")
    return f"{applicant}与{respondent}{category}" if applicant and respondent else category


def _issue(documents: DocumentService, actor: Actor, kind: str, title: str, content: dict,
           case: MediationCase, render: Callable, data) -> RenderedDocument:
    meta = documents._issue(actor, kind, title, content, "mediation_case", case.id, doc_number=case.number)
    return RenderedDocument(meta.doc_id, meta.kind, meta.title, meta.verification_code, render(data, meta))


# --- the documents ----------------------------------------------------------------------------

def application(documents: DocumentService, actor: Actor, case_ref: str) -> RenderedDocument:
    """人民调解申请书 of a case (by id or number), with the parties' full particulars."""
    from desk.print.case_application import ApplicationData, application_content, render_application

    actor.require(Perm.MEDIATION_VIEW)
    actor.require(Perm.PERSONAL_DATA_UNMASK)
    with documents.db.reader() as s:
        case = _case(s, case_ref)
        data = ApplicationData(committee_name=documents.center.profile().committee_name, number=case.number,
                               category=_category(s, case), summary=case.summary, parties=_parties(case, True))
    return _issue(documents, actor, "case-application", f"人民调解申请书 {case.number}", application_content(data),
                  case, render_application, data)


def investigation_record(documents: DocumentService, actor: Actor, record_id: str) -> RenderedDocument:
    """调查记录 of one investigation (by record id)."""
    from desk.print.case_records import InvestigationData, investigation_content, render_investigation

    actor.require(Perm.MEDIATION_VIEW)
    with documents.db.reader() as s:
        record = _record(s, record_id, "investigation")
        case = s.get(MediationCase, record.case_id)
        data = InvestigationData(number=case.number, category=_category(s, case), starts_at=record.starts_at,
                                 place=record.place, investigators=record.staff, recorder=record.recorder,
                                 interviewees=record.attendees, content=record.content)
    return _issue(documents, actor, "investigation-record", f"调查记录 {case.number} {cn_datetime(record.starts_at)}",
                  investigation_content(data), case, render_investigation, data)


def session_record(documents: DocumentService, actor: Actor, record_id: str) -> RenderedDocument:
    """调解笔录 of one mediation session (by record id)."""
    from desk.print.case_records import SessionData, render_session, session_content

    actor.require(Perm.MEDIATION_VIEW)
    with documents.db.reader() as s:
        record = _record(s, record_id, "session")
        case = s.get(MediationCase, record.case_id)
        data = SessionData(number=case.number, category=_category(s, case), starts_at=record.starts_at,
                           place=record.place, mediators=record.staff, recorder=record.recorder,
                           attendees=record.attendees, public=record.public, content=record.content,
                           signers=tuple(split_names(record.signed_by) or split_names(record.attendees)))
    return _issue(documents, actor, "session-record", f"调解笔录 {case.number} {cn_datetime(record.starts_at)}",
                  session_content(data), case, render_session, data)


def _missing_items(case: MediationCase, outcome: CaseOutcome) -> list[tuple[str, str]]:
    """The art. 29 items the agreement lacks as (field, Chinese name), in the law's order; a party's
    missing particulars are named too."""
    principals = _principals(case)
    particulars = [PartyParticulars(p.kind, p.name, p.sex, p.birth_date, p.id_number, p.address,
                                    p.legal_representative) for p in principals]
    gaps = agreement_gaps(particulars, outcome.facts, outcome.disputed_matters, outcome.responsibility,
                          outcome.terms, outcome.performance_method, outcome.performance_due)
    items = []
    for gap in gaps:
        text = AGREEMENT_ITEMS.get(gap, gap)
        if gap == "parties":
            lacking = ["{}的{}".format(p.name or ROLES.get(p.role, ""), "、".join(PARTICULARS.get(f, f) for f in fields))
                       for p, q in zip(principals, particulars) if (fields := party_gaps(q))]
            if lacking:
                text += f"（{'；'.join(lacking)}）"
        items.append((gap, text))
    return items


def agreement(documents: DocumentService, actor: Actor, case_ref: str) -> RenderedDocument:
    """人民调解协议书 (art. 29), one full copy per party plus the committee's. Refused, with the
    missing items named, unless the outcome is a written agreement stating every art. 29 item."""
    from desk.print.case_agreement import AgreementData, agreement_content, render_agreement

    actor.require(Perm.MEDIATION_VIEW)
    actor.require(Perm.PERSONAL_DATA_UNMASK)
    with documents.db.reader() as s:
        case = _case(s, case_ref)
        outcome = s.get(CaseOutcome, case.id)
        if outcome is None or outcome.kind != "written":
            raise ValidationError("outcome", QT_TRANSLATE_NOOP("Errors", "This case has no written mediation agreement."))
        missing = _missing_items(case, outcome)
        if missing:
            # the field of the first gap, so a form can show the message under it
            raise ValidationError(missing[0][0], QT_TRANSLATE_NOOP(
                "Errors", "The agreement cannot be printed: {items} missing."), items="、".join(t for _, t in missing))
        sessions = s.scalars(select(CaseRecord).where(
            CaseRecord.case_id == case.id, CaseRecord.kind == "session", CaseRecord.state == "held",
        ).order_by(CaseRecord.starts_at)).all()
        mediators = split_names(" ".join([_mediator(s, case)] + [r.staff for r in sessions]))
        data = AgreementData(
            committee_name=documents.center.profile().committee_name, number=case.number,
            parties=_parties(case, True), facts=outcome.facts, disputed_matters=outcome.disputed_matters,
            responsibility=outcome.responsibility, terms=outcome.terms,
            performance_method=outcome.performance_method, performance_due=outcome.performance_due,
            mediators=tuple(mediators))
    return _issue(documents, actor, "agreement", f"人民调解协议书 {case.number}", agreement_content(data), case,
                  render_agreement, data)


def termination_notice(documents: DocumentService, actor: Actor, case_ref: str) -> RenderedDocument:
    """终止人民调解告知书 (art. 26) of a case whose mediation ended without agreement."""
    from desk.print.case_termination import TerminationData, render_termination, termination_content

    actor.require(Perm.MEDIATION_VIEW)
    with documents.db.reader() as s:
        case = _case(s, case_ref)
        outcome = s.get(CaseOutcome, case.id)
        if outcome is None or outcome.kind != "terminated":
            raise ValidationError("outcome", QT_TRANSLATE_NOOP("Errors", "Mediation of this case was not terminated."))
        data = TerminationData(
            committee_name=documents.center.profile().committee_name, number=case.number,
            category=_category(s, case),
            addressees=tuple(f"{ROLES.get(p.role, p.role)}{p.name}" for p in _principals(case)),
            received_on=case.received_on, reason=outcome.termination_reason, detail=outcome.termination_detail,
            ended_by=outcome.ended_by, ended_on=outcome.effective_on or case.closed_on)
    return _issue(documents, actor, "termination-notice", f"终止人民调解告知书 {case.number}",
                  termination_content(data), case, render_termination, data)


def follow_up_record(documents: DocumentService, actor: Actor, follow_up_id: int | str) -> RenderedDocument:
    """人民调解回访记录 of one follow-up (by id); one not yet made prints as a form to fill in."""
    from desk.print.case_follow_up import FollowUpData, follow_up_content, render_follow_up

    actor.require(Perm.MEDIATION_VIEW)
    with documents.db.reader() as s:
        follow_up = s.get(CaseFollowUp, int(follow_up_id)) if str(follow_up_id).strip().isdigit() else None
        if follow_up is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This follow-up no longer exists."))
        case = s.get(MediationCase, follow_up.case_id)
        outcome = s.get(CaseOutcome, case.id)
        data = FollowUpData(
            number=case.number, category=_category(s, case),
            parties="；".join(f"{ROLES.get(p.role, p.role)}{p.name}" for p in _principals(case)),
            outcome=outcome.kind if outcome else "", terms=outcome.terms if outcome else "",
            performance_due=outcome.performance_due if outcome else None, due_on=follow_up.due_on,
            done_on=follow_up.done_on, method=follow_up.method, performance=follow_up.performance,
            notes=follow_up.notes, visitor=follow_up.by_name)
    on = cn_date(follow_up.done_on or follow_up.due_on)
    return _issue(documents, actor, "follow-up-record", f"人民调解回访记录 {case.number} {on}",
                  follow_up_content(data), case, render_follow_up, data)


def file_cover(documents: DocumentService, actor: Actor, case_ref: str) -> RenderedDocument:
    """卷宗封面 of a case file."""
    from desk.print.case_file import CoverData, cover_content, render_cover

    actor.require(Perm.MEDIATION_VIEW)
    with documents.db.reader() as s:
        case = _case(s, case_ref)
        outcome = s.get(CaseOutcome, case.id)
        data = CoverData(
            committee_name=documents.center.profile().committee_name, number=case.number,
            cause=_cause(case, _category(s, case)), mediator=_mediator(s, case), received_on=case.received_on,
            closed_on=case.closed_on, outcome=outcome.kind if outcome else case.outcome,
            retention=case.retention, archived_by=case.archived_by, archived_on=case.archived_on)
    return _issue(documents, actor, "file-cover", f"人民调解卷宗封面 {case.number}", cover_content(data), case,
                  render_cover, data)


# repeated items are told apart by their order: 调解笔录（第2次）
_NUMBERED = ("investigation", "session", "follow_up")


def file_contents(documents: DocumentService, actor: Actor, case_ref: str) -> RenderedDocument:
    """卷内目录 of a case file: the items of ``file_items`` in binding order, missing ones marked "缺"."""
    from desk.print.case_file import ContentsData, ContentsRow, contents_content, render_contents

    actor.require(Perm.MEDIATION_VIEW)
    with documents.db.reader() as s:
        case = _case(s, case_ref)
        records = list(s.scalars(select(CaseRecord).where(CaseRecord.case_id == case.id)))
        outcome = s.get(CaseOutcome, case.id)
        follow_ups = list(s.scalars(select(CaseFollowUp).where(CaseFollowUp.case_id == case.id)))
        addenda = list(s.scalars(select(CaseAddendum).where(CaseAddendum.case_id == case.id)))
        items = file_items(case, records, outcome, follow_ups, addenda)
        counts = {code: sum(1 for i in items if i.code == code and i.present) for code in _NUMBERED}
        seen: dict[str, int] = {}
        rows = []
        for item in items:
            title = item.title
            if item.present and counts.get(item.code, 0) > 1:
                seen[item.code] = seen.get(item.code, 0) + 1
                title = f"{title}（第{seen[item.code]}次）"
            rows.append(ContentsRow(title, item.on, item.present))
        data = ContentsData(committee_name=documents.center.profile().committee_name, number=case.number,
                            cause=_cause(case, _category(s, case)), rows=tuple(rows))
    return _issue(documents, actor, "file-contents", f"卷内目录 {case.number}", contents_content(data), case,
                  render_contents, data)


# kind -> builder(documents, actor, ref); ref is the case id or number, or the record / follow-up id
DOCUMENT_BUILDERS: dict[str, Callable[[DocumentService, Actor, str], RenderedDocument]] = {
    "case-registration": case_registration,
    "case-application": application,
    "investigation-record": investigation_record,
    "session-record": session_record,
    "agreement": agreement,
    "termination-notice": termination_notice,
    "follow-up-record": follow_up_record,
    "file-cover": file_cover,
    "file-contents": file_contents,
}
