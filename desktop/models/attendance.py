"""Who did not take part in a conclusion: the commission's members recorded as absent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow
from desktop.models.types import UtcDateTime

__all__ = ["ConclusionAbsence"]


class ConclusionAbsence(Base):
    """A seated member absent from the meeting that decided a conclusion: not a signer of
    it, and not counted towards its quorum."""

    __tablename__ = "conclusion_absences"

    id: Mapped[int] = mapped_column(primary_key=True)
    conclusion_id: Mapped[int] = mapped_column(ForeignKey("conclusions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    full_name: Mapped[str] = mapped_column(String(300))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_conclusion_absences_member", "conclusion_id", "user_id", unique=True),
    )
