"""The permission matrix, cell by cell: the service decides, whatever a screen shows.

Each action maps to a real use case. For a role outside the matrix the service must raise
PermissionDenied naming the role and the action; for a role inside it the call may fail
for other reasons (a state, a missing record) but never for permission.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.models.errors import DomainError
from desktop.models.roles import PERMISSIONS, Action, PermissionDenied, Role
from desktop.services.actor import Actor
from desktop.services.applicants import ApplicantService
from desktop.services.audit_log import AuditLogService
from desktop.services.registration import RegistrationService
from desktop.services.registry import RegistryQuery, RegistryService
from desktop.services.users import NewUser, UserService
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from tests.conftest import actor_for
from tests.factories import application, individual

Use = Callable[[Database, Actor, int], object]


def _edit_applicant(db: Database, actor: Actor, app_id: int) -> object:
    return ApplicantService(db).update(actor, individual(1, phones="+7 700 000 00 01"), 1)


USES: dict[Action, Use] = {
    Action.VIEW: lambda db, a, _: RegistryService(db).count(a, RegistryQuery()),
    Action.REGISTER: lambda db, a, _: RegistrationService(db).register(a, application(
        individual(99))),
    Action.EDIT_APPLICANT: _edit_applicant,
    Action.REFUSE: lambda db, a, app: WorkflowService(db).advance(a, app, "refuse",
                                                                  reason="неполный комплект"),
    Action.AGREE_RESULT: lambda db, a, app: WorkflowService(db).advance(
        a, app, "finish_examination"),
    Action.MANAGE_USERS: lambda db, a, _: UserService(db).create_user(
        a, NewUser("new-clerk", "Жаңа", Role.CLERK, "Long-enough-1")),
    Action.READ_AUDIT: lambda db, a, _: AuditLogService(db).events(a),
}

CELLS = [(action, role) for action in USES for role in Role]


@pytest.mark.parametrize("action, role", CELLS, ids=[f"{a}-{r}" for a, r in CELLS])
def test_permission_cell(sqlite_db: Database, action: Action, role: Role) -> None:
    clerk = actor_for(sqlite_db, "clerk")
    app_id = RegistrationService(sqlite_db).register(clerk, application()).application_id
    actor = actor_for(sqlite_db, {Role.MEMBER: "member"}.get(role, role.value))
    use = USES[action]
    if role in PERMISSIONS[action]:
        try:
            use(sqlite_db, actor, app_id)
        except PermissionDenied as exc:  # pragma: no cover - the failure message is the point
            pytest.fail(f"{role} was refused {action}: {exc}")
        except DomainError:
            pass  # allowed, but this state does not permit it: not a permission question
    else:
        with pytest.raises(PermissionDenied) as caught:
            use(sqlite_db, actor, app_id)
        assert str(caught.value) == f"the role '{role}' may not perform '{action}'"


def test_audit_history_of_an_application_is_open_to_every_role(sqlite_db: Database) -> None:
    clerk = actor_for(sqlite_db, "clerk")
    app_id = RegistrationService(sqlite_db).register(clerk, application()).application_id
    for name in ("clerk", "member", "chair", "admin"):
        history = AuditLogService(sqlite_db).history(actor_for(sqlite_db, name), app_id)
        assert [e.action for e in history] == ["application.register"]
