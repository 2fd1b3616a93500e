"""The journal cannot be rewritten quietly: each attack of someone who holds the database
(the SQLite file, the shared PostgreSQL login) and knows how the chain is computed is found
and named, by the seals (whose key is outside the database) and by a head seen outside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.cli import main
from desktop.models.audit import AuditEvent, Counter
from desktop.services import audit
from desktop.services.audit import Witness
from desktop.services.audit_log import AuditLogService, stored_witnesses, witnesses_in_file
from desktop.services.audit_seal import KEY_FILE, config_folder
from desktop.services.audit_witness import Head, database_name, remembered
from desktop.services.conclusions import ConclusionService
from desktop.services.registration import RegistrationService
from desktop.signing import audit_heads
from desktop.storage.database import Database
from tests.support.commission import Commission, agreed_export, examined
from tests.support.factories import application, individual
from tests.support.tamper import as_owner


def _work(db: Database, staff, n: int = 4) -> None:
    for i in range(n):
        RegistrationService(db).register(staff["clerk"], application(individual(60 + i)))


def _recompute(s: Session, start: int) -> None:
    """Compute the chain again from event *start*, as anyone who read the program can."""
    s.flush()
    prev = s.execute(select(AuditEvent.hash).where(AuditEvent.seq == start - 1)).scalar()
    for event in s.execute(select(AuditEvent).where(AuditEvent.seq >= start)
                           .order_by(AuditEvent.seq)).scalars():
        event.prev_hash = prev or "0" * 64
        event.hash = event.compute_hash()
        prev = event.hash
    s.flush()


def _attack(db: Database, attack: str, last: int) -> int:
    """Tamper as *attack* says; the event where it is found."""
    target = last - 2
    with db.write() as s:
        as_owner(s)
        if attack == "edit":
            s.execute(update(AuditEvent).where(AuditEvent.seq == target)
                      .values(username="someone-else"))
            _recompute(s, target)
        elif attack == "insert":
            for seq in range(last, target - 1, -1):
                s.execute(update(AuditEvent).where(AuditEvent.seq == seq).values(seq=seq + 1))
            model = s.get(AuditEvent, target + 1)
            assert model is not None
            s.add(AuditEvent(seq=target, at=model.at, action="application.register",
                             username="clerk", prev_hash="", hash=""))
            s.execute(update(Counter).where(Counter.name == "audit").values(value=last + 1))
            _recompute(s, target)
        elif attack == "delete_and_lower":
            s.execute(delete(AuditEvent).where(AuditEvent.seq > target))
            s.execute(update(Counter).where(Counter.name == "audit").values(value=target))
        else:  # truncate: the last events cut off, the counter left as it was
            s.execute(delete(AuditEvent).where(AuditEvent.seq > target))
    return target + 1 if attack in ("delete_and_lower", "truncate") else target


# (attack, what this desk's check names, what a head written down names without the key)
ATTACKS = [
    ("edit", "forged", "rewritten_seen"),
    ("insert", "unsealed", "rewritten_seen"),
    ("delete_and_lower", "cut_off_here", "cut_off_seen"),
    ("truncate", "cut_off", "cut_off"),
]


@pytest.mark.parametrize(("attack", "here", "written_down"), ATTACKS)
def test_every_attack_is_found_and_named(db: Database, staff, attack: str, here: str,
                                         written_down: str) -> None:
    _work(db, staff)
    service = AuditLogService(db)
    head = service.head(staff["admin"])
    assert head is not None and service.verify_chain(staff["admin"]).ok
    found_at = _attack(db, attack, head.seq)

    report = service.verify_chain(staff["admin"])
    assert (report.kind, report.broken_at) == (here, found_at), report.reason

    # Another desk, without this desk's key or memory, given only the exported head.
    with db.read() as s:
        alone = audit.verify_database(s, [Witness(head, "head.txt")])
    witnessed_at = head.seq if written_down == "rewritten_seen" else found_at
    assert (alone.kind, alone.broken_at) == (written_down, witnessed_at), alone.reason


def test_without_the_key_the_remembered_head_still_finds_a_rewrite(db: Database,
                                                                   staff) -> None:
    _work(db, staff)
    head = AuditLogService(db).head(staff["admin"])
    assert head is not None
    (config_folder() / KEY_FILE).unlink()  # the seals cannot be checked on this desk
    _attack(db, "edit", head.seq)
    report = AuditLogService(db).verify_chain(staff["admin"])
    assert (report.kind, report.broken_at) == ("rewritten_here", head.seq)


def test_every_event_is_sealed_and_each_desk_remembers_the_head(db: Database, staff) -> None:
    _work(db, staff, 2)
    with db.read() as s:
        newest = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()
        name = database_name(s)
    assert newest is not None and newest.seal is not None
    assert remembered(name) == Head(newest.seq, newest.hash, remembered(name).sealed_from)
    key = (config_folder() / KEY_FILE)
    assert key.stat().st_mode & 0o777 == 0o600
    report = AuditLogService(db).verify_chain(staff["admin"])
    assert report.ok and report.sealed >= 2 and report.witnesses == 1


def test_the_command_exports_the_head_and_checks_a_written_down_one(
        db: Database, staff, capsys, sign_in_as, tmp_path: Path) -> None:
    _work(db, staff, 2)
    url = db.url.render_as_string(hide_password=False)
    sign_in_as("admin")
    assert main(["--db", url, "audit", "head"]) == 0
    written = capsys.readouterr().out.strip()
    head = Head.parse(written)
    assert head is not None
    note = tmp_path / "head.txt"
    note.write_text(written + "\n")
    assert main(["--db", url, "audit", "verify", "--witness", str(note)]) == 0
    assert "2 witnessed head(s) reached" in capsys.readouterr().out
    _attack(db, "delete_and_lower", head.seq)
    assert main(["--db", url, "--lang", "ru", "audit", "verify", "--witness", written]) == 1
    out = capsys.readouterr().out
    # The check's own sign-in is an event again below the head: the head is what is cut off.
    assert f"broken at event {head.seq}:" in out and "обрезаны" in out, out


def test_a_signed_document_carries_the_head_at_its_signing(db: Database, staff,
                                                           commission: Commission,
                                                           tmp_path: Path) -> None:
    app_id = agreed_export(db, staff, commission, examined(db, staff))
    service = ConclusionService(db)
    conclusion = service.for_application(staff["chair"], app_id)[0]
    pdf = service.document(staff["chair"], conclusion.id, "kk")
    heads = [Head.parse(h) for h in audit_heads(pdf)]
    assert len(heads) == 3 and all(heads)
    with db.read() as s:
        for head in heads:
            assert head is not None
            stored = s.execute(select(AuditEvent.hash).where(AuditEvent.seq == head.seq))
            assert stored.scalar_one() == head.hash
        signs = s.execute(select(func.count()).select_from(AuditEvent)
                          .where(AuditEvent.action == "conclusion.sign",
                                 AuditEvent.after["audit_head"].as_string().in_(
                                     [str(h) for h in heads]))).scalar_one()
    assert signs == 3
    saved = tmp_path / "conclusion.pdf"
    saved.write_bytes(pdf)
    assert [w.head for w in witnesses_in_file(saved)] == heads

    # The journal rewritten below the first signature: the stored documents name it.
    first = heads[0]
    assert first is not None
    with db.write() as s:
        as_owner(s)
        s.execute(update(AuditEvent).where(AuditEvent.seq == first.seq - 1)
                  .values(username="someone-else"))
        _recompute(s, first.seq - 1)
    with db.read() as s:
        plain = audit.verify_database(s)  # no key, no witness: the chain is consistent
    assert plain.ok
    report = AuditLogService(db).verify_chain(staff["admin"], documents=True)
    assert report.kind == "forged" and report.broken_at == first.seq - 1
    with db.read() as s:
        by_documents = audit.verify_database(s, stored_witnesses(s))
    assert by_documents.kind == "rewritten_seen"
    assert by_documents.broken_at == first.seq

