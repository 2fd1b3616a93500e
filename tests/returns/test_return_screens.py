"""The return screens on a real export: the tracking list, the Return tab, the comparison."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

from PIL import Image
from pytestqt.qtbot import QtBot

from desktop.domain.conclusions import ConclusionKind
from desktop.domain.documents import PageKind
from desktop.domain.examination_rules import (
    Dimension,
    ExaminationKind,
    LengthUnit,
    Measurement,
    PageLink,
    PageRole,
)
from desktop.domain.returns import CheckResult, ExportState, ReturnOutcome
from desktop.domain.workflow import Status
from desktop.services.actor import Actor
from desktop.services.demo_images import demo_images
from desktop.services.documents import DocumentService
from desktop.services.examination import ExaminationService
from desktop.services.returns import ReturnService
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from desktop.ui.application.view import Tab
from desktop.ui.main_window import MainWindow
from desktop.ui.returns.comparison import ComparisonDialog
from desktop.ui.returns.tracking import export_state_name
from tests.support.commission import Commission, abroad_since, agreed_export
from tests.support.examination import complete, under_examination
from tests.support.sessions import session_for, wait_for_writes, written

TODAY = date.today()


def _photos() -> list[Image.Image]:
    return [Image.open(io.BytesIO(d.data)) for d in demo_images() if d.kind == PageKind.PHOTO]


def _overdue_export(db: Database, staff: dict[str, Actor], commission: Commission) -> int:
    """Two items examined with photos, agreed and issued, and due back five days ago."""
    app = under_examination(db, staff, items=2, scanned=True)
    photos = DocumentService(db).import_images(staff["clerk"], app.application_id,
                                               _photos()[:2], PageKind.PHOTO).page_ids
    exams = ExaminationService(db)
    for item_id, page in zip(app.item_ids, photos, strict=True):
        exams.save(staff["chair"], item_id, complete(pages=(
            PageLink(page, PageRole.OVERALL, shows_scale=True, for_annex=True),)), None)
    WorkflowService(db).advance(staff["chair"], app.application_id, "finish_examination")
    agreed_export(db, staff, commission, app.application_id)
    abroad_since(db, app.application_id, TODAY - timedelta(days=90),
                 TODAY - timedelta(days=5))
    return app.application_id


def test_an_overdue_export_is_returned_and_checked_on_screen(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], commission: Commission) -> None:
    app_id = _overdue_export(db, staff, commission)
    clerk, member = staff["clerk"], commission.members[0]

    window = MainWindow(session_for(db, clerk))
    qtbot.addWidget(window)
    tracking = window.tracking
    assert tracking.model.rowCount() == 0  # nothing is read before the tab is shown
    window.show()
    window.tabs.setCurrentWidget(tracking)
    assert tracking.model.rowCount() == 1
    assert tracking.model.row_at(0).state == ExportState.OVERDUE
    overdue = next(i for i in range(tracking.filter.count())
                   if tracking.filter.itemText(i).startswith(
                       export_state_name(ExportState.OVERDUE)))
    assert tracking.filter.itemText(overdue).endswith("(1)")
    assert "5 days overdue" in tracking.model.index(0, 6).data()
    tracking.view.activated.emit(tracking.model.index(0, 0))
    view = window.application_views()[0]
    assert view.tabs.isTabVisible(Tab.RETURN)
    panel = view.returns

    dialog = panel.register_return()
    qtbot.addWidget(dialog)
    dialog.place.setText("Көкшетау")
    dialog.accept()  # nobody named as presenting them: refused, nothing lost
    wait_for_writes(qtbot, window.session)
    assert dialog.isVisible() and "who presented" in dialog.message.text()
    dialog.presented_by.setText("Сейітов Арман")
    dialog.accept()
    wait_for_writes(qtbot, window.session)
    assert not dialog.isVisible()
    assert [r.outcome for r in panel.rows] == [ReturnOutcome.RETURNED] * 2
    window.tabs.setCurrentWidget(tracking)  # read again once shown: every item is back
    assert tracking.model.row_at(0).state == ExportState.RETURNED

    member_window = MainWindow(session_for(db, member))
    qtbot.addWidget(member_window)
    member_window.show()
    mine = member_window.open_application(app_id)
    assert mine.documents.kinds == (PageKind.RETURN_PHOTO,)
    assert mine.documents.import_action.isVisible()
    first, second = (r.item_id for r in mine.returns.rows)
    retaken = _photos()[0].rotate(90, expand=True)
    swapped = _photos()[3]
    new = DocumentService(db).import_images(member, app_id, [retaken, swapped],
                                            PageKind.RETURN_PHOTO).page_ids
    mine.reload()
    form = mine.form
    form.open_item(first, force=True)
    assert form.choice is not None and form.choice.kind == ExaminationKind.RETURN
    assert form.choice.editable
    exams = ExaminationService(db)
    record = complete(ExaminationKind.RETURN, recommendation=None, cultural_value=None)
    exams.save(member, first, replace(record, pages=(PageLink(new[0], PageRole.OVERALL),)),
               None)
    shorter = replace(record, pages=(PageLink(new[1], PageRole.OVERALL),), measurements=(
        Measurement(Dimension.LENGTH, 80.0, LengthUnit.CM),
        Measurement(Dimension.WIDTH, 21.0, LengthUnit.CM)))
    exams.save(member, second, shorter, None)
    mine.reload()

    mine.returns.select_item(second)
    comparison = mine.returns.compare()
    assert isinstance(comparison, ComparisonDialog)  # it deletes itself when closed
    qtbot.waitUntil(lambda: comparison.similarity is not None, timeout=15_000)
    assert comparison.similarity is not None and comparison.similarity.differs
    table = comparison.table
    rows = {table.item(r, 0).text(): table.item(r, 0).font().bold()
            for r in range(table.rowCount())}
    assert rows["Dimensions"] is True and rows["Materials"] is False
    comparison.differs.setChecked(True)
    # A difference needs a note.
    assert not written(qtbot, comparison.session, comparison.save())
    comparison.note.editors["kk"].setPlainText("Басқа домбыра қайтарылды: қысқа, ағашы басқа")
    comparison.note.editors["ru"].setPlainText("Вернули другую домбру: короче, другое дерево")
    assert written(qtbot, comparison.session, comparison.save())

    mine.returns.select_item(first)
    again = mine.returns.compare()
    assert isinstance(again, ComparisonDialog)
    qtbot.waitUntil(lambda: again.similarity is not None, timeout=15_000)
    assert again.similarity is not None and not again.similarity.differs
    again.matches.setChecked(True)
    assert written(qtbot, again.session, again.save())
    mine.reload()
    verdicts = {r.item_id: r.check_result for r in ReturnService(db).items(member, app_id)}
    assert verdicts == {first: CheckResult.MATCHES, second: CheckResult.DIFFERS}

    assert mine.returns.act_button.isEnabled()
    drafting = mine.returns.draft_act()  # rendered off the GUI thread
    assert written(qtbot, mine.session, drafting, timeout=30_000)
    assert "drafted" in mine.returns.info.text()
    assert "Return act" in mine.conclusions.list.item(1).text()
    acts = [c for c in mine.conclusions.summaries if c.kind == ConclusionKind.RETURN_ACT]
    assert acts and acts[0].agreed is False
    assert not mine.returns.cancel_button.isHidden()
    assert mine.detail is not None and mine.detail.status == Status.ISSUED_AGREED
