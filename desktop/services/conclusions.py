"""The conclusion and the refusal letter: drafted, numbered, signed in turn, issued.

Drafting renders one PDF per language of the region profile, lays out a signature field
for the chairperson and each member, and takes the workflow to "conclusion drafted", in
one transaction. Members sign first; the chairperson signs last, which locks the documents
and issues the conclusion. Issued conclusions are never changed: a correction is a new
conclusion that refers to the old one.

The certificate goes through the same signing: issuing an agreed conclusion drafts it
(:mod:`desktop.services.certificate_issue`), its official's signature issues it, and the
return act's closes it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime
from io import BytesIO
from typing import TYPE_CHECKING

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from desktop import reports, signing
from desktop.domain.conclusions import OPEN_STATUSES, ConclusionKind, ConclusionStatus
from desktop.domain.errors import ConflictError, Detail, NotFoundError
from desktop.domain.examination_rules import LanguagesIncomplete
from desktop.domain.quorum import require_quorum
from desktop.domain.refusals import RefusalGround, make_refusal
from desktop.domain.regions import RegionProfile, load_profile
from desktop.domain.returns import CheckResult
from desktop.domain.roles import Action
from desktop.domain.seats import SeatKind
from desktop.domain.workflow import Status
from desktop.models.application import Application
from desktop.models.base import utcnow
from desktop.models.conclusion import Conclusion, ConclusionDocument, ConclusionSigner
from desktop.models.document import Blob
from desktop.models.returns import ItemReturn
from desktop.models.user import CommissionSeat, User
from desktop.services import audit, lookup
from desktop.services.actor import Actor
from desktop.services.audit_witness import current_head
from desktop.services.certificate_issue import (
    close_certificate,
    draft_on_issue,
    redraft_on_correction,
)
from desktop.services.conclusion_data import (
    AnnexPhotos,
    agreed_records,
    all_recommended,
    attach_document,
    conclusion_data,
    refusal_data,
    return_act_data,
)
from desktop.services.examination import ensure_examined
from desktop.services.requirements import ensure_documents
from desktop.services.returns import (
    GAP_WORDS,
    ActGap,
    open_act,
    return_gaps,
    return_records,
)
from desktop.services.signing_turn import ConclusionError, turn_refusal
from desktop.services.trust import TrustStore
from desktop.services.wording import wording_gaps
from desktop.services.workflow import WorkflowService
from desktop.signing.certificates import identity_of
from desktop.signing.errors import SigningNotice
from desktop.signing.ncalayer import NcaLayerKey
from desktop.storage.blobs import DatabaseBlobStore
from desktop.storage.counters import next_value
from desktop.storage.database import Database

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509

    from desktop.signing import SigningKey, VerificationReport

log = logging.getLogger(__name__)

PDF = "application/pdf"


class ReturnActIncomplete(ConclusionError):
    """The return act cannot be drafted yet; ``gaps`` says what each item lacks."""

    reason = "act_incomplete"

    def __init__(self, number: str, gaps: list[ActGap]) -> None:
        listed = "; ".join(f"item {g.position} {GAP_WORDS[g.reason]}" for g in gaps)
        super().__init__(f"the return act of {number} cannot be drafted yet: {listed}",
                         number,
                         details=[Detail(f"act_gap.{g.reason}", (str(g.position), g.name))
                                  for g in gaps])
        self.gaps = gaps


_CLOSING_SEATS = frozenset({SeatKind.CHAIR.value, SeatKind.OFFICIAL.value})
"""The seats whose signature comes last and issues the document: the chairperson's on the
commission's documents, the official's (or the chair's, as the profile says) on a
certificate."""

_LETTERS = {ConclusionKind.CONCLUSION: "Q", ConclusionKind.REFUSAL: "R",
            ConclusionKind.RETURN_ACT: "V"}
"""The letter before a document's sequence number: Q2026-…, R…, V (for "return")."""

_REASONS = {
    ConclusionKind.CONCLUSION: {"kk": "Сараптама комиссиясының қорытындысы",
                                "ru": "Заключение экспертной комиссии"},
    ConclusionKind.REFUSAL: {"kk": "Сараптама комиссиясының дәлелді бас тартуы",
                             "ru": "Мотивированный отказ экспертной комиссии"},
    ConclusionKind.RETURN_ACT: {"kk": "Қайтаруды тексеру актісі",
                                "ru": "Акт проверки возврата"},
    ConclusionKind.CERTIFICATE: {"kk": "Мәдени құндылықтарды уақытша әкету құқығына куәлік",
                                 "ru": "Свидетельство на право временного вывоза "
                                       "культурных ценностей"},
}
"""The reason written into each signature, in the language of the document it signs."""


@dataclass(frozen=True)
class SignerState:
    user_id: int
    full_name: str
    seat: str
    field_name: str
    signed_at: datetime | None


@dataclass(frozen=True)
class ConclusionSummary:
    id: int
    number: str
    kind: ConclusionKind
    application_id: int
    application_number: str
    applicant: str
    issued_on: date
    agreed: bool | None
    status: ConclusionStatus
    corrects_number: str | None
    languages: tuple[str, ...]
    signers: tuple[SignerState, ...]
    version: int
    ground: RefusalGround | None = None
    """A refusal letter's ground."""
    notices: tuple[SigningNotice, ...] = ()
    """What the signer should know about the signature just made (only from :meth:`sign`):
    e.g. that the time-stamp service did not answer and the signature has no timestamp."""
    based_on_number: str | None = None
    """For a certificate: the number of the conclusion it is issued on."""

    @property
    def missing(self) -> tuple[SignerState, ...]:
        """Who has yet to sign, in signing order."""
        return tuple(s for s in self.signers if s.signed_at is None)


@dataclass(frozen=True)
class _ToSign:
    conclusion_id: int
    kind: ConclusionKind
    version: int
    seat: str
    field_name: str
    locations: dict[str, str]
    """The signing city in each document's language."""
    documents: dict[str, bytes]
    closes: bool
    """This signature is the last: it locks the documents and issues them."""
    audit_head: str | None
    """The audit journal's head when the signing began: written into each signature."""


def _summary(s: Session, c: Conclusion) -> ConclusionSummary:
    app = s.get(Application, c.application_id)
    assert app is not None
    corrects = s.get(Conclusion, c.corrects_id) if c.corrects_id else None
    based_on = s.get(Conclusion, c.based_on_id) if c.based_on_id else None
    return ConclusionSummary(
        id=c.id, number=c.number, kind=ConclusionKind(c.kind), application_id=app.id,
        application_number=app.number, applicant=app.applicant.display_name,
        issued_on=c.issued_on, agreed=c.agreed, status=ConclusionStatus(c.status),
        corrects_number=corrects.number if corrects else None,
        languages=tuple(d.lang for d in c.documents),
        signers=tuple(SignerState(g.user_id, g.full_name, g.seat, g.field_name, g.signed_at)
                      for g in c.signers),
        version=c.version,
        ground=RefusalGround(c.ground) if c.ground else None,
        based_on_number=based_on.number if based_on else None,
    )


def _blob_used(s: Session, sha: str) -> bool:
    """Whether any document still refers to the blob ``sha``."""
    return s.execute(select(ConclusionDocument.id).where(or_(
        ConclusionDocument.unsigned_sha256 == sha, ConclusionDocument.current_sha256 == sha))
        .limit(1)).first() is not None


def _seats(s: Session, region: str, on: date) -> tuple[User, list[User]]:
    """The commission on *on*: its chairperson and its members."""
    rows = s.execute(
        select(CommissionSeat, User).join(User, CommissionSeat.user_id == User.id)
        .where(CommissionSeat.region == region, CommissionSeat.since <= on,
               or_(CommissionSeat.until.is_(None), CommissionSeat.until >= on),
               User.active.is_(True))
        .order_by(CommissionSeat.id)
    ).all()
    chairs = [user for seat, user in rows if seat.seat == SeatKind.CHAIR]
    members = [user for seat, user in rows if seat.seat == SeatKind.MEMBER]
    if len(chairs) != 1:
        raise ConclusionError(
            f"the commission of the region '{region}' has {len(chairs)} chairpersons on "
            f"{on.isoformat()}; exactly one is needed to sign", len(chairs),
            on.strftime("%d.%m.%Y"), reason="chairpersons")
    return chairs[0], members


def _ensure_printable(s: Session, app: Application) -> None:
    """Drafting needs a complete agreed result of every item, and every text the documents
    print (the records', the purpose and the occupation) in each of their languages: one
    refusal lists all that is missing."""
    try:
        ensure_examined(s, app.id)
        gaps = []
    except LanguagesIncomplete as exc:
        gaps = exc.gaps
    langs = tuple(load_profile(app.region).conclusion_languages)
    gaps = wording_gaps(app, langs) + gaps
    if gaps:
        raise LanguagesIncomplete(gaps)


def _check_decision_day(app: Application, day: date, today: date) -> None:
    """The commission decides between the receipt of the application and today."""
    if day > today:
        raise ConclusionError(f"the decision date {day.isoformat()} is in the future",
                              day.strftime("%d.%m.%Y"), reason="decision_in_future")
    if day < app.received:
        raise ConclusionError(f"the decision date {day.isoformat()} is before the application "
                              f"{app.number} was received", day.strftime("%d.%m.%Y"),
                              app.received.strftime("%d.%m.%Y"),
                              reason="decision_before_received")


class ConclusionService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.blobs = DatabaseBlobStore()

    # -- drafting ---------------------------------------------------------------------------

    def draft(self, actor: Actor, application_id: int, *, agreed: bool | None = None,
              decided_on: date | None = None, today: date | None = None
              ) -> ConclusionSummary:
        """Number and render the conclusion of an examined application.

        It is dated on the commission's decision: *decided_on*, which only the chairperson
        gives, or else the day the chairperson finished the examination.
        """
        actor.require(Action.RENDER)
        if decided_on is not None:
            actor.require(Action.AGREE_RESULT)
        today = today or date.today()
        with self.db.write() as s:
            app = lookup.application(s, application_id)
            if app.status != Status.EXAMINED:
                raise ConclusionError(
                    f"application {app.number} is '{app.status}'; a conclusion is drafted "
                    "once the examination is finished", app.number, app.status,
                    reason="not_examined")
            _ensure_printable(s, app)
            ensure_documents(s, app)
            if agreed is None:
                agreed = all_recommended(list(agreed_records(s, app.id).values()))
            day = decided_on or min(app.status_changed_at.astimezone().date(), today)
            _check_decision_day(app, day, today)
            conclusion = self._new(s, actor, app, ConclusionKind.CONCLUSION, today,
                                   agreed=agreed, dated=day)
            WorkflowService(self.db).apply(s, actor, app, "draft_conclusion", today=today)
            return _summary(s, conclusion)

    def refuse(self, actor: Actor, application_id: int, ground: str | RefusalGround,
               text: str = "", *, expected_version: int | None = None,
               today: date | None = None) -> ConclusionSummary:
        """Refuse the application on *ground* (with the commission's words in *text*, a
        paragraph a line; required for "other") and draft the refusal letter, together."""
        actor.require(Action.REFUSE)
        today = today or date.today()
        refusal = make_refusal(ground, text)
        with self.db.write() as s:
            app = lookup.application(s, application_id)
            if expected_version is not None and app.version != expected_version:
                raise ConflictError(
                    f"application {app.number} was changed by someone else; reload it",
                    app.number, reason="application")
            WorkflowService(self.db).apply(s, actor, app, "refuse", refusal=refusal,
                                           today=today)
            letter = self._new(s, actor, app, ConclusionKind.REFUSAL, today,
                               reasons=list(refusal.details), ground=refusal.ground)
            return _summary(s, letter)

    def draft_refusal_letter(self, actor: Actor, application_id: int, *,
                             today: date | None = None) -> ConclusionSummary:
        """The letter for an application refused earlier without one (its stated reasons)."""
        actor.require(Action.REFUSE)
        today = today or date.today()
        with self.db.write() as s:
            app = lookup.application(s, application_id)
            if app.status != Status.REFUSED:
                raise ConclusionError(f"application {app.number} is not refused", app.number,
                                      reason="not_refused")
            if s.execute(select(Conclusion.id).where(
                    Conclusion.application_id == app.id,
                    Conclusion.kind == ConclusionKind.REFUSAL.value,
                    Conclusion.status != ConclusionStatus.CANCELLED.value)).first():
                raise ConclusionError(f"application {app.number} has its refusal letter",
                                      app.number, reason="letter_exists")
            refusal = make_refusal(app.refusal_ground or RefusalGround.OTHER,
                                   app.refusal_reasons or "—")
            letter = self._new(s, actor, app, ConclusionKind.REFUSAL, today,
                               reasons=list(refusal.details), ground=refusal.ground)
            return _summary(s, letter)

    def set_decision_date(self, actor: Actor, conclusion_id: int, day: date, *,
                          today: date | None = None) -> ConclusionSummary:
        """The chairperson dates the conclusion on the commission's decision, before anyone
        signs it: its documents are rendered again with that date (the number stays)."""
        actor.require(Action.AGREE_RESULT)
        today = today or date.today()
        with self.db.write() as s:
            c = self._conclusion(s, conclusion_id)
            if c.kind != ConclusionKind.CONCLUSION or c.status not in OPEN_STATUSES:
                raise ConclusionError(f"{c.number} is not a conclusion being drafted",
                                      c.number, reason="not_a_draft")
            if c.signatures:
                raise ConclusionError(f"{c.number} has {c.signatures} signature(s); its date "
                                      "is set before anyone signs", c.number,
                                      reason="date_after_signature")
            app = lookup.application(s, c.application_id)
            _check_decision_day(app, day, today)
            before = c.issued_on
            old = [doc.unsigned_sha256 for doc in c.documents]
            c.documents.clear()
            c.issued_on = day
            s.flush()
            unused = [sha for sha in old if not _blob_used(s, sha)]
            s.execute(delete(Blob).where(Blob.sha256.in_(unused)))
            self._render(s, c, app, load_profile(app.region))
            audit.record(s, actor, "conclusion.date", entity="conclusion", entity_id=c.id,
                         application_id=app.id, before={"date": before.isoformat()},
                         after={"number": c.number, "date": day.isoformat()})
            s.flush()
            return _summary(s, c)

    def correct(self, actor: Actor, conclusion_id: int, note: str, *,
                today: date | None = None) -> ConclusionSummary:
        """A new conclusion in place of an issued one, rendered from the current records."""
        actor.require(Action.AGREE_RESULT)
        today = today or date.today()
        if not note.strip():
            raise ConclusionError("say what the correction corrects", reason="no_correction_note")
        with self.db.write() as s:
            old = self._conclusion(s, conclusion_id)
            if old.kind != ConclusionKind.CONCLUSION or old.status != ConclusionStatus.ISSUED:
                raise ConclusionError(f"{old.number} is not an issued conclusion", old.number,
                                      reason="not_issued")
            app = lookup.application(s, old.application_id)
            _ensure_printable(s, app)
            new = self._new(s, actor, app, ConclusionKind.CONCLUSION, today,
                            agreed=old.agreed, corrects=old, note=note.strip())
            return _summary(s, new)

    def draft_return_act(self, actor: Actor, application_id: int, *,
                         today: date | None = None) -> ConclusionSummary:
        """The act of the return check, once every item is back (or accounted for) and
        each returned item has its return examination and verdict. The members who
        examined the returned items sign it, the chairperson last; that closes the export.
        """
        actor.require(Action.RENDER)
        today = today or date.today()
        with self.db.write() as s:
            app = lookup.application(s, application_id, lock=True)  # returns wait for it
            if app.status != Status.ISSUED_AGREED:
                raise ConclusionError(f"application {app.number} is '{app.status}'; a return "
                                      "act closes an agreed export that is still open",
                                      app.number, app.status, reason="act_not_open_export")
            act = open_act(s, app.id)
            if act is not None:
                raise ConclusionError(f"the return act {act.number} is drafted already",
                                      act.number, reason="act_exists")
            gaps = return_gaps(s, app)
            if gaps:
                raise ReturnActIncomplete(app.number, gaps)
            verdicts = s.execute(select(ItemReturn.check_result).where(
                ItemReturn.application_id == app.id)).scalars()
            all_match = all(v != CheckResult.DIFFERS for v in verdicts)
            examiners = {record.author_id for record in return_records(s, app.id).values()
                         if record.author_id is not None}
            act = self._new(s, actor, app, ConclusionKind.RETURN_ACT, today, agreed=all_match,
                            examiners=examiners)
            return _summary(s, act)

    def cancel(self, actor: Actor, conclusion_id: int, reason: str) -> ConclusionSummary:
        """Withdraw a return act that is being drafted or signed (its number stays in the
        journal, cancelled), so the returns and their check can be corrected."""
        actor.require(Action.RENDER)
        if not reason.strip():
            raise ConclusionError("say why the act is cancelled", reason="no_cancel_reason")
        with self.db.write() as s:
            c = self._conclusion(s, conclusion_id)
            if c.kind != ConclusionKind.RETURN_ACT or c.status not in OPEN_STATUSES:
                raise ConclusionError(f"{c.number} is not a return act being signed", c.number,
                                      reason="not_open_act")
            c.status = ConclusionStatus.CANCELLED
            audit.record(s, actor, "return_act.cancel", entity="conclusion", entity_id=c.id,
                         application_id=c.application_id,
                         after={"number": c.number, "reason": reason.strip()})
            return _summary(s, c)

    def _new(self, s: Session, actor: Actor, app: Application, kind: ConclusionKind,
             today: date, *, agreed: bool | None = None, reasons: list[str] | None = None,
             corrects: Conclusion | None = None, note: str = "",
             examiners: set[int] | None = None,
             ground: RefusalGround | None = None, dated: date | None = None) -> Conclusion:
        """Number, lay out the signers (for a return act: the members among *examiners*)
        and render a new document of *kind*, dated *dated* (default: *today*)."""
        profile = load_profile(app.region)
        chair, members = _seats(s, app.region, today)
        seq = next_value(s, f"{kind.value}:{profile.code}:{today.year}")
        conclusion = Conclusion(
            application_id=app.id, kind=kind, number=f"{profile.number_prefix}-{today.year}-"
            f"{_LETTERS[kind]}{seq:04d}", year=today.year, sequence=seq,
            issued_on=dated or today,
            agreed=agreed if kind != ConclusionKind.REFUSAL else None,
            status=ConclusionStatus.DRAFT, corrects_id=corrects.id if corrects else None,
            note=note, reasons=reasons or [], created_by_id=actor.user_id,
            ground=ground.value if ground is not None else None)
        if kind == ConclusionKind.REFUSAL:
            members = []
        elif kind == ConclusionKind.RETURN_ACT:
            members = [m for m in members if m.id in (examiners or set())]
        else:  # every seated member is taken to be present until the chair records otherwise
            require_quorum(profile.quorum, len(members), len(members))
        for position, user in enumerate(members, start=1):
            conclusion.signers.append(ConclusionSigner(
                user_id=user.id, seat=SeatKind.MEMBER.value, field_name=f"member-{position}",
                position=position, full_name=user.full_name))
        conclusion.signers.append(ConclusionSigner(
            user_id=chair.id, seat=SeatKind.CHAIR.value, field_name="chair",
            position=len(members) + 1, full_name=chair.full_name))
        s.add(conclusion)
        s.flush()
        self._render(s, conclusion, app, profile)
        audit.record(s, actor, f"{kind.value}.draft", entity="conclusion",
                     entity_id=conclusion.id, application_id=app.id,
                     after={"number": conclusion.number, "agreed": agreed,
                            "corrects": corrects.number if corrects else None})
        log.info("drafted %s %s", kind.value, conclusion.number)
        return conclusion

    def _render(self, s: Session, conclusion: Conclusion, app: Application,
                profile: RegionProfile) -> None:
        photos = AnnexPhotos(s, self.blobs, app.id)
        for lang in profile.conclusion_languages:
            data: reports.Document
            if conclusion.kind == ConclusionKind.CONCLUSION:
                data = conclusion_data(s, conclusion, app, profile, lang, photos)
                rendered = reports.render_conclusion(data)
            elif conclusion.kind == ConclusionKind.RETURN_ACT:
                data = return_act_data(s, conclusion, app, profile, lang)
                rendered = reports.render_return_act(data)
            else:
                data = refusal_data(conclusion, app, profile, lang)
                rendered = reports.render_refusal(data)
            attach_document(s, self.blobs, conclusion, lang, data, rendered)

    def render_again(self, s: Session, conclusion: Conclusion, app: Application) -> None:
        """Render an unsigned draft again after its signers changed (attendance); the files
        it replaces are removed, so no blob is left without a document."""
        old = {sha for d in conclusion.documents for sha in (d.unsigned_sha256,
                                                              d.current_sha256)}
        conclusion.documents.clear()
        s.flush()
        self._render(s, conclusion, app, load_profile(app.region))
        s.flush()
        still = {sha for d in conclusion.documents for sha in (d.unsigned_sha256,
                                                                d.current_sha256)}
        for sha in old - still:
            if not _blob_used(s, sha):
                s.execute(delete(Blob).where(Blob.sha256 == sha))

    # -- signing ----------------------------------------------------------------------------

    def sign(self, actor: Actor, conclusion_id: int, key: SigningKey, *,
             timestamp_url: str | None = None, at: datetime | None = None,
             today: date | None = None) -> ConclusionSummary:
        """Sign every language's document in the actor's field, with one key; the
        chairperson's signature issues it, and the application is decided on *today*.

        The slow part (the cryptography) runs outside any transaction, a ``.p12``'s in the
        signing process (:func:`desktop.signing.sign_documents`); the result is stored
        only if nobody signed in between (else :class:`ConflictError`: sign again).
        """
        actor.require(Action.SIGN)
        from pyhanko.pdf_utils.reader import PdfFileReader  # heavy: loaded on the first signature

        job = self._prepare(actor, conclusion_id)
        store = TrustStore(self.db)
        trusted, crls = tuple(store.roots()), tuple(store.crls())
        requests = [(pdf, signing.SignatureRequest(
            field_name=job.field_name, signer_name=actor.full_name,
            reason=_REASONS[job.kind][lang], lang=lang,
            location=job.locations[lang], certify_and_lock=job.closes,
            expected_iin=actor.iin, timestamp_url=timestamp_url,
            timestamp_optional=True, embed_revocation=bool(timestamp_url),
            trust_roots=trusted, crls=crls, at=at, audit_head=job.audit_head))
            for lang, pdf in job.documents.items()]
        signed = dict(zip(job.documents, signing.sign_documents(requests, key), strict=True))
        cert = PdfFileReader(BytesIO(next(iter(signed.values())))).embedded_signatures[-1] \
            .signer_cert
        summary = self._store(actor, job, signed, cert, today=today, at=at)
        if timestamp_url and not isinstance(key, NcaLayerKey) \
                and not all(signing.has_timestamp(pdf) for pdf in signed.values()):
            notice = SigningNotice(f"signed without a timestamp: {timestamp_url} did not "
                                   "answer", timestamp_url)
            return replace(summary, notices=(notice,))
        return summary

    def signing_refusal(self, actor: Actor, conclusion_id: int) -> ConclusionError | None:
        """Why *actor* cannot sign the document now, or None when it is their turn: the
        rules :meth:`sign` applies, asked before anybody chooses a key."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            return turn_refusal(actor, self._conclusion(s, conclusion_id))

    def _prepare(self, actor: Actor, conclusion_id: int) -> _ToSign:
        with self.db.read() as s:
            c = self._conclusion(s, conclusion_id)
            refusal = turn_refusal(actor, c)
            if refusal is not None:
                raise refusal
            mine = next(g for g in c.signers if g.user_id == actor.user_id)
            app = lookup.application(s, c.application_id)
            profile = load_profile(app.region)
            documents = {d.lang: self.blobs.get(s, d.current_sha256) for d in c.documents}
            head = current_head(s)
            return _ToSign(c.id, ConclusionKind(c.kind), c.version, mine.seat, mine.field_name,
                           {lang: profile.signing_city.get(lang) for lang in documents},
                           documents, closes=mine.seat in _CLOSING_SEATS,
                           audit_head=str(head) if head else None)

    def _store(self, actor: Actor, job: _ToSign, signed: dict[str, bytes],
               cert: asn1_x509.Certificate, *, today: date | None = None,
               at: datetime | None = None) -> ConclusionSummary:
        today = today or date.today()
        moment = at or utcnow()
        identity = identity_of(cert)
        with self.db.write() as s:
            c = self._conclusion(s, job.conclusion_id)
            if c.version != job.version:
                raise ConflictError(f"someone signed {c.number} in the meantime; sign again "
                                    "(the new signature goes on top of theirs)", c.number,
                                    reason="signed_meanwhile")
            for doc in c.documents:
                previous = doc.current_sha256
                doc.current_sha256 = self.blobs.put(s, signed[doc.lang], PDF)
                if previous != doc.unsigned_sha256:
                    # The new revision contains the previous one whole (signatures are
                    # incremental updates): the intermediate copy would only be an orphan.
                    s.flush()
                    s.execute(delete(Blob).where(Blob.sha256 == previous))
            mine = next(g for g in c.signers if g.user_id == actor.user_id)
            mine.signed_at = moment
            mine.certificate_subject = identity.name
            mine.certificate_serial = identity.iin
            c.signatures += 1
            app = lookup.application(s, c.application_id)
            workflow = WorkflowService(self.db)
            if c.status == ConclusionStatus.DRAFT:
                c.status = ConclusionStatus.SIGNING
                if c.kind == ConclusionKind.CONCLUSION and c.corrects_id is None:
                    workflow.apply(s, actor, app, "start_signing", today=today)
            if job.closes:
                self._issue(s, actor, c, app, workflow, today, moment)
            audit.record(s, actor, f"{c.kind}.sign", entity="conclusion", entity_id=c.id,
                         application_id=app.id,
                         after={"number": c.number, "field": job.field_name,
                                "certificate_iin": identity.iin,
                                "audit_head": job.audit_head})
            s.flush()
            return _summary(s, c)

    def _issue(self, s: Session, actor: Actor, c: Conclusion, app: Application,
               workflow: WorkflowService, today: date, moment: datetime) -> None:
        c.status = ConclusionStatus.ISSUED
        c.issued_at = moment
        if c.kind == ConclusionKind.CONCLUSION:
            if c.corrects_id is not None:
                old = self._conclusion(s, c.corrects_id)
                old.status = ConclusionStatus.SUPERSEDED
                redraft_on_correction(s, actor, app, c, self.blobs, today)
            else:
                workflow.apply(s, actor, app, "issue_agreed" if c.agreed else "issue_not_agreed",
                               today=today)
                if c.agreed:
                    draft_on_issue(s, actor, app, c, self.blobs, today)
        elif c.kind == ConclusionKind.RETURN_ACT:
            workflow.apply(s, actor, app, "close", today=today)
            close_certificate(s, actor, app.id, c)
        log.info("issued %s %s", c.kind, c.number)

    # -- reading ----------------------------------------------------------------------------

    def summary(self, actor: Actor, conclusion_id: int) -> ConclusionSummary:
        actor.require(Action.VIEW)
        with self.db.read() as s:
            return _summary(s, self._conclusion(s, conclusion_id))

    def for_application(self, actor: Actor, application_id: int) -> list[ConclusionSummary]:
        actor.require(Action.VIEW)
        with self.db.read() as s:
            rows = s.execute(select(Conclusion).where(Conclusion.application_id ==
                                                      application_id)
                             .order_by(Conclusion.id)).scalars()
            return [_summary(s, c) for c in rows]

    def by_number(self, actor: Actor, number: str) -> ConclusionSummary:
        """The conclusion with this number, or the newest one of the application numbered so."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            c = s.execute(select(Conclusion).where(Conclusion.number == number)).scalar()
            if c is None:
                c = s.execute(
                    select(Conclusion).join(Application)
                    .where(Application.number == number,
                           Conclusion.kind != ConclusionKind.CERTIFICATE.value,
                           Conclusion.status != ConclusionStatus.CANCELLED.value)
                    .order_by(Conclusion.id.desc())).scalars().first()
            if c is None:
                raise NotFoundError(f"no conclusion or refusal letter numbered {number}",
                                    number, reason="conclusion_number")
            return _summary(s, c)

    def journal(self, actor: Actor, *, year: int | None = None,
                kind: ConclusionKind | None = None,
                status: ConclusionStatus | None = None) -> list[ConclusionSummary]:
        """Every number given, in order: the journal of conclusions and refusal letters."""
        actor.require(Action.VIEW)
        stmt = select(Conclusion).order_by(Conclusion.kind, Conclusion.year,
                                           Conclusion.sequence)
        if year is not None:
            stmt = stmt.where(Conclusion.year == year)
        if kind is not None:
            stmt = stmt.where(Conclusion.kind == kind.value)
        if status is not None:
            stmt = stmt.where(Conclusion.status == status.value)
        with self.db.read() as s:
            return [_summary(s, c) for c in s.execute(stmt).scalars()]

    def document(self, actor: Actor, conclusion_id: int, lang: str) -> bytes:
        """The document as it stands (signed so far), its hash checked."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            c = self._conclusion(s, conclusion_id)
            doc = next((d for d in c.documents if d.lang == lang), None)
            if doc is None:
                raise NotFoundError(f"{c.number} has no document in '{lang}'", c.number, lang,
                                    reason="document_language")
            return self.blobs.get(s, doc.current_sha256)

    def verify(self, actor: Actor, conclusion_id: int, extra_roots: tuple[bytes, ...] = ()
               ) -> dict[str, VerificationReport]:
        """Every document's signatures against the trust store (and *extra_roots*)."""
        store = TrustStore(self.db)
        roots, crls = [*store.roots(), *extra_roots], store.crls()
        summary = self.summary(actor, conclusion_id)
        return {lang: signing.verify_pdf(self.document(actor, conclusion_id, lang), roots,
                                         crls=crls)
                for lang in summary.languages}

    # -- helpers ----------------------------------------------------------------------------


    @staticmethod
    def _conclusion(s: Session, conclusion_id: int) -> Conclusion:
        c = s.get(Conclusion, conclusion_id)
        if c is None:
            raise NotFoundError(f"no conclusion with id {conclusion_id}", conclusion_id,
                                reason="conclusion")
        return c
