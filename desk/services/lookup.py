"""Finding one record by the reference a screen or a command line gives: its id or its number."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import NotFound

T = TypeVar("T")


def by_ref(s: Session, model: type[T], ref: str, gone: str) -> T:
    """The ``model`` row whose id or number is ``ref``; NotFound saying ``gone`` (a QT_TRANSLATE_NOOP
    message) when there is none."""
    row = s.scalar(select(model).where((model.id == ref) | (model.number == ref)))
    if row is None:
        raise NotFound(gone)
    return row
