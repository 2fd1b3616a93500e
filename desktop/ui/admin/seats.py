"""The commission's seats on the administrator's Users and seats tab: who holds which seat
from what day to what day, a new seat, and the end of one.

The signing checks read the same seats: a conclusion needs the one chairperson seated on
its day, and the certificate the one official.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.seats import SeatKind
from desktop.services.seats import SeatView
from desktop.services.users import AccountView
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.keyed_table import KeyedTable
from desktop.ui.kit.labels import format_date, seat_name
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.theme import Tone, set_tone
from desktop.ui.kit.widgets import DateField, InlineMessage

__all__ = ["SeatsPanel"]



def _date_edit(parent: QWidget) -> QDateEdit:
    edit = DateField(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(QDate.currentDate())
    return edit


class SeatsPanel(QGroupBox):
    """The region's seats, the open ones first; the administrator gives and ends them."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.actor
        self.service = session.services.seats
        self.seats: list[SeatView] = []
        self.accounts: list[AccountView] = []
        self.table = KeyedTable(4, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.holder = QComboBox(self)
        self.seat = QComboBox(self)
        for kind in SeatKind:
            self.seat.addItem("", kind.value)
        self.seat.setCurrentIndex(self.seat.findData(SeatKind.MEMBER.value))
        self.since = _date_edit(self)
        self.until_set = QCheckBox(self)
        self.until = _date_edit(self)
        self.until.setEnabled(False)
        self.until_set.toggled.connect(self.until.setEnabled)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.end_day = _date_edit(self)
        self.end_button = QPushButton(self)
        self.end_button.clicked.connect(self.end)
        self.holder_label, self.seat_label, self.since_label, self.end_label = (
            QLabel(self) for _ in range(4))
        for label, field in ((self.holder_label, self.holder), (self.seat_label, self.seat),
                             (self.since_label, self.since), (self.end_label, self.end_day)):
            label.setBuddy(field)
        self.outcome = QLabel(self)
        set_tone(self.outcome, Tone.SUCCESS)
        self.message = InlineMessage(self)

        give = QHBoxLayout()
        for widget in (self.holder_label, self.holder, self.seat_label, self.seat,
                       self.since_label, self.since, self.until_set, self.until,
                       self.add_button):
            give.addWidget(widget)
        give.addStretch(1)
        end = QHBoxLayout()
        for widget in (self.end_label, self.end_day, self.end_button):
            end.addWidget(widget)
        end.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(end)
        layout.addLayout(give)
        layout.addWidget(self.outcome)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._selected)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Seats on the commission"))
        self.table.setHorizontalHeaderLabels([self.tr("Seat"), self.tr("Holder"),
                                              self.tr("From"), self.tr("To")])
        for index in range(self.seat.count()):
            self.seat.setItemText(index, seat_name(self.seat.itemData(index)))
        self.holder_label.setText(self.tr("&Holder:"))
        self.seat_label.setText(self.tr("S&eat:"))
        self.since_label.setText(self.tr("&From:"))
        self.until_set.setText(self.tr("&to:"))
        self.add_button.setText(self.tr("&Give the seat"))
        self.end_label.setText(self.tr("The selected seat's last &day:"))
        self.end_button.setText(self.tr("E&nd the seat"))
        self._fill()

    def load(self, seats: list[SeatView], accounts: list[AccountView]) -> None:
        """Show *seats*; the active *accounts* are who may be given one."""
        self.seats = seats
        self.accounts = [a for a in accounts if a.active]
        chosen = self.holder.currentData()
        self.holder.clear()
        for account in self.accounts:
            self.holder.addItem(f"{account.full_name} ({account.username})", account.id)
        if chosen is not None and (index := self.holder.findData(chosen)) >= 0:
            self.holder.setCurrentIndex(index)
        self._fill()

    def _fill(self) -> None:
        today = date.today()
        rows, tones = [], {}
        past = self.palette().placeholderText()
        for row, view in enumerate(self.seats):
            until = format_date(view.until) if view.until else self.tr("open-ended")
            holder = view.full_name if view.active_user else self.tr("%1 (disabled)").replace(
                "%1", view.full_name)
            rows.append((view.id, (seat_name(view.seat), holder, format_date(view.since),
                                   until)))
            if not view.holds_on(today):
                tones.update({(row, column): past for column in range(4)})
        self.table.set_rows(rows, tones)
        self._selected()

    def selected(self) -> SeatView | None:
        seat_id = self.table.chosen_key()
        return next((v for v in self.seats if v.id == seat_id), None)

    @Slot()
    def _selected(self) -> None:
        view = self.selected()
        self.end_button.setEnabled(view is not None and view.until is None)

    def select_seat(self, seat_id: int) -> None:
        self.table.choose(seat_id)

    @Slot()
    def add(self) -> Operation | None:
        user_id = self.holder.currentData()
        if user_id is None:
            return None
        seat = SeatKind(self.seat.currentData())
        since = self.since.date().toPython()
        until = self.until.date().toPython() if self.until_set.isChecked() else None
        service, actor = self.service, self.actor
        return self._write(lambda: service.add(actor, int(user_id), seat, since, until=until),
                           self.tr("%1 holds the seat «%2» from %3."))

    @Slot()
    def end(self) -> Operation | None:
        view = self.selected()
        if view is None:
            return None
        service, actor, day = self.service, self.actor, self.end_day.date().toPython()
        return self._write(lambda: service.end(actor, view.id, day),
                           self.tr("The seat «%2» of %1 ends on %4."))

    def _write(self, work: Callable[[], SeatView], done: str) -> Operation:
        op = self.session.write(lambda _progress: work(), Change.USERS)
        op.succeeded.connect(while_alive(self, lambda view: self._done(view, done)))
        op.failed.connect(while_alive(self, lambda _text, exc: self._refused(exc)))
        self.message.clear_message()
        self.outcome.clear()
        op.start()
        return op

    def _done(self, view: SeatView, text: str) -> None:
        self.outcome.setText(text.replace("%1", view.full_name)
                             .replace("%2", seat_name(view.seat))
                             .replace("%3", format_date(view.since))
                             .replace("%4", format_date(view.until) if view.until else ""))

    def _refused(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc))
