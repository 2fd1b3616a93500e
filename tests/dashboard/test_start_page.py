"""The start page lists a drafted conclusion for the people who still have to sign it."""

from __future__ import annotations

from desktop.services.conclusions import ConclusionService
from desktop.services.dashboard import DashboardService
from desktop.storage.database import Database
from tests.support.commission import Commission, examined


def test_a_draft_waits_for_its_signers(db: Database, staff, commission: Commission) -> None:
    app_id = examined(db, staff, items=1)
    draft = ConclusionService(db).draft(staff["member"], app_id)
    service = DashboardService(db)
    waiting = service.work_lists(staff["member"]).to_sign
    assert [(w.application_id, w.detail) for w in waiting] == [(app_id, draft.number)]
    assert service.work_lists(staff["clerk"]).to_sign == ()
