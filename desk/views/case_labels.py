"""Display names for mediation case codes (sources, party roles, statuses, party kinds)."""

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
