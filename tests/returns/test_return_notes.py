"""The notes of a return, of a loss and of the return check are written in Kazakh and in
Russian; the return act waits for both and prints each in its own document only."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desktop.domain.documents import PageKind
from desktop.domain.examination_rules import ExaminationKind, PageLink, PageRole
from desktop.domain.languages import NO_TEXT, Bilingual
from desktop.domain.returns import CheckResult, ReturnOutcome
from desktop.messages import Words
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionService, ReturnActIncomplete
from desktop.services.documents import DocumentService
from desktop.services.examination import ExaminationService
from desktop.services.returns import ItemReturnState, ReturnError, ReturnService
from desktop.storage.database import Database
from desktop.storage.migrate import alembic_config
from tests.support import pdftools
from tests.support import report_samples as samples
from tests.support.commission import Commission, abroad_since, agreed_export, examined
from tests.support.examination import complete

TODAY = date.today()
BACK = Bilingual("Қорабы жаңа, ескі қорабы жолда жоғалған",
                 "Футляр новый, старый утерян в дороге")
LOSS = Bilingual("Париж полициясының 2026-11-02 № 4471 хаттамасы",
                 "Протокол полиции Парижа № 4471 от 02.11.2026")
DIFFERS = Bilingual("Мойны 7 см қысқа: ауыстырылған болуы мүмкін",
                    "Гриф короче на 7 см: возможно, подменён")


def _export(db: Database, staff: dict[str, Actor], commission: Commission, serial: int
            ) -> tuple[int, int, int]:
    """An agreed export of two items, abroad for a month; its application and items."""
    app_id = agreed_export(db, staff, commission, examined(db, staff, items=2, serial=serial))
    abroad_since(db, app_id, TODAY - timedelta(days=30), TODAY + timedelta(days=30))
    first, second = (i.item_id for i in ReturnService(db).items(staff["clerk"], app_id))
    return app_id, first, second


def _examine_on_return(db: Database, member: Actor, app_id: int, item_id: int,
                       folder: Path) -> None:
    photo = folder / f"back-{item_id}.jpg"
    photo.write_bytes(samples.camera_photo(item_id, (320, 240)))
    (page,) = DocumentService(db).import_files(member, app_id, [photo],
                                               PageKind.RETURN_PHOTO).page_ids
    ExaminationService(db).save(member, item_id, complete(
        ExaminationKind.RETURN, recommendation=None, cultural_value=None,
        pages=(PageLink(page, PageRole.OVERALL),)), None)


def _state(returns: ReturnService, actor: Actor, app_id: int, item_id: int
           ) -> ItemReturnState:
    return next(i for i in returns.items(actor, app_id) if i.item_id == item_id)


def test_the_act_waits_for_every_note_in_both_languages_and_prints_each_in_its_own(
        db: Database, staff: dict[str, Actor], commission: Commission,
        tmp_path: Path) -> None:
    app_id, first, second = _export(db, staff, commission, serial=11)
    clerk, member = staff["clerk"], commission.members[0]
    returns, conclusions = ReturnService(db), ConclusionService(db)

    # Each note written in one language only, with spaces around it.
    returns.register(clerk, app_id, [first], returned_on=TODAY, presented_by="Сейітов Арман",
                     place="Көкшетау", note=Bilingual(f" {BACK.kk}\n", ""))
    with pytest.raises(ReturnError) as no_document:
        returns.record_loss(clerk, app_id, second, on=TODAY, note=Bilingual(" ", "\n"))
    assert no_document.value.reason == "no_loss_document"
    returns.record_loss(clerk, app_id, second, on=TODAY, note=Bilingual(ru=LOSS.ru))
    _examine_on_return(db, member, app_id, first, tmp_path)
    back = _state(returns, member, app_id, first)
    assert back.note == Bilingual(kk=BACK.kk) and back.outcome == ReturnOutcome.RETURNED
    assert _state(returns, member, app_id, second).note == Bilingual(ru=LOSS.ru)
    with pytest.raises(ReturnError, match="say how"):
        returns.record_check(member, first, CheckResult.DIFFERS, Bilingual("", " "),
                             back.version or 0)
    checked = returns.record_check(member, first, CheckResult.DIFFERS,
                                   Bilingual(kk=DIFFERS.kk), back.version or 0)
    assert checked.check_note == Bilingual(kk=DIFFERS.kk)

    with pytest.raises(ReturnActIncomplete) as incomplete:
        conclusions.draft_return_act(clerk, app_id)
    refusal = incomplete.value
    assert (refusal.code, refusal.reason) == ("conclusion", "act_incomplete")
    assert [(g.position, g.reason) for g in refusal.gaps] == [
        (1, "note_no_ru"), (1, "check_note_no_ru"), (2, "loss_note_no_kk")]
    name = refusal.gaps[0].name
    words = {lang: Words(lang).refusal(refusal) for lang in ("kk", "ru", "en")}
    assert f"Item 1 «{name}»: the note on its return is not written in Russian." in words["en"]
    assert "the document of its loss is not written in Kazakh" in words["en"]
    assert f"1-зат «{name}»: қайтарылуы туралы ескертпе орыс тілінде жазылмаған." \
        in words["kk"]
    assert "жоғалғанын растайтын құжат қазақ тілінде жазылмаған" in words["kk"]
    assert f"Предмет 1 «{name}»: примечание о возврате не написано на русском языке." \
        in words["ru"]
    assert "примечание к проверке возврата не написано на русском языке" in words["ru"]

    # The other languages are written: the return's note and the loss's document again,
    # the check's note with the verdict again.
    with pytest.raises(ReturnError) as emptied:
        returns.write_note(clerk, second, NO_TEXT, _state(returns, clerk, app_id,
                                                         second).version or 0)
    assert emptied.value.reason == "no_loss_document"
    stale = checked.version or 0
    written = returns.write_note(clerk, first, BACK, stale)
    assert written.note == BACK and written.check_note == Bilingual(kk=DIFFERS.kk)
    with pytest.raises(Exception, match="someone changed"):
        returns.write_note(clerk, first, BACK, stale)
    returns.write_note(clerk, second, LOSS, _state(returns, clerk, app_id, second).version or 0)
    returns.record_check(member, first, CheckResult.DIFFERS, DIFFERS, written.version or 0)

    act = conclusions.draft_return_act(clerk, app_id)
    kk = pdftools.flat(conclusions.document(clerk, act.id, "kk"))
    ru = pdftools.flat(conclusions.document(clerk, act.id, "ru"))
    for note in (BACK, LOSS, DIFFERS):
        assert note.kk in kk and note.ru not in kk, note
        assert note.ru in ru and note.kk not in ru, note
    with pytest.raises(ReturnError, match="is drafted"):
        returns.write_note(clerk, first, BACK, _state(returns, clerk, app_id,
                                                      first).version or 0)


def test_notes_written_before_the_two_languages_are_filed_by_language(
        db: Database, staff: dict[str, Actor], commission: Commission) -> None:
    """Migration 0013 both ways: a plain text goes to the language it looks like; going
    back writes both languages into one text, so nothing is lost either way."""
    app_id, first, second = _export(db, staff, commission, serial=12)
    clerk = staff["clerk"]
    returns = ReturnService(db)
    returns.register(clerk, app_id, [first], returned_on=TODAY, presented_by="A",
                     place="B", note=BACK)
    returns.record_loss(clerk, app_id, second, on=TODAY, note=Bilingual(kk=LOSS.kk))

    config = alembic_config(db.engine)
    before = ScriptDirectory.from_config(config).get_revision("0013_return_notes") \
        .down_revision
    command.downgrade(config, str(before))
    select_notes = text("SELECT item_id, note, check_note FROM item_returns ORDER BY item_id")
    with db.engine.begin() as conn:
        assert [tuple(row) for row in conn.execute(select_notes)] == [
            (first, f"{BACK.kk}\n{BACK.ru}", ""), (second, LOSS.kk, "")]
        conn.execute(text("UPDATE item_returns SET note = :note, check_note = :check "
                          "WHERE item_id = :id"),
                     {"note": " Футляр новый ", "check": "Мойны қысқа", "id": first})
    command.upgrade(config, "heads")

    back, lost = returns.items(clerk, app_id)
    assert back.note == Bilingual(ru="Футляр новый")  # no Kazakh letter: filed as Russian
    assert back.check_note == Bilingual(kk="Мойны қысқа")
    assert lost.note == Bilingual(kk=LOSS.kk)
    assert lost.check_note == NO_TEXT
