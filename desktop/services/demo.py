"""Realistic bilingual demo data, generated fast enough for 100,000 applications.

Bulk rows go in with Core ``INSERT … VALUES`` batches in one transaction; the audit gets one
event saying what was generated. Staff accounts go through the user service like any other.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.applications import ApplicantKind, Channel, PaperDocument
from desktop.domain.calendar import default_calendar
from desktop.domain.identity import make_bin, make_iin
from desktop.domain.regions import compute_deadlines
from desktop.domain.returns import CheckResult, ReturnOutcome
from desktop.domain.roles import Role
from desktop.domain.seats import SeatKind
from desktop.domain.text import application_search_key, sort_key
from desktop.domain.workflow import FINAL_STATUSES, Status
from desktop.models.applicant import Applicant
from desktop.models.application import Application, Item
from desktop.models.audit import Counter
from desktop.models.base import utcnow
from desktop.models.document import Blob, DocumentPage
from desktop.models.returns import ItemReturn
from desktop.models.user import CommissionSeat, User
from desktop.services import audit, settings
from desktop.services import demo_people as P
from desktop.services.actor import Actor
from desktop.services.demo_examination import record_examined
from desktop.services.demo_images import demo_images
from desktop.services.demo_keys import DemoSigner, make_demo_pki
from desktop.services.trust import TrustStore
from desktop.services.users import NewUser, UserService
from desktop.storage.blobs import sha256_hex
from desktop.storage.database import Database

log = logging.getLogger(__name__)

BATCH = 5000
_Row = TypeVar("_Row")
RETURN_GRACE = 21
"""Demo exports due back longer ago than this are back and closed; the rest are overdue."""
SHORT_TRIPS = 0.2
"""The share of agreed demo exports that are short loans, so that even a small demo has
exports overdue or due back soon."""
PAGES_FOR_FIRST = 400
"""Only this many applications get scans: the pool is shared, so more would add no variety."""


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    role: Role
    password: str


@dataclass(frozen=True)
class DemoSummary:
    applications: int
    applicants: int
    items: int
    pages: int
    accounts: list[DemoAccount]


Progress = Callable[[int, int], None]


def _batched(rows: Sequence[_Row], n: int = BATCH) -> Iterator[list[_Row]]:
    it = iter(rows)
    while chunk := list(islice(it, n)):
        yield chunk


def _status_for(age_days: int, rng: random.Random) -> Status:
    """A status that fits the age: old requests are mostly decided, a few are late."""
    decided = [Status.ISSUED_AGREED, Status.ISSUED_NOT_AGREED, Status.REFUSED]
    if age_days > 16 and rng.random() < 0.96:
        return rng.choices(decided, [70, 15, 15])[0]
    if age_days < 3:
        return rng.choice([Status.REGISTERED, Status.REGISTERED, Status.DOCUMENTS_COMPLETE])
    return rng.choices(
        [Status.REGISTERED, Status.DOCUMENTS_COMPLETE, Status.UNDER_EXAMINATION,
         Status.EXAMINED, Status.CONCLUSION_DRAFTED, Status.BEING_SIGNED, *decided],
        [8, 12, 30, 12, 10, 8, 12, 3, 5],
    )[0]


class DemoDataGenerator:
    def __init__(self, db: Database, seed: int = 2026) -> None:
        self.db = db
        self.rng = random.Random(seed)

    def is_empty(self) -> bool:
        with self.db.read() as s:
            users = s.execute(select(func.count(User.id))).scalar() or 0
            apps = s.execute(select(func.count(Application.id))).scalar() or 0
        return users == 0 and apps == 0

    def create_accounts(self) -> tuple[list[DemoAccount], list[int], int]:
        """One account per role (two members); returns accounts, member ids, the chair's id."""
        service = UserService(self.db)
        accounts = [DemoAccount(u, n, Role(r), p) for u, n, r, p in P.STAFF]
        admin = next(a for a in accounts if a.role == Role.ADMIN)
        first = service.create_first_admin(
            NewUser(admin.username, admin.full_name, admin.role, admin.password, self._iin())
        )
        ids: dict[str, int] = {}
        for a in accounts:
            if a is admin:
                continue
            actor = service.create_user(
                first, NewUser(a.username, a.full_name, a.role, a.password, self._iin())
            )
            assert actor.user_id is not None
            ids[a.username] = actor.user_id
        members = [ids[a.username] for a in accounts if a.role == Role.MEMBER]
        chair = next(ids[a.username] for a in accounts if a.role == Role.CHAIR)
        return accounts, members, chair

    def _iin(self, year_from: int = 1950, year_to: int = 2003) -> str:
        rng = self.rng
        born = date(rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28))
        return make_iin(born, rng.choice(["male", "female"]), rng.randrange(10000))

    def generate(
        self, applications: int, today: date | None = None, progress: Progress | None = None
    ) -> DemoSummary:
        today = today or date.today()
        accounts, members, chair = self.create_accounts()
        with self.db.write() as s:
            settings.put(s, settings.REGION_KEY, settings.DEFAULT_REGION)
            for uid in members:
                s.add(CommissionSeat(region=settings.DEFAULT_REGION, user_id=uid,
                                     seat=SeatKind.MEMBER, since=date(today.year, 1, 1)))
            s.add(CommissionSeat(region=settings.DEFAULT_REGION, user_id=chair,
                                 seat=SeatKind.CHAIR, since=date(today.year, 1, 1)))
            counts = self._bulk(s, applications, members, chair, today, progress)
            counts["examined_with_records"] = record_examined(s, chair, self.rng)
            counts["overdue_with_records"] = record_examined(s, chair, self.rng, limit=3,
                                                             overdue_on=today)
            audit.record(s, Actor.system(), "demo.generate", after=counts)
        return DemoSummary(
            counts["applications"], counts["applicants"], counts["items"], counts["pages"],
            accounts,
        )

    def write_keys(self, folder: Path) -> Path:
        """A demo .p12 per member and the chair (password: the account's), trusted root."""
        passwords = {username: password for username, _n, _r, password in P.STAFF}
        with self.db.read() as s:
            users = s.execute(select(User).where(
                User.role.in_([Role.MEMBER.value, Role.CHAIR.value]))).scalars().all()
            signers = [DemoSigner(u.username, u.full_name, u.iin or "", passwords[u.username])
                       for u in users if u.username in passwords and u.iin]
        root = make_demo_pki(folder, signers)
        TrustStore(self.db).add_root(Actor.system(), root)
        return folder

    def _applicants(self, n: int) -> list[dict[str, object]]:
        rng = self.rng
        rows: list[dict[str, object]] = []
        seen: set[str] = set()
        now = utcnow()
        serial = 0
        while len(rows) < n:
            serial += 1
            if rng.random() < 0.18:
                reg = rng.randint(1995, 2024)
                number = make_bin(reg, rng.randint(1, 12), "resident", "head_office",
                                  serial % 100000)
                row: dict[str, object] = dict(
                    kind=ApplicantKind.COMPANY.value, company_name=rng.choice(P.COMPANIES),
                    requisites=f"IBAN KZ{rng.randrange(10**18):018d}, BIC HSBKKZKX",
                    address=rng.choice(P.RESIDENCES), occupation=P.COMPANY_OCCUPATION.kk,
                )
            else:
                female = rng.random() < 0.5
                pool = (P.KK_FEMALE + P.RU_FEMALE) if female else (P.KK_MALE + P.RU_MALE)
                surname, given, patronymic = rng.choice(pool)
                born = date(rng.randint(1945, 2002), rng.randint(1, 12), rng.randint(1, 28))
                number = make_iin(born, "female" if female else "male", serial % 10000)
                row = dict(
                    kind=ApplicantKind.INDIVIDUAL.value, surname=surname, given_name=given,
                    patronymic=patronymic, birth_date=born, citizenship="KZ",
                    id_document_number=f"{rng.randrange(10**9):09d}",
                    id_document_issued=date(rng.randint(2015, 2025), rng.randint(1, 12), 1),
                    residence=rng.choice(P.RESIDENCES), occupation=rng.choice(P.OCCUPATIONS),
                )
            if number in seen:
                continue
            seen.add(number)
            row.update(iin_bin=number, phones=f"+7 7{rng.randrange(10**9):09d}",
                       version=1, created_at=now, updated_at=now)
            rows.append(row)
        return rows

    def _bulk(
        self, s: Session, n: int, members: list[int], chair: int, today: date,
        progress: Progress | None,
    ) -> dict[str, int]:
        rng = self.rng
        calendar = default_calendar()
        profile = settings.region_profile(s)
        applicant_rows = self._applicants(max(1, int(n * 0.8)))
        for chunk in _batched(applicant_rows):
            s.execute(insert(Applicant), chunk)
        ids = {row.iin_bin: row.id for row in s.execute(select(Applicant.iin_bin, Applicant.id))}
        span = 365 if n > 200 else 90
        received = sorted(today - timedelta(days=rng.randrange(span)) for _ in range(n))
        seq_by_year: dict[int, int] = {}
        now = utcnow()
        apps: list[dict[str, object]] = []
        items: list[list[tuple[str, int]]] = []
        for day in received:
            a = rng.choice(applicant_rows)
            seq = seq_by_year[day.year] = seq_by_year.get(day.year, 0) + 1
            number = f"{profile.number_prefix}-{day.year}-{seq:05d}"
            status = _status_for((today - day).days, rng)
            due = compute_deadlines(profile, day, calendar)
            country, place = rng.choice(P.DESTINATIONS)
            start = day + timedelta(days=rng.randint(30, 90))
            until = start + timedelta(days=rng.randint(30, 180))
            if status == Status.ISSUED_AGREED and rng.random() < SHORT_TRIPS:
                start = day + timedelta(days=rng.randint(12, 20))  # a short loan abroad
                until = start + timedelta(days=rng.randint(10, 25))
            if status == Status.ISSUED_AGREED and until < today - timedelta(days=RETURN_GRACE):
                status = Status.CLOSED  # long back and checked; the recent ones are overdue
            name = a.get("company_name") or " ".join(
                str(a[k]) for k in ("surname", "given_name", "patronymic")
            )
            apps.append(dict(
                number=number, region=profile.code, year=day.year, sequence=seq, received=day,
                channel=rng.choice([Channel.PAPER, Channel.PORTAL]).value,
                applicant_id=ids[str(a["iin_bin"])], purpose=rng.choice(P.PURPOSES),
                destination_country=country, destination_place=place, export_from=start,
                export_until=until,
                paper_documents=[PaperDocument.APPLICATION_FORM.value, PaperDocument.ID_COPY.value,
                                 PaperDocument.ITEM_PHOTOS.value],
                status=status.value, status_changed_at=now,
                preliminary_due=due.get("preliminary"), result_due=due["result"],
                preliminary_done=(due.get("preliminary") if status not in (
                    Status.REGISTERED, Status.DOCUMENTS_COMPLETE) else None),
                decided=min(today, due["result"]) if status in FINAL_STATUSES else None,
                refusal_reasons=("Құжаттар толық емес / Неполный комплект документов"
                                 if status == Status.REFUSED else None),
                assigned_member_id=rng.choice(members) if status not in (
                    Status.REGISTERED, Status.DOCUMENTS_COMPLETE) else None,
                search_key=application_search_key(number, str(a["iin_bin"]), str(name)),
                sort_name=sort_key(str(name)),
                version=1, created_at=now,
            ))
            items.append([(rng.choice(P.ITEMS), rng.choice([1, 1, 1, 2, 3]))
                          for _ in range(rng.choice([1, 1, 2, 3, 3, 4, 5]))])
        done = 0
        for chunk in _batched(apps):
            s.execute(insert(Application), chunk)
            done += len(chunk)
            if progress:
                progress(done, n)
        app_ids = list(s.execute(select(Application.id).order_by(Application.id)).scalars())
        item_rows = [
            dict(application_id=app_id, position=pos, name=name, quantity=qty, version=1)
            for app_id, app_items in zip(app_ids, items, strict=True)
            for pos, (name, qty) in enumerate(app_items, start=1)
        ]
        for chunk in _batched(item_rows):
            s.execute(insert(Item), chunk)
        returns = self._returns(s, apps, app_ids, chair, profile.signing_city.get("kk"), now)
        # The newest requests, and every examined one (a conclusion needs its documents
        # scanned), have their pages.
        examined = {app_id for app, app_id in zip(apps, app_ids, strict=True)
                    if app["status"] == Status.EXAMINED.value}
        pages = self._pages(s, sorted(set(app_ids[-PAGES_FOR_FIRST:]) | examined), now)
        for year, value in seq_by_year.items():
            name = f"application:{profile.code}:{year}"
            if s.get(Counter, name) is None:
                s.add(Counter(name=name, value=value))
            else:
                s.execute(update(Counter).where(Counter.name == name).values(value=value))
        s.flush()
        return {"applications": n, "applicants": len(applicant_rows), "items": len(item_rows),
                "pages": pages, "returns": returns}

    def _returns(self, s: Session, apps: list[dict[str, object]], app_ids: list[int],
                 checker: int, city: str, now: datetime) -> int:
        """Closed exports came back whole and matched; one overdue export in three has its
        first item back (a partial return), so the tracking list shows both."""
        item_ids: dict[int, list[int]] = {}
        for app_id, item_id in s.execute(select(Item.application_id, Item.id)
                                         .order_by(Item.application_id, Item.position)):
            item_ids.setdefault(app_id, []).append(item_id)
        rows = []
        for app, app_id in zip(apps, app_ids, strict=True):
            status = app["status"]
            if status == Status.CLOSED.value:
                back = item_ids[app_id]
            elif status == Status.ISSUED_AGREED.value and app_id % 3 == 0:
                back = item_ids[app_id][:1]
            else:
                continue
            until = app["export_until"]
            assert isinstance(until, date)
            day = until - timedelta(days=self.rng.randint(0, 10))
            closed = status == Status.CLOSED.value
            rows += [dict(item_id=item_id, application_id=app_id,
                          outcome=ReturnOutcome.RETURNED.value, returned_on=day,
                          presented_by=P.RETURN_PRESENTER, place=city, note="",
                          recorded_by_id=checker, recorded_at=now,
                          check_result=CheckResult.MATCHES.value if closed else None,
                          check_note="", checked_by_id=checker if closed else None,
                          checked_at=now if closed else None, version=1)
                     for item_id in back]
        for chunk in _batched(rows):
            s.execute(insert(ItemReturn), chunk)
        return len(rows)

    def _pages(self, s: Session, app_ids: list[int], now: datetime) -> int:
        images = demo_images()
        for img in images:
            for data in (img.data, img.thumbnail):
                digest = sha256_hex(data)
                if s.get(Blob, digest) is None:
                    s.add(Blob(sha256=digest, size=len(data), media_type="image/jpeg", data=data))
        s.flush()
        forms = [i for i in images if i.kind.value == "form"]
        ids = [i for i in images if i.kind.value == "id"]
        photos = [i for i in images if i.kind.value == "photo"]
        rows: list[dict[str, object]] = []
        for app_id in app_ids:
            chosen = [self.rng.choice(forms), ids[0], *self.rng.sample(photos, 2)]
            for pos, img in enumerate(chosen, start=1):
                rows.append(dict(
                    application_id=app_id, position=pos, kind=img.kind.value,
                    blob_sha256=sha256_hex(img.data), thumbnail_sha256=sha256_hex(img.thumbnail),
                    width_px=img.width, height_px=img.height, dpi=img.dpi,
                    source_name=f"demo-{img.kind.value}-{pos}.jpg", created_at=now, version=1,
                ))
        for chunk in _batched(rows):
            s.execute(insert(DocumentPage), chunk)
        return len(rows)
