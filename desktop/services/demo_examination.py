"""Agreed examination records for the demo's examined applications, so that a new user can
draft a conclusion at once (the bulk generator sets statuses without records)."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
    PageLink,
    PageRole,
    Recommendation,
    WeightUnit,
)
from desktop.domain.workflow import Status
from desktop.models.application import Application, Item
from desktop.models.document import DocumentPage
from desktop.models.examination import Examination, apply_record
from desktop.models.returns import ItemReturn
from desktop.services.demo_images import demo_images
from desktop.storage.blobs import sha256_hex

MATERIALS = [("жүн, табиғи бояулар", "қолмен тоқылған"), ("күміс", "құйма, бедерлеу"),
             ("қарағай, ешкі ішегі", "ою, күйдіріп өрнектеу"), ("киіз", "басу, сыру"),
             ("кенеп, май бояу", "кескіндеме")]


def _photos(s: Session, item: Item, rng: random.Random) -> tuple[PageLink, ...]:
    """Two of the demo's object photos filed as the item's pages, chosen for the annex:
    an overall view (the demo photos carry a scale bar) and a detail."""
    photos = [image for image in demo_images() if image.kind == PageKind.PHOTO]
    last = s.execute(select(func.max(DocumentPage.position))
                     .where(DocumentPage.application_id == item.application_id)).scalar()
    links = []
    for offset, (image, role) in enumerate(zip(rng.sample(photos, 2),
                                               (PageRole.OVERALL, PageRole.DETAIL),
                                               strict=True), start=1):
        page = DocumentPage(application_id=item.application_id, item_id=item.id,
                            position=(last or 0) + offset, kind=PageKind.PHOTO.value,
                            blob_sha256=sha256_hex(image.data),
                            thumbnail_sha256=sha256_hex(image.thumbnail),
                            width_px=image.width, height_px=image.height, dpi=image.dpi,
                            source_name=f"demo-item-{item.position}-{offset}.jpg")
        s.add(page)
        s.flush()
        links.append(PageLink(page.id, role, shows_scale=role == PageRole.OVERALL,
                              for_annex=True))
    return tuple(links)


def _record(item: Item, rng: random.Random, pages: tuple[PageLink, ...]) -> ExaminationRecord:
    material, technique = rng.choice(MATERIALS)
    return ExaminationRecord(
        kind=ExaminationKind.AGREED, originality=Originality.ORIGINAL,
        object_type="мәдени құндылық", title=item.name[:200], maker="белгісіз шебер",
        dating=rng.choice(["XIX ғасырдың соңы", "XX ғасырдың басы", "1950-жылдар"]),
        place_of_creation="Ақмола облысы", material=material, technique=technique,
        measurements=(Measurement(Dimension.HEIGHT, round(rng.uniform(10, 200), 1),
                                  LengthUnit.CM),
                      Measurement(Dimension.WIDTH, round(rng.uniform(10, 150), 1),
                                  LengthUnit.CM)),
        weight_value=round(rng.uniform(0.2, 12), 1), weight_unit=WeightUnit.KG,
        condition=rng.choice([ConditionGrade.GOOD, ConditionGrade.FAIR]),
        condition_note="шамалы тозу іздері", completeness=Completeness.COMPLETE,
        cultural_value=CulturalValue.HAS, recommendation=Recommendation.RECOMMENDED,
        pages=pages,
    )


def record_examined(s: Session, chair_id: int, rng: random.Random, limit: int = 6, *,
                    overdue_on: date | None = None) -> int:
    """Give the most recent examined applications a complete agreed record per item, with
    photos chosen for the identification annex (the photos' blobs are stored already).

    With *overdue_on*: the agreed exports most recently overdue on that day instead, with
    no item back yet, so the return check can be tried on them.
    """
    stmt = select(Application.id).where(Application.status == Status.EXAMINED.value) \
        .order_by(Application.received.desc(), Application.id.desc())
    if overdue_on is not None:
        stmt = select(Application.id).where(
            Application.status == Status.ISSUED_AGREED.value,
            Application.export_until < overdue_on,
            ~select(ItemReturn.id).where(ItemReturn.application_id == Application.id)
            .exists()).order_by(Application.export_until.desc(), Application.id.desc())
    app_ids = list(s.execute(stmt.limit(limit)).scalars())
    items = s.execute(select(Item).where(Item.application_id.in_(app_ids))).scalars().all()
    for item in items:
        row = Examination(item_id=item.id, kind=ExaminationKind.AGREED.value,
                          author_id=chair_id, updated_by_id=chair_id)
        apply_record(row, _record(item, rng, _photos(s, item, rng)))
        s.add(row)
    s.flush()
    return len(app_ids)
