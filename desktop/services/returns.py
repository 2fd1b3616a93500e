"""Tracking agreed temporary exports until the items come back, and the return check.

An issued "agreed" conclusion starts the tracking: the export is abroad until its return
deadline (the end of the export period in the application), due soon within 30 days of it,
overdue after it. Returns are registered per item, partial returns allowed; an item that
cannot come back is accounted for with a documented loss. Each returned item is examined
again (an examination record of kind ``return``), compared field by field and photo by
photo with the commission's agreed record, and given a verdict; the return act drafted
from the verdicts (see :meth:`ConclusionService.draft_return_act`) closes the export when
the chairperson signs it.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, case, false, func, or_, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.conclusions import OPEN_STATUSES, ConclusionKind
from desktop.domain.errors import ConflictError, DomainError, NotFoundError
from desktop.domain.examination_rules import ExaminationKind, ExaminationRecord, PageRole
from desktop.domain.languages import DOCUMENT_LANGS, NO_TEXT, Bilingual
from desktop.domain.regions import load_profile
from desktop.domain.returns import (
    DUE_SOON_DAYS,
    CheckResult,
    ExportState,
    FieldComparison,
    ReturnOutcome,
    compare_records,
    export_state,
)
from desktop.domain.roles import Action
from desktop.domain.workflow import Status
from desktop.models.applicant import Applicant
from desktop.models.application import Application, Item
from desktop.models.base import utcnow
from desktop.models.conclusion import Conclusion
from desktop.models.document import DocumentPage
from desktop.models.examination import Examination, to_record
from desktop.models.returns import ItemReturn
from desktop.models.user import User
from desktop.services import audit, lookup
from desktop.services.actor import Actor
from desktop.storage.blobs import DatabaseBlobStore
from desktop.storage.database import Database

if TYPE_CHECKING:
    from desktop.documents.similarity import Similarity

__all__ = [
    "GAP_REASONS",
    "GAP_WORDS",
    "ActGap",
    "ItemComparison",
    "ItemReturnState",
    "ReturnError",
    "ReturnService",
    "TrackedExport",
    "open_act",
    "return_gaps",
]

log = logging.getLogger(__name__)

MAX_NAME = 300
MAX_PLACE = 500


class ReturnError(DomainError):
    """A return, a verdict or a return examination refused; ``reason`` names why (the
    interface words it in the user's language, with ``values`` as %1, %2…)."""

    code = "return"


@dataclass(frozen=True)
class TrackedExport:
    """An agreed temporary export, with what the tracking list shows of it."""

    application_id: int
    number: str
    applicant: str
    phones: str
    address: str
    destination_country: str
    destination_place: str
    export_from: date | None
    return_due: date | None
    items: int
    back: int
    state: ExportState

    def days_left(self, today: date) -> int | None:
        """Days until the return deadline (negative: days overdue)."""
        return (self.return_due - today).days if self.return_due else None


@dataclass(frozen=True)
class ItemReturnState:
    item_id: int
    position: int
    name: str
    quantity: int
    outcome: ReturnOutcome | None
    returned_on: date | None
    presented_by: str
    place: str
    note: Bilingual
    """On a return, anything to note; on a loss, the document that records it."""
    examined: bool
    """A return examination record exists."""
    check_result: CheckResult | None
    check_note: Bilingual
    checked_by: str
    version: int | None
    """Of the return row, for the verdict's optimistic check; None: not returned."""


@dataclass(frozen=True)
class ItemComparison:
    item_id: int
    position: int
    name: str
    original: ExaminationRecord | None
    returned: ExaminationRecord | None
    fields: tuple[FieldComparison, ...]
    original_photos: tuple[int, ...]
    """Page ids of the agreed record's photos, the overall view first."""
    returned_photos: tuple[int, ...]

    @property
    def differing(self) -> tuple[str, ...]:
        return tuple(f.field for f in self.fields if f.differs)


@dataclass(frozen=True)
class ActGap:
    """Why the return act cannot be drafted yet for one item: one of :data:`GAP_REASONS`."""

    position: int
    name: str
    reason: str

    def __post_init__(self) -> None:
        if self.reason not in GAP_REASONS:
            raise ValueError(f"unknown gap {self.reason!r}")


GAP_WORDS = {
    "not_returned": "has not come back",
    "not_examined": "has no return examination",
    "no_photo": "has no photo taken on return",
    "no_verdict": "has no verdict",
    "note_no_kk": "has its return note in Russian only",
    "note_no_ru": "has its return note in Kazakh only",
    "loss_note_no_kk": "has the document of its loss in Russian only",
    "loss_note_no_ru": "has the document of its loss in Kazakh only",
    "check_note_no_kk": "has the note on its check in Russian only",
    "check_note_no_ru": "has the note on its check in Kazakh only",
}
"""What an item can lack before the return act is drafted, in English for the log (the
interface words each ``act_gap.<reason>`` from the catalogue)."""

GAP_REASONS = tuple(GAP_WORDS)


def _note_gaps(item: Item, row: ItemReturn, langs: tuple[str, ...]) -> list[ActGap]:
    """The notes of *row* that a document in one of *langs* could not print in its own
    language: written, but not in that one."""
    lost = row.outcome == ReturnOutcome.LOST
    notes = (("loss_note" if lost else "note", row.note), ("check_note", row.check_note))
    return [ActGap(item.position, item.name, f"{name}_no_{lang}")
            for name, value in notes for lang in Bilingual.from_json(value).lacking(langs)]


def _clean(note: Bilingual) -> Bilingual:
    """*note* without the spaces around each language's text."""
    if not isinstance(note, Bilingual):
        raise TypeError(f"a note is written in both languages, got {type(note).__name__}")
    return Bilingual(**{lang: note.get(lang).strip() for lang in DOCUMENT_LANGS})


def _state_condition(state: ExportState, today: date, items: Any, back: Any
                     ) -> ColumnElement[bool]:
    """The SQL for one :class:`ExportState`, matching :func:`export_state`."""
    issued = Application.status == Status.ISSUED_AGREED.value
    out = back < items
    due = Application.export_until
    soon = today + timedelta(days=DUE_SOON_DAYS)
    if state == ExportState.CLOSED:
        return Application.status == Status.CLOSED.value
    if state == ExportState.RETURNED:
        return and_(issued, items > 0, back >= items)
    if state == ExportState.OVERDUE:
        return and_(issued, out, due < today)
    if state == ExportState.DUE_SOON:
        return and_(issued, out, due >= today, due <= soon)
    return and_(issued, out, or_(due.is_(None), due > soon))


_OPEN = frozenset({ExportState.ABROAD, ExportState.DUE_SOON, ExportState.OVERDUE,
                   ExportState.RETURNED})


def _where(states: Collection[ExportState], today: date) -> ColumnElement[bool]:
    """Applications in any of *states*; every state not closed at once is simply "issued
    agreed", which needs no counting of items."""
    chosen = set(states)
    items, back = _counts()
    parts = []
    if chosen >= _OPEN:
        parts.append(Application.status == Status.ISSUED_AGREED.value)
        chosen -= _OPEN
    parts += [_state_condition(st, today, items, back) for st in chosen]
    return or_(false(), *parts)


def _counts() -> tuple[Any, Any]:
    items = select(func.count(Item.id)).where(Item.application_id == Application.id) \
        .correlate(Application).scalar_subquery()
    back = select(func.count(ItemReturn.id)).where(
        ItemReturn.application_id == Application.id).correlate(Application).scalar_subquery()
    return items, back


def _contacts(applicant: Applicant) -> tuple[str, str]:
    return applicant.phones or "", applicant.address or applicant.residence or ""


def open_act(s: Session, application_id: int) -> Conclusion | None:
    """The return act being drafted or signed for the application, if any."""
    return s.execute(select(Conclusion).where(
        Conclusion.application_id == application_id,
        Conclusion.kind == ConclusionKind.RETURN_ACT.value,
        Conclusion.status.in_([st.value for st in OPEN_STATUSES]))).scalars().first()


def return_records(s: Session, application_id: int) -> dict[int, ExaminationRecord]:
    """The return examination records of the application's items, by item id."""
    rows = s.execute(
        select(Examination).join(Item, Item.id == Examination.item_id)
        .where(Item.application_id == application_id,
               Examination.kind == ExaminationKind.RETURN.value)
        .options(selectinload(Examination.measurements),
                 selectinload(Examination.page_links))).scalars()
    return {row.item_id: to_record(row) for row in rows}


def return_gaps(s: Session, app: Application) -> list[ActGap]:
    """What the return act still needs, item by item (nothing: it can be drafted): each
    item back or accounted for, each returned one examined, photographed and judged, and
    every note written in each language the act is drafted in."""
    returns = {r.item_id: r for r in s.execute(select(ItemReturn).where(
        ItemReturn.application_id == app.id)).scalars()}
    records = return_records(s, app.id)
    langs = tuple(load_profile(app.region).conclusion_languages)
    gaps = []
    for item in app.items:
        row = returns.get(item.id)
        if row is None:
            gaps.append(ActGap(item.position, item.name, "not_returned"))
            continue
        gaps += _note_gaps(item, row, langs)
        if row.outcome == ReturnOutcome.RETURNED:
            record = records.get(item.id)
            if record is None:
                gaps.append(ActGap(item.position, item.name, "not_examined"))
            elif not record.pages:
                gaps.append(ActGap(item.position, item.name, "no_photo"))
            if row.check_result is None:
                gaps.append(ActGap(item.position, item.name, "no_verdict"))
    return gaps


def _photos(record: ExaminationRecord | None) -> tuple[int, ...]:
    if record is None:
        return ()
    links = sorted(record.pages, key=lambda p: (p.role != PageRole.OVERALL, not p.for_annex))
    return tuple(p.page_id for p in links)


class ReturnService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.blobs = DatabaseBlobStore()

    # -- tracking ---------------------------------------------------------------------

    def tracking(self, actor: Actor, states: Collection[ExportState], *,
                 today: date | None = None, limit: int | None = None,
                 offset: int = 0) -> list[TrackedExport]:
        """The exports in *states*, the earliest return deadline first."""
        actor.require(Action.VIEW)
        today = today or date.today()
        items, back = _counts()
        stmt = (select(Application, items, back).where(_where(states, today))
                .options(selectinload(Application.applicant))
                .order_by(Application.export_until.asc().nulls_last(), Application.id)
                .offset(offset))
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as s:
            result = []
            for app, n_items, n_back in s.execute(stmt).all():
                phones, address = _contacts(app.applicant)
                state = export_state(app.status, app.export_until, n_items, n_back, today)
                assert state is not None
                result.append(TrackedExport(
                    app.id, app.number, app.applicant.display_name, phones, address,
                    app.destination_country, app.destination_place, app.export_from,
                    app.export_until, n_items, n_back, state))
            return result

    def count(self, actor: Actor, states: Collection[ExportState], *,
              today: date | None = None) -> int:
        """How many exports are in any of *states* (the tracking list's total)."""
        actor.require(Action.VIEW)
        today = today or date.today()
        with self.db.read() as s:
            return s.execute(select(func.count(Application.id))
                             .where(_where(states, today))).scalar_one()

    def counts(self, actor: Actor, *, today: date | None = None) -> dict[ExportState, int]:
        """How many exports are in each state (one pass over the agreed exports)."""
        actor.require(Action.VIEW)
        today = today or date.today()
        items, back = _counts()
        state = case(
            (Application.status == Status.CLOSED.value, ExportState.CLOSED.value),
            (and_(items > 0, back >= items), ExportState.RETURNED.value),
            (Application.export_until < today, ExportState.OVERDUE.value),
            (Application.export_until <= today + timedelta(days=DUE_SOON_DAYS),
             ExportState.DUE_SOON.value),
            else_=ExportState.ABROAD.value)
        stmt = select(state, func.count(Application.id)).where(Application.status.in_(
            [Status.ISSUED_AGREED.value, Status.CLOSED.value])).group_by(state)
        with self.db.read() as s:
            found = {ExportState(name): n for name, n in s.execute(stmt).all()}
        return {st: found.get(st, 0) for st in ExportState}

    # -- returns per item ---------------------------------------------------------------

    def items(self, actor: Actor, application_id: int) -> list[ItemReturnState]:
        actor.require(Action.VIEW)
        with self.db.read() as s:
            app = lookup.application(s, application_id)
            returns = {r.item_id: r for r in s.execute(select(ItemReturn).where(
                ItemReturn.application_id == app.id)).scalars()}
            examined = set(s.execute(
                select(Examination.item_id).join(Item, Item.id == Examination.item_id)
                .where(Item.application_id == app.id,
                       Examination.kind == ExaminationKind.RETURN.value)).scalars())
            names = {u.id: u.full_name for u in s.execute(select(User).where(User.id.in_(
                {r.checked_by_id for r in returns.values() if r.checked_by_id}))).scalars()}
            states = []
            for item in app.items:
                r = returns.get(item.id)
                states.append(ItemReturnState(
                    item.id, item.position, item.name, item.quantity,
                    ReturnOutcome(r.outcome) if r else None, r.returned_on if r else None,
                    r.presented_by if r else "", r.place if r else "",
                    Bilingual.from_json(r.note) if r else NO_TEXT,
                    item.id in examined,
                    CheckResult(r.check_result) if r and r.check_result else None,
                    Bilingual.from_json(r.check_note) if r else NO_TEXT,
                    names.get(r.checked_by_id, "") if r and r.checked_by_id else "",
                    r.version if r else None))
            return states

    def register(self, actor: Actor, application_id: int, item_ids: Sequence[int], *,
                 returned_on: date, presented_by: str, place: str,
                 note: Bilingual = NO_TEXT, today: date | None = None
                 ) -> list[ItemReturnState]:
        """Record that the items were presented back on *returned_on* (a partial return
        lists only some items); *note*, if any, is printed in the return act, each
        language in its document."""
        actor.require(Action.REGISTER_RETURN)
        presented_by, place, note = presented_by.strip(), place.strip(), _clean(note)
        if not item_ids:
            raise ReturnError("choose the items that came back", reason="no_items")
        if not presented_by:
            raise ReturnError("say who presented the items", reason="no_presenter")
        if not place:
            raise ReturnError("say where the items were presented", reason="no_place")
        if len(presented_by) > MAX_NAME or len(place) > MAX_PLACE:
            raise ReturnError(f"the name may have {MAX_NAME} characters and the "
                              f"place {MAX_PLACE}", MAX_NAME, MAX_PLACE, reason="too_long")
        with self.db.write() as s:
            app = self._open_export(s, application_id)
            self._check_day(app, returned_on, today or date.today())
            self._add(s, actor, app, item_ids, ReturnOutcome.RETURNED, returned_on,
                      presented_by, place, note)
        return self.items(actor, application_id)

    def record_loss(self, actor: Actor, application_id: int, item_id: int, *, on: date,
                    note: Bilingual, today: date | None = None) -> list[ItemReturnState]:
        """Account for an item that will not come back, on the strength of a document
        (*note*: its number, date and issuer, as the act prints it in each language)."""
        actor.require(Action.REGISTER_RETURN)
        note = _clean(note)
        if not note:
            raise ReturnError("name the document that records the loss (its number, date "
                              "and who issued it)", reason="no_loss_document")
        with self.db.write() as s:
            app = self._open_export(s, application_id)
            self._check_day(app, on, today or date.today())
            self._add(s, actor, app, [item_id], ReturnOutcome.LOST, on, "", "", note)
        return self.items(actor, application_id)

    def withdraw(self, actor: Actor, item_id: int, expected_version: int) -> None:
        """Undo a return registered by mistake (before the act is drafted)."""
        actor.require(Action.REGISTER_RETURN)
        with self.db.write() as s:
            row, app = self._return(s, item_id, expected_version)
            before = self._audit_view(row)
            s.delete(row)
            audit.record(s, actor, "return.withdraw", entity="item", entity_id=item_id,
                         application_id=app.id, before=before)

    def write_note(self, actor: Actor, item_id: int, note: Bilingual,
                   expected_version: int) -> ItemReturnState:
        """Write the note of a return (or the document of a loss) again: in the other
        language, or corrected; until the return act is drafted."""
        actor.require(Action.REGISTER_RETURN)
        note = _clean(note)
        with self.db.write() as s:
            row, app = self._return(s, item_id, expected_version)
            if row.outcome == ReturnOutcome.LOST and not note:
                raise ReturnError("name the document that records the loss (its number, "
                                  "date and who issued it)", reason="no_loss_document")
            before = {"note": row.note}
            row.note = note.to_json()
            s.flush()
            audit.record(s, actor, "return.note", entity="item", entity_id=item_id,
                         application_id=app.id, before=before, after={"note": row.note})
        return next(i for i in self.items(actor, app.id) if i.item_id == item_id)

    def record_check(self, actor: Actor, item_id: int, result: CheckResult | str,
                     note: Bilingual, expected_version: int) -> ItemReturnState:
        """The member's verdict: the returned item matches its examination, or differs
        (*note* says how, in each language of the act)."""
        actor.require(Action.RECORD_EXAMINATION)
        verdict = CheckResult(result)
        note = _clean(note)
        if verdict == CheckResult.DIFFERS and not note:
            raise ReturnError("say how the returned item differs from the one examined",
                              reason="no_difference_note")
        with self.db.write() as s:
            row, app = self._return(s, item_id, expected_version)
            if row.outcome != ReturnOutcome.RETURNED:
                raise ReturnError("a lost item has no return check", reason="lost_no_check")
            if item_id not in return_records(s, app.id):
                raise ReturnError("record the return examination of the item first",
                                  reason="not_examined")
            before = {"check_result": row.check_result, "check_note": row.check_note}
            row.check_result, row.check_note = verdict, note.to_json()
            row.checked_by_id, row.checked_at = actor.user_id, utcnow()
            s.flush()
            audit.record(s, actor, "return.check", entity="item", entity_id=item_id,
                         application_id=app.id, before=before,
                         after={"check_result": verdict.value, "check_note": note.to_json()})
        return next(i for i in self.items(actor, app.id) if i.item_id == item_id)

    # -- the comparison -----------------------------------------------------------------

    def comparison(self, actor: Actor, item_id: int) -> ItemComparison:
        """The agreed record and the return record of an item, side by side."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            item = s.get(Item, item_id)
            if item is None:
                raise NotFoundError(f"no item with id {item_id}", item_id, reason="item")
            rows = {row.kind: to_record(row) for row in s.execute(
                select(Examination).where(
                    Examination.item_id == item_id,
                    Examination.kind.in_([ExaminationKind.AGREED.value,
                                          ExaminationKind.RETURN.value]))
                .options(selectinload(Examination.measurements),
                         selectinload(Examination.page_links))).scalars()}
            original = rows.get(ExaminationKind.AGREED)
            returned = rows.get(ExaminationKind.RETURN)
            live = set(s.execute(select(DocumentPage.id).where(
                DocumentPage.application_id == item.application_id,
                DocumentPage.deleted_at.is_(None))).scalars())
            fields = compare_records(original, returned) if original and returned else ()
            return ItemComparison(
                item.id, item.position, item.name, original, returned, fields,
                tuple(p for p in _photos(original) if p in live),
                tuple(p for p in _photos(returned) if p in live))

    def similarity(self, actor: Actor, original_page_id: int,
                   returned_page_id: int) -> Similarity:
        """How alike the original photo and the photo on return look: an aid for the
        member, never a verdict (see :mod:`desktop.documents.similarity`)."""
        from desktop.documents.similarity import compare  # Pillow: not for the start page

        actor.require(Action.VIEW)
        with self.db.read() as s:
            data = []
            for page_id in (original_page_id, returned_page_id):
                page = s.get(DocumentPage, page_id)
                if page is None:
                    raise NotFoundError(f"no page with id {page_id}", page_id, reason="page")
                data.append(self.blobs.get(s, page.blob_sha256))
        return compare(*data)

    # -- helpers ------------------------------------------------------------------------


    def _open_export(self, s: Session, application_id: int) -> Application:
        """The application, locked, if its export is still open to returns and checks."""
        app = lookup.application(s, application_id, lock=True)
        if app.status == Status.CLOSED:
            raise ReturnError(f"the export of {app.number} is closed by its return act",
                              app.number, reason="closed")
        if app.status != Status.ISSUED_AGREED:
            raise ReturnError(f"application {app.number} is not an agreed export",
                              app.number, reason="not_agreed")
        act = open_act(s, app.id)
        if act is not None:
            raise ReturnError(f"the return act {act.number} is drafted; cancel "
                              "it before changing the returns or their check",
                              act.number, reason="act_drafted")
        return app

    @staticmethod
    def _check_day(app: Application, day: date, today: date) -> None:
        if day > today:
            raise ReturnError(f"{day.isoformat()} is in the future",
                              day.strftime("%d.%m.%Y"), reason="future")
        start = app.export_from or app.received
        if day < start:
            raise ReturnError(f"{day.isoformat()} is before the export began "
                              f"({start.isoformat()})", day.strftime("%d.%m.%Y"),
                              start.strftime("%d.%m.%Y"), reason="before_start")

    def _return(self, s: Session, item_id: int, expected_version: int
                ) -> tuple[ItemReturn, Application]:
        """The item's return row, if its export is open and nobody changed it since.

        The application is locked first, as :meth:`register` does, so two desktops never
        wait for each other's locks in opposite order.
        """
        item = s.get(Item, item_id)
        if item is None:
            raise NotFoundError(f"no item with id {item_id}", item_id, reason="item")
        app = self._open_export(s, item.application_id)
        row = s.execute(select(ItemReturn).where(ItemReturn.item_id == item_id)
                        .with_for_update()).scalar_one_or_none()
        if row is None:
            raise NotFoundError(f"the item with id {item_id} has no return registered",
                                item_id, reason="return")
        if row.version != expected_version:
            raise ConflictError("someone changed this return in the meantime; it is shown "
                                "again as it is now", reason="return")
        return row, app

    @staticmethod
    def _audit_view(row: ItemReturn) -> dict[str, Any]:
        return {"outcome": row.outcome, "returned_on": row.returned_on.isoformat(),
                "presented_by": row.presented_by, "place": row.place, "note": row.note}

    def _add(self, s: Session, actor: Actor, app: Application, item_ids: Sequence[int],
             outcome: ReturnOutcome, day: date, presented_by: str, place: str,
             note: Bilingual) -> None:
        items = {item.id: item for item in app.items}
        unknown = [i for i in item_ids if i not in items]
        if unknown:
            raise NotFoundError(f"application {app.number} has no item with id {unknown[0]}",
                                app.number, unknown[0], reason="application_item")
        done = {r.item_id for r in s.execute(select(ItemReturn).where(
            ItemReturn.item_id.in_(list(item_ids)))).scalars()}
        if done:
            taken = ", ".join(str(items[i].position) for i in sorted(done))
            raise ReturnError(f"the return of item(s) {taken} of {app.number} is registered "
                              "already", taken, reason="registered_already")
        for item_id in item_ids:
            row = ItemReturn(item_id=item_id, application_id=app.id, outcome=outcome,
                             returned_on=day, presented_by=presented_by, place=place,
                             note=note.to_json(), recorded_by_id=actor.user_id)
            s.add(row)
            s.flush()
            audit.record(s, actor, f"return.{outcome.value}", entity="item",
                         entity_id=item_id, application_id=app.id,
                         after={"item": items[item_id].position, **self._audit_view(row)})
        log.info("%s of %d item(s) of %s recorded by user %s", outcome, len(item_ids),
                 app.number, actor.user_id)
