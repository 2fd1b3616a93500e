"""The signed-in user's session: who acts, the use cases, and what changed.

The window builds one :class:`Session` after the sign-in and hands it to every screen, so a
screen takes ``session`` instead of a database and a user, reads through
``session.services`` and writes through :meth:`Session.write`. A write runs off the GUI
thread on the session's own queue (one write after the other, in the order they were asked
for, so a draft kept before a step is stored before the step is taken); once it has
succeeded, the session emits :attr:`Session.changed` with what it changed, and each screen
decides for itself whether to read again: nobody wires one screen's refresh to another's.

    op = session.write(lambda _progress: services.workflow.advance(actor, app_id, step),
                       Change.APPLICATION, [app_id])
    op.failed.connect(while_alive(self, self._refused))
    op.start()

The operation belongs to the session, not to the screen that asked for it: a write runs to
its end, and is announced, even when its screen was closed meanwhile (so the screen's own
callbacks are wrapped in ``while_alive``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from desktop.ui.kit import settings
from desktop.ui.kit.operations import Operation, Progress

if TYPE_CHECKING:
    from desktop.services.actor import Actor
    from desktop.services.services import Services

__all__ = ["Change", "Session"]

log = logging.getLogger(__name__)


class Change(StrEnum):
    """What a write changed; the ids that come with it are the applications'."""

    APPLICATION = "application"
    """Registered, a workflow step taken, a member assigned."""
    DOCUMENTS = "documents"
    """Pages stored, changed, moved or deleted."""
    EXAMINATION = "examination"
    """An item's record saved."""
    DRAFT = "draft"
    """A draft of a record kept or dropped: only its author's form cares."""
    CONCLUSION = "conclusion"
    """The conclusion or refusal drafted, signed or cancelled."""
    RETURNS = "returns"
    """A return, a loss, a return check or the return act."""
    SURVEY = "survey"
    """The applicant's answers to the quality survey."""
    ACCOUNT = "account"
    """The signed-in user's own account (the password)."""
    BACKUP = "backup"
    """A backup made (the administrator's start page names the last one)."""
    TRUST = "trust"
    """The trusted roots or the imported revocation lists: verdicts may change."""
    USERS = "users"
    """The administrator changed accounts or the commission's seats."""
    CALENDAR = "calendar"
    """The working-day calendar amended: running deadlines may have moved (any application,
    so the ids are empty)."""


class Session(QObject):
    """One signed-in user at one database, from the sign-in to the sign-out (or the end).

    While it lasts, the personal settings (:mod:`desktop.ui.kit.settings`) are this user's.
    """

    changed = Signal(str, object)
    """``(kind, ids)``: a write succeeded; *kind* is a :class:`Change`, *ids* a tuple of
    application ids (empty when none applies)."""
    announced = Signal(str)
    """What an act just completed did, in words for the user (the window's status bar shows
    it: the screens' reloads that follow do not erase it)."""

    def __init__(self, services: Services, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # in order, and never two transactions at once
        self._running: set[Operation] = set()
        settings.set_user(actor.username)

    def end(self) -> None:
        """The user signs out: their writes finish, and their settings are no longer read."""
        self.wait_for_writes()
        if settings.current_user() == self.actor.username:
            settings.set_user("")

    def write(self, work: Callable[[Progress], Any], kind: Change,
              ids: Iterable[int] = ()) -> Operation:
        """An operation for *work* on the queue of writes; start it once connected.

        Its ``succeeded`` and ``failed`` arrive first; then, when it succeeded, every screen
        hears :attr:`changed` with *kind* and *ids*.
        """
        op = Operation(work, self, pool=self._writes)
        changed = (str(kind), tuple(ids))
        self._running.add(op)
        op.finished.connect(lambda: self._finished(op, changed))
        return op

    def _finished(self, op: Operation, changed: tuple[str, tuple[int, ...]]) -> None:
        self._running.discard(op)
        if op.ok:
            log.debug("changed: %s %s", *changed)
            self.changed.emit(*changed)
        op.deleteLater()  # its Python side stays readable to whoever kept it

    def notify(self, kind: Change, ids: Iterable[int] = ()) -> None:
        """Tell every screen about a change made elsewhere (an operation of a dialog that
        runs its own, such as a scanner's)."""
        self.changed.emit(str(kind), tuple(ids))

    def announce(self, text: str) -> None:
        """Say what an act did (drafted, signed, a step taken) where it stays readable."""
        log.info("done: %s", text)
        self.announced.emit(text)

    def idle(self) -> bool:
        """No write is queued or running."""
        return not self._running

    @Slot()
    def wait_for_writes(self) -> None:
        """Block until every queued write has run (the window closes: nothing is lost)."""
        self._writes.waitForDone()
