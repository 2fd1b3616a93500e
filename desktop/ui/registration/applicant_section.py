"""The applicant part of Annex 4: an individual (by IIN) or a company (by BIN).

The identity number is checked as it is typed: the failed rule is shown in words, a valid
IIN fills the birth date, and a number the registry of applicants knows fills the rest.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.applications import ApplicantKind
from desktop.domain.countries import HOME
from desktop.domain.drafts import ApplicantData
from desktop.domain.identity import IdentityError, parse_bin, parse_iin
from desktop.services.applicants import ApplicantRegistry
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.labels import format_date
from desktop.ui.kit.marks import mark_required
from desktop.ui.kit.theme import Tone, set_tone
from desktop.ui.registration.editors import EditorKind, FieldRow, FieldSpec

__all__ = ["COMMON_FIELDS", "COMPANY_FIELDS", "INDIVIDUAL_FIELDS", "ApplicantSection"]

log = logging.getLogger(__name__)

INDIVIDUAL_FIELDS = (
    FieldSpec("applicant.surname", QT_TRANSLATE_NOOP("Registration", "Surname"),
              required=True, max_length=200),
    FieldSpec("applicant.given_name", QT_TRANSLATE_NOOP("Registration", "Name"),
              required=True, max_length=200),
    FieldSpec("applicant.patronymic", QT_TRANSLATE_NOOP("Registration", "Patronymic"),
              max_length=200),
    FieldSpec("applicant.birth_date", QT_TRANSLATE_NOOP("Registration", "Date of birth"),
              EditorKind.DATE),
    FieldSpec("applicant.citizenship", QT_TRANSLATE_NOOP("Registration", "Citizenship"),
              EditorKind.COUNTRY),
    FieldSpec("applicant.id_document_number",
              QT_TRANSLATE_NOOP("Registration", "Passport or ID card No."), max_length=40),
    FieldSpec("applicant.id_document_issued", QT_TRANSLATE_NOOP("Registration", "Issued on"),
              EditorKind.DATE),
    FieldSpec("applicant.residence", QT_TRANSLATE_NOOP("Registration", "Residence"),
              EditorKind.BLOCK),
)
COMPANY_FIELDS = (
    FieldSpec("applicant.company_name", QT_TRANSLATE_NOOP("Registration", "Company name"),
              required=True, max_length=500),
    FieldSpec("applicant.requisites", QT_TRANSLATE_NOOP("Registration", "Requisites"),
              EditorKind.BLOCK),
    FieldSpec("applicant.address", QT_TRANSLATE_NOOP("Registration", "Address"),
              EditorKind.BLOCK),
)
COMMON_FIELDS = (
    FieldSpec("applicant.phones", QT_TRANSLATE_NOOP("Registration", "Phones"), max_length=200),
    FieldSpec("applicant.occupation", QT_TRANSLATE_NOOP("Registration", "Occupation"),
              max_length=500),
)


def _coloured(label: QLabel, text: str, tone: Tone) -> None:
    set_tone(label, tone)
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setVisible(bool(text))


class ApplicantSection(QWidget):
    """Kind, identity number and the fields of that kind; :meth:`data` reads them back."""

    changed = Signal()
    filled_from_registry = Signal(str)
    """The IIN/BIN whose data the registry of applicants supplied."""

    def __init__(self, registry: ApplicantRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._loading = False
        self._auto_birth_date: date | None = None
        self._looked_up = ""

        self.individual_radio = QRadioButton(self.tr("Individual (IIN)"), self)
        self.company_radio = QRadioButton(self.tr("Company (BIN)"), self)
        self.individual_radio.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.individual_radio)
        self.kind_group.addButton(self.company_radio)
        kinds = QHBoxLayout()
        kinds.addWidget(self.individual_radio)
        kinds.addWidget(self.company_radio)
        kinds.addStretch(1)

        self.iin_edit = QLineEdit(self)
        self.iin_edit.setObjectName("applicant.iin_bin")
        self.iin_edit.setMaxLength(40)
        self.iin_edit.setPlaceholderText(self.tr("12 digits"))
        self.iin_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 12) + 40)
        self.iin_status = QLabel(self)
        self.iin_status.setWordWrap(True)
        self.iin_status.hide()
        self.known_note = QLabel(self)
        self.known_note.setWordWrap(True)
        self.known_note.hide()
        self.iin_label = QLabel(self)
        self.iin_label.setBuddy(self.iin_edit)
        number = QWidget(self)
        number_box = QVBoxLayout(number)
        number_box.setContentsMargins(0, 0, 0, 0)
        number_box.setSpacing(1)
        number_box.addWidget(self.iin_edit)
        number_box.addWidget(self.iin_status)
        number_box.addWidget(self.known_note)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.iin_label, number)
        self.rows: dict[str, FieldRow] = {}
        for spec in (*INDIVIDUAL_FIELDS, *COMPANY_FIELDS, *COMMON_FIELDS):
            row = FieldRow(spec, self)
            self.rows[spec.path] = row
            self.form.addRow(row.label, row.container)
            row.editor.changed.connect(self._field_changed)
        self.rows["applicant.citizenship"].set_value(HOME)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds)
        layout.addLayout(self.form)

        self.kind_group.buttonToggled.connect(self._kind_toggled)
        self.iin_edit.textChanged.connect(self._number_changed)
        self._show_kind()

    # -- reading and filling ----------------------------------------------------------------

    def kind(self) -> ApplicantKind:
        return ApplicantKind.COMPANY if self.company_radio.isChecked() else ApplicantKind.INDIVIDUAL

    def set_kind(self, kind: ApplicantKind) -> None:
        radio = self.company_radio if kind == ApplicantKind.COMPANY else self.individual_radio
        radio.setChecked(True)

    def visible_rows(self) -> list[FieldRow]:
        """The rows of the current kind, in form order."""
        own = INDIVIDUAL_FIELDS if self.kind() == ApplicantKind.INDIVIDUAL else COMPANY_FIELDS
        return [self.rows[spec.path] for spec in (*own, *COMMON_FIELDS)]

    def data(self) -> ApplicantData:
        """What the form says; fields of the other kind are left empty."""
        data = ApplicantData(kind=self.kind(), iin_bin=self.iin_edit.text())
        for row in self.visible_rows():
            setattr(data, row.spec.name, row.value())
        return data

    def input_problems(self) -> dict[str, str]:
        """Text that cannot be read (a date, a country), by problem path."""
        return {row.spec.path: text for row in self.visible_rows()
                if (text := row.input_problem())}

    def set_data(self, data: ApplicantData) -> None:
        """Fill the form; empty values leave what is already typed."""
        self._loading = True
        try:
            self.set_kind(data.kind)
            if data.iin_bin and self.iin_edit.text().strip() != data.iin_bin:
                self.iin_edit.setText(data.iin_bin)
            for row in self.visible_rows():
                value = getattr(data, row.spec.name)
                if value not in ("", None):
                    row.set_value(value)
        finally:
            self._loading = False
        self._number_changed()
        self.changed.emit()

    def clear(self) -> None:
        """Empty every field, as on a new form."""
        self._loading = True
        try:
            self.set_kind(ApplicantKind.INDIVIDUAL)
            self.iin_edit.clear()
            for row in self.rows.values():
                row.set_value(None)
                row.touched = False
            self.rows["applicant.citizenship"].set_value(HOME)
        finally:
            self._loading = False
        self._auto_birth_date = None
        self._looked_up = ""
        self._number_changed()

    # -- reactions ----------------------------------------------------------------------------

    @Slot()
    def _field_changed(self) -> None:
        if self._loading:
            return
        sender = self.sender()
        for row in self.rows.values():
            if row.editor is sender:
                row.touched = True
        self.changed.emit()

    @Slot()
    def _kind_toggled(self) -> None:
        self._show_kind()
        self._number_changed()
        if not self._loading:
            self.changed.emit()

    def _show_kind(self) -> None:
        individual = self.kind() == ApplicantKind.INDIVIDUAL
        mark_required(self.iin_label, self.tr("IIN *:") if individual else self.tr("BIN *:"))
        self.iin_edit.setAccessibleName(self.tr("IIN") if individual else self.tr("BIN"))
        for spec in INDIVIDUAL_FIELDS:
            self.form.setRowVisible(self.rows[spec.path].container, individual)
        for spec in COMPANY_FIELDS:
            self.form.setRowVisible(self.rows[spec.path].container, not individual)

    @Slot()
    def _number_changed(self) -> None:
        text = self.iin_edit.text().strip()
        individual = self.kind() == ApplicantKind.INDIVIDUAL
        if not text:
            _coloured(self.iin_status, "", Tone.HINT)
            self.known_note.hide()
        elif text.isdigit() and len(text) < 12:
            _coloured(self.iin_status, self.tr("%1 of 12 digits").replace("%1", str(len(text))),
                      Tone.HINT)
            self.known_note.hide()
        else:
            try:
                if individual:
                    info = parse_iin(text)
                    born = format_date(info.birth_date)
                    sex = self.tr("male") if info.sex == "male" else self.tr("female")
                    status = self.tr("Valid IIN: born %1, %2").replace("%1", born).replace(
                        "%2", sex)
                    self._fill_birth_date(info.birth_date)
                else:
                    bin_info = parse_bin(text)
                    status = self.tr("Valid BIN: registered %1").replace(
                        "%1", f"{bin_info.month:02d}.{bin_info.year}")
            except IdentityError as exc:
                _coloured(self.iin_status, self._refusal(exc, text, individual), Tone.ERROR)
                self.known_note.hide()
            else:
                _coloured(self.iin_status, status, Tone.SUCCESS)
                self._look_up(text)
        if not self._loading:
            self.changed.emit()

    def _refusal(self, exc: IdentityError, text: str, individual: bool) -> str:
        message = error_text(exc)
        try:
            (parse_bin if individual else parse_iin)(text)
        except IdentityError:
            return message
        other = self.tr("This is a valid BIN: choose Company.") if individual \
            else self.tr("This is a valid IIN: choose Individual.")
        return f"{message} {other}"

    def _fill_birth_date(self, born: date) -> None:
        row = self.rows["applicant.birth_date"]
        empty = row.is_empty()
        auto = self._auto_birth_date is not None and row.value() == self._auto_birth_date
        if empty or auto:
            was = self._loading
            self._loading = True
            row.set_value(born)
            self._loading = was
            self._auto_birth_date = born

    def _look_up(self, number: str) -> None:
        if self._loading or number == self._looked_up:
            return
        self._looked_up = number
        try:
            known = self._registry.lookup(number)
        except Exception:  # the registry is a convenience: the clerk can always type
            log.exception("looking up applicant %s failed", number)
            known = None
        if known is None:
            _coloured(self.known_note, self.tr(
                "Not in the registry of applicants: enter the data; it is kept for next time."
            ), Tone.HINT)
            return
        self.set_data(known)
        self._looked_up = number
        _coloured(self.known_note, self.tr("Known applicant: data filled from the registry."),
                  Tone.NOTE)
        self.filled_from_registry.emit(number)
