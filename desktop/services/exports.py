"""The registry of requests and the journal of conclusions for a period, as XLSX or CSV.

The columns are those an annual report needs. The registry's conclusion columns name the
commission's result (the conclusion, or the refusal letter), never a later document such
as the return act, and a column of their own the certificate; the journal lists every
number given in the period, a cancelled one with its status, so it has no gaps.

Rows are read from the database in batches and written as they come (openpyxl's
write-only workbook), so a year of 100,000 requests never sits in memory whole. The header
row is in the language asked for; dates are real dates and counts real numbers in XLSX;
CSV is UTF-8 with a byte order mark (so spreadsheet programs read Cyrillic and Kazakh
letters) and ``;`` between fields, as spreadsheet programs in Kazakhstan and Russia expect.
"""

from __future__ import annotations

import csv
import logging
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.countries import country_name
from desktop.domain.errors import DomainError
from desktop.domain.roles import Action
from desktop.domain.workflow import Status
from desktop.models.application import Application, Item
from desktop.models.conclusion import Conclusion
from desktop.services.actor import Actor
from desktop.services.calendar import current as calendar_in_force
from desktop.services.disclosures import record_disclosure
from desktop.storage.database import Database

__all__ = ["ExportError", "ExportKind", "ExportService", "Period"]

log = logging.getLogger(__name__)

BATCH = 1000
"""Rows read from the database at a time."""


class ExportError(DomainError):
    code = "export"


class ExportKind(StrEnum):
    REGISTRY = "registry"
    """Every request received in the period."""
    JOURNAL = "journal"
    """Every number of a conclusion, refusal letter, return act and certificate dated in
    the period, cancelled ones included."""


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ExportError(f"the period ends ({self.end:%d.%m.%Y}) before it starts "
                              f"({self.start:%d.%m.%Y})", f"{self.end:%d.%m.%Y}",
                              f"{self.start:%d.%m.%Y}", reason="period")


_HEADERS: dict[ExportKind, dict[str, tuple[str, ...]]] = {
    ExportKind.REGISTRY: {
        "en": ("Number", "Received", "Applicant", "IIN/BIN", "Applicant kind", "Items",
               "Pieces", "Country", "Purpose", "Export from", "Export until", "Status",
               "Result", "Conclusion number", "Conclusion date", "Certificate number",
               "Working days taken", "Deadline", "Deadline met"),
        "ru": ("Номер", "Дата поступления", "Заявитель", "ИИН/БИН", "Вид заявителя",
               "Предметов", "Экземпляров", "Страна", "Цель", "Вывоз с", "Вывоз по",
               "Статус", "Результат", "Номер заключения", "Дата заключения",
               "Номер свидетельства", "Рабочих дней", "Срок", "Срок соблюдён"),
        "kk": ("Нөмірі", "Түскен күні", "Өтініш беруші", "ЖСН/БСН", "Өтініш беруші түрі",
               "Заттар саны", "Дана саны", "Елі", "Мақсаты", "Әкету басталуы",
               "Әкету аяқталуы", "Мәртебесі", "Нәтижесі", "Қорытынды нөмірі",
               "Қорытынды күні", "Куәлік нөмірі",
               "Жұмсалған жұмыс күні", "Мерзімі", "Мерзім сақталды"),
    },
    ExportKind.JOURNAL: {
        "en": ("Number", "Date", "Kind", "Application", "Applicant", "IIN/BIN", "Result",
               "Status", "Signatures", "Corrects"),
        "ru": ("Номер", "Дата", "Вид", "Заявление", "Заявитель", "ИИН/БИН", "Результат",
               "Статус", "Подписей", "Взамен"),
        "kk": ("Нөмірі", "Күні", "Түрі", "Өтініш", "Өтініш беруші", "ЖСН/БСН", "Нәтижесі",
               "Мәртебесі", "Қолтаңба саны", "Түзетілген құжат"),
    },
}

_SHEETS: dict[ExportKind, dict[str, str]] = {
    ExportKind.REGISTRY: {"en": "Registry of requests", "ru": "Реестр заявлений",
                          "kk": "Өтініштер тізілімі"},
    ExportKind.JOURNAL: {"en": "Journal of conclusions", "ru": "Журнал заключений",
                         "kk": "Қорытындылар журналы"},
}
"""The sheet's name, in the language of its headers (at most 31 characters)."""

_WORDS: dict[str, dict[str, str]] = {
    "en": {"individual": "individual", "company": "company", "agreed": "agreed",
           "not_agreed": "not agreed", "refused": "refused", "yes": "yes", "no": "no",
           "conclusion": "conclusion", "refusal": "refusal letter",
           "return_act": "return act", "certificate": "certificate",
           "matches": "items match", "differs": "an item differs"},
    "ru": {"individual": "физическое лицо", "company": "юридическое лицо",
           "agreed": "согласован", "not_agreed": "не согласован", "refused": "отказ",
           "yes": "да", "no": "нет", "conclusion": "заключение",
           "refusal": "мотивированный отказ", "return_act": "акт проверки возврата",
           "certificate": "свидетельство", "matches": "предметы соответствуют",
           "differs": "есть расхождения"},
    "kk": {"individual": "жеке тұлға", "company": "заңды тұлға", "agreed": "келісілді",
           "not_agreed": "келісілмеді", "refused": "бас тарту", "yes": "иә", "no": "жоқ",
           "conclusion": "қорытынды", "refusal": "дәлелді бас тарту",
           "return_act": "қайтаруды тексеру актісі", "certificate": "куәлік",
           "matches": "заттар сәйкес келеді", "differs": "айырмашылық бар"},
}

_STATUS: dict[str, dict[str, str]] = {
    "en": {
        Status.REGISTERED: "registered", Status.DOCUMENTS_COMPLETE: "documents complete",
        Status.UNDER_EXAMINATION: "under examination", Status.EXAMINED: "examined",
        Status.CONCLUSION_DRAFTED: "conclusion drafted", Status.BEING_SIGNED: "being signed",
        Status.ISSUED_AGREED: "issued: export agreed",
        Status.ISSUED_NOT_AGREED: "issued: export not agreed", Status.REFUSED: "refused",
        Status.CLOSED: "closed: items returned",
        ConclusionStatus.DRAFT: "draft", ConclusionStatus.SIGNING: "being signed",
        ConclusionStatus.ISSUED: "issued", ConclusionStatus.SUPERSEDED: "superseded",
        ConclusionStatus.CANCELLED: "cancelled",
        ConclusionStatus.CLOSED: "closed: items returned",
    },
    "ru": {
        Status.REGISTERED: "зарегистрировано", Status.DOCUMENTS_COMPLETE: "документы полны",
        Status.UNDER_EXAMINATION: "на экспертизе", Status.EXAMINED: "экспертиза проведена",
        Status.CONCLUSION_DRAFTED: "проект заключения", Status.BEING_SIGNED: "подписывается",
        Status.ISSUED_AGREED: "выдано: вывоз согласован",
        Status.ISSUED_NOT_AGREED: "выдано: вывоз не согласован", Status.REFUSED: "отказано",
        Status.CLOSED: "закрыто: предметы возвращены",
        ConclusionStatus.DRAFT: "проект", ConclusionStatus.SIGNING: "подписывается",
        ConclusionStatus.ISSUED: "выдано", ConclusionStatus.SUPERSEDED: "заменено",
        ConclusionStatus.CANCELLED: "отменено",
        ConclusionStatus.CLOSED: "закрыто: предметы возвращены",
    },
    "kk": {
        Status.REGISTERED: "тіркелді", Status.DOCUMENTS_COMPLETE: "құжаттар толық",
        Status.UNDER_EXAMINATION: "сараптамада", Status.EXAMINED: "сараптама жүргізілді",
        Status.CONCLUSION_DRAFTED: "қорытынды жобасы", Status.BEING_SIGNED: "қол қойылуда",
        Status.ISSUED_AGREED: "берілді: әкетуге келісілді",
        Status.ISSUED_NOT_AGREED: "берілді: әкетуге келісілмеді",
        Status.REFUSED: "бас тартылды", Status.CLOSED: "жабылды: заттар қайтарылды",
        ConclusionStatus.DRAFT: "жоба", ConclusionStatus.SIGNING: "қол қойылуда",
        ConclusionStatus.ISSUED: "берілді", ConclusionStatus.SUPERSEDED: "ауыстырылды",
        ConclusionStatus.CANCELLED: "жойылды",
        ConclusionStatus.CLOSED: "жабылды: заттар қайтарылды",
    },
}

_RESULTS = {Status.ISSUED_AGREED: "agreed", Status.ISSUED_NOT_AGREED: "not_agreed",
            Status.REFUSED: "refused", Status.CLOSED: "agreed"}
_RESULT_KINDS = (ConclusionKind.CONCLUSION.value, ConclusionKind.REFUSAL.value)
"""The documents that are the commission's result (a correction supersedes its original)."""
_GIVEN = (ConclusionStatus.ISSUED.value, ConclusionStatus.CLOSED.value)
"""A certificate in these states was given to the applicant."""

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def headers(self, kind: ExportKind, lang: str) -> tuple[str, ...]:
        return _HEADERS[kind].get(lang, _HEADERS[kind]["en"])

    def count(self, actor: Actor, kind: ExportKind, period: Period) -> int:
        actor.require(Action.VIEW)
        with self.db.read() as s:
            return int(s.execute(select(func.count()).select_from(
                _statement(kind, period).subquery())).scalar_one())

    def rows(self, actor: Actor, kind: ExportKind, period: Period,
             lang: str = "en") -> Iterator[tuple[Any, ...]]:
        """The rows of the export, read in batches of :data:`BATCH` (by id, in order)."""
        actor.require(Action.VIEW)
        words = _WORDS.get(lang, _WORDS["en"])
        after = 0
        while True:
            with self.db.read() as s:
                batch = list(s.execute(_statement(kind, period)
                                       .where(_id(kind) > after).limit(BATCH)).scalars())
                if not batch:
                    return
                after = batch[-1].id
                calendar = calendar_in_force(s)
                if kind == ExportKind.REGISTRY:
                    ids = [obj.id for obj in batch]
                    results, certificates = _documents_of(s, ids)
                    items = _items_of(s, ids)
                    rows = [_registry_row(obj, lang, words, calendar, items.get(obj.id, (0, 0)),
                                          results.get(obj.id), certificates.get(obj.id))
                            for obj in batch]
                else:
                    rows = [_journal_row(s, obj, lang, words) for obj in batch]
            yield from rows

    def export(self, actor: Actor, kind: ExportKind, period: Period, path: Path | str, *,
               lang: str = "en", progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> int:
        """Write the export to *path* (``.xlsx`` or ``.csv``); the number of rows.

        The file appears whole or not at all: it is written beside the target and renamed
        at the end, so a cancel or a failure leaves no half-written file.
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            raise ExportError(f"{path.name}: choose a file ending in .xlsx or .csv", path.name,
                              reason="file_type")
        total = self.count(actor, kind, period)
        header = self.headers(kind, lang)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.close(handle)
        done = 0

        def counted() -> Iterator[tuple[Any, ...]]:
            nonlocal done
            for row in self.rows(actor, kind, period, lang):
                if cancelled is not None and cancelled():
                    raise ExportError("the export was cancelled; no file was written",
                                      reason="cancelled")
                done += 1
                if progress is not None and done % 200 == 0:
                    progress(done, total)
                yield row

        try:
            if suffix == ".csv":
                _write_csv(Path(temp), header, counted())
            else:
                _write_xlsx(Path(temp), kind, header, counted(),
                            _SHEETS[kind].get(lang, _SHEETS[kind]["en"]))
            Path(temp).replace(path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        if progress is not None:
            progress(done, total)
        record_disclosure(self.db, actor, "export", {
            "kind": kind.value, "from": period.start.isoformat(), "to": period.end.isoformat(),
            "rows": done, "file": path.name})
        log.info("exported %d %s rows", done, kind.value)
        return done


def _id(kind: ExportKind) -> Any:
    return Application.id if kind == ExportKind.REGISTRY else Conclusion.id


def _statement(kind: ExportKind, period: Period) -> Any:
    if kind == ExportKind.REGISTRY:
        return (select(Application)
                .where(Application.received >= period.start,
                       Application.received <= period.end)
                .options(selectinload(Application.applicant))
                .order_by(Application.id))
    return (select(Conclusion)
            .where(Conclusion.issued_on >= period.start, Conclusion.issued_on <= period.end)
            .order_by(Conclusion.id))


def _documents_of(s: Session, application_ids: list[int]
                  ) -> tuple[dict[int, Conclusion], dict[int, str]]:
    """For a batch of applications, two queries: the latest issued result document of each,
    and the number of its certificate (one query per row cost 95 s of CPU at 100,000)."""
    results: dict[int, Conclusion] = {}
    for conclusion in s.execute(
            select(Conclusion).where(Conclusion.application_id.in_(application_ids),
                                     Conclusion.kind.in_(_RESULT_KINDS),
                                     Conclusion.status == ConclusionStatus.ISSUED.value)
            .order_by(Conclusion.id)).scalars():
        results[conclusion.application_id] = conclusion  # the latest wins
    certificates: dict[int, str] = {}
    for application_id, number in s.execute(
            select(Conclusion.application_id, Conclusion.number)
            .where(Conclusion.application_id.in_(application_ids),
                   Conclusion.kind == ConclusionKind.CERTIFICATE.value,
                   Conclusion.status.in_(_GIVEN)).order_by(Conclusion.id)):
        certificates.setdefault(application_id, number)
    return results, certificates


def _items_of(s: Session, application_ids: list[int]) -> dict[int, tuple[int, int]]:
    """How many items each application of a batch lists, and their total quantity: counted
    by the database (loaded as objects, the items were half the export's CPU)."""
    return {application_id: (count, quantity) for application_id, count, quantity in s.execute(
        select(Item.application_id, func.count(), func.sum(Item.quantity))
        .where(Item.application_id.in_(application_ids)).group_by(Item.application_id))}


def _registry_row(app: Application, lang: str, words: dict[str, str],
                  calendar: WorkingCalendar, items: tuple[int, int],
                  conclusion: Conclusion | None, certificate: str | None) -> tuple[Any, ...]:
    status = Status(app.status)
    result = _RESULTS.get(status)
    taken = None
    if app.decided is not None:
        taken = calendar.working_days_between(app.received, app.decided)
    met = None if app.decided is None else app.decided <= app.result_due
    applicant = app.applicant
    return (
        app.number, app.received, applicant.display_name, applicant.iin_bin,
        words[str(applicant.kind)], *items,
        country_name(app.destination_country, lang), app.purpose, app.export_from,
        app.export_until, _STATUS.get(lang, _STATUS["en"])[status],
        words[result] if result else "",
        conclusion.number if conclusion else "", conclusion.issued_on if conclusion else None,
        certificate or "", taken, app.result_due,
        "" if met is None else words["yes" if met else "no"],
    )


def _journal_row(s: Session, c: Conclusion, lang: str,
                 words: dict[str, str]) -> tuple[Any, ...]:
    app = s.get_one(Application, c.application_id)
    corrects = s.get(Conclusion, c.corrects_id) if c.corrects_id else None
    if c.kind == ConclusionKind.REFUSAL:
        result = words["refused"]
    elif c.kind == ConclusionKind.CERTIFICATE:
        result = ""
    elif c.kind == ConclusionKind.RETURN_ACT:
        result = words["matches" if c.agreed else "differs"]
    else:
        result = words["agreed" if c.agreed else "not_agreed"]
    return (c.number, c.issued_on, words[str(c.kind)], app.number,
            app.applicant.display_name, app.applicant.iin_bin, result,
            _STATUS.get(lang, _STATUS["en"])[ConclusionStatus(c.status)],
            c.signatures, corrects.number if corrects else "")


def _write_csv(path: Path, header: Sequence[str], rows: Iterator[tuple[Any, ...]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(header)
        for row in rows:
            writer.writerow(v.strftime("%d.%m.%Y") if isinstance(v, date) else
                            "" if v is None else v for v in row)


_WIDTHS = {ExportKind.REGISTRY: (17, 12, 36, 14, 16, 8, 10, 18, 40, 12, 12, 20, 14, 18, 14,
                                 18, 12, 12, 10),
           ExportKind.JOURNAL: (18, 12, 18, 17, 36, 14, 16, 12, 10, 18)}


def _write_xlsx(path: Path, kind: ExportKind, header: Sequence[str],
                rows: Iterator[tuple[Any, ...]], title: str) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(_WIDTHS[kind]):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    bold = Font(bold=True)
    cells = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    count = 0
    try:
        for row in rows:
            out = []
            for value in row:
                if isinstance(value, date):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.number_format = "DD.MM.YYYY"
                    out.append(cell)
                else:
                    out.append(value)
            sheet.append(out)
            count += 1
    except BaseException:
        book.save(path)  # ends openpyxl's streaming writer; the caller deletes the file
        raise
    last = chr(ord("A") + len(header) - 1)
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    book.save(path)
