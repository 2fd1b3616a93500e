"""File ▸ Trusted certificates (administrator): the roots signatures are checked against,
the revocation lists imported for checking offline, and how signatures are checked.

Changes are writes of the session (:attr:`Change.TRUST`): the lists are read again when
one has succeeded, and a refusal is shown in words under them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services.trust import TrustedCrl, TrustedRoot
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation, Progress
from desktop.ui.kit.screen import fit_to_screen
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["TrustDialog"]

log = logging.getLogger(__name__)

_DAY = "%d.%m.%Y"


def _grouped(digest: str) -> str:
    """A fingerprint as it is read aloud on the telephone: pairs of hex digits."""
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2)).upper()


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class TrustDialog(QDialog):
    """The trust store, for the administrator."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = session.services.trust
        self.actor = session.actor
        self.roots: list[TrustedRoot] = []
        self.crls: list[TrustedCrl] = []
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Trusted certificates"))
        fit_to_screen(self, 1000, 620)

        self.policy = QLabel(self)
        self.message = InlineMessage(self)
        try:
            profile = self.store.profile()
        except DomainError as exc:  # a damaged installation: said, the rest still works
            self.message.show_message(error_text(exc))
        else:
            self.policy.setText(self.tr(
                "Signatures are checked on this computer, without going online: against the "
                "certificates below, with the revocation data each document carries and the "
                "revocation lists imported here. The certificates of the national certification "
                "centre (%1) come with the program and are trusted from the start; compare their "
                "fingerprints with those the centre publishes. A signature gets a timestamp from "
                "the time-stamp service named in the signing dialog (by default the centre's: "
                "%2); the revocation data of the signer's certificate is then fetched from the "
                "addresses the certificate names (the centre's OCSP responder: %3) and kept in "
                "the document. Without internet the document is signed without them, and the "
                "signer is told.").replace("%1", profile.title).replace("%2", profile.tsa)
                .replace("%3", profile.ocsp))
        self.policy.setWordWrap(True)
        self.policy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.root_table = _table(self, 5)
        self.root_table.setHorizontalHeaderLabels([
            self.tr("Subject"), self.tr("Valid from"), self.tr("Valid until"),
            self.tr("Source"), self.tr("SHA-256 fingerprint")])
        self.root_table.setAccessibleName(self.tr("Trusted root certificates"))
        self.add_root_button = QPushButton(self.tr("&Add a root certificate…"), self)
        self.remove_root_button = QPushButton(self.tr("&Remove the root…"), self)
        self.crl_table = _table(self, 5)
        self.crl_table.setHorizontalHeaderLabels([
            self.tr("Issuer"), self.tr("Issued"), self.tr("Next update"),
            self.tr("Revoked certificates"), self.tr("File")])
        self.crl_table.setAccessibleName(self.tr("Imported revocation lists"))
        self.add_crl_button = QPushButton(self.tr("&Import a revocation list…"), self)
        self.remove_crl_button = QPushButton(self.tr("Remove the &list…"), self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)

        roots = QGroupBox(self.tr("Root certificates"), self)
        roots_layout = QVBoxLayout(roots)
        roots_layout.addWidget(self.root_table)
        row = QHBoxLayout()
        row.addWidget(self.add_root_button)
        row.addWidget(self.remove_root_button)
        row.addStretch(1)
        roots_layout.addLayout(row)
        crls = QGroupBox(self.tr("Certificate revocation lists (CRL)"), self)
        crls_layout = QVBoxLayout(crls)
        crls_layout.addWidget(self.crl_table)
        row = QHBoxLayout()
        row.addWidget(self.add_crl_button)
        row.addWidget(self.remove_crl_button)
        row.addStretch(1)
        crls_layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy)
        layout.addWidget(roots, 3)
        layout.addWidget(crls, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.info)
        layout.addWidget(buttons)

        self.add_root_button.clicked.connect(self._choose_root)
        self.remove_root_button.clicked.connect(self._ask_remove_root)
        self.add_crl_button.clicked.connect(self._choose_crl)
        self.remove_crl_button.clicked.connect(self._ask_remove_crl)
        self.root_table.itemSelectionChanged.connect(self._enable)
        self.crl_table.itemSelectionChanged.connect(self._enable)
        self.reload()

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.roots = self.store.list_roots(self.actor)
            self.crls = self.store.list_crls(self.actor)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        now = datetime.now(UTC)
        self.root_table.setRowCount(0)
        for root in self.roots:
            until = root.valid_until.strftime(_DAY)
            if root.valid_until < now:
                until = self.tr("%1 (expired)").replace("%1", until)
            added = ""
            if root.profile:
                added = self.tr("from the %1 profile").replace("%1", root.profile)
            elif root.added_at is not None:
                added = self.tr("%1 by %2").replace(
                    "%1", root.added_at.astimezone().strftime(_DAY)).replace(
                    "%2", root.added_by or "—")
                if root.source:
                    added = self.tr("%1, from %2").replace("%1", added).replace(
                        "%2", root.source)
            self._add_row(self.root_table, [root.subject, root.valid_from.strftime(_DAY),
                                            until, added, _grouped(root.fingerprint)],
                          root.subject_full)
        self.crl_table.setRowCount(0)
        for crl in self.crls:
            self._add_row(self.crl_table, [
                crl.issuer, crl.issued.strftime(_DAY),
                crl.next_update.strftime(_DAY) if crl.next_update else "—",
                str(crl.revoked), crl.source], crl.issuer)
        self._enable()

    @staticmethod
    def _add_row(table: QTableWidget, cells: list[str], tooltip: str) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tooltip if column == 0 else text)
            table.setItem(row, column, item)

    def _chosen(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    @Slot()
    def _enable(self) -> None:
        self.remove_root_button.setEnabled(self._chosen(self.root_table) is not None)
        self.remove_crl_button.setEnabled(self._chosen(self.crl_table) is not None)

    # -- changes ----------------------------------------------------------------------------

    def _write(self, work: Callable[[Progress], object], done: str) -> Operation:
        self.message.clear_message()
        self.info.clear()
        op = self.session.write(work, Change.TRUST)
        session = self.session  # the write runs to its end even if the dialog is closed
        op.succeeded.connect(lambda _result: session.announce(done))
        op.succeeded.connect(while_alive(self, lambda _result: (self.reload(),
                                                                self.info.setText(done))))
        op.failed.connect(while_alive(self, lambda text, _exc: self.message.show_message(text)))
        self.operation = op
        op.start()
        return op

    def _read(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except OSError as exc:
            self.message.show_message(self.tr("%1 cannot be read (%2).").replace(
                "%1", path.name).replace("%2", exc.strerror or type(exc).__name__))
            return None

    @Slot()
    def _choose_root(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("A root certificate"), "",
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if chosen:
            self.add_root_file(Path(chosen))

    def add_root_file(self, path: Path) -> Operation | None:
        """Trust the CA certificate in *path* (PEM or DER)."""
        data = self._read(path)
        if data is None:
            return None
        return self._write(lambda _p: self.store.add_root(self.actor, data, path.name),
                           self.tr("%1 is trusted now.").replace("%1", path.name))

    @Slot()
    def _ask_remove_root(self) -> None:
        row = self._chosen(self.root_table)
        if row is None:
            return
        root = self.roots[row]
        asked = QMessageBox.question(
            self, self.tr("Remove the root"),
            self.tr("Stop trusting %1? Signatures that chain to it will no longer verify.")
            .replace("%1", root.subject),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if asked == QMessageBox.StandardButton.Yes:
            self.remove_root(root.fingerprint)

    def remove_root(self, digest: str) -> Operation:
        """Stop trusting the root with SHA-256 fingerprint *digest* (asked already)."""
        return self._write(lambda _p: self.store.remove_root(self.actor, digest),
                           self.tr("The root certificate was removed."))

    @Slot()
    def _choose_crl(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("A certificate revocation list"), "",
            self.tr("Revocation lists (*.crl *.pem *.der);;All files (*)"))
        if chosen:
            self.add_crl_file(Path(chosen))

    def add_crl_file(self, path: Path) -> Operation | None:
        """Import the revocation list in *path* (it replaces its issuer's older one)."""
        data = self._read(path)
        if data is None:
            return None
        return self._write(lambda _p: self.store.add_crl(self.actor, data, path.name),
                           self.tr("%1 is imported.").replace("%1", path.name))

    @Slot()
    def _ask_remove_crl(self) -> None:
        row = self._chosen(self.crl_table)
        if row is None:
            return
        crl = self.crls[row]
        asked = QMessageBox.question(
            self, self.tr("Remove the list"),
            self.tr("Remove the revocation list of %1?").replace("%1", crl.issuer),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if asked == QMessageBox.StandardButton.Yes:
            self.remove_crl(crl.fingerprint)

    def remove_crl(self, digest: str) -> Operation:
        return self._write(lambda _p: self.store.remove_crl(self.actor, digest),
                           self.tr("The revocation list was removed."))
