"""Registration accepts no nonsense: a received date within the region's rules and not in
the future, the same request not registered twice, names without invisible characters and
in composed Unicode, numbers within the format's bounds; each refusal worded."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.cli import main
from desktop.domain.drafts import DuplicateRequest, ItemData, ValidationFailed
from desktop.domain.regions import EARLIEST_RECEIVED, load_profile, load_profile_file, regions_dir
from desktop.domain.seats import SeatKind
from desktop.messages import Words
from desktop.models.application import Application
from desktop.services.actor import Actor
from desktop.services.conclusions import ConclusionService
from desktop.services.packages import PackageRejected, load_package
from desktop.services.registration import RegistrationService
from desktop.services.seats import SeatService
from desktop.storage.database import Database
from tests.registration.form_filling import fill_individual, type_into
from tests.registration.samples import individual_package, write
from tests.support.factories import application, individual
from tests.support.staff import PASSWORD, actor_for


def _problems(exc: pytest.ExceptionInfo[ValidationFailed]) -> list[tuple[str, str, tuple]]:
    return [(p.field, p.code, p.values) for p in exc.value.problems]


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(Application)).scalar_one())


# -- the received date -----------------------------------------------------------------------

def test_a_received_date_before_the_rules_or_in_the_future_is_refused(
    db: Database, staff: dict[str, Actor],
) -> None:
    service = RegistrationService(db)
    with pytest.raises(ValidationFailed) as ancient:
        service.register(staff["clerk"], application(received=date(1, 1, 1)))
    assert _problems(ancient) == [("received", "too_early", ("01.01.2013",))]
    assert Words("ru").refusal(ancient.value).splitlines()[1] == (
        "received: Не может быть раньше 01.01.2013: с этого дня действуют правила комиссии.")
    with pytest.raises(ValidationFailed) as future:
        service.register(staff["clerk"], application(received=date.today() + timedelta(1)))
    assert _problems(future) == [("received", "future", ())]
    assert _count(db) == 0
    # The first allowed day is allowed.
    assert service.register(staff["clerk"], application(received=EARLIEST_RECEIVED)).number \
        == "AKM-2013-00001"


def test_a_profile_says_from_when_its_rules_apply(tmp_path: Path) -> None:
    assert load_profile("akmola").received_from == EARLIEST_RECEIVED  # it names no day
    data = json.loads((regions_dir() / "akmola.json").read_text(encoding="utf-8"))
    data["in_force_from"] = "2013-11-20"
    path = tmp_path / "akmola.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_profile_file(path).received_from == date(2013, 11, 20)
    data["in_force_from"] = "20.11.2013"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="'in_force_from' must be a date YYYY-MM-DD"):
        load_profile_file(path)


# -- the same request twice ------------------------------------------------------------------

def test_the_same_request_twice_is_refused_naming_the_first(
    db: Database, staff: dict[str, Actor],
) -> None:
    service = RegistrationService(db)
    first_data = application(individual(3))
    first = service.register(staff["clerk"], first_data)
    # Typed again with other capitals, spaces and Unicode form: still the same request.
    again = replace(first_data, purpose="  " + first_data.purpose.upper() + " ",
                    items=[ItemData(unicodedata.normalize("NFD", i.name.lower()), i.quantity)
                           for i in first_data.items])
    with pytest.raises(DuplicateRequest) as refused:
        service.register(staff["clerk"], again)
    assert refused.value.values == (first.number, date.today().strftime("%d.%m.%Y"))
    assert Words("kk").refusal(refused.value) == (
        f"Бұл сұрау бұрын {first.number} өтініші ретінде тіркелген (қабылданған күні "
        f"{date.today():%d.%m.%Y}); ол қайта тіркелмеді.")
    assert _count(db) == 1
    # Another quantity is another request; so is a new one after the first was refused.
    other = replace(first_data, items=[ItemData(first_data.items[0].name, 2),
                                       *first_data.items[1:]])
    assert service.register(staff["clerk"], other).number != first.number
    SeatService(db).add(staff["admin"], staff["chair"].user_id or 0, SeatKind.CHAIR,
                        date.today() - timedelta(days=1))
    ConclusionService(db).refuse(staff["chair"], first.application_id, "other",
                                 "неполный комплект")
    assert service.register(staff["clerk"], first_data).number != first.number
    assert _count(db) == 3


def test_a_package_registered_twice_is_refused_with_exit_1(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)
    url = db.url.render_as_string(hide_password=False)
    path = write(tmp_path / "request.json", individual_package(9))
    assert main(["--db", url, "register", "--user", "clerk", str(path)]) == 0
    first = capsys.readouterr().out.split()[1]
    assert main(["--db", url, "--lang", "en", "register", "--user", "clerk", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        f"export-commission: This request is registered already as application {first} (received "
        f"{date.today():%d.%m.%Y}); it was not registered again.")
    assert "Traceback" not in captured.err
    assert _count(db) == 1


# -- names ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("surname", "found"), [
    ("\u200b\u200c\u200d", "U+200B"),  # nothing but zero-width characters
    ("Әлмұхан\u202eұлы", "U+202E"),  # a right-to-left override
    ("Бо\u2066лат", "U+2066"),
    ("\ufeffСерік", "U+FEFF"),
])
def test_names_with_invisible_characters_are_refused(
    db: Database, staff: dict[str, Actor], surname: str, found: str,
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        RegistrationService(db).register(staff["clerk"],
                                         application(individual(4, surname=surname)))
    assert _problems(refused) == [("applicant.surname", "invisible_chars", (found,))]
    assert Words("en").refusal(refused.value).splitlines()[1] == (
        f"applicant.surname: Contains the invisible character {found} (a zero-width or "
        "text-direction mark): retype it.")
    assert _count(db) == 0


def test_names_are_stored_composed(db: Database, staff: dict[str, Actor]) -> None:
    decomposed = unicodedata.normalize("NFD", "Қойшыбаев")  # й as и and a combining breve
    assert decomposed != "Қойшыбаев"
    data = application(individual(6, surname=decomposed))
    data.items[0] = ItemData(unicodedata.normalize("NFD", "Ыдыс «Ожау», ёлка"), 1)
    done = RegistrationService(db).register(staff["clerk"], data)
    with db.read() as s:
        app = s.get(Application, done.application_id)
        assert app is not None
        assert app.applicant.surname == "Қойшыбаев"
        assert app.items[0].name == "Ыдыс «Ожау», ёлка"


# -- numbers --------------------------------------------------------------------------------

def test_a_five_thousand_digit_quantity_is_a_refusal_not_a_traceback(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = json.dumps(individual_package(11), ensure_ascii=False).replace(
        '"quantity": 2', '"quantity": ' + "9" * 5001)
    with pytest.raises(PackageRejected) as refused:
        load_package(text.encode("utf-8"), "big.json")
    [problem] = refused.value.problems
    assert (problem.key, problem.values) == ("package.long_number", ("5001", "18"))
    big = write(tmp_path / "big.json", {})
    big.write_text(text, encoding="utf-8")
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "--lang", "en", "register", "--user", "clerk", str(big)]) == 2
    err = capsys.readouterr().err
    assert "a number has 5001 digits; a package's numbers have at most 18" in err
    assert "Traceback" not in err
    # Within the digits, the format's bound: at most 100 000 of one item.
    with pytest.raises(PackageRejected) as over:
        load_package(text.replace("9" * 5001, "100001").encode("utf-8"), "over.json")
    assert [p.path for p in over.value.problems] == ["$.items[1].quantity"]


# -- the registration dialog ------------------------------------------------------------------

def test_the_dialog_words_a_date_before_the_rules(qtbot: QtBot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    fill_individual(qtbot, dialog)
    type_into(qtbot, dialog, "received", "01.01.2001")
    assert dialog.request.received.message.text() == (
        "Cannot be before 01.01.2013, when the commission's rules took effect.")
    assert not dialog.register_button.isEnabled()
    type_into(qtbot, dialog, "applicant.surname", "Әлмұхан\u202eұлы")
    assert dialog.applicant.rows["applicant.surname"].message.text() == (
        "Contains the invisible character U+202E (a zero-width or text-direction mark): "
        "retype it.")


def test_the_dialog_names_the_application_already_registered(
    qtbot: QtBot, sqlite_db: Database, open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog()
    fill_individual(qtbot, dialog)
    # Meanwhile the same paper was registered at another desk.
    first = RegistrationService(sqlite_db).register(actor_for(sqlite_db, "clerk"),
                                                    dialog.application_data()).number
    assert dialog.register_button.isEnabled()
    dialog.register_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible() and bool(dialog.message.text()),
                    timeout=30_000)
    assert dialog.message.text() == (
        f"The application was not registered. This request is registered already as "
        f"application {first} (received {date.today():%d.%m.%Y}); it was not registered "
        "again.")
    assert _count(sqlite_db) == 1
