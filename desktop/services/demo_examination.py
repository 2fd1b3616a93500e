"""Plausible examination records for the demo's items, and the photos they point at; the
generator (:mod:`desktop.services.demo`) saves them through the examination service, so a
record the service would refuse cannot enter the demo.

Each record describes its item as the kind of object it is (:mod:`demo_objects`): a
bracelet is silver and weighs tens of grams, a rug is felt and measures metres; its terms
are codes of the vocabulary and its texts are in Kazakh and in Russian."""

from __future__ import annotations

import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.documents import PageKind
from desktop.domain.examination_rules import (
    Completeness,
    ConditionGrade,
    CulturalValue,
    ExaminationKind,
    ExaminationRecord,
    Measurement,
    Originality,
    PageLink,
    PageRole,
    Recommendation,
    WeightUnit,
)
from desktop.domain.languages import NO_TEXT, Bilingual
from desktop.models.application import Item
from desktop.models.document import DocumentPage
from desktop.services.demo_images import demo_images
from desktop.services.demo_objects import OBJECTS, Size, object_named
from desktop.storage.blobs import sha256_hex

_CONDITION_NOTES = (
    Bilingual("шамалы тозу іздері", "незначительные следы износа"),
    Bilingual("ұсақ сызаттар мен ысқылау іздері", "мелкие царапины и потёртости"),
    Bilingual("жиегінде болмашы ақаулар", "незначительные дефекты по краю"),
)
_UNKNOWN_MAKER = Bilingual("белгісіз шебер", "неизвестный мастер")


def item_photos(s: Session, item: Item, rng: random.Random) -> tuple[PageLink, ...]:
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


def _size(size: Size, rng: random.Random) -> Measurement:
    value = rng.uniform(size.low, size.high)
    return Measurement(size.dimension, round(value, 1 if value < 100 else 0), size.unit)


def agreed_record(item: Item, rng: random.Random,
                  pages: tuple[PageLink, ...]) -> ExaminationRecord:
    """The commission's agreed record of a demo item, with its photos."""
    obj = object_named(item.name) or rng.choice(OBJECTS)
    materials, techniques = rng.choice(obj.makes)
    dating, year_from, year_to = rng.choice(obj.datings)
    low, high, unit = obj.weight
    weight = rng.uniform(low, high)
    return ExaminationRecord(
        kind=ExaminationKind.AGREED, originality=Originality.ORIGINAL,
        object_type=obj.object_type, title=obj.name, subject=obj.subject,
        maker_name=obj.maker_name, maker=NO_TEXT if obj.maker_name else _UNKNOWN_MAKER,
        dating=dating, year_from=year_from, year_to=year_to, place_of_creation=obj.place,
        material=materials, technique=techniques,
        measurements=tuple(_size(size, rng) for size in obj.sizes),
        weight_value=round(weight) if unit == WeightUnit.G else round(weight, 1),
        weight_unit=unit, description=obj.description,
        condition=rng.choice([ConditionGrade.GOOD, ConditionGrade.FAIR]),
        condition_note=rng.choice(_CONDITION_NOTES), completeness=Completeness.COMPLETE,
        cultural_value=CulturalValue.HAS, recommendation=Recommendation.RECOMMENDED,
        pages=pages,
    )

