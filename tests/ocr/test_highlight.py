"""The registry's choice "In scanned papers", and the viewer marking the words found."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.page_text import PageTextService
from desktop.services.registration import Registered
from desktop.storage.database import Database
from desktop.ui.registry import RegistryWidget
from desktop.ui.viewer import ScanViewer
from tests.support.desk import settle
from tests.support.sessions import session_for

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def read_page(db: Database, staff: dict[str, Actor], registered: Registered,
              scanned: dict[str, Path]) -> int:
    clerk = staff["clerk"]
    [page_id] = DocumentService(db).import_files(clerk, registered.application_id,
                                                 [scanned["kk"]], PageKind.FORM,
                                                 dpi=300).page_ids
    PageTextService(db).read_pages(clerk, [page_id])
    return page_id


def test_the_registry_searches_the_scans_when_asked(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], registered: Registered,
        read_page: int) -> None:
    widget = RegistryWidget(session_for(db, staff["member"]))
    qtbot.addWidget(widget)
    widget.search.setText("ыстамбұл")
    widget.apply_filters()
    qtbot.waitUntil(lambda: widget.model.total == 0, timeout=10_000)
    assert widget.scan_search() == ""

    widget.in_scans.setChecked(True)  # runs the search again, now in the scans

    qtbot.waitUntil(lambda: widget.model.total == 1, timeout=10_000)
    assert widget.in_scans.text() == "In scanned papers"
    assert widget.scan_search() == "ыстамбұл"


def test_the_viewer_marks_the_words_found_on_the_page(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], registered: Registered,
        read_page: int) -> None:
    viewer = ScanViewer(session_for(db, staff["member"]))
    qtbot.addWidget(viewer, before_close_func=lambda w: settle(qtbot, w))
    viewer.resize(1366, 768)
    viewer.show()
    viewer.set_application(registered.application_id)

    viewer.highlight("Сәрсенбаева")

    qtbot.waitUntil(lambda: read_page in viewer.found, timeout=10_000)
    assert viewer.found[read_page] == 2  # the applicant's line and the signature's
    marks = viewer.canvas.marks
    assert len(marks) == 2
    tops = sorted(m.rect().top() for m in marks)
    assert tops[0] < 500 and tops[1] > 1000  # the second line and the last one

    viewer.highlight("")
    assert viewer.canvas.marks == []
