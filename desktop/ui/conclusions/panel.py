"""One application's conclusions, refusal letters, return acts and certificate: list,
preview, draft, date, sign, verify."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.conclusions import OPEN_STATUSES
from desktop.domain.errors import DomainError
from desktop.domain.examination_rules import LanguagesIncomplete
from desktop.domain.roles import Action
from desktop.domain.workflow import Status
from desktop.services.conclusions import ConclusionSummary
from desktop.ui.conclusions.attendance import AttendanceRow
from desktop.ui.conclusions.banner import DocumentBanner
from desktop.ui.conclusions.certificate_actions import CertificateActions
from desktop.ui.conclusions.decision_date import DecisionDate
from desktop.ui.conclusions.requirements import RequirementsBox
from desktop.ui.conclusions.sign_dialog import SignDialog
from desktop.ui.conclusions.wording_dialog import WordingDialog
from desktop.ui.kit import settings
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.icons import icon
from desktop.ui.kit.labels import document_kind_name, document_status_name
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.operations import Operation, run_with_progress
from desktop.ui.kit.pdf_preview import PdfPreview
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.theme import Tone, set_tone
from desktop.ui.kit.vocabulary import annex_lack_name
from desktop.ui.kit.widgets import InlineMessage

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

    from desktop.signing import SigningKey

__all__ = ["ConclusionPanel"]

log = logging.getLogger(__name__)


class ConclusionPanel(QWidget):
    """The documents of the commission's decision on one application.

    Drafting and signing are writes of the session (:attr:`Change.CONCLUSION`): the
    application's view reads it all again when they succeed, this panel included.
    """

    def __init__(self, session: Session, application_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.actor
        self.application_id = application_id
        self.service = session.services.conclusions
        self.examination = session.services.examination
        self.wording = session.services.wording
        self.status: Status | None = None
        self.summaries: list[ConclusionSummary] = []
        self._sign_dialog: SignDialog | None = None

        self.list = QListWidget(self)
        self.list.setMaximumHeight(96)
        self.language = QComboBox(self)
        self.wording_button = QPushButton(self)
        self.draft_button = QPushButton(self)
        self.sign_button = QPushButton(self)
        self.sign_reason = QLabel(self)  # why the Sign button is not for this user now
        self.sign_reason.setWordWrap(True)
        set_tone(self.sign_reason, Tone.HINT)
        self.sign_reason.hide()
        self.verify_button = QPushButton(self)
        self.save_button = QPushButton(self)
        for button, name in ((self.draft_button, "draft"), (self.sign_button, "sign"),
                             (self.verify_button, "verify"), (self.save_button, "save")):
            button.setIcon(icon(name))
        self.certificate = CertificateActions(session, application_id, self)
        self.decision = DecisionDate(session, application_id, self)
        self.signers = QLabel(self)
        self.signers.setWordWrap(True)
        self.attendance = AttendanceRow(session, application_id, self)
        self.requirements = RequirementsBox(session, application_id, self)
        self.message = InlineMessage(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.banner = DocumentBanner(self)
        self._validity: dict[tuple[int, int], bool | None] = {}
        self._verifying: Operation | None = None
        self.preview = PdfPreview(self)

        # Two rows: the steps, then what is done with the document shown; in one row the
        # Russian words took most of the tab's width from the preview.
        buttons = QVBoxLayout()
        steps_row, document_row = QHBoxLayout(), QHBoxLayout()
        for widget in (self.wording_button, self.draft_button, self.sign_button):
            steps_row.addWidget(widget)
        steps_row.addStretch(1)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        for widget in (self.verify_button, self.save_button, self.language_label,
                       self.language):
            document_row.addWidget(widget)
        document_row.addStretch(1)
        buttons.addLayout(steps_row)
        buttons.addLayout(document_row)
        # The steps and their state on the left, the document on the right at the tab's
        # whole height: it is read, so it gets the room.
        steps = QWidget(self)
        layout = QVBoxLayout(steps)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.sign_reason)
        layout.addWidget(self.certificate)
        layout.addWidget(self.decision)
        layout.addWidget(self.signers)
        layout.addWidget(self.attendance)
        layout.addWidget(self.requirements)
        layout.addWidget(self.message)
        layout.addWidget(self.info)
        layout.addWidget(self.banner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(steps)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(self.splitter)

        self.list.currentRowChanged.connect(self._selected)
        self.language.currentIndexChanged.connect(lambda _i: self._show_document())
        self.wording_button.clicked.connect(self.edit_wording)
        self.draft_button.clicked.connect(self.draft)
        self.sign_button.clicked.connect(self._ask_key)
        self.verify_button.clicked.connect(self.verify)
        self.save_button.clicked.connect(self._save)
        for part in (self.certificate, self.decision):
            part.done.connect(self._done)
            part.refused.connect(self.message.show_message)
        self._retranslate()

    def _retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Conclusions, refusal letters, return acts and "
                                            "the certificate"))
        self.language.setAccessibleName(self.tr("Document language"))
        self.wording_button.setText(self.tr("Texts of the documents…"))
        self.wording_button.setToolTip(self.tr("The purpose and the applicant's occupation "
                                               "in Kazakh and in Russian, as the documents "
                                               "print them"))
        self.draft_button.setText(self.tr("Draft the conclusion"))
        self.sign_button.setText(self.tr("Sign…"))
        self.verify_button.setText(self.tr("Verify"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.preview.setAccessibleName(self.tr("Preview of the document"))
        self.language_label.setText(self.tr("Language:"))

    # -- reading ----------------------------------------------------------------------------

    def reload(self, status: Status) -> None:
        """Show the application's conclusions again (its *status* decides what is offered)."""
        self.status = status
        self.requirements.reload(status)
        try:
            summaries = self.service.for_application(self.actor, self.application_id)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        self._fill(summaries)

    def _fill(self, summaries: list[ConclusionSummary]) -> None:
        """List *summaries*, keeping the selection, or selecting a document new since."""
        known = {s.id for s in self.summaries}
        new = [s.id for s in summaries if s.id not in known]
        keep = new[-1] if new and known else self.current.id if self.current else None
        self.summaries = summaries
        self.list.blockSignals(True)
        self.list.clear()
        for summary in self.summaries:
            QListWidgetItem(self._line(summary), self.list)
        self.list.blockSignals(False)
        rows = [i for i, s in enumerate(self.summaries) if s.id == keep]
        self.list.setCurrentRow(rows[0] if rows else len(self.summaries) - 1)
        if not self.summaries:
            self._selected(-1)

    def _line(self, summary: ConclusionSummary) -> str:
        signed = sum(1 for s in summary.signers if s.signed_at is not None)
        kind = document_kind_name(summary.kind)
        return (f"{kind} {summary.number} · {document_status_name(summary.status)} · "
                f"{signed}/{len(summary.signers)}")

    @property
    def document(self) -> QPdfDocument | None:
        """The document in the preview (None until one has been shown)."""
        return self.preview.pdf

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the buttons, the list and the document's state are worded again
        from what was read (the preview keeps its document)."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_label"):
            self._retranslate()
            self.list.blockSignals(True)
            for row, summary in enumerate(self.summaries):
                line = self.list.item(row)
                if line is not None:
                    line.setText(self._line(summary))
            self.list.blockSignals(False)
            if self.status is not None:
                self._show_words(self.current)
        super().changeEvent(event)

    @property
    def current(self) -> ConclusionSummary | None:
        row = self.list.currentRow()
        return self.summaries[row] if 0 <= row < len(self.summaries) else None

    @Slot(int)
    def _selected(self, _row: int) -> None:
        current = self.current
        self.language.blockSignals(True)
        self.language.clear()
        for lang in current.languages if current else ():
            self.language.addItem({"kk": "Қазақша", "ru": "Русский"}.get(lang, lang), lang)
        self.language.blockSignals(False)
        self.wording_button.setVisible(self.actor.can(Action.RENDER))
        self.draft_button.setVisible(self.actor.can(Action.RENDER))
        self.draft_button.setEnabled(self.status == Status.EXAMINED)
        for button in (self.verify_button, self.save_button):
            button.setEnabled(current is not None)
        self.certificate.update_for(self.status, self.summaries, current)
        self.decision.update_for(current)
        self.attendance.show_conclusion(current)
        self._show_words(current)
        self._show_document()

    def _show_words(self, current: ConclusionSummary | None) -> None:
        """What the panel says of the document chosen: its signatures, its state, what
        drafting lacks, and why Sign is not for this user now."""
        self._show_turn(current)
        if current is None:
            self.signers.setText(self.tr("No conclusion yet."))
        else:
            names = [f"{s.full_name} ({'✓' if s.signed_at else '—'})" for s in current.signers]
            self.signers.setText(self.tr("Signatures: %1").replace("%1", ", ".join(names)))
        self._show_banner(current)
        self.info.setText("\n".join(hint for hint in (self._wording_hint(), self._annex_hint())
                                    if hint) if self.actor.can(Action.RENDER)
                          and self.status == Status.EXAMINED else "")

    def _show_turn(self, current: ConclusionSummary | None) -> None:
        """Sign… is enabled only when it is this user's turn; otherwise the service's reason
        is shown under it (the members sign first, the chairperson last). A document
        signed by all, or withdrawn, says so in its own line."""
        signs = self.actor.can(Action.SIGN)
        self.sign_button.setVisible(signs)
        refusal: DomainError | None = None
        if signs and current is not None and current.status in OPEN_STATUSES:
            try:
                refusal = self.service.signing_refusal(self.actor, current.id)
            except DomainError as exc:
                refusal = exc
        self.sign_button.setEnabled(signs and current is not None and refusal is None
                                    and current.status in OPEN_STATUSES)
        reason = error_text(refusal) if refusal is not None else ""
        self.sign_reason.setText(reason)
        self.sign_reason.setVisible(bool(reason))
        self.sign_button.setToolTip(reason)

    def _show_banner(self, current: ConclusionSummary | None) -> None:
        """The document's state; a signed one's signatures are checked off the GUI thread
        (a second or so), once per version: a signed document no longer changes."""
        if current is None or current.status in OPEN_STATUSES:
            self.banner.show_document(current, None)
            return
        key = (current.id, current.version)
        if key in self._validity:
            self.banner.show_document(current, self._validity[key])
            return
        self.banner.show_document(current, None, checking=True)
        if self._verifying is not None and self._verifying.running:
            return  # its result shows the document then selected
        service, actor = self.service, self.actor
        op = Operation(lambda _progress: service.verify(actor, current.id), self)
        op.succeeded.connect(while_alive(self, lambda reports: self._verified(key, reports)))
        op.failed.connect(while_alive(self, lambda _text, exc: self._verified(key, exc)))
        self._verifying = op
        op.start()

    def _verified(self, key: tuple[int, int], reports: object) -> None:
        if isinstance(reports, dict):
            self._validity[key] = bool(reports) and all(r.ok for r in reports.values())
        else:
            log.warning("document %s could not be verified: %s", key[0], reports)
            self._validity[key] = None
        self._show_banner(self.current)

    def is_idle(self) -> bool:
        """No signature check is under way (tests and screenshots wait for this)."""
        return self._verifying is None or not self._verifying.running

    def _wording_hint(self) -> str:
        """Before drafting: the application's texts that lack a document language."""
        try:
            gaps = self.wording.gaps(self.actor, self.application_id)
        except DomainError as exc:
            return error_text(exc)
        return error_text(LanguagesIncomplete(gaps)) if gaps else ""  # what drafting would say

    def _annex_hint(self) -> str:
        """Before drafting: which items the identification annex cannot show properly."""
        try:
            gaps = self.examination.annex_readiness(self.actor, self.application_id)
        except DomainError as exc:
            return error_text(exc)
        if not gaps:
            return ""
        lines = [self.tr("Identification annex: item %1 (%2): %3")
                 .replace("%1", str(gap.position)).replace("%2", gap.item_name)
                 .replace("%3", ", ".join(annex_lack_name(code) for code in gap.lacks))
                 for gap in gaps]
        return "\n".join(lines)

    def _show_document(self) -> None:
        current = self.current
        lang = self.language.currentData()
        self.preview.clear()
        if current is None or lang is None:
            return
        try:
            pdf = self.service.document(self.actor, current.id, lang)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        self.preview.show_pdf(pdf)

    # -- actions ----------------------------------------------------------------------------

    @Slot()
    def edit_wording(self) -> WordingDialog:
        """The purpose and the occupation in each document language (a modal dialog)."""
        dialog = WordingDialog(self.session, self.application_id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def draft(self) -> Operation:
        """Number and render the conclusion off the GUI thread (its annex photos make it
        take a moment)."""
        self.message.clear_message()
        service, actor, application_id = self.service, self.actor, self.application_id
        op = self.session.write(lambda _progress: service.draft(actor, application_id),
                                Change.CONCLUSION, [application_id])
        op.succeeded.connect(self._drafted)
        op.failed.connect(self._draft_failed)
        run_with_progress(op, self, self.tr("Drafting the conclusion…"))
        return op

    @Slot(object)
    def _drafted(self, summary: ConclusionSummary) -> None:
        said = self.tr("Conclusion %1 drafted; the members sign first, the chairperson "
                       "last.").replace("%1", summary.number)
        self.info.setText(said)
        self.session.announce(said)

    @Slot(str)
    def _done(self, text: str) -> None:
        """A certificate drafted or cancelled, a conclusion dated: say so (the session's
        change reads the list again)."""
        self.message.clear_message()
        self.info.setText(text)
        self.session.announce(text)

    @Slot(str, object)
    def _draft_failed(self, text: str, _exc: object) -> None:
        self.message.show_message(text)

    @Slot()
    def _ask_key(self) -> None:
        current = self.current
        if current is None:
            return
        dialog = SignDialog(self, self.actor.full_name, current.number)
        self._sign_dialog = dialog
        dialog.accepted.connect(
            lambda: self.sign(dialog.key, dialog.timestamp_url) if dialog.key else None)
        dialog.open()

    def sign(self, key: SigningKey, timestamp_url: str | None = None) -> Operation | None:
        """Sign the selected conclusion with *key*, off the GUI thread."""
        current = self.current
        if current is None:
            return None
        self.message.clear_message()
        conclusion_id = current.id
        service, actor = self.service, self.actor
        op = self.session.write(lambda _progress: service.sign(
            actor, conclusion_id, key, timestamp_url=timestamp_url),
            Change.CONCLUSION, [self.application_id])
        op.succeeded.connect(self._signed)
        op.failed.connect(self._sign_failed)
        run_with_progress(op, self, self.tr("Signing…"))
        return op

    @Slot(object)
    def _signed(self, summary: ConclusionSummary) -> None:
        said = self.tr("Signed. %1 is %2.").replace("%1", summary.number) \
            .replace("%2", document_status_name(summary.status))
        self.info.setText("\n".join([said, *(error_text(n) for n in summary.notices)]))
        self.session.announce(said)

    @Slot(str, object)
    def _sign_failed(self, text: str, _exc: object) -> None:
        self.message.show_message(self.tr("Not signed. %1").replace("%1", text))

    @Slot()
    def verify(self) -> None:
        current = self.current
        if current is None:
            return
        try:
            reports = self.service.verify(self.actor, current.id)
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        lines = []
        for lang, report in reports.items():
            if not report.signatures:
                lines.append(self.tr("%1: no signatures yet").replace("%1", lang))
            for check in report.signatures:
                verdict = self.tr("valid") if check.ok else check.reason or ""
                lines.append(f"{lang} · {check.signer_name} ({check.iin or '—'}): {verdict}")
            for field in report.missing:
                lines.append(self.tr("%1 · not signed yet: %2").replace("%1", lang)
                             .replace("%2", field.expected or field.name))
        self.info.setText("\n".join(lines))

    @Slot()
    def _save(self) -> None:
        current = self.current
        lang = self.language.currentData()
        if current is None or lang is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"),
            str(Path(settings.start_folder()) / f"{current.number}-{lang}.pdf"),
            self.tr("PDF documents (*.pdf)"))
        if target:
            self.save_to(Path(target), lang)

    def save_to(self, path: Path, lang: str) -> None:
        current = self.current
        if current is None:
            return
        try:
            path.write_bytes(self.service.document(self.actor, current.id, lang))
        except DomainError as exc:
            self.message.show_message(self.tr("Not saved. %1").replace("%1", error_text(exc)))
            return
        except OSError as exc:
            self.message.show_message(self.tr("Not saved. %1").replace(
                "%1", self.tr("The file cannot be written (%1).").replace(
                    "%1", exc.strerror or type(exc).__name__)))
            return
        said = self.tr("Saved to %1").replace("%1", str(path))
        self.info.setText(said)
        self.session.announce(said)
