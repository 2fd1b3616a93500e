"""The window's session for a test: a user at a test database, and waiting for its writes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services.actor import Actor
from desktop.services.services import Services
from desktop.storage.database import Database
from desktop.ui.kit.operations import Operation
from desktop.ui.kit.session import Session

__all__ = ["session_for", "wait_for_writes", "written"]


def session_for(db: Database, actor: Actor) -> Session:
    """What the window builds after the sign-in, for *actor* at *db*."""
    return Session(Services(db), actor)


def wait_for_writes(qtbot: QtBot, session: Session, timeout: int = 20_000) -> None:
    """Until every write the session queued has run and every screen has heard of it."""
    qtbot.waitUntil(session.idle, timeout=timeout)


def written(qtbot: QtBot, session: Session, op: Operation | None, timeout: int = 20_000) -> bool:
    """Wait for the write *op* a screen started (None: it started none); whether it
    succeeded. Every screen has heard of it by then."""
    if op is None:
        return False
    wait_for_writes(qtbot, session, timeout)
    return op.ok
