"""The administrator's amendments to the working-day calendar (a decree after the release)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow
from desktop.models.types import UtcDateTime

__all__ = ["CalendarAmendment"]


class CalendarAmendment(Base):
    """One day made a day off or a working day, whatever the shipped calendar says."""

    __tablename__ = "calendar_amendments"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    """The decree or the reason, as the administrator wrote it."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
