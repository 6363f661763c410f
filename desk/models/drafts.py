"""Unsaved form drafts: what someone has typed, kept as they type so a crash loses nothing."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base


class FormDraft(Base):
    """One open form's content (JSON) per person: ``key`` names the form and what it edits,
    e.g. ``case-intake`` or ``case-record:<case id>:session``."""

    __tablename__ = "form_draft"

    user_id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    payload: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime]
