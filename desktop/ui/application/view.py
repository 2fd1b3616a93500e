"""One application on screen: its data, status and steps, documents, examination, history.

The left side holds tabs (the application's data, its documents, the examination form, the
history); on the Documents and Examination tabs the scan viewer stands on the right, so a
member reads a scan next to the form they fill in, and each of the two keeps its own
division of the width. The other tabs get the whole width. Every action goes through a
service; when the session says the application changed (here or in another screen), the
view reads it again, so what is shown is what is stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, DomainError
from desktop.domain.roles import Action
from desktop.domain.stages import PRELIMINARY
from desktop.domain.workflow import Status
from desktop.services.applications import ApplicationDetail, Colleague
from desktop.services.audit_log import AuditEntry
from desktop.services.conclusions import ConclusionSummary
from desktop.ui.application.actions import ActionsBar
from desktop.ui.application.crosscheck import PapersWarning
from desktop.ui.application.history import HistoryList
from desktop.ui.application.scans_pdf import ScansPdfButton
from desktop.ui.application.summary import SummaryPanel, applicant_name
from desktop.ui.conclusions import ConclusionPanel
from desktop.ui.documents import DocumentsPanel, PageIdRole
from desktop.ui.examination import ExaminationForm
from desktop.ui.kit import settings
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.icons import icon
from desktop.ui.kit.labels import (
    deadline_colours,
    deadline_text,
    status_name,
    step_name,
)
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation, Progress, run_with_progress
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.theme import Tone, set_tone
from desktop.ui.kit.widgets import InlineMessage
from desktop.ui.returns.panel import ReturnPanel
from desktop.ui.survey_dialog import SurveyDialog
from desktop.ui.viewer import ScanViewer

__all__ = ["ApplicationView", "Tab"]

log = logging.getLogger(__name__)


class Tab:
    SUMMARY, DOCUMENTS, EXAMINATION, CONCLUSION, RETURN, HISTORY = range(6)


VIEWER_TABS = {Tab.DOCUMENTS: (settings.DOCUMENTS_SPLITTER, (520, 740)),
               Tab.EXAMINATION: (settings.EXAMINATION_SPLITTER, (620, 640))}
"""The tabs shown beside the scan viewer: where their layout is kept, and its first sizes."""


class ApplicationView(QWidget):
    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = actor = session.actor
        self.application_id = application_id
        self.applications = session.services.applications
        self.workflow = session.services.workflow
        self.letters = session.services.conclusions
        self.audit = session.services.audit_log
        self.detail: ApplicationDetail | None = None
        self._names: dict[int, str] = {}
        self._examiners: list[Colleague] = []
        self._history: list[AuditEntry] = []

        self.number_label = QLabel(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.number_label.setFont(big)
        self.applicant_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setStyleSheet("font-weight: bold; padding: 1px 6px;")
        self.deadline_label = QLabel(self)
        self.assigned_label = QLabel(self)
        self.survey_button = QPushButton(self)
        self.survey_button.setIcon(icon("survey"))
        self.survey_button.setVisible(actor.can(Action.REGISTER))
        self.survey_button.clicked.connect(self.open_survey)
        self.scans_pdf_button = ScansPdfButton(self, self)
        self.action_bar = ActionsBar(self)
        self.message = InlineMessage(self)
        self.info = QLabel(self)
        set_tone(self.info, Tone.SUCCESS)
        self.info.hide()
        self.papers_warning = PapersWarning(self)
        self.page_text = session.services.page_text

        self.summary = SummaryPanel(self)
        self.documents = DocumentsPanel(session, application_id, self)
        self.form = ExaminationForm(session, application_id, self)
        self.conclusions = ConclusionPanel(session, application_id, self)
        self.returns = ReturnPanel(session, application_id, self)
        self.history = HistoryList(self)
        self.tabs = QTabWidget(self)
        for tab in (self.summary, self.documents, self.form, self.conclusions, self.returns,
                    self.history):
            self.tabs.addTab(tab, "")
        self.viewer = ScanViewer(session, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._viewer_tab: int | None = None
        """The tab whose division of the width the splitter shows now (None: no viewer)."""

        header = QGridLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.number_label, 0, 0)
        header.addWidget(self.status_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.applicant_label, 1, 0)
        header.addWidget(self.deadline_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.assigned_label, 2, 1, Qt.AlignmentFlag.AlignRight)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.survey_button)
        buttons.addWidget(self.scans_pdf_button)
        buttons.addStretch(1)
        header.addLayout(buttons, 2, 0)
        header.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addLayout(header)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.info)
        layout.addWidget(self.papers_warning)
        layout.addWidget(self.splitter, 1)

        self.action_bar.stepRequested.connect(self.take_step)
        self.action_bar.refuseRequested.connect(self.refuse)
        self.action_bar.assignRequested.connect(self.assign)
        self.documents.pageActivated.connect(self._show_page)
        self.documents.reading.done.connect(self.check_papers)
        self.documents.view.selectionModel().currentChanged.connect(self._document_selected)
        self.viewer.pageChanged.connect(self.form.set_viewer_page)
        self.form.pageRequested.connect(self._show_page)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._keep_layout())
        self.viewer.set_empty_actions(self.documents.first_actions())
        session.changed.connect(self._changed)

        self.viewer.set_application(application_id)
        self._name_parts()
        self.reload()
        examining = self.detail is not None and self.detail.status == Status.UNDER_EXAMINATION \
            and actor.can(Action.RECORD_EXAMINATION)
        self.tabs.setCurrentIndex(Tab.EXAMINATION if examining else Tab.SUMMARY)
        self._tab_shown(self.tabs.currentIndex())

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        """The viewer beside the Documents and Examination tabs, in the width each was
        left with; the Documents tab has its own thumbnails, so the viewer's strip goes."""
        # Only the tab shown asks for width: a wide Return tab must not squeeze the viewer
        # of the Documents tab (a tab widget is otherwise as wide as its widest page).
        for other in range(self.tabs.count()):
            policy = QSizePolicy.Policy.Preferred if other == index \
                else QSizePolicy.Policy.Ignored
            self.tabs.widget(other).setSizePolicy(policy, policy)
        self._viewer_tab = index if index in VIEWER_TABS else None
        self.viewer.setVisible(self._viewer_tab is not None)
        self.viewer.strip.setVisible(index != Tab.DOCUMENTS)
        if self._viewer_tab is None:
            return
        setting, sizes = VIEWER_TABS[self._viewer_tab]
        saved = setting.get()
        if saved.isEmpty() or not self.splitter.restoreState(saved):
            self.splitter.setSizes(list(sizes))

    def _keep_layout(self) -> None:
        if self._viewer_tab is not None:
            VIEWER_TABS[self._viewer_tab][0].set(self.splitter.saveState())

    def _name_parts(self) -> None:
        self.number_label.setAccessibleName(self.tr("Application number"))
        self.applicant_label.setAccessibleName(self.tr("Applicant"))
        self.status_label.setAccessibleName(self.tr("Status"))
        self.deadline_label.setAccessibleName(self.tr("Deadline"))
        self.assigned_label.setAccessibleName(self.tr("Assigned member"))
        self.survey_button.setText(self.tr("&Quality survey…"))
        titles = (self.tr("&Application"), self.tr("&Documents"), self.tr("E&xamination"),
                  self.tr("&Conclusion"), self.tr("&Return"), self.tr("&History"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def changeEvent(self, event: QEvent) -> None:
        """A new interface language: the tabs and what was read are shown in it again.

        Nothing is read from the database and the examination form is left alone, so what
        was typed in it stays; the fixed labels inside the tabs follow when the application
        is opened again.
        """
        if event.type() == QEvent.Type.LanguageChange:
            self._name_parts()
            if self.detail is not None:
                self._show_detail(self.detail)
        super().changeEvent(event)

    @Slot()
    def open_survey(self) -> SurveyDialog:
        """The applicant's answers to the quality survey (annex 6), recorded by the clerk."""
        dialog = SurveyDialog(self.session, self.application_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @property
    def number(self) -> str:
        return self.detail.number if self.detail else str(self.application_id)

    # -- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the application again and show it (after every action)."""
        try:
            detail = self.applications.detail(self.actor, self.application_id)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        first = self.detail is None
        self.detail = detail
        self._examiners = self.applications.examiners(self.actor)
        self._names = {c.id: c.full_name for c in self._examiners}
        self._history = self.audit.history(self.actor, self.application_id)
        self.conclusions.reload(detail.status)
        if detail.status in (Status.ISSUED_AGREED, Status.CLOSED):
            self.returns.reload(detail.status)
        self._show_detail(detail)
        self.check_papers()
        if not first:
            self.form.reload()  # the status, the pages or others' opinions may be new

    @Slot()
    def check_papers(self) -> None:
        """The warning, if the text read from the scans differs from the registration."""
        self.papers_warning.show_discrepancies(
            self.page_text.discrepancies(self.actor, self.application_id))

    def _show_detail(self, detail: ApplicationDetail) -> None:
        """Show what :meth:`reload` read (a language change calls it too: no database)."""
        self.number_label.setText(detail.number)
        self.applicant_label.setText(f"{applicant_name(detail)} · {detail.applicant.iin_bin}")
        self.status_label.setText(status_name(detail.status))
        self._show_deadline(detail)
        self.assigned_label.setText(self.tr("Assigned: %1").replace(
            "%1", detail.assigned_member or self.tr("nobody")))
        can_assign = self.actor.can(Action.AGREE_RESULT)
        self.action_bar.set_steps(detail.allowed_steps)
        self.action_bar.set_assignment(can_assign, self._examiners, detail.assigned_member_id)
        self.summary.show_detail(detail)
        self.tabs.setTabVisible(Tab.RETURN, detail.status in (Status.ISSUED_AGREED,
                                                              Status.CLOSED))
        self.documents.set_return_photos(detail.status == Status.ISSUED_AGREED)
        self.history.set_entries(self._history, self._names)

    @Slot(str, object)
    def _changed(self, kind: str, ids: tuple[int, ...]) -> None:
        """Read again what a write changed in this application (here or elsewhere)."""
        if kind == Change.CALENDAR:
            self.reload()  # its deadline may have moved
            return
        if self.application_id not in ids or kind in (Change.DRAFT, Change.ACCOUNT):
            return
        if kind == Change.EXAMINATION:
            self._reload_history()  # the form shows what it saved
            return
        if kind == Change.DOCUMENTS:
            self.viewer.set_application(self.application_id)
            self.form.reload()
        self.reload()

    def _show_deadline(self, detail: ApplicationDetail) -> None:
        text = deadline_text(detail.deadline)
        if detail.deadline is not None and detail.deadline.stage == PRELIMINARY:
            text = self.tr("%1; the result's deadline counts from its end").replace("%1", text)
        self.deadline_label.setText(self.tr("Deadline: %1").replace("%1", text))
        colours = deadline_colours(detail.deadline)
        if colours:
            background, foreground = colours
            self.deadline_label.setStyleSheet(
                f"background: {background}; color: {foreground}; padding: 1px 6px;"
                " border-radius: 3px;")
        else:
            self.deadline_label.setStyleSheet("padding: 1px 6px;")

    def _reload_history(self) -> None:
        self._history = self.audit.history(self.actor, self.application_id)
        self.history.set_entries(self._history, self._names)

    # -- actions -------------------------------------------------------------------------

    @Slot(str, str)
    def take_step(self, step: str, reason: str = "") -> Operation | None:
        """Take a workflow step off the GUI thread; what the service refuses is shown here.

        None when there is nothing to take it on; the operation otherwise (its ``ok`` says
        whether the step was taken, once it has finished).
        """
        if self.detail is None:
            return None
        self.form.flush_draft()
        workflow, actor, application_id = self.workflow, self.actor, self.application_id
        version = self.detail.version
        done = self.tr("Done: %1").replace("%1", step_name(step).rstrip("…"))
        return self._write(lambda _p: workflow.advance(actor, application_id, step,
                                                       reason=reason or None,
                                                       expected_version=version),
                           done, f"step {step}")

    @Slot(str, str)
    def refuse(self, ground: str, reasons: str = "") -> Operation | None:
        """Refuse on ``ground`` and draft the refusal letter off the GUI thread (it is
        rendered in each language); the letter then waits in the Conclusion tab for the
        chairperson's signature."""
        if self.detail is None:
            return None
        self.form.flush_draft()
        self.info.hide()
        self.message.clear_message()
        service, actor, application_id = self.letters, self.actor, self.application_id
        version = self.detail.version
        op = self.session.write(
            lambda _progress: service.refuse(actor, application_id, ground, reasons,
                                             expected_version=version),
            Change.APPLICATION, [application_id])
        op.succeeded.connect(while_alive(self, self._refused_with_letter))
        op.failed.connect(while_alive(self, lambda _text, exc: self._refused(exc, "refusal")))
        run_with_progress(op, self, self.tr("Drafting the refusal letter…"))
        return op

    def _refused_with_letter(self, letter: ConclusionSummary) -> None:
        self._show_info(self.tr("Refused; the refusal letter %1 waits for the chairperson's "
                                "signature (Conclusion tab).").replace("%1", letter.number))

    @Slot(int)
    def assign(self, user_id: int) -> Operation | None:
        """Assign the member *user_id* (0: nobody) off the GUI thread."""
        if self.detail is None:
            return None
        applications, actor, application_id = self.applications, self.actor, self.application_id
        version = self.detail.version
        done = self.tr("Assigned: %1").replace("%1", self._names.get(user_id, self.tr("nobody")))
        return self._write(lambda _p: applications.assign(actor, application_id, user_id or None,
                                                          version),
                           done, "the assignment")

    def _write(self, work: Callable[[Progress], object], done: str, what: str) -> Operation:
        self.info.hide()
        self.message.clear_message()
        op = self.session.write(work, Change.APPLICATION, [self.application_id])
        op.succeeded.connect(while_alive(self, lambda _result: self._show_info(done)))
        op.failed.connect(while_alive(self, lambda _text, exc: self._refused(exc, what)))
        op.start()
        return op

    def _show_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.show()
        self.session.announce(f"{self.number}: {text}")

    def _refused(self, exc: BaseException, what: str) -> None:
        log.info("%s on %s refused: %s", what, self.number, exc)
        self.message.show_message(error_text(exc))
        if isinstance(exc, ConflictError):
            self.reload()

    # -- documents and the viewer --------------------------------------------------------

    @Slot(int)
    def _show_page(self, page_id: int) -> None:
        self.viewer.show_page_id(page_id)

    @Slot(QModelIndex, QModelIndex)
    def _document_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.viewer.show_page_id(int(current.data(PageIdRole)))

    def is_idle(self) -> bool:
        """No page, thumbnail or document work is under way (screenshots wait for this)."""
        return self.viewer.is_idle() and not self.documents.model.loading \
            and not self.documents.busy

    def close_view(self) -> None:
        """Keep the draft and the layout; call before the view goes away."""
        self.form.flush_draft()
        self.viewer.save_state()
        self._keep_layout()
