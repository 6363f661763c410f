"""One search over notary applications and consultations (a visitor at the desk: "I came last month
about…"): each kind only for a role that may see it, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.errors import PermissionDenied
from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.consultations import ConsultationService
from desk.services.notary_intakes import NotaryService
from desk.services.permissions import Actor, Perm
from desk.validation import mask_name


@dataclass(frozen=True)
class Hit:
    kind: str  # notary_intake | consultation
    id: str
    number: str
    day: date
    who: str  # applicants' names (notary) or the masked name ("" anonymous)
    what: str  # matter, or category and the question's start
    state: str  # intake state, or the referral ("" none)


class LegalSearchService:
    def __init__(self, notary: NotaryService, consultations: ConsultationService) -> None:
        self.notary, self.consultations = notary, consultations

    def search(self, actor: Actor, term: str, limit: int = 200) -> list[Hit]:
        """Matches by number, name, phone or ID number (and words of a consultation's question)."""
        if not (actor.can(Perm.NOTARY_VIEW) or actor.can(Perm.CONSULT_VIEW)):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Your account is not allowed to do this ({permission})."),
                                   permission=Perm.NOTARY_VIEW.value)
        term = term.strip()
        if not term:
            return []
        hits: list[Hit] = []
        if actor.can(Perm.NOTARY_VIEW):
            # names masked as for consultations: one search, one rule (the record itself shows them)
            hits += [Hit("notary_intake", r.id, r.number, r.received_on,
                         "、".join(mask_name(n) for n in r.applicants.split("、")), r.matter_name, r.state)
                     for r in self.notary.list(actor, term=term, limit=limit)]
        if actor.can(Perm.CONSULT_VIEW):
            hits += [Hit("consultation", r.id, r.number, r.at.date(), r.person, f"{r.category}：{r.question[:40]}",
                         r.referral) for r in self.consultations.search(actor, term, limit=limit)]
        hits.sort(key=lambda h: (h.day, h.number), reverse=True)
        return hits[:limit]
