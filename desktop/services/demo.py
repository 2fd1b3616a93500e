"""Bilingual demo data in which every application's records match its status.

The generator plans each application (:mod:`desktop.services.demo_plan`), registers them
and takes their first steps in bulk, a chunk at a time (:mod:`desktop.services.demo_bulk`),
then takes each of the history through the services to its result
(:mod:`desktop.services.demo_flow`): examination records, the finished examination, the
conclusion or the refusal letter, the signatures with the demo keys (in worker processes,
:mod:`desktop.services.demo_signing`), the certificate of an agreed export signed by the
official, the returns, their check and the return act of a closed export, and the quality
survey.
"""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

from sqlalchemy import func, select

from desktop.domain.calendar import default_calendar
from desktop.domain.identity import make_iin
from desktop.domain.regions import CertificateIssuer
from desktop.domain.roles import Role
from desktop.domain.seats import SeatKind
from desktop.domain.workflow import Status
from desktop.models.application import Application, Item
from desktop.models.conclusion import Conclusion
from desktop.models.document import DocumentPage
from desktop.models.user import User
from desktop.services import audit, settings
from desktop.services import demo_people as P
from desktop.services.actor import Actor
from desktop.services.demo_bulk import CHUNK, Registered, Registrar, insert_applicants
from desktop.services.demo_flow import DemoFlow
from desktop.services.demo_keys import DemoSigner, make_demo_pki
from desktop.services.demo_plan import HISTORY, Plan, plan_applications
from desktop.services.demo_signing import SigningPool
from desktop.services.seats import SeatService
from desktop.services.trust import TrustStore
from desktop.services.users import NewUser, UserService
from desktop.storage.database import Database

__all__ = ["DemoAccount", "DemoDataGenerator", "DemoSummary"]

log = logging.getLogger(__name__)

_SIGNING_ROLES = frozenset({Role.MEMBER.value, Role.CHAIR.value, Role.OFFICIAL.value})
"""The demo accounts that get a key."""

PAGES_FOR_LAST = 400
"""Beyond the history, only the latest applications get scans: the pool of generated
images is shared, so more would add no variety."""


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
    documents: int = 0
    """Conclusions, refusal letters and return acts drafted."""
    signatures: int = 0
    region: str = settings.DEFAULT_REGION


Progress = Callable[[int, int], None]


def default_workers() -> int:
    """Signing processes: one per core (the generator waits while they sign)."""
    return max(1, os.cpu_count() or 1)


class DemoDataGenerator:
    def __init__(self, db: Database, seed: int = 2026) -> None:
        self.db = db
        self.seed = seed
        self.rng = random.Random(seed)

    def is_empty(self) -> bool:
        with self.db.read() as s:
            users = s.execute(select(func.count(User.id))).scalar() or 0
            apps = s.execute(select(func.count(Application.id))).scalar() or 0
        return users == 0 and apps == 0

    def create_accounts(self) -> tuple[list[DemoAccount], dict[str, Actor]]:
        """One account per role (two members): the accounts and their actors by user name."""
        service = UserService(self.db)
        accounts = [DemoAccount(u, n, Role(r), p) for u, n, r, p in P.STAFF]
        admin = next(a for a in accounts if a.role == Role.ADMIN)
        first = service.create_first_admin(
            NewUser(admin.username, admin.full_name, admin.role, admin.password, self._iin()))
        staff = {admin.username: first}
        for a in accounts:
            if a is not admin:
                # The demo's passwords are printed for everyone to try: nobody is asked
                # to change them.
                staff[a.username] = service.create_user(
                    first, NewUser(a.username, a.full_name, a.role, a.password, self._iin()),
                    must_change=False)
        return accounts, staff

    def _iin(self) -> str:
        rng = self.rng
        born = date(rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28))
        return make_iin(born, rng.choice(["male", "female"]), rng.randrange(10000))

    def generate(self, applications: int, keys: Path, *, today: date | None = None,
                 region: str | None = None, workers: int | None = None,
                 progress: Progress | None = None, chunk: int = CHUNK,
                 history: int = HISTORY) -> DemoSummary:
        """Fill an empty database; the demo keys go to ``keys``. The region already chosen
        for the database stays unless ``region`` names another. The applications are
        registered ``chunk`` to a transaction; the first ``history`` are then taken
        through the services to their result."""
        today = today or date.today()
        calendar = default_calendar()
        accounts, staff = self.create_accounts()
        with self.db.write() as s:
            code = region or settings.get(s, settings.REGION_KEY) or settings.DEFAULT_REGION
            settings.set_region(s, code)
            profile = settings.region_profile(s)
        self._seat(staff, profile.certificate_issuer, date(today.year - 2, 1, 1))
        self.write_keys(keys)
        with self.db.write() as s:
            applicants = insert_applicants(s, self.rng, max(1, int(applications * 0.8)))
        registrar = Registrar(profile, calendar, staff, applicants,
                              {*range(history), *range(applications - PAGES_FOR_LAST,
                                                       applications)}, applications, history)
        plans = plan_applications(applications, today, random.Random(self.seed), profile,
                                  calendar, len(applicants), history)
        taken: list[tuple[Registered, Plan]] = []  # the history, to take further
        while batch := list(islice(plans, chunk)):
            with self.db.write() as s:
                taken += registrar.register(s, batch)
            log.info("demo data: %d applications registered", batch[-1].index + 1)
        self.db.refresh_statistics()
        applicants_made = len(applicants)
        del applicants, registrar  # a million applicants' names: not needed any more
        passwords = {u: p for u, _n, r, p in P.STAFF if r in _SIGNING_ROLES}
        pool = SigningPool(self.db, keys, passwords,
                           default_workers() if workers is None else workers)
        try:
            flow = DemoFlow(self.db, staff, self.rng, pool, profile.signing_city.get("kk"))
            members = [staff["member1"], staff["member2"]]
            for done, (app, plan) in enumerate(taken, start=1):
                flow.take(app, plan, members[plan.index % 2])
                if progress:
                    progress(done, len(taken))
            pool.wait()
            for app, plan in taken:
                flow.sign_certificate(app, plan)
            pool.wait()
            for app, plan in taken:
                if plan.status == Status.CLOSED or plan.partial_return:
                    flow.come_back(app, plan, members[plan.index % 2], today)
                flow.answer_survey(app, plan)
            pool.wait()
            signatures = pool.signatures
        finally:
            pool.close()
        counts = self._counts()
        with self.db.write() as s:
            audit.record(s, Actor.system(), "demo.generate",
                         after={**counts, "region": profile.code, "signatures": signatures})
        log.info("demo data: %s, %d signatures", counts, signatures)
        return DemoSummary(counts["applications"], applicants_made, counts["items"],
                           counts["pages"], accounts, counts["documents"], signatures,
                           profile.code)

    def _seat(self, staff: dict[str, Actor], issuer: CertificateIssuer | None,
              since: date) -> None:
        """The members and the chair on the commission, and the one who signs the
        certificates in the seat the region profile names, through the seats service."""
        seat_service = SeatService(self.db)
        admin = staff["admin"]
        seats = [("member1", SeatKind.MEMBER), ("member2", SeatKind.MEMBER),
                 ("chair", SeatKind.CHAIR)]
        if issuer is not None and issuer.role == SeatKind.OFFICIAL:
            seats.append(("official", SeatKind.OFFICIAL))
        for name, seat in seats:
            user_id = staff[name].user_id
            assert user_id is not None
            seat_service.add(admin, user_id, seat, since)

    def _counts(self) -> dict[str, int]:
        with self.db.read() as s:
            return {name: int(s.execute(select(func.count()).select_from(table)).scalar() or 0)
                    for name, table in (("applications", Application), ("items", Item),
                                        ("pages", DocumentPage), ("documents", Conclusion))}

    def write_keys(self, folder: Path) -> Path:
        """A demo .p12 per member, the chair and the official (password: the account's),
        and their root trusted."""
        passwords = {username: password for username, _n, _r, password in P.STAFF}
        with self.db.read() as s:
            users = s.execute(select(User).where(
                User.role.in_(sorted(_SIGNING_ROLES)))).scalars().all()
            signers = [DemoSigner(u.username, u.full_name, u.iin or "", passwords[u.username])
                       for u in users if u.username in passwords and u.iin]
        root = make_demo_pki(folder, signers)
        TrustStore(self.db).add_root(Actor.system(), root)
        return folder
