"""The conclusion is dated on the commission's decision, and headed as annex 5 heads it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from desktop.domain.roles import PermissionDenied
from desktop.models.application import Application
from desktop.models.audit import AuditEvent
from desktop.models.document import Blob
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionError, ConclusionService
from desktop.storage.database import Database
from tests.support import pdftools
from tests.support.commission import Commission, examined

TODAY = date.today()


def _decided(db: Database, app_id: int, day: date) -> None:
    """The chairperson finished the examination on *day* (received a week before)."""
    with db.write() as s:
        s.execute(update(Application).where(Application.id == app_id).values(
            received=day - timedelta(days=7),
            status_changed_at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC)))


def test_the_conclusion_is_dated_on_the_decision(db: Database, staff: dict[str, Actor],
                                                 commission: Commission) -> None:
    service = ConclusionService(db)
    app_id = examined(db, staff)
    decided = TODAY - timedelta(days=3)
    _decided(db, app_id, decided)
    draft = service.draft(staff["member"], app_id)
    assert draft.issued_on == decided, "by default: the day the chair finished the examination"
    kk = pdftools.flat(service.document(staff["clerk"], draft.id, "kk"))
    ru = pdftools.flat(service.document(staff["clerk"], draft.id, "ru"))
    assert f"«{decided.day:02d}»" in kk and str(decided.year) in kk
    # Annex 5's header: the local executive body, the department under it, the commission.
    assert kk.index("Ақмола облысының әкімдігі") < kk.index("Ақмола облысының мәдениет "
                                                            "басқармасы") < kk.index("ҚОРЫТЫНДЫ")
    assert ru.index("Акимат Акмолинской области") < ru.index("Управление культуры")

    with pytest.raises(PermissionDenied):
        service.set_decision_date(staff["member"], draft.id, decided)
    with pytest.raises(ConclusionError) as future:
        service.set_decision_date(commission.chair, draft.id, TODAY + timedelta(days=1))
    assert future.value.reason == "decision_in_future"
    with pytest.raises(ConclusionError) as early:
        service.set_decision_date(commission.chair, draft.id, decided - timedelta(days=8))
    assert early.value.reason == "decision_before_received"
    assert early.value.values == ((decided - timedelta(days=8)).strftime("%d.%m.%Y"),
                                  (decided - timedelta(days=7)).strftime("%d.%m.%Y"))

    with db.read() as s:
        blobs = s.execute(select(Blob.sha256)).scalars().all()
    redated = service.set_decision_date(commission.chair, draft.id, decided - timedelta(days=1))
    assert (redated.number, redated.issued_on) == (draft.number, decided - timedelta(days=1))
    assert redated.version > draft.version
    kk = pdftools.flat(service.document(staff["clerk"], draft.id, "kk"))
    assert f"«{(decided - timedelta(days=1)).day:02d}»" in kk
    with db.read() as s:
        now = s.execute(select(Blob.sha256)).scalars().all()
        assert len(now) == len(blobs), "the documents of the old date are not kept"
        assert s.execute(select(AuditEvent.after).where(
            AuditEvent.action == "conclusion.date")).scalar_one()["date"] == \
            (decided - timedelta(days=1)).isoformat()

    service.sign(commission.members[0], draft.id, commission.keys["member"])
    with pytest.raises(ConclusionError) as signed:
        service.set_decision_date(commission.chair, draft.id, decided)
    assert signed.value.reason == "date_after_signature"


def test_the_chair_dates_the_conclusion_when_drafting(db: Database, staff: dict[str, Actor],
                                                      commission: Commission) -> None:
    service = ConclusionService(db)
    app_id = examined(db, staff)
    _decided(db, app_id, TODAY - timedelta(days=2))
    with pytest.raises(PermissionDenied):
        service.draft(staff["member"], app_id, decided_on=TODAY)
    draft = service.draft(commission.chair, app_id, decided_on=TODAY - timedelta(days=1))
    assert draft.issued_on == TODAY - timedelta(days=1)
