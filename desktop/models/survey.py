"""The quality survey of annex 6 of the regulation: two questions, three answers each.

The applicant answers on paper (or on the portal); the clerk records the answers for the
request. One survey per request; the start page shows the shares for the period.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow
from desktop.models.types import UtcDateTime

__all__ = ["SurveyAnswer"]


class SurveyAnswer(Base):
    __tablename__ = "survey_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True)
    quality: Mapped[int] = mapped_column(Integer)
    information: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        CheckConstraint("quality BETWEEN 1 AND 3", name="quality_answer"),
        CheckConstraint("information BETWEEN 1 AND 3", name="information_answer"),
    )
