"""The Return tab writes each note in Kazakh and in Russian side by side, says which one the
return act still lacks, and takes the other language afterwards."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.languages import Bilingual
from desktop.domain.returns import CheckResult, ReturnOutcome
from desktop.services.actor import Actor
from desktop.services.returns import ReturnService
from desktop.storage.database import Database
from desktop.ui.kit.language_editors import BilingualEdit
from desktop.ui.main_window import MainWindow
from desktop.ui.returns.comparison import ComparisonDialog
from desktop.ui.returns.dialogs import LossDialog, NoteDialog, RegisterReturnDialog
from tests.returns.test_return_notes import BACK, DIFFERS, LOSS, _examine_on_return
from tests.support.backends import sqlite_db_url  # noqa: F401 (the fixture: SQLite alone)
from tests.support.commission import Commission, abroad_since, agreed_export, examined
from tests.support.sessions import session_for, written

TODAY = date.today()


def _type(edit: BilingualEdit, note: Bilingual) -> None:
    for lang, editor in edit.editors.items():
        editor.setFocus()
        editor.selectAll()
        editor.insertPlainText(note.get(lang))  # type: ignore[union-attr]


def test_notes_are_written_in_both_languages_on_the_return_tab(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], commission: Commission,
        tmp_path: Path) -> None:
    app_id = agreed_export(db, staff, commission, examined(db, staff, items=2, serial=21))
    abroad_since(db, app_id, TODAY - timedelta(days=30), TODAY + timedelta(days=30))
    clerk, member = staff["clerk"], commission.members[0]
    window = MainWindow(session_for(db, clerk))
    qtbot.addWidget(window)
    window.show()
    clerk_view = window.open_application(app_id)
    panel = clerk_view.returns
    first, second = (r.item_id for r in panel.rows)

    dialog = panel.register_return()
    assert isinstance(dialog, RegisterReturnDialog)
    dialog.items.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.presented_by.setText("Сейітов Арман")
    dialog.place.setText("Көкшетау")
    assert list(dialog.note.editors) == ["kk", "ru"]  # side by side, Kazakh first
    _type(dialog.note, Bilingual(kk=BACK.kk))
    dialog.accept()
    assert written(qtbot, window.session, dialog.storing)
    panel.select_item(second)
    loss = panel.record_loss()
    assert isinstance(loss, LossDialog)
    _type(loss.document, Bilingual(ru=LOSS.ru))
    loss.accept()
    assert written(qtbot, window.session, loss.storing)
    stored = {r.item_id: r for r in ReturnService(db).items(clerk, app_id)}
    assert stored[first].note == Bilingual(kk=BACK.kk)
    assert (stored[second].outcome, stored[second].note) == (ReturnOutcome.LOST,
                                                             Bilingual(ru=LOSS.ru))
    panel.select_item(second)
    assert f"Russian: {LOSS.ru}" in panel.detail.text()
    assert "Kazakh: — not written yet; the return act needs it" in panel.detail.text()

    # The member checks the returned item, its note in Kazakh only.
    _examine_on_return(db, member, app_id, first, tmp_path)
    mine = MainWindow(session_for(db, member))
    qtbot.addWidget(mine)
    mine.show()
    view = mine.open_application(app_id)
    view.returns.select_item(first)
    check = view.returns.compare()
    assert isinstance(check, ComparisonDialog)
    qtbot.waitUntil(check.is_idle, timeout=15_000)
    check.differs.setChecked(True)
    _type(check.note, Bilingual(kk=DIFFERS.kk))
    assert written(qtbot, check.session, check.save())

    clerk_view.reload()  # the member's verdict, read again
    drafting = panel.draft_act()
    assert not written(qtbot, window.session, drafting, timeout=30_000)
    refusal = panel.message.text()
    for missing in ("the note on its return is not written in Russian",
                    "the note on its return check is not written in Russian",
                    "the document of its loss is not written in Kazakh"):
        assert missing in refusal, refusal

    # The other languages: the notes written again here, the check's with its verdict.
    for item_id, note in ((first, BACK), (second, LOSS)):
        panel.select_item(item_id)
        assert panel.note_button.isEnabled()
        editing = panel.write_note()
        assert isinstance(editing, NoteDialog)
        assert editing.note.value() == ({"kk": BACK.kk, "ru": ""} if item_id == first
                                         else {"kk": "", "ru": LOSS.ru})
        _type(editing.note, note)
        editing.accept()
        assert written(qtbot, window.session, editing.storing)
        assert not editing.isVisible()
    view.reload()
    view.returns.select_item(first)
    again = view.returns.compare()
    assert isinstance(again, ComparisonDialog)
    qtbot.waitUntil(again.is_idle, timeout=15_000)
    assert again.note.value() == {"kk": DIFFERS.kk, "ru": ""}
    _type(again.note, DIFFERS)
    assert written(qtbot, again.session, again.save())
    stored = {r.item_id: r for r in ReturnService(db).items(clerk, app_id)}
    assert (stored[first].note, stored[second].note) == (BACK, LOSS)
    assert (stored[first].check_result, stored[first].check_note) == (CheckResult.DIFFERS,
                                                                      DIFFERS)

    clerk_view.reload()  # the member's verdict, read again
    panel.select_item(first)
    assert f"Kazakh: {BACK.kk}" in panel.detail.text()
    assert f"Russian: {DIFFERS.ru}" in panel.detail.text()
    drafted = panel.draft_act()
    assert written(qtbot, window.session, drafted, timeout=30_000)
    assert "drafted" in panel.info.text()
