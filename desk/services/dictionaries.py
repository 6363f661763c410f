"""Dictionaries: named lists (dispute categories, ethnic groups …) an administrator edits and
the platform may replace through sync. Entries are deactivated, never deleted."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desk.db import Database
from desk.errors import ConflictError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import DictionaryEntry
from desk.services.builtin_lists import DICTIONARY_KINDS
from desk.services.permissions import Actor, Perm
from desk.services.uow import UnitOfWork, apply_changes
from desk.validation import normalize_text


@dataclass(frozen=True)
class EntryInfo:
    id: int
    kind: str
    code: str
    label: str
    active: bool
    source: str


def _info(e: DictionaryEntry) -> EntryInfo:
    return EntryInfo(e.id, e.kind, e.code, e.label, e.active, e.source)


def _check_kind(kind: str) -> None:
    if kind not in DICTIONARY_KINDS:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no list called {kind}."), kind=kind)


def _clean(code: str, label: str) -> tuple[str, str]:
    code = normalize_text(code, 40, "code")
    label = normalize_text(label, 100, "label")
    if not code:
        raise ValidationError("code", QT_TRANSLATE_NOOP("Errors", "This field is required."))
    if not label:
        raise ValidationError("label", QT_TRANSLATE_NOOP("Errors", "This field is required."))
    return code, label


class DictionaryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def entries(self, kind: str, include_inactive: bool = False) -> list[EntryInfo]:
        _check_kind(kind)
        with self.db.reader() as s:
            stmt = select(DictionaryEntry).where(DictionaryEntry.kind == kind)
            if not include_inactive:
                stmt = stmt.where(DictionaryEntry.active.is_(True))
            stmt = stmt.order_by(DictionaryEntry.sort_order, DictionaryEntry.code)
            return [_info(e) for e in s.scalars(stmt)]

    def add(self, actor: Actor, kind: str, code: str, label: str) -> EntryInfo:
        actor.require(Perm.DICTIONARIES_EDIT)
        _check_kind(kind)
        code, label = _clean(code, label)
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            clash = s.scalar(select(DictionaryEntry).where(
                DictionaryEntry.kind == kind,
                (DictionaryEntry.code == code) | (DictionaryEntry.label == label)))
            if clash is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This list already has an entry with that code or name."))
            order = s.scalar(select(func.max(DictionaryEntry.sort_order)).where(DictionaryEntry.kind == kind))
            entry = DictionaryEntry(kind=kind, code=code, label=label, sort_order=(order or 0) + 1)
            s.add(entry)
            s.flush()
            uow.audit("dictionary.create", "dictionary", entry.id, summary=f"{kind}: {code} {label}")
            return _info(entry)

    def update(self, actor: Actor, entry_id: int, label: str, active: bool) -> EntryInfo:
        actor.require(Perm.DICTIONARIES_EDIT)
        label = normalize_text(label, 100, "label")
        if not label:
            raise ValidationError("label", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        with UnitOfWork(self.db, actor) as uow:
            entry = uow.session.get(DictionaryEntry, entry_id)
            if entry is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This entry no longer exists."))
            changes = apply_changes(entry, {"label": label, "active": active})
            if changes:
                uow.audit("dictionary.update", "dictionary", entry.id, summary=f"{entry.kind}: {entry.code}",
                          changes=changes)
            return _info(entry)

    def replace(self, actor: Actor, kind: str, entries: list[tuple[str, str]]) -> int:
        """Platform sync: make ``kind`` equal ``[(code, label)]`` in that order. Returns entries changed."""
        actor.require(Perm.DICTIONARIES_EDIT)
        _check_kind(kind)
        changed = 0
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            existing = {e.code: e for e in s.scalars(select(DictionaryEntry).where(DictionaryEntry.kind == kind))}
            wanted = set()
            for order, (code, label) in enumerate(entries):
                code, label = _clean(code, label)
                wanted.add(code)
                entry = existing.get(code)
                if entry is None:
                    s.add(DictionaryEntry(kind=kind, code=code, label=label, sort_order=order, source="platform"))
                    changed += 1
                elif apply_changes(entry, {"label": label, "sort_order": order, "active": True, "source": "platform"}):
                    changed += 1
            for code, entry in existing.items():
                if code not in wanted and entry.active:
                    entry.active = False
                    changed += 1
            uow.audit("dictionary.replace", "dictionary", kind,
                      summary=f"{kind}: {len(entries)} entries from platform, {changed} changed")
        return changed
