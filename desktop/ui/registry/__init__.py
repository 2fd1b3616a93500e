"""The registry of applications: the paged table model and the widget around it."""

from __future__ import annotations

from desktop.ui.registry.model import RegistryModel
from desktop.ui.registry.view import RegistryWidget

__all__ = ["RegistryModel", "RegistryWidget"]
