"""The demo tells the truth: every application's records match its status, every issued
document is signed for real and verifies, and the whole-database check finds nothing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from desktop.cli import main
from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.examination_rules import ExaminationKind
from desktop.domain.kazakhstan_time import kazakhstan_time
from desktop.domain.languages import KAZAKH_LETTERS
from desktop.domain.workflow import Status
from desktop.models.application import Application, Item
from desktop.models.conclusion import Conclusion, ConclusionDocument, ConclusionSigner
from desktop.models.examination import Examination
from desktop.models.returns import ItemReturn
from desktop.models.survey import SurveyAnswer
from desktop.services import demo_people as P
from desktop.services import settings
from desktop.services.actor import Actor
from desktop.services.certificates import CertificateService
from desktop.services.conclusions import ConclusionService
from desktop.services.demo import DemoDataGenerator
from desktop.services.invariants import InvariantService
from desktop.services.users import UserService
from desktop.services.wording import WordingService
from desktop.storage.database import Database
from tests.support import pdftools
from tests.support.demo import TODAY

CHAIR = {"EXPORT_COMMISSION_USER": "chair", "EXPORT_COMMISSION_PASSWORD": "Chair-Demo-2026"}


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _statuses(db: Database) -> dict[str, Status]:
    with db.read() as s:
        return {n: Status(st) for n, st in s.execute(select(Application.number,
                                                            Application.status))}


def test_every_status_is_backed_by_its_records(demo: Path) -> None:
    db = Database(_url(demo))
    statuses = _statuses(db)
    assert set(statuses.values()) == set(Status)
    with db.read() as s:
        def conclusions(number: str, kind: ConclusionKind) -> list[Conclusion]:
            return list(s.execute(select(Conclusion).join(Application).where(
                Application.number == number, Conclusion.kind == kind.value)).scalars())

        for number, status in statuses.items():
            records = s.execute(select(func.count()).select_from(Examination).join(Item)
                                .join(Application).where(
                Application.number == number,
                Examination.kind == ExaminationKind.AGREED.value)).scalar()
            items = s.execute(select(func.count()).select_from(Item).join(Application)
                              .where(Application.number == number)).scalar()
            made = conclusions(number, ConclusionKind.CONCLUSION)
            if status in (Status.EXAMINED, Status.CONCLUSION_DRAFTED, Status.BEING_SIGNED,
                          Status.ISSUED_AGREED, Status.ISSUED_NOT_AGREED, Status.CLOSED):
                assert records == items, number
            if status == Status.CONCLUSION_DRAFTED:
                assert [(c.status, c.signatures) for c in made] == [(ConclusionStatus.DRAFT, 0)]
            if status == Status.BEING_SIGNED:
                (c,) = made
                assert c.status == ConclusionStatus.SIGNING and 0 < c.signatures < len(c.signers)
            if status in (Status.ISSUED_AGREED, Status.ISSUED_NOT_AGREED, Status.CLOSED):
                (c,) = made
                assert c.status == ConclusionStatus.ISSUED
                assert c.agreed == (status != Status.ISSUED_NOT_AGREED)
                assert all(g.signed_at is not None for g in c.signers)
                # signed in the office's time between the decision it is dated on and its
                # issue, which the chairperson's signature is
                days = [kazakhstan_time(g.signed_at).date() for g in c.signers]
                assert c.issued_at is not None
                assert c.issued_on <= min(days) and max(days) == days[-1] \
                    == kazakhstan_time(c.issued_at).date() <= TODAY, number
                assert [g.seat for g in c.signers] == ["member", "member", "chair"]
            if status in (Status.ISSUED_AGREED, Status.CLOSED):
                (certificate,) = conclusions(number, ConclusionKind.CERTIFICATE)
                assert certificate.based_on_id == c.id
                assert [g.seat for g in certificate.signers] == ["official"]
                assert certificate.status == (ConclusionStatus.CLOSED if status ==
                                              Status.CLOSED else ConclusionStatus.ISSUED), number
                assert certificate.signers[0].signed_at is not None
            else:
                assert conclusions(number, ConclusionKind.CERTIFICATE) == [], number
            if status == Status.REFUSED:
                (letter,) = conclusions(number, ConclusionKind.REFUSAL)
                assert letter.status == ConclusionStatus.ISSUED and letter.ground
            if status == Status.CLOSED:
                (act,) = conclusions(number, ConclusionKind.RETURN_ACT)
                assert act.status == ConclusionStatus.ISSUED
                backs = s.execute(select(ItemReturn).join(Application)
                                  .where(Application.number == number)).scalars().all()
                assert len(backs) == items and all(b.check_result == "matches" for b in backs)
        partial = s.execute(select(func.count(func.distinct(ItemReturn.application_id)))
                            .join(Application).where(Application.status ==
                                                     Status.ISSUED_AGREED.value)).scalar()
        assert partial >= 1  # an overdue export with its first item back
        answered = s.execute(select(func.count()).select_from(SurveyAnswer)).scalar()
        decided = sum(1 for st in statuses.values() if st in (
            Status.ISSUED_AGREED, Status.ISSUED_NOT_AGREED, Status.REFUSED, Status.CLOSED))
        assert 0 < answered < decided
        assert settings.get(s, settings.REGION_KEY) == "akmola"
    db.dispose()


def test_every_issued_document_is_written_and_verifies(demo: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    for name, value in CHAIR.items():
        monkeypatch.setenv(name, value)
    db = Database(_url(demo))
    statuses = _statuses(db)
    with db.read() as s:
        documents = dict(s.execute(select(Application.number, Conclusion.number).join(
            Application).where(Conclusion.kind.in_([ConclusionKind.CONCLUSION.value,
                                                    ConclusionKind.REFUSAL.value]))).all())
        certificates = dict(s.execute(select(Application.number, Conclusion.number).join(
            Application).where(Conclusion.kind == ConclusionKind.CERTIFICATE.value,
                               Conclusion.status == ConclusionStatus.ISSUED.value)).all())
    db.dispose()
    for number, status in statuses.items():
        if status not in (Status.ISSUED_AGREED, Status.REFUSED):
            continue
        pdf = tmp_path / f"{number}.pdf"
        assert main(["--db", _url(demo), "conclusion", number, "-o", str(pdf)]) == 0
        assert main(["--db", _url(demo), "verify", str(pdf)]) == 0, capsys.readouterr().out
        title = "ДӘЛЕЛДІ БАС ТАРТУ" if status == Status.REFUSED else "ҚОРЫТЫНДЫ"
        text = pdftools.text(pdf.read_bytes())
        assert title in text and documents[number] in text
    assert certificates  # the official signed the certificates of the agreed exports
    for number, certificate in certificates.items():
        pdf = tmp_path / f"{certificate}.pdf"
        assert main(["--db", _url(demo), "certificate", certificate, "-o", str(pdf)]) == 0
        assert main(["--db", _url(demo), "verify", str(pdf)]) == 0, capsys.readouterr().out
        text = pdftools.text(pdf.read_bytes())
        assert "КУӘЛІК" in text.upper() and certificate in text and documents[number] in text
    capsys.readouterr()


def test_an_issued_russian_document_is_russian_but_for_its_names(demo: Path) -> None:
    """The demo words the purpose and the occupation (received in one language) in both
    languages before drafting: the Russian conclusion, the Russian certificate and their
    stamps are Russian, at UTC+5, and a Kazakh letter is only in a name."""
    db = Database(_url(demo))
    chair = UserService(db).login("chair", "Chair-Demo-2026")
    with db.read() as s:
        app = s.execute(select(Application).where(
            Application.status == Status.ISSUED_AGREED.value).order_by(Application.id)
        ).scalars().first()
        assert app is not None
        applicant = app.applicant  # names and the address are written once, as received
        app_id, names = app.id, {applicant.display_name, applicant.residence or "",
                                 applicant.address or "", *(u[1] for u in P.STAFF)}
    assert WordingService(db).gaps(chair, app_id) == []
    service = ConclusionService(db)
    (conclusion,) = [c for c in service.for_application(chair, app_id)
                     if c.kind == ConclusionKind.CONCLUSION]
    certificate = CertificateService(db).for_application(chair, app_id)
    assert certificate is not None
    named = {word for name in names for word in re.findall(r"\w+", name)}
    for russian in (pdftools.text(service.document(chair, conclusion.id, "ru")),
                    pdftools.text(service.document(chair, certificate.id, "ru"))):
        assert "Подписано:" in russian and "(UTC+5)" in russian
        kazakh = {word for word in re.findall(r"\w+", russian) if set(word) & KAZAKH_LETTERS}
        assert kazakh <= named, kazakh - named
    db.dispose()


def test_an_examined_demo_application_can_be_drafted(demo: Path, tmp_path: Path) -> None:
    """Its texts are worded in both languages when the examination is finished, so a member
    trying the demo drafts its conclusion (as the README invites) without a refusal."""
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(demo, copy)  # the demo is shared: draft on a copy
    db = Database(_url(copy))
    member = UserService(db).login("member1", "Member-Demo-2026")
    examined = [n for n, st in _statuses(db).items() if st == Status.EXAMINED]
    assert examined
    with db.read() as s:
        ids = s.execute(select(Application.id).where(Application.number.in_(examined))
                        ).scalars().all()
    for app_id in ids:
        assert WordingService(db).gaps(member, app_id) == []
    drafted = ConclusionService(db).draft(member, ids[0])
    assert drafted.status == ConclusionStatus.DRAFT
    db.dispose()


def test_the_check_holds_on_the_demo_and_names_a_missing_conclusion(
        demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    for name, value in CHAIR.items():
        monkeypatch.setenv(name, value)
    assert main(["--db", _url(demo), "check", "--workers", "1"]) == 0
    assert "every invariant holds" in capsys.readouterr().out
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(demo, copy)
    db = Database(_url(copy))
    with db.write() as s:
        victim, number = s.execute(
            select(Conclusion.id, Application.number).join(Application)
            .where(Application.status == Status.ISSUED_AGREED.value,
                   Conclusion.kind == ConclusionKind.CONCLUSION.value)
            .order_by(Application.id)).first()
        s.execute(delete(Conclusion).where(Conclusion.based_on_id == victim))
        s.execute(delete(ConclusionSigner).where(ConclusionSigner.conclusion_id == victim))
        s.execute(delete(ConclusionDocument).where(ConclusionDocument.conclusion_id == victim))
        s.execute(delete(Conclusion).where(Conclusion.id == victim))
    db.dispose()
    assert main(["--db", _url(copy), "check", "--workers", "1"]) == 1
    out = capsys.readouterr().out
    assert f"{number}" in out and "It is decided but has no issued conclusion." in out
    assert main(["--db", _url(copy), "--lang", "ru", "check", "--json", "--workers", "1"]) == 1


def test_the_check_names_a_certificate_the_return_left_open(
        demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    for name, value in CHAIR.items():
        monkeypatch.setenv(name, value)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(demo, copy)
    db = Database(_url(copy))
    with db.write() as s:
        certificate = s.execute(
            select(Conclusion).join(Application)
            .where(Application.status == Status.CLOSED.value,
                   Conclusion.kind == ConclusionKind.CERTIFICATE.value)).scalars().first()
        assert certificate is not None and certificate.status == ConclusionStatus.CLOSED
        certificate.status = ConclusionStatus.ISSUED
        number = certificate.number
    db.dispose()
    capsys.readouterr()
    assert main(["--db", _url(copy), "check", "--workers", "1"]) == 1
    out = capsys.readouterr().out
    assert f"its certificate {number} is neither closed nor cancelled" in out


def test_the_region_chosen_before_stays(tmp_path: Path) -> None:
    db = Database(_url(tmp_path / "zh.sqlite3"), loading=True)
    db.migrate()
    with db.write() as s:
        settings.set_region(s, "zhambyl")
    summary = DemoDataGenerator(db).generate(6, tmp_path / "keys", today=TODAY, workers=0)
    assert summary.region == "zhambyl"
    with db.read() as s:
        numbers = list(s.execute(select(Application.number)).scalars())
    assert numbers and all(n.startswith("ZHB-") for n in numbers)
    assert InvariantService(db).check(Actor.system()).ok
    db.dispose()
