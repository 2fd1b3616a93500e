"""Who is acting: every use case is called on behalf of a signed-in user."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.roles import Action, Role, allowed, require
from desktop.models.user import User


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    """None for the system itself (command-line maintenance, demo data)."""
    username: str
    full_name: str
    role: Role
    iin: str | None = None
    must_change_password: bool = False
    """The administrator reset the password: its holder sets a new one before working."""

    @classmethod
    def of(cls, user: User) -> Actor:
        return cls(user.id, user.username, user.full_name, Role(user.role), user.iin,
                   bool(user.must_change_password))

    @classmethod
    def system(cls) -> Actor:
        """The local administrator working from the command line on the database itself."""
        return cls(None, "system", "System", Role.ADMIN)

    def can(self, action: Action) -> bool:
        return allowed(self.role, action)

    def require(self, action: Action) -> None:
        require(self.role, action)
