"""Names of the codes of notary-agency intakes (states, the state of a material) in the UI language,
and the filters of the applications list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.notary_intakes import OPEN_STATES

CONTEXT = "NotaryLabels"
STATES = {
    "received": QT_TRANSLATE_NOOP("NotaryLabels", "Materials not checked"),
    "incomplete": QT_TRANSLATE_NOOP("NotaryLabels", "Materials incomplete"),
    "complete": QT_TRANSLATE_NOOP("NotaryLabels", "Ready to forward"),
    "forwarded": QT_TRANSLATE_NOOP("NotaryLabels", "Forwarded to the office"),
    "accepted": QT_TRANSLATE_NOOP("NotaryLabels", "Accepted by the office"),
    "issued": QT_TRANSLATE_NOOP("NotaryLabels", "Certificate issued"),
    "ready": QT_TRANSLATE_NOOP("NotaryLabels", "Ready for pickup"),
    "collected": QT_TRANSLATE_NOOP("NotaryLabels", "Collected"),
    "withdrawn": QT_TRANSLATE_NOOP("NotaryLabels", "Withdrawn"),
}
# The three answers of a checklist line: 缺 / 已收原件 / 已收复印件 (a copy kept, the original handed back).
MATERIAL_STATES = {
    "missing": QT_TRANSLATE_NOOP("NotaryLabels", "Missing"),
    "received": QT_TRANSLATE_NOOP("NotaryLabels", "Original"),
    "copied": QT_TRANSLATE_NOOP("NotaryLabels", "Copy"),
}
MATERIAL_TIPS = {
    "missing": QT_TRANSLATE_NOOP("NotaryLabels", "Not brought: the applicant must bring it later"),
    "received": QT_TRANSLATE_NOOP("NotaryLabels", "The original was received"),
    "copied": QT_TRANSLATE_NOOP("NotaryLabels", "A copy was kept and the original handed back"),
}
REQUIRED = {True: QT_TRANSLATE_NOOP("NotaryLabels", "required"), False: QT_TRANSLATE_NOOP("NotaryLabels", "optional")}
SEXES = {"M": QT_TRANSLATE_NOOP("NotaryLabels", "male"), "F": QT_TRANSLATE_NOOP("NotaryLabels", "female")}
# The list's state filter: (label, states; empty = every state).
FILTERS = (
    (QT_TRANSLATE_NOOP("NotaryLabels", "All open"), OPEN_STATES),
    (QT_TRANSLATE_NOOP("NotaryLabels", "Materials to complete"), ("received", "incomplete")),
    (QT_TRANSLATE_NOOP("NotaryLabels", "Ready to forward"), ("complete",)),
    (QT_TRANSLATE_NOOP("NotaryLabels", "At the notary office"), ("forwarded", "accepted", "issued")),
    (QT_TRANSLATE_NOOP("NotaryLabels", "Ready for pickup"), ("ready",)),
    (QT_TRANSLATE_NOOP("NotaryLabels", "Collected"), ("collected",)),
    (QT_TRANSLATE_NOOP("NotaryLabels", "Withdrawn"), ("withdrawn",)),
    (QT_TRANSLATE_NOOP("NotaryLabels", "All"), ()),
)
# Text colours: something is missing (calm red), waiting on the applicant to collect (green).
MISSING_COLOUR = QColor("#b71c1c")
READY_COLOUR = QColor("#2e7d32")
MUTED_COLOUR = QColor("#7b8794")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def name(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return tr(source) if source else code


def state_name(code: str) -> str:
    return name(STATES, code)


def material_state_name(code: str) -> str:
    return name(MATERIAL_STATES, code)


def required_name(required: bool) -> str:
    return tr(REQUIRED[bool(required)])


def sex_name(code: str) -> str:
    return name(SEXES, code)
