"""The registered data against the scanned papers as read: a warning with both values, for the
clerk and the member, that changes nothing and blocks nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.crosscheck import Discrepancy, Field
from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.applications import ApplicationService
from desktop.services.documents import DocumentService
from desktop.services.page_text import PageTextService
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from desktop.ui.application import ApplicationView
from tests.support.factories import application, individual
from tests.support.sessions import session_for

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _register(db: Database, clerk: Actor, **applicant: object) -> int:
    data = application(applicant=individual(**applicant), items=1)
    return RegistrationService(db).register(clerk, data).application_id


def _scan_and_read(db: Database, clerk: Actor, app_id: int, page: Path) -> None:
    stored = DocumentService(db).import_files(clerk, app_id, [page], PageKind.ID, dpi=300)
    PageTextService(db).read_pages(clerk, stored.page_ids)


def test_the_papers_matching_the_registration_give_no_warning(
        db: Database, staff: dict[str, Actor], scanned: dict[str, Path]) -> None:
    clerk = staff["clerk"]
    app_id = _register(db, clerk, iin_bin="790305401184", surname="Ковалева",
                       birth_date=date(1979, 3, 5), id_document_number="038765432")
    _scan_and_read(db, clerk, app_id, scanned["ru"])
    assert PageTextService(db).discrepancies(staff["member"], app_id) == []


def test_an_iin_that_differs_is_shown_with_both_values(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], scanned: dict[str, Path]) -> None:
    clerk = staff["clerk"]
    app_id = _register(db, clerk, surname="Сәрсенбаева", id_document_number="041234567")
    registered = ApplicationService(db).detail(clerk, app_id).applicant.iin_bin
    _scan_and_read(db, clerk, app_id, scanned["kk"])

    assert PageTextService(db).discrepancies(clerk, app_id) == [
        Discrepancy(Field.IIN_BIN, registered, "850412403215", 1)]

    for who in ("clerk", "member"):
        view = ApplicationView(session_for(db, staff[who]), app_id)
        qtbot.addWidget(view)
        view.show()
        warning = view.papers_warning
        assert warning.isVisible()
        assert warning.text() == (
            "The scanned papers, as read, differ from the registered data. Check them; "
            "nothing was changed:\n"
            f"• IIN/BIN: registered {registered}, page 1 reads 850412403215")
        # a warning only: the registration stays as it was
        assert ApplicationService(db).detail(clerk, app_id).applicant.iin_bin == registered
