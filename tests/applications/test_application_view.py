"""The application view: steps per role, a refusal on its ground, assignment, the history."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.refusals import RefusalGround
from desktop.domain.workflow import Status
from desktop.services.actor import Actor
from desktop.services.applications import ApplicationService
from desktop.services.conclusions import ConclusionService
from desktop.services.examination import ExaminationService
from desktop.storage.database import Database
from desktop.ui.application import ApplicationView
from desktop.ui.application.actions import RefuseDialog
from desktop.ui.application.view import Tab
from desktop.ui.kit.labels import refusal_ground_name, status_name
from tests.support.commission import seat_commission
from tests.support.desk import Case, make_case, settle
from tests.support.examination import complete
from tests.support.feedback import confirm
from tests.support.sessions import session_for, wait_for_writes, written

OpenView = Callable[[str, int], ApplicationView]


@pytest.fixture
def open_view(qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor]) -> OpenView:
    def make(user: str, application_id: int) -> ApplicationView:
        view = ApplicationView(session_for(sqlite_db, team[user]), application_id)
        qtbot.addWidget(view, before_close_func=lambda w: settle(qtbot, w))
        view.resize(1400, 850)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def test_the_steps_shown_depend_on_the_role(qtbot: QtBot, open_view: OpenView,
                                            sqlite_db: Database, team: dict[str, Actor],
                                            case: Case) -> None:
    member = open_view("member", case.application_id)
    assert member.action_bar.buttons == {}
    assert not member.action_bar.assign_combo.isVisibleTo(member)
    assert member.tabs.currentIndex() == Tab.EXAMINATION  # a member comes to examine

    chair = open_view("chair", case.application_id)
    assert set(chair.action_bar.buttons) == {"finish_examination", "refuse"}
    assert chair.action_bar.buttons["refuse"].text() == "Refuse…"
    assert chair.action_bar.assign_combo.isVisibleTo(chair)

    fresh = make_case(sqlite_db, team, serial=3, examine=False)
    clerk = open_view("clerk", fresh.application_id)
    assert set(clerk.action_bar.buttons) == {"complete_documents"}
    assert clerk.status_label.text() == status_name(Status.REGISTERED)
    assert clerk.tabs.currentIndex() == Tab.SUMMARY
    assert clerk.summary.values["iin_bin"].text() == clerk.detail.applicant.iin_bin  # type: ignore[union-attr]

    clerk.action_bar.buttons["complete_documents"].click()
    confirm(clerk.action_bar)  # no way back: asked first
    wait_for_writes(qtbot, clerk.session)
    assert clerk.detail is not None and clerk.detail.status == Status.DOCUMENTS_COMPLETE
    assert clerk.action_bar.buttons == {}  # starting the examination is for members
    assert clerk.info.text() == "Done: Documents are complete"


def test_a_refusal_asks_for_its_ground_and_drafts_the_letter(
        qtbot: QtBot, open_view: OpenView, sqlite_db: Database, team: dict[str, Actor],
        case: Case) -> None:
    seat_commission(sqlite_db, team)
    view = open_view("chair", case.application_id)
    changed: list[tuple[str, tuple[int, ...]]] = []
    view.session.changed.connect(lambda kind, ids: changed.append((kind, ids)))
    view.action_bar.buttons["refuse"].click()
    dialog = view.action_bar.reason_dialog
    assert isinstance(dialog, RefuseDialog) and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # no refusal without a ground
    grounds = [dialog.ground.itemText(i) for i in range(dialog.ground.count())]
    assert grounds == ["— choose the ground —", *map(refusal_ground_name, RefusalGround)]
    dialog.ground.setCurrentIndex(dialog.ground.findData("other"))
    assert not dialog.ok_button.isEnabled()  # another ground must be stated
    reasons = "Меншік құқығын растайтын құжат жоқ.\nНет документа о праве собственности."
    dialog.text.setPlainText(reasons)
    assert dialog.ok_button.isEnabled()
    dialog.ground.setCurrentIndex(dialog.ground.findData("documents_incomplete"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.status == Status.REFUSED)

    stored = ApplicationService(sqlite_db).detail(team["chair"], case.application_id)
    assert stored.status == Status.REFUSED
    assert stored.refusal_ground == RefusalGround.DOCUMENTS_INCOMPLETE
    assert stored.refusal_reasons == reasons
    assert view.status_label.text() == "Refused"
    assert view.summary.values["refusal_ground"].text() == \
        "The documents required for the service are incomplete"
    assert view.summary.values["refusal_reasons"].text() == reasons
    assert view.action_bar.buttons == {}  # a refused application has no further steps
    assert changed == [("application", (case.application_id,))]
    (letter,) = ConclusionService(sqlite_db).for_application(team["chair"], case.application_id)
    assert letter.ground == RefusalGround.DOCUMENTS_INCOMPLETE
    assert view.info.text().startswith(f"Refused; the refusal letter {letter.number} waits")
    assert view.history.action_texts()[-2:] == ["Refused", "Refusal letter drafted"]
    details = view.history.topLevelItem(view.history.topLevelItemCount() - 2).text(3)
    assert "Under examination → Refused" in details and "Меншік" in details


def test_cancelling_the_reasons_takes_no_step(open_view: OpenView, case: Case) -> None:
    view = open_view("chair", case.application_id)
    view.action_bar.buttons["refuse"].click()
    dialog = view.action_bar.reason_dialog
    assert dialog is not None
    dialog.text.setPlainText("жоқ")
    dialog.reject()
    assert view.detail is not None and view.detail.status == Status.UNDER_EXAMINATION


def test_an_incomplete_examination_is_explained(qtbot: QtBot, open_view: OpenView,
                                                sqlite_db: Database, team: dict[str, Actor],
                                                case: Case) -> None:
    service = ExaminationService(sqlite_db)
    service.save(team["chair"], case.item_ids[0], complete(material=()), None)
    view = open_view("chair", case.application_id)
    view.action_bar.buttons["finish_examination"].click()
    wait_for_writes(qtbot, view.session)
    text = view.message.text()
    assert view.message.isVisibleTo(view)
    assert "cannot be finished yet" in text
    assert "Item 1 «Домбыра №1»: Materials." in text
    assert "Item 2 «Домбыра №2»: no agreed result" in text
    assert "Traceback" not in text
    assert view.detail is not None and view.detail.status == Status.UNDER_EXAMINATION


def test_the_chair_assigns_a_member(qtbot: QtBot, open_view: OpenView, sqlite_db: Database,
                                    team: dict[str, Actor], case: Case) -> None:
    view = open_view("chair", case.application_id)
    combo = view.action_bar.assign_combo
    combo.setCurrentIndex(combo.findData(team["member2"].user_id))
    view.action_bar.assign_button.click()
    wait_for_writes(qtbot, view.session)
    assert view.assigned_label.text() == "Assigned: Петрова Анна"
    stored = ApplicationService(sqlite_db).detail(team["chair"], case.application_id)
    assert stored.assigned_member_id == team["member2"].user_id
    assert view.history.action_texts()[-1] == "Member assigned"
    last = view.history.topLevelItem(view.history.topLevelItemCount() - 1)
    assert last.text(3) == "Петрова Анна" and last.text(1) == "chair"


def test_a_change_made_elsewhere_meanwhile_is_a_clear_message(
        qtbot: QtBot, open_view: OpenView, sqlite_db: Database, team: dict[str, Actor],
        case: Case) -> None:
    view = open_view("chair", case.application_id)
    assert view.detail is not None
    ApplicationService(sqlite_db).assign(team["chair"], case.application_id,
                                         team["member"].user_id, view.detail.version)
    seat_commission(sqlite_db, team)
    assert not written(qtbot, view.session, view.refuse("other", "жоқ"))
    assert "changed application" in view.message.text()
    assert "meanwhile: check it and try once more." in view.message.text()
    # It was read again: the assignment made elsewhere shows, and the step can be retried.
    assert view.assigned_label.text() == "Assigned: Ахметов Ерболат"
    assert written(qtbot, view.session, view.refuse("other", "жоқ"))


def test_the_history_lists_the_events(open_view: OpenView, case: Case) -> None:
    view = open_view("member", case.application_id)
    assert view.history.action_texts() == [
        "Application registered", *["Pages imported"] * 3, "Documents complete",
        "Examination started",
    ]
    rows = [view.history.topLevelItem(i) for i in range(view.history.topLevelItemCount())]
    assert [r.text(1) for r in rows] == ["clerk"] * 5 + ["member"]
    assert rows[0].text(3) == case.number
    assert rows[1].text(3) == "scan #1: 1 page"
    assert rows[4].text(3) == "Registered → Documents complete"
    assert rows[5].text(3) == "Documents complete → Under examination"


def test_a_page_picked_in_the_documents_opens_in_the_viewer(
        qtbot: QtBot, open_view: OpenView, case: Case) -> None:
    view = open_view("member", case.application_id)
    view.tabs.setCurrentIndex(Tab.DOCUMENTS)
    with qtbot.waitSignal(view.viewer.pageChanged) as shown:
        view.documents.pageActivated.emit(case.page_ids[2])
    assert shown.args == [case.page_ids[2]]
    assert view.viewer.page_label.text() == "Page 3 of 3"
    # The form links the page the viewer shows.
    view.tabs.setCurrentIndex(Tab.EXAMINATION)
    pages = view.form.editor.pages
    assert pages.link_shown_button.isEnabled()
    pages.link_shown_button.click()
    assert view.form.state["pages"][0]["page_id"] == case.page_ids[2]
    with qtbot.waitSignal(view.viewer.pageChanged):
        view.viewer.show_index(0)
    pages.row_widgets(0)["page_id"].click()  # back to the linked page
    assert view.viewer.current_page_id() == case.page_ids[2]
    qtbot.keyClick(view.viewer.canvas, Qt.Key.Key_Home)
    assert view.viewer.current_page_id() == case.page_ids[0]
