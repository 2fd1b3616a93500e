"""The certificate inside the caller's transaction: drafted on an agreed conclusion, closed
by the return act.

The conclusion service drafts the certificate in the same transaction that issues an agreed
conclusion, and closes it in the one that issues the return act; the certificate service
drafts one on its own when that first attempt could not (no official was seated then).
Both go through :func:`draft_certificate`, so a certificate is numbered, addressed and
rendered one way.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop import reports
from desktop.domain.conclusions import OPEN_STATUSES, ConclusionKind, ConclusionStatus
from desktop.domain.errors import DomainError
from desktop.domain.regions import RegionProfile, load_profile
from desktop.domain.roles import Action, Role, allowed
from desktop.domain.seats import SeatKind
from desktop.domain.workflow import Status
from desktop.models.application import Application
from desktop.models.conclusion import Conclusion, ConclusionSigner
from desktop.models.user import CommissionSeat, User
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.conclusion_data import AnnexPhotos, attach_document, certificate_data
from desktop.storage.blobs import BlobStore
from desktop.storage.counters import next_value

__all__ = ["FIELD", "CertificateError", "cancel_certificate", "close_certificate",
           "draft_certificate", "draft_on_issue", "issuer_of", "live_certificate",
           "redraft_on_correction"]

log = logging.getLogger(__name__)

LETTER = "C"
"""The letter before a certificate's sequence number: AKM-2026-C0001."""
FIELD = "official"
"""The name of the official's signature field."""


class CertificateError(DomainError):
    code = "certificate"


def live_certificate(s: Session, application_id: int) -> Conclusion | None:
    """The application's certificate that is not cancelled (there is at most one)."""
    return s.execute(select(Conclusion).where(
        Conclusion.application_id == application_id,
        Conclusion.kind == ConclusionKind.CERTIFICATE.value,
        Conclusion.status != ConclusionStatus.CANCELLED.value)).scalars().first()


def issuer_of(s: Session, profile: RegionProfile, on: date) -> tuple[User, SeatKind]:
    """Who signs the region's certificates on *on*, and in which seat: the one active holder
    of the seat the profile names (an official of the executive body, or the chair)."""
    issuer = profile.certificate_issuer
    if issuer is None:
        raise CertificateError(f"the region profile '{profile.code}' names nobody who issues "
                               "certificates", profile.code, reason="no_issuer_in_profile")
    seat = issuer.role
    users = s.execute(
        select(User).join(CommissionSeat, CommissionSeat.user_id == User.id)
        .where(CommissionSeat.region == profile.code, CommissionSeat.seat == seat.value,
               CommissionSeat.since <= on,
               or_(CommissionSeat.until.is_(None), CommissionSeat.until >= on),
               User.active.is_(True))
        .order_by(CommissionSeat.id)).scalars().all()
    day = on.strftime("%d.%m.%Y")
    if not users:
        raise CertificateError(f"nobody holds the seat '{seat}' of the region "
                               f"'{profile.code}' on {on.isoformat()}", "0", day,
                               reason="no_issuer")
    if len(users) > 1:
        raise CertificateError(f"{len(users)} people hold the seat '{seat}' of the region "
                               f"'{profile.code}' on {on.isoformat()}; exactly one signs the "
                               "certificates", len(users), day, reason="many_issuers")
    user = users[0]
    if not allowed(Role(user.role), Action.SIGN):
        raise CertificateError(f"{user.full_name} holds the seat '{seat}' but the role "
                               f"'{user.role}' may not sign", user.full_name,
                               reason="issuer_cannot_sign")
    return user, seat


def draft_certificate(s: Session, actor: Actor, app: Application, conclusion: Conclusion,
                      blobs: BlobStore, today: date) -> Conclusion:
    """Number and render the certificate of *app* on its issued agreed *conclusion*, for
    the profile's issuer to sign. Refused (:class:`CertificateError`) when the export is not
    agreed, a certificate is there already, the period has no end or nobody may sign."""
    if app.status != Status.ISSUED_AGREED or conclusion.kind != ConclusionKind.CONCLUSION \
            or conclusion.status != ConclusionStatus.ISSUED or not conclusion.agreed:
        raise CertificateError(f"application {app.number} has no issued agreed conclusion",
                               app.number, reason="not_agreed")
    live = live_certificate(s, app.id)
    if live is not None:
        raise CertificateError(f"application {app.number} has its certificate {live.number}",
                               app.number, live.number, reason="drafted_already")
    if app.export_until is None:
        raise CertificateError(f"application {app.number} gives no end of the export period",
                               app.number, reason="no_return_date")
    profile = load_profile(app.region)
    official, seat = issuer_of(s, profile, today)
    seq = next_value(s, f"{ConclusionKind.CERTIFICATE.value}:{profile.code}:{today.year}")
    certificate = Conclusion(
        application_id=app.id, kind=ConclusionKind.CERTIFICATE,
        number=f"{profile.number_prefix}-{today.year}-{LETTER}{seq:04d}", year=today.year,
        sequence=seq, issued_on=today, agreed=None, status=ConclusionStatus.DRAFT,
        based_on_id=conclusion.id, note="", reasons=[], created_by_id=actor.user_id)
    certificate.signers.append(ConclusionSigner(
        user_id=official.id, seat=seat.value, field_name=FIELD, position=1,
        full_name=official.full_name))
    s.add(certificate)
    s.flush()
    photos = AnnexPhotos(s, blobs, app.id, sizing=reports.certificate_photo_pixels)
    for lang in profile.conclusion_languages:
        data = certificate_data(s, certificate, conclusion, app, profile, lang, photos)
        attach_document(s, blobs, certificate, lang, data, reports.render_certificate(data))
    audit.record(s, actor, "certificate.draft", entity="conclusion", entity_id=certificate.id,
                 application_id=app.id,
                 after={"number": certificate.number, "conclusion": conclusion.number,
                        "official": official.full_name})
    log.info("drafted certificate %s on %s", certificate.number, conclusion.number)
    return certificate


def draft_on_issue(s: Session, actor: Actor, app: Application, conclusion: Conclusion,
                   blobs: BlobStore, today: date | None = None) -> None:
    """The certificate of the agreed export, drafted in the transaction that issues
    *conclusion*.

    When it cannot be drafted now (nobody holds the issuer's seat, the period has no end),
    the conclusion is issued all the same: the refusal is audited, and the certificate is
    drafted later from the application's Conclusion tab or the certificate service.
    """
    try:
        with s.begin_nested():
            draft_certificate(s, actor, app, conclusion, blobs, today or date.today())
    except CertificateError as exc:
        log.warning("certificate of %s not drafted: %s", app.number, exc)
        audit.record(s, actor, "certificate.not_drafted", entity="conclusion",
                     entity_id=conclusion.id, application_id=app.id,
                     after={"reason": exc.reason, "values": list(exc.values)})


def redraft_on_correction(s: Session, actor: Actor, app: Application, correction: Conclusion,
                          blobs: BlobStore, today: date | None = None) -> None:
    """A correction replaces the conclusion a certificate draft cites: the draft, still
    unsigned, is cancelled and drafted again on the correction. A signed certificate stays
    as it was issued."""
    certificate = live_certificate(s, app.id)
    if certificate is None or certificate.status not in OPEN_STATUSES:
        return
    cancel_certificate(s, actor, certificate, f"the conclusion is corrected by "
                                              f"{correction.number}")
    if correction.agreed:
        draft_on_issue(s, actor, app, correction, blobs, today)


def cancel_certificate(s: Session, actor: Actor, certificate: Conclusion, reason: str) -> None:
    """Withdraw a certificate that nobody has signed yet; its number stays, cancelled."""
    if certificate.status not in OPEN_STATUSES:
        raise CertificateError(f"{certificate.number} is {certificate.status}; only a draft is "
                               "cancelled", certificate.number, reason="not_a_draft")
    certificate.status = ConclusionStatus.CANCELLED
    audit.record(s, actor, "certificate.cancel", entity="conclusion", entity_id=certificate.id,
                 application_id=certificate.application_id,
                 after={"number": certificate.number, "reason": reason})
    log.info("cancelled certificate %s: %s", certificate.number, reason)


def close_certificate(s: Session, actor: Actor, application_id: int, act: Conclusion) -> None:
    """The return act *act* is issued: the items are back, so the certificate is spent
    (closed); a certificate still unsigned then was never used and is cancelled."""
    certificate = live_certificate(s, application_id)
    if certificate is None:
        return
    if certificate.status in OPEN_STATUSES:
        cancel_certificate(s, actor, certificate, f"closed by the return act {act.number}")
        return
    if certificate.status == ConclusionStatus.ISSUED:
        certificate.status = ConclusionStatus.CLOSED
        audit.record(s, actor, "certificate.close", entity="conclusion",
                     entity_id=certificate.id, application_id=application_id,
                     after={"number": certificate.number, "return_act": act.number})
