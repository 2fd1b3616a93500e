"""The conclusion from draft to issue: numbers, signatures in turn, verification."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from sqlalchemy import select, update

from desktop.domain.appeal import appeal_terms
from desktop.domain.conclusions import ConclusionStatus
from desktop.domain.errors import ConflictError
from desktop.domain.refusals import RefusalError, RefusalGround
from desktop.domain.regions import load_profile
from desktop.domain.roles import PermissionDenied
from desktop.domain.workflow import Status, WorkflowError
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.models.conclusion import ConclusionDocument
from desktop.models.document import Blob
from desktop.services.conclusions import ConclusionError, ConclusionService
from desktop.services.workflow import WorkflowService
from desktop.signing import CertificateRefused, SignatureRequest, WrongPassword, sign_pdf
from desktop.storage.blobs import BlobCorrupted
from desktop.storage.database import Database
from tests.support import pdftools
from tests.support.commission import Commission, examined

YEAR = date.today().year


def _status(db: Database, app_id: int) -> Status:
    with db.read() as s:
        app = s.get(Application, app_id)
        assert app is not None
        return Status(app.status)


def test_draft_sign_in_turn_and_issue(db: Database, staff, commission: Commission) -> None:
    app_id = examined(db, staff)
    service = ConclusionService(db)
    with pytest.raises(WorkflowError, match="taken by drafting or signing"):
        WorkflowService(db).advance(staff["chair"], app_id, "draft_conclusion")
    draft = service.draft(staff["member"], app_id)
    assert draft.number == f"AKM-{YEAR}-Q0001"
    assert draft.languages == ("kk", "ru")
    assert draft.agreed is True and draft.status == ConclusionStatus.DRAFT
    assert [(s.seat, s.field_name) for s in draft.signers] == [
        ("member", "member-1"), ("member", "member-2"), ("chair", "chair")]
    assert _status(db, app_id) == Status.CONCLUSION_DRAFTED
    kk = pdftools.flat(service.document(staff["clerk"], draft.id, "kk"))
    assert "ҚОРЫТЫНДЫ" in kk and draft.number in kk

    m1, m2 = commission.members
    with pytest.raises(WrongPassword):
        service.sign(m1, draft.id, replace(commission.keys["member"], password="wrong"))
    assert service.summary(m1, draft.id).version == draft.version  # nothing was written
    with pytest.raises(ConclusionError, match="chairperson signs last; still to sign: "):
        service.sign(commission.chair, draft.id, commission.keys["chair"])
    with pytest.raises(CertificateRefused) as refused:
        service.sign(m1, draft.id, commission.keys["member2"])  # another person's key
    assert refused.value.reason == "iin_mismatch"

    after_one = service.sign(m1, draft.id, commission.keys["member"])
    assert after_one.status == ConclusionStatus.SIGNING
    assert _status(db, app_id) == Status.BEING_SIGNED
    with pytest.raises(ConclusionError, match=r"signed .* already"):
        service.sign(m1, draft.id, commission.keys["member"])
    service.sign(m2, draft.id, commission.keys["member2"])
    issued = service.sign(commission.chair, draft.id, commission.keys["chair"])
    assert issued.status == ConclusionStatus.ISSUED and not issued.missing
    assert _status(db, app_id) == Status.ISSUED_AGREED

    reports = service.verify(staff["clerk"], draft.id)
    assert set(reports) == {"kk", "ru"}
    for report in reports.values():
        assert report.ok, [s.reason for s in report.signatures]
        assert [s.field_name for s in report.signatures] == ["member-1", "member-2", "chair"]
        assert report.signatures[-1].locks_document
    with pytest.raises(ConclusionError, match="is issued; it takes no signature"):
        service.sign(m1, draft.id, commission.keys["member"])
    _stamps_speak_the_documents_language(service, staff, draft.id)


def _stamps_speak_the_documents_language(service: ConclusionService, staff, conclusion_id: int
                                         ) -> None:
    """Each language's stamps in that language only, at Kazakhstan's time (UTC+5)."""
    kk = pdftools.flat(service.document(staff["clerk"], conclusion_id, "kk"))
    ru = pdftools.flat(service.document(staff["clerk"], conclusion_id, "ru"))
    assert kk.count("Электрондық цифрлық қолтаңба") == 3 and kk.count("(UTC+5)") == 3
    assert ru.count("Электронная цифровая подпись") == 3 and ru.count("(UTC+5)") == 3
    assert "Подписано:" in ru and "ИИН:" in ru
    for word in ("Қол қойды", "ЖСН", "Уақыты"):
        assert word not in ru
    for word in ("Подписано", "ИИН", "Время"):
        assert word not in kk


def test_roles_and_seats_are_checked(db: Database, staff, commission: Commission) -> None:
    app_id = examined(db, staff)
    service = ConclusionService(db)
    with pytest.raises(PermissionDenied):
        service.draft(staff["admin"], app_id)
    draft = service.draft(staff["chair"], app_id)
    with pytest.raises(PermissionDenied, match="'clerk' may not perform 'sign'"):
        service.sign(staff["clerk"], draft.id, commission.keys["member"])
    with pytest.raises(ConclusionError, match="not a member or the chair"):
        service.sign(staff["chair"], draft.id, commission.keys["member"])  # no seat


def test_a_damaged_document_is_refused_on_reading(db: Database, staff,
                                                  commission: Commission) -> None:
    app_id = examined(db, staff)
    service = ConclusionService(db)
    draft = service.draft(staff["member"], app_id)
    with db.write() as s:
        sha = s.execute(select(ConclusionDocument.current_sha256)
                        .where(ConclusionDocument.lang == "kk")).scalar_one()
        s.execute(update(Blob).where(Blob.sha256 == sha).values(data=b"%PDF-1.7 damaged"))
    with pytest.raises(BlobCorrupted):
        service.document(staff["clerk"], draft.id, "kk")
    with pytest.raises(BlobCorrupted):
        service.sign(commission.members[0], draft.id, commission.keys["member"])


def test_two_members_signing_at_once(db: Database, staff, commission: Commission) -> None:
    """Both read the same document; the second to store is told and signs again."""
    app_id = examined(db, staff)
    first, second = ConclusionService(db), ConclusionService(Database(
        db.url.render_as_string(hide_password=False)))
    draft = first.draft(staff["member"], app_id)
    m1, m2 = commission.members
    job1, job2 = first._prepare(m1, draft.id), second._prepare(m2, draft.id)
    def signed(job, actor, key):  # type: ignore[no-untyped-def]
        return {lang: sign_pdf(pdf, key, SignatureRequest(
            field_name=job.field_name, signer_name=actor.full_name, expected_iin=actor.iin))
            for lang, pdf in job.documents.items()}

    docs1 = signed(job1, m1, commission.keys["member"])
    docs2 = signed(job2, m2, commission.keys["member2"])
    cert = PdfFileReader(BytesIO(docs1["kk"])).embedded_signatures[-1].signer_cert
    first._store(m1, job1, docs1, cert)
    cert2 = PdfFileReader(BytesIO(docs2["kk"])).embedded_signatures[-1].signer_cert
    with pytest.raises(ConflictError, match=r"signed .* in the meantime"):
        second._store(m2, job2, docs2, cert2)
    again = second.sign(m2, draft.id, commission.keys["member2"])
    assert [s.signed_at is not None for s in again.signers] == [True, True, False]
    for report in first.verify(staff["clerk"], draft.id).values():
        assert [s.intact and s.valid and s.trusted for s in report.signatures] == [True, True]
    second.db.dispose()


def test_refusal_letter_and_gap_free_numbers(db: Database, staff,
                                             commission: Commission) -> None:
    service = ConclusionService(db)
    app_id = examined(db, staff)
    first = service.draft(staff["member"], app_id)
    WorkflowService(db).advance(staff["chair"], app_id, "repeat_examination",
                                reason="жаңа құжаттар келді")
    assert service.summary(staff["clerk"], first.id).status == ConclusionStatus.CANCELLED
    WorkflowService(db).advance(staff["chair"], app_id, "finish_examination")
    second = service.draft(staff["member"], app_id)
    assert second.number == f"AKM-{YEAR}-Q0002"

    other = examined(db, staff, serial=2)
    letter = service.refuse(staff["chair"], other, "documents_incomplete",
                            "Меншік құқығын растайтын құжат жоқ\nЗаттың иесі расталмаған")
    assert letter.number == f"AKM-{YEAR}-R0001" and _status(db, other) == Status.REFUSED
    assert [s.seat for s in letter.signers] == ["chair"]
    assert letter.ground == RefusalGround.DOCUMENTS_INCOMPLETE
    text = pdftools.flat(service.document(staff["clerk"], letter.id, "kk"))
    assert "2) Заттың иесі расталмаған" in text
    assert "құжаттар толық ұсынылмады" in text and "1414" in text
    service.sign(commission.chair, letter.id, commission.keys["chair"])
    journal = service.journal(staff["clerk"], year=YEAR)
    assert [(c.number, c.status) for c in journal] == [
        (f"AKM-{YEAR}-Q0001", ConclusionStatus.CANCELLED),
        (f"AKM-{YEAR}-Q0002", ConclusionStatus.DRAFT),
        (f"AKM-{YEAR}-R0001", ConclusionStatus.ISSUED)]


def test_a_correction_supersedes_the_issued_conclusion(db: Database, staff,
                                                       commission: Commission) -> None:
    service = ConclusionService(db)
    app_id = examined(db, staff, items=1)
    draft = service.draft(staff["member"], app_id)
    for actor, key in zip((*commission.members, commission.chair),
                          ("member", "member2", "chair"), strict=True):
        service.sign(actor, draft.id, commission.keys[key])
    fixed = service.correct(staff["chair"], draft.id, "Өлшемдері түзетілді")
    assert fixed.corrects_number == draft.number
    assert fixed.number == f"AKM-{YEAR}-Q0002"
    for actor, key in zip((*commission.members, commission.chair),
                          ("member", "member2", "chair"), strict=True):
        service.sign(actor, fixed.id, commission.keys[key])
    assert service.summary(staff["clerk"], draft.id).status == ConclusionStatus.SUPERSEDED
    assert _status(db, app_id) == Status.ISSUED_AGREED
    assert draft.number in pdftools.flat(service.document(staff["clerk"], fixed.id, "ru"))


def test_a_refusal_cites_its_ground_and_how_to_appeal(db: Database, staff,
                                                     commission: Commission) -> None:
    service = ConclusionService(db)
    app_id = examined(db, staff)
    with pytest.raises(RefusalError) as unknown:
        service.refuse(staff["chair"], app_id, "whim")
    assert unknown.value.reason == "unknown_ground" and unknown.value.values[0] == "whim"
    with pytest.raises(RefusalError) as silent:
        service.refuse(staff["chair"], app_id, "other", "  \n ")
    assert silent.value.reason == "other_needs_text"
    assert _status(db, app_id) == Status.EXAMINED  # nothing happened

    letter = service.refuse(staff["chair"], app_id, "signature_not_confirmed")
    service.sign(commission.chair, letter.id, commission.keys["chair"])
    profile = load_profile("akmola")
    appeal = appeal_terms(date.today())
    for lang, ground in (("kk", "электрондық цифрлық қолтаңбасының түпнұсқалығы расталмады"),
                         ("ru", "подлинность электронной цифровой подписи услугополучателя не "
                                "подтверждена")):
        text = pdftools.flat(service.document(staff["clerk"], letter.id, lang))
        assert ground in text.lower()
        assert " ".join(appeal.text(lang, profile.executive_body.get(lang)).split()) in text
    with db.read() as s:
        app = s.get(Application, app_id)
        assert app is not None and app.refusal_ground == "signature_not_confirmed"
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "application.refuse")
                          ).scalar_one()
        assert event.after == {"status": "refused", "ground": "signature_not_confirmed",
                               "reason": "signature_not_confirmed"}
