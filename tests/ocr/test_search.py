"""The registry's search looks into the text read from the scans, on both databases."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.documents import PageKind
from desktop.services.actor import Actor
from desktop.services.documents import DocumentService
from desktop.services.registration import Registered, RegistrationService
from desktop.services.registry import RegistryQuery, RegistryService
from desktop.storage.database import Database
from tests.support.factories import application
from tests.support.ocr_reading import imported_and_read
from tests.support.staff import PASSWORD


def _numbers(db: Database, actor: Actor, text: str, in_scans: bool = True) -> list[str]:
    rows = RegistryService(db).page(actor, RegistryQuery(text=text, in_scans=in_scans), 0, 50,
                                    date.today())
    return [r.number for r in rows]


def test_a_word_of_a_scanned_page_finds_its_application(
        db: Database, staff: dict[str, Actor], registered: Registered,
        scanned: dict[str, Path]) -> None:
    clerk = staff["clerk"]
    other = RegistrationService(db).register(clerk, application(items=1))
    page_ids = imported_and_read(db, clerk, registered.application_id, [scanned["kk"]],
                                 PageKind.FORM)

    # "Ыстамбұл" on the page, typed in capitals; "білезік" as its start; two words at once
    assert _numbers(db, clerk, "ЫСТАМБҰЛ") == [registered.number]
    assert _numbers(db, clerk, "білез") == [registered.number]
    assert _numbers(db, clerk, "күміс Түркия") == [registered.number]
    assert _numbers(db, clerk, "күміс Германия") == []  # every word, on one page
    assert _numbers(db, clerk, "Ыстамбұл", in_scans=False) == []  # only when asked
    # the number and the name are still found with the choice on
    assert _numbers(db, clerk, other.number) == [other.number]

    DocumentService(db).delete_page(clerk, page_ids[0], expected_version=1)
    assert _numbers(db, clerk, "Ыстамбұл") == []  # a deleted page is not searched


def test_the_command_line_searches_the_scans(
        db: Database, staff: dict[str, Actor], registered: Registered,
        scanned: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    clerk = staff["clerk"]
    imported_and_read(db, clerk, registered.application_id, [scanned["ru"]],
                      PageKind.ID)
    monkeypatch.setenv("EXPORT_COMMISSION_PASSWORD", PASSWORD)
    url = db.url.render_as_string(hide_password=False)

    assert main(["--db", url, "applications", "list", "--search", "берлин", "--in-scans",
                 "--user", "clerk"]) == 0
    assert registered.number in capsys.readouterr().out
    assert main(["--db", url, "applications", "list", "--search", "берлин",
                 "--user", "clerk"]) == 0
    assert registered.number not in capsys.readouterr().out


def test_fts5_unicode61_folds_the_kazakh_letters() -> None:
    """The index folds case itself too (the stored text is folded already): every Kazakh
    capital finds its small letter."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61')")
    capitals, small = "ӘӨҮҰҚҒҢҺІ", "әөүұқғңһі"
    conn.executemany("INSERT INTO t(x) VALUES (?)", [(f"Ж{c}Р",) for c in capitals])
    for letter in small:
        hits = conn.execute("SELECT x FROM t WHERE t MATCH ?", (f'"ж{letter}р"',)).fetchall()
        assert hits == [(f"Ж{letter.upper()}Р",)], letter
