"""What the demo must respect of the regulation's rules: every examined application has its
required documents scanned, the commission makes its quorum, and the deadlines follow the
stages and the calendar in force."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.domain.regions import load_profile
from desktop.domain.seats import SeatKind
from desktop.domain.stages import current_stage
from desktop.domain.workflow import ACTIVE_STATUSES, Status
from desktop.models.application import Application
from desktop.models.user import CommissionSeat
from desktop.services.actor import Actor
from desktop.services.requirements import RequirementsService
from desktop.storage.database import Database


def test_the_demo_keeps_the_regulations_rules(demo: Path) -> None:
    db = Database(f"sqlite:///{demo}")
    viewer = Actor.system()
    with db.read() as s:
        examined = list(s.execute(select(Application.id).where(
            Application.status == Status.EXAMINED.value)).scalars())
        seats = s.execute(select(CommissionSeat.seat)).scalars().all()
        running = s.execute(select(Application).where(
            Application.status.in_([st.value for st in ACTIVE_STATUSES]))).scalars().all()
        for app in running:  # no preliminary stage in Akmola: the result runs from receipt
            assert current_stage(app.preliminary_due, app.preliminary_done,
                                 app.result_due)[0] == "result"
    assert examined
    requirements = RequirementsService(db)
    for app_id in examined:
        assert requirements.check(viewer, app_id).blocking == (), app_id
    members = sum(1 for seat in seats if seat == SeatKind.MEMBER)
    assert load_profile("akmola").quorum.met(members, members)
    db.dispose()
