"""A desktop that works until it is killed: the crash tests SIGKILL it at random moments.

Run as ``python -m tests.trust.crash_worker URL WORKDIR SEED``. After every committed
operation it prints ``ACK <kind> <id>`` and flushes, so the test knows which saves were
acknowledged before the kill and must be found afterwards.
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw

from desktop.models.document import PageKind
from desktop.services.documents import DocumentService
from desktop.services.registration import RegistrationService
from desktop.storage.database import Database
from tests.conftest import actor_for
from tests.factories import application, individual


def _scan(path: Path, rng: random.Random) -> Path:
    """A page-sized JPEG with random content, so each import stores new bytes."""
    img = Image.new("RGB", (1240, 1754), tuple(rng.randrange(200, 256) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        x, y = rng.randrange(1100), rng.randrange(1600)
        draw.rectangle((x, y, x + 120, y + 30), fill=(rng.randrange(80), 0, 0))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80, dpi=(150, 150))
    path.write_bytes(out.getvalue())
    return path


def main(url: str, workdir: str, seed: int) -> None:
    rng = random.Random(seed)
    db = Database(url)
    clerk = actor_for(db, "clerk")
    registration = RegistrationService(db)
    documents = DocumentService(db)
    work = Path(workdir)
    app_ids: list[int] = []
    n = 0
    while True:
        n += 1
        if not app_ids or rng.random() < 0.4:
            done = registration.register(clerk, application(individual((seed * 500 + n) % 10000)))
            app_ids.append(done.application_id)
            print(f"ACK application {done.application_id}", flush=True)
        else:
            files = [_scan(work / f"{seed}-{n}-{i}.jpg", rng) for i in range(rng.randint(1, 3))]
            report = documents.import_files(clerk, rng.choice(app_ids), files, PageKind.FORM,
                                            dpi=150)
            for page_id in report.page_ids:
                print(f"ACK page {page_id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
