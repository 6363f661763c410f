"""Who may do what: the signed-in actor, the permission list and the role matrix."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from desk.errors import PermissionDenied
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.accounts import Role


class Perm(str, enum.Enum):
    ACCOUNTS_MANAGE = "accounts.manage"
    CENTER_EDIT = "center.edit"
    DICTIONARIES_EDIT = "dictionaries.edit"
    SETTINGS_EDIT = "settings.edit"
    AUDIT_VIEW = "audit.view"
    AUDIT_EXPORT = "audit.export"
    DOCUMENTS_VERIFY = "documents.verify"
    PERSONAL_DATA_UNMASK = "personal_data.unmask"
    BACKUP = "backup"
    QUEUE_ISSUE = "queue.issue"
    QUEUE_CALL = "queue.call"
    QUEUE_CONFIGURE = "queue.configure"
    QUEUE_FIGURES = "queue.figures"
    QUEUE_RECTIFY = "queue.rectify"
    MEDIATION_VIEW = "mediation.view"
    MEDIATION_EDIT = "mediation.edit"
    LINKAGE_VIEW = "linkage.view"  # police referrals and work orders
    LINKAGE_RECEIVE = "linkage.receive"  # type in a referral or work order from the paper letter
    LINKAGE_EDIT = "linkage.edit"  # accept, handle, report back
    LINKAGE_SUPERVISE = "linkage.supervise"  # the head's supervision view and figures
    NOTARY_VIEW = "notary.view"
    NOTARY_EDIT = "notary.edit"  # take in, check materials, forward, record the office's steps
    NOTARY_CONFIGURE = "notary.configure"  # the matters catalogue
    CONSULT_VIEW = "consultation.view"
    CONSULT_EDIT = "consultation.edit"  # record and refer consultations
    STATS_VIEW = "stats.view"  # the dashboard and the monthly statistics report


# Later modules add their permissions here; the table-driven permission test reads this matrix.
ROLE_PERMISSIONS: dict[Role, frozenset[Perm]] = {
    Role.ADMIN: frozenset({
        Perm.ACCOUNTS_MANAGE, Perm.CENTER_EDIT, Perm.DICTIONARIES_EDIT, Perm.SETTINGS_EDIT,
        Perm.AUDIT_VIEW, Perm.AUDIT_EXPORT, Perm.DOCUMENTS_VERIFY, Perm.BACKUP, Perm.QUEUE_CONFIGURE,
        Perm.NOTARY_CONFIGURE,
    }),
    Role.HEAD: frozenset({
        Perm.AUDIT_VIEW, Perm.AUDIT_EXPORT, Perm.DOCUMENTS_VERIFY, Perm.PERSONAL_DATA_UNMASK,
        Perm.QUEUE_ISSUE, Perm.QUEUE_CONFIGURE, Perm.QUEUE_FIGURES, Perm.QUEUE_RECTIFY, Perm.MEDIATION_VIEW,
        Perm.LINKAGE_VIEW, Perm.LINKAGE_SUPERVISE, Perm.NOTARY_VIEW, Perm.NOTARY_CONFIGURE, Perm.CONSULT_VIEW,
        Perm.STATS_VIEW,
    }),
    # Mediators, lawyers and notary clerks sit at windows too: they call and serve tickets.
    Role.MEDIATOR: frozenset({Perm.DOCUMENTS_VERIFY, Perm.PERSONAL_DATA_UNMASK, Perm.QUEUE_CALL,
                              Perm.MEDIATION_VIEW, Perm.MEDIATION_EDIT,
                              Perm.LINKAGE_VIEW, Perm.LINKAGE_RECEIVE, Perm.LINKAGE_EDIT}),
    Role.LAWYER: frozenset({Perm.DOCUMENTS_VERIFY, Perm.PERSONAL_DATA_UNMASK, Perm.QUEUE_CALL,
                            Perm.CONSULT_VIEW, Perm.CONSULT_EDIT}),
    Role.NOTARY: frozenset({Perm.DOCUMENTS_VERIFY, Perm.PERSONAL_DATA_UNMASK, Perm.QUEUE_CALL,
                            Perm.NOTARY_VIEW, Perm.NOTARY_EDIT}),
    # The front desk takes paper letters and orders in; mediators sign for and handle them.
    Role.RECEPTION: frozenset({Perm.DOCUMENTS_VERIFY, Perm.QUEUE_ISSUE, Perm.QUEUE_CALL,
                               Perm.LINKAGE_VIEW, Perm.LINKAGE_RECEIVE}),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in user, or the system itself (first-run setup, sync, seeding)."""

    user_id: int | None
    username: str
    full_name: str
    roles: frozenset[Role] = field(default_factory=frozenset)

    @property
    def permissions(self) -> frozenset[Perm]:
        perms: set[Perm] = set()
        for role in self.roles:
            perms |= ROLE_PERMISSIONS[role]
        return frozenset(perms)

    def can(self, perm: Perm) -> bool:
        return perm in self.permissions

    def require(self, perm: Perm) -> None:
        if not self.can(perm):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Your account is not allowed to do this ({permission})."),
                permission=perm.value,
            )


SYSTEM = Actor(user_id=None, username="system", full_name="系统", roles=frozenset(Role))
# Headless administration commands run by whoever operates the machine.
CLI = Actor(user_id=None, username="cli", full_name="命令行", roles=frozenset(Role))
# The self-service kiosk in the hall: it only issues tickets and checks appointments in.
KIOSK = Actor(user_id=None, username="kiosk", full_name="自助取号机", roles=frozenset({Role.RECEPTION}))
