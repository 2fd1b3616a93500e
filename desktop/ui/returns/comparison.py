"""The return check of one item: the records side by side, the photos side by side, and the
member's verdict.

Left, what the commission recorded at the examination; right, what the member recorded on
return. Fields that differ are highlighted. Below, the original and the new photo in one
synchronised pair of views, with the similarity aid's score and its method; the verdict
(matches / differs, with notes) is the member's.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.similarity import METHOD, Similarity
from desktop.domain.errors import DomainError
from desktop.domain.examination_rules import ExaminationRecord, record_to_json
from desktop.domain.languages import Bilingual
from desktop.domain.returns import CheckResult
from desktop.domain.roles import Action
from desktop.domain.vocabulary import Vocabulary
from desktop.services.returns import ItemComparison, ItemReturnState
from desktop.ui.kit import settings
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.screen import fit_to_screen
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.vocabulary import display_value, field_name, format_number
from desktop.ui.kit.widgets import InlineMessage
from desktop.ui.returns.dialogs import note_edit
from desktop.ui.returns.photo_pair import PhotoPair

__all__ = ["ComparisonDialog"]

log = logging.getLogger(__name__)

_DIFFERS = (QColor("#ffd36b"), QColor("#3b2a00"))
"""Background and text of a differing row: the "due soon" amber, readable in dark mode."""


@dataclass(frozen=True)
class _Photos:
    """The two photos decoded off the GUI thread, and how alike they are."""

    original: QImage | None
    returned: QImage | None
    similarity: Similarity | None
    problem: DomainError | None
    """Why the similarity could not be computed (a photo that does not decode)."""


def _value(field: str, record: ExaminationRecord | None, plain: Any,
           vocabulary: Vocabulary) -> str:
    if record is None:
        return "—"
    if field == "weight_value" and record.weight_value is not None:
        unit = display_value("weight_unit", record.weight_unit.value) \
            if record.weight_unit else ""
        return f"{format_number(record.weight_value)} {unit}".strip()
    return display_value(field, plain, vocabulary=vocabulary)


class ComparisonDialog(QDialog):
    """Compare an item's return with its examination and record the verdict."""

    def __init__(self, session: Session, application_id: int, item: ItemReturnState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ComparisonDialog")
        self.session = session
        self.application_id = application_id
        self.actor = session.actor
        self.item = item
        self.returns = session.services.returns
        self.documents = session.services.documents
        self.vocabulary = session.services.vocabulary.vocabulary(session.actor)
        self.comparison: ItemComparison | None = None
        self.similarity: Similarity | None = None
        self._operation: Operation | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Return check: item %1 «%2»")
                            .replace("%1", str(item.position)).replace("%2", item.name))

        self.table = QTableWidget(0, 3, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setAccessibleName(self.tr("The records compared field by field"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("At the examination"), self.tr("On return")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.original_photo = QComboBox(self)
        self.original_photo.setAccessibleName(self.tr("Photo at the examination"))
        self.returned_photo = QComboBox(self)
        self.returned_photo.setAccessibleName(self.tr("Photo on return"))
        self.photos = PhotoPair(self)

        self.matches = QRadioButton(self.tr("The item &matches the one examined"), self)
        self.differs = QRadioButton(self.tr("The item &differs"), self)
        self.verdicts = QButtonGroup(self)
        self.verdicts.addButton(self.matches)
        self.verdicts.addButton(self.differs)
        self.note = note_edit(self.tr("Notes on the check"),
                              self.tr("What differs, and anything else to note"), self)
        self.message = InlineMessage(self)
        can_judge = self.actor.can(Action.RECORD_EXAMINATION) and item.examined
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(self.tr("&Save the verdict"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setVisible(can_judge)
        for widget in (self.matches, self.differs, self.note):
            widget.setEnabled(can_judge)
        if item.check_result == CheckResult.MATCHES:
            self.matches.setChecked(True)
        elif item.check_result == CheckResult.DIFFERS:
            self.differs.setChecked(True)
        self.note.set_value(item.check_note.to_json())

        records = QWidget(self)
        top = QVBoxLayout(records)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.table, 1)
        top.addWidget(self.summary)
        pictures = QWidget(self)
        bottom = QVBoxLayout(pictures)
        bottom.setContentsMargins(0, 0, 0, 0)
        pickers = QHBoxLayout()
        pickers.addWidget(self.original_photo, 1)
        pickers.addWidget(self.returned_photo, 1)
        bottom.addLayout(pickers)
        bottom.addWidget(self.photos, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(records)
        self.splitter.addWidget(pictures)
        self.splitter.setChildrenCollapsible(False)
        saved = settings.COMPARISON_SPLITTER.get()
        if saved.isEmpty() or not self.splitter.restoreState(saved):
            self.splitter.setSizes([300, 420])
        verdict = QGroupBox(self.tr("Verdict"), self)
        verdict_layout = QVBoxLayout(verdict)
        choice = QHBoxLayout()
        choice.addWidget(self.matches)
        choice.addWidget(self.differs)
        choice.addStretch(1)
        verdict_layout.addLayout(choice)
        verdict_layout.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(verdict)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.original_photo.currentIndexChanged.connect(lambda _i: self._show_photos())
        self.returned_photo.currentIndexChanged.connect(lambda _i: self._show_photos())
        fit_to_screen(self, 980, 860)
        self.load()

    # -- reading ----------------------------------------------------------------------------

    def load(self) -> None:
        try:
            comparison = self.returns.comparison(self.actor, self.item.item_id)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        self.comparison = comparison
        self._fill_table(comparison)
        for combo, pages, label in ((self.original_photo, comparison.original_photos,
                                     self.tr("Examination photo %1")),
                                    (self.returned_photo, comparison.returned_photos,
                                     self.tr("Photo on return %1"))):
            combo.blockSignals(True)
            combo.clear()
            for i, page_id in enumerate(pages, start=1):
                combo.addItem(label.replace("%1", str(i)), page_id)
            combo.blockSignals(False)
        self._show_photos()

    def _fill_table(self, comparison: ItemComparison) -> None:
        original = record_to_json(comparison.original) if comparison.original else {}
        returned = record_to_json(comparison.returned) if comparison.returned else {}
        self.table.setRowCount(len(comparison.fields))
        for row, field in enumerate(comparison.fields):
            cells = (field_name(field.field),
                     _value(field.field, comparison.original, original.get(field.field),
                            self.vocabulary),
                     _value(field.field, comparison.returned, returned.get(field.field),
                            self.vocabulary))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if field.differs:
                    cell.setBackground(QBrush(_DIFFERS[0]))
                    cell.setForeground(QBrush(_DIFFERS[1]))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        if comparison.returned is None:
            self.summary.setText(self.tr("The return examination is not recorded yet: record "
                                         "it in the Examination tab."))
        elif comparison.differing:
            self.summary.setText(self.tr("Differs in: %1").replace(
                "%1", ", ".join(field_name(f) for f in comparison.differing)))
        else:
            self.summary.setText(self.tr("The records agree in every field compared."))

    @Slot()
    def _show_photos(self) -> None:
        """Decode the two chosen photos and compare them on a worker thread (camera photos
        take a moment); the views fill when they are ready."""
        original, returned = self.original_photo.currentData(), self.returned_photo.currentData()
        self.photos.set_captions(self.original_photo.currentText() or self.tr("No photo"),
                                 self.returned_photo.currentText() or self.tr("No photo"))
        self.similarity = None
        both = original is not None and returned is not None
        self.photos.set_similarity(self.tr("Similarity: comparing…") if both else
                                   self.tr("Similarity: needs a photo on each side"), False)
        self._generation += 1
        generation = self._generation
        actor, returns, documents = self.actor, self.returns, self.documents

        def image(page_id: int | None) -> QImage | None:
            if page_id is None:
                return None
            decoded = QImage.fromData(documents.page_image(actor, page_id))
            return None if decoded.isNull() else decoded

        def work(_progress: object) -> _Photos:
            images = (image(original), image(returned))
            if not both:
                return _Photos(*images, None, None)
            try:
                return _Photos(*images, returns.similarity(actor, original, returned), None)
            except DomainError as exc:
                return _Photos(*images, None, exc)

        op = Operation(work, self)
        op.succeeded.connect(while_alive(self, lambda photos: self._photos_read(
            generation, photos)))
        op.failed.connect(while_alive(self, lambda text, _exc: self.message.show_message(text)))
        self._operation = op
        op.start()

    def _photos_read(self, generation: int, photos: _Photos) -> None:
        if generation != self._generation:
            return  # another pair was chosen meanwhile
        self.photos.set_photos(photos.original, photos.returned)
        if photos.similarity is not None:
            self._similarity_ready(photos.similarity)
        elif photos.problem is not None:
            self.photos.set_similarity(self.tr("Similarity: not computed (%1)").replace(
                "%1", error_text(photos.problem)), True)

    def _similarity_ready(self, result: Similarity) -> None:
        self.similarity = result
        method = self.tr("pHash 64-bit DCT, best of 8 orientations") \
            if result.method == METHOD else result.method
        text = self.tr("Similarity %1 % (%2)").replace(
            "%1", str(round(result.score * 100))).replace("%2", method)
        if result.differs:
            text += " — " + self.tr("far less alike than photos of the same object usually "
                                    "are: look closely")
        self.photos.set_similarity(text, result.differs)

    def is_idle(self) -> bool:
        return self._operation is None or not self._operation.running

    # -- the verdict -----------------------------------------------------------------------

    @Slot()
    def save(self) -> Operation | None:
        """Record the verdict off the GUI thread; the dialog closes once it is stored."""
        if not (self.matches.isChecked() or self.differs.isChecked()):
            self.message.show_message(self.tr("Choose whether the item matches or differs."))
            return None
        verdict = CheckResult.MATCHES if self.matches.isChecked() else CheckResult.DIFFERS
        returns, actor, item = self.returns, self.actor, self.item
        note = Bilingual.from_json(self.note.value())
        op = self.session.write(lambda _p: returns.record_check(actor, item.item_id, verdict,
                                                                note, item.version or 0),
                                Change.RETURNS, [self.application_id])
        session, said = self.session, self.tr("The return check of the item is recorded.")
        op.succeeded.connect(lambda _item: session.announce(said))  # the dialog has closed
        op.succeeded.connect(while_alive(self, self._recorded))
        op.failed.connect(while_alive(self, lambda _text, exc: self.message.show_message(
            error_text(exc))))
        op.finished.connect(while_alive(self, lambda: self.save_button.setEnabled(True)))
        self.save_button.setEnabled(False)
        op.start()
        return op

    def _recorded(self, item: ItemReturnState) -> None:
        self.item = item
        self.accept()

    def done(self, result: int) -> None:
        settings.COMPARISON_SPLITTER.set(self.splitter.saveState())
        super().done(result)
