"""The registry table model on its own: paging, roles, sorting and searching via the service."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.domain.workflow import Status
from desktop.services.actor import Actor
from desktop.services.registry import RegistryService, SortKey
from desktop.storage.database import Database
from desktop.ui.registry.model import ROW_ID_ROLE, Column, RegistryModel
from tests.support.registry import APPLICATIONS, TODAY

pytestmark = pytest.mark.usefixtures("qapp")  # Qt objects: private settings, English

PAGE = 5
Display = Qt.ItemDataRole.DisplayRole
Background = Qt.ItemDataRole.BackgroundRole


@pytest.fixture
def model(registry_db: Database, clerk: Actor) -> RegistryModel:
    return RegistryModel(RegistryService(registry_db), clerk, page_size=PAGE, today=lambda: TODAY)


def _cell(model: RegistryModel, row: int, column: Column, role: int = Display) -> object:
    return model.data(model.index(row, column), role)


def _fetch_all(model: RegistryModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_first_page_only_after_init(model: RegistryModel) -> None:
    assert model.total == APPLICATIONS
    assert model.rowCount() == PAGE
    assert model.columnCount() == len(Column)
    assert model.canFetchMore(QModelIndex())


def test_fetch_more_adds_pages_until_the_total(model: RegistryModel, qtbot: QtBot) -> None:
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == APPLICATIONS
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing left: no empty insert
    assert inserted == [(PAGE, 2 * PAGE - 1), (2 * PAGE, APPLICATIONS - 1)]
    ids = [_cell(model, r, Column.NUMBER, ROW_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == APPLICATIONS  # pages neither overlap nor skip


def test_model_obeys_qt_rules(model: RegistryModel, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(model, force_py=True)


def test_display_and_deadline_colours(model: RegistryModel) -> None:
    _fetch_all(model)
    rows = [model.row_at(r) for r in range(model.rowCount())]
    levels = {row.deadline.level for row in rows if row.deadline}
    assert levels == {"ok", "due_soon", "overdue"}, "the fixture should cover every level"

    overdue = next(r for r, row in enumerate(rows) if row.deadline.level == "overdue")
    text = _cell(model, overdue, Column.DEADLINE)
    assert isinstance(text, str)
    assert rows[overdue].deadline.due.strftime("%d.%m.%Y") in text
    assert "overdue by" in text
    brush = _cell(model, overdue, Column.DEADLINE, Background)
    assert isinstance(brush, QBrush)
    colour = brush.color()
    assert colour.red() > 200 and colour.green() < 180  # red
    assert _cell(model, overdue, Column.STATUS) == "Registered"
    assert _cell(model, overdue, Column.APPLICANT, Background) is None  # only the deadline

    soon = next(r for r, row in enumerate(rows) if row.deadline.level == "due_soon")
    amber = _cell(model, soon, Column.DEADLINE, Background)
    assert isinstance(amber, QBrush)
    assert amber.color().red() > 200 and amber.color().green() > 180  # amber
    assert amber.color() != colour

    fine = next(r for r, row in enumerate(rows) if row.deadline.level == "ok")
    assert _cell(model, fine, Column.DEADLINE, Background) is None
    assert "working days left" in str(_cell(model, fine, Column.DEADLINE))


def test_newest_first_by_default(model: RegistryModel) -> None:
    _fetch_all(model)
    received = [model.row_at(r).received for r in range(model.rowCount())]
    assert received == sorted(received, reverse=True)
    assert _cell(model, 0, Column.RECEIVED) == received[0].strftime("%d.%m.%Y")
    assert model.sort_column() == (Column.RECEIVED, Qt.SortOrder.DescendingOrder)


def test_sort_by_applicant_changes_the_first_row(model: RegistryModel, qtbot: QtBot) -> None:
    first = _cell(model, 0, Column.APPLICANT)
    with qtbot.waitSignal(model.modelReset):
        model.sort(Column.APPLICANT, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == SortKey.APPLICANT and not model.query.descending
    assert model.rowCount() == PAGE  # a reset starts again from the first page
    ascending = _cell(model, 0, Column.APPLICANT)
    assert ascending != first
    model.sort(Column.APPLICANT, Qt.SortOrder.DescendingOrder)
    descending = _cell(model, 0, Column.APPLICANT)
    assert descending != ascending
    _fetch_all(model)
    names = [model.row_at(r).applicant for r in range(model.rowCount())]
    assert names[0] == descending and names[-1] == ascending


def test_unsortable_column_is_ignored(model: RegistryModel, qtbot: QtBot) -> None:
    assert not RegistryModel.is_sortable(Column.IIN_BIN)
    assert RegistryModel.is_sortable(Column.DEADLINE)
    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(Column.IIN_BIN, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == SortKey.RECEIVED


def test_search_narrows_the_count(model: RegistryModel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(model.totalChanged) as signal:
        model.set_query(replace(model.query, text="ҚАСЫМ"))  # case-folded Kazakh letters
    assert signal.args == [1]
    assert model.total == model.rowCount() == 1
    assert not model.canFetchMore(QModelIndex())
    assert _cell(model, 0, Column.APPLICANT) == "Қасымова Әйгерім"

    model.set_query(replace(model.query, text="Шаңырақ"))
    assert model.total == 1
    iin = model.row_at(0).iin_bin
    model.set_query(replace(model.query, text=iin[:6]))  # an identity-number prefix
    assert iin in {model.row_at(r).iin_bin for r in range(model.rowCount())}

    model.set_query(replace(model.query, text="no such applicant"))
    assert model.total == model.rowCount() == 0


def test_filters_by_status_and_overdue(model: RegistryModel) -> None:
    model.set_query(replace(model.query, statuses=frozenset({Status.REFUSED})))
    assert model.total == 0
    model.set_query(replace(model.query, statuses=frozenset(), overdue_only=True))
    _fetch_all(model)
    assert 0 < model.total < APPLICATIONS
    assert all(
        model.row_at(r).deadline.level == "overdue" for r in range(model.rowCount())
    )


def test_header(model: RegistryModel) -> None:
    horizontal = Qt.Orientation.Horizontal
    titles = [model.headerData(c, horizontal) for c in Column]
    assert titles[Column.IIN_BIN] == "IIN/BIN"
    assert all(isinstance(t, str) and t for t in titles)
    initial = Qt.ItemDataRole.InitialSortOrderRole
    assert model.headerData(Column.RECEIVED, horizontal, initial) == (
        Qt.SortOrder.DescendingOrder
    )
    assert model.headerData(Column.APPLICANT, horizontal, initial) == (
        Qt.SortOrder.AscendingOrder
    )
    assert model.headerData(Column.IIN_BIN, horizontal, initial) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_a_count_past_its_cap_reads_on_to_the_end(
    registry_db: Database, clerk: Actor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The registry is counted up to a cap ("more than 200"): past it the model reads
    page after page while they come full, and the total is known at the short one."""
    monkeypatch.setattr(RegistryModel, "count_cap", 3)
    model = RegistryModel(RegistryService(registry_db), clerk, page_size=PAGE,
                          today=lambda: TODAY)
    assert (model.total, model.total_known, model.rowCount()) == (4, False, PAGE)
    model.fetchMore(QModelIndex())
    assert (model.total_known, model.rowCount()) == (False, 2 * PAGE)
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.totalChanged) as changed:
        model.fetchMore(QModelIndex())
    assert changed.args == [APPLICATIONS]
    assert (model.total, model.total_known, model.rowCount()) == (APPLICATIONS, True,
                                                                  APPLICATIONS)
    assert not model.canFetchMore(QModelIndex())
    ids = [_cell(model, r, Column.NUMBER, ROW_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == APPLICATIONS
