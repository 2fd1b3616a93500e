"""What every screen of the screenshots is built from."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.actor import Actor
from desktop.services.services import Services
from desktop.ui.kit.session import Session

__all__ = ["Context"]


@dataclass(frozen=True)
class Context:
    """What the screens are built from."""

    services: Services
    actor: Actor

    def session(self, actor: Actor | None = None) -> Session:
        """A session of *actor* (the signed-in user when None) for a screen."""
        return Session(self.services, actor or self.actor)
