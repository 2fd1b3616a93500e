"""Examination records of items: opinions of members, the agreed result, autosaved drafts.

The rules and the plain dataclasses live in :mod:`desktop.domain.examination_rules`; this
module maps them onto tables. Measurements and page links are child tables, so "which items
lack a photo with a scale" or "which items show this page" are plain queries.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, object_session, relationship

from desktop.domain.examination_rules import (
    BILINGUAL_FIELDS,
    CONTENT_FIELDS,
    TERM_FIELDS,
    Completeness,
    ConditionGrade,
    CulturalValue,
    Dimension,
    ExaminationKind,
    ExaminationRecord,
    LengthUnit,
    Measurement,
    Originality,
    PageLink,
    PageRole,
    Recommendation,
    WeightUnit,
    field_from_json,
    field_to_json,
)
from desktop.models.base import Base, utcnow
from desktop.models.types import UtcDateTime

if TYPE_CHECKING:
    from desktop.models.application import Item
    from desktop.models.document import DocumentPage
    from desktop.models.user import User

__all__ = [
    "Examination",
    "ExaminationDraft",
    "ExaminationMeasurement",
    "ExaminationPage",
    "apply_record",
    "to_record",
]

_AGREED_ONLY = text("kind = 'agreed'")
_RETURN_ONLY = text("kind = 'return'")
_NO_TERM = text("'\"\"'")


def _bilingual() -> Any:
    """A column of text in both document languages: ``{"kk": …, "ru": …}``."""
    return mapped_column(JSON, default=dict, server_default=text("'{}'"))


def _term_list() -> Any:
    """A column of vocabulary codes (text kept from before the vocabulary: as bilingual)."""
    return mapped_column(JSON, default=list, server_default=text("'[]'"))


class Examination(Base):
    """An opinion (one per member per item) or the agreed result (one per item)."""

    __tablename__ = "examinations"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    kind: Mapped[ExaminationKind] = mapped_column(String(16))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    # Texts in both document languages are {"kk": …, "ru": …}; a term is its vocabulary
    # code, term lists are lists of codes (see record_to_json).
    originality: Mapped[Originality | None] = mapped_column(String(16))
    object_type: Mapped[Any] = mapped_column(JSON, default="", server_default=_NO_TERM)
    title: Mapped[dict[str, str]] = _bilingual()
    subject: Mapped[dict[str, str]] = _bilingual()
    maker_name: Mapped[str] = mapped_column(String(500), default="", server_default="")
    maker: Mapped[dict[str, str]] = _bilingual()
    dating: Mapped[dict[str, str]] = _bilingual()
    year_from: Mapped[int | None] = mapped_column(Integer)
    year_to: Mapped[int | None] = mapped_column(Integer)
    place_of_creation: Mapped[dict[str, str]] = _bilingual()
    material: Mapped[list[Any]] = _term_list()
    technique: Mapped[list[Any]] = _term_list()
    weight_value: Mapped[float | None] = mapped_column(Float)
    weight_unit: Mapped[WeightUnit | None] = mapped_column(String(4))
    inscriptions: Mapped[dict[str, str]] = _bilingual()
    features: Mapped[dict[str, str]] = _bilingual()
    condition: Mapped[ConditionGrade | None] = mapped_column(String(16))
    condition_note: Mapped[dict[str, str]] = _bilingual()
    completeness: Mapped[Completeness | None] = mapped_column(String(16))
    hazards: Mapped[dict[str, str]] = _bilingual()
    description: Mapped[dict[str, str]] = _bilingual()
    cultural_value: Mapped[CulturalValue | None] = mapped_column(String(16))
    recommendation: Mapped[Recommendation | None] = mapped_column(String(24))
    remarks: Mapped[dict[str, str]] = _bilingual()

    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    item: Mapped[Item] = relationship()
    author: Mapped[User] = relationship(foreign_keys=[author_id])
    updated_by: Mapped[User] = relationship(foreign_keys=[updated_by_id])
    measurements: Mapped[list[ExaminationMeasurement]] = relationship(
        order_by="ExaminationMeasurement.position", cascade="all, delete-orphan"
    )
    page_links: Mapped[list[ExaminationPage]] = relationship(
        order_by="ExaminationPage.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        UniqueConstraint("item_id", "kind", "author_id",
                         name="uq_examinations_item_id_kind_author_id"),
        Index("uq_examinations_agreed_item", "item_id", unique=True,
              sqlite_where=_AGREED_ONLY, postgresql_where=_AGREED_ONLY),
        Index("uq_examinations_return_item", "item_id", unique=True,
              sqlite_where=_RETURN_ONLY, postgresql_where=_RETURN_ONLY),
    )


class ExaminationMeasurement(Base):
    __tablename__ = "examination_measurements"

    id: Mapped[int] = mapped_column(primary_key=True)
    examination_id: Mapped[int] = mapped_column(
        ForeignKey("examinations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    dimension: Mapped[Dimension] = mapped_column(String(16))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[LengthUnit] = mapped_column(String(4))
    note: Mapped[str] = mapped_column(String(500), default="")


class ExaminationPage(Base):
    """A photo or scan page that shows the item, and what it shows."""

    __tablename__ = "examination_pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    examination_id: Mapped[int] = mapped_column(ForeignKey("examinations.id", ondelete="CASCADE"))
    page_id: Mapped[int] = mapped_column(
        ForeignKey("document_pages.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[PageRole] = mapped_column(String(16))
    shows_scale: Mapped[bool] = mapped_column(Boolean, default=False)
    for_annex: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(500), default="")

    page: Mapped[DocumentPage] = relationship()

    __table_args__ = (
        UniqueConstraint("examination_id", "page_id",
                         name="uq_examination_pages_examination_id_page_id"),
    )


class ExaminationDraft(Base):
    """What a user typed into the form and has not saved yet: one per user, item and kind.

    ``form_state`` is whatever the form needs to restore itself; ``base_version`` is the
    version of the record the form was opened on (None: there was none), so a restored
    draft saves against that version and meets a conflict if someone saved since.
    """

    __tablename__ = "examination_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ExaminationKind] = mapped_column(String(16))
    form_state: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_version: Mapped[int | None] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("item_id", "user_id", "kind",
                         name="uq_examination_drafts_item_id_user_id_kind"),
    )


_SCALARS = [n for n in CONTENT_FIELDS if n not in ("measurements", "pages")]
_AS_JSON = frozenset((*BILINGUAL_FIELDS, *TERM_FIELDS))


def to_record(row: Examination) -> ExaminationRecord:
    """The stored record as a frozen snapshot (loads the children and users if needed)."""
    values: dict[str, Any] = {
        name: field_from_json(name, getattr(row, name)) if name in _AS_JSON
        else getattr(row, name) for name in _SCALARS}
    for name, enum in (("originality", Originality), ("weight_unit", WeightUnit),
                       ("condition", ConditionGrade), ("completeness", Completeness),
                       ("cultural_value", CulturalValue), ("recommendation", Recommendation)):
        if values[name] is not None:
            values[name] = enum(values[name])
    return ExaminationRecord(
        kind=ExaminationKind(row.kind),
        measurements=tuple(
            Measurement(Dimension(m.dimension), m.value, LengthUnit(m.unit), m.note)
            for m in row.measurements
        ),
        pages=tuple(
            PageLink(p.page_id, PageRole(p.role), p.shows_scale, p.for_annex, p.note)
            for p in row.page_links
        ),
        item_id=row.item_id,
        author_id=row.author_id,
        author_name=row.author.full_name,
        version=row.version,
        updated_at=row.updated_at,
        updated_by_name=row.updated_by.full_name,
        **values,
    )


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value


def apply_record(row: Examination, record: ExaminationRecord) -> None:
    """Copy *record*'s content onto *row*, replacing its measurements and page links.

    When *row* is stored, the old child rows are deleted (flushed) before the new ones are
    added: a page linked again would otherwise meet the unique (examination, page) pair.
    """
    session = object_session(row)
    if session is not None and row.id is not None and (row.measurements or row.page_links):
        row.measurements.clear()
        row.page_links.clear()
        session.flush()
    for name in _SCALARS:
        value = getattr(record, name)
        setattr(row, name, field_to_json(value) if name in _AS_JSON else _plain(value))
    row.measurements = [
        ExaminationMeasurement(position=i, dimension=_plain(m.dimension), value=float(m.value),
                               unit=_plain(m.unit), note=m.note)
        for i, m in enumerate(record.measurements, start=1)
    ]
    row.page_links = [
        ExaminationPage(position=i, page_id=p.page_id, role=_plain(p.role),
                        shows_scale=bool(p.shows_scale), for_annex=bool(p.for_annex),
                        note=p.note)
        for i, p in enumerate(record.pages, start=1)
    ]
