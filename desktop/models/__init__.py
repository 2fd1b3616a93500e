"""The commission's data: ORM tables and the domain rules, free of Qt.

Importing this package registers every table on :data:`Base.metadata`.
"""

from desktop.models.applicant import Applicant, ApplicantKind
from desktop.models.application import Application, Channel, Item, PaperDocument
from desktop.models.audit import AuditEvent, Counter
from desktop.models.base import Base
from desktop.models.conclusion import Conclusion, ConclusionDocument, ConclusionSigner
from desktop.models.document import Blob, DocumentPage, PageKind
from desktop.models.errors import ConflictError, DomainError, NotFoundError
from desktop.models.examination import Examination, ExaminationDraft
from desktop.models.returns import ItemReturn
from desktop.models.roles import Action, PermissionDenied, Role
from desktop.models.settings import Setting
from desktop.models.survey import SurveyAnswer
from desktop.models.user import CommissionSeat, SeatKind, User
from desktop.models.workflow import Status, WorkflowError

__all__ = [
    "Action",
    "Applicant",
    "ApplicantKind",
    "Application",
    "AuditEvent",
    "Base",
    "Blob",
    "Channel",
    "CommissionSeat",
    "Conclusion",
    "ConclusionDocument",
    "ConclusionSigner",
    "ConflictError",
    "Counter",
    "DocumentPage",
    "DomainError",
    "Examination",
    "ExaminationDraft",
    "Item",
    "ItemReturn",
    "NotFoundError",
    "PageKind",
    "PaperDocument",
    "PermissionDenied",
    "Role",
    "SeatKind",
    "Setting",
    "Status",
    "SurveyAnswer",
    "User",
    "WorkflowError",
]
