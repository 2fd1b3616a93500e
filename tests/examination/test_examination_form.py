"""The examination form: undo and redo, drafts, saving, and a real conflict of two sessions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.domain.examination_rules import CONTENT_FIELDS, ExaminationKind, PageLink, PageRole
from desktop.domain.languages import Bilingual
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionService
from desktop.services.examination import ExaminationService, RecordState
from desktop.storage.database import Database
from desktop.ui.examination import ConflictChoice, ExaminationForm
from desktop.ui.examination.fields import FIELDS
from desktop.ui.kit.language_editors import BilingualEdit, TermList
from tests.support.commission import seat_commission
from tests.support.desk import Case, type_text
from tests.support.examination import complete
from tests.support.sessions import session_for, wait_for_writes, written

OpenForm = Callable[..., ExaminationForm]

AGREED, OPINION = ExaminationKind.AGREED, ExaminationKind.OPINION


@pytest.fixture
def open_form(qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor],
              case: Case) -> OpenForm:
    def make(user: str = "member", db: Database | None = None,
             actor: Actor | None = None) -> ExaminationForm:
        form = ExaminationForm(session_for(db or sqlite_db, actor or team[user]),
                               case.application_id)
        qtbot.addWidget(form)
        form.resize(700, 900)
        form.show()
        qtbot.waitExposed(form)
        return form

    return make


def _saved(qtbot: QtBot, form: ExaminationForm) -> bool:
    """Save as the button does and wait for the answer: whether the record was stored."""
    return written(qtbot, form.session, form.save())


def _line(form: ExaminationForm, field: str, lang: str = "kk") -> QLineEdit:
    """A one-line field's editor; of a field in two languages, *lang*'s."""
    widget = form.editor.binders[field].widget
    if isinstance(widget, BilingualEdit):
        widget = widget.editors[lang]
    assert isinstance(widget, QLineEdit)
    return widget


def _texts(kk: str, ru: str = "") -> dict[str, str]:
    return {"kk": kk, "ru": ru}


def _tick(form: ExaminationForm, field: str, code: str) -> None:
    """Tick the term *code* in a term list (as a click on its box does)."""
    terms = form.editor.binders[field].widget
    assert isinstance(terms, TermList)
    [item] = [i for i in terms.items() if i.data(Qt.ItemDataRole.UserRole + 1) == code]
    item.setCheckState(Qt.CheckState.Checked)


def _combo(form: ExaminationForm, field: str) -> QComboBox:
    widget = form.editor.binders[field].widget
    assert isinstance(widget, QComboBox)
    return widget


def _type(qtbot: QtBot, form: ExaminationForm, field: str, text: str, lang: str = "kk"
          ) -> None:
    edit = _line(form, field, lang)
    edit.setFocus()
    type_text(edit, text)


def _choose(form: ExaminationForm, field: str, value: str) -> None:
    combo = _combo(form, field)
    combo.setCurrentIndex(combo.findData(value))


def test_every_field_of_the_record_is_on_the_form(open_form: OpenForm) -> None:
    form = open_form()
    assert sorted(f.name for f in FIELDS) == sorted(CONTENT_FIELDS)  # each once
    assert set(form.editor.binders) == set(CONTENT_FIELDS)
    for name in ("object_type", "title", "originality", "material", "measurements",
                 "condition", "cultural_value", "recommendation"):
        assert "*" in form.editor.labels[name].text(), name  # required-field marker
    assert "*" not in form.editor.labels["remarks"].text()
    assert _line(form, "title").accessibleName() == "Name (Kazakh)"
    assert _line(form, "title", "ru").accessibleName() == "Name (Russian)"
    assert form.editor.labels["title"].buddy() is _line(form, "title")


def test_typing_is_one_undo_step_per_field(qtbot: QtBot, open_form: OpenForm) -> None:
    form = open_form()
    _type(qtbot, form, "title", "Домбыра")
    assert form.state["title"] == _texts("Домбыра")
    assert form.undo_stack.count() == 1  # seven keystrokes, one command
    _choose(form, "originality", "original")
    assert form.undo_stack.count() == 2
    _tick(form, "material", "pine")
    assert form.undo_stack.count() == 3
    assert form.state["material"] == ["pine"]
    assert form.save_action.isEnabled()

    form.undo_action.trigger()
    assert form.state["material"] == []
    terms = form.editor.binders["material"].widget
    assert isinstance(terms, TermList) and terms.value() == []
    form.undo_action.trigger()
    assert form.state["originality"] is None and _combo(form, "originality").currentIndex() == 0
    # Ctrl+Z in a text field undoes the form's last step, not only the field's own typing.
    qtbot.keyClick(_line(form, "title"), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.state["title"] == _texts("") and _line(form, "title").text() == ""
    assert not form.save_action.isEnabled()
    qtbot.keyClick(_line(form, "title"), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _line(form, "title").text() == "Домбыра"
    form.redo_action.trigger()
    assert form.state["originality"] == "original"
    assert form.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    assert form.undo_action.shortcut().toString() == "Ctrl+Z"
    assert form.save_action.shortcut().toString() == "Ctrl+S"


def test_typing_again_after_leaving_the_field_is_a_new_step(qtbot: QtBot,
                                                           open_form: OpenForm) -> None:
    form = open_form()
    form.activateWindow()  # focus moves (and ends a stretch of typing) in the active window
    qtbot.waitUntil(form.isActiveWindow)
    _type(qtbot, form, "title", "Домбыра")
    _type(qtbot, form, "maker", "шебер")
    _type(qtbot, form, "title", " екі ішекті")
    _type(qtbot, form, "title", "Домбра", "ru")  # the same field, its other language
    assert form.undo_stack.count() == 4
    form.undo_stack.undo()
    assert form.state["title"] == _texts("Домбыра екі ішекті")
    form.undo_stack.undo()
    assert form.state["title"] == _texts("Домбыра")


def test_measurement_rows_are_edited_and_undone(qtbot: QtBot, open_form: OpenForm) -> None:
    form = open_form()
    rows = form.editor.binders["measurements"].widget
    rows.add_button.click()  # type: ignore[attr-defined]
    value = rows.row_widgets(0)["value"]  # type: ignore[attr-defined]
    type_text(value, "98,5")
    assert form.state["measurements"] == [
        {"dimension": "height", "value": 98.5, "unit": "cm", "note": ""}]
    rows.add_button.click()  # type: ignore[attr-defined]
    assert [m["dimension"] for m in form.state["measurements"]] == ["height", "width"]
    form.undo_stack.undo()
    assert len(rows) == 1  # type: ignore[arg-type]
    form.undo_stack.undo()
    assert form.state["measurements"][0]["value"] is None


def test_saving_stores_the_opinion(qtbot: QtBot, open_form: OpenForm, sqlite_db: Database,
                                   team: dict[str, Actor], case: Case) -> None:
    form = open_form()
    _type(qtbot, form, "title", "Домбыра")
    _type(qtbot, form, "title", "Домбра", "ru")
    _choose(form, "object_type", "musical_instrument")
    _tick(form, "material", "pine")
    _tick(form, "material", "gut")
    _choose(form, "cultural_value", "has")
    changed: list[tuple[str, tuple[int, ...]]] = []
    form.session.changed.connect(lambda kind, ids: changed.append((kind, ids)))
    form.save_action.trigger()
    wait_for_writes(qtbot, form.session)
    record = ExaminationService(sqlite_db).get(team["member"], case.item_ids[0], OPINION)
    assert record is not None
    assert (record.title, record.object_type, record.material, record.cultural_value,
            record.version) == (Bilingual("Домбыра", "Домбра"), "musical_instrument",
                                ("pine", "gut"), "has", 1)
    assert changed == [("examination", (case.application_id,))]
    assert form.base_version == 1
    assert form.undo_stack.count() == 0 and not form.is_modified()
    assert "Version 1, saved by Ахметов Ерболат" in form.record_label.text()
    assert form.items.rows[0].state == RecordState.OPINIONS
    assert "opinions: Ахметов Ерболат" in form.items.topLevelItem(0).text(2)


def test_invalid_values_are_marked_not_saved(qtbot: QtBot, open_form: OpenForm,
                                             sqlite_db: Database, team: dict[str, Actor],
                                             case: Case) -> None:
    form = open_form()
    _type(qtbot, form, "year_from", "1900")
    _type(qtbot, form, "year_to", "1850")
    assert not _saved(qtbot, form)
    assert "Year to: Cannot be earlier than 1900." in form.message.text()
    assert "font-weight: bold" in form.editor.labels["year_to"].styleSheet()
    assert ExaminationService(sqlite_db).get(team["member"], case.item_ids[0], OPINION) is None


def test_a_draft_is_kept_and_offered_back(qtbot: QtBot, open_form: OpenForm,
                                          sqlite_db: Database, team: dict[str, Actor],
                                          case: Case) -> None:
    service = ExaminationService(sqlite_db)
    form = open_form()
    form.autosave_timer.setInterval(50)
    _type(qtbot, form, "title", "Домбыра")
    _type(qtbot, form, "maker", "белгісіз")
    qtbot.waitUntil(lambda: service.load_draft(team["member"], case.item_ids[0], OPINION)
                    is not None, timeout=3000)
    wait_for_writes(qtbot, form.session)  # stored; now the form has heard so too
    draft = service.load_draft(team["member"], case.item_ids[0], OPINION)
    assert draft is not None and draft.form_state["fields"]["title"] == _texts("Домбыра")
    assert draft.base_version is None
    assert form.draft_label.text().startswith("Draft kept at")
    _type(qtbot, form, "dating", "XIX ғ.")
    form.close()  # closing keeps what was typed since the last autosave
    wait_for_writes(qtbot, form.session)
    draft = service.load_draft(team["member"], case.item_ids[0], OPINION)
    assert draft is not None and draft.form_state["fields"]["dating"] == _texts("XIX ғ.")

    again = open_form()
    assert again.banner.isVisibleTo(again)
    assert "unsaved draft" in again.banner_label.text()
    assert "someone else" not in again.banner_label.text()
    assert again.state["title"] == _texts("")
    again.restore_button.click()
    assert not again.banner.isVisibleTo(again)
    assert _line(again, "title").text() == "Домбыра"
    assert again.state["dating"] == _texts("XIX ғ.") and again.is_modified()
    assert _saved(qtbot, again)
    assert service.load_draft(team["member"], case.item_ids[0], OPINION) is None
    stored = service.get(team["member"], case.item_ids[0], OPINION)
    assert stored is not None and stored.maker == Bilingual(kk="белгісіз")


def test_an_outdated_draft_says_so_and_can_be_discarded(
        qtbot: QtBot, open_form: OpenForm, sqlite_db: Database, team: dict[str, Actor],
        case: Case) -> None:
    service = ExaminationService(sqlite_db)
    chair = team["chair"]
    service.save_draft(chair, case.item_ids[0], AGREED, {"format": 1, "fields": {
        "title": "Домбыра (draft)"}}, None)
    service.save(chair, case.item_ids[0], complete(), None)  # saved elsewhere since
    # The service removes a user's draft when that user saves: write it again.
    service.save_draft(chair, case.item_ids[0], AGREED, {"format": 1, "fields": {
        "title": "Домбыра (draft)"}}, None)
    form = open_form("chair")
    assert form.choice is not None and form.choice.kind == AGREED
    assert "someone else" in form.banner_label.text()
    form.discard_button.click()
    wait_for_writes(qtbot, form.session)
    assert service.load_draft(chair, case.item_ids[0], AGREED) is None
    assert form.state["title"] == _texts("Домбыра", "Домбра")


def test_the_chair_reads_the_members_opinions(qtbot: QtBot, open_form: OpenForm,
                                              sqlite_db: Database, team: dict[str, Actor],
                                              case: Case) -> None:
    ExaminationService(sqlite_db).save(team["member"], case.item_ids[0],
                                       complete(OPINION,
                                                title=Bilingual("Домбыра (мүше)",
                                                                "Домбра (член)")), None)
    form = open_form("chair")
    labels = [form.record_combo.itemText(i) for i in range(form.record_combo.count())]
    assert labels == ["My opinion", "Agreed result", "Opinion of Ахметов Ерболат"]
    form.choose_record(OPINION, team["member"].user_id)
    assert _line(form, "title").text() == "Домбыра (мүше)"
    assert _line(form, "title", "ru").text() == "Домбра (член)"
    assert _line(form, "title").isReadOnly() and _line(form, "title", "ru").isReadOnly()
    assert not form.save_action.isVisible() or not form.save_action.isEnabled()
    assert "Read only" in form.record_label.text()
    member_form = open_form("member")
    member_labels = [member_form.record_combo.itemText(i)
                     for i in range(member_form.record_combo.count())]
    assert member_labels == ["My opinion", "Agreed result"]  # members judge independently
    member_form.choose_record(AGREED)
    assert _line(member_form, "title").isReadOnly()


def test_records_are_read_only_outside_the_examination(
        qtbot: QtBot, open_form: OpenForm, sqlite_db: Database, team: dict[str, Actor],
        case: Case) -> None:
    seat_commission(sqlite_db, team)
    ConclusionService(sqlite_db).refuse(team["chair"], case.application_id,
                                        "documents_incomplete", "құжаттар жоқ")
    form = open_form("chair")
    assert _line(form, "title").isReadOnly()
    assert "not under examination" in form.record_label.text()
    assert not _saved(qtbot, form)


def test_a_conflict_between_two_sessions_shows_both_and_keeps_mine(
        qtbot: QtBot, open_form: OpenForm, sqlite_url: str, team: dict[str, Actor],
        case: Case) -> None:
    """The chair has the same item open on two desktops (two connections to one file)."""
    first_db, second_db = Database(sqlite_url), Database(sqlite_url)
    try:
        first = open_form(db=first_db, actor=team["chair"])
        second = open_form(db=second_db, actor=team["chair"])
        assert first.base_version is None and second.base_version is None
        _type(qtbot, first, "title", "Домбыра")
        _choose(first, "condition", "good")
        assert _saved(qtbot, first)

        _type(qtbot, second, "title", "Қобыз")
        _tick(second, "material", "birch")
        _choose(second, "condition", "good")
        assert not _saved(qtbot, second)
        dialog = second.conflict_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.differing_fields() == ["title", "material"]
        assert dialog.is_marked("title") and not dialog.is_marked("condition")
        title_row = CONTENT_FIELDS.index("title")
        assert dialog.table.item(title_row, 1).text() == "Kazakh: Қобыз"
        assert dialog.table.item(title_row, 2).text() == "Kazakh: Домбыра"
        assert dialog.table.item(CONTENT_FIELDS.index("material"), 1).text() == "birch"
        assert "Байжанов Нұрлан saved this record (version 1)" in dialog.summary.text()
        dialog.only_differences.setChecked(True)
        assert dialog.table.isRowHidden(CONTENT_FIELDS.index("remarks"))
        assert not dialog.table.isRowHidden(title_row)

        dialog.keep_button.click()
        qtbot.waitUntil(lambda: second.conflict_dialog is None)
        wait_for_writes(qtbot, second.session)
        stored = ExaminationService(first_db).get(team["chair"], case.item_ids[0], AGREED)
        assert stored is not None
        assert (stored.title, stored.material, stored.version) == (
            Bilingual(kk="Қобыз"), ("birch",), 2)
        assert second.base_version == 2 and not second.is_modified()

        # The first desktop still has version 1 open: its next save meets the conflict too.
        _type(qtbot, first, "maker", "шебер")
        assert not _saved(qtbot, first)
        assert first.conflict_dialog is not None
        first.conflict_dialog.done(ConflictChoice.TAKE_THEIRS)
        wait_for_writes(qtbot, first.session)
        assert _line(first, "title").text() == "Қобыз" and first.base_version == 2
        assert first.state["maker"] == _texts("") and not first.is_modified()
        final = ExaminationService(second_db).get(team["chair"], case.item_ids[0], AGREED)
        assert final is not None and final.version == 2 and not final.maker
    finally:
        first_db.dispose()
        second_db.dispose()


def test_cancelling_a_conflict_keeps_the_typing(qtbot: QtBot, open_form: OpenForm,
                                                sqlite_db: Database, team: dict[str, Actor],
                                                case: Case) -> None:
    form = open_form("chair")
    ExaminationService(sqlite_db).save(team["chair"], case.item_ids[0], complete(), None)
    _type(qtbot, form, "title", "Қобыз")
    assert not _saved(qtbot, form)
    assert form.conflict_dialog is not None
    form.conflict_dialog.cancel_button.click()
    wait_for_writes(qtbot, form.session)
    assert form.state["title"] == _texts("Қобыз")
    assert "Not saved" in form.message.text()
    draft = ExaminationService(sqlite_db).load_draft(team["chair"], case.item_ids[0], AGREED)
    assert draft is not None and draft.form_state["fields"]["title"] == _texts("Қобыз")
    assert draft.outdated
    stored = ExaminationService(sqlite_db).get(team["chair"], case.item_ids[0], AGREED)
    assert stored is not None and stored.title == Bilingual("Домбыра", "Домбра")


def test_reading_the_application_again_keeps_the_typing(
        qtbot: QtBot, open_form: OpenForm, sqlite_db: Database, team: dict[str, Actor],
        case: Case) -> None:
    form = open_form("chair")
    assert [form.record_combo.itemText(i) for i in range(form.record_combo.count())] == \
        ["My opinion", "Agreed result"]
    _type(qtbot, form, "title", "Домбыра")
    ExaminationService(sqlite_db).save(team["member"], case.item_ids[0],
                                       complete(OPINION), None)
    form.reload()  # F5, or after an action in the application view
    assert form.state["title"] == _texts("Домбыра") and form.is_modified()
    assert form.items.rows[0].state == RecordState.OPINIONS
    assert _saved(qtbot, form)
    form.reload()  # nothing unsaved now: the member's new opinion is offered to read
    assert form.record_combo.itemText(2) == "Opinion of Ахметов Ерболат"


def test_the_items_list_says_what_the_annex_photos_lack(open_form: OpenForm, sqlite_db: Database,
                                                         team: dict[str, Actor],
                                                         case: Case) -> None:
    service = ExaminationService(sqlite_db)
    first, second = case.item_ids
    photo, detail = case.page_ids[:2]
    service.save(team["chair"], first, complete(pages=(
        PageLink(photo, PageRole.OVERALL, shows_scale=True, for_annex=True),)), None)
    service.save(team["chair"], second, complete(pages=(
        PageLink(detail, PageRole.DETAIL, for_annex=True),)), None)

    form = open_form("member")
    texts = [form.items.topLevelItem(i).text(2) for i in range(2)]

    assert texts[0] == "agreed, complete"
    assert texts[1] == "agreed, complete · annex photos: no overall view chosen, " \
                       "none shows a scale"
