"""Registering applications: numbers, deadlines, validation and the applicant registry."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.domain.drafts import ValidationFailed
from desktop.domain.roles import PermissionDenied
from desktop.models.applicant import Applicant
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.services import settings
from desktop.services.applicants import LocalApplicantRegistry
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application, company, individual


def test_register_assigns_number_and_akmola_deadline(db: Database, staff) -> None:
    service = RegistrationService(db)
    # Received on Friday 20 March 2026, just before Nauryz (23–25 March are days off).
    done = service.register(staff["clerk"], application(received=date(2026, 3, 20)))
    assert done.number == "AKM-2026-00001"
    assert done.result_due == date(2026, 4, 8)
    assert done.preliminary_due is None
    second = service.register(staff["clerk"], application(individual(2), date(2026, 3, 21)))
    assert second.number == "AKM-2026-00002"
    with db.read() as s:
        app = s.get(Application, done.application_id)
        assert app is not None
        assert [i.name for i in app.items] == ["Домбыра №1", "Домбыра №2"]
        assert app.status == "registered"
        event = s.execute(
            select(AuditEvent).where(AuditEvent.action == "application.register")
        ).scalars().first()
        assert event is not None and event.after["number"] == "AKM-2026-00001"
        assert event.username == "clerk"


def test_zhambyl_profile_gives_preliminary_and_result_deadlines(db: Database, staff) -> None:
    with db.write() as s:
        settings.set_region(s, "zhambyl")
    done = RegistrationService(db).register(
        staff["clerk"], application(company(), received=date(2026, 2, 16))
    )
    assert done.number == "ZHB-2026-00001"
    assert done.preliminary_due == date(2026, 2, 23)
    assert done.result_due == date(2026, 3, 26)  # 23 March falls in Nauryz


def test_numbers_restart_each_year(db: Database, staff) -> None:
    service = RegistrationService(db)
    a = service.register(staff["clerk"], application(received=date(2025, 12, 30)))
    b = service.register(staff["clerk"], application(individual(3), date(2026, 1, 5)))
    assert (a.number, b.number) == ("AKM-2025-00001", "AKM-2026-00001")


def test_invalid_application_lists_every_problem_and_stores_nothing(db: Database, staff) -> None:
    bad = application(individual(iin_bin="791028302729", surname=""), items=0)
    bad.destination_country = "KZ"
    with pytest.raises(ValidationFailed) as caught:
        RegistrationService(db).register(staff["clerk"], bad)
    fields = {p.field: p.code for p in caught.value.problems}
    assert fields == {
        "applicant.iin_bin": "check_digit",
        "applicant.surname": "required",
        "items": "required",
        "destination_country": "domestic",
    }
    assert "check digit is 9, expected 8" in str(caught.value)
    with db.read() as s:
        assert s.execute(select(func.count(Application.id))).scalar() == 0
        assert s.execute(select(func.count(Applicant.id))).scalar() == 0


def test_only_a_clerk_registers(db: Database, staff) -> None:
    for role in ("member", "chair", "admin"):
        with pytest.raises(PermissionDenied, match=f"'{staff[role].role}' may not perform "
                                                   "'register'"):
            RegistrationService(db).register(staff[role], application())


def test_known_applicant_is_found_and_updated(db: Database, staff) -> None:
    registry = LocalApplicantRegistry(db)
    person = individual(7)
    assert registry.lookup(person.iin_bin) is None
    RegistrationService(db).register(staff["clerk"], application(person))
    known = registry.lookup(person.iin_bin)
    assert known is not None and known.surname == "Әлмұханұлы"
    known.phones = "+7 777 111 22 33"
    RegistrationService(db).register(staff["clerk"], application(known))
    with db.read() as s:
        assert s.execute(select(func.count(Applicant.id))).scalar() == 1
        row = s.execute(select(Applicant)).scalar_one()
        assert row.phones == "+7 777 111 22 33"
        update = s.execute(
            select(AuditEvent).where(AuditEvent.action == "applicant.update")
        ).scalar_one()
        assert update.before["phones"] == "+7 701 000 00 00"
        assert update.after["phones"] == "+7 777 111 22 33"


def test_applicant_correction_is_versioned_and_searchable(db: Database, staff) -> None:
    from desktop.domain.errors import ConflictError
    from desktop.services.applicants import ApplicantService
    from desktop.services.registry import RegistryQuery, RegistryService

    RegistrationService(db).register(staff["clerk"], application(individual(5)))
    service = ApplicantService(db)
    corrected = individual(5, surname="Әлмұханова", given_name="Айгерім")
    assert service.update(staff["clerk"], corrected, expected_version=1) == 2
    with pytest.raises(ConflictError, match="changed by someone else"):
        service.update(staff["clerk"], individual(5, phones="+7 700 1"), expected_version=1)
    found = RegistryService(db).page(staff["clerk"], RegistryQuery(text="ӘЛМҰХАНОВА"), 0, 10)
    assert [r.applicant for r in found] == ["Әлмұханова Айгерім Серікұлы"]
    with db.read() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "applicant.update")
                          .order_by(AuditEvent.seq.desc())).scalars().first()
    assert event.before == {"surname": "Әлмұханұлы", "given_name": "Болат"}
    assert event.after == {"surname": "Әлмұханова", "given_name": "Айгерім"}
