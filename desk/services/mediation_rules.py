"""What the People's Mediation Law asks of a case, as checks the services and documents share.

Art. 29 lists what a written agreement states; printing one that lacks an item is refused with the
item's name. Art. 33 gives the parties 30 days from the day it takes effect to ask a court for
judicial confirmation. Kept free of the database so documents and tests can use it directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desk.i18n import QT_TRANSLATE_NOOP

JUDICIAL_CONFIRMATION_DAYS = 30  # art. 33

# field -> what it is called on the form (English source; translated in the UI, zh() in documents)
AGREEMENT_ITEMS = {
    "parties": QT_TRANSLATE_NOOP("CaseLabels", "the parties' particulars"),
    "facts": QT_TRANSLATE_NOOP("CaseLabels", "main facts of the dispute"),
    "disputed_matters": QT_TRANSLATE_NOOP("CaseLabels", "matters in dispute"),
    "responsibility": QT_TRANSLATE_NOOP("CaseLabels", "each party's responsibility"),
    "terms": QT_TRANSLATE_NOOP("CaseLabels", "agreed terms"),
    "performance_method": QT_TRANSLATE_NOOP("CaseLabels", "how the agreement is performed"),
    "performance_due": QT_TRANSLATE_NOOP("CaseLabels", "by when it is performed"),
}


@dataclass(frozen=True)
class PartyParticulars:
    """What art. 29 (1) needs of a party (not of an agent)."""

    kind: str  # person | org
    name: str
    sex: str = ""
    birth_date: date | None = None
    id_number: str = ""
    address: str = ""
    legal_representative: str = ""


def party_gaps(p: PartyParticulars) -> list[str]:
    """The particulars a party still lacks, as field names."""
    if p.kind == "org":
        return [f for f, v in (("name", p.name), ("address", p.address),
                               ("legal_representative", p.legal_representative)) if not v.strip()]
    return [f for f, v in (("name", p.name), ("sex", p.sex), ("birth_date", p.birth_date), ("address", p.address))
            if not (v.strip() if isinstance(v, str) else v)]


def agreement_gaps(parties: list[PartyParticulars], facts: str, disputed_matters: str, responsibility: str,
                   terms: str, performance_method: str, performance_due: date | None) -> list[str]:
    """The art. 29 items missing from a written agreement, in the order the law lists them."""
    missing = []
    if len(parties) < 2 or any(party_gaps(p) for p in parties):
        missing.append("parties")
    for name, value in (("facts", facts), ("disputed_matters", disputed_matters), ("responsibility", responsibility),
                        ("terms", terms), ("performance_method", performance_method)):
        if not value.strip():
            missing.append(name)
    if performance_due is None:
        missing.append("performance_due")
    return missing


def judicial_deadline(effective_on: date) -> date:
    """The last day the parties may jointly apply for judicial confirmation (art. 33)."""
    return effective_on + timedelta(days=JUDICIAL_CONFIRMATION_DAYS)
