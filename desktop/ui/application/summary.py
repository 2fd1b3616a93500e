"""What an application says, read-only: the applicant, the request and the items."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.applications import ApplicantKind, Channel, PaperDocument
from desktop.domain.countries import country_name
from desktop.services.applications import ApplicationDetail
from desktop.ui.kit.labels import format_date, paper_document_name, refusal_ground_name
from desktop.ui.kit.language import interface_language
from desktop.ui.kit.retranslate import translated

__all__ = ["SummaryPanel", "applicant_name"]


def applicant_name(detail: ApplicationDetail) -> str:
    a = detail.applicant
    if a.kind == ApplicantKind.COMPANY:
        return a.company_name
    return " ".join(part for part in (a.surname, a.given_name, a.patronymic) if part)


def _date(value: date | None) -> str:
    return format_date(value) if value else "—"


class SummaryPanel(QScrollArea):
    """Three groups of read-only lines; :meth:`show_detail` fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        self.applicant_box = QGroupBox(body)
        self.applicant_form = QFormLayout(self.applicant_box)
        self.request_box = QGroupBox(body)
        self.request_form = QFormLayout(self.request_box)
        self.items_box = QGroupBox(body)
        self.items_table = QTableWidget(0, 3, self.items_box)
        self.items_table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.items_table.verticalHeader().setVisible(False)
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setWordWrap(False)
        self.items_table.verticalHeader().setDefaultSectionSize(
            self.items_table.fontMetrics().height() + 10)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        items_layout = QVBoxLayout(self.items_box)
        items_layout.addWidget(self.items_table)
        layout = QVBoxLayout(body)
        layout.addWidget(self.applicant_box)
        layout.addWidget(self.request_box)
        layout.addWidget(self.items_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.values: dict[str, QLabel] = {}
        """The value labels by a stable key (``iin_bin``, ``purpose`` …), for tests."""
        translated(self, self._retranslate)

    def _retranslate(self) -> None:
        """The fixed titles; the lines follow with :meth:`show_detail`."""
        self.applicant_box.setTitle(self.tr("Applicant"))
        self.request_box.setTitle(self.tr("Request"))
        self.items_box.setTitle(self.tr("Items"))
        self.items_table.setAccessibleName(self.tr("Items of the application"))
        self.items_table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("Quantity")])

    def _clear(self, form: QFormLayout) -> None:
        while form.rowCount():
            form.removeRow(0)

    def _line(self, form: QFormLayout, key: str, label: str, value: str) -> None:
        text = QLabel(value or "—")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setAccessibleName(label)
        form.addRow(label, text)
        self.values[key] = text

    def show_detail(self, detail: ApplicationDetail) -> None:
        self.values.clear()
        self._show_applicant(detail)
        self._show_request(detail)
        self.items_table.setRowCount(len(detail.items))
        for row, item in enumerate(detail.items):
            for col, text in enumerate((str(item.position), item.name, str(item.quantity))):
                cell = QTableWidgetItem(text)
                if col != 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.items_table.setItem(row, col, cell)
        rows = max(1, min(len(detail.items), 8))
        self.items_table.setFixedHeight(
            self.items_table.horizontalHeader().sizeHint().height() + 4
            + rows * self.items_table.verticalHeader().defaultSectionSize())

    def _show_applicant(self, detail: ApplicationDetail) -> None:
        form, a = self.applicant_form, detail.applicant
        self._clear(form)
        company = a.kind == ApplicantKind.COMPANY
        self._line(form, "name", self.tr("Company") if company else self.tr("Full name"),
                   applicant_name(detail))
        self._line(form, "iin_bin", self.tr("BIN") if company else self.tr("IIN"), a.iin_bin)
        if company:
            self._line(form, "requisites", self.tr("Requisites"), a.requisites)
            self._line(form, "address", self.tr("Address"), a.address)
        else:
            self._line(form, "birth_date", self.tr("Born"), _date(a.birth_date))
            self._line(form, "citizenship", self.tr("Citizenship"),
                       country_name(a.citizenship, interface_language()) if a.citizenship else "")
            document = a.id_document_number
            if a.id_document_issued:
                document = self.tr("%1, issued %2").replace("%1", document).replace(
                    "%2", format_date(a.id_document_issued))
            self._line(form, "id_document", self.tr("Passport or ID card"), document)
            self._line(form, "residence", self.tr("Residence"), a.residence)
        self._line(form, "phones", self.tr("Phones"), a.phones)
        self._line(form, "occupation", self.tr("Occupation"), a.occupation)

    def _show_request(self, detail: ApplicationDetail) -> None:
        form = self.request_form
        self._clear(form)
        channel = (self.tr("on paper") if detail.channel == Channel.PAPER
                   else self.tr("through the portal"))
        self._line(form, "received", self.tr("Received"),
                   f"{format_date(detail.received)}, {channel}")
        self._line(form, "purpose", self.tr("Purpose"), detail.purpose)
        country = country_name(detail.destination_country, interface_language())
        self._line(form, "destination", self.tr("Destination"),
                   f"{country}, {detail.destination_place}")
        self._line(form, "period", self.tr("Export period"),
                   f"{_date(detail.export_from)} – {_date(detail.export_until)}")
        documents = [paper_document_name(code)
                     for code in detail.paper_documents if code in set(PaperDocument)]
        self._line(form, "paper_documents", self.tr("Received on paper"), "\n".join(documents))
        if detail.refusal_ground:
            self._line(form, "refusal_ground", self.tr("Ground of the refusal"),
                       refusal_ground_name(detail.refusal_ground))
        if detail.refusal_reasons:
            self._line(form, "refusal_reasons", self.tr("Reasons for the refusal"),
                       detail.refusal_reasons)
