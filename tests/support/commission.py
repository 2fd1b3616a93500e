"""A commission with seats whose IINs match the test PKI, examined applications, and
agreed exports abroad."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import update

from desktop.domain.roles import Role
from desktop.domain.seats import SeatKind
from desktop.models.application import Application
from desktop.models.user import CommissionSeat, User
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionService
from desktop.services.seats import SeatService
from desktop.services.trust import TrustStore
from desktop.services.users import NewUser, UserService
from desktop.services.workflow import WorkflowService
from desktop.signing import Pkcs11Key, Pkcs12Key
from desktop.storage.database import Database
from tests.support.examination import (
    complete_examination,
    under_examination,
    word_application,
)
from tests.support.pki import MEMBER1, MEMBER2, OFFICER, P12_PASSWORD, TestPki
from tests.support.softhsm import SoftToken

__all__ = ["Commission", "abroad_since", "agreed_export", "examined", "make_commission",
           "seat_commission", "seat_official"]


@dataclass(frozen=True)
class Commission:
    members: tuple[Actor, Actor]
    chair: Actor
    clerk: Actor
    keys: dict[str, Pkcs12Key | Pkcs11Key]


def make_commission(db: Database, staff: dict[str, Actor], pki: TestPki,
                    soft_token: SoftToken) -> Commission:
    """Two members with .p12 files and a chairperson whose key is on a SoftHSM token."""
    with db.write() as s:
        s.execute(update(User).where(User.username == "member2").values(iin=MEMBER2.iin))
    chair = UserService(db).create_user(staff["admin"], NewUser(
        "chair-token", "Өтепова Гүлнәр Ілиясқызы", Role.CHAIR, "Long-enough-1", OFFICER.iin),
        must_change=False)  # a password of their own, as the seeded staff's
    member2 = Actor(staff["member2"].user_id, "member2", staff["member2"].full_name,
                    Role.MEMBER, MEMBER2.iin)
    since = date(2020, 1, 1)
    with db.write() as s:
        for actor, seat in ((staff["member"], SeatKind.MEMBER), (member2, SeatKind.MEMBER),
                            (chair, SeatKind.CHAIR)):
            s.add(CommissionSeat(region="akmola", user_id=actor.user_id, seat=seat,
                                 since=since))
    TrustStore(db).add_root(staff["admin"], pki.pem("root"))
    keys: dict[str, Pkcs12Key | Pkcs11Key] = {
        "member": Pkcs12Key(pki.p12[MEMBER1.label], P12_PASSWORD),
        "member2": Pkcs12Key(pki.p12[MEMBER2.label], P12_PASSWORD),
        "chair": Pkcs11Key(soft_token.module, soft_token.label, soft_token.pin,
                           key_label=soft_token.key_label),
    }
    return Commission((staff["member"], member2), chair, staff["clerk"], keys)


def examined(db: Database, staff: dict[str, Actor], items: int = 3, serial: int = 1) -> int:
    """An application with a complete agreed record for every item, examined."""
    app = under_examination(db, staff, items=items, serial=serial, scanned=True)
    complete_examination(db, staff, app.application_id)
    word_application(db, staff, app.application_id)
    WorkflowService(db).advance(staff["chair"], app.application_id, "finish_examination")
    return app.application_id


def agreed_export(db: Database, staff: dict[str, Actor], commission: Commission, app_id: int
                  ) -> int:
    """Draft the conclusion of the examined *app_id* (its texts worded in both languages)
    and have everyone sign it: an agreed export, issued."""
    word_application(db, staff, app_id)
    service = ConclusionService(db)
    draft = service.draft(staff["member"], app_id)
    for actor, key in ((commission.members[0], "member"), (commission.members[1], "member2"),
                       (commission.chair, "chair")):
        service.sign(actor, draft.id, commission.keys[key])
    return app_id


def abroad_since(db: Database, app_id: int, start: date, until: date) -> None:
    """Move the export's period, so that it is abroad, due soon or overdue today."""
    with db.write() as s:
        s.execute(update(Application).where(Application.id == app_id)
                  .values(export_from=start, export_until=until))


def seat_commission(db: Database, team: dict[str, Actor]) -> None:
    """Seat the seeded chairperson and both members on the Akmola commission (a refusal
    letter or a conclusion names who signs it)."""
    with db.write() as s:
        for name, seat in (("member", SeatKind.MEMBER), ("member2", SeatKind.MEMBER),
                           ("chair", SeatKind.CHAIR)):
            s.add(CommissionSeat(region="akmola", user_id=team[name].user_id, seat=seat,
                                 since=date(2020, 1, 1)))


def seat_official(db: Database, official: Actor, since: date = date(2020, 1, 1)) -> None:
    """Seat *official* as the one who signs the certificates of the commission's region."""
    assert official.user_id is not None
    SeatService(db).add(Actor.system(), official.user_id, SeatKind.OFFICIAL, since)
