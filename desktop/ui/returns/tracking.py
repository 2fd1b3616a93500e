"""The tracking list: agreed temporary exports until their items are back.

A paged table over :meth:`ReturnService.tracking`, the earliest return deadline first, with
the applicant's phones and address so the clerk can call about an overdue return. A filter
chooses the states shown; each shows its count.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.countries import country_name
from desktop.domain.returns import ExportState
from desktop.services.actor import Actor
from desktop.services.returns import ReturnService, TrackedExport
from desktop.ui.kit.columns import LanguageColumns
from desktop.ui.kit.labels import DEADLINE_COLOURS, format_date
from desktop.ui.kit.language import interface_language
from desktop.ui.kit.paged_model import AnyIndex, PagedTableModel
from desktop.ui.kit.read_when_shown import ReadWhenShown
from desktop.ui.kit.session import Change, Session

__all__ = ["OPEN_STATES", "TrackingModel", "TrackingWidget", "export_state_name"]

PAGE_SIZE = 200
_ROOT = QModelIndex()
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1

OPEN_STATES = (ExportState.OVERDUE, ExportState.DUE_SOON, ExportState.ABROAD,
               ExportState.RETURNED)
"""The exports not closed yet: what the list shows first."""

_STATE_CONTEXT = "ExportState"
_STATE = {
    ExportState.ABROAD: QT_TRANSLATE_NOOP("ExportState", "Abroad"),
    ExportState.DUE_SOON: QT_TRANSLATE_NOOP("ExportState", "Due back within 30 days"),
    ExportState.OVERDUE: QT_TRANSLATE_NOOP("ExportState", "Overdue"),
    ExportState.RETURNED: QT_TRANSLATE_NOOP("ExportState", "Back, check pending"),
    ExportState.CLOSED: QT_TRANSLATE_NOOP("ExportState", "Closed"),
}
_COLOURS = {ExportState.OVERDUE: DEADLINE_COLOURS["overdue"],
            ExportState.DUE_SOON: DEADLINE_COLOURS["due_soon"]}


def export_state_name(state: ExportState) -> str:
    return QCoreApplication.translate(_STATE_CONTEXT, _STATE[state])


class Column(IntEnum):
    NUMBER = 0
    APPLICANT = 1
    PHONES = 2
    ADDRESS = 3
    DESTINATION = 4
    DUE = 5
    DAYS = 6
    BACK = 7
    STATE = 8


class TrackingModel(PagedTableModel[TrackedExport]):
    """The exports in the chosen states, fetched page by page (nothing until refreshed)."""

    def __init__(self, service: ReturnService, actor: Actor, *,
                 today: Callable[[], date] = date.today, parent: QObject | None = None) -> None:
        super().__init__(PAGE_SIZE, parent)
        self._service = service
        self._actor = actor
        self._today = today
        self._states: tuple[ExportState, ...] = OPEN_STATES

    @property
    def states(self) -> tuple[ExportState, ...]:
        return self._states

    def set_states(self, states: tuple[ExportState, ...]) -> None:
        self._states = states
        self.refresh()

    def count_rows(self) -> int:
        return self._service.count(self._actor, self._states, today=self._today())

    def read_rows(self, offset: int, limit: int,
                  last: TrackedExport | None) -> list[TrackedExport]:
        return self._service.tracking(self._actor, self._states, today=self._today(),
                                      limit=limit, offset=offset)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def _text(self, row: TrackedExport, column: Column) -> str:
        match column:
            case Column.NUMBER:
                return row.number
            case Column.APPLICANT:
                return row.applicant
            case Column.PHONES:
                return row.phones
            case Column.ADDRESS:
                return row.address
            case Column.DESTINATION:
                country = country_name(row.destination_country, interface_language())
                return ", ".join(p for p in (country, row.destination_place) if p)
            case Column.DUE:
                return format_date(row.return_due) if row.return_due else "—"
            case Column.DAYS:
                days = row.days_left(self._today())
                if days is None or row.state in (ExportState.RETURNED, ExportState.CLOSED):
                    return ""
                if days < 0:
                    return self.tr("%n day(s) overdue", "", -days)
                return self.tr("%n day(s) left", "", days)
            case Column.BACK:
                return f"{row.back} / {row.items}"
            case Column.STATE:
                return export_state_name(row.state)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == ROW_ID_ROLE:
            return row.application_id
        colours = _COLOURS.get(row.state)
        if colours and column in (Column.DUE, Column.DAYS, Column.STATE):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(colours[0]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(colours[1]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.NUMBER: self.tr("Number"), Column.APPLICANT: self.tr("Applicant"),
            Column.PHONES: self.tr("Phones"), Column.ADDRESS: self.tr("Address"),
            Column.DESTINATION: self.tr("Where"), Column.DUE: self.tr("Return by"),
            Column.DAYS: self.tr("Days"), Column.BACK: self.tr("Items back"),
            Column.STATE: self.tr("State"),
        }
        return titles[Column(section)]


class TrackingWidget(ReadWhenShown):
    """The tab of exports abroad: a filter, the table, and a count."""

    openRequested = Signal(int)
    """The user wants to open the application (its id)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, (Change.APPLICATION, Change.CONCLUSION, Change.RETURNS),
                         parent)
        self.setObjectName("TrackingWidget")
        self.session = session
        self.actor = session.actor
        self.service = session.services.returns
        self.model = TrackingModel(self.service, self.actor, parent=self)
        self.filter = QComboBox(self)
        self.refresh_button = QPushButton(self)
        self.total_label = QLabel(self)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column in (Column.DUE, Column.BACK):  # short values under long Kazakh titles
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.columns = LanguageColumns(header, "tracking", self._fit_columns)

        top = QHBoxLayout()
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.total_label)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self.filter.activated.connect(self._filter_chosen)
        self.refresh_button.clicked.connect(self.refresh)
        self.view.activated.connect(self._activated)
        self.model.totalChanged.connect(self._show_total)
        self._counts: dict[ExportState, int] = dict.fromkeys(ExportState, 0)
        self.retranslate_ui()

    def _choices(self) -> list[tuple[str, tuple[ExportState, ...]]]:
        counts = self._counts
        open_count = sum(counts[s] for s in OPEN_STATES)
        choices = [(self.tr("Not closed (%1)").replace("%1", str(open_count)), OPEN_STATES)]
        for state in (*OPEN_STATES, ExportState.CLOSED):
            choices.append((f"{export_state_name(state)} ({counts[state]})", (state,)))
        return choices

    def _fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        for column, width in ((Column.NUMBER, 130), (Column.APPLICANT, 220),
                              (Column.PHONES, 130), (Column.ADDRESS, 200),
                              (Column.DESTINATION, 180), (Column.DAYS, 130)):
            header.resizeSection(column, width)

    def retranslate_ui(self) -> None:
        """Words only: a language change reads nothing from the database."""
        self.filter_label.setText(self.tr("&Show:"))
        self.filter.setAccessibleName(self.tr("Exports to show"))
        self.view.setAccessibleName(self.tr("Exports abroad"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self._fill_filter()
        self._show_total(self.model.total)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if hasattr(self, "columns"):
            self.columns.switch_language()

    def _fill_filter(self) -> None:
        self._options = self._choices()
        self.filter.clear()
        for text, _states in self._options:
            self.filter.addItem(text)
        current = next((i for i, (_t, states) in enumerate(self._options)
                        if states == self.model.states), 0)
        self.filter.setCurrentIndex(current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @Slot(int)
    def _filter_chosen(self, index: int) -> None:
        self.model.set_states(self._options[index][1])

    @Slot()
    def refresh(self) -> None:
        """Read the list and the counts again (after a return, a check or an act); while
        the tab is hidden, only note that it must be read when it is shown."""
        if not self.due_now():
            return
        self._counts = self.service.counts(self.actor)
        self.model.refresh()
        self._fill_filter()

    @Slot(int)
    def _show_total(self, total: int) -> None:
        self.total_label.setText(self.tr("%n export(s)", "", total))

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(int(index.data(ROW_ID_ROLE)))

    def save_state(self) -> None:
        self.columns.save()
