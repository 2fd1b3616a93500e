"""The demo lets a new user go all the way: examined applications and demo signing keys,
and a conclusion whose Russian document is Russian but for the names in it."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from desktop.cli import main
from desktop.domain.languages import KAZAKH_LETTERS
from desktop.domain.workflow import Status
from desktop.models.application import Application
from desktop.services import demo_people as P
from desktop.services.conclusions import ConclusionService
from desktop.services.examination import ExaminationService
from desktop.services.users import UserService
from desktop.services.wording import WordingService
from desktop.signing import Pkcs12Key
from desktop.storage.database import Database
from tests.support import pdftools


def test_demo_conclusion_can_be_drafted_signed_and_verified(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["--db", url, "demo-data", "--applications", "120"]) == 0
    assert f"Demo signing keys (password: the account's; not for real use): " \
           f"{tmp_path / 'demo-keys'}" in capsys.readouterr().out
    db = Database(url)
    users = UserService(db)
    member1, member2 = users.login("member1", "Member-2026!"), users.login("member2",
                                                                            "Member-2026!")
    chair = users.login("chair", "Chair-2026!")
    with db.read() as s:
        app_id = s.execute(select(Application.id).where(
            Application.status == Status.EXAMINED.value)
            .order_by(Application.received.desc())).scalars().first()
    assert app_id is not None
    assert ExaminationService(db).annex_readiness(member1, app_id) == []
    service = ConclusionService(db)
    # The demo worded the purpose and the occupation (received in one language) in both.
    assert WordingService(db).gaps(member1, app_id) == []
    with db.read() as s:
        app = s.get_one(Application, app_id)
        names = {app.applicant.display_name, *(u[1] for u in P.STAFF)}
    draft = service.draft(member1, app_id)
    # Every item has its annex page with the photos the demo chose.
    text = " ".join(pdftools.text(service.document(member1, draft.id, "ru")).split())
    items = len(ExaminationService(db).items(member1, app_id))
    assert all(f"Предмет {n} из {items}" in text for n in range(1, items + 1))
    for actor, password in ((member1, "Member-2026!"), (member2, "Member-2026!"),
                            (chair, "Chair-2026!")):
        key = Pkcs12Key(tmp_path / "demo-keys" / f"{actor.username}.p12", password)
        service.sign(actor, draft.id, key)
    reports = service.verify(chair, draft.id)
    assert all(report.ok for report in reports.values())
    # Signed: the stamps too are Russian, at UTC+5; a Kazakh letter is only in a name.
    russian = pdftools.text(service.document(member1, draft.id, "ru"))
    assert "Подписано:" in russian and "(UTC+5)" in russian
    named = {word for name in names for word in re.findall(r"\w+", name)}
    kazakh = {word for word in re.findall(r"\w+", russian) if set(word) & KAZAKH_LETTERS}
    assert kazakh <= named, kazakh - named
    db.dispose()
