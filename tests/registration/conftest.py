"""Fixtures for the registration form: a clerk, and the dialog shown on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.ui.registration import RegistrationDialog
from tests.conftest import actor_for


@pytest.fixture
def english() -> Iterator[None]:
    """The interface locale, so country names are predictable; restored afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def clerk(sqlite_db: Database) -> Actor:
    return actor_for(sqlite_db, "clerk")


@pytest.fixture
def open_dialog(qtbot: QtBot, sqlite_db: Database, english: None
                ) -> Callable[..., RegistrationDialog]:
    def make(actor: Actor | None = None) -> RegistrationDialog:
        dialog = RegistrationDialog(sqlite_db, actor or actor_for(sqlite_db, "clerk"))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make
