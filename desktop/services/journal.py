"""The journal of the commission's documents: every conclusion, refusal letter, return act
and certificate ever numbered, for the chairperson, the members and the administrator.

A page of the journal is read at a time (the window's table loads the rest as it is
scrolled), newest date first, filtered by the date printed on the document, its kind and its
status. Cancelled and superseded numbers stay in it: the journal has no gaps.

    page = services.journal.page(actor, JournalFilter(start=date(2026, 1, 1)), 0, 200)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import aliased, selectinload

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.errors import DomainError
from desktop.domain.roles import Action
from desktop.models.applicant import Applicant
from desktop.models.application import Application
from desktop.models.conclusion import Conclusion
from desktop.services.actor import Actor
from desktop.storage.database import Database

__all__ = ["JournalEntry", "JournalError", "JournalFilter", "JournalService", "JournalSigner"]


class JournalError(DomainError):
    code = "journal"


@dataclass(frozen=True)
class JournalFilter:
    """Which documents to list; an empty set of kinds or statuses lists every one."""

    start: date | None = None
    end: date | None = None
    kinds: frozenset[ConclusionKind] = frozenset()
    statuses: frozenset[ConclusionStatus] = frozenset()

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise JournalError(f"the period ends ({self.end:%d.%m.%Y}) before it starts "
                               f"({self.start:%d.%m.%Y})", f"{self.end:%d.%m.%Y}",
                               f"{self.start:%d.%m.%Y}", reason="period")


@dataclass(frozen=True)
class JournalSigner:
    full_name: str
    seat: str
    signed_at: datetime | None
    certificate_subject: str | None


@dataclass(frozen=True)
class JournalEntry:
    id: int
    number: str
    kind: ConclusionKind
    issued_on: date
    application_id: int
    application_number: str
    applicant: str
    status: ConclusionStatus
    agreed: bool | None
    corrects_number: str | None
    languages: tuple[str, ...]
    signers: tuple[JournalSigner, ...]

    @property
    def signed(self) -> int:
        """How many of the signers have signed."""
        return sum(1 for s in self.signers if s.signed_at is not None)


class JournalService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, actor: Actor, query: JournalFilter) -> int:
        actor.require(Action.READ_JOURNAL)
        with self.db.read() as s:
            stmt = select(func.count(Conclusion.id)).where(*_conditions(query))
            return int(s.execute(stmt).scalar_one())

    def page(self, actor: Actor, query: JournalFilter, offset: int,
             limit: int) -> list[JournalEntry]:
        """*limit* entries from *offset*, the newest date first (then the newest number)."""
        actor.require(Action.READ_JOURNAL)
        corrected = aliased(Conclusion)
        stmt = (select(Conclusion, Application.number, Applicant, corrected.number)
                .join(Application, Application.id == Conclusion.application_id)
                .join(Applicant, Applicant.id == Application.applicant_id)
                .outerjoin(corrected, corrected.id == Conclusion.corrects_id)
                .where(*_conditions(query))
                .options(selectinload(Conclusion.signers), selectinload(Conclusion.documents))
                .order_by(Conclusion.issued_on.desc(), Conclusion.id.desc())
                .offset(offset).limit(limit))
        with self.db.read() as s:
            return [_entry(c, app_number, applicant.display_name, corrects)
                    for c, app_number, applicant, corrects in s.execute(stmt)]


def _conditions(query: JournalFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.start is not None:
        conditions.append(Conclusion.issued_on >= query.start)
    if query.end is not None:
        conditions.append(Conclusion.issued_on <= query.end)
    if query.kinds:
        conditions.append(Conclusion.kind.in_(sorted(str(k) for k in query.kinds)))
    if query.statuses:
        conditions.append(Conclusion.status.in_(sorted(str(s) for s in query.statuses)))
    return conditions


def _entry(c: Conclusion, application_number: str, applicant: str,
           corrects: str | None) -> JournalEntry:
    return JournalEntry(
        id=c.id, number=c.number, kind=ConclusionKind(c.kind), issued_on=c.issued_on,
        application_id=c.application_id, application_number=application_number,
        applicant=applicant, status=ConclusionStatus(c.status), agreed=c.agreed,
        corrects_number=corrects, languages=tuple(d.lang for d in c.documents),
        signers=tuple(JournalSigner(g.full_name, g.seat, g.signed_at, g.certificate_subject)
                      for g in c.signers))
