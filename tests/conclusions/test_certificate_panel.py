"""The certificate in the Conclusion tab: the clerk drafts it, the official signs it; the
chairperson dates a conclusion on the commission's decision before anyone signs."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.models.application import Application
from desktop.services.applications import ApplicationService
from desktop.services.certificates import CertificateService
from desktop.storage.database import Database
from desktop.ui.conclusions import ConclusionPanel
from tests.support.commission import Commission, agreed_export, examined, seat_official
from tests.support.sessions import session_for


def _panel(qtbot: QtBot, db: Database, actor, app_id: int) -> ConclusionPanel:
    panel = ConclusionPanel(session_for(db, actor), app_id)
    qtbot.addWidget(panel)
    panel.reload(ApplicationService(db).detail(actor, app_id).status)
    return panel


def test_the_clerk_drafts_the_certificate_and_the_official_signs_it(
        qtbot: QtBot, db: Database, staff, commission: Commission, official) -> None:
    app_id = agreed_export(db, staff, commission, examined(db, staff, items=1))
    person, key = official
    clerk = _panel(qtbot, db, staff["clerk"], app_id)
    assert clerk.certificate.isVisibleTo(clerk) and clerk.certificate.draft_button.isEnabled()
    with qtbot.waitSignal(clerk.certificate.refused, timeout=30_000):
        clerk.certificate.draft()  # nobody is seated to sign it: refused, and said why
    assert "Nobody holds the seat of the official" in clerk.message.text()

    seat_official(db, person)
    with qtbot.waitSignal(clerk.session.changed, timeout=30_000):
        clerk.certificate.draft()
    assert "drafted; the official signs it here" in clerk.info.text()
    clerk.reload(ApplicationService(db).detail(staff["clerk"], app_id).status)
    assert clerk.current is not None and clerk.current.kind == ConclusionKind.CERTIFICATE
    assert clerk.list.currentItem().text().startswith("Certificate ")
    assert not clerk.certificate.draft_button.isEnabled()
    assert clerk.certificate.cancel_button.isEnabled() and not clerk.sign_button.isVisible()
    assert clerk.document.pageCount() >= 1

    desk = _panel(qtbot, db, person, app_id)
    assert not desk.draft_button.isVisible() and not desk.decision.isVisibleTo(desk)
    assert desk.current is not None and desk.sign_button.isEnabled()
    with qtbot.waitSignal(desk.session.changed, timeout=60_000):
        desk.sign(key)
    assert "is issued" in desk.info.text()
    summary = CertificateService(db).for_application(person, app_id)
    assert summary is not None and summary.status == ConclusionStatus.ISSUED


def test_the_chair_dates_the_conclusion_before_the_members_sign(
        qtbot: QtBot, db: Database, staff, commission: Commission) -> None:
    app_id = examined(db, staff, items=1)
    member = _panel(qtbot, db, commission.members[0], app_id)
    with qtbot.waitSignal(member.session.changed, timeout=30_000):
        member.draft()
    member.reload(ApplicationService(db).detail(commission.members[0], app_id).status)
    assert member.decision.isVisibleTo(member) and not member.decision.edit.isEnabled()
    assert not member.decision.set_button.isVisibleTo(member)

    chair = _panel(qtbot, db, commission.chair, app_id)
    assert chair.decision.edit.isEnabled() and chair.decision.set_button.isEnabled()
    yesterday = date.today() - timedelta(days=1)
    chair.decision.edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    with qtbot.waitSignal(chair.decision.refused):
        chair.decision.set_button.click()  # the application came in today
    assert chair.message.text().startswith(f"The decision date {yesterday:%d.%m.%Y} is "
                                           "before the application was received")
    with db.write() as s:
        s.execute(update(Application).where(Application.id == app_id)
                  .values(received=yesterday))
    with qtbot.waitSignal(chair.session.changed):
        chair.decision.set_button.click()
    assert chair.info.text().endswith(f"is dated {yesterday:%d.%m.%Y}.")
    assert chair.message.text() == ""
