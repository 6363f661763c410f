"""Words for sync: record kinds, field names, the platform's refusal codes, values shown to a person,
and sync errors (including the one stored as the last error) in plain words."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.permissions import Actor, Perm
from desk.views.case_labels import ROLE_NAMES as CASE_ROLES
from desk.views.case_labels import STATUS_NAMES as CASE_STATUSES
from desk.views.linkage_labels import PARTY_ROLES, STATES

CONTEXT = "SyncLabels"
ENTITIES = {
    "mediation_case": QT_TRANSLATE_NOOP("SyncLabels", "Mediation case"),
    "police_referral": QT_TRANSLATE_NOOP("SyncLabels", "Police referral"),
    "work_order": QT_TRANSLATE_NOOP("SyncLabels", "Work order"),
}
KINDS = {
    "conflict": QT_TRANSLATE_NOOP("SyncLabels", "Changed on both sides"),
    "rejected": QT_TRANSLATE_NOOP("SyncLabels", "Refused by the platform"),
    "apply_failed": QT_TRANSLATE_NOOP("SyncLabels", "Could not be taken in"),
}
# Fields not named here show their raw name (a field the platform adds later still shows).
FIELDS = {
    "summary": QT_TRANSLATE_NOOP("SyncLabels", "Case summary"),
    "place": QT_TRANSLATE_NOOP("SyncLabels", "Place"),
    "parties": QT_TRANSLATE_NOOP("SyncLabels", "Parties"),
    "status": QT_TRANSLATE_NOOP("SyncLabels", "Status"),
    "state": QT_TRANSLATE_NOOP("SyncLabels", "Status"),
    "category_code": QT_TRANSLATE_NOOP("SyncLabels", "Dispute category"),
    "result": QT_TRANSLATE_NOOP("SyncLabels", "Result"),
    "result_note": QT_TRANSLATE_NOOP("SyncLabels", "Result"),
    "description": QT_TRANSLATE_NOOP("SyncLabels", "Description"),
    "number": QT_TRANSLATE_NOOP("SyncLabels", "Number"),
    "source": QT_TRANSLATE_NOOP("SyncLabels", "Source"),
    "grid_code": QT_TRANSLATE_NOOP("SyncLabels", "Grid area"),
    "amount_cents": QT_TRANSLATE_NOOP("SyncLabels", "Amount involved"),
    "people_count": QT_TRANSLATE_NOOP("SyncLabels", "People involved"),
    "mass_dispute": QT_TRANSLATE_NOOP("SyncLabels", "Mass dispute"),
    "escalation_risk": QT_TRANSLATE_NOOP("SyncLabels", "Risk of escalation"),
    "escalation_note": QT_TRANSLATE_NOOP("SyncLabels", "Escalation note"),
    "mediator": QT_TRANSLATE_NOOP("SyncLabels", "Mediator"),
    "received_on": QT_TRANSLATE_NOOP("SyncLabels", "Received on"),
    "outcome": QT_TRANSLATE_NOOP("SyncLabels", "Outcome"),
    "closed_on": QT_TRANSLATE_NOOP("SyncLabels", "Closed on"),
    "incident_no": QT_TRANSLATE_NOOP("SyncLabels", "Incident number"),
    "station": QT_TRANSLATE_NOOP("SyncLabels", "Police station"),
    "officer": QT_TRANSLATE_NOOP("SyncLabels", "Officer"),
    "officer_phone": QT_TRANSLATE_NOOP("SyncLabels", "Officer's phone"),
    "police_opinion": QT_TRANSLATE_NOOP("SyncLabels", "Police opinion"),
    "decline_reason": QT_TRANSLATE_NOOP("SyncLabels", "Reason for declining"),
    "order_type": QT_TRANSLATE_NOOP("SyncLabels", "Kind of matter"),
    "reporter": QT_TRANSLATE_NOOP("SyncLabels", "Reported by"),
    "reporter_phone": QT_TRANSLATE_NOOP("SyncLabels", "Reporter's phone"),
    "limit_days": QT_TRANSLATE_NOOP("SyncLabels", "Working days allowed"),
    "return_reason": QT_TRANSLATE_NOOP("SyncLabels", "Reason for return"),
    "extension_days": QT_TRANSLATE_NOOP("SyncLabels", "Extension (days)"),
    "extension_reason": QT_TRANSLATE_NOOP("SyncLabels", "Reason for extension"),
    "completed_on": QT_TRANSLATE_NOOP("SyncLabels", "Completed on"),
    "notes": QT_TRANSLATE_NOOP("SyncLabels", "Handling notes"),
}
CODES = {
    "illegal_transition": QT_TRANSLATE_NOOP("SyncLabels", "The platform does not allow this change of status."),
    "forbidden": QT_TRANSLATE_NOOP("SyncLabels", "This desk's roles may not change this record on the platform."),
    "invalid": QT_TRANSLATE_NOOP("SyncLabels", "The platform found the data incomplete or wrong."),
    "idempotency_mismatch": QT_TRANSLATE_NOOP("SyncLabels", "The platform had this change already with other content."),
    "deleted": QT_TRANSLATE_NOOP("SyncLabels", "The record was withdrawn on the platform."),
    "unknown_entity": QT_TRANSLATE_NOOP("SyncLabels", "The platform does not keep this kind of record."),
    "deleted_with_local_changes": QT_TRANSLATE_NOOP(
        "SyncLabels", "The platform withdrew this record while this desk still has changes to it."),
}
WORDS = {
    "empty": QT_TRANSLATE_NOOP("SyncLabels", "(empty)"),
    "amount": QT_TRANSLATE_NOOP("SyncLabels", "{amount} yuan"),
    "yes": QT_TRANSLATE_NOOP("SyncLabels", "Yes"),
    "no": QT_TRANSLATE_NOOP("SyncLabels", "No"),
}
EDIT_PERMS = {"mediation_case": Perm.MEDIATION_EDIT, "police_referral": Perm.LINKAGE_EDIT,
              "work_order": Perm.LINKAGE_EDIT}
OFFLINE_ERRORS = ("PlatformUnavailable",)


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _name(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return _tr(source) if source else code


def entity_name(entity: str) -> str:
    return _name(ENTITIES, entity)


def kind_name(kind: str) -> str:
    return _name(KINDS, kind)


def field_name(field: str) -> str:
    return _name(FIELDS, field) if field else ""


def record_text(entity: str, entity_id: str, title: str = "") -> str:
    """``调解案件 (2026)金调字第001号``: the kind in words and the record's number (a short id without one)."""
    return f"{entity_name(entity)} {title or entity_id[:8]}"


def code_text(code: str, detail: str = "") -> str:
    """A refusal code in words; an unknown one shows the detail (or the code)."""
    if code in CODES:
        return _tr(CODES[code])
    # a service's message (English source, context "Errors") reads well when it has no fields
    return QCoreApplication.translate("Errors", detail) if detail else code


def can_resolve(actor: Actor, entity: str) -> bool:
    """Whether ``actor`` may settle items of this record kind (they can edit such records)."""
    perm = EDIT_PERMS.get(entity)
    return perm is not None and actor.can(perm)


# --- values --------------------------------------------------------------------------------

def value_text(entity: str, field: str, value: object,
               category: Callable[[str], str] | None = None) -> str:
    """A field's value as a person reads it: states and roles in words, one line per party."""
    if value is None or value == "" or value == []:
        return _tr(WORDS["empty"])
    if field in ("status", "state") and isinstance(value, str):
        if entity == "mediation_case" and value in CASE_STATUSES:
            return QCoreApplication.translate("CaseLabels", CASE_STATUSES[value])
        if value in STATES:
            return QCoreApplication.translate("LinkageLabels", STATES[value])
        return value
    if field == "parties" and isinstance(value, list):
        return "\n".join(_party(p) for p in value) if value else _tr(WORDS["empty"])
    if field == "notes" and isinstance(value, list):
        return "\n".join(_note(n) for n in value)
    if field == "category_code" and isinstance(value, str) and category is not None:
        return category(value)
    if field == "amount_cents" and isinstance(value, int):
        return _tr(WORDS["amount"]).format(amount=f"{value / 100:,.2f}")
    if isinstance(value, bool):
        return _tr(WORDS["yes"] if value else WORDS["no"])
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, indent=1)
    return str(value).replace("T", " ", 1) if _looks_like_datetime(value) else str(value)


def short_value(entity: str, field: str, value: object, limit: int = 30) -> str:
    """The value on one line, cut to ``limit`` characters (for a table cell)."""
    text = " ; ".join(value_text(entity, field, value).splitlines())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _party(p: object) -> str:
    if not isinstance(p, dict):
        return str(p)
    role = p.get("role") or ""
    if role in CASE_ROLES:
        role = QCoreApplication.translate("CaseLabels", CASE_ROLES[role])
    elif role in PARTY_ROLES:
        role = QCoreApplication.translate("LinkageLabels", PARTY_ROLES[role])
    return " ".join(str(x) for x in (p.get("name") or "", role, p.get("phone") or "") if x)


def _note(n: object) -> str:
    if not isinstance(n, dict):
        return str(n)
    at = str(n.get("at") or "").replace("T", " ")[:16]
    return " ".join(x for x in (at, str(n.get("by_name") or ""), str(n.get("text") or "")) if x)


def _looks_like_datetime(value: object) -> bool:
    return isinstance(value, str) and len(value) >= 16 and value[4:5] == "-" and value[10:11] == "T"


# --- errors --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _error_classes() -> dict[str, type]:
    from desk.sync import credentials, lock  # noqa: F401 - their errors join the table
    from desk.sync.client import SyncError

    found: dict[str, type] = {}
    stack: list[type] = [SyncError]
    while stack:
        cls = stack.pop()
        found[cls.__name__] = cls
        stack.extend(cls.__subclasses__())
    return found


def error_message(exc: BaseException) -> str:
    """A sync error (or any other) in the UI language."""
    from desk.sync.client import SyncError
    from desk.views.messages import error_text

    if isinstance(exc, SyncError):
        return QCoreApplication.translate("Sync", exc.message)
    return error_text(exc)


def last_error_text(stored: str) -> str:
    """The engine's stored last error (``"ClassName: detail"``) in plain words."""
    if not stored:
        return ""
    name = stored.partition(":")[0].strip()
    cls = _error_classes().get(name)
    return QCoreApplication.translate("Sync", cls.message) if cls is not None else stored


def is_offline(stored: str) -> bool:
    """The last round failed only because the platform could not be reached."""
    return stored.partition(":")[0].strip() in OFFLINE_ERRORS
