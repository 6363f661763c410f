"""The case file (卷宗, art. 27): which items it holds, in the order they are bound.

One function shared by the archive checklist on screen and the printed table of contents (卷内目录).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.mediation import CaseAddendum, CaseFollowUp, CaseOutcome, CaseRecord, MediationCase

# code -> (Chinese title as printed in the file, English source for the screen)
ITEM_TITLES = {
    "application": ("人民调解申请书", QT_TRANSLATE_NOOP("CaseLabels", "Application for mediation")),
    "registration": ("人民调解受理登记表", QT_TRANSLATE_NOOP("CaseLabels", "Registration form")),
    "investigation": ("调查记录", QT_TRANSLATE_NOOP("CaseLabels", "Investigation record")),
    "session": ("调解笔录", QT_TRANSLATE_NOOP("CaseLabels", "Mediation session record")),
    "agreement": ("人民调解协议书", QT_TRANSLATE_NOOP("CaseLabels", "Mediation agreement")),
    "oral_agreement": ("口头调解协议登记", QT_TRANSLATE_NOOP("CaseLabels", "Record of the oral agreement")),
    "termination": ("终止人民调解告知书", QT_TRANSLATE_NOOP("CaseLabels", "Notice of termination")),
    "follow_up": ("人民调解回访记录", QT_TRANSLATE_NOOP("CaseLabels", "Follow-up record")),
    "addendum": ("补充说明", QT_TRANSLATE_NOOP("CaseLabels", "Addendum")),
}


@dataclass(frozen=True)
class FileItem:
    code: str
    title: str  # Chinese, as printed
    on: date | None
    present: bool  # False: the checklist still misses it
    required: bool
    ref: str = ""  # record id / follow-up id, for printing that item


def file_items(case: MediationCase, records: list[CaseRecord], outcome: CaseOutcome | None,
               follow_ups: list[CaseFollowUp], addenda: list[CaseAddendum]) -> list[FileItem]:
    """The items of the case file in binding order, each marked present or missing."""
    items = []
    if case.source == "application":  # 当事人申请: the application is in the file
        items.append(FileItem("application", ITEM_TITLES["application"][0], case.received_on, True, True))
    items.append(FileItem("registration", ITEM_TITLES["registration"][0], case.received_on, True, True))
    held = sorted((r for r in records if r.state == "held"), key=lambda r: r.starts_at)
    for r in held:
        if r.kind == "investigation":
            items.append(FileItem("investigation", ITEM_TITLES["investigation"][0], r.starts_at.date(), True, False, r.id))
    sessions = [r for r in held if r.kind == "session"]
    for r in sessions:
        items.append(FileItem("session", ITEM_TITLES["session"][0], r.starts_at.date(), True, True, r.id))
    ended_by_party = outcome is not None and outcome.kind == "terminated" and outcome.termination_reason in (
        "party_refused", "party_ended")
    if not sessions and not ended_by_party:  # a party may refuse before any session (art. 17 / 23)
        items.append(FileItem("session", ITEM_TITLES["session"][0], None, False, True))
    code = {"written": "agreement", "oral": "oral_agreement", "terminated": "termination"}.get(
        outcome.kind if outcome else "", "agreement")
    on = (outcome.effective_on if outcome else None)
    items.append(FileItem(code, ITEM_TITLES[code][0], on, bool(outcome and outcome.effective_on), True))
    if outcome is not None and outcome.kind in ("written", "oral"):
        done = sorted((f for f in follow_ups if f.done_on), key=lambda f: f.done_on)
        for f in done:
            items.append(FileItem("follow_up", ITEM_TITLES["follow_up"][0], f.done_on, True, True, str(f.id)))
        if not done:
            items.append(FileItem("follow_up", ITEM_TITLES["follow_up"][0], None, False, True))
    for a in sorted(addenda, key=lambda a: a.at):
        items.append(FileItem("addendum", ITEM_TITLES["addendum"][0], a.at.date(), True, False, str(a.id)))
    return items
