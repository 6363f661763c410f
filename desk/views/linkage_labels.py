"""Names of the codes of police referrals and work orders, and the deadline words and colours their
lists share. Colour is never the only cue: the words say how late or how near a deadline is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.linkage_deadlines import Due

CONTEXT = "LinkageLabels"
STATES = {
    "received": QT_TRANSLATE_NOOP("LinkageLabels", "Received"),
    "accepted": QT_TRANSLATE_NOOP("LinkageLabels", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("LinkageLabels", "Declined"),
    "mediating": QT_TRANSLATE_NOOP("LinkageLabels", "Mediating"),
    "succeeded": QT_TRANSLATE_NOOP("LinkageLabels", "Mediation succeeded"),
    "failed": QT_TRANSLATE_NOOP("LinkageLabels", "Failed, back to police"),
    "feedback_sent": QT_TRANSLATE_NOOP("LinkageLabels", "Feedback sent"),
    "transferred": QT_TRANSLATE_NOOP("LinkageLabels", "Transferred to police"),
    "acknowledged": QT_TRANSLATE_NOOP("LinkageLabels", "Acknowledged by police"),
    "concluded": QT_TRANSLATE_NOOP("LinkageLabels", "Concluded by police"),
    "assigned": QT_TRANSLATE_NOOP("LinkageLabels", "Assigned"),
    "signed": QT_TRANSLATE_NOOP("LinkageLabels", "Signed for"),
    "handling": QT_TRANSLATE_NOOP("LinkageLabels", "Handling"),
    "return_requested": QT_TRANSLATE_NOOP("LinkageLabels", "Return asked"),
    "returned": QT_TRANSLATE_NOOP("LinkageLabels", "Returned"),
    "completed": QT_TRANSLATE_NOOP("LinkageLabels", "Completed"),
}
DIRECTIONS = {"inbound": QT_TRANSLATE_NOOP("LinkageLabels", "From police"),
              "outbound": QT_TRANSLATE_NOOP("LinkageLabels", "To police (art. 25)")}
ORIGINS = {"platform": QT_TRANSLATE_NOOP("LinkageLabels", "Platform"),
           "paper": QT_TRANSLATE_NOOP("LinkageLabels", "Paper")}
SOURCES = {"hotline_12345": QT_TRANSLATE_NOOP("LinkageLabels", "12345 hotline"),
           "grid": QT_TRANSLATE_NOOP("LinkageLabels", "Grid report"),
           "police_110": QT_TRANSLATE_NOOP("LinkageLabels", "110 non-emergency"),
           "other": QT_TRANSLATE_NOOP("LinkageLabels", "Other")}
DUE_KINDS = {"accept": QT_TRANSLATE_NOOP("LinkageLabels", "Accept by"),
             "feedback": QT_TRANSLATE_NOOP("LinkageLabels", "Feedback by"),
             "police_ack": QT_TRANSLATE_NOOP("LinkageLabels", "Police receipt by"),
             "police_feedback": QT_TRANSLATE_NOOP("LinkageLabels", "Police result by"),
             "sign": QT_TRANSLATE_NOOP("LinkageLabels", "Sign by"),
             "complete": QT_TRANSLATE_NOOP("LinkageLabels", "Complete by")}
EXTENSIONS = {"requested": QT_TRANSLATE_NOOP("LinkageLabels", "extension asked"),
              "granted": QT_TRANSLATE_NOOP("LinkageLabels", "extended"),
              "refused": QT_TRANSLATE_NOOP("LinkageLabels", "extension refused")}
PARTY_ROLES = {"applicant": QT_TRANSLATE_NOOP("LinkageLabels", "Applicant"),
               "respondent": QT_TRANSLATE_NOOP("LinkageLabels", "Respondent"),
               "third_party": QT_TRANSLATE_NOOP("LinkageLabels", "Third party")}
# text, background: red / yellow, as in the platform's supervision
LEVEL_COLOURS = {"overdue": ("#b71c1c", "#fdecea"), "soon": ("#7a4b00", "#fff4ce")}


def name(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def due_text(due: Due | None) -> str:
    """「受理期限 11-23 · 已逾期 1 个工作日」, 「… · 今天到期」, 「… · 还有 2 个工作日」; "" without a deadline."""
    if due is None:
        return ""
    head = f"{name(DUE_KINDS, due.kind)} {due.on:%m-%d}"
    if due.level == "overdue":
        left = QCoreApplication.translate("LinkageLabels", "overdue by {n} working day(s)").format(
            n=max(1, -due.working_days))
    elif due.working_days == 0:
        left = QCoreApplication.translate("LinkageLabels", "due today")
    else:
        left = QCoreApplication.translate("LinkageLabels", "{n} working day(s) left").format(n=due.working_days)
    return f"{head} · {left}"


def level_foreground(due: Due | None) -> QColor | None:
    colours = LEVEL_COLOURS.get(due.level) if due else None
    return QColor(colours[0]) if colours else None


def level_background(due: Due | None) -> QBrush | None:
    colours = LEVEL_COLOURS.get(due.level) if due else None
    return QBrush(QColor(colours[1])) if colours else None
