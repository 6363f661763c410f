"""SQLAlchemy typed models. Importing this package registers every table on ``Base.metadata``."""

from desk.models.accounts import Role, User, UserRole
from desk.models.audit import AuditHead, AuditRecord
from desk.models.base import Base
from desk.models.calendar import CalendarDay
from desk.models.center import CenterProfile, DictionaryEntry, GridNode, Setting
from desk.models.consultation import Consultation
from desk.models.documents import IssuedDocument
from desk.models.drafts import FormDraft
from desk.models.linkage import PoliceReferral, ReferralParty, WorkOrder, WorkOrderAttachment, WorkOrderNote
from desk.models.mediation import (
    CaseAddendum,
    CaseFollowUp,
    CaseNumberCounter,
    CaseOutcome,
    CaseParty,
    CaseRecord,
    CaseSearchToken,
    MediationCase,
)
from desk.models.notary import (
    IntakeMaterial,
    NotaryApplicant,
    NotaryBatch,
    NotaryIntake,
    NotaryMaterial,
    NotaryMatter,
)
from desk.models.queue import (
    Appointment,
    QueueClock,
    QueueService,
    QueueWindow,
    Rating,
    Rectification,
    Ticket,
    TicketState,
)
from desk.models.stats import CaseDayCount, RatingDayCount, TicketDayCount
from desk.models.sync import SyncOutbox, SyncProblem, SyncRecord, SyncState

__all__ = [
    "AuditHead", "AuditRecord", "Base", "CalendarDay", "CenterProfile", "DictionaryEntry", "GridNode",
    "Appointment", "CaseAddendum", "CaseFollowUp", "CaseNumberCounter", "CaseOutcome", "CaseParty",
    "CaseRecord", "CaseSearchToken", "FormDraft", "IssuedDocument", "MediationCase", "QueueClock", "QueueService", "QueueWindow", "Rating", "Rectification",
    "Role", "Setting", "Ticket", "TicketState", "User", "UserRole",
    "PoliceReferral", "ReferralParty", "WorkOrder", "WorkOrderAttachment", "WorkOrderNote",
    "SyncOutbox", "SyncProblem", "SyncRecord", "SyncState", "Consultation", "IntakeMaterial", "NotaryApplicant",
    "NotaryBatch", "NotaryIntake", "NotaryMaterial", "NotaryMatter", "CaseDayCount", "TicketDayCount", "RatingDayCount",
]
