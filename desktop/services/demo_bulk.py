"""The demo's first steps in bulk: applicants, registrations, scans, the early steps.

A hundred thousand registrations one service call at a time would take the better part of
an hour, so the rows of the steps that carry no document (registering, ticking the
documents complete, starting the examination, assigning a member) go in with Core
``INSERT … VALUES`` batches. They are what the services would write: numbers from the
counters in order, deadlines from the region profile and the calendar, and every step in
the audit trail, chained as :func:`desktop.services.audit.record` chains it. The
whole-database check proves it (``export-commission check``).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from typing import Any

from sqlalchemy import insert, select, update
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

__all__ = ["BATCH", "AuditBatch", "Registered", "insert_applicants", "register_in_bulk"]

BATCH = 5000


def _batched(rows: Sequence[dict[str, Any]], n: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while chunk := list(islice(it, n)):
        yield chunk


class AuditBatch:
    """Audit events for rows written in bulk, appended to the chain in order."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.seq = int(s.execute(select(Counter.value).where(Counter.name == AUDIT_COUNTER)
                                 ).scalar() or 0)
        self.prev = s.execute(select(AuditEvent.hash).where(AuditEvent.seq == self.seq)
                              ).scalar() or GENESIS_HASH
        self.rows: list[dict[str, Any]] = []

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
        self.rows.append({**fields, "at": moment, "prev_hash": self.prev, "hash": digest})
        self.prev = digest
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.s.execute(insert(AuditEvent), self.rows)
            self.rows = []
        self.s.execute(update(Counter).where(Counter.name == AUDIT_COUNTER)
                       .values(value=self.seq))


@dataclass(frozen=True)
class Registered:
    """An application as registered: its id, number and items."""

    application_id: int
    number: str
    item_ids: tuple[int, ...]


def insert_applicants(s: Session, rng: random.Random, n: int) -> list[tuple[int, str, str]]:
    """``n`` applicants (people and companies) with valid identity numbers: the id, the
    display name and the identity number of each."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    now = utcnow()
    serial = 0
    while len(rows) < n:
        serial += 1
        if rng.random() < 0.18:
            number = make_bin(rng.randint(1995, 2024), rng.randint(1, 12), "resident",
                              "head_office", serial % 100000)
            row: dict[str, Any] = dict(
                kind=ApplicantKind.COMPANY.value, company_name=rng.choice(P.COMPANIES),
                requisites=f"IBAN KZ{rng.randrange(10**18):018d}, BIC HSBKKZKX",
                address=rng.choice(P.RESIDENCES), occupation=P.COMPANY_OCCUPATION.kk)
        else:
            female = rng.random() < 0.5
            surname, given, patronymic = rng.choice(
                (P.KK_FEMALE + P.RU_FEMALE) if female else (P.KK_MALE + P.RU_MALE))
            born = date(rng.randint(1945, 2002), rng.randint(1, 12), rng.randint(1, 28))
            number = make_iin(born, "female" if female else "male", serial % 10000)
            row = dict(kind=ApplicantKind.INDIVIDUAL.value, surname=surname, given_name=given,
                       patronymic=patronymic, birth_date=born, citizenship="KZ",
                       id_document_number=f"{rng.randrange(10**9):09d}",
                       id_document_issued=date(rng.randint(2015, 2025), rng.randint(1, 12), 1),
                       residence=rng.choice(P.RESIDENCES), occupation=rng.choice(P.OCCUPATIONS))
        if number in seen:
            continue
        seen.add(number)
        row.update(iin_bin=number, phones=f"+7 7{rng.randrange(10**9):09d}", version=1,
                   created_at=now, updated_at=now)
        rows.append(row)
    for chunk in _batched(rows):
        s.execute(insert(Applicant), chunk)
    ids = {iin_bin: id_ for iin_bin, id_ in s.execute(select(Applicant.iin_bin, Applicant.id))}
    return [(ids[str(r["iin_bin"])], str(r.get("company_name") or " ".join(
        str(r[k]) for k in ("surname", "given_name", "patronymic"))), str(r["iin_bin"]))
        for r in rows]


def _bulk_status(plan: Plan) -> Status:
    if "start_examination" in plan.days:
        return Status.UNDER_EXAMINATION
    if "complete_documents" in plan.days:
        return Status.DOCUMENTS_COMPLETE
    return Status.REGISTERED


def register_in_bulk(s: Session, plans: Sequence[Plan],
                     applicants: Sequence[tuple[int, str, str]],
                     profile: RegionProfile, calendar: WorkingCalendar,
                     staff: dict[str, Actor], with_pages: set[int]) -> list[Registered]:
    """Register every planned application and take its steps up to the examination."""
    clerk, chair = staff["clerk"], staff["chair"]
    members = [a for a in staff.values() if a.role.value == "member"]
    now = utcnow()
    seq_by_year: dict[int, int] = {}
    registered_due: dict[int, date] = {}
    rows: list[dict[str, Any]] = []
    for plan in plans:
        applicant_id, name, iin_bin = applicants[plan.applicant]
        year = plan.received.year
        seq = seq_by_year[year] = seq_by_year.get(year, 0) + 1
        number = f"{profile.number_prefix}-{year}-{seq:05d}"
        due = compute_deadlines(profile, plan.received, calendar)
        status = _bulk_status(plan)
        registered_due[plan.index] = due["result"]
        started = plan.days.get(PRELIMINARY_ENDS_WITH)
        done = started if due.get("preliminary") is not None else None
        rows.append(dict(
            number=number, region=profile.code, year=year, sequence=seq,
            received=plan.received, channel=plan.channel, applicant_id=applicant_id,
            purpose=plan.purpose, destination_country=plan.country,
            destination_place=plan.place, export_from=plan.export_from,
            export_until=plan.export_until,
            paper_documents=[PaperDocument.APPLICATION_FORM.value, PaperDocument.ID_COPY.value,
                             PaperDocument.ITEM_PHOTOS.value],
            status=status.value, status_changed_at=now,
            preliminary_due=due.get("preliminary"), preliminary_done=done,
            result_due=application_deadlines(profile, plan.received, calendar,
                                             preliminary_done=done).result_due,
            assigned_member_id=members[plan.index % len(members)].user_id
            if status == Status.UNDER_EXAMINATION else None,
            search_key=application_search_key(number, iin_bin, name), sort_name=sort_key(name),
            version=1, created_at=now, created_by_id=clerk.user_id))
    for chunk in _batched(rows):
        s.execute(insert(Application), chunk)
    app_ids = list(s.execute(select(Application.id).order_by(Application.id)).scalars())
    item_rows = [dict(application_id=app_id, position=pos, name=name, quantity=qty, version=1)
                 for app_id, plan in zip(app_ids, plans, strict=True)
                 for pos, (name, qty) in enumerate(plan.items, start=1)]
    for chunk in _batched(item_rows):
        s.execute(insert(Item), chunk)
    items: dict[int, list[int]] = {}
    for app_id, item_id in s.execute(select(Item.application_id, Item.id)
                                     .order_by(Item.application_id, Item.position)):
        items.setdefault(app_id, []).append(item_id)
    pages = _pages(s, [a for a, p in zip(app_ids, plans, strict=True) if p.index in with_pages],
                   random.Random(len(plans)))
    events = AuditBatch(s)
    for app_id, plan, row in zip(app_ids, plans, rows, strict=True):
        events.add(clerk, "application.register", app_id,
                   after={"number": row["number"], "items": len(plan.items),
                          "result_due": registered_due[plan.index].isoformat()})
        for imported in pages.get(app_id, ()):
            events.add(clerk, "document.import", app_id, after=imported)
        for step, before, after, who in (
                ("complete_documents", Status.REGISTERED, Status.DOCUMENTS_COMPLETE, clerk),
                ("start_examination", Status.DOCUMENTS_COMPLETE, Status.UNDER_EXAMINATION,
                 None)):
            if step not in plan.days:
                break
            if who is None:
                member_id = row["assigned_member_id"]
                events.add(chair, "application.assign", app_id,
                           before={"assigned_member_id": None},
                           after={"assigned_member_id": member_id})
                who = next(m for m in members if m.user_id == member_id)
            moved = {"result_due": row["result_due"].isoformat()} \
                if step == PRELIMINARY_ENDS_WITH and row["preliminary_done"] else {}
            events.add(who, f"application.{step}", app_id, before={"status": before.value},
                       after={"status": after.value, **moved})
    events.flush()
    for year, value in seq_by_year.items():
        name = f"application:{profile.code}:{year}"
        if s.get(Counter, name) is None:
            s.add(Counter(name=name, value=value))
        else:
            s.execute(update(Counter).where(Counter.name == name).values(value=value))
    s.flush()
    return [Registered(app_id, str(row["number"]), tuple(items[app_id]))
            for app_id, row in zip(app_ids, rows, strict=True)]


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
    now = utcnow()
    rows: list[dict[str, Any]] = []
    chosen: dict[int, list[Any]] = {}
    for app_id in app_ids:
        chosen[app_id] = [rng.choice(forms), ids[0], *rng.sample(photos, 2)]
        for pos, img in enumerate(chosen[app_id], start=1):
            rows.append(dict(application_id=app_id, position=pos, kind=img.kind.value,
                             blob_sha256=sha256_hex(img.data),
                             thumbnail_sha256=sha256_hex(img.thumbnail), width_px=img.width,
                             height_px=img.height, dpi=img.dpi,
                             source_name=f"demo-{img.kind.value}-{pos}.jpg", created_at=now,
                             version=1))
    for chunk in _batched(rows):
        s.execute(insert(DocumentPage), chunk)
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
