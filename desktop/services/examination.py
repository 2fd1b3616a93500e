"""Recording the examination of items: opinions, the agreed result, drafts and checks.

Saving uses optimistic locking: the caller says which version it edited, and a record saved
by someone else in between comes back as :class:`ExaminationConflict` with both versions,
so the form can show them side by side and the user decides. Drafts are the form's
autosave: cheap upserts, kept per user, item and kind, removed when the record is saved.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, delete, select, true
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from desktop.domain.drafts import Problem
from desktop.domain.errors import NotFoundError
from desktop.domain.examination_rules import (
    ExaminationClosed,
    ExaminationConflict,
    ExaminationError,
    ExaminationIncomplete,
    ExaminationKind,
    ExaminationRecord,
    LanguagesIncomplete,
    Missing,
    PageLink,
    PageRole,
    Untranslated,
    ValidationFailed,
    annex_choice,
    language_gaps,
    missing_required,
    record_to_json,
    validate_record,
)
from desktop.domain.languages import NO_TEXT
from desktop.domain.regions import load_profile
from desktop.domain.returns import ReturnOutcome
from desktop.domain.roles import Action
from desktop.domain.workflow import Status
from desktop.models.application import Application, Item
from desktop.models.base import utcnow
from desktop.models.document import DocumentPage
from desktop.models.examination import Examination, ExaminationDraft, apply_record, to_record
from desktop.models.returns import ItemReturn
from desktop.models.user import User
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.returns import ReturnError, open_act
from desktop.services.vocabulary import current_vocabulary
from desktop.storage.database import Database

log = logging.getLogger(__name__)

_BLANK: tuple[object, ...] = ("", None, [], NO_TEXT.to_json())
"""Values of a new record that the audit leaves out: nothing was written there."""
MAX_DRAFT_CHARS = 2_000_000
"""A form's state is a few kilobytes; anything near this is a bug in the caller."""


class RecordState(StrEnum):
    NONE = "none"
    OPINIONS = "opinions"
    AGREED = "agreed"


@dataclass(frozen=True)
class ItemExamination:
    """One line of an application's item list, with the state of its examination."""

    item_id: int
    position: int
    name: str
    quantity: int
    state: RecordState
    opinion_authors: tuple[str, ...]
    my_opinion_version: int | None
    agreed_version: int | None
    missing: tuple[str, ...]
    """Field codes the agreed result still lacks (``("agreed",)`` when there is none)."""
    has_my_draft: bool
    annex_lacks: tuple[str, ...]
    """What the agreed result's choice of photos for the identification annex lacks
    (:class:`AnnexLack` codes; ``("agreed",)`` when there is no agreed result). An
    opinion's photos do not make the annex, and removed pages do not count."""
    untranslated: tuple[str, ...] = ()
    """Field codes of the agreed result that a document language could not print yet:
    a text in one language only, or text where a vocabulary term belongs."""


@dataclass(frozen=True)
class LinkedPage:
    """A page linked to a record, with what the form needs to show its thumbnail."""

    page_id: int
    page_position: int
    page_kind: str
    role: PageRole
    shows_scale: bool
    for_annex: bool
    note: str
    blob_sha256: str
    thumbnail_sha256: str | None
    deleted: bool


@dataclass(frozen=True)
class AnnexGap:
    """An item the identification annex cannot show yet; ``lacks`` holds
    ``agreed`` (no agreed result), ``overall_view`` and/or ``scale``."""

    item_id: int
    position: int
    item_name: str
    lacks: tuple[str, ...]


@dataclass(frozen=True)
class DraftState:
    item_id: int
    kind: ExaminationKind
    form_state: dict[str, Any]
    saved_at: datetime
    base_version: int | None
    """The version of the record the form was opened on (None: there was no record)."""
    current_version: int | None
    """The version stored now; when it differs from ``base_version`` someone saved since."""
    application_id: int
    application_number: str
    item_position: int
    item_name: str

    @property
    def outdated(self) -> bool:
        return self.base_version != self.current_version


def _record_action(kind: ExaminationKind) -> Action:
    return Action.AGREE_RESULT if kind == ExaminationKind.AGREED else Action.RECORD_EXAMINATION


def _select(item_id: int, kind: ExaminationKind, author_id: int | None) -> Select[*tuple[Any, ...]]:
    stmt = select(Examination).where(Examination.item_id == item_id,
                                     Examination.kind == kind.value)
    if kind == ExaminationKind.OPINION:
        stmt = stmt.where(Examination.author_id == author_id)
    return stmt.options(selectinload(Examination.measurements),
                        selectinload(Examination.page_links))


def _item(s: Session, item_id: int) -> Item:
    item = s.get(Item, item_id)
    if item is None:
        raise NotFoundError(f"no item with id {item_id}", item_id, reason="item")
    return item


def _label(item: Item) -> str:
    return f"item {item.position} «{item.name}»"


def _ensure_returned(s: Session, app: Application, item: Item) -> None:
    """A return examination is recorded for a returned item of an open export, before its
    return act is drafted."""
    if app.status != Status.ISSUED_AGREED:
        raise ExaminationClosed(app.number, app.status)
    outcome = s.execute(select(ItemReturn.outcome).where(ItemReturn.item_id == item.id)
                        ).scalar_one_or_none()
    if outcome != ReturnOutcome.RETURNED:
        raise ReturnError(f"{_label(item)} of {app.number} has not come back yet; register "
                          "its return first", item.position, reason="not_back")
    act = open_act(s, app.id)
    if act is not None:
        raise ReturnError(f"the return act {act.number} is drafted; cancel it before "
                          "changing the return examination", act.number, reason="act_drafted")


def _agreed_rows(s: Session, application_id: int) -> list[tuple[Item, Examination | None]]:
    """The application's items in order, each with its agreed result (None: none yet)."""
    items = s.execute(select(Item).where(Item.application_id == application_id)
                      .order_by(Item.position)).scalars().all()
    agreed = {row.item_id: row for row in s.execute(
        select(Examination).join(Item).where(Item.application_id == application_id,
                                             Examination.kind == ExaminationKind.AGREED.value)
        .options(selectinload(Examination.measurements),
                 selectinload(Examination.page_links))).scalars()}
    return [(item, agreed.get(item.id)) for item in items]


def missing_in(s: Session, application_id: int) -> list[Missing]:
    """What the agreed results of the application's items lack, item by item."""
    missing: list[Missing] = []
    for item, row in _agreed_rows(s, application_id):
        fields = ["agreed"] if row is None else missing_required(to_record(row))
        missing.extend(Missing(item.position, item.name, f) for f in fields)
    return missing


def untranslated_in(s: Session, application_id: int) -> list[Untranslated]:
    """What the agreed results of the application's items cannot print yet in each language
    its region issues documents in, item by item."""
    app = s.get_one(Application, application_id)
    langs = tuple(load_profile(app.region).conclusion_languages)
    vocabulary = current_vocabulary(s)
    gaps: list[Untranslated] = []
    for item, row in _agreed_rows(s, application_id):
        if row is not None:
            gaps += [Untranslated(item.position, item.name, field, kind, detail)
                     for field, kind, detail in language_gaps(to_record(row), vocabulary, langs)]
    return gaps


def ensure_examined(s: Session, application_id: int) -> None:
    """The guard of the step "finish_examination" and of drafting: every item has a
    complete agreed result, printable in each document language.

    Locks the application row first, so a save that is under way finishes before the check.
    """
    s.execute(select(Application.id).where(Application.id == application_id).with_for_update())
    missing = missing_in(s, application_id)
    if missing:
        raise ExaminationIncomplete(missing)
    gaps = untranslated_in(s, application_id)
    if gaps:
        raise LanguagesIncomplete(gaps)


def removed_pages(s: Session, application_id: int) -> set[int]:
    """The ids of the application's pages that were removed (kept for the history)."""
    return set(s.execute(
        select(DocumentPage.id).where(DocumentPage.application_id == application_id,
                                      DocumentPage.deleted_at.is_not(None))
    ).scalars())


def live_links(record: ExaminationRecord, removed: set[int]) -> tuple[PageLink, ...]:
    """The record's page links without those to removed pages."""
    return tuple(link for link in record.pages if link.page_id not in removed)


class ExaminationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- records -------------------------------------------------------------------

    def get(self, actor: Actor, item_id: int, kind: ExaminationKind,
            author: int | None = None) -> ExaminationRecord | None:
        """The agreed result, or the opinion of *author* (default: the actor's own).

        Another member's opinion is the chairperson's to read: each member forms their own.
        """
        actor.require(Action.VIEW)
        kind = ExaminationKind(kind)
        if kind == ExaminationKind.OPINION and author not in (None, actor.user_id):
            actor.require(Action.AGREE_RESULT)
        with self.db.read() as s:
            _item(s, item_id)
            row = s.execute(_select(item_id, kind, author or actor.user_id)).scalar_one_or_none()
            return None if row is None else to_record(row)

    def opinions(self, actor: Actor, item_id: int) -> list[ExaminationRecord]:
        """Every member's opinion on the item, for the chairperson to compare; anyone else
        gets their own opinion only (members form theirs independently)."""
        actor.require(Action.VIEW)
        stmt = (select(Examination).where(Examination.item_id == item_id,
                                          Examination.kind == ExaminationKind.OPINION.value)
                .order_by(Examination.created_at, Examination.id))
        if not actor.can(Action.AGREE_RESULT):
            stmt = stmt.where(Examination.author_id == actor.user_id)
        with self.db.read() as s:
            _item(s, item_id)
            rows = s.execute(stmt).scalars().all()
            return [to_record(r) for r in rows]

    def save(self, actor: Actor, item_id: int, record: ExaminationRecord,
             expected_version: int | None) -> ExaminationRecord:
        """Store *record* over the version the caller edited (None: a new record).

        Raises :class:`ExaminationConflict` when the stored version differs; nothing is
        written then, and calling again with the conflict's ``their_version`` overwrites.
        """
        kind = ExaminationKind(record.kind)
        actor.require(_record_action(kind))
        if kind == ExaminationKind.OPINION and record.author_id not in (None, actor.user_id):
            owner = record.author_name or f"user {record.author_id}"
            raise ExaminationError(
                f"{actor.full_name} may save only their own opinion; this one is by {owner}",
                owner, reason="not_own_opinion")
        with self.db.read() as s:
            vocabulary = current_vocabulary(s)
        problems = validate_record(record, vocabulary=vocabulary)
        if problems:
            raise ValidationFailed(problems)
        try:
            with self.db.write() as s:
                return self._save(s, actor, item_id, kind, record, expected_version)
        except IntegrityError as exc:
            # Two first saves raced past the version check; the unique index stopped ours.
            theirs = self.get(actor, item_id, kind)
            if theirs is None or theirs.version == expected_version:
                raise
            raise ExaminationConflict(record, theirs, expected_version) from exc

    def _save(self, s: Session, actor: Actor, item_id: int, kind: ExaminationKind,
              record: ExaminationRecord, expected_version: int | None) -> ExaminationRecord:
        item = _item(s, item_id)
        app = s.execute(select(Application).where(Application.id == item.application_id)
                        .with_for_update(read=True)).scalar_one()
        if kind == ExaminationKind.RETURN:
            _ensure_returned(s, app, item)
        elif app.status != Status.UNDER_EXAMINATION:
            raise ExaminationClosed(app.number, app.status)
        row = s.execute(_select(item_id, kind, actor.user_id)
                        .with_for_update(of=Examination)).scalar_one_or_none()
        if row is None and expected_version is not None:
            raise NotFoundError(f"{_label(item)} has no {kind} record of version "
                                f"{expected_version} to update", item.position, item.name,
                                reason="examination_record")
        if row is not None and row.version != expected_version:
            raise ExaminationConflict(record, to_record(row), expected_version)
        before = None if row is None else record_to_json(to_record(row))
        self._check_pages(s, app.id, record.pages, row)
        after = record_to_json(record)
        self._discard(s, actor, item_id, kind)
        if row is not None and before == after:
            return to_record(row)
        user = s.get(User, actor.user_id)
        if row is None:
            row = Examination(item_id=item_id, kind=kind.value, author=user)
            s.add(row)
        apply_record(row, record)
        row.updated_at = utcnow()
        row.updated_by = user
        s.flush()
        if before is None:
            changes: dict[str, Any] = {k: v for k, v in after.items() if v not in _BLANK}
            audit_before, audit_after = None, {"item": item.position, **changes}
        else:
            changed = [k for k in after if before[k] != after[k]]
            audit_before = {k: before[k] for k in changed}
            audit_after = {k: after[k] for k in changed}
        audit.record(s, actor, f"examination.{kind}.{'create' if before is None else 'update'}",
                     entity="examination", entity_id=row.id, application_id=app.id,
                     before=audit_before, after=audit_after)
        log.info("%s of item %s in %s saved by user %s (version %s)", kind, item.position,
                 app.number, actor.user_id, row.version)
        return to_record(row)

    @staticmethod
    def _check_pages(s: Session, application_id: int, links: tuple[PageLink, ...],
                     row: Examination | None) -> None:
        """Linked pages exist, belong to the application and are not removed (a removed
        page already linked may stay, so the record can still be saved)."""
        if not links:
            return
        linked_before = {p.page_id for p in row.page_links} if row is not None else set()
        pages = {p.id: p for p in s.execute(
            select(DocumentPage).where(DocumentPage.id.in_([x.page_id for x in links]))
        ).scalars()}
        problems = []
        for i, link in enumerate(links, start=1):
            page = pages.get(link.page_id)
            path = f"pages.{i}.page_id"
            if page is None:
                problems.append(Problem(path, "not_found", f"page {link.page_id} does not exist",
                                        (str(link.page_id),)))
            elif page.application_id != application_id:
                problems.append(Problem(path, "other_application",
                                        f"page {link.page_id} belongs to another application",
                                        (str(link.page_id),)))
            elif page.deleted_at is not None and link.page_id not in linked_before:
                problems.append(Problem(path, "deleted", f"page {link.page_id} was removed",
                                        (str(link.page_id),)))
        if problems:
            raise ValidationFailed(problems)

    # --- overviews and checks ------------------------------------------------------

    def items(self, actor: Actor, application_id: int) -> list[ItemExamination]:
        """The application's items with the state of each one's examination."""
        actor.require(Action.VIEW)
        with self.db.read() as s:
            if s.get(Application, application_id) is None:
                raise NotFoundError(f"no application with id {application_id}", application_id,
                            reason="application_id")
            items = s.execute(select(Item).where(Item.application_id == application_id)
                              .order_by(Item.position)).scalars().all()
            rows = s.execute(
                select(Examination).join(Item).where(Item.application_id == application_id)
                .order_by(Examination.created_at, Examination.id)
                .options(selectinload(Examination.measurements),
                         selectinload(Examination.page_links))
            ).scalars().all()
            drafts = set(s.execute(
                select(ExaminationDraft.item_id).join(Item)
                .where(Item.application_id == application_id,
                       ExaminationDraft.user_id == actor.user_id)
            ).scalars())
            removed = removed_pages(s, application_id)
            vocabulary = current_vocabulary(s)
            langs = tuple(load_profile(s.get_one(Application, application_id).region)
                          .conclusion_languages)
            result = []
            for item in items:
                mine = [r for r in rows if r.item_id == item.id]
                opinions = [r for r in mine if r.kind == ExaminationKind.OPINION]
                agreed = next((r for r in mine if r.kind == ExaminationKind.AGREED), None)
                own = next((r for r in opinions if r.author_id == actor.user_id), None)
                state = (RecordState.AGREED if agreed else
                         RecordState.OPINIONS if opinions else RecordState.NONE)
                record = to_record(agreed) if agreed else None
                result.append(ItemExamination(
                    item.id, item.position, item.name, item.quantity, state,
                    tuple(r.author.full_name for r in opinions),
                    own.version if own else None,
                    agreed.version if agreed else None,
                    tuple(missing_required(record)) if record else ("agreed",),
                    item.id in drafts,
                    tuple(annex_choice(live_links(record, removed)).lacks) if record
                    else ("agreed",),
                    tuple(dict.fromkeys(field for field, _kind, _detail
                                        in language_gaps(record, vocabulary, langs)))
                    if record else (),
                ))
            return result

    def page_links(self, actor: Actor, item_id: int,
                   kind: ExaminationKind = ExaminationKind.AGREED,
                   author: int | None = None) -> list[LinkedPage]:
        """The pages linked to a record, in the record's order, with their image hashes."""
        actor.require(Action.VIEW)
        kind = ExaminationKind(kind)
        with self.db.read() as s:
            _item(s, item_id)
            row = s.execute(_select(item_id, kind, author or actor.user_id)).scalar_one_or_none()
            if row is None:
                return []
            return [
                LinkedPage(link.page_id, link.page.position, link.page.kind,
                           PageRole(link.role), link.shows_scale, link.for_annex, link.note,
                           link.page.blob_sha256, link.page.thumbnail_sha256,
                           link.page.deleted_at is not None)
                for link in row.page_links
            ]

    def annex_readiness(self, actor: Actor, application_id: int) -> list[AnnexGap]:
        """Items whose agreed result does not yet choose, for the identification annex, an
        overall view and a photo with a scale (removed pages do not count)."""
        return [AnnexGap(row.item_id, row.position, row.name, row.annex_lacks)
                for row in self.items(actor, application_id) if row.annex_lacks]

    def missing_for_examined(self, application_id: int) -> list[Missing]:
        """What keeps the application from the status "examined" (empty: nothing)."""
        with self.db.read() as s:
            return missing_in(s, application_id)

    # --- drafts --------------------------------------------------------------------

    def save_draft(self, actor: Actor, item_id: int, kind: ExaminationKind,
                   form_state: dict[str, Any], base_version: int | None) -> datetime:
        """Keep the form's state (the autosave); returns the time it was saved.

        *base_version* is the version of the record the form was opened on (None for a
        new record), so a draft restored later saves against that version. Allowed in any
        status: what was typed is kept even if the application moved on meanwhile.
        """
        kind = ExaminationKind(kind)
        actor.require(_record_action(kind))
        if not isinstance(form_state, dict):
            raise ExaminationError("the draft's form state must be a mapping of field names",
                                   reason="draft_shape")
        try:
            size = len(json.dumps(form_state, ensure_ascii=False, allow_nan=False))
        except (TypeError, ValueError) as exc:
            raise ExaminationError(f"the draft's form state cannot be stored: {exc}",
                                   reason="draft_shape") from exc
        if size > MAX_DRAFT_CHARS:
            raise ExaminationError(f"the draft's form state is {size} characters long; "
                                   f"the limit is {MAX_DRAFT_CHARS}", MAX_DRAFT_CHARS,
                                   reason="draft_too_long")
        now = utcnow()
        with self.db.write() as s:
            _item(s, item_id)
            insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
            stmt = insert(ExaminationDraft).values(
                item_id=item_id, user_id=actor.user_id, kind=kind.value, form_state=form_state,
                base_version=base_version, saved_at=now,
            )
            s.execute(stmt.on_conflict_do_update(
                index_elements=["item_id", "user_id", "kind"],
                set_={"form_state": stmt.excluded.form_state,
                      "base_version": stmt.excluded.base_version,
                      "saved_at": stmt.excluded.saved_at},
            ))
        return now

    def load_draft(self, actor: Actor, item_id: int,
                   kind: ExaminationKind) -> DraftState | None:
        """The actor's own unsaved draft for the item and kind, if there is one."""
        kind = ExaminationKind(kind)
        actor.require(_record_action(kind))
        drafts = self._drafts(actor, ExaminationDraft.item_id == item_id,
                              ExaminationDraft.kind == kind.value)
        return drafts[0] if drafts else None

    def list_drafts(self, actor: Actor) -> list[DraftState]:
        """Every unsaved draft of the actor: what to offer to restore after a crash."""
        actor.require(Action.VIEW)
        return self._drafts(actor)

    def discard_draft(self, actor: Actor, item_id: int, kind: ExaminationKind) -> bool:
        """Throw the actor's draft away; True when there was one."""
        kind = ExaminationKind(kind)
        actor.require(_record_action(kind))
        with self.db.write() as s:
            return self._discard(s, actor, item_id, kind)

    @staticmethod
    def _discard(s: Session, actor: Actor, item_id: int, kind: ExaminationKind) -> bool:
        done = s.execute(delete(ExaminationDraft).where(
            ExaminationDraft.item_id == item_id, ExaminationDraft.user_id == actor.user_id,
            ExaminationDraft.kind == kind.value))
        return bool(done.rowcount)  # type: ignore[attr-defined]

    def _drafts(self, actor: Actor, *where: Any) -> list[DraftState]:
        with self.db.read() as s:
            rows = s.execute(
                select(ExaminationDraft, Item, Application.number)
                .join(Item, Item.id == ExaminationDraft.item_id)
                .join(Application, Application.id == Item.application_id)
                .where(ExaminationDraft.user_id == actor.user_id, *where)
                .order_by(ExaminationDraft.saved_at.desc())
            ).all()
            result = []
            for draft, item, number in rows:
                kind = ExaminationKind(draft.kind)
                current = s.execute(
                    select(Examination.version).where(
                        Examination.item_id == item.id, Examination.kind == kind.value,
                        (Examination.author_id == actor.user_id)
                        if kind == ExaminationKind.OPINION else true())
                ).scalar_one_or_none()
                result.append(DraftState(
                    item.id, kind, draft.form_state, draft.saved_at, draft.base_version,
                    current, item.application_id, number, item.position, item.name,
                ))
            return result
