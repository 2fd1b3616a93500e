"""The certificate for the right to temporarily export: drafted, signed, found, cancelled.

The certificate is the service's named result: the local executive body issues it on the
commission's agreed conclusion, and the applicant takes it to the border. It lives with the
commission's documents (its own kind, its own numbers per region and year:
``AKM-2026-C0001``), is signed by the official the region profile names through the same
signing path as the conclusion, and is closed by the return act.

Issuing an agreed conclusion drafts the certificate already (see
:mod:`desktop.services.certificate_issue`); :meth:`CertificateService.draft` is for when
that could not happen then (nobody was seated to sign it), or after a draft was cancelled.

For a script (the demo data, a migration of old records) the two calls are::

    service = CertificateService(db)
    certificate = service.draft(clerk_or_official, application_id)   # if none yet
    service.sign(official, certificate.id, key)                       # issues it
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from sqlalchemy import select

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.errors import NotFoundError
from desktop.domain.roles import Action
from desktop.models.application import Application
from desktop.models.conclusion import Conclusion
from desktop.services import lookup
from desktop.services.actor import Actor
from desktop.services.certificate_issue import (
    CertificateError,
    cancel_certificate,
    draft_certificate,
    live_certificate,
)
from desktop.services.conclusions import ConclusionService, ConclusionSummary
from desktop.signing import SigningKey
from desktop.storage.blobs import DatabaseBlobStore
from desktop.storage.database import Database

__all__ = ["CertificateError", "CertificateService"]

log = logging.getLogger(__name__)


class CertificateService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.blobs = DatabaseBlobStore()
        self.conclusions = ConclusionService(db)

    def draft(self, actor: Actor, application_id: int, *, today: date | None = None
              ) -> ConclusionSummary:
        """Number and render the certificate of an agreed export on its issued conclusion,
        for the official the region profile names to sign."""
        actor.require(Action.DRAFT_CERTIFICATE)
        today = today or date.today()
        with self.db.write() as s:
            app = lookup.application(s, application_id, lock=True)
            conclusion = s.execute(select(Conclusion).where(
                Conclusion.application_id == app.id,
                Conclusion.kind == ConclusionKind.CONCLUSION.value,
                Conclusion.status == ConclusionStatus.ISSUED.value)).scalars().first()
            if conclusion is None:
                raise CertificateError(f"application {app.number} has no issued conclusion",
                                       app.number, reason="not_agreed")
            certificate_id = draft_certificate(s, actor, app, conclusion, self.blobs, today).id
        return self.conclusions.summary(actor, certificate_id)

    def sign(self, actor: Actor, certificate_id: int, key: SigningKey, *,
             timestamp_url: str | None = None, at: datetime | None = None
             ) -> ConclusionSummary:
        """The official signs the certificate (in both languages), which issues it."""
        self._certificate(actor, certificate_id)
        return self.conclusions.sign(actor, certificate_id, key, timestamp_url=timestamp_url,
                                     at=at)

    def cancel(self, actor: Actor, certificate_id: int, reason: str) -> ConclusionSummary:
        """Withdraw a certificate nobody has signed (a wrong official, a wrong period): its
        number stays in the journal, cancelled, and a new one can be drafted."""
        actor.require(Action.DRAFT_CERTIFICATE)
        if not reason.strip():
            raise CertificateError("say why the certificate is cancelled", reason="no_reason")
        with self.db.write() as s:
            certificate = s.get(Conclusion, certificate_id)
            if certificate is None or certificate.kind != ConclusionKind.CERTIFICATE:
                raise NotFoundError(f"no certificate with id {certificate_id}", certificate_id,
                                    reason="certificate_id")
            lookup.application(s, certificate.application_id, lock=True)
            cancel_certificate(s, actor, certificate, reason.strip())
        return self.conclusions.summary(actor, certificate_id)

    def for_application(self, actor: Actor, application_id: int) -> ConclusionSummary | None:
        """The application's certificate that is not cancelled, or None."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            certificate = live_certificate(s, application_id)
            found = certificate.id if certificate is not None else None
        return self.conclusions.summary(actor, found) if found is not None else None

    def by_number(self, actor: Actor, number: str) -> ConclusionSummary:
        """The certificate with this number, or the live certificate of the application
        numbered so; :class:`NotFoundError` when there is none."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            found = s.execute(select(Conclusion.id).where(
                Conclusion.number == number,
                Conclusion.kind == ConclusionKind.CERTIFICATE.value)).scalar()
            if found is None:
                app_id = s.execute(select(Application.id).where(
                    Application.number == number)).scalar()
                certificate = live_certificate(s, app_id) if app_id is not None else None
                found = certificate.id if certificate is not None else None
        if found is None:
            raise NotFoundError(f"no certificate numbered {number}, and no application so "
                                "numbered that has one", number, reason="no_certificate")
        return self.conclusions.summary(actor, found)

    def journal(self, actor: Actor, *, year: int | None = None) -> list[ConclusionSummary]:
        """Every certificate number given, in order, cancelled ones included."""
        return self.conclusions.journal(actor, year=year, kind=ConclusionKind.CERTIFICATE)

    def document(self, actor: Actor, certificate_id: int, lang: str) -> bytes:
        """The certificate's PDF in *lang* as it stands (signed once issued)."""
        self._certificate(actor, certificate_id)
        return self.conclusions.document(actor, certificate_id, lang)

    def _certificate(self, actor: Actor, certificate_id: int) -> ConclusionSummary:
        summary = self.conclusions.summary(actor, certificate_id)
        if summary.kind != ConclusionKind.CERTIFICATE:
            raise NotFoundError(f"{summary.number} is not a certificate", summary.number,
                                reason="not_a_certificate")
        return summary
