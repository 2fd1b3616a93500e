"""The examination form: the record of one item, with undo, autosaved drafts and conflicts.

A member edits their own opinion; the chairperson also edits the agreed result and reads the
members' opinions. Every change is a command on a :class:`QUndoStack`. What is typed is kept
as a draft a few seconds after each change and when the form closes, so nothing typed is
lost; a draft found on opening is offered back. Saving names the version the form was
opened on: if someone saved in between, both versions are shown side by side and the user
decides.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.examination_rules import (
    ExaminationConflict,
    ExaminationKind,
    ExaminationRecord,
    ValidationFailed,
    record_from_json,
    record_to_json,
)
from desktop.domain.returns import ReturnOutcome
from desktop.domain.roles import Action, PermissionDenied
from desktop.domain.workflow import Status
from desktop.services.examination import DraftState
from desktop.ui.examination.commands import FieldEdit
from desktop.ui.examination.conflict import ConflictChoice, ConflictDialog
from desktop.ui.examination.editor import RecordEditor, empty_state
from desktop.ui.examination.items import ItemsList
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.icons import icon
from desktop.ui.kit.labels import format_date
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.marks import mark_destructive
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.theme import is_dark
from desktop.ui.kit.vocabulary import page_label, problem_text
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["DRAFT_DELAY_MS", "ExaminationForm", "RecordChoice"]

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 3000
"""A draft is written this long after the first change that is not in one yet."""
DRAFT_FORMAT = 1
_REDO_KEYS = QKeySequence("Ctrl+Shift+Z")


@dataclass(frozen=True)
class RecordChoice:
    """Which record of the item the form shows."""

    kind: ExaminationKind
    author_id: int | None
    """The opinion's author; None for the agreed result."""
    editable: bool
    author_name: str = ""
    """Another member's opinion: who wrote it (the chairperson reads them)."""


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "?"
    local = moment.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def _banner_style() -> str:
    """The draft banner: amber, light or dark with the palette."""
    background, edge, text = ("#4a3c12", "#8a6d1f", "#ffe9a8") if is_dark() \
        else ("#fff4cc", "#e0c060", "#3b2a00")
    return (f"#DraftBanner {{ background: {background}; border: 1px solid {edge};"
            f" border-radius: 4px; }} #DraftBanner QLabel {{ color: {text}; }}")


class ExaminationForm(QWidget):
    """One item's record at a time; what it stores are writes of the session: a record
    saved is a :attr:`Change.EXAMINATION`, a draft kept or dropped a :attr:`Change.DRAFT`."""

    pageRequested = Signal(int)
    """The user wants to see a linked page in the viewer."""

    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.actor
        self.application_id = application_id
        self.service = session.services.examination
        self.applications = session.services.applications
        self.returns = session.services.returns
        self.returned: set[int] = set()
        """The items back from abroad, which take a return examination."""
        self.status: Status | None = None
        self.item_id: int | None = None
        self.choice: RecordChoice | None = None
        self.choices: list[RecordChoice] = []
        self.state: dict[str, Any] = {}
        self.base_version: int | None = None
        self._saved_state: dict[str, Any] = {}
        self._draft_state: dict[str, Any] | None = None
        self._pending_draft: DraftState | None = None
        self._session = 0
        self.conflict_dialog: ConflictDialog | None = None

        self.undo_stack = QUndoStack(self)
        self.items = ItemsList(self)
        self.record_combo = QComboBox(self)
        self.record_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.record_label = QLabel(self)
        self.record_label.setWordWrap(True)
        self.record_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self.draft_label = QLabel(self)
        self.toolbar = self._make_toolbar()
        self.banner, self.banner_label = self._make_banner()
        self.message = InlineMessage(self)
        self.vocabulary = session.services.vocabulary.vocabulary(session.actor)
        self.editor = RecordEditor(self.vocabulary, self)
        self._install_key_filter(self.editor)

        chooser = QHBoxLayout()
        self.record_caption = QLabel(self)
        self.record_caption.setBuddy(self.record_combo)
        chooser.addWidget(self.record_caption)
        chooser.addWidget(self.record_combo)
        chooser.addWidget(self.record_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.items)
        layout.addLayout(chooser)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.editor, 1)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(DRAFT_DELAY_MS)
        self.autosave_timer.timeout.connect(self.save_draft)
        self.items.itemChosen.connect(self.open_item)
        self.record_combo.activated.connect(self._record_chosen)
        self.editor.edited.connect(self._edited)
        self.editor.pageRequested.connect(self.pageRequested)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())
        self.undo_stack.indexChanged.connect(lambda _index: self._after_change())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.setTabOrder(self.items, self.record_combo)
        self.setTabOrder(self.record_combo, self.editor)
        self._shown_record: ExaminationRecord | None = None
        self._retranslate()
        self.reload()

    def _retranslate(self) -> None:
        """The form's fixed words in the interface language (what is typed stays)."""
        self.setAccessibleName(self.tr("Examination form"))
        self.record_combo.setAccessibleName(self.tr("Record"))
        self.draft_label.setAccessibleName(self.tr("Draft state"))
        self.record_caption.setText(self.tr("&Record:"))
        self.toolbar.setWindowTitle(self.tr("Examination"))
        self.save_action.setText(self.tr("&Save"))
        self.save_action.setToolTip(self.tr("Save the record (Ctrl+S)"))
        self.restore_button.setText(self.tr("Restore the draft"))
        self.discard_button.setText(self.tr("Discard it"))
        self._name_undo()

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.undo_action = QAction(self)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_stack.undoTextChanged.connect(self._name_undo)
        self.undo_stack.redoTextChanged.connect(self._name_undo)
        self.undo_stack.canUndoChanged.connect(self._name_undo)
        self.undo_stack.canRedoChanged.connect(self._name_undo)
        self._name_undo()
        for action, name in ((self.save_action, "save"), (self.undo_action, "undo"),
                             (self.redo_action, "redo")):
            action.setIcon(icon(name))
            action.setShortcutContext(context)
            self.addAction(action)
            bar.addAction(action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.draft_label)
        return bar

    @Slot()
    def _name_undo(self) -> None:
        """The buttons say Undo and Redo; what they take back is their tooltip, "Undo the
        change to «Subject»" (each language puts the field where its grammar wants it). A
        field's name on the button read as an act: "Undo Temporary export"."""
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        for action, text, what in (
                (self.undo_action, self.tr("&Undo the change to «%1»"), undo),
                (self.redo_action, self.tr("&Redo the change to «%1»"), redo)):
            described = text.replace("%1", what) if what else action.text()
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{described.replace('&', '')} ({keys})")
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())

    def changeEvent(self, event: QEvent) -> None:
        """A switch between the light and the dark palette: the banner follows; a switch of
        language: the undo texts follow."""
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "banner"):
            style = _banner_style()
            if self.banner.styleSheet() != style:
                self.banner.setStyleSheet(style)
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "_shown_record"):
            self._retranslate()
            self._rename_choices()
            self._show_record_label()
            if self._pending_draft is not None and self.banner.isVisibleTo(self):
                self.banner_label.setText(self._draft_text(self._pending_draft))
        super().changeEvent(event)

    def _make_banner(self) -> tuple[QFrame, QLabel]:
        banner = QFrame(self)
        banner.setObjectName("DraftBanner")
        banner.setStyleSheet(_banner_style())
        text = QLabel(banner)
        text.setWordWrap(True)
        self.restore_button = QPushButton(banner)
        self.discard_button = QPushButton(banner)
        mark_destructive(self.discard_button)  # it throws the draft away
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        row = QHBoxLayout(banner)
        row.addWidget(text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        banner.hide()
        return banner, text

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the application's status, pages and items again; keep the item shown, and
        the record being edited as it is."""
        detail = self.applications.detail(self.actor, self.application_id)
        self.status = detail.status
        self.returned = {r.item_id for r in self.returns.items(self.actor, self.application_id)
                         if r.outcome == ReturnOutcome.RETURNED} \
            if detail.status in (Status.ISSUED_AGREED, Status.CLOSED) else set()
        self.editor.set_pages({p.id: page_label(p.position, p.kind) for p in detail.pages})
        self.refresh_items()
        item_id = self.items.current_item_id()
        if item_id is None:
            return
        if item_id == self.item_id and self.is_modified() and self.choice is not None \
                and self.choice.editable:
            return  # what is being typed stays; a save meets any change made meanwhile
        self.open_item(item_id, force=True)

    def refresh_items(self) -> None:
        self.items.set_items(self.service.items(self.actor, self.application_id), self.item_id)

    def _choices(self, item_id: int) -> list[RecordChoice]:
        open_ = self.status == Status.UNDER_EXAMINATION
        choices = []
        if self.actor.can(Action.RECORD_EXAMINATION):
            choices.append(RecordChoice(ExaminationKind.OPINION, self.actor.user_id, open_))
        choices.append(RecordChoice(ExaminationKind.AGREED, None,
                                    open_ and self.actor.can(Action.AGREE_RESULT)))
        if self.actor.can(Action.AGREE_RESULT):
            for record in self.service.opinions(self.actor, item_id):
                if record.author_id != self.actor.user_id:
                    choices.append(RecordChoice(ExaminationKind.OPINION, record.author_id,
                                                False, record.author_name))
        if item_id in self.returned:
            choices.append(RecordChoice(
                ExaminationKind.RETURN, None, self.status == Status.ISSUED_AGREED
                and self.actor.can(Action.RECORD_EXAMINATION)))
        return choices

    def _label(self, choice: RecordChoice) -> str:
        """The record's name in the combo box, in the interface language."""
        if choice.kind == ExaminationKind.AGREED:
            return self.tr("Agreed result")
        if choice.kind == ExaminationKind.RETURN:
            return self.tr("Return examination")
        if choice.author_id == self.actor.user_id:
            return self.tr("My opinion")
        return self.tr("Opinion of %1").replace("%1", choice.author_name)

    @Slot(int)
    def open_item(self, item_id: int, force: bool = False) -> None:
        """Show *item_id*'s record, keeping the kind of record chosen before."""
        if item_id == self.item_id and not force:
            return
        self.flush_draft()
        self.item_id = item_id
        self.items.select_item(item_id)
        previous = self.choice
        self.choices = self._choices(item_id)
        default = 0
        if item_id in self.returned:  # after the return, the return examination is the work
            default = len(self.choices) - 1
        elif self.actor.can(Action.AGREE_RESULT):  # the chair works on the agreed result
            default = next(i for i, c in enumerate(self.choices)
                           if c.kind == ExaminationKind.AGREED)
        index = next((i for i, c in enumerate(self.choices) if previous is not None
                      and (c.kind, c.author_id) == (previous.kind, previous.author_id)), default)
        self.record_combo.clear()
        for choice in self.choices:
            self.record_combo.addItem(self._label(choice))
        self.record_combo.setCurrentIndex(index)
        self._open_record(self.choices[index])

    @Slot(int)
    def _record_chosen(self, index: int) -> None:
        if 0 <= index < len(self.choices) and self.choices[index] != self.choice:
            self.flush_draft()
            self._open_record(self.choices[index])

    def choose_record(self, kind: ExaminationKind, author_id: int | None = None) -> None:
        """Show another record of the same item (as picking it in the combo does)."""
        for i, choice in enumerate(self.choices):
            if choice.kind == kind and (author_id is None or choice.author_id == author_id):
                self.record_combo.setCurrentIndex(i)
                self._record_chosen(i)
                return
        raise LookupError(f"no {kind} record by {author_id} to show")

    def _open_record(self, choice: RecordChoice) -> None:
        assert self.item_id is not None
        self.choice = choice
        self.message.clear_message()
        self.editor.mark_problems([])
        self.banner.hide()
        self._pending_draft = None
        record = self.service.get(self.actor, self.item_id, choice.kind, choice.author_id)
        self._show_record(record, choice.kind)
        self.editor.set_read_only(not choice.editable)
        self.draft_label.clear()
        if choice.editable:
            self._offer_draft()
        self._update_actions()

    def _show_record(self, record: ExaminationRecord | None, kind: ExaminationKind) -> None:
        self.state = record_to_json(record) if record is not None else empty_state(kind)
        self.base_version = record.version if record is not None else None
        self._saved_state = copy.deepcopy(self.state)
        self._draft_state = None
        self.editor.show_state(self.state)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._shown_record = record
        self._show_record_label()

    def _show_record_label(self) -> None:
        record = self._shown_record
        if record is None:
            text = self.tr("Not recorded yet.")
        else:
            text = self.tr("Version %1, saved by %2 on %3.").replace("%1", str(record.version))\
                .replace("%2", record.updated_by_name).replace("%3", _when(record.updated_at))
        if self.choice is not None and not self.choice.editable:
            text += " " + self._read_only_reason()
        self.record_label.setText(text)

    def _rename_choices(self) -> None:
        """The records' names in the combo box in the interface language (the records
        themselves are not read again: a language switch is not a reason to)."""
        for index, choice in enumerate(self.choices):
            self.record_combo.setItemText(index, self._label(choice))

    def _read_only_reason(self) -> str:
        if self.choice is not None and self.choice.kind == ExaminationKind.RETURN:
            if self.status == Status.CLOSED:
                return self.tr("Read only: the export is closed by its return act.")
            return self.tr("Read only.")
        if self.status != Status.UNDER_EXAMINATION:
            return self.tr("Read only: the application is not under examination.")
        return self.tr("Read only.")

    # -- drafts --------------------------------------------------------------------------

    def _offer_draft(self) -> None:
        assert self.item_id is not None and self.choice is not None
        draft = self.service.load_draft(self.actor, self.item_id, self.choice.kind)
        if draft is None:
            return
        fields = draft.form_state.get("fields")
        if not isinstance(fields, dict) or {**self.state, **fields} == self.state:
            self._drop_draft(self.item_id, self.choice.kind)
            return
        self._pending_draft = draft
        self.banner_label.setText(self._draft_text(draft))
        self.banner.show()

    def _draft_text(self, draft: DraftState) -> str:
        text = self.tr("You have an unsaved draft of this record from %1.").replace(
            "%1", _when(draft.saved_at))
        if draft.outdated:
            text += " " + self.tr(
                "The record was saved by someone else after you started it: if you restore "
                "the draft, saving will show both versions.")
        return text

    @Slot()
    def restore_draft(self) -> None:
        draft = self._pending_draft
        if draft is None:
            return
        self.banner.hide()
        self._pending_draft = None
        self.state = {**self.state, **draft.form_state["fields"]}
        self.base_version = draft.base_version
        self._draft_state = copy.deepcopy(self.state)
        self.editor.show_state(self.state)
        self.undo_stack.clear()
        self.draft_label.setText(self.tr("Draft restored"))
        self._update_actions()

    @Slot()
    def discard_draft(self) -> Operation | None:
        draft, self._pending_draft = self._pending_draft, None
        self.banner.hide()
        if draft is None or self.item_id is None:
            return None
        return self._drop_draft(self.item_id, draft.kind)

    def _drop_draft(self, item_id: int, kind: ExaminationKind) -> Operation:
        service, actor = self.service, self.actor
        op = self.session.write(lambda _p: service.discard_draft(actor, item_id, kind),
                                Change.DRAFT, [self.application_id])
        op.failed.connect(lambda _text, exc: log.warning("a draft could not be dropped: %s",
                                                         exc))
        op.start()
        return op

    @Slot()
    def save_draft(self) -> Operation | None:
        """Keep what was typed (the autosave) off the GUI thread; nothing when it is saved or
        kept already."""
        self.autosave_timer.stop()
        choice, item_id = self.choice, self.item_id
        if choice is None or not choice.editable or item_id is None:
            return None
        if self.state == self._draft_state:
            return None
        if self.state == self._saved_state:
            kept, self._draft_state = self._draft_state, None
            # undone back to the saved record: the draft kept before goes
            return self._drop_draft(item_id, choice.kind) if kept is not None else None
        state = copy.deepcopy(self.state)
        self._draft_state = state  # asked for: the same state is not queued twice
        service, actor, base_version = self.service, self.actor, self.base_version
        op = self.session.write(lambda _p: service.save_draft(
            actor, item_id, choice.kind, {"format": DRAFT_FORMAT, "fields": state},
            base_version), Change.DRAFT, [self.application_id])
        op.succeeded.connect(while_alive(self, lambda saved_at: self.draft_label.setText(
            self.tr("Draft kept at %1").replace("%1", f"{saved_at.astimezone():%H:%M:%S}"))))
        op.failed.connect(while_alive(self, lambda _text, exc: self._draft_failed(state, exc)))
        op.start()
        return op

    def _draft_failed(self, state: dict[str, Any], exc: BaseException) -> None:
        log.warning("the draft could not be kept: %s", exc)
        if self._draft_state is state:
            self._draft_state = None  # the next change tries again
        self.draft_label.setText(self.tr("The draft could not be kept. %1")
                                 .replace("%1", error_text(exc)))

    def flush_draft(self) -> None:
        """Write the draft now if anything is not in one yet (closing, switching items)."""
        if self.choice is not None and self.choice.editable and (
                self.state != self._draft_state and self.state != self._saved_state):
            self.save_draft()
        self.autosave_timer.stop()

    # -- editing -------------------------------------------------------------------------

    @Slot(str, object, bool)
    def _edited(self, field: str, value: Any, typing: bool) -> None:
        if self.choice is None or not self.choice.editable or self.state.get(field) == value:
            return
        old = copy.deepcopy(self.state.get(field))
        self.undo_stack.push(FieldEdit(self._apply, field, old, copy.deepcopy(value),
                                       typing=typing, session=self._session))

    def _apply(self, field: str, value: Any) -> None:
        self.state[field] = copy.deepcopy(value)
        self.editor.show_value(field, value)

    def _after_change(self) -> None:
        self._update_actions()
        if self.state != self._draft_state and not self.autosave_timer.isActive():
            self.autosave_timer.start()

    @Slot(QWidget, QWidget)
    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._session += 1  # typing after a focus change is a new undo step

    def is_modified(self) -> bool:
        return self.state != self._saved_state

    def _update_actions(self) -> None:
        editable = self.choice is not None and self.choice.editable
        self.save_action.setEnabled(editable and self.is_modified())
        self.save_action.setVisible(editable)

    def _install_key_filter(self, root: QWidget) -> None:
        for widget in root.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.installEventFilter(self)
                if isinstance(widget, QPlainTextEdit):
                    widget.setUndoRedoEnabled(False)  # the form's stack undoes, not the field's
        self.editor.binders["measurements"].widget.key_filter = self  # type: ignore[attr-defined]
        self.editor.pages.key_filter = self  # type: ignore[attr-defined]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z and Ctrl+Shift+Z in a text field undo the form, not the field alone."""
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or \
                QKeySequence(event.keyCombination()) == _REDO_KEYS
            if undo or redo:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    (self.undo_stack.undo if undo else self.undo_stack.redo)()
                return True
        return super().eventFilter(watched, event)

    # -- saving --------------------------------------------------------------------------

    def _record(self) -> ExaminationRecord:
        assert self.choice is not None
        state = copy.deepcopy(self.state)
        for row in state.get("measurements") or []:
            if row.get("value") is None:
                row["value"] = 0.0  # the rules then say "must be more than 0"
        return record_from_json(self.choice.kind, state)

    @Slot()
    def save(self) -> Operation | None:
        """Save over the version the form was opened on, off the GUI thread; None when there
        is nothing to save. The form is read-only until the service has answered."""
        choice, item_id = self.choice, self.item_id
        if choice is None or not choice.editable or item_id is None:
            return None
        self.autosave_timer.stop()
        self.message.clear_message()
        self.editor.mark_problems([])
        try:
            record = self._record()
        except DomainError as exc:
            self._not_saved(exc)
            return None
        service, actor, base_version = self.service, self.actor, self.base_version
        op = self.session.write(lambda _p: service.save(actor, item_id, record, base_version),
                                Change.EXAMINATION, [self.application_id])
        op.succeeded.connect(while_alive(self, lambda saved: self._saved(saved, choice,
                                                                         item_id)))
        op.failed.connect(while_alive(self, lambda _text, exc: self._not_saved(exc)))
        op.finished.connect(while_alive(self, self._save_ended))
        self.editor.set_read_only(True)
        self.save_action.setEnabled(False)
        op.start()
        return op

    def _save_ended(self) -> None:
        self.editor.set_read_only(not (self.choice is not None and self.choice.editable))
        self._update_actions()

    def _saved(self, saved: ExaminationRecord, choice: RecordChoice, item_id: int) -> None:
        if (self.item_id, self.choice) == (item_id, choice):
            self._show_record(saved, choice.kind)
            self.draft_label.setText(self.tr("Saved"))
        self.refresh_items()

    def _not_saved(self, exc: BaseException) -> None:
        if isinstance(exc, ExaminationConflict):
            self._show_conflict(exc)
        elif isinstance(exc, ValidationFailed):
            self.editor.mark_problems(exc.problems)
            lines = [problem_text(p) for p in exc.problems]
            self.message.show_message(self.tr("The record was not saved:") + "\n"
                                      + "\n".join(lines))
            if exc.problems:
                self.editor.focus_field(exc.problems[0].field.split(".")[0])
        elif isinstance(exc, PermissionDenied):
            self.message.show_message(self.tr("Your role may not save this record."))
        else:
            self.message.show_message(self.tr("The record was not saved. %1")
                                      .replace("%1", error_text(exc)))

    def _show_conflict(self, conflict: ExaminationConflict) -> None:
        dialog = ConflictDialog(conflict, self.editor.pages.labels(), self.vocabulary, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda result: self._conflict_answered(conflict, result))
        self.conflict_dialog = dialog
        dialog.open()

    def _conflict_answered(self, conflict: ExaminationConflict, result: int) -> None:
        dialog, self.conflict_dialog = self.conflict_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == ConflictChoice.KEEP_MINE:
            self.base_version = conflict.their_version
            self.save()
        elif result == ConflictChoice.TAKE_THEIRS:
            if self.item_id is not None and self.choice is not None:
                self._drop_draft(self.item_id, self.choice.kind)
            self._show_record(conflict.theirs, conflict.theirs.kind)
            self.draft_label.setText(self.tr("Their version is shown; yours was discarded"))
            self.refresh_items()
        else:
            self.message.show_message(self.tr(
                "Not saved. Your changes are still in the form and in the draft; save again "
                "to see both versions."))
            self.save_draft()
        self._update_actions()

    def set_viewer_page(self, page_id: int) -> None:
        """The page the viewer shows now, for "Link the page in the viewer"."""
        self.editor.set_viewer_page(page_id or None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_draft()
        super().closeEvent(event)
