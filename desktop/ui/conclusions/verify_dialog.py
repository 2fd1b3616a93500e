"""Checking any signed PDF: every signature, and an overall verdict."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import signing
from desktop.signing.errors import NotAPdf
from desktop.ui.kit import settings
from desktop.ui.kit.errors import said_text
from desktop.ui.kit.labels import DEADLINE_COLOURS
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.screen import fit_to_screen
from desktop.ui.kit.session import Session
from desktop.ui.kit.widgets import InlineMessage

if TYPE_CHECKING:
    from desktop.signing import SignatureCheck, VerificationReport

__all__ = ["VerifyDialog"]

_GOOD = (QColor("#c9ecd2"), QColor("#0f3d1c"))
_BAD = tuple(QColor(colour) for colour in DEADLINE_COLOURS["overdue"])
"""(background, text): a verdict cell reads on a light and on a dark palette alike."""


class VerifyDialog(QDialog):
    """Open a PDF and check its signatures against the commission's trust store."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a signed document"))
        fit_to_screen(self, 980, 420)
        self.trust = session.services.trust
        self.report: VerificationReport | None = None
        self.operation: Operation | None = None
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.verdict = QLabel(self)
        self.verdict.setStyleSheet("font-weight: bold;")
        self.message = InlineMessage(self)
        self.table = QTableWidget(0, 8, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setAccessibleName(self.tr("Signatures"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Signer"), self.tr("IIN"), self.tr("Signed at"), self.tr("Intact"),
            self.tr("Valid"), self.tr("Trusted"), self.tr("Changes after it"),
            self.tr("Verdict")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.
                                                           ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        open_button = QPushButton(self.tr("Open a PDF…"), self)
        open_button.setDefault(True)  # Enter chooses a document (Escape closes)
        open_button.clicked.connect(self._choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.file_label)
        layout.addWidget(self.verdict)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @Slot()
    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("A signed document"),
                                                settings.start_folder(),
                                                self.tr("PDF documents (*.pdf)"))
        if chosen:
            self.verify_file(Path(chosen))

    def verify_file(self, path: Path) -> Operation:
        """Check *path* off the GUI thread; the table fills when the check is done."""

        def read() -> bytes:
            try:
                return path.read_bytes()
            except OSError as exc:
                raise NotAPdf(f"{path.name}: {exc.strerror}", exc.strerror) from exc

        return self._check(str(path), path.name, read)

    def verify_stored(self, label: str, data: bytes) -> Operation:
        """Check a document the database keeps (the journal's), read already; *label* names
        it above the table."""
        return self._check(label, label, lambda: data)

    def _check(self, shown: str, name: str, read: Callable[[], bytes]) -> Operation:
        self.message.clear_message()
        self.table.setRowCount(0)
        self.verdict.clear()
        self.file_label.setText(shown)
        roots, crls = self.trust.roots(), self.trust.crls()

        def work(_progress: object) -> VerificationReport:
            return signing.verify_pdf(read(), roots, crls=crls)

        op = Operation(work, self)
        op.succeeded.connect(self._show)
        op.failed.connect(lambda text, _exc: self.message.show_message(
            self.tr("%1 cannot be checked: %2").replace("%1", name).replace("%2", text)))
        self.operation = op
        op.start()
        return op

    def _revocation(self, check: SignatureCheck) -> str:
        """Whether the signer's certificate was checked for revocation, and how."""
        when = check.revocation_time.strftime("%d.%m.%Y %H:%M") if check.revocation_time \
            else "—"
        if check.revocation == "ocsp":
            return self.tr("Revocation: checked by an OCSP response of %1.").replace("%1", when)
        if check.revocation == "crl":
            return self.tr("Revocation: checked against a CRL of %1.").replace("%1", when)
        return self.tr("Revocation: not checked. %1").replace(
            "%1", said_text(check.revocation_note or ""))

    @Slot(object)
    def _show(self, report: VerificationReport) -> None:
        self.report = report
        yes, no = self.tr("yes"), self.tr("no")
        for check in report.signatures:
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = check.signing_time.strftime("%d.%m.%Y %H:%M") if check.signing_time else "—"
            cells = [check.signer_name, check.iin or "—", when,
                     yes if check.intact else no, yes if check.valid else no,
                     yes if check.trusted else no,
                     no if not check.disallowed_changes else self.tr("disallowed"),
                     self.tr("valid") if check.ok else said_text(check.reason or "")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == len(cells) - 1:
                    background, text_colour = _GOOD if check.ok else _BAD
                    item.setBackground(QBrush(background))
                    item.setForeground(QBrush(text_colour))
                    item.setToolTip(f"{text}\n{self._revocation(check)}")
                self.table.setItem(row, column, item)
        for field in report.missing:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [field.expected or field.name, "—", "—", "—", "—", "—", "—",
                     self.tr("not signed")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == len(cells) - 1:
                    item.setBackground(QBrush(_BAD[0]))
                    item.setForeground(QBrush(_BAD[1]))
                self.table.setItem(row, column, item)
        if not report.signatures:
            self.verdict.setText(self.tr("Not valid: the document has no signatures."))
        elif report.missing and all(check.ok for check in report.signatures):
            self.verdict.setText(self.tr("Not valid: not everyone has signed; missing: %1.")
                                 .replace("%1", ", ".join(f.expected or f.name
                                                          for f in report.missing)))
        elif report.ok:
            self.verdict.setText(self.tr("Valid: every signature is intact, valid and "
                                         "trusted, and nothing was changed after it."))
        else:
            self.verdict.setText(self.tr("Not valid: see the signatures marked in red."))
