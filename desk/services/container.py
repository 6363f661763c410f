"""All services over one open database: what the app, the CLI and the tests hold on to."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk.db import Database
from desk.services.accounts import AccountService
from desk.services.audit_log import AuditLogService
from desk.services.auth import AuthService
from desk.services.backups import BackupService
from desk.services.center import CenterService
from desk.services.consultations import ConsultationService
from desk.services.dashboard_figures import DashboardService
from desk.services.dictionaries import DictionaryService
from desk.services.documents import DocumentService
from desk.services.drafts import DraftService
from desk.services.grid import GridService
from desk.services.legal_figures import LegalFiguresService
from desk.services.legal_search import LegalSearchService
from desk.services.linkage_figures import LinkageFiguresService
from desk.services.mediation_cases import CaseService
from desk.services.mediation_deadlines import DeadlineService
from desk.services.mediation_work import CaseWorkService
from desk.services.monthly_report import MonthlyReportService
from desk.services.notary_catalogue import NotaryCatalogueService
from desk.services.notary_intakes import NotaryService
from desk.services.queue_appointments import AppointmentService
from desk.services.queue_config import QueueConfigService
from desk.services.queue_ratings import RatingService
from desk.services.queue_tickets import TicketService
from desk.services.referrals import ReferralService
from desk.services.settings import SettingsService
from desk.services.work_orders import WorkOrderService
from desk.services.workdays import CalendarService


@dataclass
class Services:
    db: Database
    settings: SettingsService = field(init=False)
    auth: AuthService = field(init=False)
    accounts: AccountService = field(init=False)
    center: CenterService = field(init=False)
    grid: GridService = field(init=False)
    dictionaries: DictionaryService = field(init=False)
    documents: DocumentService = field(init=False)
    audit_log: AuditLogService = field(init=False)
    queue_config: QueueConfigService = field(init=False)
    tickets: TicketService = field(init=False)
    appointments: AppointmentService = field(init=False)
    ratings: RatingService = field(init=False)
    cases: CaseService = field(init=False)
    case_work: CaseWorkService = field(init=False)
    drafts: DraftService = field(init=False)
    calendar: CalendarService = field(init=False)
    deadlines: DeadlineService = field(init=False)
    referrals: ReferralService = field(init=False)
    work_orders: WorkOrderService = field(init=False)
    linkage_figures: LinkageFiguresService = field(init=False)
    notary_catalogue: NotaryCatalogueService = field(init=False)
    notary: NotaryService = field(init=False)
    consultations: ConsultationService = field(init=False)
    legal_search: LegalSearchService = field(init=False)
    legal_figures: LegalFiguresService = field(init=False)
    dashboard: DashboardService = field(init=False)
    backups: BackupService = field(init=False)
    monthly_report: MonthlyReportService = field(init=False)

    def __post_init__(self) -> None:
        self.settings = SettingsService(self.db)
        self.auth = AuthService(self.db, self.settings)
        self.accounts = AccountService(self.db)
        self.center = CenterService(self.db)
        self.grid = GridService(self.db)
        self.dictionaries = DictionaryService(self.db)
        self.documents = DocumentService(self.db, self.center)
        self.audit_log = AuditLogService(self.db)
        self.queue_config = QueueConfigService(self.db)
        self.tickets = TicketService(self.db, self.settings)
        self.appointments = AppointmentService(self.tickets)
        self.calendar = CalendarService(self.db)
        self.ratings = RatingService(self.tickets, self.calendar)
        self.cases = CaseService(self.db, self.settings)
        self.case_work = CaseWorkService(self.db, self.settings)
        self.drafts = DraftService(self.db)
        self.deadlines = DeadlineService(self.db, self.settings)
        self.referrals = ReferralService(self.db, self.settings, self.calendar, self.cases)
        self.work_orders = WorkOrderService(self.db, self.settings, self.calendar, self.cases)
        self.linkage_figures = LinkageFiguresService(self.db, self.calendar)
        self.notary_catalogue = NotaryCatalogueService(self.db)
        self.notary = NotaryService(self.db, self.settings, self.calendar)
        self.consultations = ConsultationService(self.db, self.cases)
        self.legal_search = LegalSearchService(self.notary, self.consultations)
        self.legal_figures = LegalFiguresService(self.db)
        self.dashboard = DashboardService(self.db, self.tickets)
        self.backups = BackupService(self.db, self.settings)
        self.monthly_report = MonthlyReportService(self)  # reads self.dashboard when a report is built
