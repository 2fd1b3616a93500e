"""Scanned pages and photographs, stored once by content (SHA-256)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.documents import PageKind
from desktop.models.base import Base, utcnow
from desktop.models.types import UtcDateTime

if TYPE_CHECKING:
    from desktop.models.application import Application, Item


class Blob(Base):
    """Bytes stored under their SHA-256; written once, shared by every page that has them."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DocumentPage(Base):
    __tablename__ = "document_pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[PageKind] = mapped_column(String(16))
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    thumbnail_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    width_px: Mapped[int] = mapped_column(Integer)
    height_px: Mapped[int] = mapped_column(Integer)
    dpi: Mapped[int | None] = mapped_column(Integer)
    source_name: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    """Set when the page is removed: it leaves listings and counts, its bytes stay for the
    audit and a restore."""
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    application: Mapped[Application] = relationship()
    item: Mapped[Item | None] = relationship()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (Index("ix_document_pages_application", "application_id", "position"),)
