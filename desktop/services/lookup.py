"""Reading one row by its id inside a use case's transaction, or saying it is not there."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.models.application import Application
from desktop.models.errors import NotFoundError

__all__ = ["application"]


def application(s: Session, application_id: int) -> Application:
    """The application with *application_id*; :class:`NotFoundError` when there is none."""
    app = s.get(Application, application_id)
    if app is None:
        raise NotFoundError(f"no application with id {application_id}")
    return app
