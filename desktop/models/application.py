"""Applications for a certificate of temporary export, and the items they list."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    and_,
    case,
    literal_column,
    text,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.applications import Channel
from desktop.domain.stages import current_stage
from desktop.domain.workflow import WORKFLOW_ORDER, Status
from desktop.models.base import Base, utcnow
from desktop.models.types import UtcDateTime

if TYPE_CHECKING:
    from desktop.models.applicant import Applicant
    from desktop.models.document import DocumentPage
    from desktop.models.user import User


class Application(Base):
    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    region: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    received: Mapped[date] = mapped_column(Date)
    channel: Mapped[Channel] = mapped_column(String(16))

    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"))
    purpose: Mapped[str] = mapped_column(Text)
    destination_country: Mapped[str] = mapped_column(String(2))
    destination_place: Mapped[str] = mapped_column(String(500))
    export_from: Mapped[date | None] = mapped_column(Date)
    export_until: Mapped[date | None] = mapped_column(Date)
    paper_documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    document_texts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict,
                                                           server_default=text("'{}'"))
    """The commission's wording of the purpose and the occupation for the documents, in
    Kazakh and Russian (see :mod:`desktop.services.wording`); empty until it is given."""

    status: Mapped[Status] = mapped_column(String(32), default=Status.REGISTERED)
    status_changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    preliminary_due: Mapped[date | None] = mapped_column(Date)
    preliminary_done: Mapped[date | None] = mapped_column(Date)
    """The day the preliminary examination ended (the examination started); the result
    counts from it. Set only where the region has a preliminary stage."""
    result_due: Mapped[date] = mapped_column(Date)
    repeat_started: Mapped[date | None] = mapped_column(Date)
    """The day the last repeat examination started; its own period counts from it."""
    decided: Mapped[date | None] = mapped_column(Date)
    refusal_ground: Mapped[str | None] = mapped_column(String(32))
    """Why the request was refused (:class:`desktop.domain.refusals.RefusalGround`)."""
    refusal_reasons: Mapped[str | None] = mapped_column(Text)
    """The commission's words on the ground, a line each."""
    assigned_member_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    search_key: Mapped[str] = mapped_column(Text, default="")
    """Folded number, identity number and applicant name: what the registry searches."""
    sort_name: Mapped[str] = mapped_column(
        String(300).with_variant(String(300, collation="C"), "postgresql"), default=""
    )
    """The applicant's name as a Kazakh sort key (see ``desktop.domain.text.sort_key``)."""

    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    applicant: Mapped[Applicant] = relationship(back_populates="applications")
    items: Mapped[list[Item]] = relationship(
        back_populates="application", order_by="Item.position", cascade="all, delete-orphan"
    )
    pages: Mapped[list[DocumentPage]] = relationship(
        primaryjoin="and_(Application.id == DocumentPage.application_id, "
        "DocumentPage.deleted_at.is_(None))",
        order_by="DocumentPage.position",
        viewonly=True,
    )
    """The pages in view; removed pages stay in the table for the audit and restore."""
    assigned_member: Mapped[User | None] = relationship(foreign_keys=[assigned_member_id])

    @hybrid_property
    def stage_due(self) -> date:
        """The due date of the stage that runs now (:func:`current_stage`): what the
        registry shows, sorts by and calls overdue. Migration 0009 indexes the expression
        (``ix_applications_stage_due``, with the id), 0017 the status with it (the start
        page's lists)."""
        return current_stage(self.preliminary_due, self.preliminary_done, self.result_due)[1]

    @stage_due.inplace.expression
    @classmethod
    def _stage_due_expression(cls) -> ColumnElement[date]:
        return case(
            (and_(cls.preliminary_due.is_not(None), cls.preliminary_done.is_(None)),
             cls.preliminary_due),
            else_=cls.result_due,
        )

    @hybrid_property
    def status_order(self) -> int:
        """The status's place in the workflow (:data:`WORKFLOW_ORDER`): what the registry
        sorts by. Migration 0020 indexes the expression with the id
        (``ix_applications_status_order``)."""
        return WORKFLOW_ORDER[Status(self.status)]

    @status_order.inplace.expression
    @classmethod
    def _status_order_expression(cls) -> ColumnElement[int]:
        # Literals, not bound parameters: SQLite uses an expression index only for the very
        # expression it holds, and the index holds these values.
        return case(*((literal_column(f"'{status.value}'"), literal_column(str(rank), Integer))
                      for status, rank in WORKFLOW_ORDER.items()), value=cls.status)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_applications_received_id", "received", "id"),  # the registry's key order
        Index("ix_applications_status_due", "status", "result_due"),
        Index("ix_applications_status_export_until", "status", "export_until"),
        Index("ix_applications_result_due", "result_due"),
        Index("ix_applications_applicant", "applicant_id"),
        Index("ix_applications_region_year_seq", "region", "year", "sequence", unique=True),
        Index("ix_applications_year_seq", "year", "sequence"),
        Index("ix_applications_sequence", "sequence"),
        Index("ix_applications_sort_name_id", "sort_name", "id"),
        Index("ix_applications_decided", "decided"),  # the start page's figures
    )




class Item(Base):
    """A cultural valuable listed in an application; its examination hangs here later."""

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    version: Mapped[int] = mapped_column(Integer, default=1)

    application: Mapped[Application] = relationship(back_populates="items")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (Index("ix_items_application", "application_id", "position"),)
