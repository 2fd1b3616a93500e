"""Staff roles and the permission matrix, written once as data.

The service layer enforces it; the UI reads the same table to hide what a role cannot do.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.errors import DomainError

__all__ = ["PERMISSIONS", "Action", "PermissionDenied", "Role", "allowed", "require"]


class Role(StrEnum):
    CLERK = "clerk"
    MEMBER = "member"
    CHAIR = "chair"
    ADMIN = "admin"
    OFFICIAL = "official"
    """The official of the local executive body who signs the certificates (the region
    profile says which seat signs them: this one, or the commission's chair)."""


class Action(StrEnum):
    VIEW = "view"
    REGISTER = "register"
    IMPORT_DOCUMENTS = "import_documents"
    EDIT_APPLICANT = "edit_applicant"
    RECORD_EXAMINATION = "record_examination"
    AGREE_RESULT = "agree_result"
    RENDER = "render"
    SIGN = "sign"
    REFUSE = "refuse"
    REGISTER_RETURN = "register_return"
    """Record that exported items came back, and import their new photos."""
    DRAFT_CERTIFICATE = "draft_certificate"
    """Draft the certificate of an agreed export, or cancel a draft that is wrong."""
    MANAGE_USERS = "manage_users"
    MANAGE_VOCABULARY = "manage_vocabulary"
    """Add terms to the examination's controlled vocabulary."""
    MANAGE_CALENDAR = "manage_calendar"
    """Amend the working-day calendar (a decree the release does not know yet)."""
    READ_AUDIT = "read_audit"
    MANAGE_TRUST = "manage_trust"
    """Add and remove the trusted root certificates, import revocation lists."""
    MANAGE_BACKUPS = "manage_backups"
    """Back the database up, restore it, and see when it was last backed up."""
    READ_JOURNAL = "read_journal"
    """Read the journal of every document the commission numbered, and open each one."""


_C, _M, _CH, _A, _O = Role.CLERK, Role.MEMBER, Role.CHAIR, Role.ADMIN, Role.OFFICIAL

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VIEW: frozenset({_C, _M, _CH, _A, _O}),
    Action.REGISTER: frozenset({_C}),
    Action.IMPORT_DOCUMENTS: frozenset({_C}),
    Action.EDIT_APPLICANT: frozenset({_C}),
    Action.RECORD_EXAMINATION: frozenset({_M, _CH}),
    Action.AGREE_RESULT: frozenset({_CH}),
    Action.RENDER: frozenset({_C, _M, _CH}),
    Action.SIGN: frozenset({_M, _CH, _O}),  # each only what names them: the official, certificates
    Action.REFUSE: frozenset({_CH}),
    Action.REGISTER_RETURN: frozenset({_C, _M, _CH}),
    Action.DRAFT_CERTIFICATE: frozenset({_C, _O}),
    Action.MANAGE_USERS: frozenset({_A}),
    Action.MANAGE_VOCABULARY: frozenset({_A}),
    Action.MANAGE_CALENDAR: frozenset({_A}),
    Action.READ_AUDIT: frozenset({_CH, _A}),
    Action.MANAGE_TRUST: frozenset({_A}),
    Action.MANAGE_BACKUPS: frozenset({_A}),
    Action.READ_JOURNAL: frozenset({_M, _CH, _A}),
}


class PermissionDenied(DomainError):
    code = "permission_denied"
    terms = ("role",)

    def __init__(self, role: Role, action: Action) -> None:
        super().__init__(f"the role '{role}' may not perform '{action}'", role, action)
        self.role = role
        self.action = action


def allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS[action]


def require(role: Role, action: Action) -> None:
    """Raise :class:`PermissionDenied` unless *role* may perform *action*."""
    if not allowed(role, action):
        raise PermissionDenied(role, action)
