"""Conclusions, refusal letters, return acts and certificates: numbered, rendered per
language, signed in turn.

A conclusion is never deleted and never changed once issued: a correction is a new
conclusion that references the old one, and an abandoned draft is kept as cancelled, so
the journal of numbers has no gaps. A certificate refers to the agreed conclusion it is
issued on; an application has at most one certificate that is not cancelled.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.models.base import Base, utcnow
from desktop.models.types import UtcDateTime
from desktop.models.user import User

_LIVE_CERTIFICATE = text("kind = 'certificate' AND status <> 'cancelled'")


class Conclusion(Base):
    __tablename__ = "conclusions"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    kind: Mapped[ConclusionKind] = mapped_column(String(16))
    number: Mapped[str] = mapped_column(String(32), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date] = mapped_column(Date)
    """The date printed on the document."""
    agreed: Mapped[bool | None] = mapped_column(Boolean)
    """Temporary export agreed (True) or not (False); None for a refusal letter. For a
    return act: every returned item matches its examination (True) or one differs."""
    status: Mapped[ConclusionStatus] = mapped_column(String(16), default=ConclusionStatus.DRAFT)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("conclusions.id"))
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("conclusions.id"))
    """For a certificate: the agreed conclusion it is issued on."""
    note: Mapped[str] = mapped_column(Text, default="")
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    """A refusal letter's reasons: the commission's words on its ground, a paragraph each."""
    ground: Mapped[str | None] = mapped_column(String(32))
    """A refusal letter's ground (:class:`desktop.domain.refusals.RefusalGround`)."""
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    signatures: Mapped[int] = mapped_column(Integer, default=0)
    """How many signatures the documents carry; each one also moves :attr:`version` on."""
    version: Mapped[int] = mapped_column(Integer, default=1)

    documents: Mapped[list[ConclusionDocument]] = relationship(
        back_populates="conclusion", order_by="ConclusionDocument.lang",
        cascade="all, delete-orphan")
    signers: Mapped[list[ConclusionSigner]] = relationship(
        back_populates="conclusion", order_by="ConclusionSigner.position",
        cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_conclusions_application", "application_id"),
        Index("ix_conclusions_year_seq", "kind", "year", "sequence"),
        Index("uq_conclusions_live_certificate", "application_id", unique=True,
              sqlite_where=_LIVE_CERTIFICATE, postgresql_where=_LIVE_CERTIFICATE),
    )


class ConclusionDocument(Base):
    """One language's PDF of a conclusion: as rendered, and as signed so far."""

    __tablename__ = "conclusion_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    conclusion_id: Mapped[int] = mapped_column(ForeignKey("conclusions.id", ondelete="CASCADE"))
    lang: Mapped[str] = mapped_column(String(2))
    unsigned_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    current_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    content_digest: Mapped[str] = mapped_column(String(64))
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    """The signature places: ``{"name", "page", "box", "lock"}``."""

    conclusion: Mapped[Conclusion] = relationship(back_populates="documents")

    __table_args__ = (Index("ix_conclusion_documents_lang", "conclusion_id", "lang", unique=True),)


class ConclusionSigner(Base):
    """Who signs a conclusion, in which field, and whether they have."""

    __tablename__ = "conclusion_signers"

    id: Mapped[int] = mapped_column(primary_key=True)
    conclusion_id: Mapped[int] = mapped_column(ForeignKey("conclusions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    seat: Mapped[str] = mapped_column(String(16))
    field_name: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer)
    full_name: Mapped[str] = mapped_column(String(300))
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    certificate_subject: Mapped[str | None] = mapped_column(Text)
    certificate_serial: Mapped[str | None] = mapped_column(String(100))

    conclusion: Mapped[Conclusion] = relationship(back_populates="signers")
    user: Mapped[User] = relationship()
    """The account on the seat: its IIN is the one the signature field records."""
