"""Crash safety: a working desktop is killed (SIGKILL) in the middle of its work, many times.

Each kill comes after the worker has acknowledged a chosen number of saves of a chosen kind
(registration, import, examination, conclusion), so every kind is interrupted however busy
the machine is; a small random delay then lets the kill land anywhere inside the next save.

After every kill the database must pass its integrity check, the audit chain must hold,
every stored page must have its bytes and every blob must be referenced (nothing
half-written), and every save the worker acknowledged must be there.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from io import BytesIO
from pathlib import Path

from pyhanko.pdf_utils.reader import PdfFileReader
from sqlalchemy import func, or_, select, text

from desktop.domain.conclusions import ConclusionStatus
from desktop.domain.examination_rules import ExaminationKind
from desktop.domain.seats import SeatKind
from desktop.models.application import Application
from desktop.models.conclusion import Conclusion, ConclusionDocument
from desktop.models.document import Blob, DocumentPage
from desktop.models.examination import Examination
from desktop.models.user import CommissionSeat
from desktop.services import audit
from desktop.services.demo_keys import DemoSigner, make_demo_pki
from desktop.storage.blobs import sha256_hex
from desktop.storage.database import Database
from tests.trust.crash_worker import KEY_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("EXPORT_COMMISSION_CRASH_KILLS", "12"))
KINDS = ("application", "page", "examination", "conclusion")


def _run_and_kill(url: str, workdir: Path, seed: int, rng: random.Random,
                  kind: str) -> list[str]:
    """Run a worker until it has acknowledged 1 to 3 saves of ``kind``, then kill it within
    its next save; the acknowledged saves it printed."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.trust.crash_worker", url, str(workdir), str(seed)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline()
    assert ready.strip() == "READY", proc.stderr.read() if proc.stderr else ready
    wanted = rng.randint(1, 3)
    acked: list[str] = []
    seen: Counter[str] = Counter()
    try:
        while seen[kind] < wanted:
            line = proc.stdout.readline()
            assert line, "the worker stopped on its own"
            if line.startswith("ACK "):
                acked.append(line.strip())
                seen[line.split()[1]] += 1
        time.sleep(rng.uniform(0.0, 0.2))  # not a wait for anything: where the kill lands
    finally:
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err
    return acked + [line for line in out.splitlines() if line.startswith("ACK ")]


def _check(db: Database, acked: list[str]) -> None:
    with db.read() as s:
        if db.is_sqlite:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        chain = audit.verify_database(s)
        assert chain.ok, chain.reason
        app_ids = set(s.execute(select(Application.id)).scalars())
        page_ids = set(s.execute(select(DocumentPage.id)).scalars())
        opinions = dict(s.execute(select(Examination.item_id, Examination.version).where(
            Examination.kind == ExaminationKind.OPINION.value)).all())
        issued = set(s.execute(select(Conclusion.id).where(
            Conclusion.status == ConclusionStatus.ISSUED.value)).scalars())
        for line in acked:
            _, kind, ident = line.split()
            if kind == "examination":
                item_id, version = (int(x) for x in ident.split(":"))
                assert opinions.get(item_id, 0) >= version, line
            elif kind == "conclusion":
                assert int(ident) in issued, line
            else:
                assert int(ident) in (app_ids if kind == "application" else page_ids), line
        referenced = [
            select(DocumentPage.id).where(or_(DocumentPage.blob_sha256 == Blob.sha256,
                                              DocumentPage.thumbnail_sha256 == Blob.sha256)),
            select(ConclusionDocument.id).where(or_(
                ConclusionDocument.unsigned_sha256 == Blob.sha256,
                ConclusionDocument.current_sha256 == Blob.sha256)),
        ]
        orphans = s.execute(select(func.count()).select_from(Blob).where(
            ~referenced[0].exists(), ~referenced[1].exists())).scalar()
        assert orphans == 0
        blobs = dict(s.execute(select(Blob.sha256, Blob.data)).all())
        for sha, data in blobs.items():
            assert sha256_hex(data) == sha
        # No conclusion is half-signed: the marked signers are the signatures in the file.
        for conclusion in s.execute(select(Conclusion)).scalars():
            marked = sum(1 for g in conclusion.signers if g.signed_at is not None)
            assert marked == conclusion.signatures
            for doc in conclusion.documents:
                reader = PdfFileReader(BytesIO(blobs[doc.current_sha256]))
                assert len(reader.embedded_signatures) == marked, conclusion.number


def _commission(db: Database, staff, folder: Path) -> None:
    """Seats for the member and the chair, and their keys (the workers sign with them)."""
    with db.write() as s:
        for name, seat in (("member", SeatKind.MEMBER), ("chair", SeatKind.CHAIR)):
            s.add(CommissionSeat(region="akmola", user_id=staff[name].user_id, seat=seat,
                                 since=date(2020, 1, 1)))
    make_demo_pki(folder, [DemoSigner(name, staff[name].full_name, staff[name].iin or "",
                                      KEY_PASSWORD) for name in ("member", "chair")])


def test_killed_desktop_loses_nothing_acknowledged(db: Database, staff,
                                                   tmp_path: Path) -> None:
    url = db.url.render_as_string(hide_password=False)
    _commission(db, staff, tmp_path / "keys")
    rng = random.Random(20261124)
    acked: list[str] = []
    for kill in range(KILLS):
        workdir = tmp_path / f"run{kill}"
        workdir.mkdir()
        acked += _run_and_kill(url, workdir, kill + 1, rng, KINDS[kill % len(KINDS)])
        _check(db, acked)
    # Every kind of save was acknowledged, and interrupted (a kill follows each kind in turn).
    kinds = {line.split()[1] for line in acked}
    assert kinds == set(KINDS), kinds
    print(f"{KILLS} kills survived; {len(acked)} acknowledged saves all present")
