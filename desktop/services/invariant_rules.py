"""The rules the whole-database check applies to each application, one function per part.

:func:`check_applications` takes the applications a chunk at a time, in the order of their
ids, and each part reads what it needs for the chunk in bulk (a few queries for a chunk,
through the indexes on the application): the cost grows as the number of applications
does, and memory holds one chunk. Each broken rule appends a :class:`Found`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.examination_rules import ExaminationKind, missing_required
from desktop.domain.regions import RegionProfile, load_profile
from desktop.domain.returns import ReturnOutcome
from desktop.domain.stages import application_deadlines
from desktop.domain.workflow import ACTIVE_STATUSES, FINAL_STATUSES, TRANSITIONS, Status
from desktop.models.application import Application, Item
from desktop.models.audit import AuditEvent
from desktop.models.conclusion import Conclusion, ConclusionDocument
from desktop.models.document import DocumentPage
from desktop.models.examination import Examination, to_record
from desktop.models.returns import ItemReturn
from desktop.services.verify_pool import DocumentJob

__all__ = ["CHUNK", "Checked", "Found", "Profiles", "Trail", "check_applications",
           "referenced_blobs"]

CHUNK = 500
"""Applications checked at a time (and at most as many ids in one query's ``IN``)."""
_BATCH = 5000
"""Rows fetched at a time by a query that reads a whole table."""
EXAMINED_OR_LATER = frozenset({Status.EXAMINED, Status.CONCLUSION_DRAFTED, Status.BEING_SIGNED,
                               Status.ISSUED_AGREED, Status.ISSUED_NOT_AGREED, Status.CLOSED})
"""Statuses an application reaches only with a complete agreed record of every item."""


@dataclass(frozen=True)
class Found:
    rule: str
    application: str | None
    message: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class AppRow:
    id: int
    number: str
    region: str
    year: int
    sequence: int
    status: Status
    received: date
    preliminary_due: date | None
    result_due: date
    decided: date | None
    preliminary_done: date | None
    repeat_started: date | None

    @classmethod
    def chunks(cls, s: Session) -> Iterator[dict[int, AppRow]]:
        """Every application, :data:`CHUNK` at a time by id: each chunk holds every
        application whose id lies between its first and its last."""
        a = Application
        last: int | None = None
        while True:
            stmt = select(a.id, a.number, a.region, a.year, a.sequence, a.status, a.received,
                          a.preliminary_due, a.result_due, a.decided, a.preliminary_done,
                          a.repeat_started).order_by(a.id).limit(CHUNK)
            rows = s.execute(stmt if last is None else stmt.where(a.id > last)).all()
            if not rows:
                return
            yield {row.id: cls(row.id, row.number, row.region, row.year, row.sequence,
                               Status(row.status), row.received, row.preliminary_due,
                               row.result_due, row.decided, row.preliminary_done,
                               row.repeat_started) for row in rows}
            last = rows[-1].id


class Profiles(dict[str, RegionProfile]):
    """Region profiles by code, each loaded once."""

    def __missing__(self, code: str) -> RegionProfile:
        self[code] = load_profile(code)
        return self[code]


def _of(column: InstrumentedAttribute[Any], apps: Mapping[int, AppRow]) -> ColumnElement[bool]:
    """*column* (an application's id) within the chunk *apps*."""
    return column.between(min(apps), max(apps))


@dataclass
class Checked:
    """What :func:`check_applications` looked at."""

    applications: int = 0
    examined: int = 0
    documents: list[DocumentJob] = field(default_factory=list)
    """The signed documents to verify."""


def check_applications(s: Session, calendar: WorkingCalendar,
                       found: Mapping[str, list[Found]]) -> Checked:
    """Every rule about one application, over every application; *found* has a list for
    each part: ``results``, ``records``, ``steps`` and ``deadlines``."""
    checked = Checked()
    profiles = Profiles()
    for apps in AppRow.chunks(s):
        checked.applications += len(apps)
        checked.documents += check_results(s, apps, profiles, found["results"])
        checked.examined += check_records(s, apps, found["records"])
        trails = check_steps(s, apps, found["steps"])
        check_deadlines(apps, trails, calendar, profiles, found["deadlines"])
        s.expunge_all()
    return checked


# -- the results of decided applications ------------------------------------------------------


def check_results(s: Session, apps: dict[int, AppRow], profiles: Profiles,
                  found: list[Found]) -> list[DocumentJob]:
    """Decided applications have their documents, open ones the draft their status says;
    the signed documents to verify."""
    by_app: dict[int, list[Conclusion]] = defaultdict(list)
    for c in s.execute(select(Conclusion).where(_of(Conclusion.application_id, apps))
                       .order_by(Conclusion.id).options(selectinload(Conclusion.signers),
                                                        selectinload(Conclusion.documents))
                       ).scalars():
        by_app[c.application_id].append(c)
    jobs: list[DocumentJob] = []
    for app_id, app in apps.items():
        letters = by_app.get(app_id, [])
        _result_of(app, letters, found)
        for c in letters:
            jobs.extend(_document_jobs(app, c, profiles[app.region], found))
    _returns_of_closed(s, apps, found)
    return jobs


def _live(letters: Iterable[Conclusion], kind: ConclusionKind,
          *statuses: ConclusionStatus) -> list[Conclusion]:
    return [c for c in letters if c.kind == kind and c.status in statuses]


def _result_of(app: AppRow, letters: list[Conclusion], found: list[Found]) -> None:
    conclusion, refusal, act = ConclusionKind.CONCLUSION, ConclusionKind.REFUSAL, \
        ConclusionKind.RETURN_ACT
    issued, draft, signing = ConclusionStatus.ISSUED, ConclusionStatus.DRAFT, \
        ConclusionStatus.SIGNING
    status = app.status
    if status in (Status.ISSUED_AGREED, Status.ISSUED_NOT_AGREED, Status.CLOSED):
        agreed = status != Status.ISSUED_NOT_AGREED
        current = _live(letters, conclusion, issued)
        if not current:
            found.append(Found("no_conclusion", app.number,
                               f"{app.number} is {status} but has no issued conclusion",
                               ()))
        elif any(bool(c.agreed) != agreed for c in current):
            found.append(Found("conclusion_disagrees", app.number,
                               f"the issued conclusion of {app.number} does not say what its "
                               f"status '{status}' says", ()))
    if status == Status.REFUSED and not _live(letters, refusal, draft, signing, issued):
        found.append(Found("no_refusal_letter", app.number,
                           f"{app.number} is refused but has no refusal letter", ()))
    if status == Status.CLOSED and not _live(letters, act, issued):
        found.append(Found("no_return_act", app.number,
                           f"{app.number} is closed but has no signed return act",
                           ()))
    _certificate_of(app, letters, found)
    open_conclusions = [c for c in _live(letters, conclusion, draft, signing)
                        if c.corrects_id is None]
    expected = {Status.CONCLUSION_DRAFTED: draft, Status.BEING_SIGNED: signing}.get(status)
    if expected is None and open_conclusions:
        found.append(Found("stray_draft", app.number,
                           f"{app.number} is {status} but has the conclusion "
                           f"{open_conclusions[0].number} in the making",
                           (open_conclusions[0].number,)))
    if expected is not None and [c.status for c in open_conclusions] != [expected]:
        found.append(Found("no_draft", app.number,
                           f"{app.number} is {status} but has no conclusion {expected}",
                           ()))


def _certificate_of(app: AppRow, letters: list[Conclusion], found: list[Found]) -> None:
    """A certificate stands only on an agreed export, and the return act ends it: signed,
    it is closed; never signed, cancelled."""
    live = [c for c in letters if c.kind == ConclusionKind.CERTIFICATE
            and c.status != ConclusionStatus.CANCELLED]
    if not live:
        return
    if app.status not in (Status.ISSUED_AGREED, Status.CLOSED):
        found.append(Found("stray_certificate", app.number,
                           f"{app.number} is {app.status} but has the certificate "
                           f"{live[0].number}", (live[0].number,)))
    elif app.status == Status.CLOSED:
        for c in live:
            if c.status != ConclusionStatus.CLOSED:
                found.append(Found("certificate_open", app.number,
                                   f"{app.number} is closed but its certificate {c.number} "
                                   f"is still {c.status}", (c.number,)))


def _document_jobs(app: AppRow, c: Conclusion, profile: RegionProfile,
                   found: list[Found]) -> list[DocumentJob]:
    if c.status == ConclusionStatus.ISSUED:
        unsigned = [g.full_name for g in c.signers if g.signed_at is None]
        if unsigned:
            found.append(Found("unsigned_signer", app.number,
                               f"{c.number} is issued but {unsigned[0]} has not signed it",
                               (c.number, unsigned[0])))
        languages = {d.lang for d in c.documents}
        for lang in profile.conclusion_languages:
            if lang not in languages:
                found.append(Found("no_document", app.number,
                                   f"{c.number} has no document in '{lang}'", (c.number, lang)))
    signed = sum(1 for g in c.signers if g.signed_at is not None)
    if c.status == ConclusionStatus.CANCELLED or signed == 0:
        return []
    return [DocumentJob(app.number, c.number, d.lang, d.current_sha256, signed)
            for d in c.documents]


def _returns_of_closed(s: Session, apps: dict[int, AppRow], found: list[Found]) -> None:
    closed = {app_id for app_id, app in apps.items() if app.status == Status.CLOSED}
    if not closed:
        return
    checked: dict[int, ItemReturn] = {r.item_id: r for r in s.execute(
        select(ItemReturn).where(ItemReturn.application_id.in_(closed))).scalars()}
    for app_id, position, item_id in s.execute(
            select(Item.application_id, Item.position, Item.id)
            .where(Item.application_id.in_(closed)).order_by(Item.application_id, Item.position)):
        back = checked.get(item_id)
        if back is None or (back.outcome == ReturnOutcome.RETURNED and back.check_result is None):
            number = apps[app_id].number
            found.append(Found("return_unchecked", number,
                               f"{number} is closed but item {position} has no checked return",
                               (str(position),)))


# -- the examination records ----------------------------------------------------------------


def check_records(s: Session, apps: dict[int, AppRow], found: list[Found]) -> int:
    """Every item of an application at or past "examined" has a complete agreed record."""
    ids = sorted(app_id for app_id, app in apps.items() if app.status in EXAMINED_OR_LATER)
    if not ids:
        return 0
    items = s.execute(select(Item.id, Item.application_id, Item.position)
                      .where(Item.application_id.in_(ids))
                      .order_by(Item.application_id, Item.position)).all()
    agreed = {row.item_id: row for row in s.execute(
        select(Examination).join(Item).where(Item.application_id.in_(ids),
                                             Examination.kind == ExaminationKind.AGREED.value)
        .options(selectinload(Examination.measurements),
                 selectinload(Examination.page_links))).scalars()}
    for app_id, rows in groupby(items, key=lambda r: r.application_id):
        lacks = []
        for item in rows:
            record = agreed.get(item.id)
            fields = ["agreed record"] if record is None else missing_required(to_record(record))
            lacks += [f"item {item.position}: {name}" for name in fields]
        if lacks:
            app = apps[app_id]
            found.append(Found("records_incomplete", app.number,
                               f"{app.number} is {app.status} but its examination lacks "
                               f"{'; '.join(lacks)}", ("; ".join(lacks),)))
    return len(ids)


# -- blobs ------------------------------------------------------------------------------------


def referenced_blobs(s: Session) -> dict[str, str | None]:
    """Every blob name something refers to, with the first application that refers to it:
    pages and their thumbnails, documents as drafted and as signed, and the images the
    audit trail names (a page tool keeps the image it replaced)."""
    a = Application
    refs: dict[str, str | None] = {}
    for number, blob, thumb in s.execute(
            select(a.number, DocumentPage.blob_sha256, DocumentPage.thumbnail_sha256)
            .outerjoin(a, a.id == DocumentPage.application_id)
            .execution_options(yield_per=_BATCH)):
        for name in (blob, thumb):
            if name:
                refs.setdefault(name, number)
    for number, unsigned, current in s.execute(
            select(a.number, ConclusionDocument.unsigned_sha256,
                   ConclusionDocument.current_sha256).join(ConclusionDocument.conclusion)
            .outerjoin(a, a.id == Conclusion.application_id)
            .execution_options(yield_per=_BATCH)):
        for name in (unsigned, current):
            refs.setdefault(name, number)
    for number, before, after in s.execute(
            select(a.number, AuditEvent.before, AuditEvent.after)
            .outerjoin(a, a.id == AuditEvent.application_id)
            .where(AuditEvent.action.like("document.%")).execution_options(yield_per=_BATCH)):
        for name in (*_hashes(before), *_hashes(after)):
            refs.setdefault(name, number)
    return refs


def _hashes(data: dict[str, Any] | None) -> list[str]:
    value = (data or {}).get("sha256")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


# -- the audit trail: steps and deadlines ------------------------------------------------------


@dataclass
class Trail:
    """What an application's audit trail says: its status and its recorded deadlines."""

    status: Status | None = None
    registered_due: date | None = None
    changed_due: date | None = None
    broken: bool = False


def _events(s: Session, apps: dict[int, AppRow]) -> Iterator[tuple[int, list[Any]]]:
    """The steps of the chunk's applications, each one's in order (rows of the audit
    events' ``application_id``, ``seq``, ``action``, ``before`` and ``after``)."""
    e = AuditEvent
    stmt = (select(e.application_id, e.seq, e.action, e.before, e.after)
            .where(_of(e.application_id, apps), e.action.like("application.%"))
            .order_by(e.application_id, e.seq).execution_options(yield_per=_BATCH))
    for app_id, group in groupby(s.execute(stmt), key=lambda row: row.application_id):
        yield app_id, list(group)


def check_steps(s: Session, apps: dict[int, AppRow], found: list[Found]) -> dict[int, Trail]:
    """Replay each application's steps from its registration: every step allowed from the
    status before it, and the last one leading to the status it has."""
    trails: dict[int, Trail] = {}
    for app_id, events in _events(s, apps):
        app = apps.get(app_id)
        if app is not None:
            trails[app_id] = _replay(app, events, found)
    for app_id, app in apps.items():
        trail = trails.get(app_id)
        if trail is None or trail.status is None:
            if trail is None or not trail.broken:
                found.append(Found("no_registration", app.number,
                                   f"{app.number} has no registration in the audit trail",
                                   ()))
        elif not trail.broken and trail.status != app.status:
            found.append(Found("status_unexplained", app.number,
                               f"{app.number} is {app.status} but its steps lead to "
                               f"{trail.status}", (app.status, trail.status)))
    return trails


def _replay(app: AppRow, events: list[Any], found: list[Found]) -> Trail:
    trail = Trail()
    for event in events:
        step = event.action.split(".", 1)[1]
        after = event.after or {}
        due = after.get("result_due")
        if step != "register" and isinstance(due, str):  # a step or a calendar moved it
            trail.changed_due = date.fromisoformat(due)
        if step == "register":
            trail.status = Status.REGISTERED
            due = after.get("result_due")
            trail.registered_due = date.fromisoformat(due) if isinstance(due, str) else None
            continue
        definition = TRANSITIONS.get(step)
        if definition is None:  # not a step: an assignment, or a calendar amendment's move
            due = after.get("result_due") if step == "deadline_moved" else None
            if isinstance(due, str):
                trail.changed_due = date.fromisoformat(due)
            continue
        before = (event.before or {}).get("status")
        reached = after.get("status")
        if trail.status is None:
            found.append(Found("no_registration", app.number,
                               f"{app.number} has no registration in the audit trail",
                               ()))
            trail.broken = True
            return trail
        if before != trail.status or reached != definition.target \
                or trail.status not in definition.sources:
            found.append(Found("step_not_allowed", app.number,
                               f"{app.number}: the step '{step}' from '{before}' to "
                               f"'{reached}' (audit event {event.seq}) does not follow from "
                               f"'{trail.status}'", (step, str(before),
                                                     str(reached))))
            trail.broken = True
            return trail
        trail.status = Status(reached)
    return trail


def check_deadlines(apps: dict[int, AppRow], trails: dict[int, Trail],
                    calendar: WorkingCalendar, profiles: Profiles, found: list[Found]) -> None:
    """A deadline is the last one the audit trail records for the application; one still
    running is what the calendar in force gives (from the receipt, the preliminary
    examination's actual date, or the repeat examination's start); a decided application
    has its decision date."""
    for app_id, app in apps.items():
        trail = trails.get(app_id, Trail())
        recorded = trail.changed_due or trail.registered_due
        if recorded is not None and app.result_due != recorded:
            found.append(Found("deadline_changed", app.number,
                               f"{app.number}: the deadline {app.result_due} differs from the "
                               f"one recorded in the audit trail, {recorded}",
                               (app.result_due.isoformat(), recorded.isoformat())))
        if app.status in ACTIVE_STATUSES:
            due = application_deadlines(profiles[app.region], app.received, calendar,
                                        preliminary_done=app.preliminary_done,
                                        repeat_started=app.repeat_started)
            for stage, stored, expected in (
                    ("result", app.result_due, due.result_due),
                    ("preliminary", app.preliminary_due, due.preliminary_due)):
                if stored != expected:
                    found.append(Found("deadline_calendar", app.number,
                                       f"{app.number}: the {stage} deadline {stored} is not "
                                       f"what the calendar gives, {expected}",
                                       (str(stored), str(expected))))
        if app.status in FINAL_STATUSES and (app.decided is None or app.decided < app.received):
            found.append(Found("decided_date", app.number,
                               f"{app.number} is decided but its decision date is "
                               f"{app.decided}", (str(app.decided),)))
