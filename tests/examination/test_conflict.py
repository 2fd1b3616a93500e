"""Two desktops edit the same record: the later save meets a conflict carrying both versions.

Each side has its own ``Database`` (its own engine and connections; on PostgreSQL, its own
server sessions), as two desktops pointed at one shared database would.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ConflictError
from desktop.domain.examination_rules import ExaminationConflict, ExaminationKind
from desktop.domain.languages import Bilingual
from desktop.models.audit import AuditEvent
from desktop.models.examination import Examination, apply_record
from desktop.models.user import User
from desktop.services.actor import Actor
from desktop.services.examination import ExaminationService
from desktop.storage.database import Database
from tests.support.examination import ExamApp, complete

AGREED, OPINION = ExaminationKind.AGREED, ExaminationKind.OPINION


@pytest.fixture
def other_db(db_url: str) -> Iterator[Database]:
    """The second desktop: another engine on the same database."""
    second = Database(db_url)
    yield second
    second.dispose()


def _audit_count(db: Database) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(AuditEvent)).scalar_one()


def test_the_second_save_on_the_same_version_is_a_conflict_with_both_versions(
        db: Database, other_db: Database, staff: dict[str, Actor], exam_app: ExamApp) -> None:
    item = exam_app.item_ids[0]
    here, there = ExaminationService(db), ExaminationService(other_db)
    here.save(staff["chair"], item, complete(), None)

    read_here = here.get(staff["chair"], item, AGREED)
    read_there = there.get(staff["chair"], item, AGREED)
    assert read_here is not None and read_there is not None
    assert read_here.version == read_there.version == 1

    first = here.save(staff["chair"], item, replace(read_here, material=("silver",)), 1)
    assert first.version == 2
    audit_before = _audit_count(db)

    mine = replace(read_there, material=("gold",),
                   remarks=Bilingual("қайта өлшеу керек", "перемерить"))
    with pytest.raises(ExaminationConflict) as caught:
        there.save(staff["chair"], item, mine, 1)
    conflict = caught.value
    assert isinstance(conflict, ConflictError) and conflict.code == "conflict"
    assert conflict.mine == mine
    assert conflict.theirs == first
    assert (conflict.expected_version, conflict.their_version) == (1, 2)
    assert conflict.saved_by == "Байжанов Нұрлан" and conflict.saved_at == first.updated_at
    assert conflict.changed == ("material", "remarks")
    assert "saved by Байжанов Нұрлан" in str(conflict) and "(version 2)" in str(conflict)

    # Nothing of the losing save was written, not even an audit event.
    stored = here.get(staff["chair"], item, AGREED)
    assert stored == first and stored.material == ("silver",) and not stored.remarks
    assert _audit_count(db) == audit_before

    # The user compared and keeps theirs on top, deliberately.
    kept = there.save(staff["chair"], item, mine, conflict.their_version)
    assert kept.version == 3 and kept.material == ("gold",)
    assert here.get(staff["chair"], item, AGREED) == kept


def test_two_first_saves_of_one_opinion_conflict_too(
        db: Database, other_db: Database, staff: dict[str, Actor], exam_app: ExamApp) -> None:
    item = exam_app.item_ids[1]
    here, there = ExaminationService(db), ExaminationService(other_db)
    assert here.get(staff["member"], item, OPINION) is None
    assert there.get(staff["member"], item, OPINION) is None
    created = here.save(staff["member"], item,
                        complete(OPINION, title=Bilingual("бірінші", "первое")), None)
    with pytest.raises(ExaminationConflict) as caught:
        there.save(staff["member"], item, complete(OPINION, title=Bilingual("екінші", "второе")),
                   None)
    assert caught.value.expected_version is None and caught.value.theirs == created
    assert "after you opened no record" in str(caught.value)
    assert there.get(staff["member"], item, OPINION) == created


def test_racing_first_saves_end_in_a_conflict_not_a_crash(
        db: Database, other_db: Database, staff: dict[str, Actor], exam_app: ExamApp) -> None:
    """Desktop A is inside the transaction that creates an opinion when desktop B saves the
    same opinion: B waits (for the write lock on SQLite, on the unique index on PostgreSQL)
    and then reports a conflict with A's record."""
    item = exam_app.item_ids[0]
    outcome: dict[str, object] = {}

    def save_on_b() -> None:
        try:
            outcome["saved"] = ExaminationService(other_db).save(
                staff["member"], item, complete(OPINION, title=Bilingual("B", "B")), None)
        except Exception as exc:  # handed to the main thread to assert on
            outcome["error"] = exc

    racer = threading.Thread(target=save_on_b)
    with db.write() as s:
        member = s.get(User, staff["member"].user_id)
        row = Examination(item_id=item, kind=OPINION.value, author=member, updated_by=member)
        apply_record(row, complete(OPINION, title=Bilingual("A", "A")))
        s.add(row)
        s.flush()
        racer.start()
        racer.join(timeout=1.0)
        assert racer.is_alive(), outcome  # B is held back until A commits
    racer.join(timeout=30)
    assert not racer.is_alive()
    error = outcome.get("error")
    assert isinstance(error, ExaminationConflict), outcome
    assert error.theirs.title.kk == "A" and error.mine.title.kk == "B"
    stored = ExaminationService(db).get(staff["member"], item, OPINION)
    assert stored is not None and stored.title.kk == "A" and stored.version == 1
