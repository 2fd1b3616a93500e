"""A small registry to show: eleven people and a company, received at known days before
:data:`TODAY`, so deadline levels never drift."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.services.actor import Actor
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application, company, individual

__all__ = ["APPLICATIONS", "COMPANY_RECEIVED", "PEOPLE", "TODAY", "fill_registry"]

TODAY = date(2025, 3, 3)
"""The day the registry is looked at in these tests, so deadline levels never drift."""

PEOPLE: list[tuple[str, str, date]] = [
    # (surname, given name, received): from long overdue to received "today".
    ("Қасымова", "Әйгерім", TODAY - timedelta(days=60)),
    ("Иванов", "Сергей", TODAY - timedelta(days=45)),
    ("Өтепова", "Ұлжан", TODAY - timedelta(days=35)),
    ("Ахметов", "Ерболат", TODAY - timedelta(days=28)),
    ("Жұмабаев", "Ерлан", TODAY - timedelta(days=21)),
    ("Смирнова", "Елена", TODAY - timedelta(days=15)),
    ("Ілиясов", "Мұрат", TODAY - timedelta(days=14)),
    ("Нұрғалиев", "Дәурен", TODAY - timedelta(days=12)),
    ("Бекова", "Сәуле", TODAY - timedelta(days=8)),
    ("Ким", "Виктор", TODAY - timedelta(days=5)),
    ("Әбенова", "Гүлнұр", TODAY - timedelta(days=2)),
]
COMPANY_RECEIVED = TODAY - timedelta(days=1)
APPLICATIONS = len(PEOPLE) + 1


def fill_registry(db: Database, clerk: Actor) -> Database:
    """Register the twelve applications, received before :data:`TODAY`; *db* back."""
    service = RegistrationService(db)
    for serial, (surname, given_name, received) in enumerate(PEOPLE, start=1):
        applicant = individual(serial, surname=surname, given_name=given_name, patronymic="")
        service.register(clerk, application(applicant, received=received, items=serial % 3 + 1))
    service.register(clerk, application(company(1), received=COMPANY_RECEIVED))
    return db
