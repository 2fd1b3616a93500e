"""The administrator's boxes on the start page: locked accounts, signing staff without a
seat, signing certificates that end soon, and the last backup (a reminder when it is
older than a week). They are read off the GUI thread: the certificates come from the
signed documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kit.labels import role_name
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.session import Session
from desktop.ui.kit.theme import Tone, set_tone
from desktop.ui.kit.widgets import InlineMessage

if TYPE_CHECKING:
    from desktop.services.admin_desk import AdminOverview
    from desktop.services.backups import LastBackup

__all__ = ["AdminBoxes", "last_backup_text"]

_MOMENT = "%d.%m.%Y %H:%M"
TREE_HEIGHT = 110
"""A box's list shows four lines, more by scrolling."""


def last_backup_text(last: LastBackup | None) -> str:
    """When the last backup was made, where, and by whom (the start page and the dialog)."""
    if last is None:
        return QCoreApplication.translate("BackupDialog", "No backup has been made yet.")
    return QCoreApplication.translate("BackupDialog", "Last backup: %1 by %2, to %3") \
        .replace("%1", last.at.astimezone().strftime(_MOMENT)) \
        .replace("%2", last.by).replace("%3", last.file)


def _tree(parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    tree.setMaximumHeight(TREE_HEIGHT)  # the lists every role sees keep their room below
    return tree


class AdminBoxes(QWidget):
    """Four boxes in two rows, filled by :meth:`refresh`."""

    backupRequested = Signal()
    """The administrator wants the Backups dialog."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = session.services.admin_desk
        self.actor = session.actor
        self.overview: AdminOverview | None = None
        self._operation: Operation | None = None
        self.locked, self.unseated, self.expiring = _tree(self), _tree(self), _tree(self)
        self.backup_label = QLabel(self)
        self.backup_label.setWordWrap(True)
        self.backup_button = QPushButton(self)
        self.backup_button.clicked.connect(self.backupRequested)
        self.message = InlineMessage(self)
        self.boxes = [QGroupBox(self) for _ in range(4)]
        for box, tree in zip(self.boxes, (self.locked, self.unseated, self.expiring),
                             strict=False):
            QVBoxLayout(box).addWidget(tree)
        backup = QVBoxLayout(self.boxes[3])
        backup.addWidget(self.backup_label)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        backup.addLayout(row)
        backup.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.boxes):
            grid.addWidget(box, index // 2, index % 2)
        grid.addWidget(self.message, 2, 0, 1, 2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        titles = (self.tr("Accounts locked after failed sign-ins"),
                  self.tr("Signing staff without a seat today"),
                  self.tr("Signing certificates ending within 30 days"),
                  self.tr("Backup"))
        for box, title in zip(self.boxes, titles, strict=True):
            box.setTitle(title)
        self.locked.setHeaderLabels([self.tr("User"), self.tr("Name"),
                                     self.tr("Locked until")])
        self.unseated.setHeaderLabels([self.tr("User"), self.tr("Name"), self.tr("Role")])
        self.expiring.setHeaderLabels([self.tr("Name"), self.tr("Ends"),
                                       self.tr("Last signed")])
        for box, tree in zip(self.boxes, (self.locked, self.unseated, self.expiring),
                             strict=False):
            tree.setAccessibleName(box.title())
        self.backup_button.setText(self.tr("&Back up…"))
        if self.overview is not None:
            self._show(self.overview)

    @Slot()
    def refresh(self) -> Operation:
        self.message.clear_message()
        service, actor = self.service, self.actor
        op = Operation(lambda _progress: service.overview(actor), self)
        op.succeeded.connect(while_alive(self, self._show))
        op.failed.connect(while_alive(self, lambda text, _exc: self.message.show_message(text)))
        self._operation = op
        op.start()
        return op

    def is_idle(self) -> bool:
        return self._operation is None or not self._operation.running

    @Slot(object)
    def _show(self, overview: AdminOverview) -> None:
        self.overview = overview
        self._fill(self.locked, [[a.username, a.full_name,
                                  a.until.astimezone().strftime(_MOMENT)]
                                 for a in overview.locked], self.tr("No account is locked."))
        self._fill(self.unseated, [[u.username, u.full_name, role_name(u.role)]
                                   for u in overview.unseated],
                   self.tr("Everyone who signs has a seat."))
        self._fill(self.expiring, [[k.full_name, k.expires.astimezone().strftime("%d.%m.%Y"),
                                    k.document] for k in overview.expiring],
                   self.tr("No signing certificate ends within 30 days."))
        text = last_backup_text(overview.last_backup)
        if overview.backup_overdue:
            text = "\n".join([text, self.tr("Make a backup: the last one is more than a week "
                                            "old, or there is none.")])
        self.backup_label.setText(text)
        set_tone(self.backup_label, Tone.WARNING if overview.backup_overdue else Tone.SUCCESS)

    @staticmethod
    def _fill(tree: QTreeWidget, rows: list[list[str]], empty: str) -> None:
        tree.clear()
        for cells in rows:
            tree.addTopLevelItem(QTreeWidgetItem(cells))
        if not rows:
            tree.addTopLevelItem(QTreeWidgetItem([empty]))
