"""The start page on a 1280×720 screen: eight lines in every list, only the boxes the role
can fill, chart axes in round steps, and the outcomes named in the legend."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCharts import QPieSeries, QValueAxis
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.ui.dashboard import LIST_ROWS, StartPage
from desktop.ui.kit.chart_axes import round_scale
from desktop.ui.kit.screen import SMALLEST_SCREEN, fit_to_screen
from desktop.ui.main_window import DEFAULT_SIZE, MainWindow
from tests.support.desk import Case, settle
from tests.support.sessions import session_for


def _start_page(qtbot: QtBot, db: Database, actor: Actor) -> StartPage:
    window = MainWindow(session_for(db, actor))
    qtbot.addWidget(window, before_close_func=lambda w: settle(qtbot, w))
    fit_to_screen(window, *DEFAULT_SIZE, area=QRect(0, 0, SMALLEST_SCREEN.width(),
                                                    SMALLEST_SCREEN.height()))
    window.show()
    qtbot.waitExposed(window)
    page = window.start
    qtbot.waitUntil(page.is_idle)
    return page


def _lines_in_sight(widget: QTreeWidget) -> int:
    """Fill the list with more lines than it needs, and count those wholly in sight."""
    for number in range(LIST_ROWS + 4):
        widget.addTopLevelItem(QTreeWidgetItem([f"AKM-2026-{number:05d}", "—", "—", "—"]))
    height = widget.viewport().height()
    return sum(1 for row in range(widget.topLevelItemCount())
               if widget.visualItemRect(widget.topLevelItem(row)).bottom() < height)


@pytest.mark.parametrize("role", ["clerk", "member", "chair", "admin"])
def test_every_list_shows_eight_lines_at_1280_by_720(
    qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case, role: str,
) -> None:
    page = _start_page(qtbot, sqlite_db, team[role])
    assert page.window().height() <= SMALLEST_SCREEN.height()
    lists = [w for w in (*page.lists, page.returns_overdue, page.returns_soon)
             if w.isVisibleTo(page)]
    assert len(lists) >= 3
    seen = {w.accessibleName(): _lines_in_sight(w) for w in lists}
    assert all(count >= LIST_ROWS for count in seen.values()), seen


def test_no_box_the_role_can_never_fill(qtbot: QtBot, sqlite_db: Database,
                                        team: dict[str, Actor]) -> None:
    clerk = _start_page(qtbot, sqlite_db, team["clerk"])
    assert not clerk.boxes[1].isVisibleTo(clerk)  # a clerk signs no conclusion
    assert clerk.boxes[0].isVisibleTo(clerk)
    chair = _start_page(qtbot, sqlite_db, team["chair"])
    assert chair.boxes[1].isVisibleTo(chair) and not chair.boxes[0].isVisibleTo(chair)


@pytest.mark.parametrize(("largest", "scale"), [
    (0, (1, 1)), (1, (1, 1)), (3, (3, 1)), (5, (5, 1)), (7, (8, 2)), (10, (10, 2)),
    (11, (15, 5)), (23, (25, 5)), (48, (50, 10)), (100, (100, 20)), (12.4, (15, 5)),
    (430, (500, 100)),
])
def test_axis_steps_are_round(largest: float, scale: tuple[int, int]) -> None:
    assert round_scale(largest) == scale


def _ticks(axis: QValueAxis) -> list[float]:
    count = axis.tickCount()
    step = (axis.max() - axis.min()) / (count - 1)
    return [axis.min() + i * step for i in range(count)]


def test_the_charts_count_in_round_steps_and_name_the_outcomes_in_the_legend(
    qtbot: QtBot, sqlite_db: Database, team: dict[str, Actor], case: Case,
) -> None:
    page = _start_page(qtbot, sqlite_db, team["chair"])
    for view in (page.months_view, page.days_view, page.survey_view):
        axis = view.chart().axes(Qt.Orientation.Vertical)[0]
        assert isinstance(axis, QValueAxis)
        ticks = _ticks(axis)
        steps = {round(b - a, 6) for a, b in itertools.pairwise(ticks)}
        assert len(steps) == 1 and all(t == int(t) for t in ticks), (view, ticks)
        step = steps.pop()
        assert step in {1, 2, 5, 10, 20, 50, 100}, (view, ticks)

    chart = page.outcomes_view.chart()
    pie = chart.series()[0]
    assert isinstance(pie, QPieSeries)
    assert all(not s.isLabelVisible() for s in pie.slices())
    assert chart.legend().isVisible()
    assert len(chart.legend().markers(pie)) == pie.count()
