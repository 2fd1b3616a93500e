"""Registering an application: the Annex 4 form as one page, checked as the clerk types.

Register stays disabled until :func:`validate_application` finds nothing; what is left is
shown next to its field (a "required" only once the clerk has been in the field, so a new
form is not all red) and summed up beside the button. Enter moves to the next field and
never submits; Ctrl+Enter registers; Escape cancels, asking first when something was typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.drafts import ApplicationData, Problem, ValidationFailed, validate_application
from desktop.domain.errors import DomainError
from desktop.domain.roles import Action, PermissionDenied
from desktop.services.applicants import ApplicantRegistry
from desktop.services.registration import Registered
from desktop.ui.kit.errors import error_text
from desktop.ui.kit.labels import format_date
from desktop.ui.kit.lifetime import while_alive
from desktop.ui.kit.marks import RequiredNote, ask_before_losing
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.screen import fit_to_screen
from desktop.ui.kit.session import Change, Session
from desktop.ui.kit.widgets import InlineMessage
from desktop.ui.registration.applicant_section import ApplicantSection
from desktop.ui.registration.editors import FieldRow
from desktop.ui.registration.items_table import NAME, QUANTITY, ItemsEditor
from desktop.ui.registration.problems import problem_text
from desktop.ui.registration.request_sections import (
    DocumentsChecklist,
    ExportSection,
    RequestSection,
)

__all__ = ["RegistrationDialog"]

FORM_PAGE, RESULT_PAGE = 0, 1


class RegistrationDialog(QDialog):
    """The new-application form; emits :attr:`registered` with the number and the id."""

    registered = Signal(str, int)

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 registry: ApplicantRegistry | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RegistrationDialog")
        self.session = session
        self._service = session.services.registration
        self._actor = actor = session.actor
        self._dirty = False
        self._registering: Operation | None = None
        self.registration: Registered | None = None
        self.discard_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("New application"))

        self.request = RequestSection(self)
        self.applicant = ApplicantSection(registry or session.services.applicant_registry,
                                          self)
        self.items = ItemsEditor(self)
        self.export = ExportSection(self)
        self.documents = DocumentsChecklist(self)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._result_page())

        self.message = InlineMessage(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.register_button = QPushButton(self.tr("Register"), self)
        self.register_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.register_button.setToolTip(self.tr("Register the application (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.another_button = QPushButton(self.tr("Register another"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.register_button, self.cancel_button, self.another_button,
                       self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.register_button.clicked.connect(self.register)
        self.cancel_button.clicked.connect(self.reject)
        self.another_button.clicked.connect(self.start_another)
        self.close_button.clicked.connect(self.accept)
        for section in (self.request, self.applicant, self.items, self.export, self.documents):
            section.changed.connect(self._edited)

        if not actor.can(Action.REGISTER):
            self.message.show_message(self.tr("Your role may not register applications."))
        self._show_page(FORM_PAGE)
        self.revalidate()
        fit_to_screen(self, 1000, 800)
        self.applicant.iin_edit.setFocus()

    # -- layout -------------------------------------------------------------------------------

    def _group(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(content)
        return box

    def _form_page(self) -> QWidget:
        left = QVBoxLayout()
        left.addWidget(self._group(self.tr("Request"), self.request))
        left.addWidget(self._group(self.tr("Applicant"), self.applicant))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._group(self.tr("Cultural valuables to export"), self.items), 1)
        right.addWidget(self._group(self.tr("Export"), self.export))
        right.addWidget(self._group(self.tr("Documents received on paper"), self.documents))
        form = QWidget(self)
        columns = QHBoxLayout(form)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        page = QWidget(self)
        self.required_note = RequiredNote(page)  # the fields' asterisks, explained first
        self.required_note.say(self.tr("required"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.required_note)
        layout.addWidget(scroll, 1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_title = QLabel(page)
        font = self.result_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.result_title.setFont(font)
        self.result_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_received = QLabel(page)
        self.result_preliminary = QLabel(page)
        self.result_preliminary_label = QLabel(self.tr("Preliminary examination due:"), page)
        self.result_due = QLabel(page)
        details = QFormLayout()
        details.addRow(self.tr("Received:"), self.result_received)
        details.addRow(self.result_preliminary_label, self.result_preliminary)
        details.addRow(self.tr("Result due:"), self.result_due)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.result_title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addLayout(details)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        on_form = page == FORM_PAGE
        for button in (self.register_button, self.cancel_button, self.summary):
            button.setVisible(on_form)
        for button in (self.another_button, self.close_button):
            button.setVisible(not on_form)

    # -- reading the form ---------------------------------------------------------------------

    def _rows(self) -> list[FieldRow]:
        return [*self.request.rows.values(), *self.applicant.visible_rows(),
                *self.export.rows.values()]

    def application_data(self) -> ApplicationData:
        """What the form says now (valid or not); an unreadable received date counts as today."""
        rows = self.export.rows
        return ApplicationData(
            applicant=self.applicant.data(),
            items=self.items.model.items(),
            purpose=str(rows["purpose"].value()),
            destination_country=str(rows["destination_country"].value()),
            destination_place=str(rows["destination_place"].value()),
            received=self.request.received_date() or date.today(),
            channel=self.request.channel(),
            export_from=self.export.date("export_from"),
            export_until=self.export.date("export_until"),
            paper_documents=self.documents.checked(),
        )

    def problems(self) -> list[Problem]:
        """Everything that stops registration: unreadable input first, then the rules."""
        found = [Problem(path, "input", text) for path, text in (
            *self.request.input_problems().items(), *self.applicant.input_problems().items(),
            *self.export.input_problems().items())]
        unreadable = {p.field for p in found}
        found += [p for p in validate_application(self.application_data())
                  if p.field not in unreadable]
        if self.request.received.is_empty():
            found.append(Problem("received", "required", "is required"))
        return found

    # -- reacting -----------------------------------------------------------------------------

    @Slot()
    def _edited(self) -> None:
        self._dirty = True
        if self._actor.can(Action.REGISTER):
            self.message.clear_message()
        self.revalidate()

    @Slot()
    def revalidate(self) -> None:
        """Show each problem at its field and enable Register only when there is none."""
        problems = self.problems()
        by_field: dict[str, Problem] = {}
        for found in problems:
            by_field.setdefault(found.field, found)
        for row in self._rows():
            problem: Problem | None = by_field.get(row.spec.path)
            if problem and row.spec.required and row.is_empty():
                # An empty country is "not a country code" to the rules; to the clerk it is
                # simply a required field not filled in yet.
                problem = Problem(problem.field, "required", "is required")
            shown = problem is not None and (row.touched or problem.code != "required")
            row.show_problem(self._text(problem) if shown and problem else "")
        self._show_item_problems(problems)
        self.register_button.setEnabled(not problems)
        if problems:
            order = self._form_order()
            fields = sorted(dict.fromkeys(p.field for p in problems),
                            key=lambda f: order.get(f.split(".")[0] if f.startswith("items")
                                                    else f, len(order)))
            names = list(dict.fromkeys(self._field_title(f) for f in fields))
            self.summary.setText(self.tr("To register, complete: %1").replace(
                "%1", ", ".join(names)))
        else:
            self.summary.setText(self.tr("Ready to register."))

    def _form_order(self) -> dict[str, int]:
        paths = ["received", "applicant.iin_bin", *(r.spec.path for r in
                                                      self.applicant.visible_rows()),
                 "items", *self.export.rows]
        return {path: i for i, path in enumerate(paths)}

    def _text(self, problem: Problem) -> str:
        return problem.message if problem.code == "input" else problem_text(problem)

    def _field_title(self, path: str) -> str:
        for row in self._rows():
            if row.spec.path == path:
                return row.title
        if path == "applicant.iin_bin":
            return self.applicant.iin_edit.accessibleName()
        if path.startswith("items"):
            return self.tr("Items")
        return path

    def _show_item_problems(self, problems: list[Problem]) -> None:
        cells: dict[tuple[int, int], str] = {}
        lines: list[str] = []
        for problem in problems:
            parts = problem.field.split(".")
            if parts[0] != "items":
                continue
            text = problem_text(problem)
            if len(parts) == 3:
                row, column = int(parts[1]) - 1, NAME if parts[2] == "name" else QUANTITY
                if self.items.touched or problem.code != "required":
                    cells[(row, column)] = text
                    column_name = self.tr("name") if column == NAME else self.tr("quantity")
                    lines.append(self.tr("Item %1, %2: %3").replace("%1", parts[1]).replace(
                        "%2", column_name).replace("%3", text))
            else:
                lines.append(text)
        self.items.model.set_problems(cells)
        self.items.message.show_message("\n".join(lines))

    # -- registering --------------------------------------------------------------------------

    @Slot()
    def register(self) -> Operation | None:
        """Hand the form to the service off the GUI thread; the number follows, or why it
        was refused. The form waits, unchanged, meanwhile."""
        if self.pages.currentIndex() != FORM_PAGE or not self.register_button.isEnabled() \
                or self._registering is not None:
            return None
        service, actor, data = self._service, self._actor, self.application_data()
        op = self.session.write(lambda _p: service.register(actor, data), Change.APPLICATION)
        op.succeeded.connect(while_alive(self, self._registered))
        op.failed.connect(while_alive(self, lambda _text, exc: self._not_registered(exc)))
        op.finished.connect(while_alive(self, self._register_ended))
        self._registering = op
        self.register_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        op.start()
        return op

    def _register_ended(self) -> None:
        self._registering = None
        QGuiApplication.restoreOverrideCursor()
        if self.pages.currentIndex() == FORM_PAGE:
            self.revalidate()

    def _registered(self, result: Registered) -> None:
        self._show_result(result)
        self.registered.emit(result.number, result.application_id)

    def _not_registered(self, exc: BaseException) -> None:
        """Why not, beside the fields; nothing typed is lost."""
        if isinstance(exc, PermissionDenied):
            self.message.show_message(self.tr("Your role may not register applications."))
        elif isinstance(exc, ValidationFailed):
            for row in self._rows():
                row.touched = True
            self.items.touched = True
            self.revalidate()
            details = "; ".join(f"{self._field_title(p.field)}: {problem_text(p)}"
                                for p in exc.problems)
            self.message.show_message(self.tr("The application was not registered. %1")
                                      .replace("%1", details))
        elif isinstance(exc, DomainError):
            self.message.show_message(self.tr("The application was not registered. %1")
                                      .replace("%1", error_text(exc)))
        else:  # the database failed (the operation logged it): say so, keep what was typed
            self.message.show_message(self.tr("The application could not be saved. %1")
                                      .replace("%1", error_text(exc)))

    def _show_result(self, result: Registered) -> None:
        self.registration = result
        self._dirty = False
        self.message.clear_message()
        self.result_title.setText(self.tr("Application %1 is registered.").replace(
            "%1", result.number))
        self.result_received.setText(format_date(result.received))
        has_preliminary = result.preliminary_due is not None
        self.result_preliminary.setText(
            format_date(result.preliminary_due) if result.preliminary_due else "")
        self.result_preliminary.setVisible(has_preliminary)
        self.result_preliminary_label.setVisible(has_preliminary)
        self.result_due.setText(format_date(result.result_due))
        self._show_page(RESULT_PAGE)
        self.another_button.setFocus()

    @Slot()
    def start_another(self) -> None:
        """A fresh form for the next application, in the same dialog."""
        for section in (self.request, self.applicant, self.items, self.export, self.documents):
            section.clear()
        self.registration = None
        self._dirty = False
        self._show_page(FORM_PAGE)
        self.revalidate()
        self.applicant.iin_edit.setFocus()

    # -- keys and closing ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next field (a clerk's habit); it never registers by accident."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Cancel; when something was typed, ask before throwing it away."""
        if not self._dirty or self.pages.currentIndex() != FORM_PAGE:
            super().reject()
            return
        box, discard = ask_before_losing(
            self, self.tr("New application"), self.tr("Discard the application being entered?"),
            self.tr("&Discard"), self.tr("Continue editing"))
        box.finished.connect(lambda _r: self._discard_answered(box.clickedButton() is discard))
        self.discard_box = box
        box.open()

    def _discard_answered(self, discard: bool) -> None:
        box, self.discard_box = self.discard_box, None
        if box is not None:
            box.deleteLater()
        if discard:
            self._dirty = False
            super().reject()
