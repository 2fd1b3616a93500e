"""The permission matrix, cell by cell: the service decides, whatever a screen shows.

Each action maps to a real use case. For a role outside the matrix the service must raise
PermissionDenied naming the role and the action; for a role inside it the call may fail
for other reasons (a state, a missing record) but never for permission.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.errors import DomainError
from desktop.domain.examination_rules import ExaminationKind, ExaminationRecord
from desktop.domain.languages import Bilingual
from desktop.domain.roles import PERMISSIONS, Action, PermissionDenied, Role
from desktop.domain.vocabulary import Term
from desktop.services.actor import Actor
from desktop.services.applicants import ApplicantService
from desktop.services.applications import ApplicationService
from desktop.services.audit_log import AuditLogService
from desktop.services.backups import BackupService
from desktop.services.calendar import CalendarService
from desktop.services.certificates import CertificateService
from desktop.services.conclusions import ConclusionService
from desktop.services.documents import DocumentService
from desktop.services.examination import ExaminationService
from desktop.services.journal import JournalFilter, JournalService
from desktop.services.registration import RegistrationService
from desktop.services.registry import RegistryQuery, RegistryService
from desktop.services.returns import ReturnService
from desktop.services.trust import TrustStore
from desktop.services.users import NewUser, UserService
from desktop.services.vocabulary import VocabularyService
from desktop.services.workflow import WorkflowService
from desktop.signing import Pkcs12Key
from desktop.storage.database import Database
from tests.support.factories import application, individual
from tests.support.staff import actor_for

Use = Callable[[Database, Actor, int], object]


def _edit_applicant(db: Database, actor: Actor, app_id: int) -> object:
    return ApplicantService(db).update(actor, individual(1, phones="+7 700 000 00 01"), 1)


def _import(db: Database, actor: Actor, app_id: int) -> object:
    page = Image.new("RGB", (200, 280), "white")
    return DocumentService(db).import_images(actor, app_id, [page], "form", dpi=150)


def _record(db: Database, actor: Actor, app_id: int) -> object:
    item_id = ApplicationService(db).detail(Actor.system(), app_id).items[0].id
    return ExaminationService(db).save(
        actor, item_id, ExaminationRecord(kind=ExaminationKind.OPINION,
                                          title=Bilingual(kk="Домбыра", ru="Домбра")), None)


def _sign(db: Database, actor: Actor, app_id: int) -> object:
    key = Pkcs12Key(Path("never-opened.p12"), "-")  # refused before any key is read
    return ConclusionService(db).sign(actor, 10**6, key)


USES: dict[Action, Use] = {
    Action.VIEW: lambda db, a, _: RegistryService(db).count(a, RegistryQuery()),
    Action.REGISTER: lambda db, a, _: RegistrationService(db).register(a, application(
        individual(99))),
    Action.EDIT_APPLICANT: _edit_applicant,
    Action.REFUSE: lambda db, a, app: ConclusionService(db).refuse(a, app, "other",
                                                                   "неполный комплект"),
    Action.AGREE_RESULT: lambda db, a, app: WorkflowService(db).advance(
        a, app, "finish_examination"),
    Action.MANAGE_USERS: lambda db, a, _: UserService(db).create_user(
        a, NewUser("new-clerk", "Жаңа", Role.CLERK, "Long-enough-1")),
    Action.MANAGE_VOCABULARY: lambda db, a, _: VocabularyService(db).add(a, [Term(
        "material", "birch_bark", "қайың қабығы", "берёста", "birch bark")]),
    Action.READ_AUDIT: lambda db, a, _: AuditLogService(db).events(a),
    Action.MANAGE_CALENDAR: lambda db, a, _: CalendarService(db).add(
        a, date(2026, 9, 14), False, "Үкімет қаулысы / постановление Правительства"),
    Action.IMPORT_DOCUMENTS: _import,
    Action.RECORD_EXAMINATION: _record,
    Action.RENDER: lambda db, a, app: ConclusionService(db).draft(a, app),
    Action.SIGN: _sign,
    Action.REGISTER_RETURN: lambda db, a, app: ReturnService(db).register(
        a, app, [1], returned_on=date.today(), presented_by="A", place="B"),
    Action.DRAFT_CERTIFICATE: lambda db, a, app: CertificateService(db).draft(a, app),
    Action.READ_JOURNAL: lambda db, a, _: JournalService(db).count(a, JournalFilter()),
    Action.MANAGE_BACKUPS: lambda db, a, _: BackupService(db).last(a),
    Action.MANAGE_TRUST: lambda db, a, _: TrustStore(db).list_roots(a),
}


def test_every_action_has_its_cells() -> None:
    assert set(USES) == set(Action)

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
