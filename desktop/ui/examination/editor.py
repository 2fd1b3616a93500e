"""The body of the examination form: every field of the record, in sections.

Built from :data:`~desktop.ui.examination.fields.FIELDS`; it shows a state (the record as
``record_to_json`` writes it) and reports the user's edits, and knows nothing of saving,
drafts or undo, which the form around it does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.drafts import Problem
from desktop.domain.examination_rules import (
    REQUIRED_FOR_EXAMINED,
    ExaminationKind,
    ExaminationRecord,
    record_to_json,
)
from desktop.domain.vocabulary import Vocabulary
from desktop.ui.examination.fields import FIELDS, SECTIONS, Binder, FieldSpec, Kind, make_binder
from desktop.ui.examination.rows import PageLinkRows
from desktop.ui.kit.marks import RequiredNote, asterisk
from desktop.ui.kit.retranslate import translated
from desktop.ui.kit.theme import Tone, tone_colour
from desktop.ui.kit.vocabulary import field_name

__all__ = ["RecordEditor", "empty_state"]

_WIDE = {Kind.TEXTS, Kind.TERMS, Kind.MEASUREMENTS, Kind.PAGES}


def empty_state(kind: ExaminationKind) -> dict[str, Any]:
    """The state of a record nobody has filled in yet."""
    return record_to_json(ExaminationRecord(kind=kind))


class RecordEditor(QScrollArea):
    edited = Signal(str, object, bool)
    """``(field, value, typing)`` for each change the user makes."""
    pageRequested = Signal(int)

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 12, 4)
        self.binders: dict[str, Binder] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.note = RequiredNote(body)  # above the fields, where the asterisks are first met
        layout.addWidget(self.note)
        for section in SECTIONS:
            group = QGroupBox(body)
            form = QFormLayout(group)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for spec in (f for f in FIELDS if f.section == section):
                self._add_field(form, group, spec)
            layout.addWidget(group)
            self.groups[section] = group
        layout.addStretch(1)
        self.setWidget(body)
        pages = self.binders["pages"].widget
        assert isinstance(pages, PageLinkRows)
        self.pages = pages
        pages.pageRequested.connect(self.pageRequested)
        translated(self, self._retranslate)

    def _retranslate(self) -> None:
        """The sections' titles and the fields' names in the interface language."""
        for section, group in self.groups.items():
            group.setTitle(self._section_title(section))
        for name, label in self.labels.items():
            words = field_name(name)
            label.setText(f"{words} {asterisk()}" if name in REQUIRED_FOR_EXAMINED else words)
            binder = self.binders[name]
            binder.widget.setAccessibleName(words)
            if name in REQUIRED_FOR_EXAMINED:
                binder.widget.setAccessibleDescription(self.tr("Required"))
        self.note.say(self.tr("needed in the agreed result before the examination can be "
                              "finished"))
        self._align_labels()

    def _align_labels(self) -> None:
        """One label width for every section, so the fields line up down the form."""
        narrow = [label for name, label in self.labels.items()
                  if self.binders[name].spec.kind not in _WIDE]
        for label in narrow:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in narrow)
        for label in narrow:
            label.setMinimumWidth(width)

    def _section_title(self, section: str) -> str:
        return {
            "identification": self.tr("Identification"),
            "description": self.tr("Description"),
            "measurements": self.tr("Measurements"),
            "condition": self.tr("Condition"),
            "pages": self.tr("Photos and pages"),
            "assessment": self.tr("Assessment"),
        }[section]

    def _add_field(self, form: QFormLayout, group: QGroupBox, spec: FieldSpec) -> None:
        binder = make_binder(spec, group, self.vocabulary)
        label = QLabel(group)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setBuddy(binder.focus_target())
        binder.edited.connect(self.edited)
        self.binders[spec.name] = binder
        self.labels[spec.name] = label
        if spec.kind in _WIDE:
            form.addRow(label)
            form.addRow(binder.widget)
        else:
            form.addRow(label, binder.widget)

    # -- state ---------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {name: binder.value() for name, binder in self.binders.items()}

    def show_value(self, field: str, value: Any) -> None:
        self.binders[field].set_value(value)

    def show_state(self, state: dict[str, Any]) -> None:
        for name, binder in self.binders.items():
            binder.set_value(state.get(name))

    def set_read_only(self, read_only: bool) -> None:
        for binder in self.binders.values():
            binder.set_read_only(read_only)

    def set_pages(self, labels: dict[int, str]) -> None:
        self.pages.set_pages(labels)

    def set_viewer_page(self, page_id: int | None) -> None:
        self.pages.set_viewer_page(page_id)

    def mark_problems(self, problems: list[Problem]) -> None:
        """Outline the editors of the fields in *problems* in red (none: clear all); of a
        text in two languages, the language a problem names."""
        bad: dict[str, set[str]] = {}
        for problem in problems:
            name, _dot, rest = problem.field.partition(".")
            bad.setdefault(name, set()).add(rest)
        red = tone_colour(Tone.ERROR).name()  # for the palette in force
        for name, binder in self.binders.items():
            if binder.spec.kind not in (Kind.MEASUREMENTS, Kind.PAGES):
                binder.mark(bad.get(name, set()), f"border: 1px solid {red};")
            self.labels[name].setStyleSheet(
                f"color: {red}; font-weight: bold;" if name in bad else "")

    def focus_field(self, field: str) -> None:
        binder = self.binders.get(field)
        if binder is not None:
            self.ensureWidgetVisible(binder.widget)
            binder.focus()
