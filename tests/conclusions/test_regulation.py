"""The regulation to the letter at the conclusion: the required documents (and the
chairperson's override) and the quorum (a member recorded absent), on both backends."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, func, select

from desktop.domain.conclusions import ConclusionStatus
from desktop.domain.documents import PageKind
from desktop.domain.quorum import NoQuorum
from desktop.domain.roles import PermissionDenied
from desktop.domain.seats import SeatKind
from desktop.domain.workflow import Status
from desktop.messages import Words
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.models.document import Blob, DocumentPage
from desktop.models.user import CommissionSeat
from desktop.services.attendance import AttendanceError, AttendanceService
from desktop.services.conclusions import ConclusionService
from desktop.services.registration import RegistrationService
from desktop.services.requirements import (
    DocumentsMissing,
    RequirementsError,
    RequirementsService,
)
from desktop.services.workflow import WorkflowService
from desktop.storage.database import Database
from tests.support import pdftools
from tests.support.commission import Commission, examined
from tests.support.examination import (
    add_pages,
    complete_examination,
    under_examination,
    word_application,
)
from tests.support.factories import application, company

WHY = "Жеке куәліктің түпнұсқасы отырыста көрсетілді; көшірмесі кейін тапсырылады"


def _examined_unscanned(db: Database, staff, serial: int = 1) -> int:
    """Examined, with only the identity document scanned (no form, no photo)."""
    app = under_examination(db, staff, items=1, serial=serial)
    add_pages(db, app.application_id, (PageKind.ID,))
    complete_examination(db, staff, app.application_id)
    word_application(db, staff, app.application_id)
    WorkflowService(db).advance(staff["chair"], app.application_id, "finish_examination")
    return app.application_id


# -- the required documents ---------------------------------------------------------------


def test_no_conclusion_while_a_required_document_has_no_scan(
        db: Database, staff, commission: Commission) -> None:
    app_id = _examined_unscanned(db, staff)
    check = RequirementsService(db).check(staff["clerk"], app_id)
    assert check.required == ("application_form", "id_copy", "item_photos")
    assert check.missing == check.blocking == ("application_form", "item_photos")
    with pytest.raises(DocumentsMissing) as caught:
        ConclusionService(db).draft(staff["member"], app_id)
    assert (caught.value.code, caught.value.reason) == ("requirements", "missing")
    assert caught.value.documents == ("application_form", "item_photos")
    assert Words("ru").refusal(caught.value).splitlines()[1:] == [
        "— Заявление (приложение 4)", "— Фотографии предметов"]  # named, not coded
    with db.read() as s:
        assert s.get_one(Application, app_id).status == Status.EXAMINED

    add_pages(db, app_id, (PageKind.FORM, PageKind.PHOTO))
    draft = ConclusionService(db).draft(staff["member"], app_id)
    assert draft.status == ConclusionStatus.DRAFT


def test_the_chairperson_overrides_with_a_written_reason_printed_nowhere(
        db: Database, staff, commission: Commission) -> None:
    app_id = _examined_unscanned(db, staff)
    service = RequirementsService(db)
    with pytest.raises(PermissionDenied):
        service.waive(staff["member"], app_id, WHY)
    with pytest.raises(RequirementsError) as caught:
        service.waive(commission.chair, app_id, "   ")
    assert caught.value.reason == "no_reason"

    check = service.waive(commission.chair, app_id, WHY)
    assert check.missing == ("application_form", "item_photos") and check.blocking == ()
    assert check.waiver is not None and check.waiver.reason == WHY
    assert check.waiver.waived_by == commission.chair.full_name
    with db.read() as s:
        event = s.execute(select(AuditEvent).where(
            AuditEvent.action == "documents.waive")).scalar_one()
    assert event.username == commission.chair.username and event.application_id == app_id
    assert event.after == {"documents": ["application_form", "item_photos"], "reason": WHY}

    conclusion = ConclusionService(db)
    draft = conclusion.draft(staff["member"], app_id)
    for lang in draft.languages:
        text = pdftools.flat(conclusion.document(staff["clerk"], draft.id, lang))
        assert "отырыста көрсетілді" not in text and "override" not in text.lower()


def test_the_override_covers_only_the_documents_missing_when_it_was_given(
        db: Database, staff, commission: Commission) -> None:
    app_id = _examined_unscanned(db, staff)
    RequirementsService(db).waive(commission.chair, app_id, WHY)
    with db.write() as s:  # the clerk removes the identity document's only page
        s.execute(delete(DocumentPage).where(DocumentPage.application_id == app_id,
                                             DocumentPage.kind == PageKind.ID.value))
    with pytest.raises(DocumentsMissing) as caught:
        ConclusionService(db).draft(staff["member"], app_id)
    assert caught.value.documents == ("id_copy",)
    add_pages(db, app_id, (PageKind.ID, PageKind.FORM, PageKind.PHOTO))
    with pytest.raises(RequirementsError) as nothing:
        RequirementsService(db).waive(commission.chair, app_id, WHY)
    assert nothing.value.reason == "nothing_missing"


def test_a_company_must_have_its_registration_scanned(db: Database, staff) -> None:
    app_id = RegistrationService(db).register(
        staff["clerk"], application(company())).application_id
    check = RequirementsService(db).check(staff["clerk"], app_id)
    assert check.required == ("application_form", "company_registration", "item_photos")
    add_pages(db, app_id, (PageKind.FORM, PageKind.ID))
    assert RequirementsService(db).check(staff["clerk"], app_id).missing == ("item_photos",)


# -- the quorum -----------------------------------------------------------------------------


def _seat_third_member(db: Database, staff) -> None:
    """The account "chair" sits as a third member (no key needed: they will be absent)."""
    with db.write() as s:
        s.add(CommissionSeat(region="akmola", user_id=staff["chair"].user_id,
                             seat=SeatKind.MEMBER, since=date(2020, 1, 1)))


def test_an_absent_member_neither_signs_nor_blocks_the_conclusion(
        db: Database, staff, commission: Commission) -> None:
    _seat_third_member(db, staff)
    app_id = examined(db, staff)
    service, attendance = ConclusionService(db), AttendanceService(db)
    draft = service.draft(staff["member"], app_id)
    assert [g.user_id for g in draft.signers] == [
        staff["member"].user_id, commission.members[1].user_id, staff["chair"].user_id,
        commission.chair.user_id]
    with db.read() as s:
        blobs_before = s.execute(select(func.count()).select_from(Blob)).scalar_one()

    with pytest.raises(PermissionDenied):
        attendance.record_absent(staff["member"], draft.id, staff["chair"].user_id)
    state = attendance.record_absent(commission.chair, draft.id, staff["chair"].user_id,
                                     "іссапарда / в командировке")
    assert [p.full_name for p in state.absent] == [staff["chair"].full_name]
    assert (len(state.present), state.seated, state.needed, state.quorum_met) == (2, 3, 2,
                                                                                  True)
    summary = service.summary(staff["clerk"], draft.id)
    assert summary.number == draft.number
    assert [(g.user_id, g.field_name) for g in summary.signers] == [
        (staff["member"].user_id, "member-1"), (commission.members[1].user_id, "member-2"),
        (commission.chair.user_id, "chair")]
    with db.read() as s:  # the first rendering's files are gone with it
        assert s.execute(select(func.count()).select_from(Blob)).scalar_one() == blobs_before
    kk = pdftools.flat(service.document(staff["clerk"], draft.id, "kk"))
    ru = pdftools.flat(service.document(staff["clerk"], draft.id, "ru"))
    assert "Қатысқан комиссия мүшелері: 2 (барлығы 3)" in kk
    assert f"Қатыспағандар: {staff['chair'].full_name}" in kk
    assert f"Участвовали члены комиссии: 2 из 3. Отсутствовали: {staff['chair'].full_name}" \
        in ru

    # Issued with the signatures of those present and the chairperson.
    for member, key in zip(commission.members, ("member", "member2"), strict=True):
        service.sign(member, draft.id, commission.keys[key])
    issued = service.sign(commission.chair, draft.id, commission.keys["chair"])
    assert issued.status == ConclusionStatus.ISSUED
    for report in service.verify(staff["clerk"], draft.id).values():
        assert report.ok and len(report.signatures) == 3
    with db.read() as s:
        actions = [e.after for e in s.execute(select(AuditEvent).where(
            AuditEvent.action == "conclusion.absent")).scalars()]
    assert actions == [{"number": draft.number, "member": staff["chair"].full_name,
                        "note": "іссапарда / в командировке", "present": 2, "seated": 3}]


def test_no_quorum_refuses_the_absence_and_presence_restores_the_signer(
        db: Database, staff, commission: Commission) -> None:
    app_id = examined(db, staff)
    service, attendance = ConclusionService(db), AttendanceService(db)
    draft = service.draft(staff["member"], app_id)
    m1, m2 = commission.members
    with pytest.raises(NoQuorum) as caught:  # one of two is not more than half
        attendance.record_absent(commission.chair, draft.id, m2.user_id)
    assert (caught.value.code, caught.value.reason, caught.value.values) == (
        "conclusion", "no_quorum", ("1", "2", "2"))

    state = attendance.attendance(staff["clerk"], draft.id)
    assert state.seated == 2 and state.editable
    with pytest.raises(AttendanceError) as not_absent:
        attendance.record_present(commission.chair, draft.id, m2.user_id)
    assert not_absent.value.reason == "not_absent"

    service.sign(m1, draft.id, commission.keys["member"])
    with pytest.raises(AttendanceError) as started:
        attendance.record_absent(commission.chair, draft.id, m2.user_id)
    assert started.value.reason == "signing_started"


def test_a_member_recorded_absent_by_mistake_is_recorded_present(
        db: Database, staff, commission: Commission) -> None:
    _seat_third_member(db, staff)
    draft = ConclusionService(db).draft(staff["member"], examined(db, staff))
    attendance = AttendanceService(db)
    attendance.record_absent(commission.chair, draft.id, staff["chair"].user_id)
    state = attendance.record_present(commission.chair, draft.id, staff["chair"].user_id)
    assert state.absent == () and len(state.present) == 3
    signers = ConclusionService(db).summary(staff["clerk"], draft.id).signers
    assert [g.field_name for g in signers] == ["member-1", "member-2", "member-3", "chair"]
    kk = pdftools.flat(ConclusionService(db).document(staff["clerk"], draft.id, "kk"))
    assert "Қатыспағандар" not in kk


def test_a_commission_without_a_quorum_cannot_draft(db: Database, staff) -> None:
    with db.write() as s:
        s.add(CommissionSeat(region="akmola", user_id=staff["chair"].user_id,
                             seat=SeatKind.CHAIR, since=date(2020, 1, 1)))
    app_id = examined(db, staff)
    with pytest.raises(NoQuorum) as caught:
        ConclusionService(db).draft(staff["member"], app_id)
    assert caught.value.values == ("0", "0", "1")
