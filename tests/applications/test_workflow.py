"""The workflow: the pure state machine, and the service that applies it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.domain.errors import ConflictError
from desktop.domain.examination_rules import ExaminationIncomplete
from desktop.domain.roles import PermissionDenied
from desktop.domain.workflow import (
    FINAL_STATUSES,
    TRANSITIONS,
    Status,
    WorkflowError,
    available_transitions,
    transition,
)
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.services.registration import RegistrationService
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from tests.support.examination import complete_examination
from tests.support.factories import application

HAPPY_PATH = [
    ("complete_documents", Status.DOCUMENTS_COMPLETE),
    ("start_examination", Status.UNDER_EXAMINATION),
    ("finish_examination", Status.EXAMINED),
    ("draft_conclusion", Status.CONCLUSION_DRAFTED),
    ("start_signing", Status.BEING_SIGNED),
    ("issue_agreed", Status.ISSUED_AGREED),
]


def test_happy_path_reaches_issued() -> None:
    status = Status.REGISTERED
    for step, expected in HAPPY_PATH:
        status = transition(status, step)
        assert status == expected


def test_illegal_step_names_the_step_and_the_status() -> None:
    with pytest.raises(WorkflowError) as caught:
        transition(Status.REGISTERED, "issue_agreed")
    assert "cannot take the step 'issue_agreed' from the status 'registered'" in str(caught.value)
    assert "being_signed" in str(caught.value)


@pytest.mark.parametrize("status", sorted(set(Status) - FINAL_STATUSES))
def test_refusal_possible_before_issue_and_needs_reasons(status: Status) -> None:
    with pytest.raises(WorkflowError, match="needs a stated reason"):
        transition(status, "refuse", "  ")
    assert transition(status, "refuse", "Құжаттар толық емес") == Status.REFUSED


@pytest.mark.parametrize("status", sorted(FINAL_STATUSES))
def test_no_refusal_after_issue(status: Status) -> None:
    with pytest.raises(WorkflowError):
        transition(status, "refuse", "too late")


def test_every_status_but_the_final_ones_has_a_way_out() -> None:
    for status in Status:
        steps = available_transitions(status)
        if status in (Status.REFUSED, Status.CLOSED):
            assert steps == []
        elif status == Status.ISSUED_AGREED:  # closed only by the signed return act
            assert [(t.name, t.automatic) for t in steps] == [("close", True)]
        else:
            assert steps, status
    assert TRANSITIONS["repeat_examination"].target == Status.UNDER_EXAMINATION


def _registered(db: Database, staff, received: date | None = None) -> int:
    return RegistrationService(db).register(staff["clerk"], application(received=received)) \
        .application_id


def test_service_applies_steps_with_permissions_and_audit(db: Database, staff) -> None:
    """The steps people take by hand, up to "examined"; the rest belong to the conclusion."""
    app_id = _registered(db, staff)
    wf = WorkflowService(db)
    who = {"complete_documents": "clerk", "start_examination": "member",
           "finish_examination": "chair"}
    manual = HAPPY_PATH[:3]
    for step, expected in manual:
        if step == "finish_examination":
            with pytest.raises(ExaminationIncomplete, match="item 1"):
                wf.advance(staff["chair"], app_id, step)
            complete_examination(db, staff, app_id)
        assert wf.advance(staff[who[step]], app_id, step) == expected
    for step, _ in HAPPY_PATH[3:]:
        with pytest.raises(WorkflowError, match="taken by drafting or signing"):
            wf.advance(staff["chair"], app_id, step)
    assert [t.name for t in wf.allowed_steps(staff["chair"], Status.EXAMINED)] == [
        "repeat_examination", "refuse"]
    with db.read() as s:
        actions = list(s.execute(
            select(AuditEvent.action).where(AuditEvent.application_id == app_id,
                                            AuditEvent.action.startswith("application."))
            .order_by(AuditEvent.seq)
        ).scalars())
    assert actions == ["application.register"] + [f"application.{s}" for s, _ in manual]


def test_service_refuses_a_role_without_the_permission(db: Database, staff) -> None:
    app_id = _registered(db, staff)
    with pytest.raises(PermissionDenied, match="'member' may not perform 'import_documents'"):
        WorkflowService(db).advance(staff["member"], app_id, "complete_documents")


def test_allowed_steps_follow_role_and_status(db: Database, staff) -> None:
    wf = WorkflowService(db)
    assert [t.name for t in wf.allowed_steps(staff["clerk"], Status.REGISTERED)] == [
        "complete_documents"]
    assert [t.name for t in wf.allowed_steps(staff["chair"], Status.REGISTERED)] == ["refuse"]
    assert wf.allowed_steps(staff["admin"], Status.REGISTERED) == []


def test_stale_version_is_a_conflict(db: Database, staff) -> None:
    app_id = _registered(db, staff)
    with db.read() as s:
        version = s.get(Application, app_id).version  # type: ignore[union-attr]
    wf = WorkflowService(db)
    wf.advance(staff["clerk"], app_id, "complete_documents", expected_version=version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        wf.advance(staff["member"], app_id, "start_examination", expected_version=version)


def test_a_refusal_is_not_a_step_on_its_own(db: Database, staff) -> None:
    """A refused request gets its letter: the conclusion service refuses, with a ground."""
    app_id = _registered(db, staff)
    with pytest.raises(WorkflowError, match="refused with its refusal letter"):
        WorkflowService(db).advance(staff["chair"], app_id, "refuse", reason="x")


def test_repeat_examination_sets_a_new_deadline(db: Database, staff) -> None:
    app_id = _registered(db, staff, received=date(2026, 4, 1))
    wf = WorkflowService(db)
    for step, who in [("complete_documents", "clerk"), ("start_examination", "member"),
                      ("finish_examination", "chair")]:
        if step == "finish_examination":
            complete_examination(db, staff, app_id)
        wf.advance(staff[who], app_id, step)
    with pytest.raises(WorkflowError, match="needs a stated reason"):
        wf.advance(staff["chair"], app_id, "repeat_examination")
    wf.advance(staff["chair"], app_id, "repeat_examination", reason="жаңа құжаттар",
               today=date(2026, 5, 4))
    with db.read() as s:
        app = s.get(Application, app_id)
        assert app is not None
        assert app.status == Status.UNDER_EXAMINATION
        # Akmola has no repeat limit of its own: the full 10 working days again, from 4 May
        # (7 and 11 May are days off).
        assert app.result_due == date(2026, 5, 20)
