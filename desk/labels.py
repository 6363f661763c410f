"""Names of codes (roles, audit actions, record kinds) as English source text for translation.

Kept free of Qt so services and documents can use them too: the UI translates them with Qt
(desk/views/labels.py); printed documents, which are always Chinese, use ``zh()``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.accounts import Role
from desk.resources import resource_path

ROLE_NAMES = {
    Role.RECEPTION: QT_TRANSLATE_NOOP("Roles", "Reception clerk"),
    Role.MEDIATOR: QT_TRANSLATE_NOOP("Roles", "Mediator"),
    Role.LAWYER: QT_TRANSLATE_NOOP("Roles", "Duty lawyer"),
    Role.NOTARY: QT_TRANSLATE_NOOP("Roles", "Notary clerk"),
    Role.HEAD: QT_TRANSLATE_NOOP("Roles", "Center head"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}
ROLE_ORDER = (Role.RECEPTION, Role.MEDIATOR, Role.LAWYER, Role.NOTARY, Role.HEAD, Role.ADMIN)

ACTION_NAMES = {
    "login.ok": QT_TRANSLATE_NOOP("Actions", "Signed in"),
    "login.failed": QT_TRANSLATE_NOOP("Actions", "Sign-in failed"),
    "login.refused": QT_TRANSLATE_NOOP("Actions", "Sign-in refused"),
    "unlock.ok": QT_TRANSLATE_NOOP("Actions", "Screen unlocked"),
    "unlock.failed": QT_TRANSLATE_NOOP("Actions", "Unlock failed"),
    "unlock.refused": QT_TRANSLATE_NOOP("Actions", "Unlock refused"),
    "logout": QT_TRANSLATE_NOOP("Actions", "Signed out"),
    "screen.lock": QT_TRANSLATE_NOOP("Actions", "Screen locked"),
    "user.create": QT_TRANSLATE_NOOP("Actions", "Account created"),
    "user.update": QT_TRANSLATE_NOOP("Actions", "Account changed"),
    "user.enable": QT_TRANSLATE_NOOP("Actions", "Account enabled"),
    "user.disable": QT_TRANSLATE_NOOP("Actions", "Account disabled"),
    "user.locked": QT_TRANSLATE_NOOP("Actions", "Account locked"),
    "user.unlock": QT_TRANSLATE_NOOP("Actions", "Account unlocked"),
    "user.password_reset": QT_TRANSLATE_NOOP("Actions", "Password reset"),
    "user.password_change": QT_TRANSLATE_NOOP("Actions", "Password changed"),
    "center.setup": QT_TRANSLATE_NOOP("Actions", "Center set up"),
    "center.update": QT_TRANSLATE_NOOP("Actions", "Center profile changed"),
    "grid.create": QT_TRANSLATE_NOOP("Actions", "Area added"),
    "grid.update": QT_TRANSLATE_NOOP("Actions", "Area changed"),
    "grid.replace": QT_TRANSLATE_NOOP("Actions", "Grid tree replaced"),
    "dictionary.create": QT_TRANSLATE_NOOP("Actions", "List entry added"),
    "dictionary.update": QT_TRANSLATE_NOOP("Actions", "List entry changed"),
    "dictionary.replace": QT_TRANSLATE_NOOP("Actions", "List replaced"),
    "setting.change": QT_TRANSLATE_NOOP("Actions", "Setting changed"),
    "document.issue": QT_TRANSLATE_NOOP("Actions", "Document issued"),
    "document.print": QT_TRANSLATE_NOOP("Actions", "Document printed"),
    "document.export": QT_TRANSLATE_NOOP("Actions", "Document exported"),
    "document.verify": QT_TRANSLATE_NOOP("Actions", "Document verified"),
    "database.backup": QT_TRANSLATE_NOOP("Actions", "Database backed up"),
    "database.restore": QT_TRANSLATE_NOOP("Actions", "Database restored"),
    "database.encrypt": QT_TRANSLATE_NOOP("Actions", "Database encrypted"),
    "audit.verify": QT_TRANSLATE_NOOP("Actions", "Audit chain checked"),
    "queue.service.create": QT_TRANSLATE_NOOP("Actions", "Queue service added"),
    "queue.service.update": QT_TRANSLATE_NOOP("Actions", "Queue service changed"),
    "queue.window.create": QT_TRANSLATE_NOOP("Actions", "Window added"),
    "queue.window.update": QT_TRANSLATE_NOOP("Actions", "Window changed"),
    "queue.window.pause": QT_TRANSLATE_NOOP("Actions", "Window paused"),
    "queue.window.resume": QT_TRANSLATE_NOOP("Actions", "Window resumed"),
    "queue.ticket.issue": QT_TRANSLATE_NOOP("Actions", "Ticket issued"),
    "queue.ticket.print": QT_TRANSLATE_NOOP("Actions", "Ticket printed"),
    "queue.ticket.print_failed": QT_TRANSLATE_NOOP("Actions", "Ticket printing failed"),
    "queue.ticket.call": QT_TRANSLATE_NOOP("Actions", "Ticket called"),
    "queue.ticket.call_number": QT_TRANSLATE_NOOP("Actions", "Ticket called by number"),
    "queue.ticket.recall": QT_TRANSLATE_NOOP("Actions", "Ticket called again"),
    "queue.ticket.start": QT_TRANSLATE_NOOP("Actions", "Service started"),
    "queue.ticket.finish": QT_TRANSLATE_NOOP("Actions", "Service finished"),
    "queue.ticket.no_show": QT_TRANSLATE_NOOP("Actions", "Marked no-show"),
    "queue.ticket.reinstate": QT_TRANSLATE_NOOP("Actions", "Back in the queue"),
    "queue.ticket.transfer": QT_TRANSLATE_NOOP("Actions", "Ticket transferred"),
    "queue.ticket.cancel": QT_TRANSLATE_NOOP("Actions", "Ticket cancelled"),
    "queue.appointment.book": QT_TRANSLATE_NOOP("Actions", "Appointment booked"),
    "queue.appointment.check_in": QT_TRANSLATE_NOOP("Actions", "Appointment checked in"),
    "queue.rating": QT_TRANSLATE_NOOP("Actions", "Service rated"),
    "queue.rectification.open": QT_TRANSLATE_NOOP("Actions", "Follow-up opened"),
    "queue.rectification.close": QT_TRANSLATE_NOOP("Actions", "Follow-up closed"),
    "mediation.case.register": QT_TRANSLATE_NOOP("Actions", "Case registered"),
    "mediation.case.update": QT_TRANSLATE_NOOP("Actions", "Case facts or parties corrected"),
    "mediation.case.view": QT_TRANSLATE_NOOP("Actions", "Case viewed"),
    "mediation.case.reveal": QT_TRANSLATE_NOOP("Actions", "Case viewed with full ID numbers and phones"),
    "calendar.set": QT_TRANSLATE_NOOP("Actions", "Calendar day set"),
    "calendar.clear": QT_TRANSLATE_NOOP("Actions", "Calendar day cleared"),
    "calendar.official": QT_TRANSLATE_NOOP("Actions", "Official holidays loaded"),
    "mediation.case.assign": QT_TRANSLATE_NOOP("Actions", "Mediator assigned"),
    "mediation.case.status": QT_TRANSLATE_NOOP("Actions", "Case status changed"),
    "mediation.case.terminate": QT_TRANSLATE_NOOP("Actions", "Mediation terminated"),
    "mediation.case.archive": QT_TRANSLATE_NOOP("Actions", "Case archived"),
    "mediation.case.addendum": QT_TRANSLATE_NOOP("Actions", "Addendum to an archived case"),
    "mediation.record.add": QT_TRANSLATE_NOOP("Actions", "Case record added"),
    "mediation.record.update": QT_TRANSLATE_NOOP("Actions", "Case record changed"),
    "mediation.record.cancel": QT_TRANSLATE_NOOP("Actions", "Planned session cancelled"),
    "mediation.agreement.save": QT_TRANSLATE_NOOP("Actions", "Agreement text saved"),
    "mediation.agreement.sign": QT_TRANSLATE_NOOP("Actions", "Agreement signatures recorded"),
    "mediation.agreement.oral": QT_TRANSLATE_NOOP("Actions", "Oral agreement recorded"),
    "mediation.judicial": QT_TRANSLATE_NOOP("Actions", "Judicial confirmation recorded"),
    "mediation.follow_up.schedule": QT_TRANSLATE_NOOP("Actions", "Follow-up scheduled"),
    "mediation.follow_up.record": QT_TRANSLATE_NOOP("Actions", "Follow-up recorded"),
    "linkage.referral.receive": QT_TRANSLATE_NOOP("Actions", "Police referral received"),
    "linkage.referral.adopt": QT_TRANSLATE_NOOP("Actions", "Paper referral matched with the platform"),
    "linkage.referral.accept": QT_TRANSLATE_NOOP("Actions", "Police referral accepted"),
    "linkage.referral.decline": QT_TRANSLATE_NOOP("Actions", "Police referral declined"),
    "linkage.referral.mediating": QT_TRANSLATE_NOOP("Actions", "Mediation of a referral started"),
    "linkage.referral.result": QT_TRANSLATE_NOOP("Actions", "Result of a referral recorded"),
    "linkage.referral.feedback": QT_TRANSLATE_NOOP("Actions", "Result sent to the police"),
    "linkage.referral.view": QT_TRANSLATE_NOOP("Actions", "Police referral viewed"),
    "linkage.transfer.create": QT_TRANSLATE_NOOP("Actions", "Case transferred to the police"),
    "linkage.transfer.acknowledged": QT_TRANSLATE_NOOP("Actions", "Transfer acknowledged by the police"),
    "linkage.transfer.concluded": QT_TRANSLATE_NOOP("Actions", "Police result of a transfer recorded"),
    "linkage.order.receive": QT_TRANSLATE_NOOP("Actions", "Work order received"),
    "linkage.order.adopt": QT_TRANSLATE_NOOP("Actions", "Paper work order matched with the platform"),
    "linkage.order.sign": QT_TRANSLATE_NOOP("Actions", "Work order signed for"),
    "linkage.order.note": QT_TRANSLATE_NOOP("Actions", "Work order handling noted"),
    "linkage.order.attach": QT_TRANSLATE_NOOP("Actions", "Attachment added to a work order"),
    "linkage.order.return_request": QT_TRANSLATE_NOOP("Actions", "Return of a work order asked"),
    "linkage.order.return_decision": QT_TRANSLATE_NOOP("Actions", "Return of a work order decided"),
    "linkage.order.extension_request": QT_TRANSLATE_NOOP("Actions", "Extension of a work order asked"),
    "linkage.order.extension_decision": QT_TRANSLATE_NOOP("Actions", "Extension of a work order decided"),
    "linkage.order.complete": QT_TRANSLATE_NOOP("Actions", "Work order completed"),
    "linkage.order.link": QT_TRANSLATE_NOOP("Actions", "Work order linked to a case"),
    "sync.enroll": QT_TRANSLATE_NOOP("Actions", "Desk enrolled with the platform"),
    "sync.dictionary": QT_TRANSLATE_NOOP("Actions", "Reference list updated from the platform"),
    "sync.attention.resolve": QT_TRANSLATE_NOOP("Actions", "Sync item settled"),
}

ENTITY_NAMES = {
    "user": QT_TRANSLATE_NOOP("Entities", "Accounts"),
    "center": QT_TRANSLATE_NOOP("Entities", "Center"),
    "grid": QT_TRANSLATE_NOOP("Entities", "Grid areas"),
    "dictionary": QT_TRANSLATE_NOOP("Entities", "Lists"),
    "setting": QT_TRANSLATE_NOOP("Entities", "Settings"),
    "document": QT_TRANSLATE_NOOP("Entities", "Documents"),
    "database": QT_TRANSLATE_NOOP("Entities", "Database"),
    "audit": QT_TRANSLATE_NOOP("Entities", "Audit trail"),
    "calendar": QT_TRANSLATE_NOOP("Entities", "Working-day calendar"),
    "ticket": QT_TRANSLATE_NOOP("Entities", "Queue tickets"),
    "queue_service": QT_TRANSLATE_NOOP("Entities", "Queue services"),
    "queue_window": QT_TRANSLATE_NOOP("Entities", "Windows"),
    "appointment": QT_TRANSLATE_NOOP("Entities", "Appointments"),
    "rectification": QT_TRANSLATE_NOOP("Entities", "Rating follow-ups"),
    "mediation_case": QT_TRANSLATE_NOOP("Entities", "Mediation cases"),
    "police_referral": QT_TRANSLATE_NOOP("Entities", "Police referrals"),
    "work_order": QT_TRANSLATE_NOOP("Entities", "Work orders"),
}


@lru_cache(maxsize=1)
def _zh_table() -> dict[tuple[str, str], str]:
    root = ET.parse(resource_path("translations/desk_zh_CN.ts")).getroot()
    table = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            text = message.findtext("translation")
            if text:
                table[(name, message.findtext("source"))] = text
    return table


def zh(context: str, source: str) -> str:
    """The Chinese translation of ``source`` (for printed documents), or the source itself."""
    return _zh_table().get((context, source), source)


def zh_action(action: str) -> str:
    source = ACTION_NAMES.get(action)
    return zh("Actions", source) if source else action


def zh_entity(entity: str) -> str:
    source = ENTITY_NAMES.get(entity)
    return zh("Entities", source) if source else entity
