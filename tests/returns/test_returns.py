"""An agreed export followed until its items come back, checked, and closed by a signed act."""

from __future__ import annotations

import io
import multiprocessing as mp
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.documents import PageKind
from desktop.domain.examination_rules import (
    Dimension,
    ExaminationClosed,
    ExaminationKind,
    LengthUnit,
    Measurement,
    PageLink,
    PageRole,
)
from desktop.domain.languages import NO_TEXT, Bilingual
from desktop.domain.returns import CheckResult, ExportState, ReturnOutcome
from desktop.domain.roles import PermissionDenied
from desktop.domain.workflow import Status
from desktop.services.actor import Actor
from desktop.services.applications import ApplicationService
from desktop.services.conclusions import ConclusionService, ReturnActIncomplete
from desktop.services.documents import DocumentService, DocumentsLocked
from desktop.services.examination import ExaminationService
from desktop.services.returns import ReturnError, ReturnService
from desktop.storage.database import Database
from tests.support import pdftools
from tests.support.commission import Commission, abroad_since, agreed_export, examined
from tests.support.examination import complete
from tests.support.staff import PASSWORD

TODAY = date.today()


def _issue(db: Database, staff: dict[str, Actor], commission: Commission, items: int = 3,
           serial: int = 1) -> int:
    return agreed_export(db, staff, commission, examined(db, staff, items=items, serial=serial))


def _photo(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    path = folder / name
    image = Image.new("RGB", (320, 240), colour)
    buf = io.BytesIO()
    image.save(buf, "JPEG")
    path.write_bytes(buf.getvalue())
    return path


def test_an_overdue_export_is_returned_checked_and_closed(
        db: Database, staff: dict[str, Actor], commission: Commission, tmp_path: Path) -> None:
    app_id = _issue(db, staff, commission)
    clerk, member, chair = staff["clerk"], commission.members[0], commission.chair
    returns = ReturnService(db)
    abroad_since(db, app_id, TODAY - timedelta(days=100), TODAY + timedelta(days=20))
    (row,) = returns.tracking(clerk, [ExportState.DUE_SOON])
    assert (row.application_id, row.items, row.back) == (app_id, 3, 0)
    assert row.phones == "+7 701 000 00 00" and row.days_left(TODAY) == 20
    abroad_since(db, app_id, TODAY - timedelta(days=100), TODAY - timedelta(days=5))
    (row,) = returns.tracking(clerk, [ExportState.OVERDUE])
    assert row.state == ExportState.OVERDUE and row.days_left(TODAY) == -5
    assert returns.counts(clerk)[ExportState.OVERDUE] == 1

    items = returns.items(clerk, app_id)
    first, second, third = (i.item_id for i in items)
    with pytest.raises(ReturnError, match="in the future"):
        returns.register(clerk, app_id, [first], returned_on=TODAY + timedelta(days=1),
                         presented_by="Сейітов Арман", place="Астана")
    with pytest.raises(ReturnError, match="who presented"):
        returns.register(clerk, app_id, [first], returned_on=TODAY, presented_by=" ",
                         place="Астана")
    # A partial return: two items today; the export stays overdue until all are back.
    returns.register(clerk, app_id, [first, second], returned_on=TODAY,
                     presented_by="Сейітов Арман", place="Астана, комиссия")
    with pytest.raises(ReturnError, match="registered already"):
        returns.register(clerk, app_id, [second], returned_on=TODAY, presented_by="X",
                         place="Y")
    (row,) = returns.tracking(clerk, [ExportState.OVERDUE])
    assert row.back == 2
    with pytest.raises(ReturnError, match="name the document"):
        returns.record_loss(clerk, app_id, third, on=TODAY, note=Bilingual(" ", ""))
    returns.record_loss(clerk, app_id, third, on=TODAY, note=Bilingual(
        "Париж полициясының 2026-11-02 № 4471 хаттамасы",
        "Протокол полиции Парижа № 4471 от 02.11.2026"))
    (row,) = returns.tracking(clerk, [ExportState.RETURNED])
    assert row.back == 3

    # New photos: a member imports them as photos on return; other pages stay locked.
    documents = DocumentService(db)
    with pytest.raises(DocumentsLocked):
        documents.import_files(clerk, app_id, [_photo(tmp_path, "x.jpg", (1, 2, 3))],
                               PageKind.PHOTO)
    report = documents.import_files(
        member, app_id, [_photo(tmp_path, "back1.jpg", (120, 80, 40)),
                         _photo(tmp_path, "back2.jpg", (20, 80, 140))], PageKind.RETURN_PHOTO)
    assert report.ok and len(report.page_ids) == 2
    photo1, photo2 = report.page_ids

    exams = ExaminationService(db)
    record = complete(ExaminationKind.RETURN, recommendation=None, cultural_value=None)
    with pytest.raises(ReturnError, match="has not come back yet"):
        exams.save(member, third, record, None)
    exams.save(member, first, replace(record, pages=(PageLink(photo1, PageRole.OVERALL),)),
               None)
    # The second item comes back shorter than it was measured: the comparison shows it.
    shorter = replace(record, pages=(PageLink(photo2, PageRole.OVERALL),),
                      measurements=(Measurement(Dimension.LENGTH, 91.0, LengthUnit.CM),
                                    Measurement(Dimension.WIDTH, 21.1, LengthUnit.CM)))
    exams.save(member, second, shorter, None)
    same = returns.comparison(clerk, first)
    assert same.fields and not same.differing and same.returned_photos == (photo1,)
    changed = returns.comparison(clerk, second)
    assert changed.differing == ("measurements",)
    assert changed.original is not None and changed.returned is not None

    with pytest.raises(ReturnActIncomplete) as incomplete:
        ConclusionService(db).draft_return_act(chair, app_id)
    assert [(g.position, g.reason) for g in incomplete.value.gaps] == [
        (1, "no_verdict"), (2, "no_verdict")]
    with pytest.raises(PermissionDenied):
        returns.record_check(clerk, first, CheckResult.MATCHES, NO_TEXT,
                             items[0].version or 0)
    versions = {i.item_id: i.version for i in returns.items(member, app_id)}
    returns.record_check(member, first, CheckResult.MATCHES, NO_TEXT, versions[first] or 0)
    with pytest.raises(ReturnError, match="say how"):
        returns.record_check(member, second, CheckResult.DIFFERS, NO_TEXT,
                             versions[second] or 0)
    checked = returns.record_check(member, second, CheckResult.DIFFERS, Bilingual(
        "Мойны 7 см қысқа: ауыстырылған болуы мүмкін",
        "Гриф короче на 7 см: возможно, подменён"), versions[second] or 0)
    assert checked.check_result == CheckResult.DIFFERS and checked.checked_by

    conclusions = ConclusionService(db)
    act = conclusions.draft_return_act(clerk, app_id)
    assert act.kind == ConclusionKind.RETURN_ACT and act.agreed is False
    assert act.number == f"AKM-{TODAY.year}-V0001"
    assert [(s.seat, s.user_id) for s in act.signers] == [
        ("member", member.user_id), ("chair", chair.user_id)]
    kk = pdftools.flat(conclusions.document(clerk, act.id, "kk"))
    ru = pdftools.flat(conclusions.document(clerk, act.id, "ru"))
    assert "ҚАЙТАРУДЫ ТЕКСЕРУ АКТІСІ" in kk and "АКТ ПРОВЕРКИ ВОЗВРАТА" in ru
    assert "Мойны 7 см қысқа" in kk and "Размеры" in ru and "утрачен" in ru
    assert "Гриф короче" in ru and "Гриф короче" not in kk
    with pytest.raises(ReturnError, match="is drafted"):
        returns.record_check(member, first, CheckResult.DIFFERS, Bilingual("x", "x"),
                             versions[first] or 0)
    with pytest.raises(ReturnError, match="is drafted"):
        exams.save(member, first, record, 1)

    conclusions.sign(member, act.id, commission.keys["member"])
    assert ApplicationService(db).detail(clerk, app_id).status == Status.ISSUED_AGREED
    closed = conclusions.sign(chair, act.id, commission.keys["chair"])
    assert closed.status == ConclusionStatus.ISSUED
    assert ApplicationService(db).detail(clerk, app_id).status == Status.CLOSED
    (row,) = returns.tracking(clerk, [ExportState.CLOSED])
    assert row.application_id == app_id
    for report in conclusions.verify(clerk, act.id).values():
        assert report.ok, [s.reason for s in report.signatures]
        assert [s.field_name for s in report.signatures] == ["member-1", "chair"]
    with pytest.raises(ReturnError, match="closed"):
        returns.withdraw(clerk, first, 2)
    with pytest.raises(ExaminationClosed):
        exams.save(member, first, record, 1)


def test_a_return_act_can_be_cancelled_and_the_check_corrected(
        db: Database, staff: dict[str, Actor], commission: Commission, tmp_path: Path) -> None:
    app_id = _issue(db, staff, commission, items=1, serial=2)
    clerk, member = staff["clerk"], commission.members[0]
    abroad_since(db, app_id, TODAY - timedelta(days=30), TODAY + timedelta(days=90))
    returns = ReturnService(db)
    assert returns.tracking(clerk, [ExportState.ABROAD])[0].application_id == app_id
    (item,) = returns.items(clerk, app_id)
    with pytest.raises(ReturnError, match="before the export began"):
        returns.register(clerk, app_id, [item.item_id], returned_on=TODAY - timedelta(days=31),
                         presented_by="A", place="B")
    returns.register(clerk, app_id, [item.item_id], returned_on=TODAY, presented_by="A",
                     place="B")
    (page,) = DocumentService(db).import_files(
        clerk, app_id, [_photo(tmp_path, "p.jpg", (9, 9, 9))], PageKind.RETURN_PHOTO).page_ids
    record = complete(ExaminationKind.RETURN, pages=(PageLink(page, PageRole.OVERALL),))
    ExaminationService(db).save(member, item.item_id, record, None)
    (item,) = returns.items(clerk, app_id)
    assert item.outcome == ReturnOutcome.RETURNED and item.examined
    returns.record_check(member, item.item_id, "matches", NO_TEXT, item.version or 0)
    conclusions = ConclusionService(db)
    act = conclusions.draft_return_act(member, app_id)
    assert act.agreed is True
    with pytest.raises(ReturnError, match="cancel it"):
        returns.withdraw(clerk, item.item_id, item.version or 0)
    cancelled = conclusions.cancel(member, act.id, "the date of return was wrong")
    assert cancelled.status == ConclusionStatus.CANCELLED
    (item,) = returns.items(clerk, app_id)
    returns.withdraw(clerk, item.item_id, item.version or 0)
    assert returns.items(clerk, app_id)[0].outcome is None
    again = returns.tracking(clerk, [ExportState.ABROAD])
    assert [r.application_id for r in again] == [app_id]


def _register_item(url: str, app_id: int, item_id: int, who: str, barrier: Any,
                   out: Any) -> None:
    from desktop.services.users import UserService

    db = Database(url)
    clerk = UserService(db).login("clerk", PASSWORD)
    barrier.wait(timeout=60)  # both desktops press OK together
    try:
        ReturnService(db).register(clerk, app_id, [item_id], returned_on=TODAY,
                                   presented_by=who, place="Көкшетау")
        out.put(("registered", who))
    except ReturnError as exc:
        out.put((exc.reason, who))
    db.dispose()


def test_two_desktops_registering_the_same_return(
        db: Database, staff: dict[str, Actor], commission: Commission) -> None:
    """Both clerks register the same item at once: one return is kept, the other clerk is
    told it is registered already (no database error, no second row)."""
    app_id = _issue(db, staff, commission, items=1, serial=3)
    abroad_since(db, app_id, TODAY - timedelta(days=30), TODAY + timedelta(days=30))
    (item,) = ReturnService(db).items(staff["clerk"], app_id)
    ctx = mp.get_context("spawn")
    queue, barrier = ctx.Queue(), ctx.Barrier(2)
    url = db.url.render_as_string(hide_password=False)
    procs = [ctx.Process(target=_register_item,
                         args=(url, app_id, item.item_id, who, barrier, queue))
             for who in ("Арман", "Динара")]
    for p in procs:
        p.start()
    results = sorted(queue.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert [kind for kind, _ in results] == ["registered", "registered_already"]
    (stored,) = ReturnService(db).items(staff["clerk"], app_id)
    assert stored.presented_by == next(who for kind, who in results if kind == "registered")
