"""The one write path: a unit of work = one IMMEDIATE transaction holding the change, its audit
record and its sync outbox rows. Nothing else writes to the database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from desk.db import Database
from desk.services import audit, sync_outbox
from desk.services.permissions import Actor


class UnitOfWork:
    """``with UnitOfWork(db, actor) as uow:`` — commits on success, rolls back on any error."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self.db.writer()
        self.session.info[sync_outbox.CAPTURE] = True
        self.session.begin()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.session.flush()
                sync_outbox.write_outbox(self.session)  # the change and its outbox rows commit together
                self.session.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()

    def audit(
        self, action: str, entity: str, entity_id: str | int = "", summary: str = "",
        changes: dict[str, tuple[Any, Any]] | None = None,
    ) -> None:
        """Record what happened, chained, in this same transaction."""
        self.session.flush()
        audit.append(self.session, self.actor, action, entity, entity_id, summary, changes)


@contextmanager
def joined(db: Database, actor: Actor, uow: UnitOfWork | None) -> Iterator[UnitOfWork]:
    """The caller's unit of work when given (it commits), else a new one of our own."""
    if uow is not None:
        yield uow
        return
    with UnitOfWork(db, actor) as own:
        yield own


def apply_changes(obj: Any, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Set attributes on ``obj``; return ``{field: (old, new)}`` for those that really changed."""
    changes: dict[str, tuple[Any, Any]] = {}
    for key, new in values.items():
        old = getattr(obj, key)
        if old != new:
            setattr(obj, key, new)
            changes[key] = (old, new)
    return changes
