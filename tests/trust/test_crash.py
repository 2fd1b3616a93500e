"""Crash safety: a working desktop is killed (SIGKILL) at random moments, many times.

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
from pathlib import Path

from sqlalchemy import func, or_, select, text

from desktop.models.application import Application
from desktop.models.document import Blob, DocumentPage
from desktop.services import audit
from desktop.storage.blobs import sha256_hex
from desktop.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("EXPORT_COMMISSION_CRASH_KILLS", "12"))


def _run_and_kill(url: str, workdir: Path, seed: int, rng: random.Random) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.trust.crash_worker", url, str(workdir), str(seed)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    # Let it start (imports, sign-in) and then kill it somewhere in its work.
    time.sleep(rng.uniform(1.2, 2.6))
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    return [line for line in out.splitlines() if line.startswith("ACK ")]


def _check(db: Database, acked: list[str]) -> None:
    with db.read() as s:
        if db.is_sqlite:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        chain = audit.verify_database(s)
        assert chain.ok, chain.reason
        app_ids = set(s.execute(select(Application.id)).scalars())
        page_ids = set(s.execute(select(DocumentPage.id)).scalars())
        for line in acked:
            _, kind, ident = line.split()
            assert int(ident) in (app_ids if kind == "application" else page_ids), line
        referenced = select(DocumentPage.id).where(or_(
            DocumentPage.blob_sha256 == Blob.sha256, DocumentPage.thumbnail_sha256 == Blob.sha256))
        orphans = s.execute(select(func.count()).select_from(Blob)
                            .where(~referenced.exists())).scalar()
        assert orphans == 0
        for sha, data in s.execute(select(Blob.sha256, Blob.data)):
            assert sha256_hex(data) == sha


def test_killed_desktop_loses_nothing_acknowledged(db: Database, tmp_path: Path) -> None:
    url = db.url.render_as_string(hide_password=False)
    rng = random.Random(20261124)
    acked: list[str] = []
    for kill in range(KILLS):
        workdir = tmp_path / f"run{kill}"
        workdir.mkdir()
        acked += _run_and_kill(url, workdir, kill + 1, rng)
        _check(db, acked)
    # The workers really worked between the kills: registrations and imports both happened.
    kinds = {line.split()[1] for line in acked}
    assert kinds == {"application", "page"}, acked
    print(f"{KILLS} kills survived; {len(acked)} acknowledged saves all present")
