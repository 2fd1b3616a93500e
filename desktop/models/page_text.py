"""Text read from a scanned page (OCR): derived data beside the untouched scan.

The reading names the image it was read from (``blob_sha256``): when the page's image
changes (rotated, cropped, deskewed) the two differ and the page is read again. The
full-text index lives beside the table, made by the migration: FTS5 on SQLite,
a ``tsvector`` with a GIN index on PostgreSQL, both over ``search_text``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.ocr import OcrStatus
from desktop.models.base import Base, utcnow
from desktop.models.types import UtcDateTime

__all__ = ["PageText"]


class PageText(Base):
    __tablename__ = "page_texts"

    page_id: Mapped[int] = mapped_column(
        ForeignKey("document_pages.id", ondelete="CASCADE"), primary_key=True,
        autoincrement=False)
    blob_sha256: Mapped[str] = mapped_column(String(64))
    """The image that was read."""
    status: Mapped[OcrStatus] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(500))
    """Why the page could not be read (English, for the clerk's tooltip and the logs)."""
    text: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    """The text case-folded (:func:`desktop.domain.text.fold`), which the index covers."""
    words: Mapped[list[Any]] = mapped_column(JSON, default=list)
    """``[[text, left, top, width, height], …]`` in the image's pixels."""
    read_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
