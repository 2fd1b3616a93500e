"""The whole audit journal, for the chairperson and the administrator."""

from desktop.ui.audit.view import AuditWidget

__all__ = ["AuditWidget"]
