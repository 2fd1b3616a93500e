"""The table of per-item returns of a temporary export (its rules: ``desktop.domain.returns``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.returns import CheckResult, ReturnOutcome
from desktop.models.base import Base, utcnow
from desktop.models.types import UtcDateTime

__all__ = ["ItemReturn"]


def _notes() -> Any:
    """A note in both document languages: ``{"kk": …, "ru": …}`` (read it as a
    :class:`desktop.domain.languages.Bilingual`)."""
    return mapped_column(JSON, default=dict, server_default=text("'{}'"))


class ItemReturn(Base):
    """One item's return (or loss), and the member's verdict on it once checked."""

    __tablename__ = "item_returns"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), unique=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[ReturnOutcome] = mapped_column(String(16))
    returned_on: Mapped[date] = mapped_column(Date)
    """The day the item was presented (or the loss documented)."""
    presented_by: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(500), default="")
    note: Mapped[dict[str, str]] = _notes()
    """On a return, anything to note; on a loss, the document that records it."""
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    check_result: Mapped[CheckResult | None] = mapped_column(String(16))
    check_note: Mapped[dict[str, str]] = _notes()
    """What the check found to differ, and anything else to note."""
    checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
