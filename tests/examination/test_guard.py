"""The step "finish_examination" needs a complete agreed result for every item."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.domain.examination_rules import (
    ExaminationClosed,
    ExaminationIncomplete,
    ExaminationKind,
    Missing,
)
from desktop.domain.languages import Bilingual
from desktop.domain.workflow import Status
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.services.actor import Actor
from desktop.services.examination import ExaminationService
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from tests.support.examination import ExamApp, complete, complete_examination


def _status_and_actions(db: Database, app_id: int) -> tuple[str, list[str]]:
    with db.read() as s:
        app = s.get(Application, app_id)
        assert app is not None
        actions = list(s.execute(select(AuditEvent.action)
                                 .where(AuditEvent.application_id == app_id)).scalars())
        return app.status, actions


def test_finish_examination_lists_what_is_missing_then_passes(
        db: Database, staff: dict[str, Actor], service: ExaminationService,
        exam_app: ExamApp) -> None:
    app_id = exam_app.application_id
    first, second = exam_app.item_ids
    wf = WorkflowService(db)
    with pytest.raises(ExaminationIncomplete) as caught:
        wf.advance(staff["chair"], app_id, "finish_examination")
    assert str(caught.value) == (
        "the examination is not complete: item 1 «Домбыра №1»: no agreed result; "
        "item 2 «Домбыра №2»: no agreed result")

    # Opinions do not count; a half-done agreed result names its gaps.
    service.save(staff["member"], first, complete(ExaminationKind.OPINION), None)
    service.save(staff["chair"], first, complete(), None)
    service.save(staff["chair"], second,
                 complete(material=(), measurements=(), cultural_value=None), None)
    before = _status_and_actions(db, app_id)
    with pytest.raises(ExaminationIncomplete) as caught:
        wf.advance(staff["chair"], app_id, "finish_examination")
    assert str(caught.value) == ("the examination is not complete: item 2 «Домбыра №2»: "
                                 "material, dimensions, cultural value")
    assert caught.value.missing == [Missing(2, "Домбыра №2", "material"),
                                    Missing(2, "Домбыра №2", "measurements"),
                                    Missing(2, "Домбыра №2", "cultural_value")]
    assert service.missing_for_examined(app_id) == caught.value.missing
    assert _status_and_actions(db, app_id) == before  # nothing changed, nothing audited

    agreed = service.get(staff["chair"], second, ExaminationKind.AGREED)
    assert agreed is not None
    complete_version = complete()
    service.save(staff["chair"], second, replace(
        agreed, material=complete_version.material,
        measurements=complete_version.measurements,
        cultural_value=complete_version.cultural_value), agreed.version)
    assert service.missing_for_examined(app_id) == []
    assert wf.advance(staff["chair"], app_id, "finish_examination") == Status.EXAMINED
    status, actions = _status_and_actions(db, app_id)
    assert status == Status.EXAMINED and actions[-1] == "application.finish_examination"

    # Once examined, the records are closed until a repeat examination reopens them.
    with pytest.raises(ExaminationClosed, match="in the status 'examined'"):
        service.save(staff["chair"], second, complete(remarks=Bilingual("кеш", "поздно")), 2)
    wf.advance(staff["chair"], app_id, "repeat_examination", reason="жаңа фотосуреттер")
    reopened = service.save(staff["chair"], second,
                            complete(remarks=Bilingual("қайта", "снова")), 2)
    assert reopened.version == 3


def test_the_support_helper_completes_every_item(db: Database, staff: dict[str, Actor],
                                                exam_app: ExamApp) -> None:
    complete_examination(db, staff, exam_app.application_id)
    assert WorkflowService(db).advance(staff["chair"], exam_app.application_id,
                                       "finish_examination") == Status.EXAMINED
