"""Display names for mediation case codes (sources, party roles, statuses, party kinds, and the codes of
working a case: records, outcomes, signing, follow-ups, the file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "CaseLabels"

SOURCE_NAMES = {
    "application": QT_TRANSLATE_NOOP("CaseLabels", "Application by a party"),
    "initiative": QT_TRANSLATE_NOOP("CaseLabels", "Mediation on the committee's initiative"),
    "police": QT_TRANSLATE_NOOP("CaseLabels", "Referred by the police"),
    "court": QT_TRANSLATE_NOOP("CaseLabels", "Entrusted by a court"),
    "government": QT_TRANSLATE_NOOP("CaseLabels", "Referred by a government department"),
    "work_order": QT_TRANSLATE_NOOP("CaseLabels", "Platform work order"),
}
ROLE_NAMES = {
    "applicant": QT_TRANSLATE_NOOP("CaseLabels", "Applicant"),
    "respondent": QT_TRANSLATE_NOOP("CaseLabels", "Respondent"),
    "third_party": QT_TRANSLATE_NOOP("CaseLabels", "Third party"),
    "agent": QT_TRANSLATE_NOOP("CaseLabels", "Agent"),
}
STATUS_NAMES = {
    "registered": QT_TRANSLATE_NOOP("CaseLabels", "Registered"),
    "investigating": QT_TRANSLATE_NOOP("CaseLabels", "Investigating"),
    "mediating": QT_TRANSLATE_NOOP("CaseLabels", "Mediating"),
    "agreed": QT_TRANSLATE_NOOP("CaseLabels", "Agreed"),
    "terminated": QT_TRANSLATE_NOOP("CaseLabels", "Terminated"),
    "archived": QT_TRANSLATE_NOOP("CaseLabels", "Archived"),
}
KIND_NAMES = {
    "person": QT_TRANSLATE_NOOP("CaseLabels", "Person"),
    "org": QT_TRANSLATE_NOOP("CaseLabels", "Organisation"),
}
MATCH_NAMES = {
    "id_number": QT_TRANSLATE_NOOP("CaseLabels", "ID number"),
    "phone": QT_TRANSLATE_NOOP("CaseLabels", "Phone"),
    "address": QT_TRANSLATE_NOOP("CaseLabels", "Address"),
}
SEX_NAMES = {
    "M": QT_TRANSLATE_NOOP("CaseLabels", "Male"),
    "F": QT_TRANSLATE_NOOP("CaseLabels", "Female"),
}
RECORD_KIND_NAMES = {
    "investigation": QT_TRANSLATE_NOOP("CaseLabels", "Investigation"),
    "session": QT_TRANSLATE_NOOP("CaseLabels", "Mediation session"),
}
RECORD_STATE_NAMES = {
    "scheduled": QT_TRANSLATE_NOOP("CaseLabels", "Planned"),
    "held": QT_TRANSLATE_NOOP("CaseLabels", "Held"),
}
OUTCOME_NAMES = {
    "written": QT_TRANSLATE_NOOP("CaseLabels", "Written agreement"),
    "oral": QT_TRANSLATE_NOOP("CaseLabels", "Oral agreement"),
    "terminated": QT_TRANSLATE_NOOP("CaseLabels", "Mediation ended without agreement"),
}
TERMINATION_NAMES = {
    "no_agreement": QT_TRANSLATE_NOOP("CaseLabels", "No agreement could be reached"),
    "party_refused": QT_TRANSLATE_NOOP("CaseLabels", "A party refused mediation (art. 17)"),
    "party_ended": QT_TRANSLATE_NOOP("CaseLabels", "A party ended mediation (art. 23)"),
    "other": QT_TRANSLATE_NOOP("CaseLabels", "Other reason"),
}
SIGN_MARK_NAMES = {
    "": QT_TRANSLATE_NOOP("CaseLabels", "Not signed"),
    "sign": QT_TRANSLATE_NOOP("CaseLabels", "Signed"),
    "seal": QT_TRANSLATE_NOOP("CaseLabels", "Sealed"),
    "thumb": QT_TRANSLATE_NOOP("CaseLabels", "Thumbprint"),
}
RETENTION_NAMES = {
    "permanent": QT_TRANSLATE_NOOP("CaseLabels", "Permanent"),
    "30y": QT_TRANSLATE_NOOP("CaseLabels", "30 years"),
    "10y": QT_TRANSLATE_NOOP("CaseLabels", "10 years"),
}
FOLLOW_UP_METHOD_NAMES = {
    "visit": QT_TRANSLATE_NOOP("CaseLabels", "Visit"),
    "phone": QT_TRANSLATE_NOOP("CaseLabels", "Phone call"),
    "other": QT_TRANSLATE_NOOP("CaseLabels", "Other"),
}
PERFORMANCE_NAMES = {
    "full": QT_TRANSLATE_NOOP("CaseLabels", "Fully performed"),
    "partial": QT_TRANSLATE_NOOP("CaseLabels", "Partly performed"),
    "none": QT_TRANSLATE_NOOP("CaseLabels", "Not performed"),
}
JUDICIAL_NAMES = {
    "": QT_TRANSLATE_NOOP("CaseLabels", "Nothing recorded yet"),
    "applied": QT_TRANSLATE_NOOP("CaseLabels", "Applied to the court"),
    "not_needed": QT_TRANSLATE_NOOP("CaseLabels", "Not needed"),
}
PARTICULAR_NAMES = {  # what desk.services.mediation_rules.party_gaps names
    "name": QT_TRANSLATE_NOOP("CaseLabels", "name"),
    "sex": QT_TRANSLATE_NOOP("CaseLabels", "sex"),
    "birth_date": QT_TRANSLATE_NOOP("CaseLabels", "date of birth"),
    "address": QT_TRANSLATE_NOOP("CaseLabels", "address"),
    "legal_representative": QT_TRANSLATE_NOOP("CaseLabels", "legal representative"),
}
DEADLINE_NAMES = {
    "session": QT_TRANSLATE_NOOP("CaseLabels", "planned session"),
    "investigation": QT_TRANSLATE_NOOP("CaseLabels", "planned investigation"),
    "follow_up": QT_TRANSLATE_NOOP("CaseLabels", "follow-up"),
    "judicial": QT_TRANSLATE_NOOP("CaseLabels", "judicial confirmation window"),
    "open_too_long": QT_TRANSLATE_NOOP("CaseLabels", "open too long"),
}


def _label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def source_name(code: str) -> str:
    return _label(SOURCE_NAMES, code)


def role_name(code: str) -> str:
    return _label(ROLE_NAMES, code)


def status_name(code: str) -> str:
    return _label(STATUS_NAMES, code)


def kind_name(code: str) -> str:
    return _label(KIND_NAMES, code)


def match_name(code: str) -> str:
    return _label(MATCH_NAMES, code)


def sex_name(code: str) -> str:
    return _label(SEX_NAMES, code)


def record_kind_name(code: str) -> str:
    return _label(RECORD_KIND_NAMES, code)


def record_state_name(code: str) -> str:
    return _label(RECORD_STATE_NAMES, code)


def outcome_name(code: str) -> str:
    return _label(OUTCOME_NAMES, code)


def termination_name(code: str) -> str:
    return _label(TERMINATION_NAMES, code)


def sign_mark_name(code: str) -> str:
    return _label(SIGN_MARK_NAMES, code)


def retention_name(code: str) -> str:
    return _label(RETENTION_NAMES, code)


def follow_up_method_name(code: str) -> str:
    return _label(FOLLOW_UP_METHOD_NAMES, code)


def performance_name(code: str) -> str:
    return _label(PERFORMANCE_NAMES, code)


def judicial_name(code: str) -> str:
    return _label(JUDICIAL_NAMES, code)


def particular_name(code: str) -> str:
    return _label(PARTICULAR_NAMES, code)


def deadline_name(code: str) -> str:
    return _label(DEADLINE_NAMES, code)


def agreement_item_name(code: str) -> str:
    """An art. 29 item of a written agreement (desk/services/mediation_rules.py)."""
    from desk.services.mediation_rules import AGREEMENT_ITEMS

    return _label(AGREEMENT_ITEMS, code)


def file_item_name(code: str) -> str:
    """An item of the case file (desk/services/mediation_file.py)."""
    from desk.services.mediation_file import ITEM_TITLES

    source = ITEM_TITLES.get(code)
    return QCoreApplication.translate(CONTEXT, source[1]) if source else code
