"""What the administrator's start page shows: accounts locked after failed sign-ins, staff
who sign but hold no seat on the commission today, the signing certificates of seated
people that expire within 30 days, and the last backup.

A seated person's certificate is the one of their latest signature: it is read from the
signed document the database keeps (the certificate is embedded in the PDF), so the date
is the certificate's own, not a guess. The documents are read without the signing
library (see :func:`signing_certificates`); still, call :meth:`AdminDeskService.overview`
off the GUI thread.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.roles import Action, Role
from desktop.models.conclusion import Conclusion, ConclusionDocument, ConclusionSigner
from desktop.models.user import CommissionSeat, User
from desktop.services.actor import Actor
from desktop.services.backups import BackupService, LastBackup
from desktop.services.settings import region_profile
from desktop.storage.blobs import DatabaseBlobStore
from desktop.storage.database import Database

__all__ = ["EXPIRY_NOTICE", "AdminDeskService", "AdminOverview", "ExpiringKey",
           "LockedAccount", "Unseated"]

log = logging.getLogger(__name__)

EXPIRY_NOTICE = timedelta(days=30)
"""A signing certificate that ends within this is named on the start page."""
SIGNING_ROLES = (Role.MEMBER, Role.CHAIR, Role.OFFICIAL)
"""The roles whose signatures need a seat (a clerk's and an administrator's need none)."""


@dataclass(frozen=True)
class LockedAccount:
    username: str
    full_name: str
    until: datetime


@dataclass(frozen=True)
class Unseated:
    username: str
    full_name: str
    role: Role


@dataclass(frozen=True)
class ExpiringKey:
    username: str
    full_name: str
    subject: str
    expires: datetime
    document: str
    """The number of the document whose signature carries the certificate."""


@dataclass(frozen=True)
class AdminOverview:
    locked: tuple[LockedAccount, ...]
    unseated: tuple[Unseated, ...]
    expiring: tuple[ExpiringKey, ...]
    last_backup: LastBackup | None
    backup_overdue: bool
    """No backup is known, or the last is older than a week."""


class AdminDeskService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def overview(self, actor: Actor, now: datetime | None = None) -> AdminOverview:
        actor.require(Action.MANAGE_USERS)
        now = now or datetime.now(UTC)
        today = now.astimezone().date()
        last = BackupService(self.db).last(actor)
        with self.db.read() as s:
            locked = tuple(LockedAccount(u.username, u.full_name, u.locked_until)
                           for u in s.execute(select(User).where(
                               User.locked_until.is_not(None), User.locked_until > now)
                               .order_by(User.username)).scalars()
                           if u.locked_until is not None)
            seated = _seated(s, today)
            unseated = tuple(Unseated(u.username, u.full_name, Role(u.role))
                             for u in s.execute(select(User).where(
                                 User.active.is_(True),
                                 User.role.in_([str(r) for r in SIGNING_ROLES]))
                                 .order_by(User.username)).scalars()
                             if u.id not in seated)
            expiring = tuple(key for user in seated.values()
                             if (key := _last_key(s, user)) is not None
                             and key.expires - now <= EXPIRY_NOTICE)
        return AdminOverview(locked, unseated, expiring, last,
                             last is None or last.overdue(now))


def _seated(s: Session, today: date) -> dict[int, User]:
    """The active people seated on this region's commission today, by id."""
    region = region_profile(s).code
    rows = s.execute(select(User).join(CommissionSeat, CommissionSeat.user_id == User.id)
                     .where(CommissionSeat.region == region, CommissionSeat.since <= today,
                            or_(CommissionSeat.until.is_(None), CommissionSeat.until >= today),
                            User.active.is_(True))).scalars()
    return {user.id: user for user in rows}


def _last_key(s: Session, user: User) -> ExpiringKey | None:
    """The certificate of *user*'s latest signature, read from the signed document."""
    row = s.execute(select(ConclusionSigner, Conclusion.number)
                    .join(Conclusion, Conclusion.id == ConclusionSigner.conclusion_id)
                    .where(ConclusionSigner.user_id == user.id,
                           ConclusionSigner.signed_at.is_not(None))
                    .order_by(ConclusionSigner.signed_at.desc()).limit(1)).first()
    if row is None:
        return None
    signer, number = row
    document = s.execute(select(ConclusionDocument).where(
        ConclusionDocument.conclusion_id == signer.conclusion_id)
        .order_by(ConclusionDocument.lang)).scalars().first()
    if document is None:
        return None
    try:
        certificates = signing_certificates(DatabaseBlobStore().get(s, document.current_sha256))
    except DomainError as exc:  # a damaged blob: the check command names it
        log.warning("the document of %s's signature on %s cannot be read: %s",
                    user.username, number, exc)
        return None
    for cert in certificates:
        if signer.certificate_serial and signer.certificate_serial in \
                str(cert.subject.native.get("serial_number", "")):
            return ExpiringKey(user.username, user.full_name, signer.certificate_subject or "",
                               cert.not_valid_after, number)
    return None


_CONTENTS = re.compile(rb"/Contents\s*<([0-9A-Fa-f]+)>")


def signing_certificates(pdf: bytes) -> list[asn1_x509.Certificate]:
    """The certificate of each signature in *pdf*, from the signature's own CMS.

    The signature values are found as the hexadecimal ``/Contents`` of the signature
    dictionaries (never compressed: the signed byte ranges skip them), so the start page
    reads them without the signing library; anything that is no CMS signature is passed
    over.
    """
    found: list[asn1_x509.Certificate] = []
    for match in _CONTENTS.finditer(pdf):
        try:
            info = cms.ContentInfo.load(bytes.fromhex(match.group(1).decode()))
            if info["content_type"].native != "signed_data":
                continue
            signed = info["content"]
            wanted = {(si["sid"].chosen["serial_number"].native) for si in signed["signer_infos"]
                      if si["sid"].name == "issuer_and_serial_number"}
            found.extend(c.chosen for c in signed["certificates"]
                         if c.name == "certificate" and c.chosen.serial_number in wanted)
        except (ValueError, TypeError, KeyError):
            continue
    return found
