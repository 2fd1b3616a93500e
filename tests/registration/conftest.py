"""Fixtures for the registration form: a clerk, and the dialog shown on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.ui.app import configure_application
from desktop.ui.kit.language import apply_language
from desktop.ui.registration import RegistrationDialog
from tests.conftest import actor_for
from tests.support.sessions import session_for


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The interface in English, so texts and country names are predictable.

    The test gets its own settings folder, so the language chosen is never the developer's.
    """
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qt-settings"))
    configure_application()
    apply_language(qapp, "en")
    yield
    apply_language(qapp, "en")  # a test that switched language leaves none behind


@pytest.fixture
def clerk(sqlite_db: Database) -> Actor:
    return actor_for(sqlite_db, "clerk")


@pytest.fixture
def open_dialog(qtbot: QtBot, sqlite_db: Database, english: None
                ) -> Callable[..., RegistrationDialog]:
    def make(actor: Actor | None = None) -> RegistrationDialog:
        dialog = RegistrationDialog(session_for(sqlite_db, actor or actor_for(sqlite_db,
                                                                              "clerk")))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make
