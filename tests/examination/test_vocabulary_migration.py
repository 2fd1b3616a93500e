"""Migration 0010: records and drafts written as plain text become vocabulary codes and
texts by language; nothing of them, or of what hangs on them, is lost either way."""

from __future__ import annotations

import json

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text

from desktop.domain.examination_rules import ExaminationKind, PageLink
from desktop.domain.languages import Bilingual
from desktop.models.examination import ExaminationMeasurement, ExaminationPage
from desktop.services.actor import Actor
from desktop.services.examination import ExaminationService
from desktop.storage.database import Database
from desktop.storage.migrate import alembic_config
from tests.support.examination import ExamApp, add_page, complete

AGREED, OPINION = ExaminationKind.AGREED, ExaminationKind.OPINION
OLD_TEXTS = {
    "object_type": "Музыкальный инструмент", "title": "Домбыра", "subject": "",
    "maker": "белгісіз шебер", "material": "Қарағай, ешкі ішегі",
    "technique": "ағаш ою; күйдіріп өрнектеу", "condition_note": "шамалы тозу іздері",
    "remarks": "Смычок утрачен",
}


def _children(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (s.execute(select(func.count()).select_from(ExaminationMeasurement)).scalar_one(),
                s.execute(select(func.count()).select_from(ExaminationPage)).scalar_one())


def test_text_values_become_codes_and_texts_by_language(
        db: Database, staff: dict[str, Actor], service: ExaminationService,
        exam_app: ExamApp) -> None:
    first, second = exam_app.item_ids
    page = add_page(db, exam_app.application_id, first)
    service.save(staff["chair"], first, complete(pages=(PageLink(page),)), None)
    service.save_draft(staff["member"], second, OPINION, {"format": 1, "fields": {}}, None)
    children = _children(db)
    assert children == (2, 1)

    config = alembic_config(db.engine)
    before = ScriptDirectory.from_config(config).get_revision("0010_vocabulary").down_revision
    command.downgrade(config, str(before))
    with db.engine.begin() as conn:
        row = conn.execute(text("SELECT title, material, maker FROM examinations")).one()
        assert tuple(row) == ("Домбыра", "қарағай, ішек шектер", "белгісіз шебер")
        conn.execute(text("UPDATE examinations SET " + ", ".join(f"{n} = :{n}" for n in OLD_TEXTS)),
                     OLD_TEXTS)
        conn.execute(text("UPDATE examination_drafts SET form_state = :state"), {
            "state": json.dumps({"format": 1, "fields": {
                "title": "Кесе", "material": "күміс", "object_type": "ыдыс", "year_from": 1900}},
                ensure_ascii=False)})
    assert _children(db) == children  # the table was altered, not rebuilt: nothing cascaded
    command.upgrade(config, "heads")

    record = service.get(staff["chair"], first, AGREED)
    assert record is not None
    assert record.object_type == "musical_instrument"
    assert record.title == Bilingual(ru="Домбыра")  # no Kazakh letter: filed as Russian
    assert record.maker == Bilingual(kk="белгісіз шебер") and record.maker_name == ""
    assert record.material == ("pine", Bilingual(kk="ешкі ішегі"))
    assert record.technique == ("wood_carving", "pyrography")
    assert record.condition_note == Bilingual(kk="шамалы тозу іздері")
    assert record.remarks == Bilingual(ru="Смычок утрачен")
    assert record.subject == Bilingual()
    assert record.measurements == complete().measurements
    assert record.pages == (PageLink(page),)
    assert _children(db) == children

    draft = service.load_draft(staff["member"], second, OPINION)
    assert draft is not None
    assert draft.form_state["fields"] == {
        "title": {"kk": "", "ru": "Кесе"}, "material": ["silver"], "object_type": "vessel",
        "year_from": 1900}
