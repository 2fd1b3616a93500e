"""Applicants: individuals (by IIN) and companies (by BIN)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.applications import ApplicantKind
from desktop.domain.text import fold
from desktop.models.base import Base, utcnow
from desktop.models.types import UtcDateTime

if TYPE_CHECKING:
    from desktop.models.application import Application


class Applicant(Base):
    """One person or company; the local registry of verified applicants is this table."""

    __tablename__ = "applicants"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ApplicantKind] = mapped_column(String(16))
    iin_bin: Mapped[str] = mapped_column(String(12), unique=True)

    # Individual (Annex 4: full name, birth date, citizenship, ID document, residence, phones)
    surname: Mapped[str | None] = mapped_column(String(200))
    given_name: Mapped[str | None] = mapped_column(String(200))
    patronymic: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date)
    citizenship: Mapped[str | None] = mapped_column(String(2))
    id_document_number: Mapped[str | None] = mapped_column(String(40))
    id_document_issued: Mapped[date | None] = mapped_column(Date)
    residence: Mapped[str | None] = mapped_column(Text)

    # Company (name, requisites, address)
    company_name: Mapped[str | None] = mapped_column(String(500))
    requisites: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)

    phones: Mapped[str | None] = mapped_column(String(200))
    occupation: Mapped[str | None] = mapped_column(String(500))

    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    applications: Mapped[list[Application]] = relationship(back_populates="applicant")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @property
    def display_name(self) -> str:
        """The name as the conclusion prints it: "Surname Name Patronymic" or the company."""
        if self.kind == ApplicantKind.COMPANY:
            return self.company_name or ""
        parts = (self.surname, self.given_name, self.patronymic)
        return " ".join(p for p in parts if p)

    @property
    def search_key(self) -> str:
        """Case-folded text the registry searches in (names and the identity number)."""
        return fold(f"{self.display_name} {self.iin_bin}")
