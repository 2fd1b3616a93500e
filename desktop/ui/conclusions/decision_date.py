"""The date of the commission's decision on the selected conclusion, set by the chairperson.

A conclusion is dated on the decision, not on the day it is drafted: by default the day the
chairperson finished the examination. Before anyone signs, the chairperson may set another
date here; the documents are rendered again with it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.conclusions import OPEN_STATUSES, ConclusionKind
from desktop.domain.roles import Action
from desktop.services.conclusions import ConclusionSummary
from desktop.ui.conclusions.bar import ConclusionBar
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.retranslate import translated
from desktop.ui.kit.session import Session
from desktop.ui.kit.widgets import DateField

__all__ = ["DecisionDate"]


class DecisionDate(ConclusionBar):
    """The decision's date and its Set button; ``done`` says the conclusion was dated
    again."""

    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, application_id, parent)
        self.service = session.services.conclusions
        self.label = QLabel(self)
        self.edit = DateField(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.label.setBuddy(self.edit)
        self.set_button = QPushButton(self)
        translated(self, self._retranslate)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.set_button)
        layout.addStretch(1)
        self.set_button.clicked.connect(self.apply)
        self.hide()

    def _retranslate(self) -> None:
        self.label.setText(self.tr("Date of the commission's decision:"))
        self.edit.setAccessibleName(self.tr("Date of the commission's decision"))
        self.set_button.setText(self.tr("Set the date"))

    def update_for(self, current: ConclusionSummary | None) -> None:
        """Shown on a conclusion; the chairperson may change it until the first signature."""
        is_conclusion = current is not None and current.kind == ConclusionKind.CONCLUSION
        self.setVisible(is_conclusion)
        if current is None or not is_conclusion:
            self.selected = None
            return
        self.selected = current
        day = current.issued_on
        self.edit.setMaximumDate(QDate.currentDate())
        self.edit.setDate(QDate(day.year, day.month, day.day))
        editable = self.actor.can(Action.AGREE_RESULT) and current.status in OPEN_STATUSES \
            and all(s.signed_at is None for s in current.signers)
        self.edit.setEnabled(editable)
        self.set_button.setVisible(self.actor.can(Action.AGREE_RESULT))
        self.set_button.setEnabled(editable)

    @Slot()
    def apply(self) -> Operation | None:
        """Date the selected conclusion on the day picked (a write of the session)."""
        if self.selected is None:
            return None
        picked = self.edit.date()
        day = date(picked.year(), picked.month(), picked.day())
        service, actor, conclusion_id = self.service, self.actor, self.selected.id
        op = self.write(
            lambda _progress: service.set_decision_date(actor, conclusion_id, day),
            lambda summary: self.tr("%1 is dated %2.").replace("%1", summary.number)
            .replace("%2", summary.issued_on.strftime("%d.%m.%Y")))
        op.start()
        return op
