"""The rest of Annex 4: how the request came in, the export itself, the paper documents."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.applications import Channel, PaperDocument
from desktop.domain.countries import HOME
from desktop.ui.kit.labels import paper_document_name
from desktop.ui.registration.editors import EditorKind, FieldRow, FieldSpec

__all__ = [
    "DocumentsChecklist",
    "ExportSection",
    "RequestSection",
]

RECEIVED = FieldSpec("received", QT_TRANSLATE_NOOP("Registration", "Received on"),
                     EditorKind.DATE, required=True)
EXPORT_FIELDS = (
    FieldSpec("purpose", QT_TRANSLATE_NOOP("Registration", "Purpose of the export"),
              EditorKind.BLOCK, required=True),
    FieldSpec("destination_country", QT_TRANSLATE_NOOP("Registration", "Country"),
              EditorKind.COUNTRY, required=True, exclude=frozenset({HOME})),
    FieldSpec("destination_place", QT_TRANSLATE_NOOP("Registration", "Place"),
              required=True, max_length=500),
)
PERIOD_FIELDS = (
    FieldSpec("export_from", QT_TRANSLATE_NOOP("Registration", "Export from"), EditorKind.DATE),
    FieldSpec("export_until", QT_TRANSLATE_NOOP("Registration", "Export until"),
              EditorKind.DATE),
)



class _Section(QWidget):
    """A part of the form made of :class:`FieldRow`; reports edits through ``changed``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, FieldRow] = {}
        self._loading = False

    def _add_row(self, spec: FieldSpec) -> FieldRow:
        row = FieldRow(spec, self)
        self.rows[spec.path] = row
        row.editor.changed.connect(self._edited)
        return row

    @Slot()
    def _edited(self) -> None:
        if self._loading:
            return
        for row in self.rows.values():
            if row.editor is self.sender():
                row.touched = True
        self.changed.emit()

    def set_values(self, values: dict[str, object]) -> None:
        """Fill rows by path without counting it as the clerk's edit."""
        self._loading = True
        try:
            for path, value in values.items():
                self.rows[path].set_value(value)
        finally:
            self._loading = False
        self.changed.emit()

    def input_problems(self) -> dict[str, str]:
        return {path: text for path, row in self.rows.items() if (text := row.input_problem())}

    def date(self, path: str) -> date | None:
        value = self.rows[path].value()
        return value if isinstance(value, date) else None

    def clear(self) -> None:
        """Empty every field, as on a new form."""
        self.set_values(dict.fromkeys(self.rows))
        for row in self.rows.values():
            row.touched = False


class RequestSection(_Section):
    """When the request was received, and whether on paper or through the portal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.received = self._add_row(RECEIVED)
        self.paper_radio = QRadioButton(self.tr("On paper"), self)
        self.portal_radio = QRadioButton(self.tr("Through the portal"), self)
        self.paper_radio.setChecked(True)
        self.channel_group = QButtonGroup(self)
        self.channel_group.addButton(self.paper_radio)
        self.channel_group.addButton(self.portal_radio)
        self.channel_group.buttonToggled.connect(self._channel_toggled)

        channels = QHBoxLayout()
        channels.addWidget(self.paper_radio)
        channels.addWidget(self.portal_radio)
        channels.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        # The field column takes the section's width, so a long message under the date
        # wraps inside it instead of running past the group's edge.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.received.label, self.received.container)
        form.addRow(QLabel(self.tr("Channel:"), self), channels)
        self.set_values({"received": date.today()})

    def received_date(self) -> date | None:
        return self.date("received")

    def clear(self) -> None:
        """A new form keeps the received date and the channel: a stack comes in together."""
        self.received.touched = False

    def channel(self) -> Channel:
        return Channel.PORTAL if self.portal_radio.isChecked() else Channel.PAPER

    @Slot()
    def _channel_toggled(self) -> None:
        if not self._loading:
            self.changed.emit()


class ExportSection(_Section):
    """Purpose, destination country and place, and the export period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in EXPORT_FIELDS:
            row = self._add_row(spec)
            form.addRow(row.label, row.container)
        start, until = (self._add_row(spec) for spec in PERIOD_FIELDS)
        until.label.hide()  # the one-line "from … until …" has a shorter word for it
        until_label = QLabel(self.tr("until:"), self)
        until_label.setBuddy(until.editor)
        dates = QHBoxLayout()
        dates.addWidget(start.editor)
        dates.addSpacing(4)
        dates.addWidget(until_label)
        dates.addWidget(until.editor)
        dates.addStretch(1)
        period = QVBoxLayout()
        period.setSpacing(1)
        period.addLayout(dates)
        period.addWidget(start.message)
        period.addWidget(until.message)
        start.label.setText(self.tr("Export period:"))
        form.addRow(start.label, period)


class DocumentsChecklist(_Section):
    """Which of the regulation's documents came on paper: a check box for each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[PaperDocument, QCheckBox] = {}
        for i, document in enumerate(PaperDocument):
            box = QCheckBox(paper_document_name(document), self)
            box.setObjectName(f"paper_documents.{document.value}")
            box.toggled.connect(self._edited)
            grid.addWidget(box, i, 0)  # one column: long names in Kazakh and Russian
            self.boxes[document] = box

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)

    def checked(self) -> list[str]:
        return [document.value for document, box in self.boxes.items() if box.isChecked()]
