"""Who took part in a conclusion, and the quorum it needs.

A conclusion is drafted for every member seated on the commission that day and the
chairperson. Before the first signature the chairperson records a member who was absent
from the meeting: the member leaves the signers, the conclusion names the absent, and its
documents are rendered again (same number, same date). The members present must make the
region's quorum (:mod:`desktop.domain.quorum`); the conclusion is issued with their
signatures and the chairperson's. A member recorded absent by mistake is recorded present
again the same way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.errors import DomainError, NotFoundError
from desktop.domain.quorum import require_quorum
from desktop.domain.regions import load_profile
from desktop.domain.roles import Action
from desktop.domain.seats import SeatKind
from desktop.models.application import Application
from desktop.models.attendance import ConclusionAbsence
from desktop.models.conclusion import Conclusion, ConclusionSigner
from desktop.models.user import User
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionService
from desktop.storage.database import Database

__all__ = ["Attendance", "AttendanceError", "AttendanceService", "Participant"]

log = logging.getLogger(__name__)

NOTE_LIMIT = 500


class AttendanceError(DomainError):
    code = "conclusion"


@dataclass(frozen=True)
class Participant:
    user_id: int
    full_name: str
    note: str = ""
    """Why a member was absent, as the chairperson wrote it (empty for those present)."""


@dataclass(frozen=True)
class Attendance:
    conclusion_id: int
    number: str
    present: tuple[Participant, ...]
    """The members taking part (they sign), in signing order; the chairperson not counted."""
    absent: tuple[Participant, ...]
    chair: str
    needed: int
    """The fewest members present that make the quorum."""
    editable: bool
    """Still a draft nobody has signed: attendance can be changed."""

    @property
    def seated(self) -> int:
        return len(self.present) + len(self.absent)

    @property
    def quorum_met(self) -> bool:
        return len(self.present) >= self.needed


def _members(c: Conclusion) -> list[ConclusionSigner]:
    return [g for g in c.signers if g.seat == SeatKind.MEMBER.value]


def _absences(s: Session, conclusion_id: int) -> list[ConclusionAbsence]:
    return list(s.execute(select(ConclusionAbsence).where(
        ConclusionAbsence.conclusion_id == conclusion_id).order_by(ConclusionAbsence.id))
        .scalars())


def _attendance(s: Session, c: Conclusion) -> Attendance:
    app = s.get_one(Application, c.application_id)
    absences = _absences(s, c.id)
    members = _members(c)
    chair = next(g.full_name for g in c.signers if g.seat == SeatKind.CHAIR.value)
    return Attendance(
        c.id, c.number,
        tuple(Participant(g.user_id, g.full_name) for g in members),
        tuple(Participant(a.user_id, a.full_name, a.note) for a in absences), chair,
        load_profile(app.region).quorum.needed(len(members) + len(absences)),
        c.status == ConclusionStatus.DRAFT and c.signatures == 0)


def _renumber(c: Conclusion) -> None:
    """Members first, 1…n, then the chairperson: the fields the documents lay out."""
    members = sorted(_members(c), key=lambda g: g.position)
    for position, signer in enumerate(members, start=1):
        signer.position, signer.field_name = position, f"member-{position}"
    chair = next(g for g in c.signers if g.seat == SeatKind.CHAIR.value)
    chair.position = len(members) + 1


class AttendanceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def attendance(self, actor: Actor, conclusion_id: int) -> Attendance:
        actor.require(Action.VIEW)
        with self.db.read() as s:
            return _attendance(s, self._conclusion(s, conclusion_id))

    def record_absent(self, actor: Actor, conclusion_id: int, user_id: int,
                      note: str = "") -> Attendance:
        """The member ``user_id`` did not take part: off the signers, named as absent."""
        actor.require(Action.AGREE_RESULT)
        note = note.strip()
        if len(note) > NOTE_LIMIT:
            raise AttendanceError(f"the note may have at most {NOTE_LIMIT} characters",
                                  NOTE_LIMIT, reason="absence_note_too_long")
        with self.db.write() as s:
            c = self._editable(s, conclusion_id)
            signer = next((g for g in _members(c) if g.user_id == user_id), None)
            if signer is None:
                raise AttendanceError(f"the user {user_id} is not a member signing {c.number}",
                                      c.number, reason="not_signing")
            app = s.get_one(Application, c.application_id)
            profile = load_profile(app.region)
            present = len(_members(c)) - 1
            require_quorum(profile.quorum, present, present + 1 + len(_absences(s, c.id)))
            s.add(ConclusionAbsence(conclusion_id=c.id, user_id=user_id,
                                    full_name=signer.full_name, note=note,
                                    recorded_by_id=actor.user_id))
            c.signers.remove(signer)
            _renumber(c)
            s.flush()
            return self._changed(s, actor, c, app, "conclusion.absent", signer.full_name, note)

    def record_present(self, actor: Actor, conclusion_id: int, user_id: int) -> Attendance:
        """A member recorded absent took part after all: a signer again."""
        actor.require(Action.AGREE_RESULT)
        with self.db.write() as s:
            c = self._editable(s, conclusion_id)
            absence = s.execute(select(ConclusionAbsence).where(
                ConclusionAbsence.conclusion_id == c.id,
                ConclusionAbsence.user_id == user_id)).scalar_one_or_none()
            if absence is None:
                raise AttendanceError(f"the user {user_id} is not recorded absent from "
                                      f"{c.number}", c.number, reason="not_absent")
            user = s.get(User, user_id)
            if user is None or not user.active:
                raise AttendanceError(f"the account of {absence.full_name} is disabled",
                                      absence.full_name, reason="member_disabled")
            c.signers.append(ConclusionSigner(
                user_id=user_id, seat=SeatKind.MEMBER.value, field_name="member-new",
                position=len(c.signers) + 1, full_name=absence.full_name))
            s.delete(absence)
            _renumber(c)
            s.flush()
            app = s.get_one(Application, c.application_id)
            return self._changed(s, actor, c, app, "conclusion.present", absence.full_name, "")

    # -- helpers ----------------------------------------------------------------------------

    def _changed(self, s: Session, actor: Actor, c: Conclusion, app: Application,
                 action: str, member: str, note: str) -> Attendance:
        """Render the draft again with its new signers, audit, and say where it stands."""
        ConclusionService(self.db).render_again(s, c, app)
        flag_modified(c, "note")  # a new version: a signature prepared on the old files fails
        state = _attendance(s, c)
        audit.record(s, actor, action, entity="conclusion", entity_id=c.id,
                     application_id=app.id,
                     after={"number": c.number, "member": member,
                            **({"note": note} if note else {}),
                            "present": len(state.present), "seated": state.seated})
        log.info("%s: a member %s", c.number, action.split(".")[1])
        return state

    @staticmethod
    def _conclusion(s: Session, conclusion_id: int) -> Conclusion:
        c = s.get(Conclusion, conclusion_id)
        if c is None:
            raise NotFoundError(f"no conclusion with id {conclusion_id}", conclusion_id,
                                reason="conclusion")
        return c

    def _editable(self, s: Session, conclusion_id: int) -> Conclusion:
        c = s.execute(select(Conclusion).where(Conclusion.id == conclusion_id)
                      .with_for_update()).scalar_one_or_none()
        if c is None:
            raise NotFoundError(f"no conclusion with id {conclusion_id}", conclusion_id,
                                reason="conclusion")
        if c.kind != ConclusionKind.CONCLUSION:
            raise AttendanceError(f"{c.number} is not a conclusion", c.number,
                                  reason="not_conclusion")
        if c.status != ConclusionStatus.DRAFT or c.signatures:
            raise AttendanceError(f"{c.number} is being signed; attendance is recorded before "
                                  "the first signature", c.number, reason="signing_started")
        return c
