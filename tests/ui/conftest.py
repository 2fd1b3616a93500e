"""Fixtures for the interface tests: private Qt settings and a small registry to show."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.services.actor import Actor
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from desktop.ui.app import configure_application
from desktop.ui.kit.language import apply_language
from tests.conftest import actor_for
from tests.factories import application, company, individual

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


@pytest.fixture(autouse=True)
def qt_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """Each test gets its own, empty QSettings folder (Qt caches the XDG path once)."""
    folder = tmp_path / "qt-settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    configure_application()
    # English, whatever the machine's language: the tests read the English texts, and the
    # English translation gives them their plural forms ("1 application").
    apply_language(qapp, "en")
    yield folder
    apply_language(qapp, "en")  # a test that switched language leaves none behind


@pytest.fixture
def clerk(sqlite_db: Database) -> Actor:
    return actor_for(sqlite_db, "clerk")


@pytest.fixture
def registry_db(sqlite_db: Database, clerk: Actor) -> Database:
    """The seeded database with twelve applications received before :data:`TODAY`."""
    service = RegistrationService(sqlite_db)
    for serial, (surname, given_name, received) in enumerate(PEOPLE, start=1):
        applicant = individual(serial, surname=surname, given_name=given_name, patronymic="")
        service.register(clerk, application(applicant, received=received, items=serial % 3 + 1))
    service.register(clerk, application(company(1), received=COMPANY_RECEIVED))
    return sqlite_db


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated database without any account."""
    db = Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    db.migrate()
    yield db
    db.dispose()
