"""The monthly statistics report (issue #9): people's mediation by dispute category, police referrals
and work orders, notary intakes and consultations, the queue by service and the visitors' ratings of
one month, as a PDF on the printing framework and as an Excel workbook holding the same numbers.

``build`` gathers the figures into a frozen :class:`MonthlyReport`; ``pdf`` / ``document`` /
``save_pdf`` and ``workbook`` register the output as an issued document (content hash, verification
code) and record every export in the audit trail. The report holds no personal data.
"""

from __future__ import annotations

import calendar
import contextlib
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from desk.errors import DeskError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import CenterProfile, GridNode
from desk.models.consultation import Consultation
from desk.models.linkage import PoliceReferral, WorkOrder
from desk.models.mediation import MediationCase
from desk.models.notary import NotaryIntake
from desk.models.queue import Ticket
from desk.services.dashboard_types import DashboardFilter, MediationMonth, Satisfaction, ServicePeriod
from desk.services.documents import RenderedDocument
from desk.services.legal_figures import LegalFigures
from desk.services.linkage_figures import LinkageFigures
from desk.services.permissions import Actor, Perm
from desk.timeutil import to_local, utcnow

if TYPE_CHECKING:
    from desk.services.container import Services


@dataclass(frozen=True)
class MonthlyReport:
    center_name: str
    year: int
    month: int
    start: date  # the 1st of the month
    end: date  # its last day, or today for the current month
    to_date: bool  # the current month, counted up to today
    grid_id: int | None  # the mediation figures' grid node (and below); None = the whole center
    grid_name: str
    mediation: MediationMonth
    services: tuple[ServicePeriod, ...]  # the queue by service
    linkage: LinkageFigures | None  # None when the actor may not see them
    legal: LegalFigures | None
    satisfaction: Satisfaction
    generated_at: datetime  # local
    generated_by: str

    @property
    def label(self) -> str:
        """"2026-10", for file names and audit summaries."""
        return f"{self.year:04d}-{self.month:02d}"


class MonthlyReportService:
    """Takes the whole container: the mediation, queue and rating figures come from the dashboard service
    (``services.dashboard``, the same numbers the dashboard shows), looked up when a report is built."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.db = services.db

    # --- figures ---------------------------------------------------------------------------
    def first_day(self) -> date:
        """The day the center's records begin: the profile's creation, or an older record (a center
        that brought its history along, demo history)."""
        with self.db.reader() as s:
            profile = s.get(CenterProfile, 1)
            days = [to_local(profile.created_at).date()] if profile is not None and profile.created_at else []
            for column in (MediationCase.received_on, Ticket.day, PoliceReferral.received_on, WorkOrder.assigned_on,
                           NotaryIntake.received_on, Consultation.day):
                day = s.scalar(select(func.min(column)))
                if day is not None:
                    days.append(day)
        return min(days) if days else self.services.tickets.today()

    def period(self, year: int, month: int) -> tuple[date, date, bool]:
        """(start, end, to_date) of a month the report may cover; a future month or one before the
        center's records begin is refused."""
        if not (1 <= month <= 12 and 2000 <= year <= 2999):
            raise ValidationError("month", QT_TRANSLATE_NOOP("Errors", "Choose a month as YYYY-MM."))
        start = date(year, month, 1)
        end = date(year, month, calendar.monthrange(year, month)[1])
        today = self.services.tickets.today()
        if start > today:
            raise ValidationError("month", QT_TRANSLATE_NOOP(
                "Errors", "{month} has not begun yet: a report covers a past month, or the current month up to "
                          "today."), month=f"{year:04d}-{month:02d}")
        first = self.first_day()
        if end < first:
            raise ValidationError("month", QT_TRANSLATE_NOOP(
                "Errors", "{month} is before this center's records begin ({first}): choose {earliest} or a later "
                          "month."), month=f"{year:04d}-{month:02d}", first=first.isoformat(),
                earliest=f"{first.year:04d}-{first.month:02d}")
        return start, min(end, today), end > today

    def satisfaction(self, actor: Actor, start: date, end: date) -> Satisfaction:
        """The visitors' ratings of the period by level, as the dashboard counts them."""
        flt = DashboardFilter(start, end, None, "month")
        return self.services.dashboard.figures(actor, flt).satisfaction

    def build(self, actor: Actor, year: int, month: int, grid_id: int | None = None) -> MonthlyReport:
        actor.require(Perm.STATS_VIEW)
        start, end, to_date = self.period(year, month)
        grid_name = ""
        if grid_id is not None:
            with self.db.reader() as s:
                node = s.get(GridNode, grid_id)
                if node is None:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "This area no longer exists."))
                grid_name = node.name
        svc = self.services
        figures = svc.dashboard
        mediation = figures.mediation_month(actor, start, end, grid_id)
        queue = tuple(figures.queue_period(actor, start, end))
        linkage = svc.linkage_figures.figures(actor, start, end) if (
            actor.can(Perm.LINKAGE_SUPERVISE) or actor.can(Perm.LINKAGE_VIEW)) else None
        legal = svc.legal_figures.figures(actor, start, end) if (
            actor.can(Perm.NOTARY_VIEW) or actor.can(Perm.CONSULT_VIEW)) else None
        return MonthlyReport(
            center_name=svc.center.profile().name, year=year, month=month, start=start, end=end, to_date=to_date,
            grid_id=grid_id, grid_name=grid_name, mediation=mediation, services=queue, linkage=linkage, legal=legal,
            satisfaction=self.satisfaction(actor, start, end), generated_at=to_local(utcnow()),
            generated_by=actor.full_name)

    # --- output ----------------------------------------------------------------------------
    def _issue(self, actor: Actor, report: MonthlyReport, kind: str):
        from desk.print.monthly_report import month_text, report_content

        title = f"人民调解工作月度统计报表 {month_text(report)}"
        if report.grid_name:
            title += f"（{report.grid_name}）"
        return self.services.documents._issue(actor, kind, title, report_content(report), "monthly_report",
                                              report.label, doc_number=month_text(report))

    def document(self, actor: Actor, report: MonthlyReport) -> RenderedDocument:
        """Register the PDF as an issued document (audited) and render it; for the print preview, which
        records its own prints and exports."""
        from desk.print.monthly_report import KIND, render_monthly_report

        actor.require(Perm.STATS_VIEW)
        meta = self._issue(actor, report, KIND)
        return RenderedDocument(meta.doc_id, KIND, meta.title, meta.verification_code,
                                render_monthly_report(report, meta))

    def pdf(self, actor: Actor, report: MonthlyReport) -> bytes:
        return self.document(actor, report).pdf

    def save_pdf(self, actor: Actor, report: MonthlyReport, path: str | Path) -> RenderedDocument:
        """Render the PDF, write it to ``path`` and record the export."""
        doc = self.document(actor, report)
        target = _write(Path(path), doc.pdf)
        self.services.documents.record_output(actor, doc.doc_id, "export", str(target))
        return doc

    def workbook(self, actor: Actor, report: MonthlyReport, path: str | Path) -> RenderedDocument:
        """Write the .xlsx to ``path`` (registered like a document, its code on the 说明 sheet) and record
        the export. The returned document has no PDF bytes."""
        from desk.print.monthly_report import WORKBOOK_KIND
        from desk.services.monthly_workbook import workbook_bytes

        actor.require(Perm.STATS_VIEW)
        meta = self._issue(actor, report, WORKBOOK_KIND)
        target = _write(Path(path), workbook_bytes(report, meta))
        self.services.documents.record_output(actor, meta.doc_id, "export", str(target))
        return RenderedDocument(meta.doc_id, WORKBOOK_KIND, meta.title, meta.verification_code, b"")


def _write(target: Path, data: bytes) -> Path:
    """Write through a temporary file beside ``target``, so a failed write leaves no half file."""
    temp = target.with_name(f".{target.name}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(data)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise DeskError(QT_TRANSLATE_NOOP("Errors", "The file could not be written: {reason}"),
                        reason=exc.strerror or str(exc)) from exc
    return target
