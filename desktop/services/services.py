"""Every use case over one opened database, each built the first time it is asked for.

The window holds one :class:`Services` for its whole session and hands it to its screens, so
a screen asks for ``services.documents`` instead of building a ``DocumentService`` over a
database handle of its own, and nothing in the interface needs the storage layer. Each
service module is imported on first use: the window's first paint does not wait for the
signing or report code it may never need.

    services = Services.connect(url)       # DatabaseUnavailable if it cannot be opened
    services.migrate()                     # the schema brought up to date
    services.workflow.advance(actor, application_id, "start_examination")
    services.dispose()
"""

from __future__ import annotations

from functools import cached_property
from pathlib import PurePath
from typing import TYPE_CHECKING

from desktop.domain.errors import DomainError
from desktop.storage.database import Database, DatabaseUnavailable

if TYPE_CHECKING:
    from desktop.services.admin_desk import AdminDeskService
    from desktop.services.applicants import ApplicantService, LocalApplicantRegistry
    from desktop.services.applications import ApplicationService
    from desktop.services.attendance import AttendanceService
    from desktop.services.audit_log import AuditLogService
    from desktop.services.backups import BackupService
    from desktop.services.calendar import CalendarService
    from desktop.services.certificates import CertificateService
    from desktop.services.conclusions import ConclusionService
    from desktop.services.dashboard import DashboardService
    from desktop.services.demo import DemoDataGenerator
    from desktop.services.documents import DocumentService
    from desktop.services.examination import ExaminationService
    from desktop.services.exports import ExportService
    from desktop.services.journal import JournalService
    from desktop.services.page_text import PageTextService
    from desktop.services.registration import RegistrationService
    from desktop.services.registry import RegistryService
    from desktop.services.requirements import RequirementsService
    from desktop.services.returns import ReturnService
    from desktop.services.seats import SeatService
    from desktop.services.survey import SurveyService
    from desktop.services.trust import TrustStore
    from desktop.services.users import UserService
    from desktop.services.vocabulary import VocabularyService
    from desktop.services.wording import WordingService
    from desktop.services.workflow import WorkflowService

__all__ = ["Services"]


class Services:
    """The use cases of one database; stateless apart from the database, so one of each is
    shared by every screen and every worker thread."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def connect(cls, url: str | None = None) -> Services:
        """The database at *url* (None: the default one), not yet brought up to date.

        A bad URL, a missing driver or an unwritable folder is :class:`DatabaseUnavailable`.
        """
        try:
            return cls(Database(url))
        except DomainError:
            raise
        except Exception as exc:
            raise _cannot_open(exc) from exc

    def migrate(self) -> None:
        """Bring the schema to the newest revision (nothing when it is there already); an
        unreachable server or a file that is no database is :class:`DatabaseUnavailable`."""
        try:
            self.db.migrate()
        except DomainError:
            raise
        except Exception as exc:
            raise _cannot_open(exc) from exc

    def dispose(self) -> None:
        """Close the database's connections (at the end of the program)."""
        self.db.dispose()

    # -- what the status bar and the messages name ---------------------------------------

    @property
    def display_url(self) -> str:
        """The database's URL without its password."""
        return self.db.display_url

    @property
    def display_name(self) -> str:
        """A local file by its name, a server by its URL without the password."""
        if self.db.is_sqlite:
            return PurePath(self.db.url.database or "").name
        return self.db.display_url

    # -- the use cases -------------------------------------------------------------------

    @cached_property
    def admin_desk(self) -> AdminDeskService:
        """What the administrator's start page shows."""
        from desktop.services.admin_desk import AdminDeskService

        return AdminDeskService(self.db)

    @cached_property
    def applicants(self) -> ApplicantService:
        from desktop.services.applicants import ApplicantService

        return ApplicantService(self.db)

    @cached_property
    def applicant_registry(self) -> LocalApplicantRegistry:
        """The applicants known from earlier requests, for the registration form."""
        from desktop.services.applicants import LocalApplicantRegistry

        return LocalApplicantRegistry(self.db)

    @cached_property
    def applications(self) -> ApplicationService:
        from desktop.services.applications import ApplicationService

        return ApplicationService(self.db)

    @cached_property
    def attendance(self) -> AttendanceService:
        """Who takes part in a conclusion (a member recorded absent), and its quorum."""
        from desktop.services.attendance import AttendanceService

        return AttendanceService(self.db)

    @cached_property
    def audit_log(self) -> AuditLogService:
        from desktop.services.audit_log import AuditLogService

        return AuditLogService(self.db)

    @cached_property
    def backups(self) -> BackupService:
        """Verified backups, the last one remembered, and the restore."""
        from desktop.services.backups import BackupService

        return BackupService(self.db)

    @cached_property
    def calendar(self) -> CalendarService:
        """The working-day calendar in force and the administrator's amendments."""
        from desktop.services.calendar import CalendarService

        return CalendarService(self.db)

    @cached_property
    def certificates(self) -> CertificateService:
        from desktop.services.certificates import CertificateService

        return CertificateService(self.db)

    @cached_property
    def conclusions(self) -> ConclusionService:
        from desktop.services.conclusions import ConclusionService

        return ConclusionService(self.db)

    @cached_property
    def dashboard(self) -> DashboardService:
        from desktop.services.dashboard import DashboardService

        return DashboardService(self.db)

    @cached_property
    def demo(self) -> DemoDataGenerator:
        """Demo data and demo signing keys (for the screenshots, never for real work)."""
        from desktop.services.demo import DemoDataGenerator

        return DemoDataGenerator(self.db)

    @cached_property
    def documents(self) -> DocumentService:
        from desktop.services.documents import DocumentService

        return DocumentService(self.db)

    @cached_property
    def examination(self) -> ExaminationService:
        from desktop.services.examination import ExaminationService

        return ExaminationService(self.db)

    @cached_property
    def exports(self) -> ExportService:
        from desktop.services.exports import ExportService

        return ExportService(self.db)

    @cached_property
    def journal(self) -> JournalService:
        """Every document the commission numbered, a page at a time."""
        from desktop.services.journal import JournalService

        return JournalService(self.db)

    @cached_property
    def page_text(self) -> PageTextService:
        """The text read from scanned pages (OCR), read in worker processes."""
        from desktop.services.page_text import PageTextService

        return PageTextService(self.db)

    @cached_property
    def registration(self) -> RegistrationService:
        from desktop.services.registration import RegistrationService

        return RegistrationService(self.db)

    @cached_property
    def registry(self) -> RegistryService:
        from desktop.services.registry import RegistryService

        return RegistryService(self.db)

    @cached_property
    def requirements(self) -> RequirementsService:
        """The documents required before a conclusion, and the chairperson's override."""
        from desktop.services.requirements import RequirementsService

        return RequirementsService(self.db)

    @cached_property
    def returns(self) -> ReturnService:
        from desktop.services.returns import ReturnService

        return ReturnService(self.db)

    @cached_property
    def seats(self) -> SeatService:
        """The composition of the commission: who holds which seat, and when."""
        from desktop.services.seats import SeatService

        return SeatService(self.db)

    @cached_property
    def survey(self) -> SurveyService:
        from desktop.services.survey import SurveyService

        return SurveyService(self.db)

    @cached_property
    def trust(self) -> TrustStore:
        from desktop.services.trust import TrustStore

        return TrustStore(self.db)

    @cached_property
    def users(self) -> UserService:
        from desktop.services.users import UserService

        return UserService(self.db)

    @cached_property
    def vocabulary(self) -> VocabularyService:
        from desktop.services.vocabulary import VocabularyService

        return VocabularyService(self.db)

    @cached_property
    def wording(self) -> WordingService:
        from desktop.services.wording import WordingService

        return WordingService(self.db)

    @cached_property
    def workflow(self) -> WorkflowService:
        from desktop.services.workflow import WorkflowService

        return WorkflowService(self.db)


def _cannot_open(exc: Exception) -> DatabaseUnavailable:
    """The driver's failure as a refusal that quotes its first line (it names the cause: a
    refused connection, a file that is not a database)."""
    cause = getattr(exc, "orig", None) or exc  # the driver's words, not SQLAlchemy's frame
    first = (str(cause).strip().splitlines() or [type(exc).__name__])[0]
    return DatabaseUnavailable(f"the database cannot be used: {first}", first,
                               reason="cannot_open")
