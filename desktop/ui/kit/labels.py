"""Translated names of domain values (statuses, roles) and the display of dates and deadlines.

The domain keeps stable codes; this module is the one place that turns them into words.
The source strings are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.domain.applications import PaperDocument
from desktop.domain.calendar import DeadlineState
from desktop.domain.conclusions import ConclusionKind, ConclusionStatus
from desktop.domain.documents import PageKind
from desktop.domain.refusals import RefusalGround
from desktop.domain.roles import Role
from desktop.domain.stages import PRELIMINARY
from desktop.domain.workflow import Status
from desktop.messages.terms import term
from desktop.scanning import ScanMode, ScanSource

__all__ = [
    "DATE_FORMAT",
    "DEADLINE_COLOURS",
    "audit_action_name",
    "deadline_colours",
    "deadline_text",
    "document_kind_name",
    "document_status_name",
    "due_text",
    "format_date",
    "page_kind_name",
    "paper_document_name",
    "refusal_ground_name",
    "role_name",
    "scan_mode_name",
    "scan_source_name",
    "seat_name",
    "status_name",
    "step_name",
]

DATE_FORMAT = "%d.%m.%Y"
"""Dates as Kazakh and Russian official documents write them."""



_PAGE_KIND_CONTEXT = "PageKind"
_PAGE_KIND: dict[PageKind, str] = {
    PageKind.FORM: QT_TRANSLATE_NOOP("PageKind", "Form"),
    PageKind.ID: QT_TRANSLATE_NOOP("PageKind", "ID document"),
    PageKind.PHOTO: QT_TRANSLATE_NOOP("PageKind", "Photo"),
    PageKind.OTHER: QT_TRANSLATE_NOOP("PageKind", "Other"),
    PageKind.RETURN_PHOTO: QT_TRANSLATE_NOOP("PageKind", "Photo on return"),
}

_SCAN_CONTEXT = "Scanning"
_SCAN_MODE: dict[ScanMode, str] = {
    ScanMode.COLOR: QT_TRANSLATE_NOOP("Scanning", "Colour"),
    ScanMode.GRAY: QT_TRANSLATE_NOOP("Scanning", "Gray"),
    ScanMode.LINEART: QT_TRANSLATE_NOOP("Scanning", "Black and white (line art)"),
}
_SCAN_SOURCE: dict[ScanSource, str] = {
    ScanSource.FLATBED: QT_TRANSLATE_NOOP("Scanning", "Flatbed"),
    ScanSource.ADF: QT_TRANSLATE_NOOP("Scanning", "Document feeder (ADF)"),
}

_DOCUMENT_CONTEXT = "ConclusionPanel"
"""The context the application's Conclusion tab has always used for these names."""
_DOCUMENT_KIND: dict[ConclusionKind, str] = {
    ConclusionKind.CONCLUSION: QT_TRANSLATE_NOOP("ConclusionPanel", "Conclusion"),
    ConclusionKind.REFUSAL: QT_TRANSLATE_NOOP("ConclusionPanel", "Refusal letter"),
    ConclusionKind.RETURN_ACT: QT_TRANSLATE_NOOP("ConclusionPanel", "Return act"),
    ConclusionKind.CERTIFICATE: QT_TRANSLATE_NOOP("ConclusionPanel", "Certificate"),
}
_DOCUMENT_STATUS: dict[ConclusionStatus, str] = {
    ConclusionStatus.DRAFT: QT_TRANSLATE_NOOP("ConclusionPanel", "draft"),
    ConclusionStatus.SIGNING: QT_TRANSLATE_NOOP("ConclusionPanel", "being signed"),
    ConclusionStatus.ISSUED: QT_TRANSLATE_NOOP("ConclusionPanel", "issued"),
    ConclusionStatus.CANCELLED: QT_TRANSLATE_NOOP("ConclusionPanel", "cancelled"),
    ConclusionStatus.SUPERSEDED: QT_TRANSLATE_NOOP("ConclusionPanel",
                                                   "superseded by a correction"),
    ConclusionStatus.CLOSED: QT_TRANSLATE_NOOP("ConclusionPanel", "closed: the items are back"),
}


def document_kind_name(kind: ConclusionKind) -> str:
    """A conclusion, a refusal letter, a return act or a certificate."""
    return QCoreApplication.translate(_DOCUMENT_CONTEXT, _DOCUMENT_KIND[ConclusionKind(kind)])


def document_status_name(status: ConclusionStatus) -> str:
    """Where a numbered document stands: draft, being signed, issued …"""
    return QCoreApplication.translate(_DOCUMENT_CONTEXT,
                                      _DOCUMENT_STATUS[ConclusionStatus(status)])


def status_name(status: Status) -> str:
    return term("status", status, QCoreApplication.translate)


def role_name(role: Role) -> str:
    return term("role", role, QCoreApplication.translate)


def seat_name(seat: str) -> str:
    """A seat of the commission (chair, member, official, secretary)."""
    return term("seat", seat, QCoreApplication.translate)




def paper_document_name(code: PaperDocument | str) -> str:
    """A document of the regulation's list (what the clerk ticks), in the interface language."""
    return term("paper_document", PaperDocument(code), QCoreApplication.translate)


def page_kind_name(kind: PageKind) -> str:
    """What a document page is: form, ID document, photo or other."""
    return QCoreApplication.translate(_PAGE_KIND_CONTEXT, _PAGE_KIND[PageKind(kind)])


def scan_mode_name(mode: ScanMode) -> str:
    return QCoreApplication.translate(_SCAN_CONTEXT, _SCAN_MODE[ScanMode(mode)])


def scan_source_name(source: ScanSource) -> str:
    return QCoreApplication.translate(_SCAN_CONTEXT, _SCAN_SOURCE[ScanSource(source)])


def format_date(value: date) -> str:
    return value.strftime(DATE_FORMAT)


class Deadline(QObject):
    """The translation context of the deadline texts.

    ``Deadline.tr(text, "", n)`` is the form ``pyside6-lupdate`` reads as a plural (numerus)
    message; ``QCoreApplication.translate`` with *n* is not recognised as one.
    """


def deadline_text(state: DeadlineState | None) -> str:
    """"12.03.2026 (3 working days left)", "Preliminary: 23.02.2026 (overdue by 2 working
    days)" while Zhambyl's preliminary examination runs; a dash for a decided application."""
    if state is None:
        return "—"
    left = state.working_days_left
    if state.level == "overdue":
        overdue = -left
        text = Deadline.tr("%1 (overdue by %n working day(s))", "", overdue)
    elif left == 0:
        text = Deadline.tr("%1 (due today)")
    else:
        text = Deadline.tr("%1 (%n working day(s) left)", "", left)
    return due_text(state.stage, text.replace("%1", format_date(state.due)))


def due_text(stage: str, due: date | str) -> str:
    """A due date (or a deadline's text) marked with its stage when it is the preliminary
    examination's: "Preliminary: 23.02.2026"."""
    text = format_date(due) if isinstance(due, date) else due
    return Deadline.tr("Preliminary: %1").replace("%1", text) if stage == PRELIMINARY else text


def deadline_colours(state: DeadlineState | None) -> tuple[str, str] | None:
    """(background, text) of a deadline: overdue, due soon, or the preliminary examination
    running; None for a result deadline with time left."""
    if state is None:
        return None
    if state.level == "ok":
        return DEADLINE_COLOURS["preliminary"] if state.stage == PRELIMINARY else None
    return DEADLINE_COLOURS.get(state.level)



DEADLINE_COLOURS: dict[str, tuple[str, str]] = {
    # level: (background, text); the text colour keeps it readable on a dark theme.
    "overdue": ("#f4a3a8", "#3d0a0e"),
    "due_soon": ("#ffd36b", "#3b2a00"),
    "preliminary": ("#b8d4f0", "#0b2740"),
}
"""How a deadline at each level of :class:`DeadlineState` is coloured wherever it is shown;
``preliminary``: the preliminary examination's deadline with time left."""

_GROUND_CONTEXT = "RefusalGround"
_GROUND: dict[RefusalGround, str] = {
    RefusalGround.DATA_VIOLATIONS: QT_TRANSLATE_NOOP(
        "RefusalGround", "Violations found in the applicant's data in the request"),
    RefusalGround.SIGNATURE_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "RefusalGround", "The applicant's electronic signature is not confirmed"),
    RefusalGround.IDENTITY_NOT_FOUND: QT_TRANSLATE_NOOP(
        "RefusalGround", "The applicant is not in the state database of individuals or legal "
        "entities"),
    RefusalGround.DOCUMENTS_INCOMPLETE: QT_TRANSLATE_NOOP(
        "RefusalGround", "The documents required for the service are incomplete"),
    RefusalGround.NOT_FIT_FOR_EXPORT: QT_TRANSLATE_NOOP(
        "RefusalGround", "The items do not meet the requirements for temporary export"),
    RefusalGround.OTHER: QT_TRANSLATE_NOOP("RefusalGround", "Another ground (state it)"),
}


def refusal_ground_name(ground: RefusalGround) -> str:
    """A ground of refusal from the closed list, in the interface language."""
    return QCoreApplication.translate(_GROUND_CONTEXT, _GROUND[ground])



_AUDIT_CONTEXT = "AuditAction"
_AUDIT: dict[str, str] = {
    "application.register": QT_TRANSLATE_NOOP("AuditAction", "Application registered"),
    "application.assign": QT_TRANSLATE_NOOP("AuditAction", "Member assigned"),
    "application.complete_documents": QT_TRANSLATE_NOOP("AuditAction", "Documents complete"),
    "application.start_examination": QT_TRANSLATE_NOOP("AuditAction", "Examination started"),
    "application.finish_examination": QT_TRANSLATE_NOOP("AuditAction", "Examination finished"),
    "application.draft_conclusion": QT_TRANSLATE_NOOP("AuditAction", "Conclusion drafted"),
    "application.start_signing": QT_TRANSLATE_NOOP("AuditAction", "Signing started"),
    "application.issue_agreed": QT_TRANSLATE_NOOP("AuditAction", "Issued: export agreed"),
    "application.issue_not_agreed": QT_TRANSLATE_NOOP("AuditAction",
                                                      "Issued: export not agreed"),
    "application.repeat_examination": QT_TRANSLATE_NOOP("AuditAction",
                                                        "Examination repeated"),
    "application.refuse": QT_TRANSLATE_NOOP("AuditAction", "Refused"),
    "applicant.update": QT_TRANSLATE_NOOP("AuditAction", "Applicant data corrected"),
    "document.import": QT_TRANSLATE_NOOP("AuditAction", "Pages imported"),
    "document.import_rejected": QT_TRANSLATE_NOOP("AuditAction", "File rejected"),
    "document.rotate": QT_TRANSLATE_NOOP("AuditAction", "Page rotated"),
    "document.crop": QT_TRANSLATE_NOOP("AuditAction", "Page cropped"),
    "document.deskew": QT_TRANSLATE_NOOP("AuditAction", "Page straightened"),
    "document.grayscale": QT_TRANSLATE_NOOP("AuditAction", "Page made grayscale"),
    "document.move": QT_TRANSLATE_NOOP("AuditAction", "Page moved"),
    "document.delete": QT_TRANSLATE_NOOP("AuditAction", "Page removed"),
    "document.restore": QT_TRANSLATE_NOOP("AuditAction", "Page restored"),
    "examination.opinion.create": QT_TRANSLATE_NOOP("AuditAction", "Opinion recorded"),
    "examination.opinion.update": QT_TRANSLATE_NOOP("AuditAction", "Opinion changed"),
    "examination.agreed.create": QT_TRANSLATE_NOOP("AuditAction", "Agreed result recorded"),
    "examination.agreed.update": QT_TRANSLATE_NOOP("AuditAction", "Agreed result changed"),
    "conclusion.draft": QT_TRANSLATE_NOOP("AuditAction", "Conclusion drafted"),
    "conclusion.sign": QT_TRANSLATE_NOOP("AuditAction", "Conclusion signed"),
    "conclusion.cancel": QT_TRANSLATE_NOOP("AuditAction", "Conclusion draft cancelled"),
    "refusal.draft": QT_TRANSLATE_NOOP("AuditAction", "Refusal letter drafted"),
    "refusal.sign": QT_TRANSLATE_NOOP("AuditAction", "Refusal letter signed"),
    "login": QT_TRANSLATE_NOOP("AuditAction", "Signed in"),
    "login.failed": QT_TRANSLATE_NOOP("AuditAction", "Sign-in refused"),
    "disclosure.registry": QT_TRANSLATE_NOOP("AuditAction", "Registry listed (command line)"),
    "disclosure.export": QT_TRANSLATE_NOOP("AuditAction", "Exported to a file"),
    "disclosure.document": QT_TRANSLATE_NOOP("AuditAction", "Document written to a file"),
    "disclosure.result": QT_TRANSLATE_NOOP("AuditAction", "Result package written"),
    "logout": QT_TRANSLATE_NOOP("AuditAction", "Signed out"),
    "user.create_first_admin": QT_TRANSLATE_NOOP("AuditAction", "First administrator created"),
    "user.create": QT_TRANSLATE_NOOP("AuditAction", "Account created"),
    "user.change_password": QT_TRANSLATE_NOOP("AuditAction", "Password changed"),
    "user.set_active": QT_TRANSLATE_NOOP("AuditAction", "Account enabled or disabled"),
    "user.seat": QT_TRANSLATE_NOOP("AuditAction", "Signatory seat given"),
    "user.update": QT_TRANSLATE_NOOP("AuditAction", "Account's name or role changed"),
    "user.unlock": QT_TRANSLATE_NOOP("AuditAction", "Account unlocked"),
    "user.reset_password": QT_TRANSLATE_NOOP("AuditAction", "Password reset by the "
                                             "administrator"),
    "seat.add": QT_TRANSLATE_NOOP("AuditAction", "Seat on the commission given"),
    "seat.end": QT_TRANSLATE_NOOP("AuditAction", "Seat on the commission ended"),
    "trust.add": QT_TRANSLATE_NOOP("AuditAction", "Trusted root certificate added"),
    "trust.remove": QT_TRANSLATE_NOOP("AuditAction", "Trusted root certificate removed"),
    "trust.crl_add": QT_TRANSLATE_NOOP("AuditAction", "Revocation list imported"),
    "trust.crl_remove": QT_TRANSLATE_NOOP("AuditAction", "Revocation list removed"),
    "backup.made": QT_TRANSLATE_NOOP("AuditAction", "Backup made"),
    "backup.restored": QT_TRANSLATE_NOOP("AuditAction", "Database restored from a backup"),
    "survey.record": QT_TRANSLATE_NOOP("AuditAction", "Quality survey recorded"),
    "return.returned": QT_TRANSLATE_NOOP("AuditAction", "Item returned"),
    "return.lost": QT_TRANSLATE_NOOP("AuditAction", "Loss of an item recorded"),
    "return.withdraw": QT_TRANSLATE_NOOP("AuditAction", "Return withdrawn"),
    "return.note": QT_TRANSLATE_NOOP("AuditAction", "Note on a return rewritten"),
    "return.check": QT_TRANSLATE_NOOP("AuditAction", "Return check verdict"),
    "examination.return.create": QT_TRANSLATE_NOOP("AuditAction",
                                                   "Return examination recorded"),
    "examination.return.update": QT_TRANSLATE_NOOP("AuditAction",
                                                   "Return examination changed"),
    "return_act.draft": QT_TRANSLATE_NOOP("AuditAction", "Return act drafted"),
    "return_act.sign": QT_TRANSLATE_NOOP("AuditAction", "Return act signed"),
    "return_act.cancel": QT_TRANSLATE_NOOP("AuditAction", "Return act cancelled"),
    "conclusion.date": QT_TRANSLATE_NOOP("AuditAction", "Conclusion dated on the decision"),
    "certificate.draft": QT_TRANSLATE_NOOP("AuditAction", "Certificate drafted"),
    "certificate.not_drafted": QT_TRANSLATE_NOOP("AuditAction", "Certificate not drafted yet"),
    "certificate.sign": QT_TRANSLATE_NOOP("AuditAction", "Certificate signed"),
    "certificate.cancel": QT_TRANSLATE_NOOP("AuditAction", "Certificate draft cancelled"),
    "certificate.close": QT_TRANSLATE_NOOP("AuditAction", "Certificate closed: items returned"),
    "application.close": QT_TRANSLATE_NOOP("AuditAction", "Export closed: items returned"),
    "demo.generate": QT_TRANSLATE_NOOP("AuditAction", "Demo data generated"),
    "calendar.amend": QT_TRANSLATE_NOOP("AuditAction", "Working-day calendar amended"),
    "calendar.unamend": QT_TRANSLATE_NOOP("AuditAction", "Calendar amendment withdrawn"),
    "application.deadline_moved": QT_TRANSLATE_NOOP("AuditAction",
                                                    "Deadline moved by the calendar"),
    "documents.waive": QT_TRANSLATE_NOOP("AuditAction",
                                         "Drafting allowed without required documents"),
    "conclusion.absent": QT_TRANSLATE_NOOP("AuditAction", "Member recorded absent"),
    "conclusion.present": QT_TRANSLATE_NOOP("AuditAction", "Member recorded present"),
}


def step_name(step: str) -> str:
    """The button text of a workflow step (``refuse`` → "Refuse…"); unknown: the code."""
    return term("step", step, QCoreApplication.translate)


def audit_action_name(action: str) -> str:
    """What an audit event's action code means, for an application's history."""
    source = _AUDIT.get(action)
    return QCoreApplication.translate(_AUDIT_CONTEXT, source) if source else action
