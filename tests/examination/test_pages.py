"""Photos and scan pages linked to a record, and the readiness of the identification annex."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import update

from desktop.domain.documents import PageKind
from desktop.domain.drafts import ValidationFailed
from desktop.domain.examination_rules import ExaminationKind, PageLink, PageRole
from desktop.domain.languages import Bilingual
from desktop.models.base import utcnow
from desktop.models.document import DocumentPage
from desktop.services.actor import Actor
from desktop.services.examination import AnnexGap, ExaminationService
from desktop.storage.database import Database
from tests.support.examination import ExamApp, add_page, complete, under_examination

AGREED = ExaminationKind.AGREED


def _remove_page(db: Database, page_id: int) -> None:
    """What the documents service does when a clerk removes a page (a soft delete)."""
    with db.write() as s:
        s.execute(update(DocumentPage).where(DocumentPage.id == page_id)
                  .values(deleted_at=utcnow()))


def test_links_keep_role_scale_and_annex_choice(db: Database, staff: dict[str, Actor],
                                               service: ExaminationService,
                                               exam_app: ExamApp) -> None:
    app, item = exam_app.application_id, exam_app.item_ids[0]
    overall = add_page(db, app, item)
    mark = add_page(db, app, item)
    scan = add_page(db, app, None, PageKind.FORM)
    links = (PageLink(overall, PageRole.OVERALL, shows_scale=True, for_annex=True),
             PageLink(mark, PageRole.MARK, note="шебердің таңбасы"),
             PageLink(scan, PageRole.DETAIL))
    saved = service.save(staff["chair"], item, complete(pages=links), None)
    assert saved.pages == links

    shown = service.page_links(staff["member"], item)
    assert [(p.page_id, p.page_position, p.page_kind, p.role, p.shows_scale, p.for_annex)
            for p in shown] == [
        (overall, 1, "photo", PageRole.OVERALL, True, True),
        (mark, 2, "photo", PageRole.MARK, False, False),
        (scan, 3, "form", PageRole.DETAIL, False, False)]
    assert shown[1].note == "шебердің таңбасы"
    assert all(len(p.blob_sha256) == 64 and not p.deleted for p in shown)

    # Re-linking the same pages in another order with other roles replaces the links
    # (the unique examination/page pair must not trip over the old rows).
    relinked = (PageLink(scan, PageRole.INSCRIPTION, for_annex=True),
                PageLink(overall, PageRole.DAMAGE, shows_scale=True))
    again = service.save(staff["chair"], item, replace(saved, pages=relinked), saved.version)
    assert again.pages == relinked and again.version == 2
    assert [p.page_id for p in service.page_links(staff["chair"], item, AGREED)] == [
        scan, overall]


def test_links_must_point_at_live_pages_of_the_same_application(
        db: Database, staff: dict[str, Actor], service: ExaminationService,
        exam_app: ExamApp) -> None:
    other = under_examination(db, staff, items=1, serial=2)
    foreign = add_page(db, other.application_id)
    removed = add_page(db, exam_app.application_id)
    _remove_page(db, removed)
    record = complete(pages=(PageLink(foreign), PageLink(999_999), PageLink(removed)))
    with pytest.raises(ValidationFailed) as caught:
        service.save(staff["chair"], exam_app.item_ids[0], record, None)
    assert [str(p) for p in caught.value.problems] == [
        f"pages.1.page_id: page {foreign} belongs to another application",
        "pages.2.page_id: page 999999 does not exist",
        f"pages.3.page_id: page {removed} was removed",
    ]
    assert service.get(staff["chair"], exam_app.item_ids[0], AGREED) is None


def test_a_page_removed_after_linking_does_not_block_the_next_save(
        db: Database, staff: dict[str, Actor], service: ExaminationService,
        exam_app: ExamApp) -> None:
    page = add_page(db, exam_app.application_id)
    item = exam_app.item_ids[0]
    saved = service.save(staff["chair"], item, complete(pages=(PageLink(page),)), None)
    _remove_page(db, page)
    assert service.page_links(staff["chair"], item)[0].deleted
    again = service.save(staff["chair"], item,
                         replace(saved, remarks=Bilingual("тексерілді", "проверено")), 1)
    assert again.version == 2 and again.pages == saved.pages


def test_annex_readiness_names_what_each_item_lacks(db: Database, staff: dict[str, Actor],
                                                    service: ExaminationService,
                                                    exam_app: ExamApp) -> None:
    app = exam_app.application_id
    first, second = exam_app.item_ids
    assert service.annex_readiness(staff["member"], app) == [
        AnnexGap(first, 1, "Домбыра №1", ("agreed",)),
        AnnexGap(second, 2, "Домбыра №2", ("agreed",))]

    overall = add_page(db, app, first)
    scale = add_page(db, app, first)
    v1 = service.save(staff["chair"], first, complete(pages=(
        PageLink(overall, PageRole.OVERALL), PageLink(scale, PageRole.DETAIL, True))), None)
    # Linked but not chosen for the annex: the annex still has nothing to show.
    assert service.annex_readiness(staff["member"], app)[0].lacks == (
        "overall_view", "scale")

    v2 = service.save(staff["chair"], first, replace(v1, pages=(
        PageLink(overall, PageRole.OVERALL, for_annex=True),
        PageLink(scale, PageRole.DETAIL, True))), v1.version)
    assert service.annex_readiness(staff["member"], app)[0].lacks == ("scale",)

    service.save(staff["chair"], first, replace(v2, pages=(
        PageLink(overall, PageRole.OVERALL, for_annex=True),
        PageLink(scale, PageRole.DETAIL, True, for_annex=True))), v2.version)
    assert [g.item_id for g in service.annex_readiness(staff["member"], app)] == [second]

    # An opinion's photos do not make the annex: only the agreed result's choice does.
    service.save(staff["member"], second, complete(ExaminationKind.OPINION, pages=(
        PageLink(add_page(db, app, second), PageRole.OVERALL, True, True),)), None)
    assert service.annex_readiness(staff["member"], app) == [
        AnnexGap(second, 2, "Домбыра №2", ("agreed",))]

    _remove_page(db, scale)
    assert service.annex_readiness(staff["member"], app)[0] == AnnexGap(
        first, 1, "Домбыра №1", ("scale",))
