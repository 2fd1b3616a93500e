"""Feedback after every act: a banner on the document that stays, the status bar's words
after the reload, a confirmation before a step with no way back, and the start page's
lists opening where the work is."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from desktop.domain.conclusions import ConclusionStatus
from desktop.domain.workflow import Status
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionService
from desktop.storage.database import Database
from desktop.ui.application.view import Tab
from desktop.ui.conclusions.banner import DocumentBanner
from desktop.ui.kit.theme import Tone
from desktop.ui.main_window import MainWindow
from tests.support.commission import Commission, examined
from tests.support.desk import make_case, settle
from tests.support.feedback import confirm
from tests.support.sessions import session_for, wait_for_writes


def _window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(session_for(db, actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_conclusion_tab_says_what_the_document_is_and_what_was_done(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], commission: Commission) -> None:
    app_id = examined(db, staff, items=1)
    first, second = commission.members
    window = _window(qtbot, db, first)
    view = window.open_application(app_id)
    view.tabs.setCurrentIndex(Tab.CONCLUSION)
    panel = view.conclusions
    assert not panel.banner.isVisibleTo(panel)  # nothing drafted yet

    panel.draft()
    wait_for_writes(qtbot, window.session)
    number = panel.current.number if panel.current else ""
    assert panel.banner.text() == "Draft: nobody has signed it yet."
    assert panel.banner.tone == Tone.NOTE and panel.banner.isVisibleTo(panel)
    # The act's words outlive the reload that followed it.
    assert window.statusBar().currentMessage() == (
        f"Conclusion {number} drafted; the members sign first, the chairperson last.")

    panel.sign(commission.keys["member"])
    wait_for_writes(qtbot, window.session)
    assert window.statusBar().currentMessage() == f"Signed. {number} is being signed."
    assert panel.banner.text() == ("Being signed: 1 of 3 signatures; still to sign: "
                                   f"{second.full_name}, {commission.chair.full_name}.")
    assert panel.banner.tone == Tone.WARNING

    service = ConclusionService(db)
    assert panel.current is not None
    service.sign(second, panel.current.id, commission.keys["member2"])
    service.sign(commission.chair, panel.current.id, commission.keys["chair"])
    view.reload()
    assert panel.banner.text() == "Signed by everyone; checking the signatures…"
    qtbot.waitUntil(panel.is_idle, timeout=30_000)  # checked off the GUI thread
    assert panel.banner.text() == "Signed and valid: every signature holds."
    assert panel.banner.tone == Tone.SUCCESS
    view.reload()  # once per version: the answer is kept
    assert panel.is_idle() and panel.banner.tone == Tone.SUCCESS
    settle(qtbot, window)


def test_the_banner_names_every_state(qtbot: QtBot, db: Database, staff: dict[str, Actor],
                                      commission: Commission) -> None:
    app_id = examined(db, staff, items=1)
    drafted = ConclusionService(db).draft(commission.members[0], app_id)
    banner = DocumentBanner()
    qtbot.addWidget(banner)
    expected = {
        ConclusionStatus.SUPERSEDED: ("Superseded by a correction: this document is no "
                                      "longer in force.", Tone.WARNING),
        ConclusionStatus.CANCELLED: ("Cancelled: this document is not in force.", Tone.HINT),
    }
    for status, (text, tone) in expected.items():
        banner.show_document(replace(drafted, status=status), None)
        assert (banner.text(), banner.tone) == (text, tone)
    issued = replace(drafted, status=ConclusionStatus.ISSUED)
    banner.show_document(issued, False)
    assert banner.tone == Tone.ERROR and "not every signature holds" in banner.text()
    banner.show_document(replace(drafted, status=ConclusionStatus.CLOSED), True)
    assert banner.text() == ("Signed and valid: every signature holds. The export is "
                             "closed: the items are back.")
    banner.show_document(None, None)
    assert banner.isHidden()


def test_documents_complete_is_confirmed_first(qtbot: QtBot, sqlite_db: Database,
                                               team: dict[str, Actor]) -> None:
    fresh = make_case(sqlite_db, team, serial=3, examine=False)
    window = _window(qtbot, sqlite_db, team["clerk"])
    view = window.open_application(fresh.application_id)
    view.action_bar.buttons["complete_documents"].click()
    box = view.action_bar.confirmation
    assert box is not None and "cannot be taken back" in box.text()
    assert box.defaultButton().text() == "Not yet"
    confirm(view.action_bar, yes=False)
    assert window.session.idle() and view.detail is not None
    assert view.detail.status == Status.REGISTERED  # nothing was taken

    view.action_bar.buttons["complete_documents"].click()
    confirm(view.action_bar)
    wait_for_writes(qtbot, window.session)
    assert view.detail.status == Status.DOCUMENTS_COMPLETE
    assert window.statusBar().currentMessage() == (
        f"{fresh.number}: Done: Documents are complete")
    settle(qtbot, window)


def test_the_start_page_opens_the_conclusion_to_sign_and_shows_only_fillable_boxes(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], commission: Commission) -> None:
    app_id = examined(db, staff, items=1)
    service = ConclusionService(db)
    drafted = service.draft(commission.members[0], app_id)
    clerk = _window(qtbot, db, staff["clerk"])
    assert not clerk.start.boxes[1].isVisibleTo(clerk.start)  # a clerk never signs
    assert clerk.start.boxes[0].isVisibleTo(clerk.start)
    settle(qtbot, clerk)

    window = _window(qtbot, db, commission.chair)
    qtbot.waitUntil(window.start.is_idle)  # the lists are read on a worker thread
    waiting = window.start.to_sign
    assert window.start.boxes[1].isVisibleTo(window.start)
    # Not yet the chairperson's turn (the members sign first): not waiting for them.
    assert waiting.topLevelItemCount() == 0
    service.sign(commission.members[0], drafted.id, commission.keys["member"])
    service.sign(commission.members[1], drafted.id, commission.keys["member2"])
    window.start.refresh()
    qtbot.waitUntil(window.start.is_idle)
    assert waiting.topLevelItemCount() == 1
    waiting.itemActivated.emit(waiting.topLevelItem(0), 0)
    view = window.application_views()[0]
    assert view.application_id == app_id and view.tabs.currentIndex() == Tab.CONCLUSION
    assert view.conclusions.sign_button.isEnabled()
    settle(qtbot, window)
