"""The demo's first steps in bulk: applicants, registrations, scans, the early steps.

A hundred thousand registrations one service call at a time would take the better part of
an hour, so the rows of the steps that carry no document (registering, ticking the
documents complete, starting the examination, assigning a member) are written in bulk
(:func:`desktop.storage.bulk.insert_rows`), :data:`CHUNK` applications a transaction, so
that a million take minutes and no more memory than ten thousand. They are what the
services would write: numbers from the counters in order, deadlines from the region
profile and the calendar, and every step in the audit trail, chained as
:func:`desktop.services.audit.record` chains it. The whole-database check proves it
(``export-commission check``).
"""

from __future__ import annotations

import random
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.domain.applications import ApplicantKind, PaperDocument
from desktop.domain.calendar import WorkingCalendar
from desktop.domain.identity import make_bin, make_iin
from desktop.domain.regions import RegionProfile, compute_deadlines
from desktop.domain.stages import PRELIMINARY_ENDS_WITH, application_deadlines
from desktop.domain.text import application_search_key, sort_key
from desktop.domain.workflow import Status
from desktop.models.applicant import Applicant
from desktop.models.application import Application, Item
from desktop.models.audit import GENESIS_HASH, AuditEvent, Counter, event_hash
from desktop.models.base import utcnow
from desktop.models.document import Blob, DocumentPage
from desktop.services import demo_people as P
from desktop.services.actor import Actor
from desktop.services.audit import AUDIT_COUNTER
from desktop.services.demo_images import demo_images
from desktop.services.demo_plan import Plan
from desktop.storage.blobs import sha256_hex
from desktop.storage.bulk import insert_rows

__all__ = ["CHUNK", "AuditBatch", "Registered", "Registrar", "insert_applicants"]

CHUNK = 20_000
"""Applications registered in one transaction: their plans, rows and audit events are all
the generator holds at once, whatever the size of the demo."""

_EVENT_COLUMNS = ("seq", "at", "user_id", "username", "action", "entity", "entity_id",
                  "application_id", "before", "after", "prev_hash", "hash")


class AuditBatch:
    """Audit events for rows written in bulk, appended to the chain in order."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.seq = int(s.execute(select(Counter.value).where(Counter.name == AUDIT_COUNTER)
                                 ).scalar() or 0)
        self.prev = s.execute(select(AuditEvent.hash).where(AuditEvent.seq == self.seq)
                              ).scalar() or GENESIS_HASH
        self.rows: list[tuple[Any, ...]] = []

    def add(self, actor: Actor, action: str, application_id: int, *,
            before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
            at: datetime | None = None) -> None:
        self.seq += 1
        moment = at or utcnow()
        fields: dict[str, Any] = {
            "seq": self.seq, "user_id": actor.user_id, "username": actor.username,
            "action": action, "entity": "application", "entity_id": str(application_id),
            "application_id": application_id, "before": before, "after": after}
        digest = event_hash({**fields, "at": moment.isoformat()}, self.prev)
        self.rows.append((self.seq, moment, actor.user_id, actor.username, action,
                          "application", fields["entity_id"], application_id, before, after,
                          self.prev, digest))
        self.prev = digest
        if len(self.rows) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            insert_rows(self.s, AuditEvent, _EVENT_COLUMNS, self.rows)
            self.rows = []
        self.s.execute(update(Counter).where(Counter.name == AUDIT_COUNTER)
                       .values(value=self.seq))


@dataclass(frozen=True)
class Registered:
    """An application as registered: its id, number and items."""

    application_id: int
    number: str
    item_ids: tuple[int, ...]


def _new_ids(s: Session, column: Any, after: int, expected: int) -> list[int]:
    """The ids the rows just written got, in the order they were written: the generator
    is the database's only writer, so they are the ones above the largest before."""
    ids = list(s.execute(select(column).where(column > after).order_by(column)).scalars())
    if len(ids) != expected:
        raise RuntimeError(f"{expected} rows written, {len(ids)} found: another program "
                           "wrote to the demo database")
    return ids


def _largest(s: Session, column: Any) -> int:
    return int(s.execute(select(func.max(column))).scalar() or 0)


_APPLICANT_COLUMNS = ("kind", "iin_bin", "surname", "given_name", "patronymic", "birth_date",
                      "citizenship", "id_document_number", "id_document_issued", "residence",
                      "company_name", "requisites", "address", "phones", "occupation",
                      "version", "created_at", "updated_at")


def insert_applicants(s: Session, rng: random.Random, n: int) -> list[tuple[int, str, str]]:
    """``n`` applicants (people and companies) with valid identity numbers, written
    :data:`CHUNK` at a time: the id, the display name and the identity number of each."""
    applicants: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    names: dict[str, str] = {}  # one string per distinct name, however many bear it
    now = utcnow()
    serial = 0
    rows: list[tuple[Any, ...]] = []
    pending: list[tuple[str, str]] = []
    while len(applicants) + len(rows) < n:
        serial += 1
        if rng.random() < 0.18:
            number = make_bin(rng.randint(1995, 2024), rng.randint(1, 12), "resident",
                              "head_office", serial % 100000)
            company = rng.choice(P.COMPANIES)
            row: tuple[Any, ...] = (
                ApplicantKind.COMPANY.value, number, None, None, None, None, None, None, None,
                None, company, f"IBAN KZ{rng.randrange(10**18):018d}, BIC HSBKKZKX",
                rng.choice(P.RESIDENCES))
            occupation, name = P.COMPANY_OCCUPATION.kk, company
        else:
            female = rng.random() < 0.5
            surname, given, patronymic = rng.choice(
                (P.KK_FEMALE + P.RU_FEMALE) if female else (P.KK_MALE + P.RU_MALE))
            born = date(rng.randint(1945, 2002), rng.randint(1, 12), rng.randint(1, 28))
            number = make_iin(born, "female" if female else "male", serial % 10000)
            row = (ApplicantKind.INDIVIDUAL.value, number, surname, given, patronymic, born,
                   "KZ", f"{rng.randrange(10**9):09d}",
                   date(rng.randint(2015, 2025), rng.randint(1, 12), 1),
                   rng.choice(P.RESIDENCES), None, None, None)
            occupation = rng.choice(P.OCCUPATIONS)
            name = f"{surname} {given} {patronymic}"
        if number in seen:
            continue
        seen.add(number)
        rows.append((*row, f"+7 7{rng.randrange(10**9):09d}", occupation, 1, now, now))
        pending.append((names.setdefault(name, name), number))
        if len(rows) == CHUNK or len(applicants) + len(rows) == n:
            first = _largest(s, Applicant.id)
            insert_rows(s, Applicant, _APPLICANT_COLUMNS, rows)
            ids = _new_ids(s, Applicant.id, first, len(rows))
            applicants += [(id_, name, number) for id_, (name, number) in zip(
                ids, pending, strict=True)]
            rows, pending = [], []
    return applicants


def _bulk_status(plan: Plan) -> Status:
    if "start_examination" in plan.days:
        return Status.UNDER_EXAMINATION
    if "complete_documents" in plan.days:
        return Status.DOCUMENTS_COMPLETE
    return Status.REGISTERED


_APPLICATION_COLUMNS = (
    "number", "region", "year", "sequence", "received", "channel", "applicant_id", "purpose",
    "destination_country", "destination_place", "export_from", "export_until",
    "paper_documents", "status", "status_changed_at", "preliminary_due", "preliminary_done",
    "result_due", "assigned_member_id", "search_key", "sort_name", "version", "created_at",
    "created_by_id")
_application_values = itemgetter(*_APPLICATION_COLUMNS)
_PAPERS = [PaperDocument.APPLICATION_FORM.value, PaperDocument.ID_COPY.value,
           PaperDocument.ITEM_PHOTOS.value]


class Registrar:
    """Registers the planned applications a chunk at a time, each chunk in its caller's
    transaction, and takes each up to the examination: the numbers go on from chunk to
    chunk, and every step is in the audit trail."""

    def __init__(self, profile: RegionProfile, calendar: WorkingCalendar,
                 staff: dict[str, Actor], applicants: Sequence[tuple[int, str, str]],
                 with_pages: Container[int], pages_seed: int, history: int) -> None:
        self.profile = profile
        self.history = history
        self.applicants = applicants
        self.with_pages = with_pages
        self.clerk, self.chair = staff["clerk"], staff["chair"]
        self.members = [a for a in staff.values() if a.role.value == "member"]
        self.seq_by_year: dict[int, int] = {}
        self.pages_rng = random.Random(pages_seed)
        # The deadlines depend on the day received (and the preliminary stage's end):
        # a few hundred distinct days for any number of applications.
        self.deadlines = cache(lambda day: compute_deadlines(profile, day, calendar))
        self.result_due = cache(lambda day, done: application_deadlines(
            profile, day, calendar, preliminary_done=done).result_due)
        self.sort_key = cache(sort_key)

    def register(self, s: Session, plans: Iterable[Plan]) -> list[tuple[Registered, Plan]]:
        """Register ``plans`` (the next in number order); those of the history, which the
        services then take further, as registered and with their plans."""
        plans = list(plans)
        now = utcnow()
        rows = [self._row(plan, now) for plan in plans]
        first = _largest(s, Application.id)
        insert_rows(s, Application, _APPLICATION_COLUMNS,
                    map(_application_values, rows))
        app_ids = _new_ids(s, Application.id, first, len(rows))
        insert_rows(s, Item, ("application_id", "position", "name", "quantity", "version"),
                    ((app_id, pos, name, qty, 1)
                     for app_id, plan in zip(app_ids, plans, strict=True)
                     for pos, (name, qty) in enumerate(plan.items, start=1)))
        pages = _pages(s, [a for a, p in zip(app_ids, plans, strict=True)
                           if p.index in self.with_pages], self.pages_rng)
        events = AuditBatch(s)
        for app_id, plan, row in zip(app_ids, plans, rows, strict=True):
            self._steps(events, app_id, plan, row, pages.get(app_id, ()))
        events.flush()
        self._count(s)
        history = [(app_id, plan, str(row["number"]))
                   for app_id, plan, row in zip(app_ids, plans, rows, strict=True)
                   if plan.index < self.history]
        items: dict[int, list[int]] = {app_id: [] for app_id, _, _ in history}
        if history:
            for app_id, item_id in s.execute(
                    select(Item.application_id, Item.id)
                    .where(Item.application_id.in_(list(items)))
                    .order_by(Item.application_id, Item.position)):
                items[app_id].append(item_id)
        return [(Registered(app_id, number, tuple(items[app_id])), plan)
                for app_id, plan, number in history]

    def _row(self, plan: Plan, now: datetime) -> dict[str, Any]:
        """The application's row."""
        profile = self.profile
        applicant_id, name, iin_bin = self.applicants[plan.applicant]
        year = plan.received.year
        seq = self.seq_by_year[year] = self.seq_by_year.get(year, 0) + 1
        number = f"{profile.number_prefix}-{year}-{seq:05d}"
        due = self.deadlines(plan.received)
        status = _bulk_status(plan)
        started = plan.days.get(PRELIMINARY_ENDS_WITH)
        done = started if due.get("preliminary") is not None else None
        member = self.members[plan.index % len(self.members)].user_id \
            if status == Status.UNDER_EXAMINATION else None
        return dict(
            number=number, region=profile.code, year=year, sequence=seq,
            received=plan.received, channel=plan.channel, applicant_id=applicant_id,
            purpose=plan.purpose, destination_country=plan.country,
            destination_place=plan.place, export_from=plan.export_from,
            export_until=plan.export_until, paper_documents=_PAPERS, status=status.value,
            status_changed_at=now, preliminary_due=due.get("preliminary"),
            preliminary_done=done, result_due=self.result_due(plan.received, done),
            assigned_member_id=member, search_key=application_search_key(number, iin_bin, name),
            sort_name=self.sort_key(name), version=1, created_at=now,
            created_by_id=self.clerk.user_id)

    def _steps(self, events: AuditBatch, app_id: int, plan: Plan, row: dict[str, Any],
               imported: Iterable[dict[str, Any]]) -> None:
        """The audit events of what the services would have done: the registration, the
        scans' import, and the steps up to the examination."""
        clerk, chair = self.clerk, self.chair
        member_id = row["assigned_member_id"]
        events.add(clerk, "application.register", app_id,
                   after={"number": row["number"], "items": len(plan.items),
                          "result_due": self.deadlines(plan.received)["result"].isoformat()})
        for scan in imported:
            events.add(clerk, "document.import", app_id, after=scan)
        for step, before, after, who in (
                ("complete_documents", Status.REGISTERED, Status.DOCUMENTS_COMPLETE, clerk),
                ("start_examination", Status.DOCUMENTS_COMPLETE, Status.UNDER_EXAMINATION,
                 None)):
            if step not in plan.days:
                break
            if who is None:
                events.add(chair, "application.assign", app_id,
                           before={"assigned_member_id": None},
                           after={"assigned_member_id": member_id})
                who = next(m for m in self.members if m.user_id == member_id)
            moved = {"result_due": row["result_due"].isoformat()} \
                if step == PRELIMINARY_ENDS_WITH and row["preliminary_done"] else {}
            events.add(who, f"application.{step}", app_id, before={"status": before.value},
                       after={"status": after.value, **moved})

    def _count(self, s: Session) -> None:
        """The year's registration counters where the last number left them."""
        for year, value in self.seq_by_year.items():
            name = f"application:{self.profile.code}:{year}"
            if s.get(Counter, name) is None:
                s.add(Counter(name=name, value=value))
            else:
                s.execute(update(Counter).where(Counter.name == name).values(value=value))
        s.flush()


def _pages(s: Session, app_ids: Sequence[int],
           rng: random.Random) -> dict[int, list[dict[str, Any]]]:
    """The scanned form, the identity document and two photos, from the demo's pool of
    generated images; what the import of each records in the audit trail."""
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
    if not app_ids:
        return {}
    now = utcnow()
    rows: list[tuple[Any, ...]] = []
    chosen: dict[int, list[Any]] = {}
    for app_id in app_ids:
        chosen[app_id] = [rng.choice(forms), ids[0], *rng.sample(photos, 2)]
        for pos, img in enumerate(chosen[app_id], start=1):
            rows.append((app_id, pos, img.kind.value, sha256_hex(img.data),
                         sha256_hex(img.thumbnail), img.width, img.height, img.dpi,
                         f"demo-{img.kind.value}-{pos}.jpg", now, 1))
    insert_rows(s, DocumentPage,
                ("application_id", "position", "kind", "blob_sha256", "thumbnail_sha256",
                 "width_px", "height_px", "dpi", "source_name", "created_at", "version"), rows)
    page_ids: dict[int, list[int]] = {}
    for app_id, page_id in s.execute(select(DocumentPage.application_id, DocumentPage.id)
                                     .where(DocumentPage.application_id.in_(app_ids))
                                     .order_by(DocumentPage.application_id,
                                               DocumentPage.position)):
        page_ids.setdefault(app_id, []).append(page_id)
    return {app_id: [{"file": f"demo-{img.kind.value}-{pos}.jpg", "kind": img.kind.value,
                      "dpi": img.dpi, "pages": [page_id], "sha256": [sha256_hex(img.data)]}
                     for pos, (img, page_id) in enumerate(zip(chosen[app_id], page_ids[app_id],
                                                               strict=True), start=1)]
            for app_id in app_ids}
