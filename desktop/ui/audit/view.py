"""The audit journal: newest first, filtered by application and user, its chain checked,
its head saved to be kept apart (a witness the check compares with)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.messages.refusals import sentence
from desktop.services.audit_log import AuditEntry
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.history import describe_event
from desktop.ui.kit.labels import audit_action_name
from desktop.ui.kit.session import Session
from desktop.ui.kit.widgets import InlineMessage

__all__ = ["AuditWidget"]

PAGE = 200


class AuditWidget(QWidget):
    """Read the journal a page at a time; "Check the chain" verifies every hash."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents = session.services.documents
        self.actor = session.actor
        self.service = session.services.audit_log
        self.entries: list[AuditEntry] = []
        self.application = QLineEdit(self)
        self.user = QLineEdit(self)
        self.show_button = show = QPushButton(self)
        self.more = QPushButton(self)
        self.check_button = check = QPushButton(self)
        self.head_button = head = QPushButton(self)
        self.chain = QLabel(self)
        self.chain.setWordWrap(True)  # a break's or a saved head's sentence is long
        self.message = InlineMessage(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        filters = QHBoxLayout()
        for widget in (self.application, self.user, show, self.more, check, head):
            filters.addWidget(widget)
        filters.addWidget(self.chain, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        for signal in (show.clicked, self.application.returnPressed, self.user.returnPressed):
            signal.connect(self.reload)
        self.more.clicked.connect(self.load_more)
        check.clicked.connect(self.check_chain)
        head.clicked.connect(self._choose_head_file)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        """The fixed texts in the interface language; the events follow on the next reload."""
        self.application.setPlaceholderText(self.tr("Application number"))
        self.application.setAccessibleName(self.tr("Filter by application"))
        self.user.setPlaceholderText(self.tr("User name"))
        self.user.setAccessibleName(self.tr("Filter by user"))
        self.show_button.setText(self.tr("Show"))
        self.more.setText(self.tr("Older events"))
        self.check_button.setText(self.tr("Check the chain"))
        self.head_button.setText(self.tr("Save the head…"))
        self.head_button.setToolTip(self.tr("Write the newest event's number and hash to a "
                                            "file to keep apart from this computer: the "
                                            "check finds the journal rewritten below it"))
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Time"), self.tr("User"),
                                              self.tr("Event"), self.tr("Details")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _filters(self) -> dict[str, object] | None:
        number = self.application.text().strip()
        application_id = None
        if number:
            try:
                application_id = self.documents.application_id(self.actor, number)
            except DomainError as exc:
                self.message.show_message(error_text(exc))
                return None
        return {"application_id": application_id, "username": self.user.text().strip() or None}

    @Slot()
    def reload(self) -> None:
        self.entries = []
        self.table.setRowCount(0)
        self.load_more()

    @Slot()
    def load_more(self) -> None:
        self.message.clear_message()
        filters = self._filters()
        if filters is None:
            return
        before = self.entries[-1].seq if self.entries else None
        try:
            page = self.service.events(self.actor, before_seq=before, limit=PAGE,
                                       **filters)  # type: ignore[arg-type]
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        for entry in page:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [str(entry.seq), entry.at.astimezone().strftime("%d.%m.%Y %H:%M:%S"),
                     entry.username or "—", audit_action_name(entry.action),
                     describe_event(entry)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.entries += page
        self.more.setEnabled(len(page) == PAGE)

    @Slot()
    def check_chain(self) -> None:
        try:
            report = self.service.verify_chain(self.actor)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        if report.ok:
            self.chain.setText(self.tr("The chain is intact: %n event(s).", "", report.checked))
        else:
            self.chain.setText(self.tr("The chain is broken at event %1: %2")
                               .replace("%1", str(report.broken_at))
                               .replace("%2", sentence(f"audit_chain.{report.kind}",
                                                       report.values,
                                                       QCoreApplication.translate)
                                        or report.reason or ""))

    @Slot()
    def _choose_head_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the journal's head"),
                                                "audit-head.txt",
                                                self.tr("Text files (*.txt)"))
        if chosen:
            self.save_head(Path(chosen))

    def save_head(self, path: Path) -> None:
        """Write the journal's head (``NUMBER:HASH``) to *path* (tests call this directly)."""
        self.message.clear_message()
        try:
            head = self.service.head(self.actor)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        if head is None:
            self.chain.setText(self.tr("The journal has no event yet."))
            return
        try:
            path.write_text(f"{head}\n", encoding="ascii")
        except OSError as exc:
            self.message.show_message(self.tr("%1 cannot be written: %2")
                                      .replace("%1", str(path))
                                      .replace("%2", exc.strerror or type(exc).__name__))
            return
        self.chain.setText(self.tr("Event %1 is saved as the head in %2: keep the file apart "
                                   "from this computer.").replace("%1", str(head.seq))
                           .replace("%2", path.name))
