"""The working-day calendar: each year's days off and transferred working days, and the
administrator's amendments (File → Working-day calendar…).

Everybody sees the year as the deadlines count it: the holidays and transfers shipped with
the application and the amendments, each amendment with its reason and who made it. The
administrator makes a day a day off or a working day (a decree the release does not know
yet, a holiday moved at short notice) and withdraws an amendment; the deadlines still
running are counted again at once and the change is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.roles import Action
from desktop.services.calendar import NOTE_LIMIT, CalendarChange, CalendarDayView
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.labels import format_date
from desktop.ui.kit.language import interface_language
from desktop.ui.kit.operations import Progress
from desktop.ui.kit.screen import fit_to_screen
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.theme import Tone, set_tone
from desktop.ui.kit.widgets import DateField, InlineMessage

__all__ = ["CalendarDialog"]

_DAY_ROLE = Qt.ItemDataRole.UserRole + 1
MOVES_SHOWN = 5
"""Deadlines named one by one before an amendment; the rest are counted."""


class CalendarDialog(QDialog):
    """One year of the calendar in force; amendments for the administrator."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 year: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.actor
        self.service = session.services.calendar
        self.days: list[CalendarDayView] = []
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year or date.today().year)
        self.year_label = QLabel(self)
        self.year_label.setBuddy(self.year)
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.
                                                           ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.amend_box = QGroupBox(self)
        self.day = DateField(self.amend_box)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setDate(QDate.currentDate())
        self.kind = QComboBox(self.amend_box)
        self.kind.addItem("", False)
        self.kind.addItem("", True)
        self.note = QLineEdit(self.amend_box)
        self.note.setMaxLength(NOTE_LIMIT)
        self.add_button = QPushButton(self.amend_box)
        self.remove_button = QPushButton(self)
        self.day_label, self.kind_label, self.note_label = (QLabel(self.amend_box)
                                                            for _ in range(3))
        form = QFormLayout(self.amend_box)
        for label, field in ((self.day_label, self.day), (self.kind_label, self.kind),
                             (self.note_label, self.note)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.add_button)
        self.moves = QLabel(self.amend_box)
        """The running deadlines the amendment would move, before it is made."""
        self.moves.setWordWrap(True)
        form.addRow("", self.moves)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        set_tone(self.outcome, Tone.SUCCESS)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.amend_box)
        layout.addWidget(self.outcome)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        can_amend = self.actor.can(Action.MANAGE_CALENDAR)
        self.amend_box.setVisible(can_amend)
        self.remove_button.setVisible(can_amend)
        self.year.valueChanged.connect(lambda _year: self.reload())
        self.table.itemSelectionChanged.connect(self._selected)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.note.textChanged.connect(lambda _text: self._selected())
        if can_amend:
            self.day.dateChanged.connect(lambda _day: self.show_moves())
            self.kind.currentIndexChanged.connect(lambda _index: self.show_moves())
        self.retranslate_ui()
        self.reload()
        fit_to_screen(self, 780, 640)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Working-day calendar"))
        self.year_label.setText(self.tr("&Year:"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Weekday"),
                                              self.tr("Day"), self.tr("Name or reason")])
        self.amend_box.setTitle(self.tr("Amend the calendar (a decree after this release)"))
        self.day_label.setText(self.tr("D&ate:"))
        self.kind_label.setText(self.tr("&Make it:"))
        self.kind.setItemText(0, self.tr("a day off"))
        self.kind.setItemText(1, self.tr("a working day"))
        self.note_label.setText(self.tr("&Reason:"))
        self.note.setPlaceholderText(self.tr("The decree (number and date) or the reason"))
        self.add_button.setText(self.tr("&Amend"))
        self.remove_button.setText(self.tr("&Withdraw the amendment"))
        if self.days:
            self._fill()
        if self.actor.can(Action.MANAGE_CALENDAR):
            self.show_moves()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- reading ----------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        try:
            self.days = self.service.year(self.actor, self.year.value())
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        self._fill()

    def _fill(self) -> None:
        lang = interface_language()
        locale = QLocale()
        self.table.setRowCount(len(self.days))
        for row, day in enumerate(self.days):
            name = day.note.get(lang) or day.note.get("kk") or day.note.get("en") or ""
            if day.amendment is not None:
                amended = self.tr("amended by %1: %2").replace(
                    "%1", day.amendment.created_by or self.tr("the system")).replace(
                    "%2", day.amendment.note)
                name = f"{name} — {amended}" if name else amended
            cells = [format_date(day.day),
                     locale.dayName(day.day.isoweekday(), QLocale.FormatType.LongFormat),
                     self.tr("working day") if day.working else self.tr("day off"), name]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_DAY_ROLE, day.day.isoformat())
                item.setToolTip(text)
                if day.amendment is not None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self._selected()

    def show_day(self, day: date) -> None:
        """Select ``day``'s row (the year shown is changed to its year first)."""
        if self.year.value() != day.year:
            self.year.setValue(day.year)
        for row, shown in enumerate(self.days):
            if shown.day == day:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return

    def _chosen(self) -> CalendarDayView | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.days[rows.pop()] if len(rows) == 1 else None

    @Slot()
    def _selected(self) -> None:
        chosen = self._chosen()
        self.remove_button.setEnabled(chosen is not None and chosen.amendment is not None)
        self.add_button.setEnabled(bool(self.note.text().strip()))
        if chosen is not None:
            self.day.setDate(QDate(chosen.day.year, chosen.day.month, chosen.day.day))

    # -- amending ---------------------------------------------------------------------------

    def show_moves(self) -> None:
        """Say which running deadlines the amendment in the fields would move."""
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        try:
            moved = self.service.preview(self.actor, day, bool(self.kind.currentData()))
        except DomainError as exc:
            self.moves.setText(error_text(exc))
            return
        if not moved:
            self.moves.setText(self.tr("This amendment moves no running deadline."))
            return
        lines = [self.tr("This amendment moves %n running deadline(s):", "", len(moved))]
        for move in moved[:MOVES_SHOWN]:
            lines.append(self.tr("%1: %2 → %3").replace("%1", move.number)
                         .replace("%2", format_date(move.before))
                         .replace("%3", format_date(move.after)))
        if len(moved) > MOVES_SHOWN:
            lines.append(self.tr("and %n more", "", len(moved) - MOVES_SHOWN))
        self.moves.setText("\n".join(lines))

    @Slot()
    def add(self) -> None:
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        working, note = bool(self.kind.currentData()), self.note.text()
        service, actor = self.service, self.actor
        self._write(lambda _progress: service.add(actor, day, working, note))

    @Slot()
    def remove(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen.amendment is None:
            return
        service, actor, day = self.service, self.actor, chosen.day
        self._write(lambda _progress: service.remove(actor, day))

    def _write(self, work: Callable[[Progress], CalendarChange]) -> None:
        self.message.clear_message()
        self.outcome.clear()
        op = self.session.write(work, Change.CALENDAR)
        op.succeeded.connect(self._changed)
        op.failed.connect(self._failed)
        op.start()

    @Slot(object)
    def _changed(self, change: CalendarChange) -> None:
        if change.working is None:
            what = self.tr("The amendment of %1 is withdrawn.")
        elif change.working:
            what = self.tr("%1 is a working day now.")
        else:
            what = self.tr("%1 is a day off now.")
        moved = self.tr("%n running deadline(s) moved.", "", len(change.moved))
        self.outcome.setText(what.replace("%1", format_date(change.day)) + " " + moved)
        self.note.clear()
        self.show_moves()
        if self.year.value() != change.day.year:
            self.year.setValue(change.day.year)  # reads the year again
        else:
            self.reload()

    @Slot(str, object)
    def _failed(self, text: str, exc: object) -> None:
        self.message.show_message(error_text(exc) if isinstance(exc, DomainError) else text)
