"""Agreed examination records for the demo's examined applications, so that a new user can
draft a conclusion at once (the bulk generator sets statuses without records)."""

from __future__ import annotations

import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.application import Application, Item
from desktop.models.examination import Examination, apply_record
from desktop.models.examination_rules import (
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
from desktop.models.workflow import Status

MATERIALS = [("жүн, табиғи бояулар", "қолмен тоқылған"), ("күміс", "құйма, бедерлеу"),
             ("қарағай, ешкі ішегі", "ою, күйдіріп өрнектеу"), ("киіз", "басу, сыру"),
             ("кенеп, май бояу", "кескіндеме")]


def _record(item: Item, rng: random.Random) -> ExaminationRecord:
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
    )


def record_examined(s: Session, chair_id: int, rng: random.Random, limit: int = 6) -> int:
    """Give the most recent examined applications a complete agreed record per item."""
    app_ids = list(s.execute(
        select(Application.id).where(Application.status == Status.EXAMINED.value)
        .order_by(Application.received.desc(), Application.id.desc()).limit(limit)
    ).scalars())
    items = s.execute(select(Item).where(Item.application_id.in_(app_ids))).scalars().all()
    for item in items:
        row = Examination(item_id=item.id, kind=ExaminationKind.AGREED.value,
                          author_id=chair_id, updated_by_id=chair_id)
        apply_record(row, _record(item, rng))
        s.add(row)
    s.flush()
    return len(app_ids)
