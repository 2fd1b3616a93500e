"""The purpose and the occupation as the documents word them: received in one language,
worded by the commission in both, and printed in each document's own."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.domain.drafts import ValidationFailed
from desktop.domain.examination_rules import GapKind, LanguagesIncomplete, Untranslated
from desktop.domain.languages import Bilingual
from desktop.domain.roles import PermissionDenied
from desktop.messages import Words
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.services.conclusions import ConclusionService
from desktop.services.wording import DocumentWording, WordingService
from desktop.storage.database import Database
from tests.support import pdftools
from tests.support.commission import Commission, examined
from tests.support.examination import WORDING

RECEIVED = DocumentWording(Bilingual(kk="Халықаралық көрмеге қатысу"), Bilingual(kk="суретші"))


def _number(db: Database, app_id: int) -> str:
    with db.read() as s:
        return s.get_one(Application, app_id).number


def test_drafting_asks_for_the_other_language_then_prints_each(db: Database, staff,
                                                               commission: Commission) -> None:
    app_id = examined(db, staff, items=1)
    service, wording = ConclusionService(db), WordingService(db)
    wording.save(staff["clerk"], app_id, RECEIVED)
    number = _number(db, app_id)
    assert wording.gaps(staff["member"], app_id) == [
        Untranslated(0, number, "purpose", GapKind.LANGUAGE, "ru"),
        Untranslated(0, number, "occupation", GapKind.LANGUAGE, "ru")]
    with pytest.raises(LanguagesIncomplete) as caught:
        service.draft(staff["member"], app_id)
    assert Words("en").refusal(caught.value).splitlines()[1:] == [
        "The application's texts (Conclusion tab, Texts of the documents…): Purpose of the "
        "export has no text in Russian.",
        "The application's texts (Conclusion tab, Texts of the documents…): Applicant's "
        "occupation has no text in Russian."]

    wording.save(staff["member"], app_id, WORDING)
    draft = service.draft(staff["member"], app_id)
    kk = pdftools.flat(service.document(staff["clerk"], draft.id, "kk"))
    ru = pdftools.flat(service.document(staff["clerk"], draft.id, "ru"))
    assert "Халықаралық көрмеге қатысу" in kk and "суретші" in kk
    assert "Участие в международной выставке" in ru and "художник" in ru
    assert "Халықаралық" not in ru and "суретші" not in ru


def test_the_text_as_received_counts_for_its_own_language(db: Database, staff) -> None:
    app_id = examined(db, staff, items=1)
    with db.write() as s:
        s.get_one(Application, app_id).document_texts = {}
    got = WordingService(db).get(staff["clerk"], app_id)
    assert got.purpose == Bilingual(kk="Халықаралық көрмеге қатысу")  # the factory's text
    assert got.occupation == Bilingual(kk="суретші")


def test_wording_is_audited_checked_and_for_the_commission(db: Database, staff) -> None:
    app_id = examined(db, staff, items=1)
    service = WordingService(db)
    with pytest.raises(PermissionDenied):
        service.save(staff["admin"], app_id, WORDING)
    with pytest.raises(ValidationFailed) as caught:
        service.save(staff["clerk"], app_id, DocumentWording(
            Bilingual("көрме", "выставка\x00"), WORDING.occupation))
    assert [p.field for p in caught.value.problems] == ["purpose.ru"]
    changed = DocumentWording(Bilingual("Ғылыми зерттеу", "Научное исследование"),
                              WORDING.occupation)
    service.save(staff["clerk"], app_id, changed)
    service.save(staff["clerk"], app_id, changed)  # the same again: nothing to record
    with db.read() as s:
        events = list(s.execute(select(AuditEvent).where(
            AuditEvent.action == "application.wording",
            AuditEvent.application_id == app_id)).scalars())
    assert [e.after["purpose"] for e in events][-1] == {"kk": "Ғылыми зерттеу",
                                                         "ru": "Научное исследование"}
    assert len(events) == 2  # the examination helper's wording, then this change
