"""Registering a return (which items, when, by whom, where), accounting for a loss, and
writing a return's note again.

Notes are printed in the return act, the Kazakh one in the Kazakh act and the Russian one
in the Russian act, so each is written in both languages side by side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.languages import Bilingual
from desktop.domain.returns import ReturnOutcome
from desktop.services.returns import ItemReturnState
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.labels import DATE_FORMAT
from desktop.ui.kit.language_editors import BilingualEdit
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.widgets import DateField, InlineMessage

__all__ = ["LossDialog", "NoteDialog", "RegisterReturnDialog", "SubmitDialog", "item_label",
           "note_edit"]

_QT_DATE = DATE_FORMAT.replace("%d", "dd").replace("%m", "MM").replace("%Y", "yyyy")


def item_label(item: ItemReturnState) -> str:
    quantity = f" × {item.quantity}" if item.quantity > 1 else ""
    return f"{item.position}. {item.name}{quantity}"


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = DateField(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(_QT_DATE)
    edit.setMaximumDate(QDate.currentDate())
    return edit


def note_edit(name: str, placeholder: str, parent: QWidget) -> BilingualEdit:
    """A note in Kazakh and in Russian side by side, a few lines each."""
    edit = BilingualEdit(name, True, parent)
    for editor in edit.editors.values():
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlaceholderText(placeholder)
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 14)
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
        self.note = note_edit(self.tr("Note"), self.tr("Anything to note, for the return act"),
                              self)
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
                "place": self.place.text(), "note": Bilingual.from_json(self.note.value())}


class LossDialog(SubmitDialog):
    """An item that will not come back, and the document that says so."""

    def __init__(self, item: ItemReturnState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a loss: %1").replace("%1", item_label(item)))
        self.day = _date_edit(self)
        self.day.setAccessibleName(self.tr("Date of the document"))
        self.document = note_edit(self.tr("Document of the loss"), self.tr(
            "Its number, date and issuer, e.g. a police report or an insurer's act"), self)
        self.message = InlineMessage(self)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Document:"), self.document)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))

    def values(self) -> dict[str, object]:
        return {"on": _day(self.day), "note": Bilingual.from_json(self.document.value())}


class NoteDialog(SubmitDialog):
    """The note of a return, or the document of a loss, written again: to add the other
    language the return act needs, or to correct it."""

    def __init__(self, item: ItemReturnState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lost = item.outcome == ReturnOutcome.LOST
        self.setWindowTitle((self.tr("Document of the loss: %1") if lost
                             else self.tr("Note on the return: %1"))
                            .replace("%1", item_label(item)))
        self.note = note_edit(
            self.tr("Document of the loss") if lost else self.tr("Note"),
            self.tr("Its number, date and issuer, e.g. a police report or an insurer's act")
            if lost else self.tr("Anything to note, for the return act"), self)
        self.note.set_value(item.note.to_json())
        self.message = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(item_label(item), self))
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))
        self.resize(640, self.sizeHint().height())

    def value(self) -> Bilingual:
        return Bilingual.from_json(self.note.value())
