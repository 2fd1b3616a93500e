"""The certificate's own buttons in the Conclusion tab: draft it, cancel its draft.

Issuing an agreed conclusion drafts the certificate by itself; these are for when that
could not happen (nobody was seated to sign it then) and for a draft that is wrong. The
official signs it with the tab's Sign button, like any document that names them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QPushButton, QWidget

from desktop.domain.conclusions import OPEN_STATUSES, ConclusionKind, ConclusionStatus
from desktop.domain.roles import Action
from desktop.domain.workflow import Status
from desktop.services.conclusions import ConclusionSummary
from desktop.ui.conclusions.bar import ConclusionBar
from desktop.ui.kit.icons import icon
from desktop.ui.kit.operations import Operation, run_with_progress
from desktop.ui.kit.retranslate import translated
from desktop.ui.kit.session import Session

__all__ = ["CertificateActions"]


class CertificateActions(ConclusionBar):
    """Draft the certificate, or cancel its draft: ``done`` says which was done."""

    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, application_id, parent)
        self.service = session.services.certificates
        self.draft_button = QPushButton(self)
        self.draft_button.setIcon(icon("draft"))
        self.cancel_button = QPushButton(self)
        translated(self, lambda: (
            self.draft_button.setText(self.tr("Draft the certificate")),
            self.cancel_button.setText(self.tr("Cancel the certificate draft…"))))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.draft_button)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.setVisible(self.actor.can(Action.DRAFT_CERTIFICATE))
        self.draft_button.clicked.connect(self.draft)
        self.cancel_button.clicked.connect(self._ask_reason)

    def update_for(self, status: Status | None, summaries: Sequence[ConclusionSummary],
                   current: ConclusionSummary | None) -> None:
        """Offer a draft to an agreed export without a certificate, and the cancel of the
        selected certificate while nobody has signed it."""
        live = any(s.kind == ConclusionKind.CERTIFICATE and s.status != ConclusionStatus.CANCELLED
                   for s in summaries)
        self.draft_button.setEnabled(status == Status.ISSUED_AGREED and not live)
        self.selected = current if current is not None \
            and current.kind == ConclusionKind.CERTIFICATE \
            and current.status in OPEN_STATUSES else None
        self.cancel_button.setEnabled(self.selected is not None)

    @Slot()
    def draft(self) -> Operation:
        """Number and render the certificate off the GUI thread (its photos take a moment)."""
        service, actor, application_id = self.service, self.actor, self.application_id
        op = self.write(lambda _progress: service.draft(actor, application_id),
                        lambda summary: self.tr("Certificate %1 drafted; the official signs "
                                                "it here.").replace("%1", summary.number))
        run_with_progress(op, self, self.tr("Drafting the certificate…"))
        return op

    @Slot()
    def _ask_reason(self) -> None:
        if self.selected is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel the certificate draft"),
            self.tr("Why is %1 cancelled? Its number stays in the journal.")
            .replace("%1", self.selected.number), QLineEdit.EchoMode.Normal)
        if ok:
            self.cancel_with(reason)

    def cancel_with(self, reason: str) -> Operation | None:
        """Cancel the selected certificate draft, saying why."""
        if self.selected is None:
            return None
        service, actor, certificate_id = self.service, self.actor, self.selected.id
        op = self.write(lambda _progress: service.cancel(actor, certificate_id, reason),
                        lambda summary: self.tr("Certificate %1 cancelled.")
                        .replace("%1", summary.number))
        op.start()
        return op
