"""The working-day calendar: the days that differ from "Monday to Friday" — public holidays and the
adjusted working days (调休) on a weekend — as the State Council announces them each year."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base


class CalendarDay(Base):
    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(primary_key=True)
    working: Mapped[bool]  # False: a holiday on a weekday; True: a weekend day worked (调休)
    name: Mapped[str] = mapped_column(String(40), default="")  # 春节, 国庆节调休上班 ...
