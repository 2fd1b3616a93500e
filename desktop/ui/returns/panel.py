"""The Return tab of an agreed export: each item's return, its check, and the return act."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.conclusions import OPEN_STATUSES, ConclusionKind
from desktop.domain.errors import DomainError
from desktop.domain.languages import DOCUMENT_LANGS, Bilingual
from desktop.domain.returns import CheckResult, ReturnOutcome
from desktop.domain.roles import Action
from desktop.domain.workflow import Status
from desktop.services.conclusions import ConclusionSummary
from desktop.services.returns import ItemReturnState
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.labels import format_date
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation, run_with_progress
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.vocabulary import language_name
from desktop.ui.kit.widgets import InlineMessage
from desktop.ui.returns.comparison import ComparisonDialog
from desktop.ui.returns.dialogs import (
    LossDialog,
    NoteDialog,
    RegisterReturnDialog,
    SubmitDialog,
    item_label,
)

__all__ = ["ReturnPanel"]

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
D = TypeVar("D", bound=SubmitDialog)


class ReturnPanel(QWidget):
    """The items' returns; what it stores is a :attr:`Change.RETURNS` of the session, after
    which the application's view reads it all again, this panel included."""

    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReturnPanel")
        self.session = session
        self.actor = session.actor
        self.application_id = application_id
        self.service = session.services.returns
        self.conclusions = session.services.conclusions
        self.status: Status | None = None
        self.rows: list[ItemReturnState] = []
        self.dialog: SubmitDialog | ComparisonDialog | None = None

        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.items = QTreeWidget(self)
        self.items.setColumnCount(4)
        self.items.setRootIsDecorated(False)
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.items.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        header.setStretchLastSection(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.register_button = QPushButton(self)
        self.loss_button = QPushButton(self)
        self.withdraw_button = QPushButton(self)
        self.note_button = QPushButton(self)
        self.compare_button = QPushButton(self)
        self.act_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.open_act: ConclusionSummary | None = None
        self.message = InlineMessage(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.register_button, self.loss_button, self.withdraw_button,
                       self.note_button, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.act_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.info)

        self.register_button.clicked.connect(self.register_return)
        self.loss_button.clicked.connect(self.record_loss)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.note_button.clicked.connect(self.write_note)
        self.compare_button.clicked.connect(self.compare)
        self.act_button.clicked.connect(self.draft_act)
        self.cancel_button.clicked.connect(self.cancel_act)
        self.items.itemSelectionChanged.connect(self._update_buttons)
        self.items.itemActivated.connect(lambda _line, _column: self.compare())
        self._name_parts()

    def _name_parts(self) -> None:
        self.items.setAccessibleName(self.tr("Items and their return"))
        self.items.setHeaderLabels([self.tr("Item"), self.tr("Return"),
                                    self.tr("Return examination"), self.tr("Verdict")])
        self.register_button.setText(self.tr("&Register a return…"))
        self.loss_button.setText(self.tr("Record a &loss…"))
        self.withdraw_button.setText(self.tr("&Withdraw"))
        self.withdraw_button.setToolTip(self.tr("Remove a return registered by mistake"))
        self.note_button.setText(self.tr("Edit the no&te…"))
        self.note_button.setToolTip(self.tr("Write the note of the return, or the document "
                                            "of the loss, in Kazakh and in Russian"))
        self.compare_button.setText(self.tr("Co&mpare and check…"))
        self.act_button.setText(self.tr("Draft the return &act"))
        self.cancel_button.setText(self.tr("Ca&ncel the act…"))
        self.cancel_button.setToolTip(self.tr("Withdraw the act being signed, to correct the "
                                              "returns or their check"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_parts()
            self._show()
        super().changeEvent(event)

    # -- reading ---------------------------------------------------------------------------

    def reload(self, status: Status) -> None:
        self.status = status
        try:
            self.rows = self.service.items(self.actor, self.application_id)
            self.open_act = next(
                (c for c in self.conclusions.for_application(self.actor, self.application_id)
                 if c.kind == ConclusionKind.RETURN_ACT and c.status in OPEN_STATUSES), None)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        self._show()

    def _return_text(self, row: ItemReturnState) -> str:
        """The short column text; :meth:`_detail_text` has the rest."""
        if row.outcome is None or row.returned_on is None:
            return self.tr("abroad")
        if row.outcome == ReturnOutcome.LOST:
            return self.tr("lost (%1)").replace("%1", format_date(row.returned_on))
        return self.tr("back %1").replace("%1", format_date(row.returned_on))

    def _verdict_text(self, row: ItemReturnState) -> str:
        if row.check_result == CheckResult.MATCHES:
            return self.tr("matches")
        if row.check_result == CheckResult.DIFFERS:
            return self.tr("differs")
        return "—" if row.outcome != ReturnOutcome.RETURNED else self.tr("not checked yet")

    def _note_lines(self, note: Bilingual) -> list[str]:
        """A note a line per language, the one still to write marked (the act needs it)."""
        if not note:
            return []
        return [f"    {language_name(lang)}: "
                + (note.get(lang) or self.tr("— not written yet; the return act needs it"))
                for lang in DOCUMENT_LANGS]

    def _detail_text(self, row: ItemReturnState) -> str:
        """Everything recorded about the item's return, under the list."""
        lines = [item_label(row)]
        if row.outcome == ReturnOutcome.LOST:
            lines.append(self.tr("Lost; document:"))
            lines += self._note_lines(row.note)
        elif row.outcome == ReturnOutcome.RETURNED:
            lines.append(self.tr("Presented by %1 at %2.").replace("%1", row.presented_by)
                         .replace("%2", row.place))
            if row.note:
                lines.append(self.tr("Note:"))
                lines += self._note_lines(row.note)
        if row.check_result is not None:
            lines.append(self.tr("Verdict by %1: %2").replace("%1", row.checked_by).replace(
                "%2", self._verdict_text(row)))
            lines += self._note_lines(row.check_note)
        return "\n".join(lines)

    def _show(self) -> None:
        keep = self.current.item_id if self.current else None
        self.items.clear()
        for row in self.rows:
            examined = self.tr("recorded") if row.examined else (
                self.tr("not recorded yet") if row.outcome == ReturnOutcome.RETURNED else "—")
            line = QTreeWidgetItem([item_label(row), self._return_text(row), examined,
                                    self._verdict_text(row)])
            line.setData(0, _ID_ROLE, row.item_id)
            for column in range(4):
                line.setToolTip(column, line.text(column))
            self.items.addTopLevelItem(line)
            if row.item_id == keep or (keep is None and self.items.currentItem() is None):
                self.items.setCurrentItem(line)
        back = sum(1 for r in self.rows if r.outcome is not None)
        if self.status == Status.CLOSED:
            text = self.tr("The export is closed by its signed return act.")
        else:
            text = self.tr("%1 of %2 items back or accounted for.").replace(
                "%1", str(back)).replace("%2", str(len(self.rows)))
            if back == len(self.rows):
                text += " " + self.tr("Check each returned item (Compare and check), then "
                                      "draft the return act; it is signed in the Conclusion "
                                      "tab.")
        self.state_label.setText(text)
        self._update_buttons()

    @property
    def current(self) -> ItemReturnState | None:
        line = self.items.currentItem()
        if line is None:
            return None
        item_id = line.data(0, _ID_ROLE)
        return next((r for r in self.rows if r.item_id == item_id), None)

    def select_item(self, item_id: int) -> None:
        for i in range(self.items.topLevelItemCount()):
            line = self.items.topLevelItem(i)
            if line is not None and line.data(0, _ID_ROLE) == item_id:
                self.items.setCurrentItem(line)

    @Slot()
    def _update_buttons(self) -> None:
        open_ = self.status == Status.ISSUED_AGREED
        current = self.current
        self.detail.setText(self._detail_text(current) if current else "")
        registers = self.actor.can(Action.REGISTER_RETURN)
        abroad = [r for r in self.rows if r.outcome is None]
        for button in (self.register_button, self.loss_button, self.withdraw_button,
                       self.note_button):
            button.setVisible(registers)
        self.register_button.setEnabled(open_ and bool(abroad))
        self.loss_button.setEnabled(open_ and current is not None and current.outcome is None)
        self.withdraw_button.setEnabled(open_ and current is not None
                                        and current.outcome is not None)
        self.note_button.setEnabled(self.withdraw_button.isEnabled())
        self.compare_button.setEnabled(current is not None
                                       and current.outcome == ReturnOutcome.RETURNED)
        self.act_button.setVisible(self.actor.can(Action.RENDER))
        self.act_button.setEnabled(open_ and bool(self.rows) and not abroad
                                   and self.open_act is None)
        self.cancel_button.setVisible(self.actor.can(Action.RENDER) and self.open_act is not None)

    # -- actions ---------------------------------------------------------------------------

    def _done(self, text: str) -> None:
        self.message.clear_message()
        self.info.setText(text)
        self.session.announce(text)

    def _write(self, store: Callable[[], object], done: Callable[[], str]) -> Operation:
        """*store* as a write of the session, not started; *done* says what it did."""
        op = self.session.write(lambda _p: store(), Change.RETURNS, [self.application_id])
        op.succeeded.connect(while_alive(self, lambda _result: self._done(done())))
        return op

    def _open_form(self, dialog: D, store: Callable[[], object],
                   done: Callable[[], str]) -> D:
        """Open *dialog*; its OK runs *store*, and closes it only when that succeeds."""
        dialog.submit = lambda: self._write(store, done)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def register_return(self) -> RegisterReturnDialog:
        dialog = RegisterReturnDialog([r for r in self.rows if r.outcome is None], self)
        service, actor, application_id = self.service, self.actor, self.application_id

        def submit() -> Operation:
            item_ids, values = dialog.item_ids(), dialog.values()  # read on the GUI thread
            return self._write(
                lambda: service.register(actor, application_id, item_ids,
                                         **values),  # type: ignore[arg-type]
                lambda: self.tr("%n item(s) registered as returned.", "", len(item_ids)))

        dialog.submit = submit
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def record_loss(self) -> LossDialog | None:
        current = self.current
        if current is None:
            return None
        dialog = LossDialog(current, self)
        service, actor, application_id = self.service, self.actor, self.application_id

        def submit() -> Operation:
            values = dialog.values()  # read on the GUI thread
            return self._write(
                lambda: service.record_loss(actor, application_id, current.item_id,
                                            **values),  # type: ignore[arg-type]
                lambda: self.tr("The loss of item %1 is recorded.").replace(
                    "%1", str(current.position)))

        dialog.submit = submit
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def write_note(self) -> NoteDialog | None:
        """Write the current item's note (or document of its loss) in both languages."""
        current = self.current
        if current is None or current.version is None:
            return None
        dialog = NoteDialog(current, self)
        service, actor, version = self.service, self.actor, current.version

        def submit() -> Operation:
            note = dialog.value()  # read on the GUI thread
            return self._write(
                lambda: service.write_note(actor, current.item_id, note, version),
                lambda: self.tr("The note of item %1 is saved.").replace(
                    "%1", str(current.position)))

        dialog.submit = submit
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def withdraw(self) -> Operation | None:
        current = self.current
        if current is None or current.version is None:
            return None
        service, actor, version = self.service, self.actor, current.version
        op = self._write(lambda: service.withdraw(actor, current.item_id, version),
                         lambda: self.tr("The return of item %1 is withdrawn.").replace(
                             "%1", str(current.position)))
        op.failed.connect(while_alive(self, self._refused))
        op.start()
        return op

    def _refused(self, _text: str, exc: BaseException) -> None:
        self.message.show_message(error_text(exc))

    @Slot()
    def compare(self) -> ComparisonDialog | None:
        current = self.current
        if current is None or current.outcome != ReturnOutcome.RETURNED:
            return None
        dialog = ComparisonDialog(self.session, self.application_id, current, self)
        dialog.accepted.connect(lambda: self._done(self.tr("The verdict on item %1 is saved.")
                                                   .replace("%1", str(current.position))))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def draft_act(self) -> Operation:
        """Render the return act in both languages off the GUI thread; what is missing, if
        anything, is said under the list."""
        self.message.clear_message()
        conclusions, actor, application_id = self.conclusions, self.actor, self.application_id
        op = self.session.write(lambda _p: conclusions.draft_return_act(actor, application_id),
                                Change.RETURNS, [application_id])
        op.succeeded.connect(while_alive(self, self._act_drafted))
        op.failed.connect(while_alive(self, self._act_refused))
        run_with_progress(op, self, self.tr("Drafting the return act…"))
        return op

    def _act_drafted(self, act: ConclusionSummary) -> None:
        self._done(self.tr("Return act %1 drafted; it is signed in the Conclusion tab, the "
                           "chairperson last.").replace("%1", act.number))

    def _act_refused(self, text: str, _exc: object) -> None:
        self.message.show_message(text)

    @Slot()
    def cancel_act(self, reason: str | None = None) -> Operation | None:
        """Cancel the act being signed; *reason* is asked for when not given."""
        if self.open_act is None:
            return None
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cancel the return act"),
                                              self.tr("Why is %1 cancelled?").replace(
                                                  "%1", self.open_act.number))
            if not ok:
                return None
        conclusions, actor, act_id, why = self.conclusions, self.actor, self.open_act.id, reason
        op = self._write(lambda: conclusions.cancel(actor, act_id, why),
                         lambda: self.tr("The return act is cancelled."))
        op.failed.connect(while_alive(self, self._refused))
        op.start()
        return op
