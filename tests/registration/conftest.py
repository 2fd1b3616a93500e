"""Fixtures for the registration form: a clerk, and the dialog shown on screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.ui.registration import RegistrationDialog
from tests.support.sessions import session_for
from tests.support.staff import actor_for


@pytest.fixture
def open_dialog(qtbot: QtBot, sqlite_db: Database) -> Callable[..., RegistrationDialog]:
    def make(actor: Actor | None = None) -> RegistrationDialog:
        dialog = RegistrationDialog(session_for(sqlite_db, actor or actor_for(sqlite_db,
                                                                              "clerk")))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make
