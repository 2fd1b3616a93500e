"""Opinions and the agreed result: who may save what, when, and what the audit keeps."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.domain.drafts import ValidationFailed
from desktop.domain.errors import NotFoundError
from desktop.domain.examination_rules import (
    ConditionGrade,
    Dimension,
    ExaminationClosed,
    ExaminationError,
    ExaminationKind,
    ExaminationRecord,
    LengthUnit,
    Measurement,
)
from desktop.domain.languages import Bilingual
from desktop.domain.roles import PermissionDenied
from desktop.models.audit import AuditEvent
from desktop.models.examination import Examination, ExaminationMeasurement
from desktop.services.actor import Actor
from desktop.services.examination import ExaminationService, RecordState
from desktop.services.registration import RegistrationService
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from tests.support.examination import ExamApp, complete
from tests.support.factories import application

OPINION, AGREED = ExaminationKind.OPINION, ExaminationKind.AGREED


def _events(db: Database, application_id: int) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.execute(select(AuditEvent).where(AuditEvent.application_id ==
                                                       application_id)
                              .order_by(AuditEvent.seq)).scalars())


def test_two_members_give_opinions_and_the_chair_records_the_agreed_result(
        db: Database, staff: dict[str, Actor], service: ExaminationService,
        exam_app: ExamApp) -> None:
    item = exam_app.item_ids[0]
    first = service.save(staff["member"], item, complete(OPINION, material=("pine",)), None)
    second = service.save(staff["member2"], item,
                          complete(OPINION, material=("birch",), condition=ConditionGrade.POOR),
                          None)
    assert (first.version, first.author_name, first.updated_by_name) == (
        1, "Ахметов Ерболат", "Ахметов Ерболат")
    assert second.author_id == staff["member2"].user_id and second.material == ("birch",)
    assert first.updated_at is not None and first.item_id == item

    opinions = service.opinions(staff["chair"], item)
    assert [(o.author_name, o.material) for o in opinions] == [
        ("Ахметов Ерболат", ("pine",)), ("Петрова Анна", ("birch",))]
    # Each member reads their own opinion; another's is the chairperson's to read.
    mine = service.get(staff["member2"], item, OPINION)
    assert mine is not None and mine.material == ("birch",)
    with pytest.raises(PermissionDenied, match="'member' may not perform 'agree_result'"):
        service.get(staff["member2"], item, OPINION, author=staff["member"].user_id)
    assert [o.author_name for o in service.opinions(staff["member2"], item)] == ["Петрова Анна"]
    theirs = service.get(staff["chair"], item, OPINION, author=staff["member"].user_id)
    assert theirs == first
    assert service.get(staff["chair"], item, AGREED) is None

    agreed = service.save(staff["chair"], item, replace(opinions[0], kind=AGREED,
                                                        author_id=None), None)
    assert agreed.kind == AGREED and agreed.author_name == "Байжанов Нұрлан"
    assert agreed.measurements == first.measurements
    assert service.get(staff["member"], item, AGREED) == agreed

    rows = service.items(staff["member"], exam_app.application_id)
    assert [(r.position, r.state, r.opinion_authors, r.agreed_version, r.missing)
            for r in rows] == [
        (1, RecordState.AGREED, ("Ахметов Ерболат", "Петрова Анна"), 1, ()),
        (2, RecordState.NONE, (), None, ("agreed",)),
    ]
    assert rows[0].my_opinion_version == 1 and rows[1].my_opinion_version is None

    actions = [e.action for e in _events(db, exam_app.application_id)]
    assert actions[-3:] == ["examination.opinion.create", "examination.opinion.create",
                            "examination.agreed.create"]


def test_the_chair_may_also_give_an_opinion(staff: dict[str, Actor],
                                            service: ExaminationService,
                                            exam_app: ExamApp) -> None:
    item = exam_app.item_ids[0]
    service.save(staff["chair"], item, complete(OPINION, title=Bilingual("шайдың", "чайный")), None)
    own = service.get(staff["chair"], item, OPINION)
    assert own is not None and own.title == Bilingual("шайдың", "чайный")
    assert [r.state for r in service.items(staff["chair"], exam_app.application_id)] == [
        RecordState.OPINIONS, RecordState.NONE]


def test_a_member_cannot_save_the_agreed_result(db: Database, staff: dict[str, Actor],
                                                service: ExaminationService,
                                                exam_app: ExamApp) -> None:
    with pytest.raises(PermissionDenied, match="'member' may not perform 'agree_result'"):
        service.save(staff["member"], exam_app.item_ids[0], complete(AGREED), None)
    with pytest.raises(PermissionDenied, match="'clerk' may not perform 'record_examination'"):
        service.save(staff["clerk"], exam_app.item_ids[0], complete(OPINION), None)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Examination)).scalar_one() == 0


def test_a_member_cannot_save_another_members_opinion(db: Database, staff: dict[str, Actor],
                                                      service: ExaminationService,
                                                      exam_app: ExamApp) -> None:
    item = exam_app.item_ids[0]
    service.save(staff["member"], item, complete(OPINION, material=("pine",)), None)
    theirs = service.get(staff["chair"], item, OPINION, author=staff["member"].user_id)
    assert theirs is not None
    with pytest.raises(ExaminationError,
                       match="Петрова Анна may save only their own opinion; "
                             "this one is by Ахметов Ерболат"):
        service.save(staff["member2"], item, replace(theirs, material=("bronze",)), theirs.version)
    again = service.get(staff["member"], item, OPINION)
    assert again is not None and again.material == ("pine",) and again.version == 1
    assert service.get(staff["member2"], item, OPINION) is None


@pytest.mark.parametrize("steps, status", [
    ([], "registered"),
    ([("complete_documents", "clerk")], "documents_complete"),
])
def test_saving_outside_the_examination_is_refused(
        db: Database, staff: dict[str, Actor], service: ExaminationService,
        steps: list[tuple[str, str]], status: str) -> None:
    app_id = RegistrationService(db).register(staff["clerk"], application()).application_id
    for step, who in steps:
        WorkflowService(db).advance(staff[who], app_id, step)
    item = service.items(staff["member"], app_id)[0]
    with pytest.raises(ExaminationClosed) as caught:
        service.save(staff["member"], item.item_id, complete(OPINION), None)
    assert f"is in the status '{status}'" in str(caught.value)
    assert "only while it is 'under_examination'" in str(caught.value)
    assert caught.value.status == status
    assert service.get(staff["member"], item.item_id, OPINION) is None


def test_an_update_audits_only_the_changed_fields(db: Database, staff: dict[str, Actor],
                                                 service: ExaminationService,
                                                 exam_app: ExamApp) -> None:
    item = exam_app.item_ids[1]
    v1 = service.save(staff["chair"], item, complete(), None)
    created = _events(db, exam_app.application_id)[-1]
    assert created.before is None
    assert created.after["item"] == 2 and created.after["material"] == ["pine", "gut"]
    assert "hazards" not in created.after  # empty fields are not news

    changed = replace(v1, material=("wood",), measurements=(
        Measurement(Dimension.HEIGHT, 12.5, LengthUnit.MM),))
    v2 = service.save(staff["chair"], item, changed, v1.version)
    assert v2.version == 2 and v2.material == ("wood",)
    assert v2.measurements == (Measurement(Dimension.HEIGHT, 12.5, LengthUnit.MM, ""),)
    event = _events(db, exam_app.application_id)[-1]
    assert event.action == "examination.agreed.update"
    assert event.entity == "examination" and event.username == "chair"
    assert set(event.before) == set(event.after) == {"material", "measurements"}
    assert event.before["material"] == ["pine", "gut"]
    assert event.after["measurements"] == [
        {"dimension": "height", "value": 12.5, "unit": "mm", "note": ""}]
    with db.read() as s:  # the old measurement rows are gone, not orphaned
        assert s.execute(select(func.count()).select_from(ExaminationMeasurement)
                         ).scalar_one() == 1

    # Saving what is already stored writes nothing: no new version, no audit event.
    count = len(_events(db, exam_app.application_id))
    assert service.save(staff["chair"], item, v2, v2.version).version == 2
    assert len(_events(db, exam_app.application_id)) == count


def test_invalid_values_are_refused_with_every_problem(staff: dict[str, Actor],
                                                       service: ExaminationService,
                                                       exam_app: ExamApp) -> None:
    bad = complete(OPINION, year_from=1900, year_to=1850, weight_unit=None,
                   measurements=(Measurement(Dimension.DEPTH, 0.0, LengthUnit.CM),),
                   title=Bilingual("Домбыра\x07", "Домбра"))
    with pytest.raises(ValidationFailed) as caught:
        service.save(staff["member"], exam_app.item_ids[0], bad, None)
    assert {p.field for p in caught.value.problems} == {
        "title.kk", "year_to", "measurements.1.value", "weight_unit"}
    assert "title.kk: contains the control character U+0007 at position 8" in str(caught.value)
    assert "measurements.1.value: must be more than 0" in str(caught.value)


def test_unknown_item_is_not_found(staff: dict[str, Actor], service: ExaminationService,
                                   exam_app: ExamApp) -> None:
    with pytest.raises(NotFoundError, match="no item with id 999999"):
        service.save(staff["member"], 999_999, ExaminationRecord(OPINION), None)
    with pytest.raises(NotFoundError, match="no item with id 999999"):
        service.get(staff["member"], 999_999, OPINION)
