"""One application's detail, and assigning it to a member."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import ConflictError, DomainError
from desktop.domain.roles import PermissionDenied
from desktop.domain.workflow import Status
from desktop.services.applications import ApplicationService
from desktop.services.audit_log import AuditLogService
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application


def test_detail_shows_what_the_application_view_needs(db: Database, staff) -> None:
    done = RegistrationService(db).register(staff["clerk"],
                                            application(received=date(2026, 3, 20), items=3))
    service = ApplicationService(db)
    detail = service.detail(staff["member"], done.application_id, today=date(2026, 4, 7))
    assert detail.number == done.number
    assert detail.status == Status.REGISTERED
    assert detail.applicant.surname == "Әлмұханұлы"
    assert [i.position for i in detail.items] == [1, 2, 3]
    assert detail.deadline is not None and detail.deadline.level == "due_soon"
    assert detail.deadline.working_days_left == 1
    assert detail.allowed_steps == ()  # a member has nothing to do on a fresh request
    clerk_view = service.detail(staff["clerk"], done.application_id)
    assert [t.name for t in clerk_view.allowed_steps] == ["complete_documents"]


def test_chair_assigns_a_member(db: Database, staff) -> None:
    app_id = RegistrationService(db).register(staff["clerk"], application()).application_id
    service = ApplicationService(db)
    examiners = service.examiners(staff["chair"])
    member = next(c for c in examiners if c.full_name == "Ахметов Ерболат")
    assert {c.role.value for c in examiners} == {"member", "chair"}
    with pytest.raises(PermissionDenied):
        service.assign(staff["clerk"], app_id, member.id, expected_version=1)
    with pytest.raises(DomainError, match="only an active member"):
        service.assign(staff["chair"], app_id, staff["clerk"].user_id, expected_version=1)
    service.assign(staff["chair"], app_id, member.id, expected_version=1)
    detail = service.detail(staff["chair"], app_id)
    assert detail.assigned_member == "Ахметов Ерболат"
    with pytest.raises(ConflictError):
        service.assign(staff["chair"], app_id, None, expected_version=1)
    history = AuditLogService(db).history(staff["member"], app_id)
    assert history[-1].action == "application.assign"
    assert history[-1].after == {"assigned_member_id": member.id}
