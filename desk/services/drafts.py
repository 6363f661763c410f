"""Form drafts saved as people type, so a crash or a power cut loses nothing (restored next time
the form opens). A draft is the person's own unfinished work: it is not audited (saving every
pause in typing would bury the trail); the record it becomes is."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from desk.db import Database
from desk.models.drafts import FormDraft
from desk.services.permissions import Actor
from desk.timeutil import utcnow

MAX_PAYLOAD = 1_000_000


@dataclass(frozen=True)
class DraftInfo:
    key: str
    title: str
    saved_at: datetime


class DraftService:
    def __init__(self, db: Database, clock=utcnow) -> None:
        self.db, self.clock = db, clock

    def save(self, actor: Actor, key: str, payload: dict[str, Any], title: str = "") -> None:
        text = json.dumps(payload, ensure_ascii=False, default=str)
        if len(text) > MAX_PAYLOAD:  # a runaway paste: keep the last good draft rather than fail typing
            return
        with self.db.writer() as s, s.begin():
            draft = s.get(FormDraft, (actor.user_id, key))
            if draft is None:
                draft = FormDraft(user_id=actor.user_id, key=key)
                s.add(draft)
            draft.title, draft.payload, draft.saved_at = title[:200], text, self.clock()

    def load(self, actor: Actor, key: str) -> dict[str, Any] | None:
        with self.db.reader() as s:
            draft = s.get(FormDraft, (actor.user_id, key))
            if draft is None:
                return None
            try:
                value = json.loads(draft.payload)
            except ValueError:
                return None
            return value if isinstance(value, dict) else None

    def discard(self, actor: Actor, key: str) -> None:
        with self.db.writer() as s, s.begin():
            s.execute(delete(FormDraft).where(FormDraft.user_id == actor.user_id, FormDraft.key == key))

    def pending(self, actor: Actor) -> list[DraftInfo]:
        """This person's unfinished forms, newest first (shown after sign-in)."""
        with self.db.reader() as s:
            rows = s.scalars(select(FormDraft).where(FormDraft.user_id == actor.user_id)
                             .order_by(FormDraft.saved_at.desc()))
            return [DraftInfo(d.key, d.title, d.saved_at) for d in rows]
