"""An agreed result is printable in each document language before it leaves the examination:
texts in Kazakh and Russian, terms from the vocabulary; drafting checks again."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.domain.examination_rules import (
    ExaminationKind,
    GapKind,
    LanguagesIncomplete,
    Untranslated,
    ValidationFailed,
    language_gaps,
)
from desktop.domain.languages import Bilingual, guess_language
from desktop.domain.vocabulary import bundled_vocabulary
from desktop.domain.workflow import Status
from desktop.messages import Words
from desktop.models.application import Application
from desktop.models.conclusion import Conclusion
from desktop.models.examination import Examination, apply_record, to_record
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionService
from desktop.services.examination import ExaminationService
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from tests.support.examination import (
    ExamApp,
    complete,
    complete_examination,
    word_application,
)

AGREED = ExaminationKind.AGREED
LEGACY_MATERIAL = Bilingual(kk="ешкі ішегі")


def test_gaps_name_the_field_and_what_it_lacks() -> None:
    vocabulary = bundled_vocabulary()
    assert language_gaps(complete(), vocabulary) == []
    record = complete(subject=Bilingual(kk="ою-өрнек"), maker=Bilingual(ru="неизвестный мастер"),
                      material=("pine", LEGACY_MATERIAL), technique=("no_such_technique",))
    assert language_gaps(record, vocabulary) == [
        ("subject", GapKind.LANGUAGE, "ru"),
        ("maker", GapKind.LANGUAGE, "kk"),
        ("material", GapKind.FREE_TEXT, "ешкі ішегі"),
        ("technique", GapKind.UNKNOWN_TERM, "no_such_technique"),
    ]
    # A commission that issues its documents in Kazakh only asks for no Russian.
    assert language_gaps(record, vocabulary, ("kk",))[0] == ("maker", GapKind.LANGUAGE, "kk")
    # An empty text lacks nothing: it is not written in any language.
    assert language_gaps(complete(hazards=Bilingual()), vocabulary) == []


def test_text_from_before_goes_to_the_language_it_looks_like() -> None:
    assert guess_language("белгісіз шебер") == "kk"
    assert guess_language("неизвестный мастер") == "ru"
    assert Bilingual.from_json("Ақмола облысы") == Bilingual(kk="Ақмола облысы")
    assert Bilingual.from_json({"kk": "a"}) == Bilingual("a", "")
    with pytest.raises(ValueError, match="unknown language"):
        Bilingual.from_json({"en": "x"})


def test_a_code_the_vocabulary_lacks_is_refused_on_saving(
        staff: dict[str, Actor], service: ExaminationService, exam_app: ExamApp) -> None:
    with pytest.raises(ValidationFailed) as caught:
        service.save(staff["chair"], exam_app.item_ids[0],
                     complete(material=("silver", "unobtainium")), None)
    assert [(p.field, p.code) for p in caught.value.problems] == [("material.2", "unknown")]


def test_finishing_the_examination_waits_for_both_languages(
        db: Database, staff: dict[str, Actor], service: ExaminationService,
        exam_app: ExamApp) -> None:
    first, second = exam_app.item_ids
    service.save(staff["chair"], first, complete(), None)
    service.save(staff["chair"], second, complete(
        subject=Bilingual(kk="екі ішекті халық аспабы"), material=("pine", LEGACY_MATERIAL)),
        None)
    rows = service.items(staff["chair"], exam_app.application_id)
    assert [r.untranslated for r in rows] == [(), ("subject", "material")]
    with pytest.raises(LanguagesIncomplete) as caught:
        WorkflowService(db).advance(staff["chair"], exam_app.application_id,
                                    "finish_examination")
    assert caught.value.reason == "languages_incomplete"
    assert caught.value.gaps == [
        Untranslated(2, "Домбыра №2", "subject", GapKind.LANGUAGE, "ru"),
        Untranslated(2, "Домбыра №2", "material", GapKind.FREE_TEXT, "ешкі ішегі"),
    ]
    assert Words("en").refusal(caught.value).splitlines() == [
        "The documents are issued in Kazakh and in Russian, and some of their texts are not "
        "written in both yet:",
        "Item 2 «Домбыра №2»: Subject has no text in Russian.",
        "Item 2 «Домбыра №2»: Materials: «ешкі ішегі» is not a term of the vocabulary; "
        "choose one."]

    agreed = service.get(staff["chair"], second, AGREED)
    assert agreed is not None
    service.save(staff["chair"], second, replace(
        agreed, subject=complete().subject, material=("pine", "gut")), agreed.version)
    assert WorkflowService(db).advance(staff["chair"], exam_app.application_id,
                                       "finish_examination") == Status.EXAMINED


def test_drafting_refuses_a_record_that_lost_a_language(
        db: Database, staff: dict[str, Actor], exam_app: ExamApp) -> None:
    """A record examined before the languages were kept apart (here: written into the
    table directly) stops the conclusion, naming the item and the field; nothing is
    numbered or drafted."""
    app_id = exam_app.application_id
    complete_examination(db, staff, app_id)
    word_application(db, staff, app_id)
    WorkflowService(db).advance(staff["chair"], app_id, "finish_examination")
    with db.write() as s:
        row = s.execute(select(Examination).where(
            Examination.item_id == exam_app.item_ids[0],
            Examination.kind == AGREED.value)).scalar_one()
        apply_record(row, replace(to_record(row), dating=Bilingual(kk="XIX ғасырдың соңы")))
    with pytest.raises(LanguagesIncomplete) as caught:
        ConclusionService(db).draft(staff["member"], app_id)
    assert [(g.position, g.field, g.detail) for g in caught.value.gaps] == [(1, "dating", "ru")]
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Conclusion)).scalar_one() == 0
        assert s.get_one(Application, app_id).status == Status.EXAMINED
