"""Helpers for tests that need an application under examination and complete records.

Other test modules may use them too, e.g. to take the step "finish_examination", which
needs a complete agreed result for every item.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

from PIL import Image
from sqlalchemy import func, select

from desktop.domain.documents import PageKind
from desktop.domain.examination_rules import (
    Completeness,
    ConditionGrade,
    CulturalValue,
    Dimension,
    ExaminationKind,
    ExaminationRecord,
    LengthUnit,
    Measurement,
    Originality,
    Recommendation,
    WeightUnit,
)
from desktop.domain.languages import Bilingual
from desktop.models.application import Item
from desktop.models.document import DocumentPage
from desktop.services.actor import Actor
from desktop.services.examination import ExaminationService
from desktop.services.registration import RegistrationService
from desktop.services.wording import DocumentWording, WordingService
from desktop.services.workflow import WorkflowService
from desktop.storage.blobs import DatabaseBlobStore
from desktop.storage.database import Database
from tests.support.factories import application, individual


@dataclass(frozen=True)
class ExamApp:
    application_id: int
    item_ids: list[int]


def under_examination(db: Database, staff: dict[str, Actor], items: int = 2,
                      serial: int = 1, *, scanned: bool = False) -> ExamApp:
    """Register an application and take it to "under_examination" the way staff do (with
    *scanned*, the clerk scans the required documents first: a conclusion needs them)."""
    app_id = RegistrationService(db).register(
        staff["clerk"], application(individual(serial), items=items)).application_id
    if scanned:
        scan_required_documents(db, app_id)
    wf = WorkflowService(db)
    wf.advance(staff["clerk"], app_id, "complete_documents")
    wf.advance(staff["member"], app_id, "start_examination")
    with db.read() as s:
        ids = list(s.execute(select(Item.id).where(Item.application_id == app_id)
                             .order_by(Item.position)).scalars())
    return ExamApp(app_id, ids)


def scan_required_documents(db: Database, application_id: int) -> None:
    """A page of each document an individual must submit (the form, the identity document,
    a photograph of the items), as the clerk scans them before the documents are complete."""
    add_pages(db, application_id, (PageKind.FORM, PageKind.ID, PageKind.PHOTO))


def complete(kind: ExaminationKind = ExaminationKind.AGREED, **overrides: object
             ) -> ExaminationRecord:
    """A record with every field the step "finish_examination" needs, and more."""
    record = ExaminationRecord(
        kind=kind,
        originality=Originality.ORIGINAL,
        object_type="musical_instrument",
        title=Bilingual("Домбыра", "Домбра"),
        subject=Bilingual("екі ішекті халық аспабы", "двухструнный народный инструмент"),
        maker=Bilingual("белгісіз шебер", "неизвестный мастер"),
        dating=Bilingual("XIX ғасырдың соңы", "конец XIX века"),
        year_from=1880,
        year_to=1899,
        place_of_creation=Bilingual("Ақмола облысы", "Акмолинская область"),
        material=("pine", "gut"),
        technique=("wood_carving", "pyrography"),
        measurements=(Measurement(Dimension.LENGTH, 98.5, LengthUnit.CM),
                      Measurement(Dimension.WIDTH, 21.0, LengthUnit.CM, "шанағы")),
        weight_value=0.9,
        weight_unit=WeightUnit.KG,
        inscriptions=Bilingual("мойнында «Ж.Б.» таңбасы", "на грифе клеймо «Ж.Б.»"),
        features=Bilingual("шанағының сол жағында жарықшақ",
                           "трещина на левой стороне корпуса"),
        condition=ConditionGrade.FAIR,
        condition_note=Bilingual("ішектері ауыстырылған", "струны заменены"),
        completeness=Completeness.COMPLETE,
        description=Bilingual("қарағайдан ойып жасалған домбыра",
                              "домбра, выдолбленная из сосны"),
        cultural_value=CulturalValue.HAS,
        recommendation=Recommendation.RECOMMENDED,
    )
    return replace(record, **overrides)  # type: ignore[arg-type]


WORDING = DocumentWording(
    Bilingual("Халықаралық көрмеге қатысу", "Участие в международной выставке"),
    Bilingual("суретші", "художник"))
"""The purpose and the occupation of a test application, worded in both languages."""


def complete_examination(db: Database, staff: dict[str, Actor], application_id: int) -> None:
    """Record a complete agreed result for every item, so "finish_examination" may pass."""
    service = ExaminationService(db)
    for row in service.items(staff["chair"], application_id):
        service.save(staff["chair"], row.item_id, complete(), row.agreed_version)


def word_application(db: Database, staff: dict[str, Actor], application_id: int) -> None:
    """Word the application's purpose and occupation (received in Kazakh) in both languages,
    as the commission does before a conclusion is drafted."""
    WordingService(db).save(staff["chair"], application_id, WORDING)


def _jpeg(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (seed % 256, 90, 140)).save(buf, "JPEG")
    return buf.getvalue()


def add_page(db: Database, application_id: int, item_id: int | None = None,
             kind: PageKind = PageKind.PHOTO) -> int:
    """Store a small real JPEG as a page of the application; returns the page id."""
    return add_pages(db, application_id, (kind,), item_id)[0]


def add_pages(db: Database, application_id: int, kinds: tuple[PageKind, ...],
              item_id: int | None = None) -> list[int]:
    """Small real JPEGs as pages of the application, one per kind, in one transaction."""
    with db.write() as s:
        last = s.execute(select(func.count()).select_from(DocumentPage)
                         .where(DocumentPage.application_id == application_id)).scalar_one()
        pages = []
        for position, kind in enumerate(kinds, start=last + 1):
            digest = DatabaseBlobStore().put(s, _jpeg(application_id * 100 + position),
                                             "image/jpeg")
            page = DocumentPage(application_id=application_id, item_id=item_id,
                                position=position, kind=kind.value, blob_sha256=digest,
                                width_px=64, height_px=48)
            s.add(page)
            s.flush()
            pages.append(page.id)
        return pages
