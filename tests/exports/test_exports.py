"""The registry and the journal of conclusions as XLSX and CSV, read back as a spreadsheet
program would."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import event, func, select

from desktop.cli import main
from desktop.models.application import Application
from desktop.services.actor import Actor
from desktop.services.demo import DemoDataGenerator
from desktop.services.exports import ExportError, ExportKind, ExportService, Period
from desktop.storage.database import Database

YEAR = Period(dt.date(2000, 1, 1), dt.date(2100, 12, 31))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo of 30 applications, its conclusions signed by the demo keys."""
    folder = tmp_path_factory.mktemp("exports")
    db = Database(f"sqlite:///{folder / 'demo.sqlite3'}", loading=True)
    db.migrate()
    DemoDataGenerator(db, seed=30).generate(30, folder / "demo-keys",
                                            today=dt.date(2026, 12, 7), workers=0)
    db.dispose()
    db = Database(f"sqlite:///{folder / 'demo.sqlite3'}")
    yield db
    db.dispose()


def test_the_registry_as_xlsx_has_the_report_columns_and_real_types(demo: Database,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "registry.xlsx"
    seen: list[tuple[int, int]] = []
    count = ExportService(demo).export(Actor.system(), ExportKind.REGISTRY, YEAR, path,
                                       lang="ru", progress=lambda d, t: seen.append((d, t)))
    with demo.read() as s:
        assert count == s.execute(select(func.count(Application.id))).scalar_one() == 30
    assert seen[-1] == (30, 30)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Реестр заявлений"  # the sheet is named in the export's language
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Номер", "Дата поступления", "Заявитель", "ИИН/БИН")
    assert rows[0][-6:] == ("Номер заключения", "Дата заключения", "Номер свидетельства",
                            "Рабочих дней", "Срок", "Срок соблюдён")
    assert len(rows) == 31
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:S31"
    first = rows[1]
    assert isinstance(first[1], dt.datetime)  # a date cell, not text
    assert isinstance(first[5], int) and isinstance(first[6], int)
    issued = [r for r in rows[1:] if r[13]]
    assert issued, "the demo's issued conclusions are in the registry"
    assert {r[11] for r in issued} >= {"выдано: вывоз согласован"}
    assert all(isinstance(r[14], dt.datetime) for r in issued)


def test_the_journal_as_csv_opens_with_cyrillic_and_kazakh(demo: Database,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "journal.csv"
    count = ExportService(demo).export(Actor.system(), ExportKind.JOURNAL, YEAR, path,
                                       lang="kk")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheet programs look for
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][:3] == ["Нөмірі", "Күні", "Түрі"]
    assert count == len(rows) - 1 >= 1
    number, day, kind, *_rest = rows[1]
    assert kind == "қорытынды" and rows[1][6] == "келісілді" and rows[1][7] == "берілді"
    dt.datetime.strptime(day, "%d.%m.%Y")
    assert number.startswith("AKM-")


def test_a_cancelled_or_refused_export_leaves_no_file(demo: Database, tmp_path: Path) -> None:
    service = ExportService(demo)
    path = tmp_path / "registry.xlsx"
    with pytest.raises(ExportError, match="cancelled; no file was written"):
        service.export(Actor.system(), ExportKind.REGISTRY, YEAR, path, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportError, match=r"ending in \.xlsx or \.csv"):
        service.export(Actor.system(), ExportKind.REGISTRY, YEAR, tmp_path / "r.ods")
    with pytest.raises(ExportError, match="before it starts"):
        Period(dt.date(2026, 2, 1), dt.date(2026, 1, 1))


def test_the_command_writes_the_file(demo: Database, tmp_path: Path, capsys,
                                     sign_in_as) -> None:
    out = tmp_path / "r.csv"
    url = demo.url.render_as_string(hide_password=False)
    sign_in_as("chair", "Chair-Demo-2026")
    assert main(["--db", url, "export", "registry", "--from", "2000-01-01",
                 "--to", "2100-01-01", "-o", str(out), "--lang", "en"]) == 0
    assert "30 rows written" in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad_date:
        main(["--db", url, "export", "registry", "--from", "2026-13-01",
              "--to", "2100-01-01", "-o", str(out)])
    assert bad_date.value.code == 2


def test_the_registry_reads_a_batch_in_a_fixed_number_of_queries(demo: Database) -> None:
    """Each application's result document and certificate come with its batch: one query
    per row cost 95 s of CPU on 100,000 applications. The rows are those of one query per
    application, certificate numbers included."""
    statements: list[str] = []

    def seen(_conn, _cursor, statement, _parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(demo.engine, "before_cursor_execute", seen)
    try:
        rows = list(ExportService(demo).rows(Actor.system(), ExportKind.REGISTRY, YEAR, "ru"))
    finally:
        event.remove(demo.engine, "before_cursor_execute", seen)
    assert len(rows) == 30
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) <= 8, reads  # the batch, its applicants and items, its documents, the end
    assert any(row[15] for row in rows), "the demo's certificates are in the registry"
    # The items are counted by the database: the same as the application's own list.
    with demo.read() as s:
        listed = {a.number: (len(a.items), sum(i.quantity for i in a.items))
                  for a in s.execute(select(Application)).scalars()}
    assert {row[0]: (row[5], row[6]) for row in rows} == listed
    assert any(quantity > count for count, quantity in listed.values())
