"""The names of the domain's codes that refusals mention (a role, a status, a step, a field
of the examination record), for the window and the command line alike.

Each table keeps the Qt Linguist context the window has always used for these names, so one
translation serves the window's lists, its buttons and the refusals that name them.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.domain.applications import PaperDocument
from desktop.domain.roles import Role
from desktop.domain.seats import SeatKind
from desktop.domain.workflow import Status
from desktop.messages.catalog import QT_TRANSLATE_NOOP

__all__ = ["FIELDS", "PAPER_DOCUMENTS", "ROLES", "SEATS", "STATUSES", "STEPS", "TERMS", "term"]

STATUSES: dict[str, str] = {
    Status.REGISTERED: QT_TRANSLATE_NOOP("Status", "Registered"),
    Status.DOCUMENTS_COMPLETE: QT_TRANSLATE_NOOP("Status", "Documents complete"),
    Status.UNDER_EXAMINATION: QT_TRANSLATE_NOOP("Status", "Under examination"),
    Status.EXAMINED: QT_TRANSLATE_NOOP("Status", "Examined"),
    Status.CONCLUSION_DRAFTED: QT_TRANSLATE_NOOP("Status", "Conclusion drafted"),
    Status.BEING_SIGNED: QT_TRANSLATE_NOOP("Status", "Being signed"),
    Status.ISSUED_AGREED: QT_TRANSLATE_NOOP("Status", "Issued: export agreed"),
    Status.ISSUED_NOT_AGREED: QT_TRANSLATE_NOOP("Status", "Issued: export not agreed"),
    Status.REFUSED: QT_TRANSLATE_NOOP("Status", "Refused"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Status", "Closed: items returned"),
}

ROLES: dict[str, str] = {
    Role.CLERK: QT_TRANSLATE_NOOP("Role", "Clerk"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Role", "Commission member"),
    Role.CHAIR: QT_TRANSLATE_NOOP("Role", "Chairperson"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
    Role.OFFICIAL: QT_TRANSLATE_NOOP("Role", "Official of the executive body"),
}

SEATS: dict[str, str] = {
    SeatKind.CHAIR: QT_TRANSLATE_NOOP("Seat", "Chairperson"),
    SeatKind.MEMBER: QT_TRANSLATE_NOOP("Seat", "Member"),
    SeatKind.OFFICIAL: QT_TRANSLATE_NOOP("Seat", "Official who signs the certificates"),
    SeatKind.SECRETARY: QT_TRANSLATE_NOOP("Seat", "Secretary"),
}

STEPS: dict[str, str] = {
    "complete_documents": QT_TRANSLATE_NOOP("Step", "Documents are complete"),
    "start_examination": QT_TRANSLATE_NOOP("Step", "Start the examination"),
    "finish_examination": QT_TRANSLATE_NOOP("Step", "Finish the examination"),
    "draft_conclusion": QT_TRANSLATE_NOOP("Step", "Draft the conclusion"),
    "start_signing": QT_TRANSLATE_NOOP("Step", "Start signing"),
    "issue_agreed": QT_TRANSLATE_NOOP("Step", "Issue: export agreed"),
    "issue_not_agreed": QT_TRANSLATE_NOOP("Step", "Issue: export not agreed"),
    "repeat_examination": QT_TRANSLATE_NOOP("Step", "Repeat the examination…"),
    "refuse": QT_TRANSLATE_NOOP("Step", "Refuse…"),
}

FIELDS: dict[str, str] = {
    "agreed": QT_TRANSLATE_NOOP("ExaminationField", "agreed result"),
    "originality": QT_TRANSLATE_NOOP("ExaminationField", "Original or copy"),
    "object_type": QT_TRANSLATE_NOOP("ExaminationField", "Type of object"),
    "title": QT_TRANSLATE_NOOP("ExaminationField", "Name"),
    "subject": QT_TRANSLATE_NOOP("ExaminationField", "Subject"),
    "maker_name": QT_TRANSLATE_NOOP("ExaminationField", "Author or maker (name)"),
    "maker": QT_TRANSLATE_NOOP("ExaminationField", "Maker, when no name is known"),
    "dating": QT_TRANSLATE_NOOP("ExaminationField", "Date or period"),
    "year_from": QT_TRANSLATE_NOOP("ExaminationField", "Year from"),
    "year_to": QT_TRANSLATE_NOOP("ExaminationField", "Year to"),
    "place_of_creation": QT_TRANSLATE_NOOP("ExaminationField", "Place of creation"),
    "material": QT_TRANSLATE_NOOP("ExaminationField", "Materials"),
    "technique": QT_TRANSLATE_NOOP("ExaminationField", "Technique"),
    "measurements": QT_TRANSLATE_NOOP("ExaminationField", "Dimensions"),
    "weight_value": QT_TRANSLATE_NOOP("ExaminationField", "Weight"),
    "weight_unit": QT_TRANSLATE_NOOP("ExaminationField", "Weight unit"),
    "inscriptions": QT_TRANSLATE_NOOP("ExaminationField", "Inscriptions and markings"),
    "features": QT_TRANSLATE_NOOP("ExaminationField", "Distinguishing features"),
    "condition": QT_TRANSLATE_NOOP("ExaminationField", "State of preservation"),
    "condition_note": QT_TRANSLATE_NOOP("ExaminationField", "Damage and repairs"),
    "completeness": QT_TRANSLATE_NOOP("ExaminationField", "Completeness"),
    "hazards": QT_TRANSLATE_NOOP("ExaminationField", "Hazards"),
    "description": QT_TRANSLATE_NOOP("ExaminationField", "Short description"),
    "pages": QT_TRANSLATE_NOOP("ExaminationField", "Photos and pages"),
    "cultural_value": QT_TRANSLATE_NOOP("ExaminationField", "Cultural value"),
    "recommendation": QT_TRANSLATE_NOOP("ExaminationField", "Temporary export"),
    "remarks": QT_TRANSLATE_NOOP("ExaminationField", "Remarks"),
    "purpose": QT_TRANSLATE_NOOP("ExaminationField", "Purpose of the export"),
    "occupation": QT_TRANSLATE_NOOP("ExaminationField", "Applicant's occupation"),
}
"""The fields of an examination record, as the form labels them."""

PAPER_DOCUMENTS: dict[str, str] = {
    PaperDocument.APPLICATION_FORM: QT_TRANSLATE_NOOP("PaperDocument", "Application (Annex 4)"),
    PaperDocument.ID_COPY: QT_TRANSLATE_NOOP("PaperDocument", "Copy of the passport or ID card"),
    PaperDocument.COMPANY_REGISTRATION: QT_TRANSLATE_NOOP(
        "PaperDocument", "Company registration certificate"),
    PaperDocument.ITEM_PHOTOS: QT_TRANSLATE_NOOP("PaperDocument", "Photographs of the items"),
    PaperDocument.ITEM_LIST: QT_TRANSLATE_NOOP("PaperDocument", "List of the items"),
    PaperDocument.OWNERSHIP_PROOF: QT_TRANSLATE_NOOP("PaperDocument", "Proof of ownership"),
    PaperDocument.INVITATION: QT_TRANSLATE_NOOP(
        "PaperDocument", "Invitation or agreement from the host"),
}
"""The documents of the regulation's list, as the clerk ticks them."""

TERMS: dict[str, tuple[str, dict[str, str]]] = {
    "paper_document": ("PaperDocument", PAPER_DOCUMENTS),
    "field": ("ExaminationField", FIELDS),
    "role": ("Role", ROLES),
    "seat": ("Seat", SEATS),
    "status": ("Status", STATUSES),
    "step": ("Step", STEPS),
}
"""Table name → (its Qt Linguist context, code → English name)."""


def term(table: str, code: str, translate: Callable[[str, str], str]) -> str:
    """The name of ``code`` in ``table``, translated; the code itself when it has none."""
    context, names = TERMS[table]
    source = names.get(code)
    return translate(context, source) if source else code
