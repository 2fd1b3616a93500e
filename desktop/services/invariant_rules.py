"""The rules the whole-database check applies, one function per part.

Each function reads what it needs in bulk (a database of 100,000 applications is checked
in minutes, not hours) and appends a :class:`Found` per broken rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

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

__all__ = ["AppRow", "Found", "Trail", "check_deadlines", "check_numbering", "check_records",
           "check_results", "check_steps", "referenced_blobs"]

_CHUNK = 500
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
    def load(cls, s: Session) -> Iterator[AppRow]:
        a = Application
        for row in s.execute(select(a.id, a.number, a.region, a.year, a.sequence, a.status,
                                    a.received, a.preliminary_due, a.result_due, a.decided,
                                    a.preliminary_done, a.repeat_started)):
            yield cls(row.id, row.number, row.region, row.year, row.sequence,
                      Status(row.status), row.received, row.preliminary_due, row.result_due,
                      row.decided, row.preliminary_done, row.repeat_started)


class _Profiles(dict[str, RegionProfile]):
    """Region profiles by code, each loaded once."""

    def __missing__(self, code: str) -> RegionProfile:
        self[code] = load_profile(code)
        return self[code]


# -- the results of decided applications ------------------------------------------------------


def check_results(s: Session, apps: dict[int, AppRow], found: list[Found]) -> list[DocumentJob]:
    """Decided applications have their documents, open ones the draft their status says;
    the signed documents to verify."""
    profiles = _Profiles()
    by_app: dict[int, list[Conclusion]] = defaultdict(list)
    for c in s.execute(select(Conclusion).order_by(Conclusion.id).options(
            selectinload(Conclusion.signers), selectinload(Conclusion.documents))).scalars():
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
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        items = s.execute(select(Item.id, Item.application_id, Item.position)
                          .where(Item.application_id.in_(chunk))
                          .order_by(Item.application_id, Item.position)).all()
        agreed = {row.item_id: row for row in s.execute(
            select(Examination).join(Item).where(Item.application_id.in_(chunk),
                                                 Examination.kind == ExaminationKind.AGREED.value)
            .options(selectinload(Examination.measurements),
                     selectinload(Examination.page_links))).scalars()}
        for app_id, rows in groupby(items, key=lambda r: r.application_id):
            lacks = []
            for item in rows:
                record = agreed.get(item.id)
                fields = ["agreed record"] if record is None else missing_required(
                    to_record(record))
                lacks += [f"item {item.position}: {name}" for name in fields]
            if lacks:
                app = apps[app_id]
                found.append(Found("records_incomplete", app.number,
                                   f"{app.number} is {app.status} but its examination lacks "
                                   f"{'; '.join(lacks)}", ("; ".join(lacks),)))
        s.expunge_all()
    return len(ids)


# -- blobs ------------------------------------------------------------------------------------


def referenced_blobs(s: Session) -> dict[str, list[str | None]]:
    """Every blob name something refers to, with the applications that refer to it: pages
    and their thumbnails, documents as drafted and as signed, and the images the audit
    trail names (a page tool keeps the image it replaced)."""
    numbers = {app_id: number for app_id, number in s.execute(
        select(Application.id, Application.number))}
    refs: dict[str, list[str | None]] = defaultdict(list)
    for app_id, blob, thumb in s.execute(select(DocumentPage.application_id,
                                                DocumentPage.blob_sha256,
                                                DocumentPage.thumbnail_sha256)):
        for name in (blob, thumb):
            if name:
                refs[name].append(numbers.get(app_id))
    for app_id, unsigned, current in s.execute(
            select(Conclusion.application_id, ConclusionDocument.unsigned_sha256,
                   ConclusionDocument.current_sha256).join(ConclusionDocument.conclusion)):
        for name in (unsigned, current):
            refs[name].append(numbers.get(app_id))
    for app_id, before, after in s.execute(
            select(AuditEvent.application_id, AuditEvent.before, AuditEvent.after)
            .where(AuditEvent.action.like("document.%"))):
        for name in (*_hashes(before), *_hashes(after)):
            refs[name].append(numbers.get(app_id))
    return refs


def _hashes(data: dict[str, Any] | None) -> list[str]:
    value = (data or {}).get("sha256")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


# -- numbering --------------------------------------------------------------------------------


def check_numbering(s: Session, apps: dict[int, AppRow], counters: dict[str, int],
                    found: list[Found]) -> None:
    """Registration and document numbers run 1, 2, 3… per region (and kind) and year, as
    their counters say; registration numbers have the profile's form."""
    profiles = _Profiles()
    series: dict[tuple[str, str, int], list[tuple[int, str, str]]] = defaultdict(list)
    for app in apps.values():
        series[("application", app.region, app.year)].append((app.sequence, app.number,
                                                             app.number))
        expected = f"{profiles[app.region].number_prefix}-{app.year}-{app.sequence:05d}"
        if app.number != expected:
            found.append(Found("number_form", app.number,
                               f"{app.number} should read {expected}", (expected,)))
    for app_id, kind, year, sequence, number in s.execute(
            select(Conclusion.application_id, Conclusion.kind, Conclusion.year,
                   Conclusion.sequence, Conclusion.number)):
        app = apps[app_id]
        series[(str(kind), app.region, year)].append((sequence, number, app.number))
    for (series_kind, region, year), numbers in sorted(series.items()):
        name = f"{series_kind}:{region}:{year}"
        numbers.sort()
        given = [n for n, _number, _app in numbers]
        missing = sorted(set(range(1, max(given) + 1)) - set(given))
        if missing:
            found.append(Found("number_gap", None,
                               f"the numbers of {name} skip {_ranges(missing)}",
                               (name, _ranges(missing))))
        twice = sorted({n for n in given if given.count(n) > 1})
        for n in twice:
            holders = [number for seq, number, _app in numbers if seq == n]
            found.append(Found("number_twice", None,
                               f"{name} gives {n} twice: {', '.join(holders)}",
                               (name, str(n), ", ".join(holders))))
        counter = counters.get(name, 0)
        if counter != max(given):
            found.append(Found("counter_off", None,
                               f"the counter {name} stands at {counter} but the last number "
                               f"given is {max(given)}", (name, str(counter), str(max(given)))))


def _ranges(numbers: list[int]) -> str:
    """``[3, 4, 5, 9]`` → ``"3–5, 9"``."""
    parts: list[str] = []
    for _key, run in groupby(enumerate(numbers), key=lambda pair: pair[1] - pair[0]):
        values = [n for _i, n in run]
        parts.append(str(values[0]) if len(values) == 1 else f"{values[0]}–{values[-1]}")
    return ", ".join(parts)


# -- the audit trail: steps and deadlines ------------------------------------------------------


@dataclass
class Trail:
    """What an application's audit trail says: its status and its recorded deadlines."""

    status: Status | None = None
    registered_due: date | None = None
    changed_due: date | None = None
    broken: bool = False


def _events(s: Session) -> Iterator[tuple[int, list[AuditEvent]]]:
    stmt = (select(AuditEvent).where(AuditEvent.action.like("application.%"),
                                     AuditEvent.application_id.is_not(None))
            .order_by(AuditEvent.application_id, AuditEvent.seq)
            .execution_options(yield_per=2000))
    rows = s.execute(stmt).scalars()
    for app_id, group in groupby(rows, key=lambda e: e.application_id):
        assert app_id is not None
        yield app_id, list(group)


def check_steps(s: Session, apps: dict[int, AppRow], found: list[Found]) -> dict[int, Trail]:
    """Replay each application's steps from its registration: every step allowed from the
    status before it, and the last one leading to the status it has."""
    trails: dict[int, Trail] = {}
    for app_id, events in _events(s):
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


def _replay(app: AppRow, events: list[AuditEvent], found: list[Found]) -> Trail:
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
                    calendar: WorkingCalendar, found: list[Found]) -> None:
    """A deadline is the last one the audit trail records for the application; one still
    running is what the calendar in force gives (from the receipt, the preliminary
    examination's actual date, or the repeat examination's start); a decided application
    has its decision date."""
    profiles = _Profiles()
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
