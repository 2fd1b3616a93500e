"""The start page: the user's own work, what is late, and the year in charts.

Lists come from :class:`~desktop.services.dashboard.DashboardService`; Enter or a
double-click on a line opens the application, as in the registry. The charts (QtCharts)
show the requests per month of the current year, the outcomes, the average working days
to a result against what the deadline allowed, and the shares of the quality survey's
answers (annex 6).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPercentBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.returns import ExportState
from desktop.domain.roles import Action
from desktop.domain.stages import PRELIMINARY
from desktop.domain.survey import QUESTIONS
from desktop.services.dashboard import LIST_LIMIT, Figures, WorkItem, WorkLists
from desktop.services.returns import TrackedExport
from desktop.services.survey import SurveyShares
from desktop.ui.admin_boxes import AdminBoxes
from desktop.ui.kit.chart_axes import round_scale
from desktop.ui.kit.labels import DEADLINE_COLOURS, due_text, format_date, status_name
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.theme import is_dark
from desktop.ui.kit.widgets import InlineMessage
from desktop.ui.survey_dialog import answer_names

__all__ = ["StartPage"]

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHART_HEIGHT = 230
"""A chart's least height: its axes and legend readable."""
LIST_ROWS = 8
"""Every list shows at least this many lines, even on a 1280×720 screen."""


def _chart_theme() -> QChart.ChartTheme:
    """The charts' theme for the palette in force (a white chart glares on a dark one)."""
    return QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight


class _WorkList(QTreeWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        self.setMinimumHeight(self._height_for(LIST_ROWS))
        self._again: Callable[[], None] | None = None
        """Shows the rows again (the statuses and dates in a new language)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._again is not None:
            self._again()
        super().changeEvent(event)

    def _height_for(self, rows: int) -> int:
        """The height that shows the header and *rows* lines (measured on a sample line)."""
        self.addTopLevelItem(QTreeWidgetItem(["AKM-2026-00000"]))
        line = self.sizeHintForRow(0)
        self.clear()
        header = self.header().sizeHint().height()
        scroll_bar = self.horizontalScrollBar().sizeHint().height()  # narrow columns scroll
        return header + rows * line + 2 * self.frameWidth() + scroll_bar + 2

    def show_items(self, items: tuple[WorkItem, ...]) -> None:
        self._again = lambda: self.show_items(items)
        self.clear()
        for item in items:
            line = QTreeWidgetItem([item.number, item.detail or status_name(item.status),
                                    due_text(item.stage, item.due), item.applicant])
            line.setData(0, _ID_ROLE, item.application_id)
            if item.stage == PRELIMINARY:  # its own colour, as in the registry
                background, text = DEADLINE_COLOURS["preliminary"]
                line.setBackground(2, QColor(background))
                line.setForeground(2, QColor(text))
            self.addTopLevelItem(line)


class _ExportList(_WorkList):
    def show_exports(self, rows: list[TrackedExport]) -> None:
        self._again = lambda: self.show_exports(rows)
        self.clear()
        for row in rows:
            line = QTreeWidgetItem([row.number, format_date(row.return_due)
                                    if row.return_due else "—", row.applicant, row.phones])
            line.setData(0, _ID_ROLE, row.application_id)
            line.setToolTip(2, row.address)
            self.addTopLevelItem(line)


def _lists_over_charts(lists: QGridLayout, charts: tuple[QChartView, ...],
                       parent: QWidget) -> QSplitter:
    """The lists above, the charts below in a scrolled pane the user may shrink or fold
    away: on a small screen (1366×768) the lists keep the height and the charts scroll."""
    top = QWidget(parent)
    top.setLayout(lists)
    lists.setContentsMargins(0, 0, 0, 0)
    bottom = QWidget(parent)
    grid = QGridLayout(bottom)
    grid.setContentsMargins(0, 0, 0, 0)
    for index, view in enumerate(charts):
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(CHART_HEIGHT)
        grid.addWidget(view, index // 2, index % 2)
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(bottom)
    scroll.setMinimumHeight(0)
    splitter = QSplitter(Qt.Orientation.Vertical, parent)
    splitter.setObjectName("StartPageSplitter")
    splitter.addWidget(top)
    splitter.addWidget(scroll)
    splitter.setCollapsible(0, False)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 1)
    return splitter


_UNSHOWN = {Change.DRAFT, Change.EXAMINATION, Change.ACCOUNT}
"""The changes that leave every list and figure of the page as it is."""


class StartPage(QWidget):
    """What the signed-in user has to do now, and the year's figures."""

    applicationChosen = Signal(int)
    backupRequested = Signal()
    """The administrator wants the Backups dialog (from the reminder on the page)."""
    conclusionChosen = Signal(int)
    """An application chosen from the conclusions waiting for the user's signature: it opens
    at its Conclusion tab, where the signature is asked for."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = session.services.dashboard
        self.survey = session.services.survey
        self.returns = session.services.returns
        self.shares: SurveyShares | None = None
        self.actor = session.actor
        self.message = InlineMessage(self)
        self.boxes: list[QGroupBox] = []
        self.mine, self.to_sign, self.overdue, self.due_soon = (
            _WorkList(self) for _ in range(4))
        self.lists = (self.mine, self.to_sign, self.overdue, self.due_soon)
        grid = QGridLayout()
        for widget in self.lists:
            box = QGroupBox(self)
            inner = QVBoxLayout(box)
            inner.addWidget(widget)
            self.boxes.append(box)
            widget.itemActivated.connect(self._activated)
        self.returns_overdue, self.returns_soon = _ExportList(self), _ExportList(self)
        self.export_boxes = []
        for widget in (self.returns_overdue, self.returns_soon):
            box = QGroupBox(self)
            QVBoxLayout(box).addWidget(widget)
            self.export_boxes.append(box)
            widget.itemActivated.connect(self._activated)
        # Only the boxes the user's role can fill, with no hole where one is left out: two
        # to a row, three when there are more than four (two rows leave the lists their
        # eight lines on a 720-pixel screen), one row under the administrator's own boxes.
        fills = {self.boxes[0]: str(self.actor.role) in ("clerk", "member"),
                 self.boxes[1]: self.actor.can(Action.SIGN)}
        shown = [box for box in (*self.boxes, *self.export_boxes) if fills.get(box, True)]
        for box in (*self.boxes, *self.export_boxes):
            box.setVisible(box in shown)
        self.admin: AdminBoxes | None = None
        columns = 2 if len(shown) <= 4 else 3
        if self.actor.can(Action.MANAGE_USERS):  # the administrator's own boxes come first
            self.admin = AdminBoxes(session, self)
            self.admin.backupRequested.connect(self.backupRequested)
            columns = max(1, len(shown))
            grid.addWidget(self.admin, 0, 0, 1, columns)
        first = 1 if self.admin is not None else 0
        for index, box in enumerate(shown):
            grid.addWidget(box, first + index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self.months_view, self.outcomes_view, self.days_view, self.survey_view = (
            QChartView(self) for _ in range(4))
        self.chart_views = (self.months_view, self.outcomes_view, self.days_view,
                            self.survey_view)
        self.splitter = _lists_over_charts(grid, self.chart_views, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.figures: Figures | None = None
        self._operation: Operation | None = None
        self._lists_operation: Operation | None = None
        self._generation = 0
        self.retranslate_ui()
        self.refresh()
        session.changed.connect(self._changed)

    def changeEvent(self, event: QEvent) -> None:
        """A switch between the light and the dark palette: the charts follow."""
        if event.type() == QEvent.Type.PaletteChange:
            theme = _chart_theme()
            for view in getattr(self, "chart_views", ()):  # none yet while it is built
                chart = view.chart()
                if chart is not None and chart.theme() != theme:
                    chart.setTheme(theme)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        titles = {
            "clerk": self.tr("Requests still missing documents"),
            "member": self.tr("Applications assigned to me for examination"),
        }
        self.boxes[0].setTitle(titles.get(str(self.actor.role), self.tr("My work")))
        self.boxes[1].setTitle(self.tr("Conclusions waiting for my signature"))
        self.boxes[2].setTitle(self.tr("Overdue"))
        self.boxes[3].setTitle(self.tr("Due within two working days"))
        headers = [self.tr("Number"), self.tr("Status"), self.tr("Deadline"),
                   self.tr("Applicant")]
        for widget in self.lists:
            widget.setHeaderLabels(headers)
        # what waits for a signature is a document: its number, not the status, is shown
        self.lists[1].setHeaderLabels([headers[0], self.tr("Document to sign"), *headers[2:]])
        self.export_boxes[0].setTitle(self.tr("Exports overdue for return"))
        self.export_boxes[1].setTitle(self.tr("Exports due back within 30 days"))
        export_headers = [self.tr("Number"), self.tr("Return by"), self.tr("Applicant"),
                          self.tr("Phones")]
        for widget in (self.returns_overdue, self.returns_soon):
            widget.setHeaderLabels(export_headers)
        for box, widget in zip((*self.boxes, *self.export_boxes),
                               (*self.lists, self.returns_overdue, self.returns_soon),
                               strict=True):
            widget.setAccessibleName(box.title())
        if self.admin is not None:
            self.admin.retranslate_ui()
        if self.figures is not None and self.shares is not None:
            self._show_figures(self.figures, self.shares)

    @Slot()
    def refresh(self) -> None:
        """Read the lists and the figures again, each on a worker thread: the page is on
        screen at once, the lists a moment later, the figures (which take longer on a large
        registry) after them. A list read for an earlier refresh is not shown."""
        self.message.clear_message()
        today = date.today()
        service, returns, survey, actor = self.service, self.returns, self.survey, self.actor
        self._generation += 1
        generation = self._generation

        def read_lists(_progress: object) -> tuple[WorkLists, list[TrackedExport],
                                                   list[TrackedExport]]:
            return (service.work_lists(actor, today),
                    returns.tracking(actor, [ExportState.OVERDUE], today=today,
                                     limit=LIST_LIMIT),
                    returns.tracking(actor, [ExportState.DUE_SOON], today=today,
                                     limit=LIST_LIMIT))

        lists = Operation(read_lists, self)
        lists.succeeded.connect(while_alive(self, lambda read: self._lists_read(generation,
                                                                                 read)))
        lists.failed.connect(while_alive(self, lambda text, _exc: self.message.show_message(text)))
        self._lists_operation = lists
        lists.start()
        if self.admin is not None:
            self.admin.refresh()
        start = date(today.year, 1, 1)
        op = Operation(lambda _progress: (service.figures(actor, start, today),
                                          survey.shares(actor, start, today)), self)
        op.succeeded.connect(while_alive(self, self._figures_read))
        op.failed.connect(while_alive(self, lambda text, _exc: self.message.show_message(text)))
        self._operation = op
        op.start()

    def _lists_read(self, generation: int,
                    read: tuple[WorkLists, list[TrackedExport], list[TrackedExport]]) -> None:
        if generation != self._generation:
            return  # a later refresh is on its way
        work, overdue, soon = read
        for widget, items in zip(self.lists, (work.mine, work.to_sign, work.overdue,
                                              work.due_soon), strict=True):
            widget.show_items(items)
        self.returns_overdue.show_exports(overdue)
        self.returns_soon.show_exports(soon)

    @Slot(str, object)
    def _changed(self, kind: str, _ids: tuple[int, ...]) -> None:
        if kind not in _UNSHOWN:
            self.refresh()

    @Slot(object)
    def _figures_read(self, result: tuple[Figures, SurveyShares]) -> None:
        self.figures, self.shares = result
        self._show_figures(self.figures, self.shares)

    def is_idle(self) -> bool:
        """The lists and the figures are read, and the administrator's boxes (tests and
        screenshots wait for this)."""
        return all(op is None or not op.running
                   for op in (self._operation, self._lists_operation)) and \
            (self.admin is None or self.admin.is_idle())

    def _show_figures(self, figures: Figures, shares: SurveyShares) -> None:
        months = QBarSet(self.tr("Requests"))
        months.append([float(count) for _key, count in figures.per_month])
        series = QBarSeries()
        series.append(months)
        axis = QBarCategoryAxis()
        axis.append([key[5:] for key, _count in figures.per_month])
        self.months_view.setChart(self._chart(self.tr("Requests per month"), series, axis,
                                              largest=max((c for _k, c in figures.per_month),
                                                          default=0)))

        pie = QPieSeries()
        names = {"agreed": self.tr("Agreed"), "not_agreed": self.tr("Not agreed"),
                 "refused": self.tr("Refused")}
        for key, count in figures.outcomes.items():
            if count:
                pie.append(f"{names[key]}: {count}", count)
        # The legend names the slices: a label drawn beside a slice leaves a short chart.
        pie.setLabelsVisible(False)
        outcomes = self._chart(self.tr("Outcomes"), pie)
        outcomes.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.outcomes_view.setChart(outcomes)

        taken, allowed = QBarSet(self.tr("Working days to the result")), \
            QBarSet(self.tr("Working days the deadline allowed"))
        taken.append(figures.average_days or 0.0)
        allowed.append(figures.average_allowed or 0.0)
        days = QBarSeries()
        days.append(taken)
        days.append(allowed)
        self.days_view.setChart(self._chart(
            self.tr("Average time to a result"), days,
            largest=max(figures.average_days or 0.0, figures.average_allowed or 0.0)))

        survey = QPercentBarSeries()
        for answer, name in answer_names().items():
            bar = QBarSet(name)
            bar.append([float(shares.counts[q][answer]) for q in QUESTIONS])
            survey.append(bar)
        questions = QBarCategoryAxis()
        questions.append([self.tr("Service and result"), self.tr("Information")])
        title = self.tr("Quality survey: %n answer(s)", "", shares.answered)
        self.survey_view.setChart(self._chart(title, survey, questions, legend=True,
                                              largest=100))

    def _chart(self, title: str, series: QAbstractBarSeries | QPieSeries,
               categories: QBarCategoryAxis | None = None, *, legend: bool = False,
               largest: float = 0) -> QChart:
        """A chart of *series*; a bar chart's value axis reaches *largest* in round steps."""
        chart = QChart()
        chart.setTheme(_chart_theme())
        chart.setTitle(title)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if isinstance(series, QAbstractBarSeries):
            values = QValueAxis()
            values.setLabelFormat("%d")
            top, step = round_scale(largest)
            values.setRange(0, top)
            values.setTickCount(top // step + 1)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(values)
            if categories is not None:
                chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
                series.attachAxis(categories)
                chart.legend().setVisible(legend)
        return chart

    @Slot(QTreeWidgetItem, int)
    def _activated(self, line: QTreeWidgetItem, _column: int) -> None:
        chosen = self.conclusionChosen if line.treeWidget() is self.to_sign \
            else self.applicationChosen
        chosen.emit(int(line.data(0, _ID_ROLE)))
