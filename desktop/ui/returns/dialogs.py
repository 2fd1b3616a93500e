"""Registering a return (which items, when, by whom, where) and accounting for a loss."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.returns import ItemReturnState
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.labels import DATE_FORMAT
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["LossDialog", "RegisterReturnDialog", "SubmitDialog", "item_label"]

_QT_DATE = DATE_FORMAT.replace("%d", "dd").replace("%m", "MM").replace("%Y", "yyyy")


def item_label(item: ItemReturnState) -> str:
    quantity = f" × {item.quantity}" if item.quantity > 1 else ""
    return f"{item.position}. {item.name}{quantity}"


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(_QT_DATE)
    edit.setMaximumDate(QDate.currentDate())
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class SubmitDialog(QDialog):
    """A dialog that closes only when :attr:`submit` (the caller's store, a write of the
    session) succeeds; else it shows the reason and keeps what was typed."""

    message: InlineMessage
    submit: Callable[[], Operation] | None = None
    """The write that stores the dialog's values, not started yet."""
    storing: Operation | None = None
    """The write under way (OK does nothing meanwhile)."""

    def accept(self) -> None:
        if self.submit is None:
            super().accept()
            return
        if self.storing is not None:
            return
        op = self.storing = self.submit()
        op.succeeded.connect(while_alive(self, lambda _result: QDialog.accept(self)))
        op.failed.connect(while_alive(self, lambda _text, exc: self.message.show_message(
            error_text(exc))))
        op.finished.connect(while_alive(self, self._stored))
        op.start()

    def _stored(self) -> None:
        self.storing = None


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class RegisterReturnDialog(SubmitDialog):
    """Which of the items still abroad came back, on which day, presented by whom and where.

    Nothing typed is lost when the service refuses a field: the reason shows in the dialog.
    """

    def __init__(self, items: Sequence[ItemReturnState], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a return"))
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Items that came back"))
        for item in items:
            line = QListWidgetItem(item_label(item), self.items)
            line.setData(Qt.ItemDataRole.UserRole, item.item_id)
            line.setFlags(line.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            line.setCheckState(Qt.CheckState.Checked)
        self.day = _date_edit(self)
        self.day.setAccessibleName(self.tr("Date of return"))
        self.presented_by = QLineEdit(self)
        self.presented_by.setAccessibleName(self.tr("Presented by"))
        self.presented_by.setPlaceholderText(self.tr("the applicant or their representative"))
        self.place = QLineEdit(self)
        self.place.setAccessibleName(self.tr("Place"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(self.fontMetrics().height() * 4)
        self.message = InlineMessage(self)

        form = QFormLayout()
        form.addRow(self.tr("&Items back:"), self.items)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Presented by:"), self.presented_by)
        form.addRow(self.tr("P&lace:"), self.place)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))

    def item_ids(self) -> list[int]:
        return [int(line.data(Qt.ItemDataRole.UserRole))
                for line in (self.items.item(i) for i in range(self.items.count()))
                if line is not None and line.checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, object]:
        return {"returned_on": _day(self.day), "presented_by": self.presented_by.text(),
                "place": self.place.text(), "note": self.note.toPlainText()}


class LossDialog(SubmitDialog):
    """An item that will not come back, and the document that says so."""

    def __init__(self, item: ItemReturnState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a loss: %1").replace("%1", item_label(item)))
        self.day = _date_edit(self)
        self.day.setAccessibleName(self.tr("Date of the document"))
        self.document = QPlainTextEdit(self)
        self.document.setAccessibleName(self.tr("Document of the loss"))
        self.document.setPlaceholderText(
            self.tr("Its number, date and issuer, e.g. a police report or an insurer's act"))
        self.document.setFixedHeight(self.fontMetrics().height() * 5)
        self.message = InlineMessage(self)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Document:"), self.document)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))

    def values(self) -> dict[str, object]:
        return {"on": _day(self.day), "note": self.document.toPlainText()}
