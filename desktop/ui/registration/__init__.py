"""Registering a new application: the Annex 4 form."""

from desktop.ui.registration.dialog import RegistrationDialog

__all__ = ["RegistrationDialog"]
