"""The documents required before a conclusion, and the chairperson's override.

The region profile names the documents each kind of applicant must submit; a conclusion is
not drafted while one of them has no scanned page (:mod:`desktop.domain.requirements`).
The chairperson may override that for the documents missing at the time, with a written
reason. The override is kept and audited, and printed on no document.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import Detail, DomainError
from desktop.domain.regions import load_profile
from desktop.domain.requirements import missing_documents, not_waived
from desktop.domain.roles import Action
from desktop.domain.workflow import FINAL_STATUSES
from desktop.models.application import Application
from desktop.models.base import utcnow
from desktop.models.document import DocumentPage
from desktop.models.requirements import DocumentWaiver
from desktop.models.user import User
from desktop.services import audit, lookup
from desktop.services.actor import Actor
from desktop.storage.database import Database

__all__ = [
    "DocumentCheck",
    "DocumentsMissing",
    "RequirementsError",
    "RequirementsService",
    "Waiver",
    "ensure_documents",
]

log = logging.getLogger(__name__)

REASON_LIMIT = 2000


class RequirementsError(DomainError):
    code = "requirements"


class DocumentsMissing(RequirementsError):
    """Required documents have no scanned page and no override; ``documents`` lists their
    :class:`PaperDocument` codes, a detail each (named in the reader's language)."""

    reason = "missing"

    def __init__(self, number: str, documents: tuple[str, ...]) -> None:
        listed = ", ".join(documents)
        super().__init__(f"application {number} has no scanned page of: {listed}", number,
                         details=[Detail("requirements.document", (code,),
                                         terms=("paper_document",)) for code in documents])
        self.documents = documents


@dataclass(frozen=True)
class Waiver:
    documents: tuple[str, ...]
    reason: str
    waived_by: str
    waived_at: datetime


@dataclass(frozen=True)
class DocumentCheck:
    required: tuple[str, ...]
    """The documents the region requires of this applicant, in the profile's order."""
    missing: tuple[str, ...]
    """Those with no scanned page."""
    waiver: Waiver | None

    @property
    def blocking(self) -> tuple[str, ...]:
        """The missing documents no override covers: these stop a conclusion."""
        return not_waived(self.missing, self.waiver.documents if self.waiver else ())


def _check(s: Session, app: Application) -> DocumentCheck:
    required = load_profile(app.region).documents_required(app.applicant.kind)
    kinds = s.execute(select(DocumentPage.kind).distinct().where(
        DocumentPage.application_id == app.id, DocumentPage.deleted_at.is_(None))).scalars()
    row = s.execute(select(DocumentWaiver, User.full_name)
                    .join(User, User.id == DocumentWaiver.waived_by_id)
                    .where(DocumentWaiver.application_id == app.id)).first()
    waiver = None if row is None else Waiver(tuple(row[0].documents), row[0].reason, row[1],
                                              row[0].waived_at)
    return DocumentCheck(required, missing_documents(required, kinds), waiver)


def ensure_documents(s: Session, app: Application) -> None:
    """Refuse (:class:`DocumentsMissing`) while a required document has no scanned page and
    no override covers it."""
    blocking = _check(s, app).blocking
    if blocking:
        raise DocumentsMissing(app.number, blocking)


class RequirementsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def check(self, actor: Actor, application_id: int) -> DocumentCheck:
        """Which required documents the application has scanned, and the override."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            return _check(s, lookup.application(s, application_id))

    def waive(self, actor: Actor, application_id: int, reason: str) -> DocumentCheck:
        """The chairperson lets the conclusion be drafted without the documents missing now,
        for the written ``reason`` (replaces an earlier override of the application)."""
        actor.require(Action.AGREE_RESULT)
        reason = reason.strip()
        if not reason:
            raise RequirementsError("write why the conclusion may go without the documents",
                                    reason="no_reason")
        if len(reason) > REASON_LIMIT:
            raise RequirementsError(f"the reason may have at most {REASON_LIMIT} characters",
                                    REASON_LIMIT, reason="reason_too_long")
        with self.db.write() as s:
            app = lookup.application(s, application_id, lock=True)
            if app.status in FINAL_STATUSES:
                raise RequirementsError(f"application {app.number} is decided", app.number,
                                        reason="decided")
            check = _check(s, app)
            if not check.missing:
                raise RequirementsError(f"application {app.number} lacks no required "
                                        "document", app.number, reason="nothing_missing")
            row = s.execute(select(DocumentWaiver).where(
                DocumentWaiver.application_id == app.id)).scalar_one_or_none()
            before = None if row is None else {"documents": row.documents, "reason": row.reason}
            if row is None:
                row = DocumentWaiver(application_id=app.id, documents=list(check.missing),
                                     reason=reason, waived_by_id=actor.user_id)
                s.add(row)
            else:
                assert actor.user_id is not None  # the chair's account: the system waives none
                row.documents, row.reason = list(check.missing), reason
                row.waived_by_id, row.waived_at = actor.user_id, utcnow()
            s.flush()
            audit.record(s, actor, "documents.waive", entity="application", entity_id=app.id,
                         application_id=app.id, before=before,
                         after={"documents": list(check.missing), "reason": reason})
            log.info("application %s: missing documents waived by user %s", app.number,
                     actor.user_id)
            return _check(s, app)
