"""The application view: one application's data, steps, documents, examination and history."""

from desktop.ui.application.view import ApplicationView

__all__ = ["ApplicationView"]
