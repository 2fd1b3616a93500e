"""A desktop that works until it is killed: the crash tests SIGKILL it in the middle of a save.

It registers applications, imports scans, saves examination opinions, and takes
applications through the examination to an issued, signed conclusion.

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

from desktop.domain.documents import PageKind
from desktop.domain.examination_rules import ExaminationKind
from desktop.domain.languages import Bilingual
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionService
from desktop.services.documents import DocumentService
from desktop.services.examination import ExaminationService
from desktop.services.registration import RegistrationService
from desktop.services.workflow import WorkflowService
from desktop.signing import Pkcs12Key
from desktop.storage.database import Database
from tests.support.examination import (
    complete,
    complete_examination,
    scan_required_documents,
    word_application,
)
from tests.support.factories import application, individual
from tests.support.staff import actor_for

KEY_PASSWORD = "crash-test"


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


def _conclude(db: Database, staff: dict[str, Actor], app_id: int, keys: Path) -> int:
    """Examined, drafted, signed by the member and then the chair: an issued conclusion."""
    scan_required_documents(db, app_id)
    complete_examination(db, staff, app_id)
    word_application(db, staff, app_id)
    WorkflowService(db).advance(staff["chair"], app_id, "finish_examination")
    service = ConclusionService(db)
    draft = service.draft(staff["member"], app_id)
    for name in ("member", "chair"):
        service.sign(staff[name], draft.id, Pkcs12Key(keys / f"{name}.p12", KEY_PASSWORD))
    return draft.id


def main(url: str, workdir: str, seed: int) -> None:
    rng = random.Random(seed)
    db = Database(url)
    staff = {name: actor_for(db, name) for name in ("clerk", "member", "chair")}
    print("READY", flush=True)  # imported and signed in: the test counts saves from here
    clerk = staff["clerk"]
    registration = RegistrationService(db)
    documents = DocumentService(db)
    examinations = ExaminationService(db)
    work = Path(workdir)
    keys = work.parent / "keys"
    app_ids: list[int] = []
    examining: list[int] = []
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if not examining or roll < 0.3:
            done = registration.register(clerk, application(individual((seed * 500 + n) % 10000)))
            app_ids.append(done.application_id)
            print(f"ACK application {done.application_id}", flush=True)
            WorkflowService(db).advance(clerk, done.application_id, "complete_documents")
            WorkflowService(db).advance(staff["member"], done.application_id,
                                        "start_examination")
            examining.append(done.application_id)
        elif roll < 0.5 and examining:
            app_id = rng.choice(examining)
            item = examinations.items(staff["member"], app_id)[0]
            saved = examinations.save(staff["member"], item.item_id, complete(
                ExaminationKind.OPINION, remarks=Bilingual(f"ескертпе {n}", f"примечание {n}")),
                item.my_opinion_version)
            print(f"ACK examination {item.item_id}:{saved.version}", flush=True)
        elif roll < 0.65 and examining:
            app_id = examining.pop(rng.randrange(len(examining)))
            print(f"ACK conclusion {_conclude(db, staff, app_id, keys)}", flush=True)
        else:
            files = [_scan(work / f"{seed}-{n}-{i}.jpg", rng) for i in range(rng.randint(1, 3))]
            report = documents.import_files(clerk, rng.choice(examining), files, PageKind.FORM,
                                            dpi=150)
            for page_id in report.page_ids:
                print(f"ACK page {page_id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
