"""Names of the codes of the consultation desk (channels, referrals), of the cross search's kinds, and
of what serving a queue ticket opens; the words the consultation screens share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "LegalLabels"
CHANNELS = {
    "walk_in": QT_TRANSLATE_NOOP("LegalLabels", "In person"),
    "phone": QT_TRANSLATE_NOOP("LegalLabels", "Phone"),
    "wechat": QT_TRANSLATE_NOOP("LegalLabels", "WeChat"),
}
REFERRALS = {
    "": QT_TRANSLATE_NOOP("LegalLabels", "No referral"),
    "legal_aid": QT_TRANSLATE_NOOP("LegalLabels", "Legal aid"),
    "mediation": QT_TRANSLATE_NOOP("LegalLabels", "People's mediation"),
    "litigation": QT_TRANSLATE_NOOP("LegalLabels", "Litigation"),
    "department": QT_TRANSLATE_NOOP("LegalLabels", "Another department"),
}
HIT_KINDS = {
    "consultation": QT_TRANSLATE_NOOP("LegalLabels", "Consultation"),
    "notary_intake": QT_TRANSLATE_NOOP("LegalLabels", "Notary application"),
}
# What serving a ticket of a queue service opens at the window (QueueService.handled_as).
HANDLED_AS = {
    "": QT_TRANSLATE_NOOP("LegalLabels", "Nothing"),
    "consultation": QT_TRANSLATE_NOOP("LegalLabels", "The consultation form"),
    "notary": QT_TRANSLATE_NOOP("LegalLabels", "The notary intake"),
}
SEXES = {"M": QT_TRANSLATE_NOOP("LegalLabels", "male"), "F": QT_TRANSLATE_NOOP("LegalLabels", "female")}
# A small badge for the attached queue ticket (set on the widget; the shared style sheet stays as it is).
TICKET_BADGE_STYLE = ("QLabel#ticketBadge { background: #e8f1fa; border: 1px solid #a9c9e8; border-radius: 4px;"
                      " padding: 3px 10px; color: #174a78; font-weight: bold; }")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def name(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return tr(source) if source is not None else code


def referral_text(referral: str, referral_to: str = "", case_number: str = "") -> str:
    """「法律援助」, 「其他部门 · 区人社局」, 「人民调解 · (2026)金调字第001号」; "" without a referral."""
    if not referral:
        return ""
    extra = case_number or referral_to
    return f"{name(REFERRALS, referral)} · {extra}" if extra else name(REFERRALS, referral)


def notary_state_name(code: str) -> str:
    """An intake state in words, as the notary screens say it."""
    from desk.views.notary_labels import state_name

    return state_name(code)
