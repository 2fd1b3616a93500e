"""The chairperson's override of the required-documents rule for one application."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow
from desktop.models.types import UtcDateTime

__all__ = ["DocumentWaiver"]


class DocumentWaiver(Base):
    """A conclusion may be drafted although ``documents`` have no scanned page, for the
    written ``reason``. Kept for the audit; printed on no document."""

    __tablename__ = "document_waivers"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True)
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    """The :class:`PaperDocument` codes missing when the override was given."""
    reason: Mapped[str] = mapped_column(Text)
    waived_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    waived_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
