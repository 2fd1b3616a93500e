"""Fixtures for the examination tests: an application under examination, with two items."""

from __future__ import annotations

import pytest

from desktop.services.actor import Actor
from desktop.services.examination import ExaminationService
from desktop.storage.database import Database
from tests.support.examination import ExamApp, under_examination


@pytest.fixture
def service(db: Database) -> ExaminationService:
    return ExaminationService(db)


@pytest.fixture
def exam_app(db: Database, staff: dict[str, Actor]) -> ExamApp:
    return under_examination(db, staff)
