"""The commission's tables (SQLAlchemy ORM); the rules they obey are in ``desktop.domain``.

Importing this package registers every table on :data:`Base.metadata`.
"""

from desktop.models.applicant import Applicant
from desktop.models.application import Application, Item
from desktop.models.attendance import ConclusionAbsence
from desktop.models.audit import AuditEvent, Counter
from desktop.models.base import Base
from desktop.models.calendar import CalendarAmendment
from desktop.models.conclusion import Conclusion, ConclusionDocument, ConclusionSigner
from desktop.models.document import Blob, DocumentPage
from desktop.models.examination import Examination, ExaminationDraft
from desktop.models.page_text import PageText
from desktop.models.requirements import DocumentWaiver
from desktop.models.returns import ItemReturn
from desktop.models.settings import Setting
from desktop.models.survey import SurveyAnswer
from desktop.models.user import CommissionSeat, User

__all__ = [
    "Applicant",
    "Application",
    "AuditEvent",
    "Base",
    "Blob",
    "CalendarAmendment",
    "CommissionSeat",
    "Conclusion",
    "ConclusionAbsence",
    "ConclusionDocument",
    "ConclusionSigner",
    "Counter",
    "DocumentPage",
    "DocumentWaiver",
    "Examination",
    "ExaminationDraft",
    "Item",
    "ItemReturn",
    "PageText",
    "Setting",
    "SurveyAnswer",
    "User",
]
