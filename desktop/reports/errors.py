"""Why a document could not be rendered: the message names the field and the reason."""

from __future__ import annotations

from desktop.domain.errors import DomainError

__all__ = ["ReportDataError"]


class ReportDataError(DomainError):
    """The data given to a renderer cannot make a valid document (nothing is rendered)."""

    code = "report_data"

    def __init__(self, field: str, message: str, *values: object, reason: str) -> None:
        super().__init__(f"{field}: {message}", field, *values, reason=reason)
        self.field = field
        self.problem = message
        """The English reason, for logs."""
