"""An office's first day on an empty database, without demo data: the administrator creates
the accounts and seats the commission from the command line, and the commission registers,
examines, drafts, signs and verifies a conclusion (issue: a database set up with
``users add`` alone drafted nothing, "0 chairpersons")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.cli.commands.admin import NEW_PASSWORD_ENV
from desktop.models.audit import AuditEvent
from desktop.models.user import CommissionSeat, User
from desktop.services.conclusions import ConclusionService
from desktop.services.users import UserService
from desktop.storage.database import Database
from tests.support.commission import examined
from tests.support.pki import CHAIR, MEMBER1, MEMBER2, P12_PASSWORD, TestPki

ADMIN_PASSWORD = "Office-admin-1"
PEOPLE = {  # user name: full name, role, IIN, seat, password
    "sarsen": ("Сәрсенова Мәдина", "clerk", "880515400187", None, "Office-clerk-1"),
    "akhmetov": (MEMBER1.name, "member", MEMBER1.iin, "member", "Office-member-1"),
    "serikova": (MEMBER2.name, "member", MEMBER2.iin, "member", "Office-member-2"),
    "baizhanov": (CHAIR.name, "chair", CHAIR.iin, "chair", "Office-chair-1"),
}
KEYS = {"akhmetov": MEMBER1.label, "serikova": MEMBER2.label, "baizhanov": CHAIR.label}


@pytest.fixture
def office(blank_url: str) -> str:
    return blank_url


def test_an_office_works_from_an_empty_database(office: str, pki: TestPki, tmp_path: Path,
                                                 capsys, sign_in_as, monkeypatch) -> None:
    def run(*args: str) -> int:
        return main(["--db", office, *args])

    monkeypatch.setenv(NEW_PASSWORD_ENV, ADMIN_PASSWORD)
    assert run("users", "add", "aliya", "--full-name", "Әкімші Әлия", "--role", "admin") == 0
    sign_in_as("aliya", ADMIN_PASSWORD)
    assert run("region", "akmola") == 0
    for name, (full_name, role, iin, _seat, _password) in PEOPLE.items():
        monkeypatch.setenv(NEW_PASSWORD_ENV, f"Given-to-{name}-1")
        assert run("users", "add", name, "--full-name", full_name, "--role", role,
                   "--iin", iin) == 0
    for name, (*_, password) in PEOPLE.items():  # each chooses their own before working
        sign_in_as(name, f"Given-to-{name}-1")
        monkeypatch.setenv(NEW_PASSWORD_ENV, password)
        assert run("users", "password") == 0
    sign_in_as("aliya", ADMIN_PASSWORD)
    capsys.readouterr()
    # Before the seats, nobody chairs: a clerk cannot sit, a seat ends after it begins.
    assert run("seats", "add", "sarsen", "--seat", "member") == 1
    assert "cannot sign, so cannot hold a seat that signs" in capsys.readouterr().err
    assert run("seats", "add", "akhmetov", "--seat", "member", "--since", "2024-01-02",
               "--until", "2024-01-01") == 1
    assert "A seat cannot end before it begins." in capsys.readouterr().err
    for name, (*_, seat, _password) in PEOPLE.items():
        if seat:
            assert run("seats", "add", name, "--seat", seat, "--since", "2020-01-01") == 0
    assert "'baizhanov' holds the seat 'Chairperson' of akmola from 2020-01-01" in \
        capsys.readouterr().out
    assert run("seats", "add", "akhmetov", "--seat", "chair", "--since", "2025-01-01") == 1
    assert "holds a seat of the commission from 01.01.2020 already" in capsys.readouterr().err
    assert run("seats", "list", "--json") == 0
    seats = json.loads(capsys.readouterr().out)
    assert sorted((s["username"], s["seat"], s["holds_today"]) for s in seats) == [
        ("akhmetov", "member", True), ("baizhanov", "chair", True),
        ("serikova", "member", True)]
    assert run("trust", "add", str(pki.pem_file("root"))) == 0

    db = Database(office)
    try:
        with db.read() as s:  # what there is was made above, nothing else
            assert s.execute(select(func.count(User.id))).scalar() == 5
            assert s.execute(select(func.count(CommissionSeat.id))).scalar() == 3
            assert not s.execute(select(AuditEvent.seq).where(
                AuditEvent.action.like("demo%"))).first()
        users = UserService(db)
        staff = {"clerk": users.login("sarsen", PEOPLE["sarsen"][4]),
                 "member": users.login("akhmetov", PEOPLE["akhmetov"][4]),
                 "chair": users.login("baizhanov", PEOPLE["baizhanov"][4])}
        app_id = examined(db, staff, items=2)  # registered, scanned, examined, worded

        sign_in_as("akhmetov", PEOPLE["akhmetov"][4])
        number = _number(db, staff, app_id)
        assert run("conclusion", "draft", number) == 0
        (draft,) = ConclusionService(db).for_application(staff["clerk"], app_id)
        monkeypatch.setenv("EXPORT_COMMISSION_KEY_PASSWORD", P12_PASSWORD)
        for name in ("akhmetov", "serikova", "baizhanov"):  # the chair signs last
            sign_in_as(name, PEOPLE[name][4])
            assert run("sign", draft.number, "--key", str(pki.p12[KEYS[name]])) == 0
        capsys.readouterr()
        pdf = tmp_path / "conclusion-kk.pdf"
        sign_in_as("sarsen", PEOPLE["sarsen"][4])
        assert run("conclusion", draft.number, "-o", str(pdf), "--lang", "kk") == 0
        assert run("verify", str(pdf)) == 0
        assert "OK: all 3 signature(s) are intact, valid and trusted" in capsys.readouterr().out
    finally:
        db.dispose()


def test_seats_end_and_the_next_holder_follows(office: str, capsys, sign_in_as,
                                               monkeypatch) -> None:
    """A chair's seat ends on a day; the next chair takes it from the day after; an ended
    seat stays in the list and is not ended twice."""
    def run(*args: str) -> int:
        return main(["--db", office, *args])

    monkeypatch.setenv(NEW_PASSWORD_ENV, ADMIN_PASSWORD)
    assert run("users", "add", "aliya", "--full-name", "Әкімші Әлия", "--role", "admin") == 0
    sign_in_as("aliya", ADMIN_PASSWORD)
    for name in ("baizhanov", "akhmetov"):
        full_name, _role, iin, _seat, password = PEOPLE[name]
        monkeypatch.setenv(NEW_PASSWORD_ENV, password)
        assert run("users", "add", name, "--full-name", full_name, "--role", "chair",
                   "--iin", iin) == 0
    assert run("seats", "add", "baizhanov", "--seat", "chair", "--since", "2020-01-01") == 0
    assert run("--lang", "ru", "seats", "add", "akhmetov", "--seat", "chair",
               "--since", "2025-01-01") == 1
    assert f"{CHAIR.name} занимает это место с 01.01.2020" in capsys.readouterr().err
    assert run("seats", "list", "--json") == 0
    (chair,) = json.loads(capsys.readouterr().out)
    assert run("seats", "end", str(chair["id"]), "--until", "2024-12-31") == 0
    assert run("seats", "add", "akhmetov", "--seat", "chair", "--since", "2025-01-01") == 0
    assert run("seats", "end", str(chair["id"]), "--until", "2025-06-01") == 1
    assert "This seat ended on 31.12.2024 already." in capsys.readouterr().err
    assert run("seats", "list") == 0
    listed = capsys.readouterr().out.splitlines()
    assert "* Chairperson  2025-01-01 – …" in listed[0] and "akhmetov" in listed[0]
    assert "  Chairperson  2020-01-01 – 2024-12-31" in listed[1] and "baizhanov" in listed[1]
    sign_in_as("akhmetov", PEOPLE["akhmetov"][4])
    assert run("seats", "list") == 2  # the administrator's password is changed first
    monkeypatch.setenv(NEW_PASSWORD_ENV, "Akhmetov-own-2026")
    assert run("users", "password") == 0
    sign_in_as("akhmetov", "Akhmetov-own-2026")
    assert run("seats", "end", str(chair["id"])) == 1  # a chairperson manages no seats
    assert run("seats", "list") == 0  # but sees them
    assert "akhmetov" in capsys.readouterr().out


def _number(db: Database, staff, app_id: int) -> str:
    from desktop.models.application import Application

    with db.read() as s:
        app = s.get(Application, app_id)
        assert app is not None
        return app.number
