"""Fixtures for document tests: a registered application and the service."""

from __future__ import annotations

import pytest

from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.registration import Registered, RegistrationService
from desktop.storage.database import Database
from tests.support.factories import application


@pytest.fixture
def registered(db: Database, staff: dict[str, Actor]) -> Registered:
    return RegistrationService(db).register(staff["clerk"], application(items=2))


@pytest.fixture
def app_id(registered: Registered) -> int:
    return registered.application_id


@pytest.fixture
def service(db: Database) -> DocumentService:
    return DocumentService(db)
