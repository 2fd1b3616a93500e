"""The certificate: drafted when an agreed conclusion is issued, signed by the official the
profile names, closed by the return act; numbered without gaps; none without agreement."""

from __future__ import annotations

import multiprocessing as mp
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.documents import PageKind
from desktop.domain.errors import NotFoundError
from desktop.domain.examination_rules import ExaminationKind, PageLink, PageRole
from desktop.domain.languages import NO_TEXT
from desktop.domain.refusals import RefusalGround
from desktop.domain.roles import PermissionDenied
from desktop.domain.seats import SeatKind
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.services.actor import Actor
from desktop.services.certificates import CertificateError, CertificateService
from desktop.services.conclusions import ConclusionError, ConclusionService
from desktop.services.dashboard import DashboardService
from desktop.services.documents import DocumentService
from desktop.services.examination import ExaminationService
from desktop.services.exports import ExportKind, ExportService, Period
from desktop.services.returns import ReturnService
from desktop.services.seats import SeatError, SeatService
from desktop.signing import Pkcs12Key
from desktop.storage.database import Database
from tests.support import pdftools
from tests.support import report_samples as samples
from tests.support.commission import Commission, agreed_export, examined, seat_official
from tests.support.contention import pressing_again
from tests.support.examination import complete
from tests.support.staff import PASSWORD

YEAR = date.today().year
ALL = Period(date(2000, 1, 1), date(2100, 12, 31))


def test_the_agreed_export_gets_its_certificate_signed_and_closed(
        db: Database, staff: dict[str, Actor], commission: Commission,
        official: tuple[Actor, Pkcs12Key], tmp_path: Path) -> None:
    person, key = official
    seat_official(db, person)
    app_id = agreed_export(db, staff, commission, examined(db, staff, items=1))
    service = CertificateService(db)
    draft = service.for_application(staff["clerk"], app_id)
    assert draft is not None, "issuing the agreed conclusion drafts the certificate"
    conclusion = ConclusionService(db).journal(staff["clerk"], kind=ConclusionKind.CONCLUSION)[0]
    assert draft.number == f"AKM-{YEAR}-C0001" and draft.kind == ConclusionKind.CERTIFICATE
    assert draft.status == ConclusionStatus.DRAFT and draft.languages == ("kk", "ru")
    assert draft.based_on_number == conclusion.number
    assert [(s.seat, s.user_id, s.field_name) for s in draft.signers] == [
        ("official", person.user_id, "official")]
    kk = pdftools.flat(service.document(staff["clerk"], draft.id, "kk"))
    ru = pdftools.flat(service.document(staff["clerk"], draft.id, "ru"))
    assert "КУӘЛІК" in kk and "СВИДЕТЕЛЬСТВО" in ru
    for text, title in ((kk, "1. Домбыра"), (ru, "1. Домбра")):  # the commission's title
        assert draft.number in text and conclusion.number in text
        assert title in text and person.full_name in text
    assert "бір (1) дана" in kk and "один (1) предмет" in ru
    assert "қайтарып әкелуге" in kk and "обязан вернуть" in ru
    assert "Ақмола облысының әкімдігі" in kk and "Управление культуры Акмолинской" in ru

    waiting = DashboardService(db).work_lists(person).to_sign
    assert [w.detail for w in waiting] == [draft.number], "on the official's start page"
    with pytest.raises(ConclusionError, match="not a member or the chair"):
        service.sign(commission.chair, draft.id, commission.keys["chair"])
    with pytest.raises(CertificateError, match="has its certificate") as again:
        service.draft(staff["clerk"], app_id)
    assert again.value.reason == "drafted_already"
    issued = service.sign(person, draft.id, key)
    assert issued.status == ConclusionStatus.ISSUED
    for report in ConclusionService(db).verify(staff["clerk"], draft.id).values():
        assert report.ok and [s.field_name for s in report.signatures] == ["official"]
    assert service.by_number(staff["clerk"], draft.application_number).id == draft.id
    assert service.by_number(staff["clerk"], draft.number).id == draft.id
    with pytest.raises(NotFoundError):
        service.by_number(staff["clerk"], conclusion.number)

    _return_and_close(db, staff, commission, app_id, tmp_path)
    closed = service.for_application(staff["clerk"], app_id)
    assert closed is not None and closed.status == ConclusionStatus.CLOSED
    # The registry names the conclusion (not the return act, the latest document) and the
    # certificate; the journal has all three documents.
    (row,) = ExportService(db).rows(staff["clerk"], ExportKind.REGISTRY, ALL, "en")
    assert row[11:16] == ("closed: items returned", "agreed", conclusion.number,
                          conclusion.issued_on, draft.number)
    journal = [(r[0], r[2], r[7]) for r in ExportService(db).rows(
        staff["clerk"], ExportKind.JOURNAL, ALL, "en")]
    assert journal == [(conclusion.number, "conclusion", "issued"),
                       (draft.number, "certificate", "closed: items returned"),
                       (f"AKM-{YEAR}-V0001", "return act", "issued")]
    with db.read() as s:
        assert s.execute(select(AuditEvent.action).where(
            AuditEvent.action.like("certificate.%")).order_by(AuditEvent.seq)
        ).scalars().all() == ["certificate.draft", "certificate.sign", "certificate.close"]


def _return_and_close(db: Database, staff: dict[str, Actor], commission: Commission,
                      app_id: int, folder: Path) -> None:
    """The one item comes back, matches its examination, and the act is signed."""
    clerk, member = staff["clerk"], commission.members[0]
    returns = ReturnService(db)
    (item,) = returns.items(clerk, app_id)
    with db.write() as s:  # the export began a while ago
        s.execute(update(Application).where(Application.id == app_id).values(
            export_from=date.today() - timedelta(days=20)))
    returns.register(clerk, app_id, [item.item_id], returned_on=date.today(),
                     presented_by="Сейітов Арман", place="Көкшетау")
    photo = folder / "back.jpg"
    photo.write_bytes(samples.camera_photo(3, (320, 240)))
    (page,) = DocumentService(db).import_files(member, app_id, [photo],
                                               PageKind.RETURN_PHOTO).page_ids
    ExaminationService(db).save(member, item.item_id, complete(
        ExaminationKind.RETURN, pages=(PageLink(page, PageRole.OVERALL),)), None)
    (item,) = returns.items(clerk, app_id)
    returns.record_check(member, item.item_id, "matches", NO_TEXT, item.version or 0)
    conclusions = ConclusionService(db)
    act = conclusions.draft_return_act(member, app_id)
    conclusions.sign(member, act.id, commission.keys["member"])
    conclusions.sign(commission.chair, act.id, commission.keys["chair"])


def test_not_agreed_and_refused_applications_get_none(
        db: Database, staff: dict[str, Actor], commission: Commission,
        official: tuple[Actor, Pkcs12Key]) -> None:
    seat_official(db, official[0])
    conclusions, certificates = ConclusionService(db), CertificateService(db)
    app_id = examined(db, staff, items=1)
    draft = conclusions.draft(staff["member"], app_id, agreed=False)
    for actor, key in zip((*commission.members, commission.chair),
                          ("member", "member2", "chair"), strict=True):
        conclusions.sign(actor, draft.id, commission.keys[key])
    assert certificates.for_application(staff["clerk"], app_id) is None
    with pytest.raises(CertificateError) as refused:
        certificates.draft(staff["clerk"], app_id)
    assert refused.value.reason == "not_agreed"

    refused_id = examined(db, staff, items=1, serial=2)
    conclusions.refuse(staff["chair"], refused_id, RefusalGround.DOCUMENTS_INCOMPLETE,
                       "Құжаттар толық емес")
    with pytest.raises(CertificateError) as refused:
        certificates.draft(staff["clerk"], refused_id)
    assert refused.value.reason == "not_agreed"
    with pytest.raises(PermissionDenied):
        certificates.draft(staff["member"], refused_id)
    assert certificates.journal(staff["clerk"]) == []


def test_without_a_seated_official_the_conclusion_issues_and_the_certificate_waits(
        db: Database, staff: dict[str, Actor], commission: Commission,
        official: tuple[Actor, Pkcs12Key]) -> None:
    app_id = agreed_export(db, staff, commission, examined(db, staff, items=1))
    service = CertificateService(db)
    assert service.for_application(staff["clerk"], app_id) is None
    with db.read() as s:
        event = s.execute(select(AuditEvent).where(
            AuditEvent.action == "certificate.not_drafted")).scalar_one()
        assert event.after == {"reason": "no_issuer", "values": ["0", date.today()
                                                                   .strftime("%d.%m.%Y")]}
    with pytest.raises(CertificateError) as no_one:
        service.draft(staff["clerk"], app_id)
    assert no_one.value.reason == "no_issuer"

    person, key = official
    with pytest.raises(SeatError) as clerk_seat:  # a clerk cannot sign
        SeatService(db).add(Actor.system(), staff["clerk"].user_id or 0, SeatKind.OFFICIAL,
                            date(2020, 1, 1))
    assert clerk_seat.value.reason == "role"
    seat_official(db, person)
    draft = service.draft(person, app_id)
    assert draft.number == f"AKM-{YEAR}-C0001", "the refused attempts took no number"
    cancelled = service.cancel(staff["clerk"], draft.id, "жаңа лауазымды тұлға")
    assert cancelled.status == ConclusionStatus.CANCELLED
    again = service.draft(staff["clerk"], app_id)
    assert again.number == f"AKM-{YEAR}-C0002"
    service.sign(person, again.id, key)
    with pytest.raises(CertificateError) as issued:
        service.cancel(person, again.id, "x")
    assert issued.value.reason == "not_a_draft"
    assert [(c.number, c.status) for c in service.journal(staff["clerk"])] == [
        (f"AKM-{YEAR}-C0001", ConclusionStatus.CANCELLED),
        (f"AKM-{YEAR}-C0002", ConclusionStatus.ISSUED)]
    journal = [(r[0], r[2], r[7]) for r in ExportService(db).rows(
        staff["clerk"], ExportKind.JOURNAL, ALL, "ru") if r[2] == "свидетельство"]
    assert journal == [(f"AKM-{YEAR}-C0001", "свидетельство", "отменено"),
                       (f"AKM-{YEAR}-C0002", "свидетельство", "выдано")]


def _draft_many(url: str, app_ids: list[int], out: Any) -> None:
    """Draft each certificate as a clerk at a second desktop would: when the database
    answers "busy" (the other desktop holds the write lock while it renders), press again.
    Anything else is reported, so a failure says what went wrong instead of timing out."""
    from desktop.services.users import UserService

    numbers: list[str] = []
    try:
        db = Database(url)
        clerk = UserService(db).login("clerk", PASSWORD)
        service = CertificateService(db)
        for app_id in app_ids:
            try:
                numbers.append(pressing_again(
                    lambda app_id=app_id: service.draft(clerk, app_id)).number)
            except CertificateError as exc:
                numbers.append(exc.reason)
        db.dispose()
    except Exception as exc:  # reported to the test, which fails naming it
        numbers.append(f"failed: {exc!r}")
    out.put(numbers)


def test_two_desktops_draft_certificates_at_once(
        db: Database, staff: dict[str, Actor], commission: Commission,
        official: tuple[Actor, Pkcs12Key]) -> None:
    """Two processes draft certificates for five agreed exports each, and both try a sixth:
    eleven numbers, none twice, none missing, and the sixth has one certificate."""
    apps = [agreed_export(db, staff, commission, examined(db, staff, items=1, serial=10 + i))
            for i in range(11)]
    seat_official(db, official[0])  # seated only now: nothing was drafted on issue
    contested = apps.pop()
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    url = db.url.render_as_string(hide_password=False)
    procs = [ctx.Process(target=_draft_many, args=(url, [*apps[k::2], contested], queue))
             for k in range(2)]
    for p in procs:
        p.start()
    results = [n for _ in procs for n in queue.get(timeout=300)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert not [n for n in results if not n.startswith("AKM-") and n != "drafted_already"]
    numbers = sorted(n for n in results if n.startswith("AKM-"))
    assert numbers == [f"AKM-{YEAR}-C{i:04d}" for i in range(1, 12)]
    assert results.count("drafted_already") == 1
    journal = CertificateService(db).journal(staff["clerk"])
    assert sorted(c.application_id for c in journal) == sorted([*apps, contested])
