"""The journal of documents: the service's pages and filters, and the screen that opens,
verifies and saves an entry, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.roles import PermissionDenied
from desktop.services.conclusions import ConclusionService
from desktop.services.exports import ExportKind
from desktop.services.journal import JournalError, JournalFilter, JournalService
from desktop.storage.database import Database
from desktop.ui.conclusions.verify_dialog import VerifyDialog
from desktop.ui.journal import JournalWidget
from desktop.ui.journal.model import Column
from tests.support.commission import Commission, agreed_export, examined
from tests.support.sessions import session_for


@pytest.fixture
def documents(db: Database, staff, commission: Commission) -> dict[str, str]:
    """An issued conclusion (application 1) and a draft (application 2): their numbers."""
    issued = agreed_export(db, staff, commission, examined(db, staff, items=1))
    drafted = examined(db, staff, items=1, serial=2)
    service = ConclusionService(db)
    draft = service.draft(staff["member"], drafted)
    [conclusion] = [c for c in service.for_application(staff["chair"], issued)
                    if c.kind == ConclusionKind.CONCLUSION]
    return {"issued": conclusion.number, "draft": draft.number}


def test_the_journal_pages_and_filters(db: Database, staff, documents: dict[str, str]) -> None:
    journal = JournalService(db)
    everything = JournalFilter()
    total = journal.count(staff["admin"], everything)
    assert total >= 2
    page = journal.page(staff["member"], everything, 0, 1)
    rest = journal.page(staff["member"], everything, 1, total)
    assert len(page) == 1 and len(rest) == total - 1
    numbers = {e.number for e in page + rest}
    assert {documents["issued"], documents["draft"]} <= numbers

    drafts = journal.page(staff["chair"], JournalFilter(
        statuses=frozenset({ConclusionStatus.DRAFT})), 0, 100)
    assert [e.number for e in drafts if e.kind == ConclusionKind.CONCLUSION] == \
        [documents["draft"]]
    [issued] = journal.page(staff["chair"], JournalFilter(
        kinds=frozenset({ConclusionKind.CONCLUSION}),
        statuses=frozenset({ConclusionStatus.ISSUED})), 0, 100)
    assert issued.number == documents["issued"]
    assert issued.signed == len(issued.signers) == 3
    assert issued.languages == ("kk", "ru")
    assert journal.count(staff["admin"], JournalFilter(start=date(2001, 1, 1),
                                                       end=date(2001, 12, 31))) == 0

    with pytest.raises(PermissionDenied):
        journal.count(staff["clerk"], everything)
    with pytest.raises(JournalError) as refused:
        JournalFilter(start=date(2026, 2, 1), end=date(2026, 1, 1))
    assert refused.value.reason == "period"


def _journal(qtbot: QtBot, db: Database, actor) -> JournalWidget:
    widget = JournalWidget(session_for(db, actor))
    qtbot.addWidget(widget)
    widget.start.setDate(QDate(2000, 1, 1))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_screen_opens_verifies_saves_and_exports(qtbot: QtBot, db: Database, staff,
                                                    documents: dict[str, str],
                                                    tmp_path: Path) -> None:
    widget = _journal(qtbot, db, staff["admin"])
    assert widget.model.total >= 2
    assert widget.total_label.text() == f"{widget.model.total} documents"
    assert widget.heading.text() == "Choose a document in the journal."
    assert not widget.verify_button.isEnabled()

    # Only the issued ones: the draft leaves the table.
    widget.status.setCurrentIndex(widget.status.findData(ConclusionStatus.ISSUED))
    widget.status.activated.emit(widget.status.currentIndex())
    shown = {widget.model.row_at(r).number for r in range(widget.model.rowCount())}
    assert documents["issued"] in shown and documents["draft"] not in shown

    assert widget.select_number(documents["issued"])
    row = widget.view.currentIndex().row()
    assert widget.model.index(row, Column.SIGNATURES).data() == "3 of 3"
    assert documents["issued"] in widget.heading.text() and "issued" in widget.heading.text()
    assert widget.signers.text().count("signed") == 3
    assert widget.language.count() == 2
    assert widget.preview.page_count >= 2  # the PDF in the preview

    dialog = widget.verify()
    assert isinstance(dialog, VerifyDialog)
    assert dialog.operation is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert dialog.report is not None and dialog.report.ok
    assert dialog.table.rowCount() == 3
    assert dialog.verdict.text().startswith("Valid")
    dialog.close()

    target = tmp_path / "saved.pdf"
    assert widget.save_to(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert widget.info.text() == f"Saved to {target}"
    assert not widget.save_to(tmp_path / "no-such-folder" / "x.pdf")
    assert widget.message.text().startswith("Not saved.")

    export = widget.export()
    assert export.kind.currentData() == ExportKind.JOURNAL.value
    assert export.start.date() == QDate(2000, 1, 1)
    export.close()

    with qtbot.waitSignal(widget.openRequested) as opened:
        widget.open_button.click()
    assert opened.args == [widget.current.application_id]


def test_a_period_that_ends_before_it_starts_is_refused_in_words(qtbot: QtBot, db: Database,
                                                                staff) -> None:
    widget = _journal(qtbot, db, staff["member"])
    widget.end.setDate(QDate(1999, 1, 1))
    assert widget.message.text() == "The period ends (01.01.1999) before it starts (01.01.2000)."
