"""Autosaved drafts: nothing typed is lost when the window closes or the program dies."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import asdict

import pytest
from sqlalchemy import func, select

from desktop.domain.drafts import ValidationFailed
from desktop.domain.examination_rules import (
    ExaminationConflict,
    ExaminationError,
    ExaminationKind,
    record_from_json,
    record_to_json,
)
from desktop.domain.languages import Bilingual
from desktop.domain.roles import PermissionDenied
from desktop.models.examination import ExaminationDraft
from desktop.services.actor import Actor
from desktop.services.examination import ExaminationService
from desktop.storage.database import Database
from tests.support.examination import ExamApp, complete

OPINION, AGREED = ExaminationKind.OPINION, ExaminationKind.AGREED

FORM = {"title": "Домбыра", "material": "қарағай", "measurements": [
    {"dimension": "length", "value": 98.5, "unit": "cm", "note": ""}],
    "cursor": {"field": "material", "position": 7}, "rtl": "مرحبا <b>'; --"}


def test_drafts_are_kept_per_user_item_and_kind(staff: dict[str, Actor],
                                                service: ExaminationService,
                                                exam_app: ExamApp) -> None:
    item = exam_app.item_ids[0]
    member = staff["member"]
    assert service.load_draft(member, item, OPINION) is None
    first = service.save_draft(member, item, OPINION, {"title": "Домб"}, None)
    second = service.save_draft(member, item, OPINION, FORM, None)
    assert second >= first
    draft = service.load_draft(member, item, OPINION)
    assert draft is not None
    assert (draft.form_state, draft.saved_at, draft.base_version, draft.current_version) == (
        FORM, second, None, None)
    assert (draft.application_id, draft.item_position, draft.item_name) == (
        exam_app.application_id, 1, "Домбыра №1")
    assert draft.application_number.startswith("AKM-") and not draft.outdated

    # Another member, or the chair's agreed form, have drafts of their own.
    assert service.load_draft(staff["member2"], item, OPINION) is None
    service.save_draft(staff["chair"], item, AGREED, {"title": "төраға"}, None)
    assert service.load_draft(staff["chair"], item, OPINION) is None
    assert [d.kind for d in service.list_drafts(staff["chair"])] == [AGREED]
    assert [r.has_my_draft for r in service.items(member, exam_app.application_id)] == [
        True, False]

    assert service.discard_draft(member, item, OPINION) is True
    assert service.discard_draft(member, item, OPINION) is False
    assert service.load_draft(member, item, OPINION) is None
    assert service.load_draft(staff["chair"], item, AGREED) is not None


def test_a_draft_knows_when_the_record_moved_on(staff: dict[str, Actor],
                                               service: ExaminationService,
                                               exam_app: ExamApp) -> None:
    item = exam_app.item_ids[0]
    v1 = service.save(staff["chair"], item, complete(), None)
    service.save_draft(staff["chair"], item, AGREED, record_to_json(v1), v1.version)
    # The same chair saves from another window meanwhile: the draft is gone with it...
    service.save(staff["chair"], item,
                 complete(remarks=Bilingual("басқа терезе", "другое окно")), 1)
    assert service.load_draft(staff["chair"], item, AGREED) is None
    # ...and a draft begun on version 1 now reports that it is outdated.
    service.save_draft(staff["chair"], item, AGREED, record_to_json(v1), 1)
    draft = service.load_draft(staff["chair"], item, AGREED)
    assert draft is not None and (draft.base_version, draft.current_version) == (1, 2)
    assert draft.outdated
    assert record_from_json(AGREED, draft.form_state) == record_from_json(
        AGREED, record_to_json(v1))


def test_saving_the_record_removes_the_draft_in_the_same_transaction(
        db: Database, staff: dict[str, Actor], service: ExaminationService,
        exam_app: ExamApp) -> None:
    item = exam_app.item_ids[1]
    service.save_draft(staff["member"], item, OPINION, FORM, None)
    service.save_draft(staff["member2"], item, OPINION, FORM, None)
    service.save(staff["member"], item, complete(OPINION), None)
    assert service.load_draft(staff["member"], item, OPINION) is None
    assert service.load_draft(staff["member2"], item, OPINION) is not None
    # A refused save keeps the draft: the typing is still needed.
    service.save_draft(staff["member"], item, OPINION, FORM, None)
    with pytest.raises(ExaminationConflict):
        service.save(staff["member"], item,
                     complete(OPINION, title=Bilingual("екінші", "второе")), None)
    with pytest.raises(ValidationFailed):
        service.save(staff["member"], item, complete(OPINION, title=Bilingual("x\x00", "x")), 1)
    assert service.load_draft(staff["member"], item, OPINION) is not None
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(ExaminationDraft)).scalar_one() == 2


def test_drafts_follow_the_permissions_and_hold_only_json(staff: dict[str, Actor],
                                                         service: ExaminationService,
                                                         exam_app: ExamApp) -> None:
    item = exam_app.item_ids[0]
    with pytest.raises(PermissionDenied, match="'member' may not perform 'agree_result'"):
        service.save_draft(staff["member"], item, AGREED, FORM, None)
    with pytest.raises(PermissionDenied, match="'clerk' may not perform"):
        service.save_draft(staff["clerk"], item, OPINION, FORM, None)
    with pytest.raises(ExaminationError, match=r"form state cannot be stored: .*set"):
        service.save_draft(staff["member"], item, OPINION, {"tags": {"a", "b"}}, None)
    with pytest.raises(ExaminationError, match=r"form state cannot be stored: .*not JSON"):
        service.save_draft(staff["member"], item, OPINION, {"value": float("nan")}, None)


def test_a_draft_survives_closing_the_database_without_saving(
        db_url: str, staff: dict[str, Actor], exam_app: ExamApp) -> None:
    item = exam_app.item_ids[0]
    first = Database(db_url)
    ExaminationService(first).save_draft(staff["member"], item, OPINION, FORM, None)
    first.dispose()
    second = Database(db_url)
    try:
        draft = ExaminationService(second).load_draft(staff["member"], item, OPINION)
        assert draft is not None and draft.form_state == FORM
    finally:
        second.dispose()


_KILLED_WRITER = """
import json, os, signal, sys
from desktop.domain.roles import Role
from desktop.services.actor import Actor
from desktop.services.examination import ExaminationService
from desktop.storage.database import Database

actor = json.loads(os.environ["EXAM_ACTOR"])
actor["role"] = Role(actor["role"])
service = ExaminationService(Database(os.environ["EXAM_DB_URL"]))
service.save_draft(Actor(**actor), int(sys.argv[1]), "opinion", json.loads(sys.argv[2]), None)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_draft_survives_the_program_being_killed(db: Database, staff: dict[str, Actor],
                                                  service: ExaminationService,
                                                  exam_app: ExamApp) -> None:
    item = exam_app.item_ids[1]
    env = {**os.environ, "EXAM_DB_URL": db.url.render_as_string(hide_password=False),
           "EXAM_ACTOR": json.dumps(asdict(staff["member2"]))}
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(item), json.dumps(FORM)],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    draft = service.load_draft(staff["member2"], item, OPINION)
    assert draft is not None and draft.form_state == FORM
