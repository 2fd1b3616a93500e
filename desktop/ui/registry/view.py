"""The registry widget: a search field, filters and the paged table of applications.

From the keyboard: Enter in the search opens the only application found, or moves to the
list when there are several; Down moves to the list; Tab goes search, status, overdue, the
period of receipt (each date field one stop, not one per day, month and year), the list.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar import DeadlineState
from desktop.domain.workflow import Status
from desktop.ui.kit.columns import LanguageColumns, title_width
from desktop.ui.kit.icons import icon
from desktop.ui.kit.labels import deadline_text, status_name
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.widgets import DateField
from desktop.ui.registry.model import Column, RegistryModel

__all__ = ["SEARCH_DELAY_MS", "RegistryWidget"]

log = logging.getLogger(__name__)

NO_DATE = QDate(2000, 1, 1)
"""The lowest date of the period fields, shown as "any": that end of the period is open."""

SEARCH_DELAY_MS = 250
"""Typing pauses this long before the search runs, so each keystroke does not query."""

_SAMPLE_TEXT: dict[Column, str] = {
    # Typical content, to size the columns the first time (later the saved header wins).
    Column.NUMBER: "AKM-2026-00000",
    Column.RECEIVED: "00.00.0000",
    Column.APPLICANT: "«Тараз мұрасы» қоғамдық бірлестігі",
    Column.IIN_BIN: "000000000000",
    Column.ITEMS: "000",
    Column.PAGES: "000",
}
"""The status and deadline columns are sized by their longest text in the interface language."""


_SHOWN = {Change.APPLICATION, Change.DOCUMENTS, Change.CONCLUSION, Change.RETURNS,
          Change.CALENDAR}
"""The changes a row shows: its status, deadline, pages."""


class _EndsKept(QStyledItemDelegate):
    """Shortens a narrowed column's text from its start: the end of a status tells
    "export agreed" from "export not agreed" in each language (the tooltip has it all)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class RegistryWidget(QWidget):
    """Browse the registry: search as you type, filter by status or overdue, sort by header."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RegistryModel(session.services.registry, session.actor, parent=self)
        session.changed.connect(self._changed)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_icon = self.search.addAction(icon("search"),
                                                 QLineEdit.ActionPosition.LeadingPosition)
        self.search_icon.triggered.connect(lambda: self.search.setFocus())

        self.status_filter = QComboBox(self)
        # Wide enough for the longest status in the language shown (the filter row has the
        # room: it ends in a stretch, even at 1280 px); a chosen status is never cut.
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.addItem("", None)
        for status in Status:
            self.status_filter.addItem("", status.value)

        self.overdue_only = QCheckBox(self)
        self.in_scans = QCheckBox(self)
        """The search also looks into the text read from the scanned papers."""
        # The period of receipt: each end is optional (its lowest value reads "any").
        self.received_label = QLabel(self)
        self.received_from = self._date_edit()
        self.received_until = self._date_edit()
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(Column.STATUS, _EndsKept(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8
        )
        self._setup_header()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.in_scans)
        search_row.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.overdue_only)
        filters.addSpacing(12)
        filters.addWidget(self.received_label)
        filters.addWidget(self.received_from)
        filters.addWidget(QLabel("–", self))
        filters.addWidget(self.received_until)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._schedule_search)
        self._search_timer.timeout.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.overdue_only.toggled.connect(self.apply_filters)
        self.in_scans.toggled.connect(self.apply_filters)
        self.received_from.dateChanged.connect(self.apply_filters)
        self.received_until.dateChanged.connect(self.apply_filters)
        self.model.totalChanged.connect(self._show_total)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        for first, second in ((self.search, self.in_scans), (self.in_scans, self.status_filter),
                              (self.status_filter, self.overdue_only),
                              (self.overdue_only, self.received_from),
                              (self.received_from, self.received_until),
                              (self.received_until, self.table)):
            QWidget.setTabOrder(first, second)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text in the interface language (again, after the language changed)."""
        self.search.setPlaceholderText(self.tr("Search by number, IIN/BIN or applicant…"))
        self.search.setAccessibleName(self.tr("Search applications"))
        self.search_icon.setText(self.tr("Search applications"))
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for index, status in enumerate(Status, start=1):
            self.status_filter.setItemText(index, status_name(status))
        self.overdue_only.setText(self.tr("Overdue only"))
        self.in_scans.setText(self.tr("In scanned papers"))
        self.in_scans.setToolTip(self.tr("Also find the words in the text read from the "
                                         "scanned forms and documents"))
        self.received_label.setText(self.tr("Received:"))
        self.received_from.setAccessibleName(self.tr("Received from"))
        self.received_until.setAccessibleName(self.tr("Received until"))
        for edit in (self.received_from, self.received_until):
            edit.setSpecialValueText(self.tr("any"))
            edit.setLocale(QLocale())  # the calendar's month and day names
        self.table.setAccessibleName(self.tr("Registry of applications"))
        self.model.retranslate()
        self._show_total(self.model.total)
        if hasattr(self, "columns"):  # not while the header is being made
            blocked = self.table.horizontalHeader().blockSignals(True)
            try:
                self.columns.switch_language()
            finally:
                self.table.horizontalHeader().blockSignals(blocked)
            self._apply_sort_indicator()  # the rows stay sorted as they are

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _date_edit(self) -> QDateEdit:
        edit = DateField(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        return edit

    @staticmethod
    def _date_of(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == NO_DATE else value.toPython()

    # -- the header --------------------------------------------------------------------------

    def _setup_header(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns = LanguageColumns(header, "registry", self._fit_columns)
        if self.columns.restored:
            # The saved state includes the sort the user chose last time.
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._apply_sort_indicator()
        header.sortIndicatorChanged.connect(self._sort_requested)

    def _fit_columns(self) -> None:
        """Widths from typical values and the longest status and deadline in the interface
        language, for a language whose widths were never kept."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        samples = dict(_SAMPLE_TEXT)
        # The widest, not the longest: in Kazakh the most letters are not the most pixels.
        samples[Column.STATUS] = max((status_name(s) for s in Status),
                                     key=metrics.horizontalAdvance)
        samples[Column.DEADLINE] = max((deadline_text(DeadlineState(
            due=date(2000, 12, 31), working_days_left=left, level="overdue", stage=stage))
            for left, stage in ((-88, "result"), (-8, "preliminary"))),
            key=metrics.horizontalAdvance)
        for column, sample in samples.items():
            header.resizeSection(column, max(metrics.horizontalAdvance(sample) + padding,
                                              title_width(header, column)))

    def _apply_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        column, order = self.model.sort_column()
        blocked = header.blockSignals(True)
        try:
            header.setSortIndicator(column, order)
        finally:
            header.blockSignals(blocked)

    @Slot(int, Qt.SortOrder)
    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if RegistryModel.is_sortable(column):
            self.model.sort(column, order)
            self.table.scrollToTop()
        # Unsortable columns put the indicator back where the data really is sorted.
        self._apply_sort_indicator()

    def save_state(self) -> None:
        """Remember the column widths, order and sort for the next session (in this
        language)."""
        self.columns.save()

    # -- filters -----------------------------------------------------------------------------

    @Slot(str)
    def _schedule_search(self, _text: str) -> None:
        self._search_timer.start()  # restarted by every keystroke: runs once typing pauses

    @Slot()
    def apply_filters(self) -> None:
        """Run the query the search field and the filters describe now."""
        self._search_timer.stop()
        value = self.status_filter.currentData()
        statuses = frozenset({Status(value)}) if value else frozenset()
        query = replace(
            self.model.query,
            text=self.search.text().strip(),
            statuses=statuses,
            overdue_only=self.overdue_only.isChecked(),
            in_scans=self.in_scans.isChecked(),
            received_from=self._date_of(self.received_from),
            received_until=self._date_of(self.received_until),
        )
        if query != self.model.query:
            self.model.set_query(query)
            self.table.scrollToTop()

    def scan_search(self) -> str:
        """The words to show on the pages of an application opened from the list: the
        search, when it looks into the scanned papers."""
        return self.search.text().strip() if self.in_scans.isChecked() else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search moves to the list."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down:
            self.apply_filters()
            self.go_to_list()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _search_entered(self) -> None:
        """Enter: the search runs now; one hit opens, several put the user in the list."""
        self.apply_filters()
        if self.model.total == 1 and self.model.rowCount() == 1:
            self.table.activated.emit(self.model.index(0, Column.NUMBER))
        else:
            self.go_to_list()

    def go_to_list(self) -> None:
        """Focus the list on its current row (the first when none is)."""
        if self.model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, Column.NUMBER))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def refresh(self) -> None:
        """Read the registry again with the same query (others may have changed it)."""
        self._search_timer.stop()
        self.model.refresh()

    @Slot(str, object)
    def _changed(self, kind: str, _ids: tuple[int, ...]) -> None:
        if kind in _SHOWN:
            self.refresh()

    @Slot(int)
    def _show_total(self, total: int) -> None:
        if self.model.total_known:
            self.count_label.setText(self.tr("%n application(s)", "", total))
        else:
            self.count_label.setText(self.tr("More than %n application(s)", "",
                                             self.model.count_cap or 0))
