"""The Conclusion tab's rules of the regulation: the required documents with the
chairperson's override, and who took part (the quorum counted in the dialog)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.domain.documents import PageKind
from desktop.domain.seats import SeatKind
from desktop.models.user import CommissionSeat
from desktop.services.applications import ApplicationService
from desktop.services.conclusions import ConclusionService
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from desktop.ui.conclusions import ConclusionPanel
from tests.support.commission import Commission, examined
from tests.support.examination import (
    add_pages,
    complete_examination,
    under_examination,
    word_application,
)
from tests.support.sessions import session_for


def _panel(qtbot: QtBot, db: Database, actor, app_id: int) -> ConclusionPanel:
    panel = ConclusionPanel(session_for(db, actor), app_id)
    qtbot.addWidget(panel)
    panel.reload(ApplicationService(db).detail(actor, app_id).status)
    return panel


def test_the_chairperson_drafts_without_a_missing_document_for_a_written_reason(
        qtbot: QtBot, db: Database, staff, commission: Commission) -> None:
    app = under_examination(db, staff, items=1)
    add_pages(db, app.application_id, (PageKind.FORM, PageKind.ID))
    complete_examination(db, staff, app.application_id)
    word_application(db, staff, app.application_id)
    WorkflowService(db).advance(staff["chair"], app.application_id, "finish_examination")
    member = _panel(qtbot, db, staff["member"], app.application_id)
    box = member.requirements
    assert box.isVisibleTo(member)
    assert box.lines.text().splitlines() == [
        "✓ Application (Annex 4)", "✓ Copy of the passport or ID card",
        "✗ Photographs of the items: no scanned page"]
    assert not box.override_button.isVisibleTo(member)  # a member may not override
    op = member.draft()
    qtbot.waitUntil(lambda: not op.running, timeout=30_000)
    assert member.message.text().startswith("The conclusion cannot be drafted yet: these "
                                            "documents have no scanned page.")
    assert member.message.text().endswith("\n— Photographs of the items")

    chair = _panel(qtbot, db, commission.chair, app.application_id)
    assert chair.requirements.override_button.isVisibleTo(chair)
    dialog = chair.requirements.ask_reason()
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setPlainText("Суреттер отырыста тексерілді")
    assert ok.isEnabled()
    with qtbot.waitSignal(chair.session.changed, timeout=20_000):
        dialog.accept()
    chair.reload(ApplicationService(db).detail(commission.chair, app.application_id).status)
    lines = chair.requirements.lines.text().splitlines()
    assert lines[2] == "• Photographs of the items: no scanned page; drafted without it"
    assert lines[3].startswith(f"The chairperson {commission.chair.full_name} allowed it on ")
    assert lines[3].endswith(": Суреттер отырыста тексерілді")
    assert not chair.requirements.override_button.isVisibleTo(chair)
    with qtbot.waitSignal(chair.session.changed, timeout=30_000):
        chair.draft()
    assert ConclusionService(db).for_application(staff["clerk"], app.application_id)


def test_the_chairperson_says_who_took_part(qtbot: QtBot, db: Database, staff,
                                           commission: Commission) -> None:
    with db.write() as s:
        s.add(CommissionSeat(region="akmola", user_id=staff["chair"].user_id,
                             seat=SeatKind.MEMBER, since=date(2020, 1, 1)))
    app_id = examined(db, staff, items=1)
    ConclusionService(db).draft(staff["member"], app_id)
    panel = _panel(qtbot, db, commission.chair, app_id)
    row = panel.attendance
    assert row.isVisibleTo(panel) and row.button.isVisibleTo(panel)
    assert row.absent.text() == ""
    dialog = row.ask()
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.quorum.text() == "3 of 3 members take part; the quorum is 2."
    assert not ok.isEnabled()  # nothing changed yet
    boxes = list(dialog.boxes.values())
    boxes[2].setChecked(False)
    assert dialog.quorum.text() == "2 of 3 members take part; the quorum is 2."
    assert ok.isEnabled()
    boxes[1].setChecked(False)
    assert dialog.quorum.text().endswith("No quorum.") and not ok.isEnabled()
    boxes[1].setChecked(True)
    dialog.note.setText("демалыста")
    with qtbot.waitSignal(panel.session.changed, timeout=30_000):
        dialog.accept()
    panel.reload(ApplicationService(db).detail(commission.chair, app_id).status)
    assert panel.attendance.absent.text() == f"Absent: {staff['chair'].full_name}"
    assert staff["chair"].full_name not in panel.signers.text()

    member = _panel(qtbot, db, staff["member"], app_id)
    assert member.attendance.absent.text() == f"Absent: {staff['chair'].full_name}"
    assert not member.attendance.button.isVisibleTo(member)
