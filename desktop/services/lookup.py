"""Reading one row by its id inside a use case's transaction, or saying it is not there."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import NotFoundError
from desktop.models.application import Application

__all__ = ["application"]


def application(s: Session, application_id: int, *, lock: bool = False) -> Application:
    """The application with *application_id*; :class:`NotFoundError` when there is none.

    With *lock*, the row is locked until the transaction ends (PostgreSQL ``FOR UPDATE``;
    SQLite's writers take turns anyway), so two desktops changing what hangs on the
    application take turns and each sees the other's work.
    """
    if lock:
        app = s.execute(select(Application).where(Application.id == application_id)
                        .with_for_update()).scalar_one_or_none()
    else:
        app = s.get(Application, application_id)
    if app is None:
        raise NotFoundError(f"no application with id {application_id}", application_id,
                            reason="application_id")
    return app
