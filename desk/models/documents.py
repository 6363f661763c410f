"""Register of every document the desk has issued, so a printed copy can be verified later."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base


class IssuedDocument(Base):
    __tablename__ = "issued_document"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    verification_code: Mapped[str] = mapped_column(String(12), index=True)
    issued_at: Mapped[datetime]
    issued_by_id: Mapped[int | None]
    issued_by_name: Mapped[str] = mapped_column(String(50))
